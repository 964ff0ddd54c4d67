// Forecasts: a scenario expanded into cost lines, phased over time by domain.md section 8's
// rules, and summed by any grouping and period. Weekday counts are counted by hand, month by
// month, in the comments; amounts are worked out with integer arithmetic in the comments.
#include <doctest/doctest.h>

#include <map>
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
using mhfund_test::ymd;

namespace {

std::string data_path(const std::string& name) {
    return std::string(MHFUND_SOURCE_DIR) + "/tests/data/" + name;
}

forecast_options options(std::vector<dimension> by, period_kind k) {
    forecast_options o;
    o.by = std::move(by);
    o.period = k;
    return o;
}

// The sum of the rows whose keys are `keys` and whose period is labelled `label`.
money cell(const forecast_result& r, const std::vector<std::string>& keys,
           const std::string& label) {
    money sum;
    for (const forecast_row& row : r.rows)
        if (row.keys == keys && row.when.label() == label) sum += row.amount;
    return sum;
}

// The sum of the rows labelled `label`, whatever their keys.
money period_total(const forecast_result& r, const std::string& label) {
    money sum;
    for (const forecast_row& row : r.rows)
        if (row.when.label() == label) sum += row.amount;
    return sum;
}

money sum_rows(const forecast_result& r) {
    money sum;
    for (const forecast_row& row : r.rows)
        sum += row.amount;
    return sum;
}

const cost_line& find_line(const expansion& e, const scenario& s, const std::string& participant,
                           int year, const std::string& category) {
    for (const cost_line& l : e.lines)
        if (l.kind == cost_line::subject_kind::participant &&
            s.roster[l.subject].id == participant && l.year == year && l.category == category)
            return l;
    FAIL("no line ", participant, " year ", year, " ", category);
    return e.lines.front();  // not reached
}

constexpr period_kind all_periods[] = {period_kind::academic_year, period_kind::financial_year,
                                       period_kind::term, period_kind::month};

// Rule 9: the grand total is the same whatever the grouping or period, to the penny, and the
// sum of each participant's (and Work Group's) lines is the same on every basis. Returns the
// grand total.
money check_reconciles(const scenario& s) {
    const expansion e = expand(s);
    const money grand = summarise(e, options({}, period_kind::academic_year)).total;
    std::map<std::string, money> first_by_subject;
    for (period_kind k : all_periods) {
        INFO("period ", to_string(k));
        const forecast_result flat = summarise(e, options({}, k));
        CHECK(flat.total == grand);
        CHECK(sum_rows(flat) == grand);
        for (dimension d : {dimension::institution, dimension::programme, dimension::cost_type,
                            dimension::hub, dimension::year}) {
            INFO("by ", to_string(d));
            const forecast_result r = summarise(e, options({d}, k));
            CHECK(r.total == grand);
            CHECK(sum_rows(r) == grand);
        }
        const forecast_result per =
            summarise(e, options({dimension::participant, dimension::workgroup}, k));
        CHECK(sum_rows(per) == grand);
        std::map<std::string, money> by_subject;
        for (const forecast_row& row : per.rows)
            by_subject[row.keys[0] + "|" + row.keys[1]] += row.amount;
        if (first_by_subject.empty())
            first_by_subject = by_subject;
        else
            CHECK(by_subject == first_by_subject);
    }
    // Without a horizon, every line's kept amount is in the forecast.
    if (s.years.empty()) {
        money kept;
        std::map<std::string, money> kept_by_subject;
        for (const cost_line& l : e.lines) {
            kept += l.kept;
            const std::string key = l.kind == cost_line::subject_kind::participant
                                        ? s.roster[l.subject].id + "|"
                                        : "|" + s.departments[l.subject].workgroup;
            kept_by_subject[key] += l.kept;
        }
        CHECK(kept == grand);
        CHECK(kept_by_subject == first_by_subject);
    }
    CHECK(run_forecast(s, options({dimension::category}, period_kind::month)).total == grand);
    return grand;
}

// The total of one participant's lines in a forecast with no horizon.
money participant_total(const scenario& s, const std::string& id) {
    return sum_rows([&] {
        forecast_result r =
            run_forecast(s, options({dimension::participant}, period_kind::academic_year));
        std::vector<forecast_row> keep;
        for (const forecast_row& row : r.rows)
            if (row.keys[0] == id) keep.push_back(row);
        r.rows = keep;
        return r;
    }());
}

}  // namespace

