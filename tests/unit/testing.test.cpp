// Budget tests' toolkit (include/mhfund/testing.hpp): the literals, gbp(), doctest's view of
// mhfund's values, and the questions asked of a forecast. Figures are worked out by hand in the
// comments; the literals that must not compile are in tests/compile_fail/testing_*.fail.cpp.
#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <map>
#include <string>

#include "mhfund/testing.hpp"

#include "support.hpp"

using namespace mhfund::testing;
using mhfund::errc;
using mhfund::period_kind;
using mhfund_test::contains;
using mhfund_test::error_from;
using mhfund_test::pence;
using mhfund_test::ymd;

// The literals are exact and constant: checked by the compiler itself.
static_assert(3000.00_gbp == money::from_pence(300000));
static_assert(3000_gbp == money::from_pence(300000));
static_assert(21'000.5_gbp == money::from_pence(2100050));  // one decimal: 50 pence
static_assert(0.05_gbp == money::from_pence(5));
static_assert(0_gbp == money{});
static_assert(92'233'720'368'547'758.07_gbp ==
              money::from_pence(std::numeric_limits<int64_t>::max()));
static_assert(15_days == half_days::from_count(30));
static_assert(7.5_days == half_days::from_count(15));
static_assert(7.50_days == half_days::from_count(15));
static_assert(0.5_days == half_days::from_count(1));
static_assert(10.0_days == half_days::from_count(20));
static_assert(gbp(3000) == 3000.00_gbp);
static_assert(gbp(0, 50) == 0.50_gbp);

namespace {

// One cohort-7 specialist (A1), one FE cohort-1 specialist (B1) and a Work Group of two
// departments, with the example SLE rate of £350.00:
//   A1: 2022/23 year 1 15 × £200.00 = £3,000.00; 2023/24 year 2 £3,000.00;
//       2024/25 year 3 20 × £350.00 = £7,000.00                                 (£13,000.00)
//   B1: 2023/24 year 1 15 × £400.00 = £6,000.00; 2024/25 year 2 £6,000.00      (£12,000.00)
//   WG-1: 2 × £2,000.00, on 1 September 2024                                    (£4,000.00)
// In all £29,000.00; in 2024/25 £7,000.00 + £6,000.00 + £4,000.00 = £17,000.00.
mhfund::scenario small_plan() {
    scenario s;
    s.hub = "WM1";
    mhfund::read_roster(s,
                        "participant,hub,programme,edition,cohort,start,institution,trn,"
                        "pd_lead_accredited,withdrawn,sle_days\n"
                        "A1,WM1,sms,sms-2022-cohort7,7,,137083,,no,,20\n"
                        "B1,WM1,fe,fe-2023,1,,10004599,,no,,\n",
                        "roster.csv");
    mhfund::read_workgroups(s,
                            "workgroup,hub,edition,lead,institution,academic_year,advocates\n"
                            "WG-1,WM1,wg-2024,A1,141120,2024/25,2\n"
                            "WG-1,WM1,wg-2024,A1,143557,2024/25,2\n",
                            "workgroups.csv");
    s.set("sle_rate", "350.00", {});
    return s;
}

const where sms{{dimension::programme, "sms"}};

}  // namespace

TEST_CASE("gbp() refuses what is not pounds and whole pence") {
    CHECK(gbp(21000, 0) == pence(2100000));
    CHECK(gbp(0, 99) == pence(99));
    for (const auto& bad : {std::pair<int64_t, int64_t>{1, 100}, {1, -1}, {-200, 0}}) {
        INFO("gbp(", bad.first, ", ", bad.second, ")");
        CHECK(contains(error_from(errc::usage, [&] { (void)gbp(bad.first, bad.second); }).what(),
                       "0 to 99"));
    }
    // The largest amount is 92,233,720,368,547,758.07: one more pound does not fit.
    CHECK(gbp(92'233'720'368'547'758, 7) == pence(std::numeric_limits<int64_t>::max()));
    error_from(errc::overflow, [] { (void)gbp(92'233'720'368'547'759, 0); });
}

TEST_CASE("a failed CHECK shows money in pounds and pence, dates in ISO form") {
    CHECK(doctest::toString(21'000.00_gbp) == "£21,000.00");
    CHECK(doctest::toString(-200.00_gbp) == "-£200.00");
    CHECK(doctest::toString(0.05_gbp) == "£0.05");
    CHECK(doctest::toString(7.5_days) == "7.5 days");
    CHECK(doctest::toString(ymd(2025, 3, 1)) == "2025-03-01");
    CHECK(doctest::toString(academic_year{2024}) == "2024/25");
    CHECK(doctest::toString(financial_year{2024}) == "FY2024-25");
}

TEST_CASE("totals by year, programme and participant") {
    const scenario s = small_plan();
    CHECK(total(s) == 29'000.00_gbp);
    CHECK(total(s, academic_year{2024}) == 17'000.00_gbp);
    CHECK(total(s, sms) == 13'000.00_gbp);
    CHECK(total(s, sms, academic_year{2022}) == 3'000.00_gbp);
    CHECK(total(s, sms, academic_year{2024}) == 7'000.00_gbp);
    // Two conditions: A1's school in 2024/25 is A1's SLE year; no SMS money goes to B1's college
    // (a value the forecast has, in another combination: £0.00, not an error).
    CHECK(total(s, where{{dimension::programme, "sms"}, {dimension::institution, "137083"}},
                academic_year{2024}) == 7'000.00_gbp);
    CHECK(total(s, where{{dimension::programme, "sms"}, {dimension::institution, "10004599"}}) ==
          0.00_gbp);

    // B1 in FY2024-25, line by line (domain.md rule 5):
    // - year 1 (1 Sep 2023 – 31 Aug 2024: W = 261 weekdays, 151 before 1 April 2024) after
    //   1 April: £2,400.00 − round_half_up(240,000 × 151 / 261 = 138,850.6) = £1,011.49 and
    //   £3,600.00 − round_half_up(360,000 × 151 / 261 = 208,275.9) = £1,517.24;
    // - year 2 (1 Sep 2024 – 31 Aug 2025: W = 260, 151 before 1 April 2025) before 1 April:
    //   120,000 × 151 / 260 = 69,692.3 → £696.92; 320,000 × 151 / 260 = 185,846.2 → £1,858.46;
    //   160,000 × 151 / 260 = 92,923.1 → £929.23.
    // £1,011.49 + £1,517.24 + £696.92 + £1,858.46 + £929.23 = £6,013.34.
    CHECK(total(s, where{{dimension::participant, "B1"}}, financial_year{2024}) == 6'013.34_gbp);
}

TEST_CASE("terms and months are periods a question can name") {
    const scenario s = small_plan();
    const where work_groups{{dimension::programme, "workgroup"}};
    // The grants are a lump dated 1 September 2024: all in 2024/25 autumn and in 2024-09.
    const mhfund::period autumn = period_containing(period_kind::term, ymd(2024, 9, 1), s.terms);
    const mhfund::period spring = period_containing(period_kind::term, ymd(2025, 1, 6), s.terms);
    const mhfund::period september =
        period_containing(period_kind::month, ymd(2024, 9, 1), s.terms);
    CHECK(total(s, work_groups, autumn) == 4'000.00_gbp);
    CHECK(total(s, work_groups, spring) == 0.00_gbp);
    CHECK(total(s, work_groups, september) == 4'000.00_gbp);
}

TEST_CASE("amounts by payee, programme and cost type") {
    const scenario s = small_plan();
    const std::map<std::string, money> payees = {{"10004599", 6'000.00_gbp},
                                                 {"137083", 7'000.00_gbp},
                                                 {"141120", 2'000.00_gbp},
                                                 {"143557", 2'000.00_gbp}};
    CHECK(by_payee(s, academic_year{2024}) == payees);
    const std::map<std::string, money> programmes = {
        {"fe", 12'000.00_gbp}, {"sms", 13'000.00_gbp}, {"workgroup", 4'000.00_gbp}};
    CHECK(by_programme(s) == programmes);
    const std::map<std::string, money> types = {
        {"grant", 4'000.00_gbp}, {"release", 6'000.00_gbp}, {"sle", 7'000.00_gbp}};
    CHECK(by(s, dimension::cost_type, academic_year{2024}) == types);
    // By payee among SMS lines only: A1's school, every year.
    const std::map<std::string, money> sms_payees = {{"137083", 13'000.00_gbp}};
    CHECK(by(s, dimension::institution, sms, {}) == sms_payees);
    // 2025/26 has no money at all.
    CHECK(by_payee(s, academic_year{2025}).empty());
}

TEST_CASE("a value the forecast does not have is an error that lists the ones it has") {
    const scenario s = small_plan();
    const mhfund::error e = error_from(errc::usage, [&] {
        (void)total(s, where{{dimension::programme, "SMS"}});
    });
    INFO(e.what());
    CHECK(contains(e.what(), "no programme 'SMS'"));
    CHECK(contains(e.what(), "'fe', 'sms', 'workgroup'"));
    // In a grouping by another dimension too: a participant the plan does not have.
    const where nobody{{dimension::participant, "Z9"}};
    error_from(errc::usage, [&] { (void)by(s, dimension::hub, nobody, {}); });
}

TEST_CASE("each Work Group's committed release against its grant") {
    scenario s = small_plan();
    const auto checks = workgroup_release_checks(s);
    REQUIRE(checks.size() == 1);  // one Work Group, however many departments
    CHECK(checks[0].workgroup == "WG-1");
    CHECK(checks[0].edition == "wg-2024");
    CHECK(checks[0].year == academic_year{2024});
    // 003 form: 10 days' release per school, at £200.00 = £2,000.00; the grant is £2,000.00.
    CHECK(checks[0].check.committed == 10_days);
    CHECK(checks[0].check.committed_cost == 2'000.00_gbp);
    CHECK(checks[0].check.grant == 2'000.00_gbp);
    CHECK_FALSE(checks[0].check.exceeds_grant());

    // At a secondary rate of £250.00 the same 10 days cost £2,500.00, more than the grant.
    s.set("secondary_rate", "250.00", {});
    const auto dearer = workgroup_release_checks(s);
    REQUIRE(dearer.size() == 1);
    CHECK(dearer[0].check.committed_cost == 2'500.00_gbp);
    CHECK(dearer[0].check.exceeds_grant());
}
