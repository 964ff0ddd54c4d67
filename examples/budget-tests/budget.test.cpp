// Our hub's budget, written as tests. Each TEST_CASE is one statement the finance officer signs
// off; `ctest` checks them all against the plan in plan/ (hub.toml, roster.csv,
// workgroups.csv). When a roster edit or a rate change breaks one, the failure shows both
// amounts, e.g. `CHECK( £20,650.00 == £21,000.00 )`.
//
// Every expected figure is worked out by hand in the comment above it (days × rate, and for a
// split between years the weekday counts of domain.md rule 5); none is copied from the tool.
//
// How a year's share of a line is found (rule 5): a line of amount A runs over a programme-year
// window of W weekdays (Monday to Friday; bank holidays count). What falls before a date d is
// round_half_up(A × C(d) / W), where C(d) is the number of the window's weekdays before d; a
// year gets what falls before its end minus what fell before its start. Each line (a category
// of one person's programme year) is split on its own, so a total can differ by a penny from
// splitting the sum.
//
// The two windows used below, counted once:
//   1 Sep 2023 – 31 Aug 2024 (a Friday start; 366 days, as 2024 is a leap year):
//     52 whole weeks = 260 weekdays, then Fri 30 and Sat 31 Aug: W = 261.
//     Before 1 Apr 2024: 213 days = 30 weeks (150) + Fri 29, Sat 30, Sun 31 Mar: C = 151.
//   1 Sep 2024 – 31 Aug 2025 (a Sunday start; 365 days):
//     52 whole weeks = 260 weekdays, then Sun 31 Aug: W = 260.
//     Before 1 Mar 2025: 181 days = 25 weeks (125) + Sun 23 – Fri 28 Feb (5): C = 130.
//     Before 1 Apr 2025: 212 days = 30 weeks (150) + Sun 30, Mon 31 Mar (1): C = 151.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <mhfund/mhfund.hpp>
#include <mhfund/testing.hpp>  // after doctest.h, so that failed checks show £ amounts

using namespace mhfund::testing;

namespace {

// The plan, read once. ctest runs the tests in this folder, so the path is relative to it.
const scenario& plan() {
    static const scenario s = load_scenario_file("plan/hub.toml");
    return s;
}

const where sms{{dimension::programme, "sms"}};
const where fe{{dimension::programme, "fe"}};
const where work_groups{{dimension::programme, "workgroup"}};

}  // namespace

