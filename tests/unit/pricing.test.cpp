// Pricing one allocation: a programme year of a specialist edition, or one Work Group
// department's grant. Every expected figure is worked out by hand in the comments from the
// documents (000 SMS, 003 Work Groups, 004 FE) and domain.md section 8.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "mhfund/catalogue.hpp"
#include "mhfund/error.hpp"
#include "mhfund/pricing.hpp"

#include "support.hpp"

using namespace mhfund;
using mhfund_test::contains;
using mhfund_test::error_from;
using mhfund_test::pence;
using mhfund_test::ymd;

namespace {

std::string read_test_file(const std::string& relative) {
    const std::string path = std::string(MHFUND_SOURCE_DIR) + "/tests/data/" + relative;
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), "cannot open ", path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

const edition& sms() {
    return catalogue::builtin().get("sms-2022-cohort7");
}
const edition& fe() {
    return catalogue::builtin().get("fe-2023");
}
const edition& wg() {
    return catalogue::builtin().get("wg-2024");
}
const rate_card& builtin_rates() {
    return catalogue::builtin().rates();
}

price_options accredited(pd_lead_policy policy) {
    price_options o;
    o.pd_lead_accredited = true;
    o.pd_lead = policy;
    return o;
}

// The built-in rate card with the SLE rate set to an example £350.00 (the documents give none).
rate_card rates_with_sle_350() {
    rate_card r = builtin_rates();
    r.set_always("sle", money::from_pounds(350), "test");
    return r;
}

}  // namespace

TEST_CASE("SMS year 1 funds 5 central and 10 personal development days at £200.00") {
    const allocation a = price_year(sms(), "7", 1, {}, builtin_rates());
    // 000: (5 + 10) days × £200.00 = 15 × 20,000p = 300,000p = £3,000.00
    CHECK(a.total == pence(300000));
    REQUIRE(a.lines.size() == 2);
    CHECK(a.lines[0].category == "central_events");
    CHECK(a.lines[0].days == half_days::from_days(5));
    CHECK(a.lines[0].amount == pence(100000));  // 5 × 20,000p
    CHECK(a.lines[0].type == cost_type::release);
    CHECK(a.lines[0].rate_id == "secondary_release");
    CHECK(a.lines[1].category == "personal_development");
    CHECK(a.lines[1].days == half_days::from_days(10));
    CHECK(a.lines[1].amount == pence(200000));  // 10 × 20,000p
    // Cohort 7 starts on 1 September 2022 (rule 2); year 1 is [2022-09-01, 2023-09-01).
    CHECK(a.window.begin == ymd(2022, 9, 1));
    CHECK(a.window.end == ymd(2023, 9, 1));
    CHECK(a.notes.empty());
}

TEST_CASE("SMS year 2 funds 3 central, 8 development and 4 PD Lead days: £3,000.00") {
    const allocation a = price_year(sms(), "7", 2, {}, builtin_rates());
    // 000: (3 + 8 + 4) days × £200.00 = 300,000p
    CHECK(a.total == pence(300000));
    REQUIRE(a.lines.size() == 3);
    CHECK(a.lines[0].category == "central_events");
    CHECK(a.lines[0].amount == pence(60000));  // 3 × 20,000p
    CHECK(a.lines[1].category == "development");
    CHECK(a.lines[1].amount == pence(160000));  // 8 × 20,000p
    CHECK(a.lines[2].category == "pd_lead_accreditation");
    CHECK(a.lines[2].amount == pence(80000));  // 4 × 20,000p
    CHECK(a.lines[2].reallocated.is_zero());
    CHECK(a.window.begin == ymd(2023, 9, 1));
    CHECK(a.window.end == ymd(2024, 9, 1));
}

TEST_CASE("an accredited PD Lead's year 2 under pd_lead_policy unfunded: 11 days, £2,200.00") {
    const allocation a =
        price_year(sms(), "7", 2, accredited(pd_lead_policy::unfunded), builtin_rates());
    // (3 + 8) days × £200.00 = 220,000p; the 4 PD Lead days are not funded.
    CHECK(a.total == pence(220000));
    REQUIRE(a.lines.size() == 2);
    for (const priced_line& l : a.lines)
        CHECK(l.category != "pd_lead_accreditation");
    REQUIRE(a.notes.size() == 1);
    CHECK(a.notes[0].kind == "pd_lead.unfunded");
    CHECK(contains(a.notes[0].text, "4 days not funded"));
    CHECK(contains(a.notes[0].text, "unfunded"));
}

