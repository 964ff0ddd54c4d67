// Scenarios: the default one, roster and Work Group files (every bad cell named by file, line,
// field and value), settings by name, effective-dated rates, term dates, and paths relative
// to the scenario file.
#include <doctest/doctest.h>

#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "mhfund/error.hpp"
#include "mhfund/scenario.hpp"

#include "support.hpp"

using namespace mhfund;
using mhfund_test::contains;
using mhfund_test::error_from;
using mhfund_test::ymd;

namespace {

const char* const roster_header =
    "participant,hub,programme,edition,cohort,start,institution,trn,pd_lead_accredited,"
    "withdrawn,sle_days";
const char* const good_row = "S7-01,WM1,sms,sms-2022-cohort7,7,,137083,1234567,no,,20";

// A roster whose line 2 is good and line 3 is `bad`.
std::string roster_with(const std::string& bad) {
    return std::string(roster_header) + "\n" + good_row + "\n" + bad + "\n";
}

// read_roster must refuse `bad` (on line 3) naming roster.csv:3, the field and the value.
void check_bad_row(const std::string& bad, const std::string& field, const std::string& value) {
    INFO("row: ", bad);
    scenario s;
    const error e =
        error_from(errc::input, [&] { read_roster(s, roster_with(bad), "roster.csv"); });
    const std::string msg = e.what();
    INFO("message: ", msg);
    CHECK(contains(msg, "roster.csv:3:"));
    CHECK(e.where().line == 3);
    CHECK(e.where().field == field);
    CHECK(contains(msg, "'" + field + "'"));
    CHECK(contains(msg, value));
}

const char* const workgroups_header =
    "workgroup,hub,edition,lead,institution,academic_year,advocates";

const assumption* find_assumption(const scenario& s, const std::string& setting) {
    for (const assumption& a : s.assumptions)
        if (a.setting == setting) return &a;
    return nullptr;
}

void write_file(const std::filesystem::path& path, const std::string& text) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out << text;
    REQUIRE(out.good());
}

}  // namespace

TEST_CASE("the default scenario: hub WM1, 8 participants, 4 departments, an example SLE rate") {
    const scenario s = default_scenario();
    CHECK(s.hub == "WM1");
    CHECK(s.roster.size() == 8);
    CHECK(s.departments.size() == 4);
    CHECK(s.years.empty());  // every year any line touches
    const assumption* sle = find_assumption(s, "sle_rate");
    REQUIRE(sle != nullptr);
    CHECK(sle->value == "350.00");
    CHECK(contains(sle->note, "example assumption"));
    CHECK(s.cat.rates().in_force("sle", ymd(2024, 9, 1)).value->amount == money::from_pounds(350));
    // The roster as written in default-roster.csv.
    const participant* s702 = s.find_participant("S7-02");
    REQUIRE(s702 != nullptr);
    CHECK(s702->pd_lead_accredited);
    CHECK(s702->trn == "1234568");  // RP12/34568 normalised
    const participant* s704 = s.find_participant("S7-04");
    REQUIRE(s704 != nullptr);
    REQUIRE(s704->withdrawn.has_value());
    CHECK(*s704->withdrawn == ymd(2024, 2, 15));
    CHECK(s704->trn == "UQT");
    CHECK(s.find_participant("FT-01")->cohort == "trailblazer");
    CHECK(s.find_participant("S7-01")->sle_days == half_days::from_days(20));
    CHECK(s.find_participant("nobody") == nullptr);
    s.validate();  // the default scenario is valid
}

TEST_CASE("a roster row is read with its file and line") {
    scenario s;
    read_roster(s, roster_with("FT-01,WM1,fe,fe-2023,trailblazer,,10004599,,yes,2024-03-01,"),
                "roster.csv");
    REQUIRE(s.roster.size() == 2);
    const participant& p = s.roster[1];
    CHECK(p.id == "FT-01");
    CHECK(p.programme == "fe");
    CHECK(p.cohort == "trailblazer");
    CHECK_FALSE(p.start.has_value());
    CHECK(p.institution == "10004599");
    CHECK(p.trn.empty());
    CHECK(p.pd_lead_accredited);
    CHECK(p.withdrawn == ymd(2024, 3, 1));
    CHECK_FALSE(p.sle_days.has_value());
    CHECK(p.where.file == "roster.csv");
    CHECK(p.where.line == 3);
}

