// Dated changes (domain.md 9.1 and rule 10): payee and hub changes split lines at their date,
// accreditation from a date, a withdrawal set or cancelled, SLE days replaced. Weekday counts
// are counted by hand, month by month, in the comments; amounts are worked out in integer pence.
#include <doctest/doctest.h>

#include <map>
#include <random>
#include <string>
#include <vector>

#include "mhfund/error.hpp"
#include "mhfund/forecast.hpp"
#include "mhfund/scenario.hpp"

#include "support.hpp"

using namespace mhfund;
using mhfund_test::contains;
using mhfund_test::error_from;
using mhfund_test::pence;

namespace {

// One SMS specialist who withdraws as year 3 begins (so no SLE days are needed).
const std::string two_years = "S7-01,WM1,sms,sms-2022-cohort7,7,,137083,,no,2024-09-01,\n";

const std::string roster_header =
    "participant,hub,programme,edition,cohort,start,institution,trn,pd_lead_accredited,"
    "withdrawn,sle_days\n";

scenario with(const std::string& roster_rows, const std::string& changes) {
    scenario s;
    s.name = "changes test";
    s.set("sle_rate", "350.00", {"test", 1, ""});
    read_roster(s, roster_header + roster_rows, "roster.csv");
    read_changes(s, "participant,date,field,value,reference\n" + changes, "changes.csv");
    s.validate();
    return s;
}

/// The sum of the rows whose keys are `keys` and whose period is labelled `label` ("" = any).
money cell(const forecast_result& r, const std::vector<std::string>& keys,
           const std::string& label = "") {
    money sum;
    for (const forecast_row& row : r.rows)
        if (row.keys == keys && (label.empty() || row.when.label() == label)) sum += row.amount;
    return sum;
}

forecast_result run(const scenario& s, std::vector<dimension> by, period_kind k) {
    forecast_options o;
    o.by = std::move(by);
    o.period = k;
    return run_forecast(s, o);
}

}  // namespace

TEST_CASE("a payee change on 1 January 2023 splits SMS year 1 at 87 of 261 weekdays") {
    // Year 1 of cohort 7: 1 Sep 2022 – 31 Aug 2023, W = 261 (52 weeks and Thursday 31 Aug).
    // Weekdays before 1 Jan 2023: Sep 22 + Oct 21 + Nov 22 + Dec 22 = 87.
    const scenario s = with(two_years, "S7-01,2023-01-01,institution,138412,CH-1\n");
    const forecast_result r =
        run(s, {dimension::institution, dimension::category}, period_kind::academic_year);
    // Central events £1,000.00: round_half_up(100,000 × 87 / 261) = round(33,333.33) = 33,333p
    // to the old school, the remaining 66,667p to the new.
    CHECK(cell(r, {"137083", "central_events"}, "2022/23") == pence(33333));
    CHECK(cell(r, {"138412", "central_events"}, "2022/23") == pence(66667));
    // Personal development £2,000.00: round_half_up(200,000 × 87 / 261) = 66,667p; 133,333p.
    CHECK(cell(r, {"137083", "personal_development"}, "2022/23") == pence(66667));
    CHECK(cell(r, {"138412", "personal_development"}, "2022/23") == pence(133333));
    // Year 1 per school: the old £1,000.00, the new £2,000.00; years 2 (£3,000.00, all at the
    // new school) follow.
    const forecast_result by_school = run(s, {dimension::institution}, period_kind::academic_year);
    CHECK(cell(by_school, {"137083"}, "2022/23") == pence(100000));
    CHECK(cell(by_school, {"138412"}, "2022/23") == pence(200000));
    CHECK(cell(by_school, {"138412"}, "2023/24") == pence(300000));
    CHECK(cell(by_school, {"137083"}, "2023/24") == money{});
}

TEST_CASE("each side of a payee split gets its own dated share of every month") {
    const scenario s = with(two_years, "S7-01,2023-01-01,institution,138412,CH-1\n");
    const forecast_result r = run(s, {dimension::institution}, period_kind::month);
    // December 2022 is before the change: all the old school's. Each line is phased on its
    // own. C(1 Dec) = 22 + 21 + 22 = 65, C(1 Jan) = 87. Central events £1,000.00:
    // 33,333 − round_half_up(100,000 × 65 / 261 = 24,904.21) = 33,333 − 24,904 = 8,429p;
    // personal development £2,000.00: 66,667 − round_half_up(49,808.43) = 16,859p.
    CHECK(cell(r, {"137083"}, "2022-12") == pence(8429 + 16859));
    CHECK(cell(r, {"138412"}, "2022-12") == money{});
    // January 2023 (22 weekdays: 2–6, 9–13, 16–20, 23–27, 30–31; C(1 Feb) = 109) is the new
    // school's: round_half_up(100,000 × 109 / 261 = 41,762.45) − 33,333 = 8,429p and
    // round_half_up(200,000 × 109 / 261 = 83,524.90) − 66,667 = 16,858p.
    CHECK(cell(r, {"138412"}, "2023-01") == pence(8429 + 16858));
    CHECK(cell(r, {"137083"}, "2023-01") == money{});
}

