// Release time in half-days, and the one way from time to money: day_rate × half_days, rounded
// half-up once per line (domain.md section 1 "days" and section 8 rule 1).
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <cstdint>
#include <limits>
#include <string>

#include "mhfund/error.hpp"
#include "mhfund/half_days.hpp"
#include "mhfund/money.hpp"

using mhfund::day_rate;
using mhfund::errc;
using mhfund::half_days;
using mhfund::money;

namespace {

constexpr int64_t max64 = std::numeric_limits<int64_t>::max();

money p(int64_t pence) {
    return money::from_pence(pence);
}
day_rate per_day(int64_t pence) {
    return day_rate(money::from_pence(pence));
}
half_days halves(int64_t n) {
    return half_days::from_count(n);
}

// `text` must be rejected by half_days::parse as an input error naming the bad text.
void check_rejected(const std::string& text) {
    INFO("text: '", text, "'");
    try {
        const half_days d = half_days::parse(text);
        FAIL_CHECK("accepted as ", d.count(), " half-days");
    } catch (const mhfund::error& e) {
        const std::string what = e.what();
        CHECK(e.code() == errc::input);
        CHECK(what.find("'" + text + "'") != std::string::npos);
        CHECK(what.find("days") != std::string::npos);
        CHECK(what.find("expected") != std::string::npos);
    }
}

}  // namespace

TEST_CASE("half_days::parse reads days in steps of half a day") {
    CHECK(half_days::parse("15").count() == 30);  // 15 days = 30 half-days
    CHECK(half_days::parse("7.5").count() == 15);
    CHECK(half_days::parse("0.5").count() == 1);
    CHECK(half_days::parse("1.0").count() == 2);
    CHECK(half_days::parse("1.50").count() == 3);
    CHECK(half_days::parse("0").count() == 0);
    CHECK(half_days::parse("10.00").count() == 20);
    CHECK(half_days::parse("120").count() == 240);
}

TEST_CASE("half_days::parse rejects anything that is not a whole number of half-days") {
    for (const char* text : {"1.25", "-1", "", "1e3", ".5", "5.", "1.05", "abc", "1.5.0", "1,5",
                             "+1", "0.55", "1.2", "7.4", "0.1", "2.9", "99999999999999999999"}) {
        check_rejected(text);
    }
}

TEST_CASE("to_string writes days as the documents do") {
    CHECK(mhfund::to_string(half_days::from_days(15)) == "15");
    CHECK(mhfund::to_string(halves(15)) == "7.5");
    CHECK(mhfund::to_string(halves(1)) == "0.5");
    CHECK(mhfund::to_string(halves(0)) == "0");
    CHECK(mhfund::to_string(halves(-1)) == "-0.5");  // a negative adjustment of half a day
    CHECK(mhfund::to_string(halves(-3)) == "-1.5");
    CHECK(fmt::format("{} days", halves(15)) == "7.5 days");
    // What to_string writes, parse reads back.
    for (int64_t n = 0; n < 100; ++n)
        CHECK(half_days::parse(mhfund::to_string(halves(n))) == halves(n));
}

TEST_CASE("half_days arithmetic and comparisons") {
    // SMS year 1 (000): 5 central + 10 personal development = 15 days.
    CHECK(half_days::from_days(5) + half_days::from_days(10) == half_days::from_days(15));
    // FE year 1 (004): 6 central + 9 practice-based = 15 days.
    CHECK(half_days::from_days(6) + half_days::from_days(9) == half_days::parse("15"));
    // Six half-day Work Group meetings (003) are three days.
    CHECK(halves(1) * 6 == half_days::from_days(3));
    CHECK(half_days::from_days(15) - half_days::from_days(4) == half_days::from_days(11));
    CHECK(halves(1) - halves(2) == halves(-1));
    half_days d = halves(3);
    d += halves(2);
    CHECK(d == halves(5));
    d -= halves(5);
    CHECK(d.is_zero());
    CHECK(half_days{}.is_zero());

    CHECK(halves(1) < halves(2));
    CHECK(halves(2) <= halves(2));
    CHECK(halves(3) > halves(2));
    CHECK(halves(3) >= halves(3));
    CHECK(halves(3) != halves(4));

    CHECK_THROWS_AS(half_days::from_days(max64 / 2 + 1), mhfund::error);
    CHECK_THROWS_AS(halves(max64) + halves(1), mhfund::error);
    CHECK_THROWS_AS(halves(max64 / 2 + 1) * 2, mhfund::error);
}