TEST_CASE("pd_lead_accredited is yes or no in any case, blank meaning no") {
    // As the eligibility reader takes yes/no. Before, only yes, Yes and YES (and no, No, NO)
    // were read, and "yEs" was an input error.
    const std::vector<std::pair<std::string, bool>> cells{
        {"yes", true}, {"Yes", true}, {"YES", true}, {"yEs", true}, {" yes\t", true},
        {"no", false}, {"No", false}, {"nO", false}, {"", false},   {" ", false}};
    for (const auto& c : cells) {
        // Named, not a structured binding: INFO captures it in a lambda.
        const std::string& cell = c.first;
        const bool expected = c.second;
        INFO("cell: '", cell, "'");
        scenario s;
        read_roster(s, roster_with("S7-02,WM1,sms,sms-2022-cohort7,7,,137083,," + cell + ",,"),
                    "roster.csv");
        REQUIRE(s.roster.size() == 2);
        CHECK(s.roster[1].pd_lead_accredited == expected);
    }
    for (const std::string bad : {"y", "true", "1", "yes please"}) {
        check_bad_row("S7-02,WM1,sms,sms-2022-cohort7,7,,137083,," + bad + ",,",
                      "pd_lead_accredited", bad);
    }
}

TEST_CASE("roster errors name file, line, field and value") {
    SUBCASE("a start date that is not a date") {
        check_bad_row("S7-02,WM1,sms,sms-2022-cohort7,7,2024-02-30,137083,,no,,", "start",
                      "2024-02-30");
    }
    SUBCASE("an unknown hub") {
        check_bad_row("S7-02,XX9,sms,sms-2022-cohort7,7,,137083,,no,,", "hub", "XX9");
    }
    SUBCASE("an unknown edition") {
        check_bad_row("S7-02,WM1,sms,sms-2099-cohort1,7,,137083,,no,,", "edition",
                      "sms-2099-cohort1");
    }
    SUBCASE("a Work Group edition on the roster") {
        check_bad_row("S7-02,WM1,workgroup,wg-2024,7,,137083,,no,,", "edition", "wg-2024");
    }
    SUBCASE("an unknown cohort") {
        check_bad_row("S7-02,WM1,sms,sms-2022-cohort7,8,,137083,,no,,", "cohort", "'8'");
    }
    SUBCASE("a programme that is not the edition's") {
        check_bad_row("S7-02,WM1,fe,sms-2022-cohort7,7,,137083,,no,,", "programme", "'fe'");
    }
    SUBCASE("a withdrawal before the cohort's start") {
        check_bad_row("S7-02,WM1,sms,sms-2022-cohort7,7,,137083,,no,2022-08-31,", "withdrawn",
                      "2022-08-31");
    }
    SUBCASE("a withdrawal on the start date itself") {
        check_bad_row("S7-02,WM1,sms,sms-2022-cohort7,7,,137083,,no,2022-09-01,", "withdrawn",
                      "2022-09-01");
    }
    SUBCASE("a withdrawal on a start date given in the roster") {
        check_bad_row("F1-09,WM1,fe,fe-2023,1,2023-10-02,10004599,,no,2023-10-02,", "withdrawn",
                      "2023-10-02");
    }
    SUBCASE("an institution that is neither a URN nor a UKPRN") {
        check_bad_row("S7-02,WM1,sms,sms-2022-cohort7,7,,13708,,no,,", "institution", "13708");
    }
    SUBCASE("SLE days that are not whole or half days") {
        check_bad_row("S7-02,WM1,sms,sms-2022-cohort7,7,,137083,,no,,1.25", "sle_days", "1.25");
    }
    SUBCASE("a PD Lead flag that is not yes or no") {
        check_bad_row("S7-02,WM1,sms,sms-2022-cohort7,7,,137083,,maybe,,", "pd_lead_accredited",
                      "maybe");
    }
}

TEST_CASE("a bad TRN is named with its digits masked (TRNs are personal data)") {
    // 8 digits: one too many. Shown as its first two digits then '*' (domain.md section 5).
    check_bad_row("S7-02,WM1,sms,sms-2022-cohort7,7,,137083,12345678,no,,", "trn", "12******");
    scenario s;
    try {
        read_roster(s, roster_with("S7-02,WM1,sms,sms-2022-cohort7,7,,137083,12345678,no,,"),
                    "roster.csv");
    } catch (const error& e) {
        CHECK_FALSE(contains(e.what(), "12345678"));
    }
}

