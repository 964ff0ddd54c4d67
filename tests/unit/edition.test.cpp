// Programme editions and rate cards as data: the built-in files carry the figures of domain.md
// section 3 (from documents 000-004), a user's own edition prices without recompiling, and a
// bad edition file is refused with its file and line.
#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "mhfund/catalogue.hpp"
#include "mhfund/edition.hpp"
#include "mhfund/error.hpp"
#include "mhfund/pricing.hpp"

#include "support.hpp"

using namespace mhfund;
using mhfund_test::contains;
using mhfund_test::error_from;
using mhfund_test::pence;
using mhfund_test::ymd;

namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), "cannot open ", path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string read_test_file(const std::string& relative) {
    return read_file(std::string(MHFUND_SOURCE_DIR) + "/tests/data/" + relative);
}

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const std::string& l : lines)
        out += l + "\n";
    return out;
}

// A small valid specialist edition; tests break one line of it. Line numbers are 1-based
// positions in this vector (the file's line numbers).
std::vector<std::string> good_edition_lines() {
    return {
        "id = \"bad-test\"",                // 1
        "programme = \"sms\"",              // 2
        "kind = \"specialist\"",            // 3
        "[[cohort]]",                       // 4
        "id = \"A\"",                       // 5
        "start = 2025-09-01",               // 6
        "[[year]]",                         // 7
        "number = 1",                       // 8
        "  [[year.line]]",                  // 9
        "  category = \"central_events\"",  // 10
        "  cost_type = \"release\"",        // 11
        "  days = 5",                       // 12
        "  rate = \"secondary_release\"",   // 13
    };
}

std::string with_line(int number, const std::string& text) {
    std::vector<std::string> lines = good_edition_lines();
    lines[static_cast<std::size_t>(number - 1)] = text;
    return joined(lines);
}

// parse_edition must refuse `text` with an input error at bad.toml:`line`, naming `field` and
// mentioning `needle`.
void check_refused(const std::string& text, long line, const std::string& field,
                   const std::string& needle) {
    INFO(text);
    const error e = error_from(errc::input, [&] { parse_edition(text, "bad.toml"); });
    const std::string msg = e.what();
    INFO(msg);
    CHECK(contains(msg, "bad.toml:" + std::to_string(line) + ":"));
    CHECK(e.where().file == "bad.toml");
    CHECK(e.where().line == line);
    if (!field.empty()) CHECK(e.where().field == field);
    CHECK(contains(msg, needle));
}

const line_spec& line_of(const edition& e, int year, std::size_t index) {
    const year_spec* y = e.year(year);
    REQUIRE(y != nullptr);
    REQUIRE(index < y->lines.size());
    return y->lines[index];
}

}  // namespace

TEST_CASE("the built-in catalogue holds the five editions of the documents") {
    std::set<std::string> ids;
    for (const edition& e : catalogue::builtin().editions())
        ids.insert(e.id);
    // sms-2025-26 is 001's offer: its deadline and criteria, and no allocation figures.
    CHECK(ids == std::set<std::string>{"fe-2023", "post16-dev", "sms-2022-cohort7", "sms-2025-26",
                                       "wg-2024"});
}

TEST_CASE("built-in data files are the ones in src/data, byte for byte") {
    const std::string dir = std::string(MHFUND_SOURCE_DIR) + "/src/data/";
    for (const char* name :
         {"rates.toml", "editions/sms-2022-cohort7.toml", "editions/fe-2023.toml",
          "editions/wg-2024.toml", "editions/post16-dev.toml", "editions/sms-2025.toml"}) {
        INFO(name);
        CHECK(std::string(embedded_file(name)) == read_file(dir + name));
    }
    CHECK(embedded_file("editions/no-such-edition.toml").empty());
}

