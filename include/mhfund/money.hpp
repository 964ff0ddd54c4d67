// Money: exact integer pence, checked arithmetic, strict parsing, locale-independent formatting,
// and the two ways mhfund splits an amount (largest remainder; cumulative rounding).
#ifndef MHFUND_MONEY_HPP
#define MHFUND_MONEY_HPP

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "mhfund/detail/checked.hpp"
#include "mhfund/detail/money_text.hpp"
#include "mhfund/error.hpp"

namespace mhfund {
inline namespace v1 {

/// round_half_up(n / d) = floor(n / d + 1/2), for d > 0. This is the one rounding rule of
/// domain.md section 8 (halves go up, towards +infinity).
inline int64_t round_half_up_div(detail::int128 n, detail::int128 d) {
    if (d <= 0) throw error(errc::usage, "round_half_up_div: divisor must be positive");
    // floor(n / d), then up by one when the remainder is at least half of d. Written without
    // 2 × n or 2 × d, which overflow int128 for large arguments (e.g. INT64_MIN × INT64_MIN).
    detail::int128 q = n / d;
    detail::int128 r = n % d;
    if (r < 0) {  // truncation went towards zero: step down to the floor, 0 <= r < d
        r += d;
        --q;
    }
    if (r >= d - r) ++q;
    return detail::narrow(q, "rounding");
}

/// An amount of money in pence. Never a float: every operation is exact or throws.
/// With {fmt}, `fmt::format("{}", m)` gives `£1,234.56` and `fmt::format("{:p}", m)` gives
/// `1234.56` (plain, for CSV and JSON), whatever the locale.
class money {
  public:
    constexpr money() noexcept = default;
    /// `pence` pence: `money::from_pence(300000)` is £3,000.00.
    static constexpr money from_pence(int64_t pence) noexcept { return money(pence); }
    /// Whole pounds, e.g. `money::from_pounds(200)` is £200.00.
    static money from_pounds(int64_t pounds) { return money(detail::checked_mul(pounds, 100)); }
    /// Parses `1234.56`, `1,234.56`, `£1,234.56`, `-£200.00`, `200`, `200.5` (= £200.50).
    /// Rejects more than two decimals, exponents, misplaced commas, a bare `£` and empty text.
    static money parse(std::string_view text);

    /// The amount in pence.
    constexpr int64_t pence() const noexcept { return pence_; }
    /// True for £0.00.
    constexpr bool is_zero() const noexcept { return pence_ == 0; }
    /// True below £0.00.
    constexpr bool is_negative() const noexcept { return pence_ < 0; }

    /// Sums and differences, exact; leaving the range of int64_t pence is an mhfund::error
    /// (errc::overflow).
    ///@{
    money& operator+=(money o) { return *this = money(detail::checked_add(pence_, o.pence_)); }
    money& operator-=(money o) { return *this = money(detail::checked_sub(pence_, o.pence_)); }
    friend money operator+(money a, money b) { return a += b; }
    friend money operator-(money a, money b) { return a -= b; }
    friend money operator-(money a) { return money(detail::checked_sub(0, a.pence_)); }
    ///@}
    /// A count of things at a price (e.g. departments × grant). Money × money does not exist.
    friend money operator*(money a, int64_t n) { return money(detail::checked_mul(a.pence_, n)); }
    /// The same: a count × a price.
    friend money operator*(int64_t n, money a) { return a * n; }

    /// Compares amounts.
    ///@{
    friend constexpr bool operator==(money a, money b) { return a.pence_ == b.pence_; }
    friend constexpr bool operator!=(money a, money b) { return a.pence_ != b.pence_; }
    friend constexpr bool operator<(money a, money b) { return a.pence_ < b.pence_; }
    friend constexpr bool operator<=(money a, money b) { return a.pence_ <= b.pence_; }
    friend constexpr bool operator>(money a, money b) { return a.pence_ > b.pence_; }
    friend constexpr bool operator>=(money a, money b) { return a.pence_ >= b.pence_; }
    ///@}

  private:
    constexpr explicit money(int64_t pence) noexcept : pence_(pence) {}
    int64_t pence_ = 0;
};

/// `£1,234.56`, `-£200.00`: for people.
std::string to_display(money m);
/// `1234.56`, `-200.00`: for CSV and JSON.
std::string to_plain(money m);

/// Splits `total` over parts by integer `weights` with the largest-remainder method: each part
/// gets the floor of its exact share, and the pence left over go one each to the parts with the
/// largest remainders, ties to the earliest part. The parts always sum to `total`, and each
/// differs from its exact share by less than a penny. Weights must be non-negative with a
/// positive sum.
std::vector<money> split_largest_remainder(money total, const std::vector<int64_t>& weights);

/// round_half_up(total × num / den): the cumulative share of section 8 rule 5. Shares of
/// consecutive periods are differences of these, so they telescope back to `total` exactly.
inline money cumulative_share(money total, int64_t num, int64_t den) {
    if (num == den) return total;
    return money::from_pence(
        round_half_up_div(static_cast<detail::int128>(total.pence()) * num, den));
}

// ---------------------------------------------------------------------------------------------
// Implementation (inline: the core model is header-centric).

inline std::string to_display(money m) {
    const uint64_t mag = detail::magnitude(m.pence());
    std::string out = m.is_negative() ? "-\xC2\xA3" : "\xC2\xA3";
    out += detail::group_thousands(mag / 100);
    out += '.';
    out += detail::two_digits(mag % 100);
    return out;
}

inline std::string to_plain(money m) {
    const uint64_t mag = detail::magnitude(m.pence());
    std::string out = m.is_negative() ? "-" : "";
    out += std::to_string(mag / 100);
    out += '.';
    out += detail::two_digits(mag % 100);
    return out;
}

inline money money::parse(std::string_view text) {
    const std::string shown(text);
    auto fail = [&]() -> money {
        throw_input("amount", shown,
                    "pounds and pence such as 1234.56, 1,234.56 or \xC2\xA3"
                    "1,234.56 (at most two decimals)");
    };
    std::string_view s = text;
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    bool negative = false;
    if (!s.empty() && s.front() == '-') {
        negative = true;
        s.remove_prefix(1);
    }
    if (s.size() >= 2 && s.substr(0, 2) == "\xC2\xA3") s.remove_prefix(2);
    if (!negative && !s.empty() && s.front() == '-') {  // "£-200.00"
        negative = true;
        s.remove_prefix(1);
    }
    const std::size_t dot = s.find('.');
    std::string_view whole = s.substr(0, dot);
    std::string_view frac = dot == std::string_view::npos ? std::string_view{} : s.substr(dot + 1);
    if (whole.empty()) return fail();
    if (dot != std::string_view::npos && (frac.empty() || frac.size() > 2)) return fail();

    int64_t pounds = 0;
    const bool grouped = whole.find(',') != std::string_view::npos;
    std::size_t digits_in_group = 0;
    bool first_group = true;
    for (char c : whole) {
        if (c == ',') {
            if (digits_in_group == 0 || (first_group && digits_in_group > 3) ||
                (!first_group && digits_in_group != 3))
                return fail();
            first_group = false;
            digits_in_group = 0;
            continue;
        }
        if (c < '0' || c > '9') return fail();
        ++digits_in_group;
        if (__builtin_mul_overflow(pounds, 10, &pounds) ||
            __builtin_add_overflow(pounds, c - '0', &pounds))
            detail::throw_overflow_at("amount", shown, {});  // the reader adds where
    }
    if (grouped && digits_in_group != 3) return fail();

    int64_t pence = 0;
    for (std::size_t i = 0; i < 2; ++i) {
        pence *= 10;
        if (i < frac.size()) {
            const char c = frac[i];
            if (c < '0' || c > '9') return fail();
            pence += c - '0';
        }
    }
    // Built as a magnitude in int128 so that the most negative amount, which has no positive
    // counterpart in int64, parses (to_display(INT64_MIN pence) reads back).
    const detail::int128 magnitude = static_cast<detail::int128>(pounds) * 100 + pence;
    const detail::int128 value = negative ? -magnitude : magnitude;
    if (value > std::numeric_limits<int64_t>::max() || value < std::numeric_limits<int64_t>::min())
        detail::throw_overflow_at("amount", shown, {});
    return money(static_cast<int64_t>(value));
}

inline std::vector<money> split_largest_remainder(money total,
                                                  const std::vector<int64_t>& weights) {
    using detail::int128;
    int128 sum = 0;
    for (int64_t w : weights) {
        if (w < 0) throw error(errc::usage, "split_largest_remainder: negative weight");
        sum += w;
    }
    if (sum <= 0) throw error(errc::usage, "split_largest_remainder: weights sum to zero");

    // Split the magnitude, then restore the sign, so that negative totals split symmetrically.
    const bool negative = total.is_negative();
    const int128 mag = negative ? -static_cast<int128>(total.pence()) : total.pence();
    // Parts stay in int128 until the sign is restored: a part of the magnitude of INT64_MIN
    // pence does not fit in int64.
    std::vector<int128> parts(weights.size());
    std::vector<int128> remainders(weights.size());
    int128 given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const int128 exact = mag * weights[i];
        parts[i] = exact / sum;
        remainders[i] = exact % sum;
        given += parts[i];
    }
    // The pence left over number fewer than the parts: one each, largest remainder first,
    // ties to the earliest part (a stable sort keeps index order among equals).
    const int128 left = mag - given;
    std::vector<std::size_t> order(weights.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
    for (int128 k = 0; k < left; ++k)
        ++parts[order[static_cast<std::size_t>(k)]];
    std::vector<money> out;
    out.reserve(parts.size());
    for (int128 p : parts)
        out.push_back(money::from_pence(detail::narrow(negative ? -p : p, "split")));
    return out;
}

}  // namespace v1
}  // namespace mhfund

/// `{}` → `£1,234.56`; `{:p}` → `1234.56` (plain, for CSV and JSON).
/// @cond INTERNAL
template <>
struct fmt::formatter<mhfund::money> {
    bool plain = false;
    constexpr auto parse(fmt::format_parse_context& ctx) -> decltype(ctx.begin()) {
        auto it = ctx.begin();
        if (it != ctx.end() && *it == 'p') {
            plain = true;
            ++it;
        }
        if (it != ctx.end() && *it != '}') throw fmt::format_error("invalid money format");
        return it;
    }
    template <typename FormatContext>
    auto format(mhfund::money m, FormatContext& ctx) const -> decltype(ctx.out()) {
        const std::string s = plain ? mhfund::to_plain(m) : mhfund::to_display(m);
        return std::copy(s.begin(), s.end(), ctx.out());
    }
};
/// @endcond

#endif