TEST_CASE("a hub change splits an FE trailblazer's year 1 across 31 August 2023") {
    // Trailblazer year 1: 1 Jan – 31 Dec 2023, W = 260; weekdays before 1 Sep 2023: 174
    // (domain.md rule 5's worked example). £400.00 × 15 days = £6,000.00: the first hub keeps
    // round_half_up(600,000 × 174 / 260) = 401,538 (401,538.46) p, the new hub 198,462p.
    const scenario s = with("F1-01,WM1,fe,fe-2023,trailblazer,,10012345,,no,,\n",
                            "F1-01,2023-09-01,hub,EM1,H-1\n");
    const forecast_result r = run(s, {dimension::hub}, period_kind::financial_year);
    money wm1, em1;
    for (const forecast_row& row : r.rows)
        (row.keys[0] == "WM1" ? wm1 : em1) += row.amount;
    // Year 2 (1 Jan – 31 Dec 2024, £6,000.00) is all the new hub's.
    CHECK(wm1 == pence(401538));
    CHECK(em1 == pence(198462 + 600000));
    CHECK(r.total == pence(1200000));
}

TEST_CASE("accreditation from a date applies to the years that start on or after it") {
    // Year 2 of cohort 7 starts 1 Sep 2023. Accredited on 1 Sep 2023: year 2 funds 11 days
    // (pd_lead_policy = unfunded): 3 + 8 = 11 × £200.00 = £2,200.00.
    const scenario on = with("S7-01,WM1,sms,sms-2022-cohort7,7,,137083,,no,2024-09-01,\n",
                             "S7-01,2023-09-01,pd_lead_accredited,yes,A-1\n");
    CHECK(run(on, {}, period_kind::academic_year).total == pence(300000 + 220000));
    // Accredited a day later, year 2 is already running: it keeps its 15 days (£3,000.00).
    const scenario after = with("S7-01,WM1,sms,sms-2022-cohort7,7,,137083,,no,2024-09-01,\n",
                                "S7-01,2023-09-02,pd_lead_accredited,yes,A-1\n");
    CHECK(run(after, {}, period_kind::academic_year).total == pence(300000 + 300000));
}

TEST_CASE("accreditation by a change lists the PD Lead policy among the assumptions") {
    const scenario s = with("S7-01,WM1,sms,sms-2022-cohort7,7,,137083,,no,2024-09-01,\n",
                            "S7-01,2023-09-01,pd_lead_accredited,yes,A-1\n");
    bool listed = false;
    for (const assumption& a : run(s, {}, period_kind::academic_year).assumptions)
        listed = listed || (a.setting == "pd_lead_policy" && a.value == "unfunded");
    CHECK(listed);
}

TEST_CASE("a withdrawal set by a change, then cancelled, leaves the plan whole") {
    // Roster: no withdrawal. A change withdraws on 1 Mar 2024; a later one cancels it: years 1
    // and 2 at £3,000.00 each, year 3 at 20 SLE days × £350.00 = £7,000.00.
    const scenario s = with("S7-01,WM1,sms,sms-2022-cohort7,7,,137083,,no,,20\n",
                            "S7-01,2024-01-10,withdrawn,2024-03-01,W-1\n"
                            "S7-01,2024-02-20,withdrawn,,W-2\n");
    CHECK(!s.roster[0].withdrawn);
    CHECK(run(s, {}, period_kind::academic_year).total == pence(300000 + 300000 + 700000));
    // Without the cancellation: year 2 keeps round_half_up(300,000 × 130 / 261) = 149,425p
    // (weekdays before 1 Mar 2024: Sep 21 + Oct 22 + Nov 22 + Dec 21 + Jan 23 + Feb 21 = 130),
    // and year 3 is not priced.
    const scenario w = with("S7-01,WM1,sms,sms-2022-cohort7,7,,137083,,no,,20\n",
                            "S7-01,2024-01-10,withdrawn,2024-03-01,W-1\n");
    CHECK(run(w, {}, period_kind::academic_year).total == pence(300000 + 149425));
}