TEST_CASE("FE trailblazer year 1 central events split between 2022/23 and 2023/24 (rule 5)") {
    const scenario s = load_scenario_file(data_path("trailblazer.toml"));
    const expansion e = expand(s);
    const cost_line& central = find_line(e, s, "FT-01", 1, "central_events");
    CHECK(central.amount == pence(240000));  // 6 days × 40,000p
    CHECK(central.window.begin == ymd(2023, 1, 1));
    CHECK(central.window.end == ymd(2024, 1, 1));

    // Weekdays of 2023 (1 Jan is a Sunday), month by month:
    // Jan 22, Feb 20, Mar 23, Apr 20, May 23, Jun 22, Jul 21, Aug 23 = 174 before 1 Sep;
    // Sep 21, Oct 22, Nov 22, Dec 21 = 86; W = 174 + 86 = 260.
    CHECK(weekdays(central.window) == 260);
    CHECK(weekdays({central.window.begin, ymd(2023, 9, 1)}) == 174);

    // 2022/23: round_half_up(240,000 × 174 / 260) = round_half_up(160,615.38…) = 160,615p
    // 2023/24: 240,000 − 160,615 = 79,385p
    const std::vector<int64_t> w{1, 1, 1};
    CHECK(central.share(ymd(2022, 9, 1), ymd(2023, 9, 1), w, s.terms) == pence(160615));
    CHECK(central.share(ymd(2023, 9, 1), ymd(2024, 9, 1), w, s.terms) == pence(79385));
    // Periods outside the window get nothing; the whole window gets the whole line.
    CHECK(central.share(ymd(2022, 1, 1), ymd(2023, 1, 1), w, s.terms) == money{});
    CHECK(central.share(ymd(2024, 1, 1), ymd(2025, 1, 1), w, s.terms) == money{});
    CHECK(central.share(ymd(2020, 1, 1), ymd(2030, 1, 1), w, s.terms) == pence(240000));
    CHECK(central.share(ymd(2023, 9, 1), ymd(2023, 9, 1), w, s.terms) == money{});

    const forecast_result r = run_forecast(
        s, options({dimension::year, dimension::category}, period_kind::academic_year));
    CHECK(cell(r, {"1", "central_events"}, "2022/23") == pence(160615));
    CHECK(cell(r, {"1", "central_events"}, "2023/24") == pence(79385));
}

TEST_CASE("the whole FE trailblazer year 1 (£6,000.00) by academic and financial year") {
    const scenario s = load_scenario_file(data_path("trailblazer.toml"));
    const forecast_result ay =
        run_forecast(s, options({dimension::year}, period_kind::academic_year));
    // Central events (above): 160,615p + 79,385p.
    // Practice-based work, 9 days × 40,000p = 360,000p:
    //   2022/23: round_half_up(360,000 × 174 / 260) = round_half_up(240,923.07…) = 240,923p
    //   2023/24: 360,000 − 240,923 = 119,077p
    // Year 1: 2022/23 = 160,615 + 240,923 = 401,538p; 2023/24 = 79,385 + 119,077 = 198,462p.
    CHECK(cell(ay, {"1"}, "2022/23") == pence(401538));
    CHECK(cell(ay, {"1"}, "2023/24") == pence(198462));
    CHECK(cell(ay, {"1"}, "2022/23") + cell(ay, {"1"}, "2023/24") == pence(600000));

    // FY2022-23 holds Jan–Mar 2023: 22 + 20 + 23 = 65 weekdays, a quarter of 260, so
    // 240,000 / 4 + 360,000 / 4 = 60,000 + 90,000 = 150,000p exactly; FY2023-24 the rest.
    const forecast_result fy =
        run_forecast(s, options({dimension::year}, period_kind::financial_year));
    CHECK(cell(fy, {"1"}, "FY2022-23") == pence(150000));
    CHECK(cell(fy, {"1"}, "FY2023-24") == pence(450000));

    // The trailblazer's two years: 2 × 600,000p = 1,200,000p.
    CHECK(check_reconciles(s) == pence(1200000));
}