TEST_CASE("an accredited PD Lead's year 2 under reallocate: one development line of 8 + 4 days") {
    const allocation a =
        price_year(sms(), "7", 2, accredited(pd_lead_policy::reallocate), builtin_rates());
    // 15 days × £200.00 = 300,000p, as if not accredited.
    CHECK(a.total == pence(300000));
    // Rule 1: one line per category. The 4 PD Lead days join development: central events
    // 3 days (60,000p) and development (8 + 4) = 12 days × 20,000p = 240,000p.
    REQUIRE(a.lines.size() == 2);
    CHECK(a.lines[0].category == "central_events");
    CHECK(a.lines[0].amount == pence(60000));
    const priced_line& development = a.lines[1];
    CHECK(development.category == "development");
    CHECK(development.days == half_days::from_days(12));
    CHECK(development.reallocated == half_days::from_days(4));
    CHECK(development.amount == pence(240000));
    REQUIRE(a.notes.size() == 1);
    CHECK(a.notes[0].kind == "pd_lead.reallocated");
    CHECK(contains(a.notes[0].text, "reallocated to development"));
}

TEST_CASE("the PD Lead policy does not touch a teacher who is not accredited") {
    price_options o;
    o.pd_lead = pd_lead_policy::unfunded;  // accredited stays false
    CHECK(price_year(sms(), "7", 2, o, builtin_rates()).total == pence(300000));
}

TEST_CASE("FE years 1 and 2 fund 15 days at £400.00: £6,000.00 each") {
    const allocation y1 = price_year(fe(), "1", 1, {}, builtin_rates());
    // 004: (6 + 9) days × £400.00 = 15 × 40,000p = 600,000p
    CHECK(y1.total == pence(600000));
    REQUIRE(y1.lines.size() == 2);
    CHECK(y1.lines[0].category == "central_events");
    CHECK(y1.lines[0].amount == pence(240000));  // 6 × 40,000p
    CHECK(y1.lines[1].category == "practice_based_work");
    CHECK(y1.lines[1].amount == pence(360000));  // 9 × 40,000p
    CHECK(y1.lines[0].rate_id == "fe_release");
    CHECK(y1.window.begin == ymd(2023, 9, 1));  // cohort 1 starts autumn 2023

    const allocation y2 = price_year(fe(), "1", 2, {}, builtin_rates());
    // 004: (3 + 8 + 4) days × £400.00 = 600,000p
    CHECK(y2.total == pence(600000));
    REQUIRE(y2.lines.size() == 3);
    CHECK(y2.lines[0].amount == pence(120000));  // 3 × 40,000p
    CHECK(y2.lines[1].amount == pence(320000));  // 8 × 40,000p
    CHECK(y2.lines[2].amount == pence(160000));  // 4 × 40,000p

    // The same PD Lead exemption: (3 + 8) × £400.00 = 440,000p.
    CHECK(price_year(fe(), "1", 2, accredited(pd_lead_policy::unfunded), builtin_rates()).total ==
          pence(440000));
}

TEST_CASE("FE trailblazer year 1 runs from 1 January 2023 to the end of 2023") {
    const allocation a = price_year(fe(), "trailblazer", 1, {}, builtin_rates());
    CHECK(a.window.begin == ymd(2023, 1, 1));
    CHECK(a.window.end == ymd(2024, 1, 1));
    CHECK(a.total == pence(600000));  // 15 × 40,000p, £400 being in force from 2022-09-01
    const allocation y2 = price_year(fe(), "trailblazer", 2, {}, builtin_rates());
    CHECK(y2.window.begin == ymd(2024, 1, 1));
    CHECK(y2.window.end == ymd(2025, 1, 1));
}

