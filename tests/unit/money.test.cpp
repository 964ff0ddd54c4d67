// Money: exact pence, strict parsing, display, rounding and the two ways of splitting an amount
// (domain.md sections 1 and 8). Every expected value is worked out by hand in a comment.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "mhfund/error.hpp"
#include "mhfund/money.hpp"

using mhfund::errc;
using mhfund::money;

namespace {

using int128 = mhfund::detail::int128;

constexpr int64_t max64 = std::numeric_limits<int64_t>::max();  //  9,223,372,036,854,775,807
constexpr int64_t min64 = std::numeric_limits<int64_t>::min();  // -9,223,372,036,854,775,808

money p(int64_t pence) {
    return money::from_pence(pence);
}

int128 abs128(int128 v) {
    return v < 0 ? -v : v;
}

// `text` must be rejected by money::parse as an input error whose message names the bad text
// and says what was expected.
void check_rejected(const std::string& text) {
    INFO("text: '", text, "'");
    try {
        const money m = money::parse(text);
        FAIL_CHECK("accepted as ", m.pence(), "p");
    } catch (const mhfund::error& e) {
        const std::string what = e.what();
        CHECK(e.code() == errc::input);
        CHECK(what.find("amount") != std::string::npos);
        CHECK(what.find("'" + text + "'") != std::string::npos);
        CHECK(what.find("expected") != std::string::npos);
        CHECK(what.find("1,234.56") != std::string::npos);  // an example of the accepted form
    }
}

// `f` must throw an mhfund::error with code errc::overflow (never wrap around).
template <typename F>
void check_overflow(F f) {
    try {
        f();
        FAIL_CHECK("no overflow error");
    } catch (const mhfund::error& e) {
        CHECK(e.code() == errc::overflow);
    }
}

}  // namespace

TEST_CASE("money::parse accepts pounds and pence in the documents' forms") {
    CHECK(money::parse("1234.56") == p(123456));
    CHECK(money::parse("1,234.56") == p(123456));
    CHECK(money::parse("\xC2\xA3"
                       "1,234.56") == p(123456));  // £1,234.56
    CHECK(money::parse("-\xC2\xA3"
                       "200.00") == p(-20000));  // -£200.00
    CHECK(money::parse("200") == p(20000));      // whole pounds: 200 × 100
    CHECK(money::parse("200.5") == p(20050));    // one decimal is tenths of a pound
    CHECK(money::parse("0.01") == p(1));
    CHECK(money::parse("0") == p(0));
    CHECK(money::parse("1,000,000.00") == p(100000000));  // 10^6 pounds × 100
    CHECK(money::parse("-0.05") == p(-5));
}

TEST_CASE("money::parse rejects malformed amounts with an input error naming the value") {
    for (const char* text : {"12.345",      "1e3",        "\xC2\xA3",     "1,23.00", "",      "12.",
                             ".5",          "1,2345.00",  "12,34",        "abc",     "1 000", "--5",
                             "-",           "1,000,",     ",100",         "12.3a",   "+5",    "5-",
                             "1234,567.00", "1,000,0000", "1,0000,000.00"}) {
        check_rejected(text);
    }
}

TEST_CASE("money::parse reports an amount beyond int64 pence as overflow") {
    // 20 digits of pounds cannot fit in int64 pence (limit about 9.2 × 10^18 pence).
    check_overflow([] { (void)money::parse("12345678901234567890"); });
    // INT64_MAX = 9,223,372,036,854,775,807p = £92,233,720,368,547,758.07 is the largest amount.
    CHECK(money::parse("92,233,720,368,547,758.07") == p(max64));
    check_overflow([] { (void)money::parse("92,233,720,368,547,758.08"); });  // max + 1p
    // INT64_MIN = -9,223,372,036,854,775,808p is the most negative.
    CHECK(money::parse("-92,233,720,368,547,758.08") == p(min64));
    check_overflow([] { (void)money::parse("-92,233,720,368,547,758.09"); });  // min − 1p
}

