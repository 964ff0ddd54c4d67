// The outturn as of a date T (domain.md 9.4, rules 12 and 13), each term derived by hand on
// tests/data/claims/scenario.toml: S7-01 … S7-04 (sms-2022-cohort7 from 1 Sep 2022, £200 a day
// in years 1–2, 000), S7-04 withdrawn on 15 Feb 2024; Work Groups WG-A (141120, 143557) and
// WG-B (139804, 144219), wg-2024, £2,000 a department dated 1 Sep 2024 (003).
//
// Weekdays used below (Mon–Fri; bank holidays not excluded):
// - year 1 window 2022-09-01 (Thu) – 2023-08-31: W = 261 (365 days = 52 weeks + a Thursday).
//   Sep 2022 22, Oct 21, Nov 22, Dec 22: C(2023-01-01) = 87; 261 − 87 = 174 from T on.
//   Jan 2023 22, Feb 20, Mar 23: C(2023-03-01) = 129, C(2023-04-01) = 152.
// - year 2 window 2023-09-01 (Fri) – 2024-08-31: W = 261 (366 days = 52 weeks + 2 days,
//   Fri and Sat). Sep 2023 21, Oct 22, Nov 22, Dec 21: C(2024-01-01) = 86. Jan 2024 23,
//   1–14 Feb 2024 10: C(2024-02-15) = 119.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "mhfund/outturn.hpp"

#include "support.hpp"

using namespace mhfund;
using mhfund_test::contains;
using mhfund_test::message_of;

namespace {

const std::string data_dir = std::string(MHFUND_TEST_DATA_DIR) + "/data/claims/";

scenario sample() {
    return load_scenario_file(data_dir + "scenario.toml");
}

const std::string head =
    "participant,workgroup,date,category,days,amount,reference,institution,paid\n";

outturn_result outturn(const scenario& s, const std::string& csv, date t,
                       std::vector<dimension> by = {dimension::participant, dimension::category},
                       period_kind k = period_kind::term) {
    outturn_options o;
    o.by = std::move(by);
    o.period = k;
    o.as_of = t;
    return run_outturn(s, read_claims(csv, "claims.csv"), o);
}

const outturn_line* line(const outturn_result& r, const std::string& subject, int year,
                         const std::string& category, const std::string& institution = "") {
    for (const outturn_line& l : r.lines) {
        const claim_balance& b = r.claims.balances[l.balance];
        if (b.subject == subject && b.year == year && b.category == category &&
            b.institution == institution)
            return &l;
    }
    return nullptr;
}

/// The row of `keys` in the period labelled `label`, or nullptr.
const outturn_row* row(const outturn_result& r, const std::vector<std::string>& keys,
                       const std::string& label) {
    for (const outturn_row& x : r.rows)
        if (x.keys == keys && x.when.label() == label) return &x;
    return nullptr;
}

money p(int64_t pence) {
    return money::from_pence(pence);
}

}  // namespace

TEST_CASE("under-claimed: U is what the forecast accrued by T less the claims") {
    // S7-01 year 1 central events: 5 days × £200 = £1,000.00 (000). T = 2023-01-01:
    // F = round_half_up(100,000 × 87 / 261) = 33,333p. One day claimed (£200): U = 13,333p.
    // R = 100,000 − max(33,333, 20,000) = 66,667p.
    const outturn_result r =
        outturn(sample(), head + "S7-01,,2022-10-12,central_events,1,,C-1,,\n", date(2023, 1, 1));
    const outturn_line* l = line(r, "S7-01", 1, "central_events");
    REQUIRE(l);
    CHECK(l->allocated == p(100000));
    CHECK(l->accrued == p(33333));
    CHECK(l->claimed == p(20000));
    CHECK(l->unclaimed == p(13333));
    CHECK(l->to_come == p(66667));
    CHECK(l->outturn == p(100000));
    CHECK_FALSE(l->over_claimed);
    // By term: the claim in autumn 2022; U on T (1 Jan 2023, spring); R over the 174 weekdays
    // from T: spring has 65 (22 + 20 + 23), round_half_up(66,667 × 65 / 174) = 24,904p;
    // summer the rest, 41,763p.
    const std::vector<std::string> keys{"S7-01", "central_events"};
    const outturn_row* autumn = row(r, keys, "2022/23 autumn");
    const outturn_row* spring = row(r, keys, "2022/23 spring");
    const outturn_row* summer = row(r, keys, "2022/23 summer");
    REQUIRE(autumn);
    REQUIRE(spring);
    REQUIRE(summer);
    CHECK(autumn->actual == p(20000));
    CHECK(autumn->outturn == p(20000));
    CHECK(spring->unclaimed == p(13333));
    CHECK(spring->to_come == p(24904));
    CHECK(spring->outturn == p(38237));
    CHECK(summer->to_come == p(41763));
    CHECK(autumn->outturn + spring->outturn + summer->outturn == p(100000));
}