TEST_CASE("a participant id used twice names the line it was first used on") {
    const std::string text = std::string(roster_header) + "\n" + good_row + "\n" +
                             "S7-02,WM1,sms,sms-2022-cohort7,7,,138412,,no,,\n" +
                             "S7-01,WM1,sms,sms-2022-cohort7,7,,140265,,no,,\n";
    scenario s;
    const error e = error_from(errc::input, [&] { read_roster(s, text, "roster.csv"); });
    const std::string msg = e.what();
    INFO(msg);
    CHECK(contains(msg, "roster.csv:4:"));
    CHECK(e.where().field == "participant");
    CHECK(contains(msg, "'S7-01'"));
    CHECK(contains(msg, "line 2"));
}

TEST_CASE("an id already on the roster from another file is a duplicate too") {
    scenario s;
    read_roster(s, std::string(roster_header) + "\n" + good_row + "\n", "first.csv");
    const error e = error_from(errc::input, [&] {
        read_roster(s,
                    std::string(roster_header) + "\n" +
                        "S7-02,WM1,sms,sms-2022-cohort7,7,,138412,,no,,\n" + good_row + "\n",
                    "second.csv");
    });
    INFO(e.what());
    CHECK(contains(e.what(), "second.csv:3:"));
    CHECK(contains(e.what(), "'S7-01' (first on line 2)"));
}

TEST_CASE("ids are told apart in a roster of many: only the one repeat is found") {
    // 20,000 ids, the set's growth and hash collisions included, then id 12,345 again.
    std::string text = std::string(roster_header) + "\n";
    const auto row = [](int k) {
        return "P" + std::to_string(k) + ",WM1,sms,sms-2022-cohort7,7,,137083,,no,,\n";
    };
    for (int k = 1; k <= 20000; ++k)
        text += row(k);
    scenario s;
    read_roster(s, text, "many.csv");
    CHECK(s.roster.size() == 20000);
    const error e = error_from(errc::input, [&] {
        scenario t;
        read_roster(t, text + row(12345), "many.csv");
    });
    INFO(e.what());
    // Line 1 is the header, so P12345 was first on line 12,346; the repeat is line 20,002.
    CHECK(contains(e.what(), "many.csv:20002:"));
    CHECK(contains(e.what(), "'P12345' (first on line 12346)"));
}

TEST_CASE("a file with a bad row adds none of its rows: the scenario is left as it was") {
    scenario s;
    read_roster(s, std::string(roster_header) + "\n" + good_row + "\n", "first.csv");
    REQUIRE(s.roster.size() == 1);
    error_from(errc::input, [&] {
        read_roster(s,
                    std::string(roster_header) + "\n" +
                        "S7-02,WM1,sms,sms-2022-cohort7,7,,138412,,no,,\n"
                        "S7-03,XX9,sms,sms-2022-cohort7,7,,138412,,no,,\n",
                    "second.csv");
    });
    REQUIRE(s.roster.size() == 1);
    CHECK(s.roster[0].id == "S7-01");
    // The failed file's ids are not remembered: reading a good file with them works.
    read_roster(
        s, std::string(roster_header) + "\n" + "S7-02,WM1,sms,sms-2022-cohort7,7,,138412,,no,,\n",
        "third.csv");
    CHECK(s.roster.size() == 2);

    error_from(errc::input, [&] {
        read_workgroups(s,
                        std::string(workgroups_header) + "\n" +
                            "WG-A,WM1,wg-2024,,141120,2024/25,2\n"
                            "WG-A,WM1,wg-2024,,143557,2031/32,2\n",
                        "wg.csv");
    });
    CHECK(s.departments.empty());
}