TEST_CASE("sms-2022-cohort7 carries 000's allocation") {
    const edition& e = catalogue::builtin().get("sms-2022-cohort7");
    CHECK(e.programme == "sms");
    CHECK(e.kind == edition_kind::specialist);
    CHECK(e.min_years == 3);  // 001: "a minimum of three years"
    REQUIRE(e.cohorts.size() == 1);
    CHECK(e.cohorts[0].id == "7");
    CHECK(e.cohorts[0].start == ymd(2022, 9, 1));  // rule 2

    // Year 1: 5 central + 10 personal development days at the secondary rate.
    REQUIRE(e.year(1) != nullptr);
    REQUIRE(e.year(1)->lines.size() == 2);
    CHECK(line_of(e, 1, 0).category == "central_events");
    CHECK(line_of(e, 1, 0).days == half_days::from_days(5));
    CHECK(line_of(e, 1, 0).rate == "secondary_release");
    CHECK(line_of(e, 1, 1).category == "personal_development");
    CHECK(line_of(e, 1, 1).days == half_days::from_days(10));

    // Year 2: 3 central + 8 development + 4 PD Lead days.
    REQUIRE(e.year(2)->lines.size() == 3);
    CHECK(line_of(e, 2, 0).days == half_days::from_days(3));
    CHECK(line_of(e, 2, 1).category == "development");
    CHECK(line_of(e, 2, 1).days == half_days::from_days(8));
    CHECK(line_of(e, 2, 2).days == half_days::from_days(4));
    CHECK(line_of(e, 2, 2).pd_lead);
    CHECK_FALSE(line_of(e, 2, 1).pd_lead);
    CHECK(e.year(2)->pd_lead_reallocate_to == "development");

    // Year 3: SLE days from a setting (required), at the SLE rate; hub events optional.
    REQUIRE(e.year(3)->lines.size() == 2);
    CHECK(line_of(e, 3, 0).type == cost_type::sle);
    CHECK_FALSE(line_of(e, 3, 0).days.has_value());
    CHECK(line_of(e, 3, 0).days_setting == "sle_days");
    CHECK(line_of(e, 3, 0).days_required);
    CHECK(line_of(e, 3, 0).rate == "sle");
    CHECK(line_of(e, 3, 1).days_setting == "hub_event_days");
    CHECK_FALSE(line_of(e, 3, 1).days_required);
    CHECK(line_of(e, 3, 1).rate == "hub_event");

    // Year 4 on: locally agreed.
    REQUIRE(e.year(4)->lines.size() == 1);
    CHECK(line_of(e, 4, 0).days_setting == "local_days");
    CHECK(line_of(e, 4, 0).rate == "local");
    CHECK(e.year(5) == nullptr);
    CHECK(e.last_year() == 4);

    // The unfunded half-day launch, and travel at actual cost in every year (000: "travel costs
    // to all the training events will also be covered"; year 3's hub events and year 4's local
    // days are training events too).
    REQUIRE(e.commitments.size() == 1);
    CHECK(e.commitments[0].time == half_days::from_count(1));
    CHECK(e.commitments[0].year == 1);
    REQUIRE(e.actuals.size() == 1);
    CHECK(e.actuals[0].type == cost_type::travel);
    CHECK(e.actuals[0].years == std::vector<int>{1, 2, 3, 4});
}

TEST_CASE("fe-2023 carries 004's allocation and its two cohorts") {
    const edition& e = catalogue::builtin().get("fe-2023");
    CHECK(e.programme == "fe");
    CHECK(e.min_years == 2);
    REQUIRE(e.find_cohort("trailblazer") != nullptr);
    CHECK(e.find_cohort("trailblazer")->start == ymd(2023, 1, 1));  // policy: spring term
    REQUIRE(e.find_cohort("1") != nullptr);
    CHECK(e.find_cohort("1")->start == ymd(2023, 9, 1));
    CHECK(e.find_cohort("2") == nullptr);

    REQUIRE(e.year(1)->lines.size() == 2);
    CHECK(line_of(e, 1, 0).days == half_days::from_days(6));  // central events incl. preparation
    CHECK(line_of(e, 1, 1).days == half_days::from_days(9));  // practice-based work
    CHECK(line_of(e, 1, 0).rate == "fe_release");
    REQUIRE(e.year(2)->lines.size() == 3);
    CHECK(line_of(e, 2, 0).days == half_days::from_days(3));
    CHECK(line_of(e, 2, 1).days == half_days::from_days(8));
    CHECK(line_of(e, 2, 2).days == half_days::from_days(4));
    CHECK(line_of(e, 2, 2).pd_lead);
    CHECK(e.year(3) == nullptr);  // FE has no year 3 (rule 8)
    REQUIRE(e.commitments.size() == 1);
    CHECK(e.commitments[0].time == half_days::from_count(1));  // half-day online launch
}