TEST_CASE("claimed ahead of the phasing: nothing unclaimed, R shrinks") {
    // S7-01 year 1 personal development: 10 days × £200 = £2,000.00. F by 2023-01-01 =
    // round_half_up(200,000 × 87 / 261) = 66,667p; 8 days claimed = 160,000p > F.
    const outturn_result r = outturn(
        sample(), head + "S7-01,,2022-11-15,personal_development,8,,D-1,,\n", date(2023, 1, 1));
    const outturn_line* l = line(r, "S7-01", 1, "personal_development");
    REQUIRE(l);
    CHECK(l->accrued == p(66667));
    CHECK(l->unclaimed == money{});
    CHECK(l->to_come == p(40000));
    CHECK(l->outturn == p(200000));
    // R over the 174 weekdays from T: spring round_half_up(40,000 × 65 / 174) = 14,943p.
    const outturn_row* spring = row(r, {"S7-01", "personal_development"}, "2022/23 spring");
    REQUIRE(spring);
    CHECK(spring->to_come == p(14943));
    CHECK(spring->unclaimed == money{});
}

TEST_CASE("over-claimed: a finding, and the outturn is what was claimed") {
    // S7-02 year 1 central events: £1,000.00 allocated, 6 days = £1,200.00 claimed before T.
    const outturn_result r =
        outturn(sample(), head + "S7-02,,2022-10-12,central_events,6,,O-1,,\n", date(2023, 1, 1));
    const outturn_line* l = line(r, "S7-02", 1, "central_events");
    REQUIRE(l);
    CHECK(l->claimed == p(120000));
    CHECK(l->unclaimed == money{});
    CHECK(l->to_come == money{});
    CHECK(l->outturn == p(120000));
    CHECK(l->over_claimed);
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].what == claim_finding::kind::over_allocation);
    CHECK(r.findings[0].where.line == 2);
    CHECK(contains(r.findings[0].message, "£1,200.00"));
    CHECK(contains(r.findings[0].message, "by £200.00"));
    // The same claim after T is not yet actual: no finding, and the line is the forecast.
    const outturn_result later =
        outturn(sample(), head + "S7-02,,2023-01-01,central_events,6,,O-1,,\n", date(2023, 1, 1));
    CHECK(later.findings.empty());
    CHECK(line(later, "S7-02", 1, "central_events")->outturn == p(100000));
}

TEST_CASE("grants: claimed, unclaimed before T, and still to come after T") {
    // WG-A's two departments, £2,000.00 each, dated 1 Sep 2024 (rule 7). 141120 claims its
    // grant on 1 Oct 2024; 143557 has not.
    const std::string csv = head + ",WG-A,2024-10-01,department_grant,,2000.00,G-1,141120,\n";
    const std::vector<dimension> by{dimension::workgroup, dimension::institution};
    // T = 2024-10-15, after the grants' date: F = A for both.
    const outturn_result r = outturn(sample(), csv, date(2024, 10, 15), by);
    const outturn_line* claimed = line(r, "WG-A", 1, "department_grant", "141120");
    const outturn_line* unclaimed = line(r, "WG-A", 1, "department_grant", "143557");
    REQUIRE(claimed);
    REQUIRE(unclaimed);
    CHECK(claimed->claimed == p(200000));
    CHECK(claimed->unclaimed == money{});
    CHECK(claimed->to_come == money{});
    CHECK(unclaimed->unclaimed == p(200000));
    CHECK(unclaimed->to_come == money{});
    const outturn_row* u = row(r, {"WG-A", "143557"}, "2024/25 autumn");
    REQUIRE(u);
    CHECK(u->unclaimed == p(200000));
    // T = 2024-08-01, before the grants' date: R on the date, in autumn 2024.
    const outturn_result before = outturn(sample(), csv, date(2024, 8, 1), by);
    const outturn_line* b = line(before, "WG-A", 1, "department_grant", "143557");
    REQUIRE(b);
    CHECK(b->accrued == money{});
    CHECK(b->to_come == p(200000));
    const outturn_row* rb = row(before, {"WG-A", "143557"}, "2024/25 autumn");
    REQUIRE(rb);
    CHECK(rb->to_come == p(200000));
    CHECK(rb->unclaimed == money{});
}