TEST_CASE("a roster with a byte order mark and CRLF line ends is read") {
    const std::string text = std::string("\xEF\xBB\xBF") + roster_header + "\r\n" + good_row +
                             "\r\n" + "F1-01,WM1,fe,fe-2023,1,,10004599,5678901,no,,\r\n";
    scenario s;
    read_roster(s, text, "excel.csv");
    REQUIRE(s.roster.size() == 2);
    CHECK(s.roster[0].id == "S7-01");  // not "\xEF\xBB\xBFS7-01" nor a missing column
    CHECK(s.roster[0].sle_days == half_days::from_days(20));  // "20", not "20\r"
    CHECK(s.roster[1].id == "F1-01");
    CHECK(s.roster[1].where.line == 3);
}

TEST_CASE("a roster with quoted fields is read") {
    const std::string text =
        std::string(roster_header) + "\n" +
        "\"S7-02\",\"WM1\",\"sms\",\"sms-2022-cohort7\",\"7\",\"\",\"138412\",\"RP12/34568\","
        "\"yes\",\"\",\"12.5\"\n";
    scenario s;
    read_roster(s, text, "quoted.csv");
    REQUIRE(s.roster.size() == 1);
    CHECK(s.roster[0].id == "S7-02");
    CHECK(s.roster[0].institution == "138412");
    CHECK(s.roster[0].trn == "1234568");
    CHECK(s.roster[0].pd_lead_accredited);
    CHECK(s.roster[0].sle_days == half_days::from_count(25));
}

TEST_CASE("a Work Group file is read, department by department") {
    scenario s;
    read_workgroups(s,
                    std::string(workgroups_header) + "\n" +
                        "WG-A,WM1,wg-2024,S7-01,141120,2024/25,2\n"
                        "WG-A,WM1,wg-2024,S7-01,143557,2024/25,\n",
                    "wg.csv");
    REQUIRE(s.departments.size() == 2);
    CHECK(s.departments[0].workgroup == "WG-A");
    CHECK(s.departments[0].lead == "S7-01");
    CHECK(s.departments[0].year.to_string() == "2024/25");
    CHECK(s.departments[1].advocates == 2);  // blank: the edition's 2 per school (003)
    CHECK(s.departments[1].where.line == 3);
    s.validate();
}

TEST_CASE("Work Group errors name file, line and field") {
    scenario s;
    SUBCASE("three departments in one Work Group") {
        read_workgroups(s,
                        std::string(workgroups_header) + "\n" +
                            "WG-A,WM1,wg-2024,,141120,2024/25,2\n"
                            "WG-A,WM1,wg-2024,,143557,2024/25,2\n"
                            "WG-A,WM1,wg-2024,,139804,2024/25,2\n",
                        "wg.csv");
        const error e = error_from(errc::input, [&] { s.validate(); });
        INFO(e.what());
        CHECK(contains(e.what(), "wg.csv:4:"));  // the third department is one too many
        CHECK(e.where().field == "workgroup");
        CHECK(contains(e.what(), "'WG-A'"));
        CHECK(contains(e.what(), "3 departments"));
    }
    SUBCASE("the same school twice in one Work Group") {
        read_workgroups(s,
                        std::string(workgroups_header) + "\n" +
                            "WG-A,WM1,wg-2024,,141120,2024/25,2\n"
                            "WG-A,WM1,wg-2024,,141120,2024/25,2\n",
                        "wg.csv");
        const error e = error_from(errc::input, [&] { s.validate(); });
        INFO(e.what());
        CHECK(contains(e.what(), "wg.csv:3:"));
        CHECK(e.where().field == "institution");
        CHECK(contains(e.what(), "141120"));
        CHECK(contains(e.what(), "line 2"));
    }
    SUBCASE("a lead who is not on the roster") {
        read_roster(s, roster_with("S7-03,WM1,sms,sms-2022-cohort7,7,,140265,,no,,20"),
                    "roster.csv");
        read_workgroups(s,
                        std::string(workgroups_header) + "\n" +
                            "WG-A,WM1,wg-2024,S7-01,141120,2024/25,2\n"
                            "WG-B,WM1,wg-2024,S7-99,143557,2024/25,2\n",
                        "wg.csv");
        const error e = error_from(errc::input, [&] { s.validate(); });
        INFO(e.what());
        CHECK(contains(e.what(), "wg.csv:3:"));
        CHECK(e.where().field == "lead");
        CHECK(contains(e.what(), "S7-99"));
    }
    SUBCASE("a lead is not checked when there is no roster") {
        read_workgroups(
            s, std::string(workgroups_header) + "\n" + "WG-B,WM1,wg-2024,S7-99,143557,2024/25,2\n",
            "wg.csv");
        s.validate();
        CHECK(s.departments.size() == 1);
    }
    SUBCASE("an academic year outside the edition") {
        const error e = error_from(errc::input, [&] {
            read_workgroups(
                s, std::string(workgroups_header) + "\n" + "WG-A,WM1,wg-2024,,141120,2025/26,2\n",
                "wg.csv");
        });
        INFO(e.what());
        CHECK(contains(e.what(), "wg.csv:2:"));
        CHECK(e.where().field == "academic_year");
        CHECK(contains(e.what(), "2025/26"));
    }
    SUBCASE("an institution that is not a school URN") {
        const error e = error_from(errc::input, [&] {
            read_workgroups(s,
                            std::string(workgroups_header) + "\n" +
                                "WG-A,WM1,wg-2024,,141120,2024/25,2\n"
                                "WG-A,WM1,wg-2024,,10004599,2024/25,2\n",
                            "wg.csv");
        });
        INFO(e.what());
        CHECK(contains(e.what(), "wg.csv:3:"));
        CHECK(e.where().field == "institution");
        CHECK(contains(e.what(), "10004599"));
    }
}