TEST_CASE("money arithmetic is exact and throws on overflow instead of wrapping") {
    CHECK(money::from_pounds(200) == p(20000));
    CHECK(p(150) + p(275) == p(425));
    CHECK(p(150) - p(275) == p(-125));
    CHECK(-p(125) == p(-125));
    CHECK(p(20000) * 15 == p(300000));  // 15 × £200.00 = £3,000.00
    CHECK(3 * p(200000) == p(600000));  // 3 departments × £2,000.00
    CHECK(p(1) * max64 == p(max64));    // the largest product that fits
    CHECK(p(max64) + p(min64) == p(-1));

    check_overflow([] { return p(max64) + p(1); });  // max + 1p
    check_overflow([] { return p(min64) - p(1); });  // min − 1p
    check_overflow([] { return p(min64) + p(-1); });
    check_overflow([] { return -p(min64); });  // +9,223,372,036,854,775,808 does not fit
    check_overflow([] { return p(20000) * (max64 / 100); });
    check_overflow([] { return p(2) * (max64 / 2 + 1); });  // 2 × (2^62) = 2^63
    check_overflow([] { return (max64 / 1000) * p(-100000); });
    check_overflow([] { return money::from_pounds(max64 / 100 + 1); });
    money acc = p(max64);
    check_overflow([&] { acc += p(1); });
    CHECK(acc == p(max64));  // a failed += leaves the amount unchanged
}

TEST_CASE("money comparisons") {
    CHECK(p(-1) < p(0));
    CHECK(p(0) <= p(0));
    CHECK(p(20000) > p(19999));
    CHECK(p(20000) >= p(20000));
    CHECK(p(1) != p(2));
    CHECK(p(0).is_zero());
    CHECK(p(-1).is_negative());
    CHECK_FALSE(p(0).is_negative());
    CHECK(money{}.is_zero());
}

TEST_CASE("to_display writes £ with thousands separators; to_plain writes a bare decimal") {
    CHECK(mhfund::to_display(p(123456)) ==
          "\xC2\xA3"
          "1,234.56");
    CHECK(mhfund::to_display(p(-20000)) ==
          "-\xC2\xA3"
          "200.00");
    CHECK(mhfund::to_display(p(0)) ==
          "\xC2\xA3"
          "0.00");
    CHECK(mhfund::to_display(p(5)) ==
          "\xC2\xA3"
          "0.05");
    CHECK(mhfund::to_display(p(-5)) ==
          "-\xC2\xA3"
          "0.05");
    CHECK(mhfund::to_display(p(99999)) ==
          "\xC2\xA3"
          "999.99");
    CHECK(mhfund::to_display(p(100000)) ==
          "\xC2\xA3"
          "1,000.00");
    CHECK(mhfund::to_display(p(1234567)) ==
          "\xC2\xA3"
          "12,345.67");
    CHECK(mhfund::to_display(p(12345678)) ==
          "\xC2\xA3"
          "123,456.78");
    CHECK(mhfund::to_display(p(1234567890)) ==
          "\xC2\xA3"
          "12,345,678.90");
    // The extremes, without undefined behaviour (INT64_MIN has no positive counterpart).
    CHECK(mhfund::to_display(p(max64)) ==
          "\xC2\xA3"
          "92,233,720,368,547,758.07");
    CHECK(mhfund::to_display(p(min64)) ==
          "-\xC2\xA3"
          "92,233,720,368,547,758.08");

    CHECK(mhfund::to_plain(p(123456)) == "1234.56");
    CHECK(mhfund::to_plain(p(-20000)) == "-200.00");
    CHECK(mhfund::to_plain(p(5)) == "0.05");
    CHECK(mhfund::to_plain(p(0)) == "0.00");
    CHECK(mhfund::to_plain(p(1234567890)) == "12345678.90");
    CHECK(mhfund::to_plain(p(max64)) == "92233720368547758.07");
    CHECK(mhfund::to_plain(p(min64)) == "-92233720368547758.08");
}

