// Plan checks: each check on a hand-made plan that is clean but for one row, asserting the
// finding's kind, its place (file, line, field) and its words; and that every forecast lists
// them.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "mhfund/forecast.hpp"
#include "mhfund/plan_checks.hpp"
#include "mhfund/scenario.hpp"

#include "support.hpp"

using namespace mhfund;
using mhfund_test::contains;
using mhfund_test::error_from;

namespace {

const char* const roster_header =
    "participant,hub,programme,edition,cohort,start,institution,trn,pd_lead_accredited,"
    "withdrawn,sle_days\n";
// Lines 2-4: two cohort-7 specialists at their schools (URNs) and one FE cohort-1 specialist at
// a college (UKPRN), each with their own TRN.
const char* const clean_roster =
    "S7-01,WM1,sms,sms-2022-cohort7,7,,137083,1234567,no,,20\n"
    "S7-03,WM1,sms,sms-2022-cohort7,7,,140265,2345678,no,,20\n"
    "F1-01,WM1,fe,fe-2023,1,,10004599,5678901,no,,\n";
const char* const workgroups_header =
    "workgroup,hub,edition,lead,institution,academic_year,advocates\n";
// Lines 2-3: one Work Group of two departments, neither at its lead's school (137083).
const char* const clean_workgroups =
    "WG-A,WM1,wg-2024,S7-01,141120,2024/25,2\n"
    "WG-A,WM1,wg-2024,S7-01,143557,2024/25,2\n";

/// The clean plan for hub WM1 with `roster_extra` after line 4 of the roster (so on line 5)
/// and `wg_extra` after line 3 of the work groups (so on line 4).
scenario plan(const std::string& roster_extra = "", const std::string& wg_extra = "") {
    scenario s;
    s.file = "plan.toml";
    s.hub = "WM1";
    read_roster(s, std::string(roster_header) + clean_roster + roster_extra, "roster.csv");
    read_workgroups(s, std::string(workgroups_header) + clean_workgroups + wg_extra, "wg.csv");
    s.validate();
    return s;
}

/// The one finding of the plan's checks; fails unless there is exactly one.
finding only_finding(const scenario& s) {
    const std::vector<finding> found = check_plan(s);
    INFO("findings: ", messages_of(found).size());
    for (const finding& f : found)
        INFO(f.message());
    REQUIRE(found.size() == 1);
    return found.front();
}

void check_place(const finding& f, const std::string& file, long line, const std::string& field) {
    CHECK(f.where.file == file);
    CHECK(f.where.line == line);
    CHECK(f.where.field == field);
}

}  // namespace

TEST_CASE("the clean plan has no findings") {
    CHECK(check_plan(plan()).empty());
}

TEST_CASE("a roster or Work Group row in another hub's area") {
    const finding f =
        only_finding(plan("S7-09,EE1,sms,sms-2022-cohort7,7,,137084,3333333,no,,20\n"));
    CHECK(f.kind == "plan.hub_mismatch");
    check_place(f, "roster.csv", 5, "hub");
    CHECK(f.text ==
          "participant S7-09 is in hub EE1, not the scenario's hub WM1: its lines count in EE1");
}

TEST_CASE("a hub mismatch names every row, and none when the scenario names no hub") {
    scenario s = plan("",
                      "WG-B,EE1,wg-2024,S7-03,139804,2024/25,2\n"
                      "WG-B,EE1,wg-2024,S7-03,144219,2024/25,2\n");
    std::vector<finding> found = check_plan(s);
    REQUIRE(found.size() == 2);
    check_place(found[0], "wg.csv", 4, "hub");
    check_place(found[1], "wg.csv", 5, "hub");
    CHECK(found[1].text ==
          "Work Group WG-B (department 144219) is in hub EE1, not the scenario's hub WM1: its "
          "grant counts in EE1");
    s.hub.clear();  // a national roster: every hub belongs
    CHECK(check_plan(s).empty());
}