TEST_CASE("setting sle_rate sets the SLE rate for any date and records an assumption") {
    scenario s;
    CHECK(s.cat.rates().get("sle").values.empty());
    s.set("sle_rate", "350.00", {});
    // in force on any date: long before and long after the documents' years
    CHECK(s.cat.rates().in_force("sle", ymd(2000, 1, 3)).value->amount == money::from_pounds(350));
    CHECK(s.cat.rates().in_force("sle", ymd(2030, 9, 1)).value->amount == money::from_pounds(350));
    CHECK(s.cat.rates().in_force("sle", ymd(2024, 9, 1)).value->assumption);
    const assumption* a = find_assumption(s, "sle_rate");
    REQUIRE(a != nullptr);
    CHECK(a->value == "350.00");
    // Setting it again replaces the value and the assumption rather than adding another.
    s.set("sle_rate", "£357.00", {});
    CHECK(s.cat.rates().in_force("sle", ymd(2024, 9, 1)).value->amount == money::from_pence(35700));
    CHECK(std::count_if(s.assumptions.begin(), s.assumptions.end(),
                        [](const assumption& x) { return x.setting == "sle_rate"; }) == 1);
    CHECK(find_assumption(s, "sle_rate")->value == "357.00");
    // The built-in catalogue is not touched: a scenario works on its own copy.
    CHECK(catalogue::builtin().rates().get("sle").values.empty());
}

TEST_CASE("policy settings: pd_lead_policy, meetings, days, phasing, term weights") {
    scenario s;
    CHECK(s.pd_lead == pd_lead_policy::unfunded);  // the default policy
    s.set("pd_lead_policy", "reallocate", {});
    CHECK(s.pd_lead == pd_lead_policy::reallocate);
    CHECK_FALSE(s.meetings.has_value());
    s.set("meetings", "4", {});
    REQUIRE(s.meetings.has_value());
    CHECK(*s.meetings == 4);
    s.set("sle_days", "12.5", {});
    CHECK(s.days.find("sle_days") == half_days::from_count(25));
    s.set("release_phasing", "terms", {});
    CHECK(s.release_phasing == phasing::terms);
    s.set("term_weights", "4,3,3", {});
    CHECK(s.term_weights == std::vector<int64_t>{4, 3, 3});
    CHECK(find_assumption(s, "pd_lead_policy") != nullptr);
    CHECK(find_assumption(s, "meetings")->value == "4");
}

TEST_CASE("an unknown setting is an error listing the known ones") {
    scenario s;
    const error e = error_from(errc::input, [&] { s.set("sle_rat", "350.00", {}); });
    const std::string msg = e.what();
    INFO(msg);
    CHECK(contains(msg, "sle_rat"));
    for (std::string_view known : scenario::setting_names())
        CHECK(contains(msg, std::string(known)));
    CHECK(s.assumptions.empty());
}