TEST_CASE("a roster start date overrides the cohort's default start") {
    price_options o;
    o.start = ymd(2023, 2, 28);
    const allocation a = price_year(fe(), "trailblazer", 1, o, builtin_rates());
    CHECK(a.window.begin == ymd(2023, 2, 28));
    CHECK(a.window.end == ymd(2024, 2, 28));  // rule 3: no end-of-month snapping to 29 Feb
}

TEST_CASE("FE has no year 3 and SMS no year 5 or 0: asking is an input error") {
    CHECK(contains(
        error_from(errc::input, [] { price_year(fe(), "1", 3, {}, builtin_rates()); }).what(),
        "fe-2023"));
    error_from(errc::input, [] { price_year(sms(), "7", 5, {}, rates_with_sle_350()); });
    error_from(errc::input, [] { price_year(sms(), "7", 0, {}, builtin_rates()); });
}

TEST_CASE("an unknown cohort is an input error listing the edition's cohorts") {
    const std::string msg =
        error_from(errc::input, [] { price_year(fe(), "2", 1, {}, builtin_rates()); }).what();
    CHECK(contains(msg, "'2'"));
    CHECK(contains(msg, "trailblazer"));
}

TEST_CASE("a Work Group department's grant is £2,000.00 for 2024/25") {
    const allocation a = price_workgroup_department(wg(), 1, builtin_rates());
    // 002, 003: £2,000 per department = 200,000p
    CHECK(a.total == pence(200000));
    REQUIRE(a.lines.size() == 1);
    CHECK(a.lines[0].type == cost_type::grant);
    CHECK(a.lines[0].rate_id == "wg_department_grant");
    CHECK(a.window.begin == ymd(2024, 9, 1));
    CHECK(a.window.end == ymd(2025, 9, 1));
    // wg-2024 has one work-group year only.
    error_from(errc::input, [] { price_workgroup_department(wg(), 2, builtin_rates()); });
}

TEST_CASE(
    "the editions' kinds are kept apart: a specialist is priced per year, a group per "
    "department") {
    error_from(errc::usage, [] { price_year(wg(), "", 1, {}, builtin_rates()); });
    error_from(errc::usage, [] { price_workgroup_department(sms(), 1, builtin_rates()); });
}

TEST_CASE("committed Work Group release of 10 days × £200.00 does not exceed the £2,000 grant") {
    // The information text (003, the default of 6 meetings): 6 half-day meetings × 2 teachers =
    // 6 days, plus 4 to 6 in-school days = 10 to 12 days; the form asks at least 10.
    const auto check = check_workgroup_release(wg(), 1, builtin_rates());
    REQUIRE(check.has_value());
    CHECK(check->meetings == 6);
    CHECK(check->meeting_days == half_days::from_days(6));
    CHECK(check->committed == half_days::from_days(10));       // max(10, 6 + 4)
    CHECK(check->committed_most == half_days::from_days(12));  // 6 + 6
    CHECK(check->committed_cost == pence(200000));             // 10 × 20,000p
    CHECK(check->committed_most_cost == pence(240000));        // 12 × 20,000p
    CHECK(check->grant == pence(200000));
    CHECK_FALSE(check->exceeds_grant());
    CHECK(check->message ==
          "committed release 10–12 days × £200.00 secondary release day = £2,000.00–£2,400.00 is "
          "covered by the £2,000.00 grant per department at the least (the most exceeds it by "
          "£400.00) (6 half-day meetings × 2 teachers = 6 days + 4–6 in-school days; the form: at "
          "least 10 days including its meetings)");
}

TEST_CASE("the form's reading: four meetings within the 10 combined days") {
    // 4 half-day meetings × 2 teachers = 4 days; + 4 to 6 in-school days = 8 to 10 days, all
    // within the form's minimum of 10: 10 days × £200.00 = £2,000.00 either way.
    const auto check = check_workgroup_release(wg(), 1, builtin_rates(), 4);
    REQUIRE(check.has_value());
    CHECK(check->meeting_days == half_days::from_days(4));
    CHECK(check->committed == half_days::from_days(10));
    CHECK(check->committed_most == half_days::from_days(10));
    CHECK(check->committed_cost == pence(200000));
    CHECK_FALSE(check->exceeds_grant());
    CHECK(contains(check->message,
                   "committed release 10 days × £200.00 secondary release day = "
                   "£2,000.00 is covered by the £2,000.00 grant per department "
                   "(4 half-day meetings"));
}