TEST_CASE("day_rate × half_days prices a line, rounded half-up once") {
    // SMS year 1 (000): 15 days × £200.00 = 30 half-days × 20,000p / 2 = 300,000p = £3,000.00.
    CHECK(per_day(20000) * half_days::parse("15") == p(300000));
    // FE year 1 (004): 15 days × £400.00 = 30 × 40,000 / 2 = 600,000p = £6,000.00.
    CHECK(per_day(40000) * half_days::from_days(15) == p(600000));
    // Work Group (003): 10 days × £200.00 = 20 × 20,000 / 2 = 200,000p = £2,000.00, the grant.
    CHECK(per_day(20000) * half_days::from_days(10) == p(200000));
    // Example SLE rate (an assumption from outside the documents, section 2): 20 days × £350.00
    // = 40 × 35,000 / 2 = 700,000p = £7,000.00.
    CHECK(per_day(35000) * half_days::from_days(20) == p(700000));
    // Domain 8 rule 1: 7.5 days × £333.33 = 15 × 33,333 / 2 = 249,997.5 → 249,998p = £2,499.98,
    // rounded once for the line. Per half-day it would be 16,666.5 → 16,667 × 15 = 250,005p.
    CHECK(per_day(33333) * half_days::parse("7.5") == p(249998));
    CHECK(per_day(33333) * halves(1) == p(16667));  // one half-day alone: 16,666.5 → 16,667
    CHECK(per_day(33333) * halves(1) * 15 != per_day(33333) * halves(15));
    // Half a day at 1p: 1 × 1 / 2 = 0.5 → 1p (half-up).
    CHECK(per_day(1) * half_days::parse("0.5") == p(1));
    // An even rate needs no rounding: 0.5 day × £200.00 = 10,000p.
    CHECK(per_day(20000) * halves(1) == p(10000));
    // Commutative, and zero time costs nothing.
    CHECK(half_days::from_days(15) * per_day(20000) == p(300000));
    CHECK(per_day(20000) * half_days{} == p(0));
    // A negative adjustment rounds towards +infinity: −1 × 33,333 / 2 = −16,666.5 → −16,666.
    CHECK(per_day(33333) * halves(-1) == p(-16666));
}

TEST_CASE("day_rate × half_days throws on overflow") {
    CHECK_THROWS_AS(per_day(max64) * halves(4), mhfund::error);
    try {
        (void)(per_day(20000) * half_days::from_days(max64 / 4));
        FAIL_CHECK("no overflow");
    } catch (const mhfund::error& e) {
        CHECK(e.code() == errc::overflow);
    }
    // The largest line that fits is exact: max × 2 half-days / 2 = max.
    CHECK(per_day(max64) * halves(2) == p(max64));
    // 128-bit intermediate: INT64_MIN × INT64_MIN = 2^126 must not overflow before the check.
    const int64_t min64 = std::numeric_limits<int64_t>::min();
    CHECK_THROWS_AS(per_day(min64) * halves(min64), mhfund::error);
}

TEST_CASE("day_rate holds its per-day amount") {
    CHECK(per_day(20000).per_day() == p(20000));
    CHECK(per_day(20000) == day_rate(money::from_pounds(200)));
    CHECK(per_day(20000) != per_day(40000));
    CHECK(day_rate{}.per_day() == p(0));
}