TEST_CASE("wg-2024 carries 003's Work Group figures") {
    const edition& e = catalogue::builtin().get("wg-2024");
    CHECK(e.kind == edition_kind::workgroup);
    REQUIRE(e.workgroup.has_value());
    const workgroup_spec& w = *e.workgroup;
    CHECK(w.first_year.to_string() == "2024/25");
    CHECK(w.years == 1);
    CHECK(w.departments == 2);
    CHECK(w.advocates_per_department == 2);
    CHECK(w.meetings == 6);              // information text
    CHECK(w.meetings_alternative == 4);  // application form
    REQUIRE(w.min_release_per_department.has_value());
    CHECK(*w.min_release_per_department == half_days::from_days(10));
    CHECK(w.release_rate == "secondary_release");
    REQUIRE(w.grants.size() == 1);
    CHECK(w.grants[0].year == 1);
    CHECK(w.grants[0].rate == "wg_department_grant");
    CHECK_FALSE(w.grants[0].amount.has_value());
    REQUIRE(w.events.size() == 1);
    CHECK(contains(w.events[0], "June 2025"));
}

TEST_CASE("post16-dev takes its £2,000 grant from the rate card") {
    const edition& e = catalogue::builtin().get("post16-dev");
    CHECK(e.kind == edition_kind::workgroup);
    REQUIRE(e.workgroup.has_value());
    REQUIRE(e.workgroup->grants.size() == 1);
    CHECK(e.workgroup->grants[0].rate == "wg_department_grant");
    CHECK_FALSE(e.workgroup->grants[0].amount.has_value());
    CHECK_FALSE(e.workgroup->meetings.has_value());  // 002 fixes no meeting count
    CHECK(price_workgroup_department(e, 1, catalogue::builtin().rates()).total == pence(200000));
}

TEST_CASE("rates.toml: secondary £200 from 2022-09-01, FE £400, no SLE figure, grant £2,000") {
    const rate_card& r = catalogue::builtin().rates();

    const rate_def& secondary = r.get("secondary_release");
    CHECK(secondary.kind == rate_kind::day);
    REQUIRE(secondary.values.size() == 1);
    CHECK(secondary.values[0].from == ymd(2022, 9, 1));
    CHECK(secondary.values[0].amount == pence(20000));
    CHECK_FALSE(secondary.values[0].assumption);
    // Not in force before the date it applies from.
    error_from(errc::input, [&] { r.in_force("secondary_release", ymd(2022, 8, 31)); });
    CHECK(r.in_force("secondary_release", ymd(2022, 9, 1)).value->amount == pence(20000));

    const rate_def& fe = r.get("fe_release");
    REQUIRE(fe.values.size() == 1);
    CHECK(fe.values[0].amount == pence(40000));
    CHECK(r.in_force("fe_release", ymd(2023, 1, 1)).value->amount == pence(40000));

    const rate_def& sle = r.get("sle");
    CHECK(sle.values.empty());
    CHECK(sle.setting == "sle_rate");
    const error e = error_from(errc::input, [&] { r.in_force("sle", ymd(2024, 9, 1)); });
    CHECK(contains(e.what(), "sle_rate"));

    const rate_def& grant = r.get("wg_department_grant");
    CHECK(grant.kind == rate_kind::grant);
    REQUIRE(grant.values.size() == 1);
    CHECK(grant.values[0].amount == pence(200000));
}