TEST_CASE("a specialist withdrawing in year 2 keeps each line's weekday share (rule 6)") {
    const scenario s = load_scenario_file(data_path("withdrawal.toml"));
    // No SLE rate is set anywhere, and yet no error: year 3 starts on 2024-09-01, after the
    // withdrawal on 2023-12-01, so it is not priced at all.
    CHECK(s.cat.rates().get("sle").values.empty());
    const expansion e = expand(s);
    for (const cost_line& l : e.lines)
        CHECK(l.year != 3);
    CHECK(e.lines.size() == 5);  // year 1: 2 lines; year 2: 3 lines

    // Year 1 ends before the withdrawal: kept in full.
    CHECK(find_line(e, s, "S7-10", 1, "central_events").kept == pence(100000));
    CHECK(find_line(e, s, "S7-10", 1, "personal_development").kept == pence(200000));

    // Year 2, window [2023-09-01, 2024-09-01): 366 days from a Friday, 52 weeks and a Friday
    // and Saturday over: W = 52 × 5 + 1 = 261.
    // Weekdays before Friday 1 December 2023: Sep 21 + Oct 22 + Nov 22 = C(D) = 65.
    const cost_line& central = find_line(e, s, "S7-10", 2, "central_events");
    CHECK(weekdays(central.window) == 261);
    CHECK(weekdays({central.window.begin, ymd(2023, 12, 1)}) == 65);
    REQUIRE(central.withdrawn.has_value());
    CHECK(*central.withdrawn == ymd(2023, 12, 1));
    // central events, 60,000p: 60,000 × 65 / 261 = 3,900,000 / 261 = 14,942 r 138 → 14,943p
    CHECK(central.amount == pence(60000));
    CHECK(central.kept == pence(14943));
    // development, 160,000p: 10,400,000 / 261 = 39,846 r 194 → 39,847p
    CHECK(find_line(e, s, "S7-10", 2, "development").kept == pence(39847));
    // PD Lead, 80,000p: 5,200,000 / 261 = 19,923 r 97 → 19,923p
    CHECK(find_line(e, s, "S7-10", 2, "pd_lead_accreditation").kept == pence(19923));

    // Nothing is phased on or after the withdrawal date; September 2023 gets its own share:
    // round_half_up(60,000 × 21 / 261) = 1,260,000 / 261 = 4,827 r 153 → 4,828p.
    const std::vector<int64_t> w{1, 1, 1};
    CHECK(central.share(ymd(2023, 12, 1), ymd(2024, 9, 1), w, s.terms) == money{});
    CHECK(central.share(ymd(2023, 9, 1), ymd(2023, 10, 1), w, s.terms) == pence(4828));
    CHECK(central.share(ymd(2023, 9, 1), ymd(2024, 9, 1), w, s.terms) == pence(14943));

    // Year 2 kept: 14,943 + 39,847 + 19,923 = 74,713p, all in the autumn term of 2023/24.
    const forecast_result terms = run_forecast(s, options({dimension::year}, period_kind::term));
    CHECK(cell(terms, {"2"}, "2023/24 autumn") == pence(74713));
    CHECK(cell(terms, {"2"}, "2023/24 spring") == money{});
    // Whole: 300,000 + 74,713 = 374,713p on every basis.
    CHECK(check_reconciles(s) == pence(374713));
    CHECK(participant_total(s, "S7-10") == pence(374713));
}