TEST_CASE("an institution id of the wrong kind for the programme") {
    SUBCASE("a specialist paid at an FE provider's UKPRN") {
        const finding f =
            only_finding(plan("S7-09,WM1,sms,sms-2022-cohort7,7,,10004599,3333333,no,,20\n"));
        CHECK(f.kind == "plan.institution_kind");
        check_place(f, "roster.csv", 5, "institution");
        CHECK(contains(f.text,
                       "participant S7-09 (sms-2022-cohort7) is paid at 10004599, an FE "
                       "provider's UKPRN (8 digits starting with 1); edition "
                       "sms-2022-cohort7 pays a school URN (6 digits) (000:"));
    }
    SUBCASE("an FE specialist paid at a school URN") {
        const finding f = only_finding(plan("F1-02,WM1,fe,fe-2023,1,,137084,3333333,no,,\n"));
        CHECK(f.kind == "plan.institution_kind");
        check_place(f, "roster.csv", 5, "institution");
        CHECK(contains(f.text,
                       "is paid at 137084, a school URN (6 digits); edition fe-2023 pays "
                       "an FE provider's UKPRN (8 digits starting with 1) (004: The FE "
                       "institution will be funded at £400 a day)"));
    }
}

TEST_CASE("one TRN on two participants, masked in the message") {
    // RP12/34567 is the payslip form of 1234567 (S7-01's, line 2): the same teacher.
    const finding f = only_finding(plan("F1-02,WM1,fe,fe-2023,1,,10001548,RP12/34567,no,,\n"));
    CHECK(f.kind == "plan.trn_twice");
    check_place(f, "roster.csv", 5, "trn");
    CHECK(f.text == "TRN 12***** is also on participant S7-01 (line 2): one teacher funded twice");
    CHECK_FALSE(contains(f.message(), "1234567"));
    // UQT identifies no one: two unqualified teachers are two people (on FE, where QTS is
    // desirable only, so no other check speaks).
    CHECK(check_plan(plan("F1-02,WM1,fe,fe-2023,1,,10001548,UQT,no,,\n"
                          "F1-03,WM1,fe,fe-2023,1,,10001549,UQT,no,,\n"))
              .empty());
}

TEST_CASE("a lead who withdrew before the Work Group year starts") {
    SUBCASE("withdrawn on the roster before 1 September 2024") {
        scenario s = plan();
        s.roster[0].withdrawn = mhfund_test::ymd(2024, 7, 31);
        const std::vector<finding> found = check_plan(s);
        REQUIRE(found.size() == 2);  // the lead of both departments
        CHECK(found[0].kind == "plan.lead_withdrawn");
        check_place(found[0], "wg.csv", 2, "lead");
        check_place(found[1], "wg.csv", 3, "lead");
        CHECK(found[0].text ==
              "lead S7-01 withdrew on 2024-07-31, before Work Group WG-A's year "
              "2024/25 starts on 2024-09-01: who leads it?");
    }
    SUBCASE("withdrawn by a dated change on the year's first day (not funded that day)") {
        scenario s = plan();
        read_changes(s,
                     "participant,date,field,value,reference\n"
                     "S7-01,2024-03-01,withdrawn,2024-09-01,CH-1\n",
                     "changes.csv");
        CHECK(check_plan(s).size() == 2);
    }
    SUBCASE("withdrawn the day after the year starts: not before it") {
        scenario s = plan();
        s.roster[0].withdrawn = mhfund_test::ymd(2024, 9, 2);
        CHECK(check_plan(s).empty());
    }
}

TEST_CASE("a department at the lead's own school") {
    const finding f = only_finding(plan("",
                                        "WG-B,WM1,wg-2024,S7-03,140265,2024/25,2\n"
                                        "WG-B,WM1,wg-2024,S7-03,144219,2024/25,2\n"));
    CHECK(f.kind == "plan.department_at_lead_school");
    check_place(f, "wg.csv", 4, "institution");
    CHECK(f.text ==
          "department 140265 of Work Group WG-B is the lead S7-03's own school; the "
          "lead works with two other schools' departments (000 year 3)");
}

TEST_CASE("three advocates in a department is an input error (003: two per school)") {
    scenario s;
    const error e = error_from(errc::input, [&] {
        read_workgroups(s,
                        std::string(workgroups_header) +
                            "WG-A,WM1,wg-2024,S7-01,141120,2024/25,2\n"
                            "WG-A,WM1,wg-2024,S7-01,143557,2024/25,3\n",
                        "wg.csv");
    });
    CHECK(e.where().line == 3);
    CHECK(e.where().field == "advocates");
    CHECK(contains(e.what(), "'3'"));
    CHECK(contains(e.what(), "from 1 to 2"));
    CHECK(s.departments.empty());  // all rows or none
}