TEST_CASE("fmt formats money as display by default and plain with {:p}") {
    CHECK(fmt::format("{}", p(123456)) ==
          "\xC2\xA3"
          "1,234.56");
    CHECK(fmt::format("{:p}", p(123456)) == "1234.56");
    CHECK(fmt::format("{:p}", p(-20000)) == "-200.00");
    CHECK(fmt::format("total {} ({:p})", p(-5), p(-5)) ==
          "total -\xC2\xA3"
          "0.05 (-0.05)");
    CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:x}"), p(1)), fmt::format_error);
}

TEST_CASE("display and plain text read back to the same amount") {
    std::mt19937_64 rng(20240901);
    std::uniform_int_distribution<int64_t> any(min64, max64);
    std::uniform_int_distribution<int64_t> everyday(-100000000, 100000000);  // up to ±£1m
    std::vector<int64_t> values = {0, 1, -1, 99, 100, 99999, 100000, max64, min64};
    for (int i = 0; i < 2000; ++i) {
        values.push_back(any(rng));
        values.push_back(everyday(rng));
    }
    for (int64_t v : values) {
        INFO("pence: ", v);
        CHECK(money::parse(mhfund::to_display(p(v))) == p(v));
        CHECK(money::parse(mhfund::to_plain(p(v))) == p(v));
    }
}

TEST_CASE("round_half_up_div rounds halves towards +infinity, once") {
    using mhfund::round_half_up_div;
    // Domain 8 rule 1: 7.5 days × £333.33 = 15 half-days × 33,333p / 2 = 499,995 / 2
    // = 249,997.5 → 249,998.
    CHECK(round_half_up_div(int128{15} * 33333, 2) == 249998);
    CHECK(round_half_up_div(5, 2) == 3);    //  2.5 →  3
    CHECK(round_half_up_div(-5, 2) == -2);  // -2.5 → -2 (towards +infinity, not away from 0)
    CHECK(round_half_up_div(-7, 2) == -3);  // -3.5 → -3
    CHECK(round_half_up_div(10, 5) == 2);   // exact values are unchanged
    CHECK(round_half_up_div(-10, 5) == -2);
    CHECK(round_half_up_div(0, 7) == 0);
    CHECK(round_half_up_div(1, 3) == 0);    //  0.33 →  0
    CHECK(round_half_up_div(2, 3) == 1);    //  0.67 →  1
    CHECK(round_half_up_div(-1, 3) == 0);   // -0.33 →  0
    CHECK(round_half_up_div(-2, 3) == -1);  // -0.67 → -1
    CHECK(round_half_up_div(-3, 2) == -1);  // -1.5 → -1

    // Large 128-bit arguments: 2^126 / 2^64 = 2^62 exactly; (−2^126 − 2^63) / 2^64 = −2^62 − ½,
    // which rounds up to −2^62.
    const int128 two63 = int128{1} << 63;
    const int128 two64 = int128{1} << 64;
    const int128 two126 = int128{min64} * min64;
    CHECK(round_half_up_div(two126, two64) == (int64_t{1} << 62));
    CHECK(round_half_up_div(-two126 - two63, two64) == -(int64_t{1} << 62));
    CHECK(round_half_up_div(two126, two126) == 1);

    // The result must fit in int64 pence.
    check_overflow([] { return round_half_up_div(int128{max64} * 4, 2); });
    CHECK_THROWS_AS(round_half_up_div(1, 0), mhfund::error);
    CHECK_THROWS_AS(round_half_up_div(1, -2), mhfund::error);
}

TEST_CASE("round_half_up_div agrees with its definition on random arguments") {
    // r = round_half_up(n / d) ⇔ r − ½ ≤ n/d < r + ½ ⇔ (2r − 1)·d ≤ 2n < (2r + 1)·d.
    std::mt19937_64 rng(7);
    std::uniform_int_distribution<int64_t> num(-1000000000000000, 1000000000000000);
    std::uniform_int_distribution<int64_t> den(1, 1000000);
    for (int i = 0; i < 10000; ++i) {
        const int128 n = num(rng);
        const int128 d = den(rng);
        const int128 r = mhfund::round_half_up_div(n, d);
        CHECK((2 * r - 1) * d <= 2 * n);
        CHECK(2 * n < (2 * r + 1) * d);
    }
}