TEST_CASE("travel, at actual cost, and an unmatched claim: actual and outturn") {
    const outturn_result r = outturn(sample(),
                                     head +
                                         "S7-01,,2022-11-03,travel,,48.20,T-1,,2022-11-30\n"
                                         "S7-01,,2024-10-12,travel,,20.00,T-2,,\n"
                                         "S9-99,,2022-10-12,central_events,,75.00,U-1,,\n",
                                     date(2025, 1, 1), {dimension::cost_type});
    const outturn_line* t1 = line(r, "S7-01", 1, "travel");
    const outturn_line* t3 = line(r, "S7-01", 3, "travel");  // year 3 too (000: all events)
    REQUIRE(t1);
    REQUIRE(t3);
    CHECK(t1->outturn == p(4820));
    CHECK(t3->outturn == p(2000));
    CHECK_FALSE(t1->over_claimed);
    CHECK(r.unmatched == p(7500));
    const outturn_row* travel = row(r, {"travel"}, "2022/23 autumn");
    const outturn_row* unmatched = row(r, {"unmatched"}, "2022/23 autumn");
    REQUIRE(travel);
    REQUIRE(unmatched);
    CHECK(travel->actual == p(4820));
    CHECK(travel->paid == p(4820));  // paid 30 Nov 2022
    CHECK(unmatched->actual == p(7500));
    CHECK(unmatched->outturn == p(7500));
    // Rule 13 over every line: Σ max(A, K) + unmatched claims before T.
    money expected = r.unmatched;
    for (const outturn_line& l : r.lines)
        expected += std::max(l.allocated, l.claimed);
    CHECK(r.total.outturn == expected);
    CHECK(r.total.actual == p(4820 + 2000 + 7500));
}

TEST_CASE("a withdrawal: A is the kept amount and R stops at the withdrawal") {
    // S7-04 year 2 central events: 3 days × £200 = 60,000p, kept round_half_up(60,000 × 119 /
    // 261) = 27,356p (rule 6). T = 2024-01-01: F = round_half_up(60,000 × 86 / 261) = 19,770p;
    // no claims: U = 19,770p, R = 7,586p over the 33 weekdays from T to the withdrawal: January
    // 2024 round_half_up(7,586 × 23 / 33) = 5,287p, February the other 2,299p.
    const outturn_result r =
        outturn(sample(), head, date(2024, 1, 1),
                {dimension::participant, dimension::year, dimension::category}, period_kind::month);
    const outturn_line* l = line(r, "S7-04", 2, "central_events");
    REQUIRE(l);
    CHECK(l->allocated == p(27356));
    CHECK(l->accrued == p(19770));
    CHECK(l->unclaimed == p(19770));
    CHECK(l->to_come == p(7586));
    const std::vector<std::string> keys{"S7-04", "2", "central_events"};
    REQUIRE(row(r, keys, "2024-01"));
    REQUIRE(row(r, keys, "2024-02"));
    CHECK(row(r, keys, "2024-01")->unclaimed == p(19770));
    CHECK(row(r, keys, "2024-01")->to_come == p(5287));
    CHECK(row(r, keys, "2024-02")->to_come == p(2299));
    CHECK_FALSE(row(r, keys, "2024-03"));
}

TEST_CASE("a payee change: U goes to the payee on T, R to each side of the change") {
    // S7-03 moves from 140265 to 141120 on 2023-03-01. Year 1 central events, £1,000.00, no
    // claims, T = 2023-01-01: U = F = 33,333p to 140265 (the payee on T). R = 66,667p over the
    // 174 weekdays from T; 42 of them (January 22, February 20) fall before the change:
    // round_half_up(66,667 × 42 / 174) = 16,092p to 140265, the other 50,575p to 141120.
    scenario s = sample();
    read_changes(s,
                 "participant,date,field,value,reference\n"
                 "S7-03,2023-03-01,institution,141120,CH-1\n",
                 "changes.csv");
    const std::vector<dimension> by{dimension::participant, dimension::institution,
                                    dimension::category};
    const outturn_result r = outturn(s, head, date(2023, 1, 1), by, period_kind::academic_year);
    const outturn_row* before = row(r, {"S7-03", "140265", "central_events"}, "2022/23");
    const outturn_row* after = row(r, {"S7-03", "141120", "central_events"}, "2022/23");
    REQUIRE(before);
    REQUIRE(after);
    CHECK(before->unclaimed == p(33333));
    CHECK(before->to_come == p(16092));
    CHECK(after->unclaimed == money{});
    CHECK(after->to_come == p(50575));
    CHECK(before->outturn + after->outturn == p(100000));
    // T = 2023-04-01, after the change: F = round_half_up(100,000 × 152 / 261) = 58,238p, all
    // of it U to the new payee, and R = 41,762p after T, on its side too.
    const outturn_result later = outturn(s, head, date(2023, 4, 1), by, period_kind::academic_year);
    CHECK_FALSE(row(later, {"S7-03", "140265", "central_events"}, "2022/23"));
    const outturn_row* moved = row(later, {"S7-03", "141120", "central_events"}, "2022/23");
    REQUIRE(moved);
    CHECK(moved->unclaimed == p(58238));
    CHECK(moved->to_come == p(41762));
}