TEST_CASE("a Work Group of one department") {
    const finding f = only_finding(plan("", "WG-B,WM1,wg-2024,S7-03,139804,2024/25,2\n"));
    CHECK(f.kind == "plan.workgroup_short");
    check_place(f, "wg.csv", 4, "workgroup");
    CHECK(f.text ==
          "Work Group WG-B has 1 department in 2024/25; edition wg-2024 has 2 per "
          "group (003)");
}

TEST_CASE("sle_days on an FE specialist: FE has no year 3") {
    const finding f = only_finding(plan("F1-02,WM1,fe,fe-2023,1,,10001548,6789012,no,,7.5\n"));
    CHECK(f.kind == "plan.sle_days_unused");
    check_place(f, "roster.csv", 5, "sle_days");
    CHECK(f.text ==
          "participant F1-02 has sle_days 7.5, but edition fe-2023 prices no year from "
          "sle_days (it has no SLE year): the days are ignored");
}

TEST_CASE("a start more than a term from the cohort's") {
    // Cohort 7 starts 1 Sep 2022 (autumn 2022/23). Spring 2022/23 is one term on: no finding.
    CHECK(check_plan(plan("S7-09,WM1,sms,sms-2022-cohort7,7,2023-01-09,137084,3333333,no,,20\n"))
              .empty());
    // Summer 2022/23 (from 1 April 2023) is two terms on.
    const finding f =
        only_finding(plan("S7-09,WM1,sms,sms-2022-cohort7,7,2023-04-17,137084,3333333,no,,20\n"));
    CHECK(f.kind == "plan.start_far_from_cohort");
    check_place(f, "roster.csv", 5, "start");
    const finding later =
        only_finding(plan("S7-09,WM1,sms,sms-2022-cohort7,7,2030-09-02,137084,3333333,no,,20\n"));
    CHECK(later.text ==
          "participant S7-09 starts on 2030-09-02, more than a term from "
          "sms-2022-cohort7 cohort 7's start on 2022-09-01: it is priced at that "
          "edition's days and rates");
    // An FE trailblazer (default 1 Jan 2023, spring) starting with cohort 1 in autumn 2023:
    // two terms on.
    CHECK(only_finding(plan("FT-09,WM1,fe,fe-2023,trailblazer,2023-09-01,10001548,3333333,no,,\n"))
              .kind == "plan.start_far_from_cohort");
}

TEST_CASE("an unqualified teacher on an edition whose essential criteria include QTS") {
    const finding f =
        only_finding(plan("S7-04,WM1,sms,sms-2022-cohort7,7,,136920,UQT,no,2024-02-15,\n"));
    CHECK(f.kind == "plan.unqualified");
    check_place(f, "roster.csv", 5, "trn");
    CHECK(f.text ==
          "participant S7-04 is UQT (no Qualified Teacher Status), but edition "
          "sms-2022-cohort7 has 'Qualified Teacher Status' as an essential criterion "
          "(000: Essential, Qualified Teacher Status)");
    // fe-2023: QTS or QTLS is desirable only (004).
    CHECK(check_plan(plan("F1-02,WM1,fe,fe-2023,1,,10001548,UQT,no,,\n")).empty());
}

TEST_CASE("a plan with no participants and no departments") {
    scenario s;
    s.file = "empty.toml";
    s.hub = "WM1";
    const finding f = only_finding(s);
    CHECK(f.kind == "plan.empty");
    check_place(f, "empty.toml", 0, "");
    CHECK(contains(f.text, "no participants and no Work Group departments"));
}

TEST_CASE("every forecast lists the plan checks' findings") {
    scenario s = plan("S7-09,EE1,sms,sms-2022-cohort7,7,,137084,3333333,no,,20\n");
    s.set("sle_rate", "350.00", {});
    const expansion e = expand(s);
    REQUIRE(e.warnings.size() == 1);
    CHECK(e.warnings[0].kind == "plan.hub_mismatch");
    const forecast_result r = run_forecast(s, forecast_options{});
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0] == e.warnings[0]);
    // The default scenario's S7-04 is UQT on cohort 7, whose essential criteria include QTS.
    const forecast_result d = run_forecast(default_scenario(), forecast_options{});
    REQUIRE(d.warnings.size() == 1);
    CHECK(d.warnings[0].kind == "plan.unqualified");
    CHECK(d.warnings[0].where.line == 5);
}