TEST_CASE("a withdrawal on the first day of a programme year drops that year entirely") {
    // Withdrawn on 2024-09-01, the first day of year 3: years 1 and 2 are kept whole (their
    // windows end on or before the withdrawal), year 3 is not priced, so no SLE rate is needed.
    scenario s;
    read_roster(s,
                "participant,hub,programme,edition,cohort,start,institution,trn,"
                "pd_lead_accredited,withdrawn,sle_days\n"
                "S7-11,WM1,sms,sms-2022-cohort7,7,,137083,,no,2024-09-01,20\n",
                "roster.csv");
    const expansion e = expand(s);
    CHECK(e.lines.size() == 5);  // 2 lines in year 1, 3 in year 2
    for (const cost_line& l : e.lines) {
        CHECK(l.year <= 2);
        CHECK(l.kept == l.amount);
    }
    CHECK(check_reconciles(s) == pence(600000));  // 300,000 + 300,000

    // Withdrawn on 2023-09-01, the first day of year 2: only year 1, whole.
    scenario early;
    read_roster(early,
                "participant,hub,programme,edition,cohort,start,institution,trn,"
                "pd_lead_accredited,withdrawn,sle_days\n"
                "S7-12,WM1,sms,sms-2022-cohort7,7,,137083,,no,2023-09-01,20\n",
                "roster.csv");
    const expansion e1 = expand(early);
    CHECK(e1.lines.size() == 2);
    for (const cost_line& l : e1.lines)
        CHECK(l.year == 1);
    CHECK(check_reconciles(early) == pence(300000));
}

TEST_CASE("without the withdrawal the same specialist's year 3 needs the SLE rate") {
    // The control for the test above: the roster row minus its withdrawal date.
    scenario s;
    read_roster(s,
                "participant,hub,programme,edition,cohort,start,institution,trn,"
                "pd_lead_accredited,withdrawn,sle_days\n"
                "S7-10,WM1,sms,sms-2022-cohort7,7,,137083,1234567,no,,20\n",
                "roster.csv");
    const error e = error_from(errc::input, [&] { expand(s); });
    INFO(e.what());
    CHECK(contains(e.what(), "sle_rate"));
    CHECK(contains(e.what(), "S7-10"));
    CHECK(contains(e.what(), "roster.csv:2:"));
    // With the rate set, year 3 is 20 days × 35,000p = 700,000p.
    s.set("sle_rate", "350.00", {});
    CHECK(check_reconciles(s) == pence(300000 + 300000 + 700000));
}

TEST_CASE(
    "Work Group grants land on 1 September 2024, in FY2024-25, and survive the lead's "
    "withdrawal") {
    const scenario s = load_scenario_file(data_path("lead-withdrawn.toml"));
    CHECK(s.cat.rates().get("sle").values.empty());  // not needed: the lead's year 3 is gone
    const expansion e = expand(s);
    int grants = 0;
    for (const cost_line& l : e.lines) {
        if (l.kind != cost_line::subject_kind::department) {
            CHECK(l.year != 3);
            continue;
        }
        ++grants;
        CHECK(l.type == cost_type::grant);
        CHECK(l.amount == pence(200000));
        CHECK(l.kept == pence(200000));  // not cut by the lead's withdrawal on 2024-03-01
        CHECK_FALSE(l.withdrawn.has_value());
        CHECK(l.method == phasing::lump);
    }
    CHECK(grants == 2);

    // Rule 7: a lump dated 1 September 2024 — FY2024-25 (1 Apr 2024 – 31 Mar 2025), the month
    // 2024-09, the autumn term of 2024/25.
    const std::vector<dimension> by{dimension::workgroup};
    CHECK(cell(run_forecast(s, options(by, period_kind::financial_year)), {"WG-A"}, "FY2024-25") ==
          pence(400000));
    CHECK(cell(run_forecast(s, options(by, period_kind::month)), {"WG-A"}, "2024-09") ==
          pence(400000));
    CHECK(cell(run_forecast(s, options(by, period_kind::term)), {"WG-A"}, "2024/25 autumn") ==
          pence(400000));
    CHECK(cell(run_forecast(s, options(by, period_kind::academic_year)), {"WG-A"}, "2024/25") ==
          pence(400000));

    // The lead, withdrawn Friday 1 March 2024 in year 2 (W = 261, as above): weekdays before
    // it are Sep 21 + Oct 22 + Nov 22 + Dec 21 + Jan 23 + Feb 21 (2024 is a leap year) = 130.
    //   central 60,000 × 130 / 261 = 7,800,000 / 261 = 29,885 r 15 → 29,885p
    //   development 160,000 × 130 / 261 = 20,800,000 / 261 = 79,693 r 127 → 79,693p
    //   PD Lead 80,000 × 130 / 261 = 10,400,000 / 261 = 39,846 r 194 → 39,847p
    // Lead: 300,000 + 29,885 + 79,693 + 39,847 = 449,425p; with the grants 849,425p.
    CHECK(find_line(e, s, "S7-01", 2, "development").kept == pence(79693));
    CHECK(participant_total(s, "S7-01") == pence(449425));
    CHECK(check_reconciles(s) == pence(849425));

    const std::string text = explain_workgroup(s, "WG-A");
    INFO(text);
    CHECK(contains(text, "withdrawn 2024-03-01"));
    CHECK(contains(text, "£4,000.00"));
}