TEST_CASE("more meetings than the documents' commit more release than the grant covers") {
    // 8 half-day meetings × 2 teachers = 8 days + at least 4 in-school days = 12 days × £200.00
    // = £2,400.00 > £2,000.00.
    const auto check = check_workgroup_release(wg(), 1, builtin_rates(), 8);
    REQUIRE(check.has_value());
    CHECK(check->committed == half_days::from_days(12));
    CHECK(check->committed_most == half_days::from_days(14));
    CHECK(check->committed_cost == pence(240000));
    CHECK(check->exceeds_grant());
    CHECK(contains(check->message, "EXCEEDS the £2,000.00 grant"));
}

TEST_CASE("committed Work Group release above the grant is reported") {
    rate_card r = builtin_rates();
    r.set("secondary_release", {ymd(2024, 9, 1), money::from_pounds(250), "test", true});
    const auto check = check_workgroup_release(wg(), 1, r);
    REQUIRE(check.has_value());
    CHECK(check->committed_cost == pence(250000));  // 10 days × 25,000p
    CHECK(check->grant == pence(200000));
    CHECK(check->exceeds_grant());
    CHECK(contains(check->message, "EXCEEDS"));
}

TEST_CASE("SMS year 3 without an SLE rate is an error naming the setting sle_rate") {
    price_options o;
    o.days.set("sle_days", half_days::from_days(20));
    const error e = error_from(errc::input, [&] { price_year(sms(), "7", 3, o, builtin_rates()); });
    CHECK(contains(e.what(), "sle_rate"));
    CHECK(e.where().field == "sle_rate");
}

TEST_CASE("SMS year 3 with 20 SLE days at £350.00 is £7,000.00") {
    price_options o;
    o.days.set("sle_days", half_days::from_days(20));
    const rate_card r = rates_with_sle_350();
    const allocation a = price_year(sms(), "7", 3, o, r);
    // 20 days × £350.00 = 20 × 35,000p = 700,000p
    CHECK(a.total == pence(700000));
    REQUIRE(a.lines.size() == 1);  // no hub-event days set: no hub-event line
    CHECK(a.lines[0].type == cost_type::sle);
    CHECK(a.lines[0].category == "sle");
    CHECK(a.lines[0].days_setting == "sle_days");
    CHECK(a.window.begin == ymd(2024, 9, 1));
}

TEST_CASE("SMS year 3 with an SLE rate but no sle_days is an error naming sle_days") {
    const rate_card r = rates_with_sle_350();
    const error e = error_from(errc::input, [&] { price_year(sms(), "7", 3, {}, r); });
    CHECK(contains(e.what(), "sle_days"));
    CHECK(e.where().field == "sle_days");
}

TEST_CASE("hub-event days with a hub-event rate add a line to SMS year 3") {
    price_options o;
    o.days.set("sle_days", half_days::from_days(20));
    o.days.set("hub_event_days", half_days::parse("2.5"));
    rate_card r = rates_with_sle_350();
    // Without a hub-event rate, the days cannot be priced: the error names the setting.
    CHECK(contains(error_from(errc::input, [&] { price_year(sms(), "7", 3, o, r); }).what(),
                   "hub_event_rate"));
    r.set_always("hub_event", money::from_pounds(200), "test");
    const allocation a = price_year(sms(), "7", 3, o, r);
    REQUIRE(a.lines.size() == 2);
    CHECK(a.lines[1].category == "hub_events");
    CHECK(a.lines[1].days_setting == "hub_event_days");
    // 2.5 days × £200.00 = 5 half-days × 20,000p / 2 = 50,000p
    CHECK(a.lines[1].amount == pence(50000));
    CHECK(a.total == pence(750000));  // 700,000 + 50,000
}