TEST_CASE("a bad value is an error naming the setting") {
    scenario s;
    struct bad {
        const char* name;
        const char* value;
    };
    for (const bad& b :
         {bad{"sle_rate", "lots"}, bad{"sle_rate", "-350.00"}, bad{"sle_rate", "350.001"},
          bad{"pd_lead_policy", "sometimes"}, bad{"meetings", "four"}, bad{"meetings", "0"},
          bad{"sle_days", "1.25"}, bad{"term_weights", "1,1"}, bad{"release_phasing", "monthly"}}) {
        INFO(b.name, " = ", b.value);
        const error e = error_from(errc::input, [&] { s.set(b.name, b.value, {}); });
        CHECK(e.where().field == b.name);
        CHECK(contains(e.what(), b.name));
        CHECK(contains(e.what(), b.value));
    }
    // Nothing was set by the failures.
    CHECK(s.assumptions.empty());
    CHECK(s.cat.rates().get("sle").values.empty());
    CHECK(s.pd_lead == pd_lead_policy::unfunded);
    CHECK_FALSE(s.meetings.has_value());
}

TEST_CASE("a scenario file's settings carry its file and line into errors") {
    const std::string text =
        "name = \"t\"\n"       // 1
        "[settings]\n"         // 2
        "sle_rate = 350.0\n";  // 3: a float, refused
    const error e = error_from(errc::input, [&] { load_scenario_text(text, "plan.toml", "."); });
    INFO(e.what());
    CHECK(contains(e.what(), "plan.toml:3:"));
    CHECK(e.where().field == "sle_rate");
}

TEST_CASE("[[rate]] tables in a scenario are effective-dated") {
    const std::string text =
        "name = \"rates from 2024/25\"\n"
        "hub = \"WM1\"\n"
        "[[rate]]\n"
        "id = \"secondary_release\"\n"
        "from = 2024-09-01\n"
        "amount = \"210.00\"\n"
        "note = \"hub uplift\"\n"
        "[[rate]]\n"
        "id = \"sle\"\n"
        "from = 2024-09-01\n"
        "amount = \"350.00\"\n";
    const scenario s = load_scenario_text(text, "plan.toml", ".");
    const rate_card& r = s.cat.rates();
    // The document's £200.00 stays in force until the day before the change.
    CHECK(r.in_force("secondary_release", ymd(2024, 8, 31)).value->amount ==
          money::from_pounds(200));
    CHECK(r.in_force("secondary_release", ymd(2024, 9, 1)).value->amount ==
          money::from_pounds(210));
    CHECK(r.in_force("secondary_release", ymd(2024, 9, 1)).value->source == "hub uplift");
    CHECK(r.in_force("sle", ymd(2025, 1, 6)).value->amount == money::from_pounds(350));
    error_from(errc::input, [&] { r.in_force("sle", ymd(2024, 8, 30)); });
    const assumption* a = find_assumption(s, "rate secondary_release from 2024-09-01");
    REQUIRE(a != nullptr);
    CHECK(a->value == "210.00");
}

TEST_CASE("a [[rate]] table naming an unknown rate is refused at its line") {
    const std::string text =
        "name = \"t\"\n"          // 1
        "[[rate]]\n"              // 2
        "id = \"secondry\"\n"     // 3
        "from = 2024-09-01\n"     // 4
        "amount = \"210.00\"\n";  // 5
    const error e = error_from(errc::input, [&] { load_scenario_text(text, "plan.toml", "."); });
    INFO(e.what());
    CHECK(contains(e.what(), "plan.toml:3:"));
    CHECK(contains(e.what(), "secondry"));
}