TEST_CASE("the default scenario's grand total, derived by hand from the default roster") {
    const scenario s = default_scenario();
    // FE (004, £400/day):
    //   FT-01, FT-02 (trailblazers), F1-01: 2 years × 15 days × 40,000p = 1,200,000p each
    //   F1-02 (accredited PD Lead, policy unfunded): 600,000 + 11 × 40,000 = 1,040,000p
    //   FE: 3 × 1,200,000 + 1,040,000 = 4,640,000p
    CHECK(participant_total(s, "FT-01") == pence(1200000));
    CHECK(participant_total(s, "FT-02") == pence(1200000));
    CHECK(participant_total(s, "F1-01") == pence(1200000));
    CHECK(participant_total(s, "F1-02") == pence(1040000));
    // SMS (000, £200/day; year 3: 20 SLE days at the example £350.00):
    //   S7-01, S7-03: 300,000 + 300,000 + 20 × 35,000 = 1,300,000p each
    //   S7-02 (accredited): 300,000 + 11 × 20,000 + 700,000 = 1,220,000p
    CHECK(participant_total(s, "S7-01") == pence(1300000));
    CHECK(participant_total(s, "S7-03") == pence(1300000));
    CHECK(participant_total(s, "S7-02") == pence(1220000));
    //   S7-04, withdrawn Thursday 15 February 2024 in year 2 (window from 2023-09-01, W = 261):
    //   C(D) = Sep 21 + Oct 22 + Nov 22 + Dec 21 + Jan 23 + 1–14 Feb 10 = 119.
    //     central 60,000 × 119 / 261 = 7,140,000 / 261 = 27,356 r 84 → 27,356p
    //     development 160,000 × 119 / 261 = 19,040,000 / 261 = 72,950 r 50 → 72,950p
    //     PD Lead 80,000 × 119 / 261 = 9,520,000 / 261 = 36,475 r 25 → 36,475p
    //   S7-04: 300,000 + 27,356 + 72,950 + 36,475 = 436,781p; year 3 not priced.
    CHECK(participant_total(s, "S7-04") == pence(436781));
    //   SMS: 2 × 1,300,000 + 1,220,000 + 436,781 = 4,256,781p
    // Work Groups (002, 003): 4 departments × 200,000p = 800,000p
    // Grand total: 4,640,000 + 4,256,781 + 800,000 = 9,696,781p = £96,967.81
    CHECK(check_reconciles(s) == pence(9696781));

    const forecast_result by_programme =
        run_forecast(s, options({dimension::programme}, period_kind::academic_year));
    money fe, sms, wg;
    for (const forecast_row& row : by_programme.rows) {
        if (row.keys[0] == "fe") fe += row.amount;
        if (row.keys[0] == "sms") sms += row.amount;
        if (row.keys[0] == "workgroup") wg += row.amount;
    }
    CHECK(fe == pence(4640000));
    CHECK(sms == pence(4256781));
    CHECK(wg == pence(800000));
}