TEST_CASE("split_largest_remainder gives leftover pence to the largest remainders") {
    using mhfund::split_largest_remainder;
    using V = std::vector<money>;

    // £100.00 / 3 = 3,333.33p each: floors 3,333 × 3 = 9,999, 1p left, equal remainders, so it
    // goes to the earliest part.
    CHECK(split_largest_remainder(p(10000), {1, 1, 1}) == V{p(3334), p(3333), p(3333)});
    // 10p / 4 = 2.5p each: floors 8p, 2p left, to the first two.
    CHECK(split_largest_remainder(p(10), {1, 1, 1, 1}) == V{p(3), p(3), p(2), p(2)});
    // 100p over 1:2:4 (W = 7): exact 14.29, 28.57, 57.14; floors 14 + 28 + 57 = 99; the 1p
    // left goes to the largest remainder (28.57), not to the earliest part.
    CHECK(split_largest_remainder(p(100), {1, 2, 4}) == V{p(14), p(29), p(57)});
    // Negative totals split as the mirror image of the positive ones.
    CHECK(split_largest_remainder(p(-10000), {1, 1, 1}) == V{p(-3334), p(-3333), p(-3333)});
    CHECK(split_largest_remainder(p(-10), {1, 1, 1, 1}) == V{p(-3), p(-3), p(-2), p(-2)});
    // Zero weights get nothing, even when pence are left over: 101p over {0,1,0,1} is 50.5 each.
    CHECK(split_largest_remainder(p(100), {0, 1, 0, 1}) == V{p(0), p(50), p(0), p(50)});
    CHECK(split_largest_remainder(p(101), {0, 1, 0, 1}) == V{p(0), p(51), p(0), p(50)});
    CHECK(split_largest_remainder(p(0), {3, 5}) == V{p(0), p(0)});
    CHECK(split_largest_remainder(p(123456), {7}) == V{p(123456)});
    // Ties go to the earliest parts however many parts there are: 15p over 40 equal weights is
    // 0.375p each, so the first 15 parts get 1p and the other 25 nothing.
    {
        V expected(40, p(0));
        for (std::size_t i = 0; i < 15; ++i)
            expected[i] = p(1);
        CHECK(split_largest_remainder(p(15), std::vector<int64_t>(40, 3)) == expected);
    }
    // Extremes: INT64_MAX / 2 = 4,611,686,018,427,387,903.5; INT64_MIN / 2 = −2^62 exactly.
    CHECK(split_largest_remainder(p(max64), {1, 1}) ==
          V{p(4611686018427387904), p(4611686018427387903)});
    CHECK(split_largest_remainder(p(min64), {1}) == V{p(min64)});
    CHECK(split_largest_remainder(p(min64), {1, 1}) ==
          V{p(-4611686018427387904), p(-4611686018427387904)});
}

TEST_CASE("split_largest_remainder rejects weights that cannot define shares") {
    using mhfund::split_largest_remainder;
    for (const std::vector<int64_t>& w :
         {std::vector<int64_t>{}, std::vector<int64_t>{0}, std::vector<int64_t>{0, 0, 0},
          std::vector<int64_t>{1, -1}, std::vector<int64_t>{-1, 5}}) {
        CHECK_THROWS_AS(split_largest_remainder(p(100), w), mhfund::error);
        try {
            split_largest_remainder(p(100), w);
        } catch (const mhfund::error& e) {
            CHECK(e.code() == errc::usage);
        }
    }
}