TEST_CASE("[terms.\"2024/25\"] sets a hub's own term dates for that year only") {
    const std::string text =
        "name = \"terms\"\n"
        "[terms.\"2024/25\"]\n"
        "spring = 2025-01-06\n"
        "summer = 2025-04-22\n";
    const scenario s = load_scenario_text(text, "plan.toml", ".");
    const academic_year y2024{2024};
    CHECK_FALSE(s.terms.is_default(y2024));
    CHECK(s.terms.starts(y2024).spring == ymd(2025, 1, 6));
    CHECK(s.terms.starts(y2024).summer == ymd(2025, 4, 22));
    CHECK(s.terms.term_of(ymd(2025, 1, 3)) == term_name::autumn);
    CHECK(s.terms.term_of(ymd(2025, 1, 6)) == term_name::spring);
    CHECK(s.terms.term_of(ymd(2025, 4, 21)) == term_name::spring);
    CHECK(s.terms.term_of(ymd(2025, 4, 22)) == term_name::summer);
    // Other years keep the default terms.
    CHECK(s.terms.is_default(academic_year{2023}));
    CHECK(s.terms.term_of(ymd(2024, 1, 1)) == term_name::spring);
    CHECK(find_assumption(s, "terms 2024/25") != nullptr);

    // Term dates out of order are refused at their line.
    const std::string bad =
        "name = \"terms\"\n"      // 1
        "[terms.\"2024/25\"]\n"   // 2
        "spring = 2025-04-22\n"   // 3
        "summer = 2025-01-06\n";  // 4
    const error e = error_from(errc::input, [&] { load_scenario_text(bad, "plan.toml", "."); });
    INFO(e.what());
    CHECK(contains(e.what(), "plan.toml:"));
    CHECK(contains(e.what(), "2024/25"));
}

TEST_CASE("roster, work group and edition paths resolve from the scenario file's folder") {
    char pattern[] = "/tmp/mhfund-scenario-test-XXXXXX";
    REQUIRE(mkdtemp(pattern) != nullptr);
    const std::filesystem::path dir(pattern);
    write_file(dir / "plans" / "plan.toml",
               "name = \"relative paths\"\n"
               "hub = \"EM1\"\n"
               "editions = [\"data/sms-2025.toml\"]\n"
               "roster = \"data/roster.csv\"\n"
               "workgroups = [\"data/wg.csv\"]\n"
               "[settings]\n"
               "pd_lead_policy = \"reallocate\"\n");
    std::ifstream edition_in(std::string(MHFUND_SOURCE_DIR) + "/tests/data/editions/sms-2025.toml",
                             std::ios::binary);
    REQUIRE(edition_in.good());
    const std::string edition_text((std::istreambuf_iterator<char>(edition_in)),
                                   std::istreambuf_iterator<char>());
    write_file(dir / "plans" / "data" / "sms-2025.toml", edition_text);
    write_file(
        dir / "plans" / "data" / "roster.csv",
        std::string(roster_header) + "\n" + "S10-01,EM1,sms,sms-2025,10,,137083,1234567,no,,\n");
    write_file(dir / "plans" / "data" / "wg.csv", std::string(workgroups_header) + "\n" +
                                                      "WG-A,EM1,wg-2024,S10-01,141120,2024/25,2\n");

    // Read from another working directory's point of view: the path is absolute, the paths in
    // the file are relative to its folder.
    const std::string plan = (dir / "plans" / "plan.toml").string();
    const scenario s = load_scenario_file(plan);
    CHECK(s.name == "relative paths");
    CHECK(s.file == plan);
    REQUIRE(s.roster.size() == 1);
    CHECK(s.roster[0].edition == "sms-2025");
    CHECK(s.roster[0].where.file == (dir / "plans" / "data" / "roster.csv").string());
    REQUIRE(s.departments.size() == 1);
    CHECK(s.departments[0].where.file == (dir / "plans" / "data" / "wg.csv").string());
    CHECK(s.cat.find("sms-2025") != nullptr);
    CHECK(s.pd_lead == pd_lead_policy::reallocate);

    // A roster path that does not exist is an error naming the scenario file and the path.
    write_file(dir / "plans" / "missing.toml", "name = \"m\"\nroster = \"data/nope.csv\"\n");
    const error e = error_from(
        errc::input, [&] { load_scenario_file((dir / "plans" / "missing.toml").string()); });
    INFO(e.what());
    CHECK(contains(e.what(), "nope.csv"));

    std::filesystem::remove_all(dir);
}

TEST_CASE("load_scenario_text validates the whole scenario") {
    const std::string text = "name = \"t\"\nhub = \"XX9\"\n";
    const error e = error_from(errc::input, [&] { load_scenario_text(text, "plan.toml", "."); });
    INFO(e.what());
    CHECK(contains(e.what(), "plan.toml:2:"));
    CHECK(contains(e.what(), "XX9"));
    // An unknown top-level key is refused, not ignored.
    const error typo = error_from(errc::input, [&] {
        load_scenario_text("name = \"t\"\nrosters = \"r.csv\"\n", "p.toml", ".");
    });
    CHECK(contains(typo.what(), "rosters"));
}