TEST_CASE("a forecast for 2024/25 only reconciles on every period type") {
    const scenario s = load_scenario_file(data_path("horizon-2024-25.toml"));
    REQUIRE(s.years.size() == 1);
    const forecast_result r = run_forecast(s, options({}, period_kind::month));
    CHECK(r.horizon.begin == ymd(2024, 9, 1));
    CHECK(r.horizon.end == ymd(2025, 9, 1));
    for (const forecast_row& row : r.rows) {
        CHECK(ymd(2024, 9, 1) <= row.when.range.begin);
        CHECK(row.when.range.begin < ymd(2025, 9, 1));
    }
    // What falls in 2024/25, by hand:
    //   SMS year 3 (window = 2024/25): S7-01, S7-02, S7-03 × 20 × 35,000p = 2,100,000p
    //   Work Groups: 4 × 200,000p = 800,000p
    //   F1-01 year 2 (window = 2024/25): 600,000p; F1-02 (accredited): 440,000p
    //   FT-01, FT-02 year 2, window [2024-01-01, 2025-01-01): 2024 starts on a Monday and has
    //   366 days, W = 52 × 5 + 2 = 262; weekdays before 1 Sep 2024: Jan 23, Feb 21, Mar 21,
    //   Apr 22, May 23, Jun 20, Jul 23, Aug 22 = 175. The 2024/25 part is A − round(A×175/262):
    //     central 120,000: 21,000,000 / 262 = 80,152 r 176 → 80,153; 2024/25: 39,847p
    //     development 320,000: 56,000,000 / 262 = 213,740 r 120 → 213,740; 2024/25: 106,260p
    //     PD Lead 160,000: 28,000,000 / 262 = 106,870 r 60 → 106,870; 2024/25: 53,130p
    //     each trailblazer 39,847 + 106,260 + 53,130 = 199,237p; both 398,474p
    //   Total: 2,100,000 + 800,000 + 600,000 + 440,000 + 398,474 = 4,338,474p
    CHECK(check_reconciles(s) == pence(4338474));
    const forecast_result ay = run_forecast(s, options({}, period_kind::academic_year));
    REQUIRE(ay.rows.size() == 1);
    CHECK(ay.rows[0].when.label() == "2024/25");
    // Financial years split the horizon at 1 April 2025.
    const forecast_result fy = run_forecast(s, options({}, period_kind::financial_year));
    CHECK(period_total(fy, "FY2024-25") + period_total(fy, "FY2025-26") == pence(4338474));
    CHECK(period_total(fy, "FY2023-24") == money{});
}

TEST_CASE("term phasing with equal weights splits a £3,000 year 1 into thirds exactly") {
    const scenario s = load_scenario_file(data_path("term-phasing.toml"));
    CHECK(s.release_phasing == phasing::terms);
    const forecast_result r = run_forecast(s, options({dimension::category}, period_kind::term));
    // Each line on its own, by cumulative rounding of the weights 1,1,1:
    //   central events 100,000p: round(100,000/3) = 33,333; round(200,000/3) = 66,667
    //     → 33,333 / 33,334 / 33,333
    //   personal development 200,000p: round(200,000/3) = 66,667; round(400,000/3) = 133,333
    //     → 66,667 / 66,666 / 66,667
    CHECK(cell(r, {"central_events"}, "2022/23 autumn") == pence(33333));
    CHECK(cell(r, {"central_events"}, "2022/23 spring") == pence(33334));
    CHECK(cell(r, {"central_events"}, "2022/23 summer") == pence(33333));
    CHECK(cell(r, {"personal_development"}, "2022/23 autumn") == pence(66667));
    CHECK(cell(r, {"personal_development"}, "2022/23 spring") == pence(66666));
    CHECK(cell(r, {"personal_development"}, "2022/23 summer") == pence(66667));
    // So each term gets exactly 100,000p = £1,000.00.
    for (const char* term : {"2022/23 autumn", "2022/23 spring", "2022/23 summer"})
        CHECK(period_total(r, term) == pence(100000));
    // Each term's share is dated on its first day: by month, September, January and April.
    const forecast_result months = run_forecast(s, options({}, period_kind::month));
    CHECK(period_total(months, "2022-09") == pence(100000));
    CHECK(period_total(months, "2023-01") == pence(100000));
    CHECK(period_total(months, "2023-04") == pence(100000));
    CHECK(check_reconciles(s) == pence(300000));
}