TEST_CASE("split_largest_remainder: 10,000 random allocations sum exactly, within a penny") {
    // Acceptance criterion: every split sums to the total and each part is within one penny of
    // its exact share total × w / W, i.e. |part × W − total × w| < W (checked in 128 bits).
    std::mt19937_64 rng(0x6d68660000000001);
    std::uniform_int_distribution<int64_t> total_dist(-1000000000000, 1000000000000);
    std::uniform_int_distribution<int> count_dist(1, 20);
    std::uniform_int_distribution<int64_t> weight_dist(0, 1000000);
    for (int trial = 0; trial < 10000; ++trial) {
        const int64_t total = total_dist(rng);
        std::vector<int64_t> weights(static_cast<std::size_t>(count_dist(rng)));
        int128 sum_w = 0;
        for (int64_t& w : weights) {
            w = weight_dist(rng);
            sum_w += w;
        }
        if (sum_w == 0) {
            weights[0] = 1;
            sum_w = 1;
        }
        const std::vector<money> parts = mhfund::split_largest_remainder(p(total), weights);
        REQUIRE(parts.size() == weights.size());
        int128 sum_parts = 0;
        bool within_a_penny = true;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            sum_parts += parts[i].pence();
            const int128 error = int128{parts[i].pence()} * sum_w - int128{total} * weights[i];
            if (abs128(error) >= sum_w) within_a_penny = false;
        }
        INFO("trial ", trial, ", total ", total, "p over ", weights.size(), " weights");
        CHECK(sum_parts == total);
        CHECK(within_a_penny);
    }
}

TEST_CASE("cumulative_share: the domain's FE trailblazer example") {
    // Domain 8 rule 5: FE trailblazer year 1 central events, £2,400.00 = 240,000p, over
    // 1 Jan 2023 – 31 Dec 2023: W = 260 weekdays, 174 of them before 1 Sep 2023.
    // 240,000 × 174 = 41,760,000; / 260 = 160,615 remainder 100 (100/260 < ½) → 160,615p.
    const money total = p(240000);
    const money to_2022_23 = mhfund::cumulative_share(total, 174, 260);
    CHECK(to_2022_23 == p(160615));         // £1,606.15 in 2022/23
    CHECK(total - to_2022_23 == p(79385));  // £793.85 in 2023/24
    CHECK(mhfund::cumulative_share(total, 0, 260) == p(0));
    CHECK(mhfund::cumulative_share(total, 260, 260) == total);
    // Negative: −160,615.38 → −160,615 (the nearest penny; no tie here).
    CHECK(mhfund::cumulative_share(p(-240000), 174, 260) == p(-160615));
    // A tie: 5p × 1/2 = 2.5p → 3p; −5p × 1/2 = −2.5p → −2p (halves towards +infinity).
    CHECK(mhfund::cumulative_share(p(5), 1, 2) == p(3));
    CHECK(mhfund::cumulative_share(p(-5), 1, 2) == p(-2));
    CHECK(mhfund::cumulative_share(p(max64), 1, 1) == p(max64));
    CHECK_THROWS_AS(mhfund::cumulative_share(total, 1, 0), mhfund::error);
}

TEST_CASE("cumulative_share telescopes: period shares sum exactly to the total") {
    std::mt19937_64 rng(20230101);
    std::uniform_int_distribution<int64_t> total_dist(-1000000000000, 1000000000000);
    std::uniform_int_distribution<int64_t> width_dist(1, 100000);
    std::uniform_int_distribution<int> cuts_dist(0, 30);
    for (int trial = 0; trial < 2000; ++trial) {
        const int64_t total = total_dist(rng);
        const int64_t w = width_dist(rng);
        std::uniform_int_distribution<int64_t> cut_dist(0, w);
        std::vector<int64_t> cuts = {0, w};
        for (int i = cuts_dist(rng); i > 0; --i)
            cuts.push_back(cut_dist(rng));
        std::sort(cuts.begin(), cuts.end());  // repeated cuts make empty periods: allowed

        int128 sum = 0;
        bool within_a_penny = true;
        for (std::size_t i = 0; i + 1 < cuts.size(); ++i) {
            const money share = mhfund::cumulative_share(p(total), cuts[i + 1], w) -
                                mhfund::cumulative_share(p(total), cuts[i], w);
            sum += share.pence();
            // Each end is within ½p of exact, so a share is within 1p of total × Δ / W.
            const int128 error =
                int128{share.pence()} * w - int128{total} * (cuts[i + 1] - cuts[i]);
            if (abs128(error) >= w) within_a_penny = false;
        }
        INFO("trial ", trial, ", total ", total, "p, W = ", w, ", ", cuts.size() - 1, " periods");
        CHECK(sum == total);
        CHECK(within_a_penny);
    }
}