TEST_CASE("paid: claims by the date the hub paid them") {
    const outturn_result r = outturn(sample(),
                                     head +
                                         "S7-01,,2022-10-12,central_events,1,,P-1,,2023-01-05\n"
                                         "S7-01,,2022-10-13,central_events,1,,P-2,,\n",
                                     date(2023, 1, 1), {}, period_kind::month);
    const outturn_row* october = row(r, {}, "2022-10");
    const outturn_row* january = row(r, {}, "2023-01");
    REQUIRE(october);
    REQUIRE(january);
    CHECK(october->actual == p(40000));
    CHECK(october->paid == money{});
    CHECK(january->paid == p(20000));
    CHECK(r.total.paid == p(20000));
}

TEST_CASE("a claim dated on T is not yet actual") {
    const outturn_result r =
        outturn(sample(), head + "S7-01,,2023-01-01,central_events,1,,C-1,,\n", date(2023, 1, 1));
    CHECK(r.total.actual == money{});
    CHECK(line(r, "S7-01", 1, "central_events")->claimed == money{});
}

TEST_CASE("with no claims and T before every window, the outturn is the forecast") {
    const scenario s = sample();
    forecast_options fo;
    fo.by = {dimension::participant, dimension::category};
    fo.period = period_kind::month;
    const forecast_result f = run_forecast(s, fo);
    const outturn_result r = outturn(s, head, date(2022, 1, 1), fo.by, period_kind::month);
    REQUIRE(r.rows.size() == f.rows.size());
    for (std::size_t i = 0; i < f.rows.size(); ++i) {
        CHECK(r.rows[i].keys == f.rows[i].keys);
        CHECK(r.rows[i].when.label() == f.rows[i].when.label());
        CHECK(r.rows[i].outturn == f.rows[i].amount);
        CHECK(r.rows[i].to_come == f.rows[i].amount);
    }
    CHECK(r.total.outturn == f.total);
}

TEST_CASE("the budget hook adds a budget to each row") {
    outturn_result r = outturn(sample(), head, date(2022, 1, 1), {}, period_kind::academic_year);
    set_budget(r, [](const std::vector<std::string>&, const period& when) -> std::optional<money> {
        if (when.label() == "2022/23") return money::from_pence(100);
        return std::nullopt;
    });
    REQUIRE(!r.rows.empty());
    CHECK(r.rows[0].when.label() == "2022/23");
    CHECK(r.rows[0].budget == money::from_pence(100));
    CHECK(r.rows[1].budget == money{});
}

TEST_CASE("claims by grouping and period: the forecast beside the claims") {
    const scenario s = sample();
    const std::vector<claim> claims = read_claims_file(data_dir + "basic.csv");
    forecast_options o;
    o.by = {};
    o.period = period_kind::academic_year;
    const claims_by_period_result r = claims_by_period(s, claims, o);
    money claimed_2022, claimed_2024;
    for (const claims_period_row& row : r.rows) {
        if (row.when.label() == "2022/23") claimed_2022 = row.claimed;
        if (row.when.label() == "2024/25") claimed_2024 = row.claimed;
    }
    CHECK(claimed_2022 == p(40000 + 30000 + 4820));  // 2 + 1.5 days × £200, travel £48.20
    CHECK(claimed_2024 == p(200000));                // WG-A 141120's grant
    CHECK(r.allocated == run_forecast(s, o).total);
    CHECK(r.claimed == p(274820));
    // As of 2023-01-01, only the claims before it: 2 days (12 Oct 2022) and the travel.
    const claims_by_period_result early = claims_by_period(s, claims, o, date(2023, 1, 1));
    CHECK(early.claimed == p(44820));
}