TEST_CASE("term weights 4,3,3 split each line by cumulative rounding") {
    scenario s = load_scenario_file(data_path("term-phasing.toml"));
    s.set("term_weights", "4,3,3", {});
    const forecast_result r = run_forecast(s, options({}, period_kind::term));
    // 300,000p in the lines 100,000 and 200,000: 4/10, 3/10, 3/10 of each are whole pence.
    CHECK(period_total(r, "2022/23 autumn") == pence(120000));
    CHECK(period_total(r, "2022/23 spring") == pence(90000));
    CHECK(period_total(r, "2022/23 summer") == pence(90000));
}

TEST_CASE("a hub's own term dates move the term boundaries") {
    // Weekday phasing of SMS year 1 (window [2022-09-01, 2023-09-01), W = 261: Sep 22, Oct 21,
    // Nov 22, Dec 22 = 87 in 2022, then 174 in Jan–Aug 2023), reported by term.
    const std::string base =
        "name = \"terms\"\n"
        "hub = \"WM1\"\n"
        "years = [\"2022/23\"]\n"
        "roster = \"one-specialist-roster.csv\"\n";
    const std::string dir = std::string(MHFUND_SOURCE_DIR) + "/tests/data";

    // Default terms: spring from 1 Jan (C = 87), summer from 1 Apr (C = 87 + 65 = 152).
    //   100,000p line: 8,700,000/261 = 33,333 r 87 → 33,333; 15,200,000/261 = 58,237 r 143
    //     → 58,238
    //   200,000p line: 17,400,000/261 = 66,666 r 174 → 66,667; 30,400,000/261 = 116,475 r 25
    //     → 116,475
    //   autumn 33,333 + 66,667 = 100,000; spring (58,238 − 33,333) + (116,475 − 66,667)
    //   = 24,905 + 49,808 = 74,713; summer 41,762 + 83,525 = 125,287
    const scenario plain = load_scenario_text(base, "terms.toml", dir);
    const forecast_result d = run_forecast(plain, options({}, period_kind::term));
    CHECK(period_total(d, "2022/23 autumn") == pence(100000));
    CHECK(period_total(d, "2022/23 spring") == pence(74713));
    CHECK(period_total(d, "2022/23 summer") == pence(125287));

    // Hub terms: spring from Wed 4 Jan 2023 (C = 87 + Mon 2, Tue 3 = 89), summer from Mon
    // 17 Apr 2023 (C = 87 + 65 + 1–16 Apr 10 = 162).
    //   100,000p: 8,900,000/261 = 34,099 r 161 → 34,100; 16,200,000/261 = 62,068 r 252 → 62,069
    //   200,000p: 17,800,000/261 = 68,199 r 61 → 68,199; 32,400,000/261 = 124,137 r 243
    //     → 124,138
    //   autumn 34,100 + 68,199 = 102,299; spring 27,969 + 55,939 = 83,908;
    //   summer 37,931 + 75,862 = 113,793 (sum 300,000)
    const scenario hub = load_scenario_text(base +
                                                "[terms.\"2022/23\"]\n"
                                                "spring = 2023-01-04\n"
                                                "summer = 2023-04-17\n",
                                            "terms.toml", dir);
    const forecast_result h = run_forecast(hub, options({}, period_kind::term));
    CHECK(period_total(h, "2022/23 autumn") == pence(102299));
    CHECK(period_total(h, "2022/23 spring") == pence(83908));
    CHECK(period_total(h, "2022/23 summer") == pence(113793));
    CHECK(check_reconciles(hub) == pence(300000));

    // Under term phasing, a summer term from Mon 27 Mar 2023 dates its third in March, so all
    // of year 1 falls in FY2022-23 (with default terms, summer's 100,000p is in FY2023-24).
    scenario early = load_scenario_text(base +
                                            "[settings]\n"
                                            "release_phasing = \"terms\"\n"
                                            "[terms.\"2022/23\"]\n"
                                            "spring = 2023-01-04\n"
                                            "summer = 2023-03-27\n",
                                        "terms.toml", dir);
    const forecast_result fy = run_forecast(early, options({}, period_kind::financial_year));
    CHECK(period_total(fy, "FY2022-23") == pence(300000));
    const scenario defaults = load_scenario_file(data_path("term-phasing.toml"));
    const forecast_result fy_default =
        run_forecast(defaults, options({}, period_kind::financial_year));
    CHECK(period_total(fy_default, "FY2022-23") == pence(200000));
    CHECK(period_total(fy_default, "FY2023-24") == pence(100000));
}