TEST_CASE("a rate card read from TOML keeps effective-dated values in date order") {
    const std::string text = joined({
        "[[rate]]",
        "id = \"mentor\"",
        "kind = \"day\"",
        "  [[rate.value]]",
        "  from = 2026-09-01",
        "  amount = \"220.00\"",
        "  [[rate.value]]",
        "  from = 2024-09-01",
        "  amount = \"210.50\"",
    });
    rate_card r;
    parse_rates(text, "mine.toml", r);
    const rate_def& m = r.get("mentor");
    REQUIRE(m.values.size() == 2);
    CHECK(m.values[0].from == ymd(2024, 9, 1));
    CHECK(r.in_force("mentor", ymd(2025, 6, 1)).value->amount == pence(21050));
    CHECK(r.in_force("mentor", ymd(2026, 9, 1)).value->amount == pence(22000));
    // The same id again is refused, at the second table's id line.
    rate_card twice;
    const error e = error_from(errc::input, [&] { parse_rates(text + text, "mine.toml", twice); });
    CHECK(contains(e.what(), "mine.toml:11:"));  // line 11: the second table's id
}

TEST_CASE("a float amount in a rate card is refused: money is exact") {
    const std::string text = joined({
        "[[rate]]",             // 1
        "id = \"mentor\"",      // 2
        "  [[rate.value]]",     // 3
        "  from = 2024-09-01",  // 4
        "  amount = 210.5",     // 5
    });
    rate_card r;
    const error e = error_from(errc::input, [&] { parse_rates(text, "rates.toml", r); });
    CHECK(contains(e.what(), "rates.toml:5:"));
    CHECK(e.where().field == "amount");
    CHECK(contains(e.what(), "210.5"));
}

TEST_CASE("a user's own 2025/26 SMS edition prices without recompiling") {
    catalogue c = catalogue::builtin();
    c.add(parse_edition(read_test_file("editions/sms-2025.toml"), "sms-2025.toml"));
    const edition& e = c.get("sms-2025");
    CHECK(e.file == "sms-2025.toml");
    const allocation y1 = price_year(e, "10", 1, {}, c.rates());
    CHECK(y1.window.begin == ymd(2025, 9, 1));
    REQUIRE(y1.lines.size() == 3);
    // 5 + 10 days, plus three half-days of hub support ("1.5"): 16.5 days × £200.00
    // = 33 half-days × 20,000p / 2 = 330,000p
    CHECK(y1.lines[2].days == half_days::from_count(3));
    CHECK(y1.total == pence(330000));
    // Year 2: 3 + 8 + 4 (PD Lead) + 1.5 days = 16.5 days: 330,000p; an accredited PD Lead under
    // the default policy: 12.5 days = 25 × 20,000p / 2 = 250,000p.
    CHECK(price_year(e, "10", 2, {}, c.rates()).total == pence(330000));
    price_options accredited;
    accredited.pd_lead_accredited = true;
    CHECK(price_year(e, "10", 2, accredited, c.rates()).total == pence(250000));
}

TEST_CASE("a hub's two-year post-16 offer: £2,000 in year 1 and £1,000 in year 2") {
    const edition e =
        parse_edition(read_test_file("editions/post16-two-year.toml"), "post16-two-year.toml");
    CHECK(e.kind == edition_kind::workgroup);
    REQUIRE(e.workgroup.has_value());
    CHECK(e.workgroup->years == 2);
    REQUIRE(e.workgroup->grants.size() == 2);
    CHECK(e.workgroup->grants[1].amount == pence(100000));  // amount = "1000.00"
    catalogue c = catalogue::builtin();
    c.add(e);
    const edition& added = c.get("post16-two-year");
    const allocation y1 = price_workgroup_department(added, 1, c.rates());
    CHECK(y1.total == pence(200000));  // the rate card's £2,000 grant
    CHECK(y1.window.begin == ymd(2024, 9, 1));
    const allocation y2 = price_workgroup_department(added, 2, c.rates());
    CHECK(y2.total == pence(100000));  // fixed by the edition
    CHECK(y2.window.begin == ymd(2025, 9, 1));
    CHECK(y2.window.end == ymd(2026, 9, 1));
    CHECK(contains(derivation(y2), "£1,000.00"));
    error_from(errc::input, [&] { price_workgroup_department(added, 3, c.rates()); });
}