TEST_CASE("Secondary Mastery Specialists: 2023/24, 2024/25 and FY2024-25") {
    // Three cohort-7 specialists (S7-01, S7-02, S7-03), starting 1 September 2022 (000).

    // 2023/24 is their year 2: 15 days × £200.00 = £3,000.00 each (000); 3 × £3,000.00.
    CHECK(total(plan(), sms, academic_year{2023}) == 9'000.00_gbp);

    // 2024/25 is year 3: 20 SLE days each (roster) × £350.00 (our sle_rate) = £7,000.00;
    // 3 × £7,000.00.
    CHECK(total(plan(), sms, academic_year{2024}) == 21'000.00_gbp);

    // FY2024-25 (1 Apr 2024 – 31 Mar 2025) takes, for each specialist:
    // - the part of year 2 from 1 April 2024 (W = 261, C = 151), line by line:
    //     central events 3 × £200.00 = £600.00:   60,000 × 151 / 261 = 34,712.6 → 34,713p
    //                                              before April, so £600.00 − £347.13 = £252.87
    //     development 8 × £200.00 = £1,600.00:    160,000 × 151 / 261 = 92,567.0 → £674.33 after
    //     PD Lead 4 × £200.00 = £800.00:          80,000 × 151 / 261 = 46,283.5 → £337.16 after
    //   £252.87 + £674.33 + £337.16 = £1,264.36;
    // - the part of year 3 before 1 April 2025 (W = 260, C = 151):
    //     SLE £7,000.00: 700,000 × 151 / 260 = 406,538.5 → £4,065.38.
    // Each: £1,264.36 + £4,065.38 = £5,329.74; 3 × £5,329.74 = £15,989.22.
    CHECK(total(plan(), sms, financial_year{2024}) == 15'989.22_gbp);
}

TEST_CASE("FE Mastery Specialists: 2023/24, 2024/25 and FY2024-25") {
    // Two cohort-1 specialists (F1-01, F1-02), starting 1 September 2023 (004).

    // 2023/24 is their year 1: 15 days × £400.00 = £6,000.00 each (004); 2 × £6,000.00.
    CHECK(total(plan(), fe, academic_year{2023}) == 12'000.00_gbp);

    // 2024/25 is year 2: F1-01 £6,000.00 (15 days × £400.00); F1-02 withdraws on 1 March 2025
    // and keeps £3,000.00 (see the withdrawal test below). £6,000.00 + £3,000.00.
    CHECK(total(plan(), fe, academic_year{2024}) == 9'000.00_gbp);

    // FY2024-25:
    // - year 1 from 1 April 2024 (W = 261, C = 151), for each of the two:
    //     central events 6 × £400.00 = £2,400.00:    240,000 × 151 / 261 = 138,850.6 → 138,851p
    //                                                 before April, so £1,011.49 after
    //     practice-based work 9 × £400.00 = £3,600.00: 360,000 × 151 / 261 = 208,275.9
    //                                                 → £1,517.24 after
    //   £2,528.73 each, £5,057.46 for both;
    // - year 2 before 1 April 2025 (W = 260, C = 151), F1-01:
    //     central events 3 × £400.00 = £1,200.00:  120,000 × 151 / 260 = 69,692.3 → £696.92
    //     development 8 × £400.00 = £3,200.00:     320,000 × 151 / 260 = 185,846.2 → £1,858.46
    //     PD Lead 4 × £400.00 = £1,600.00:         160,000 × 151 / 260 = 92,923.1 → £929.23
    //   £3,484.61; F1-02 stopped on 1 March, before April, so all it keeps: £3,000.00.
    // £5,057.46 + £3,484.61 + £3,000.00 = £11,542.07.
    CHECK(total(plan(), fe, financial_year{2024}) == 11'542.07_gbp);
}

TEST_CASE("Work Group grants: 2024/25 and FY2024-25") {
    // Three Work Groups of two departments each: 6 × £2,000.00 (002, 003) = £12,000.00. Each
    // grant is paid as one sum dated 1 September 2024 (rule 7), inside both years.
    CHECK(total(plan(), work_groups, academic_year{2024}) == 12'000.00_gbp);
    CHECK(total(plan(), work_groups, financial_year{2024}) == 12'000.00_gbp);
}

TEST_CASE("The hub stays within its budgets for 2024/25 and FY2024-25") {
    // Planned: 2024/25 £21,000.00 + £9,000.00 + £12,000.00 = £42,000.00, within £45,000.00;
    // FY2024-25 £15,989.22 + £11,542.07 + £12,000.00 = £39,531.29, within £40,000.00.
    CHECK(total(plan(), academic_year{2024}) <= 45'000.00_gbp);
    CHECK(total(plan(), financial_year{2024}) <= 40'000.00_gbp);
}

TEST_CASE("No school or college is paid more than £7,000.00 in 2024/25") {
    // The most one role earns here is an SLE year, 20 days × £350.00 = £7,000.00. A school
    // would go over if, say, a specialist's own school also joined a Work Group.
    const auto payees = by_payee(plan(), academic_year{2024});
    REQUIRE_FALSE(payees.empty());
    for (const auto& payee : payees) {
        INFO("payee ", payee.first);  // names the school or college when the check fails
        CHECK(payee.second <= 7'000.00_gbp);
    }
}

TEST_CASE("Each Work Group's grant covers the release its schools commit to") {
    // 003's form: each school commits at least 10 days' release (both teachers, meetings
    // included); at the secondary rate that is 10 × £200.00 = £2,000.00, which the £2,000.00
    // grant (002, 003) just covers.
    const auto checks = workgroup_release_checks(plan());
    REQUIRE_FALSE(checks.empty());
    for (const auto& wg : checks) {
        INFO("Work Group ", wg.workgroup);
        CHECK(wg.check.committed == 10_days);
        CHECK(wg.check.committed_cost == 2'000.00_gbp);
        CHECK(wg.check.committed_cost <= wg.check.grant);
    }
}

TEST_CASE("F1-02's withdrawal on 1 March 2025 keeps £3,000.00 of year 2") {
    // Year 2 runs 1 Sep 2024 – 31 Aug 2025 (W = 260). 1 March is not funded, so each line
    // keeps round_half_up(A × C(1 Mar 2025) / W) = A × 130 / 260, exactly half (rule 6):
    //   central events 3 × £400.00 = £1,200.00 → £600.00
    //   development    8 × £400.00 = £3,200.00 → £1,600.00
    //   PD Lead        4 × £400.00 = £1,600.00 → £800.00
    // £600.00 + £1,600.00 + £800.00 = £3,000.00 of the year's £6,000.00.
    const where f1_02{{dimension::participant, "F1-02"}};
    CHECK(total(plan(), f1_02, academic_year{2024}) == 3'000.00_gbp);
    // Nothing is paid after the withdrawal: FY2025-26 starts on 1 April 2025.
    CHECK(total(plan(), f1_02, financial_year{2025}) == 0.00_gbp);
}