TEST_CASE("explain shows a trailblazer's split and a withdrawal's arithmetic") {
    const scenario s = default_scenario();
    const std::string ft = explain_participant(s, "FT-01");
    INFO(ft);
    CHECK(contains(ft, "£1,606.15"));  // rule 5's worked example
    CHECK(contains(ft, "2023-01-01"));
    CHECK(contains(ft, "£12,000.00"));  // 2 × £6,000.00

    const std::string s704 = explain_participant(s, "S7-04");
    INFO(s704);
    CHECK(contains(s704, "withdrawn 2024-02-15"));
    CHECK(contains(s704, "27356p"));  // central events kept, worked out above
    CHECK(contains(s704, "£4,367.81"));
}

TEST_CASE("explaining an unknown participant or Work Group is an input error") {
    const scenario s = default_scenario();
    CHECK(contains(error_from(errc::input, [&] { explain_participant(s, "ZZ-99"); }).what(),
                   "ZZ-99"));
    CHECK(contains(error_from(errc::input, [&] { explain_workgroup(s, "WG-Z"); }).what(), "WG-Z"));
}

namespace {
/// The release-check warnings of an expansion (the plan checks' are not these).
std::vector<finding> release_warnings(const expansion& e) {
    std::vector<finding> out;
    for (const finding& w : e.warnings)
        if (w.kind == "workgroup.release_exceeds_grant") out.push_back(w);
    return out;
}
}  // namespace

TEST_CASE("a Work Group whose committed release costs more than its grant is warned about") {
    scenario s = default_scenario();
    // 6 meetings × ½ day × 2 teachers = 6 days + at least 4 in-school days = 10 days (003's
    // form: at least 10) × £200.00 = £2,000.00, covered.
    CHECK(release_warnings(expand(s)).empty());
    // A hub rate of £250.00 from 2024/25: 10 days × 25,000p = 250,000p > 200,000p.
    s.cat.rates().set("secondary_release",
                      {ymd(2024, 9, 1), money::from_pounds(250), "test", true});
    const std::vector<finding> w = release_warnings(expand(s));
    REQUIRE(w.size() == 1);
    CHECK(contains(w[0].text, "EXCEEDS"));
    CHECK(contains(w[0].text, "£2,500.00"));
}

TEST_CASE("the release check counts the meetings setting") {
    scenario s = default_scenario();
    // The form's four meetings: 4 days + 4–6 in-school days, within its 10 days: covered.
    s.set("meetings", "4", {});
    CHECK(release_warnings(expand(s)).empty());
    // Eight meetings: 8 days + at least 4 in-school days = 12 days × £200.00 = £2,400.00.
    s.set("meetings", "8", {});
    const std::vector<finding> w = release_warnings(expand(s));
    REQUIRE(w.size() == 1);
    CHECK(contains(w[0].text,
                   "committed release 12–14 days × £200.00 secondary release day = "
                   "£2,400.00–£2,800.00 EXCEEDS the £2,000.00 grant per department "
                   "(8 half-day meetings × 2 teachers = 8 days"));
}