TEST_CASE("SLE days replaced by a change price year 3 at the new days") {
    // 12 days × £350.00 = £4,200.00 instead of 20 days.
    const scenario s = with("S7-01,WM1,sms,sms-2022-cohort7,7,,137083,,no,,20\n",
                            "S7-01,2025-03-01,sle_days,12,S-1\n");
    CHECK(run(s, {}, period_kind::academic_year).total == pence(300000 + 300000 + 420000));
}

TEST_CASE("explain lists each change with its reference") {
    const scenario s = with(two_years, "S7-01,2023-01-01,institution,138412,CH-1\n");
    const std::string text = explain_participant(s, "S7-01");
    CHECK(contains(text, "change 2023-01-01 institution = 138412 (reference CH-1"));
    CHECK(contains(text, "paid to 138412"));
    CHECK(contains(text, "£666.67 of £1,000.00"));
    // The part before the change names its payee too: the roster's school.
    CHECK(contains(text,
                   "paid to 137083 (hub WM1) from 2022-09-01 to 2022-12-31: £333.33 of "
                   "£1,000.00"));
}

TEST_CASE("bad changes are input errors at file, line and field") {
    const std::string row = "S7-01,WM1,sms,sms-2022-cohort7,7,,137083,,no,,\n";
    CHECK(
        error_from(errc::input, [&] { with(row, "S7-99,2023-01-01,hub,EM1,X\n"); }).where().field ==
        "participant");
    CHECK(
        error_from(errc::input, [&] { with(row, "S7-01,2022-08-31,hub,EM1,X\n"); }).where().field ==
        "date");
    CHECK(error_from(errc::input, [&] { with(row, "S7-01,2023-01-01,colour,red,X\n"); })
              .where()
              .field == "field");
    const error twice = error_from(errc::input, [&] {
        with(row, "S7-01,2023-01-01,hub,EM1,X\nS7-01,2023-01-01,hub,EE1,Y\n");
    });
    CHECK(twice.where().line == 3);
    CHECK(contains(twice.what(), "first on line 2"));
    CHECK(
        error_from(errc::input, [&] { with(row, "S7-01,2023-01-01,hub,ZZ9,X\n"); }).where().field ==
        "value");
}

TEST_CASE("random changes: totals by institution, hub, programme and overall agree") {
    std::mt19937_64 rng(2026);
    const char* schools[] = {"137083", "138412", "140265", "136920"};
    const char* hubs[] = {"WM1", "EM1", "EE1", "LO2"};
    for (int round = 0; round < 20; ++round) {
        std::string roster, changes;
        for (int i = 0; i < 12; ++i) {
            roster += fmt::format("P{},WM1,sms,sms-2022-cohort7,7,,{},,no,,{}\n", i,
                                  schools[rng() % 4], 10 + rng() % 10);
            for (int k = 0, n = static_cast<int>(rng() % 3); k < n; ++k) {
                const date when =
                    date(2022, 9, 1) + boost::gregorian::days(static_cast<long>(rng() % 1000));
                changes += rng() % 2 ? fmt::format("P{},{},institution,{},R\n", i, to_string(when),
                                                   schools[rng() % 4])
                                     : fmt::format("P{},{},hub,{},R\n", i, to_string(when),
                                                   hubs[rng() % 4]);
            }
        }
        scenario s;
        try {
            s = with(roster, changes);
        } catch (const error&) {
            continue;  // two changes of one field on one date: drawn again next round
        }
        const money total = run(s, {}, period_kind::month).total;
        CHECK(total ==
              run(with(roster, ""), {}, period_kind::month).total);  // splits move no money
        for (period_kind k : {period_kind::academic_year, period_kind::financial_year,
                              period_kind::term, period_kind::month})
            for (dimension d : {dimension::institution, dimension::hub, dimension::programme}) {
                const forecast_result r = run(s, {d}, k);
                money sum;
                for (const forecast_row& row : r.rows)
                    sum += row.amount;
                CHECK(sum == total);
                CHECK(r.total == total);
            }
    }
}