TEST_CASE("SMS year 4 is unpriced unless local days and a local rate are set") {
    const allocation none = price_year(sms(), "7", 4, {}, builtin_rates());
    CHECK(none.lines.empty());
    CHECK(none.total == money{});
    CHECK(none.window.begin == ymd(2025, 9, 1));

    price_options o;
    o.days.set("local_days", half_days::from_days(5));
    CHECK(contains(
        error_from(errc::input, [&] { price_year(sms(), "7", 4, o, builtin_rates()); }).what(),
        "local_rate"));
    rate_card r = builtin_rates();
    r.set_always("local", money::from_pounds(200), "test");
    const allocation a = price_year(sms(), "7", 4, o, r);
    REQUIRE(a.lines.size() == 1);
    CHECK(a.lines[0].category == "locally_agreed");
    CHECK(a.total == pence(100000));  // 5 days × 20,000p
}

TEST_CASE("the rate in force on the window's first day prices the whole year (rule 4)") {
    rate_card r = builtin_rates();
    r.set("secondary_release", {ymd(2023, 9, 1), money::from_pounds(250), "test", true});

    // Year 1 starts 2022-09-01, before the change: £200.00.
    const allocation y1 = price_year(sms(), "7", 1, {}, r);
    REQUIRE(!y1.lines.empty());
    CHECK(y1.lines[0].value->amount == money::from_pounds(200));
    CHECK(y1.total == pence(300000));  // 15 × 20,000p

    // Year 2 starts 2023-09-01, the day of the change: £250.00.
    const allocation y2 = price_year(sms(), "7", 2, {}, r);
    REQUIRE(!y2.lines.empty());
    CHECK(y2.lines[0].value->amount == money::from_pounds(250));
    CHECK(y2.lines[0].value->from == ymd(2023, 9, 1));
    CHECK(y2.total == pence(375000));  // 15 × 25,000p

    // A year 1 starting the day before the change keeps £200.00 for its whole window.
    price_options late;
    late.start = ymd(2023, 8, 31);
    CHECK(price_year(sms(), "7", 1, late, r).total == pence(300000));
}

TEST_CASE("the derivation of SMS year 1 reads as days × rate = amount") {
    const allocation a = price_year(sms(), "7", 1, {}, builtin_rates());
    const std::string whole = derivation(a);
    INFO(whole);
    CHECK(contains(whole, "15 days"));
    CHECK(contains(whole, "£200.00"));
    CHECK(contains(whole, "£3,000.00"));
    CHECK(contains(whole, "sms-2022-cohort7"));
    CHECK(contains(whole, "year 1"));

    const std::string first = derivation(a, a.lines[0]);
    INFO(first);
    CHECK(contains(first, "5 days"));
    CHECK(contains(first, "£1,000.00"));
}

TEST_CASE("the derivation of a year with two rates lists each line") {
    price_options o;
    o.days.set("sle_days", half_days::from_days(20));
    o.days.set("hub_event_days", half_days::from_days(2));
    rate_card r = rates_with_sle_350();
    r.set_always("hub_event", money::from_pounds(200), "test");
    const std::string text = derivation(price_year(sms(), "7", 3, o, r));
    INFO(text);
    CHECK(contains(text, "20 days"));
    CHECK(contains(text, "£350.00"));
    CHECK(contains(text, "£7,000.00"));  // 20 × £350.00
    CHECK(contains(text, "2 days"));
    CHECK(contains(text, "£400.00"));  // 2 × £200.00
}

TEST_CASE("7.5 days × £333.33 rounds half-up once per line: £2,499.98") {
    catalogue c = catalogue::builtin();
    c.rates().define(rate_def{"odd_day",
                              rate_kind::day,
                              "odd day",
                              "",
                              {rate_value{ymd(2022, 9, 1), money::parse("333.33"), "test", true}}});
    c.add(parse_edition(read_test_file("editions/odd-rate.toml"), "odd-rate.toml"));
    const allocation a = price_year(c.get("odd-rate"), "A", 1, {}, c.rates());
    REQUIRE(a.lines.size() == 1);
    CHECK(a.lines[0].days == half_days::from_count(15));
    // Rule 1: 15 half-days × 33,333p / 2 = 249,997.5 → 249,998p (once, not per half-day:
    // 15 × round_half_up(33,333 / 2) = 15 × 16,667 = 250,005 would be wrong).
    CHECK(a.total == pence(249998));
    CHECK(contains(derivation(a), "£2,499.98"));
}