TEST_CASE("days given as a TOML float are refused; as a string \"7.5\" they are read exactly") {
    check_refused(with_line(12, "  days = 7.5"), 12, "days", "7.5");
    const edition e = parse_edition(with_line(12, "  days = \"7.5\""), "good.toml");
    CHECK(line_of(e, 1, 0).days == half_days::from_count(15));
    // A string that is not a whole or half day is refused at its line.
    check_refused(with_line(12, "  days = \"7.25\""), 12, "days", "7.25");
}

TEST_CASE("a float grant amount in an edition is refused") {
    const std::string text = joined({
        "id = \"wg-float\"",          // 1
        "programme = \"workgroup\"",  // 2
        "kind = \"workgroup\"",       // 3
        "[workgroup]",                // 4
        "first_year = \"2025/26\"",   // 5
        "  [[workgroup.grant]]",      // 6
        "  year = 1",                 // 7
        "  amount = 2000.00",         // 8
    });
    check_refused(text, 8, "amount", "2000");
}

TEST_CASE("a misspelt key in [[year.line]] is refused, not ignored") {
    check_refused(with_line(11, "  cost_tpye = \"release\""), 11, "cost_tpye", "unknown key");
}

TEST_CASE("a line with both days and days_setting is refused") {
    std::vector<std::string> lines = good_edition_lines();
    lines.push_back("  days_setting = \"sle_days\"");  // line 14
    check_refused(joined(lines), 12, "days", "days_setting");
    // … and a line with neither.
    lines = good_edition_lines();
    lines[11] = "  description = \"no days\"";  // line 12
    INFO("neither days nor days_setting");
    error_from(errc::input, [&] { parse_edition(joined(lines), "bad.toml"); });
}

TEST_CASE("an edition without an id is refused, naming the key") {
    std::vector<std::string> lines = good_edition_lines();
    lines[0] = "# no id";
    const error e = error_from(errc::input, [&] { parse_edition(joined(lines), "bad.toml"); });
    CHECK(contains(e.what(), "bad.toml"));
    CHECK(e.where().field == "id");
    CHECK(contains(e.what(), "'id'"));
    CHECK(e.where().line >= 1);
}

TEST_CASE("an unknown cost type is refused at its line") {
    check_refused(with_line(11, "  cost_type = \"salary\""), 11, "cost_type", "salary");
}

TEST_CASE("a year defined twice is refused at the second one") {
    std::vector<std::string> lines = good_edition_lines();
    lines.push_back("[[year]]");    // 14
    lines.push_back("number = 1");  // 15
    check_refused(joined(lines), 15, "number", "defined twice");
}

TEST_CASE("a TOML syntax error names its line") {
    check_refused(with_line(8, "number = = 1"), 8, "", "TOML");
}

TEST_CASE("an edition whose id the catalogue already has is refused, naming both files") {
    catalogue c = catalogue::builtin();
    const edition e = parse_edition(with_line(1, "id = \"sms-2022-cohort7\""), "mine.toml");
    const error err = error_from(errc::input, [&] { c.add(e); });
    const std::string msg = err.what();
    INFO(msg);
    CHECK(contains(msg, "mine.toml"));
    CHECK(contains(msg, "sms-2022-cohort7.toml"));
    CHECK(contains(msg, "'sms-2022-cohort7'"));
    CHECK(err.where().field == "id");
    CHECK(c.editions().size() == catalogue::builtin().editions().size());
}

TEST_CASE("an edition naming a rate the rate card lacks is refused when added") {
    catalogue c = catalogue::builtin();
    const edition e = parse_edition(with_line(13, "  rate = \"secondry_release\""), "mine.toml");
    const error err = error_from(errc::input, [&] { c.add(e); });
    const std::string msg = err.what();
    INFO(msg);
    CHECK(contains(msg, "mine.toml"));
    CHECK(contains(msg, "secondry_release"));
    CHECK(err.where().field == "rate");
    CHECK(c.find("bad-test") == nullptr);
    // A grant used as a day rate is refused too.
    const edition g = parse_edition(with_line(13, "  rate = \"wg_department_grant\""), "mine.toml");
    CHECK(contains(error_from(errc::input, [&] { c.add(g); }).what(), "grant"));
}