TEST_CASE("a withdrawal on the start is refused at the change that sets it") {
    // The withdrawal (line 2) is followed by a later payee change (line 3): the error names
    // line 2, the row whose value is wrong.
    const std::string row = "S7-01,WM1,sms,sms-2022-cohort7,7,,137083,,no,,\n";
    const error e = error_from(errc::input, [&] {
        with(row,
             "S7-01,2022-09-01,withdrawn,2022-09-01,W-1\n"
             "S7-01,2023-01-01,institution,138412,CH-1\n");
    });
    CHECK(e.where().line == 2);
    CHECK(e.where().field == "value");
    CHECK(contains(e.what(), "'2022-09-01'"));
    CHECK(contains(e.what(), "after S7-01's start, 2022-09-01"));
    // Cancelled by a later change, the same withdrawal is no error.
    CHECK(!with(row,
                "S7-01,2022-09-01,withdrawn,2022-09-01,W-1\n"
                "S7-01,2022-09-02,withdrawn,,W-2\n")
               .roster[0]
               .withdrawn);
}

TEST_CASE("a second changes file may hold changes dated before the first file's") {
    // File 1: the payee changes on 1 Jan 2024. File 2, read after it: the hub changes on
    // 1 Jan 2023. Applied in date order, S7-01 is paid to 137083 in WM1 until 31 Dec 2022,
    // to 137083 in EM1 until 31 Dec 2023, then to 138412 in EM1.
    scenario s;
    s.set("sle_rate", "350.00", {"test", 1, ""});
    read_roster(s, roster_header + two_years, "roster.csv");
    read_changes(s,
                 "participant,date,field,value,reference\n"
                 "S7-01,2024-01-01,institution,138412,CH-1\n",
                 "one.csv");
    read_changes(s,
                 "participant,date,field,value,reference\n"
                 "S7-01,2023-01-01,hub,EM1,H-1\n",
                 "two.csv");
    s.validate();
    const participant& p = s.roster[0];
    REQUIRE(p.payees.size() == 2);
    CHECK(p.payees[0].from == mhfund_test::ymd(2023, 1, 1));
    CHECK(p.payees[0].institution == "137083");
    CHECK(p.payees[0].hub == "EM1");
    CHECK(p.payees[1].from == mhfund_test::ymd(2024, 1, 1));
    CHECK(p.payees[1].institution == "138412");
    CHECK(p.payees[1].hub == "EM1");
    // Listed in the order they apply: two.csv's change (index 1) first.
    CHECK(p.changes == std::vector<std::uint32_t>{1, 0});
    const forecast_result r =
        run(s, {dimension::hub, dimension::institution}, period_kind::academic_year);
    // Year 1 (W = 261, 87 weekdays before 1 Jan 2023): WM1 gets round_half_up(300,000 × 87 /
    // 261) = 100,000p (each line: 33,333 + 66,667), EM1 at 137083 the rest of year 1, 200,000p.
    CHECK(cell(r, {"WM1", "137083"}) == pence(100000));
    // Year 2 (1 Sep 2023 – 31 Aug 2024, W = 261; before 1 Jan 2024: Sep 21 + Oct 22 + Nov 22 +
    // Dec 21 = 86): central events 60,000 × 86 / 261 = 19,770.1 → 19,770; development
    // 160,000 × 86 / 261 = 52,720.3 → 52,720; PD Lead 80,000 × 86 / 261 = 26,360.2 → 26,360.
    CHECK(cell(r, {"EM1", "137083"}) == pence(200000 + 19770 + 52720 + 26360));
    CHECK(cell(r, {"EM1", "138412"}) == pence(300000 - 19770 - 52720 - 26360));
    CHECK(r.total == pence(600000));
}

TEST_CASE("two changes of one field on one date are refused across files too") {
    scenario s;
    read_roster(s, roster_header + two_years, "roster.csv");
    read_changes(s, "participant,date,field,value,reference\nS7-01,2023-01-01,hub,EM1,A\n",
                 "one.csv");
    const error e = error_from(errc::input, [&] {
        read_changes(s,
                     "participant,date,field,value,reference\n"
                     "S7-01,2023-01-01,institution,138412,B\n"
                     "S7-01,2023-01-01,hub,EE1,C\n",
                     "two.csv");
    });
    CHECK(e.where().file == "two.csv");
    CHECK(e.where().line == 3);
    CHECK(e.where().field == "date");
    CHECK(contains(e.what(), "'2023-01-01'"));
    CHECK(
        contains(e.what(), "expected one change of hub a day for S7-01 (the first at one.csv:2)"));
    // All or nothing: two.csv's valid first row was not applied either.
    CHECK(s.changes.size() == 1);
    CHECK(s.roster[0].payees.size() == 1);
    CHECK(s.roster[0].payees[0].institution == "137083");
}
