// Release time in half-days, and day rates. The only way from time to money is
// `day_rate × half_days`, rounded half-up once (domain.md section 8 rule 1).
#ifndef MHFUND_HALF_DAYS_HPP
#define MHFUND_HALF_DAYS_HPP

#include <cstdint>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "mhfund/error.hpp"
#include "mhfund/money.hpp"

namespace mhfund {
inline namespace v1 {

/// A quantity of release time, counted in half-days (the documents' unit: half-day meetings,
/// a half-day launch). Not money, not a plain number: `money + half_days` does not compile.
class half_days {
  public:
    constexpr half_days() noexcept = default;
    /// `halves` half-days (3 is a day and a half).
    static constexpr half_days from_count(int64_t halves) noexcept { return half_days(halves); }
    /// `whole_days` days; an overflow error beyond the range of int64_t half-days.
    static half_days from_days(int64_t whole_days) {
        return half_days(detail::checked_mul(whole_days, 2));
    }
    /// The most days parse() accepts, in half-days: 262 days, the most weekdays a year has.
    static constexpr int64_t max_year_half_days = 524;
    /// Parses `15`, `7.5`, `0.5`, `1.0`, `1.50`. Rejects `1.25`, negatives, exponents, empty,
    /// and more than 262 days (max_year_half_days).
    static half_days parse(std::string_view text);

    /// The number of half-days.
    constexpr int64_t count() const noexcept { return halves_; }
    /// True for no time at all.
    constexpr bool is_zero() const noexcept { return halves_ == 0; }

    /// Sums, differences and multiples of time; an overflow is an mhfund::error (errc::overflow).
    ///@{
    half_days& operator+=(half_days o) {
        return *this = half_days(detail::checked_add(halves_, o.halves_));
    }
    half_days& operator-=(half_days o) {
        return *this = half_days(detail::checked_sub(halves_, o.halves_));
    }
    friend half_days operator+(half_days a, half_days b) { return a += b; }
    friend half_days operator-(half_days a, half_days b) { return a -= b; }
    friend half_days operator*(half_days a, int64_t n) {
        return half_days(detail::checked_mul(a.halves_, n));
    }
    ///@}

    /// Compares quantities of time.
    ///@{
    friend constexpr bool operator==(half_days a, half_days b) { return a.halves_ == b.halves_; }
    friend constexpr bool operator!=(half_days a, half_days b) { return a.halves_ != b.halves_; }
    friend constexpr bool operator<(half_days a, half_days b) { return a.halves_ < b.halves_; }
    friend constexpr bool operator<=(half_days a, half_days b) { return a.halves_ <= b.halves_; }
    friend constexpr bool operator>(half_days a, half_days b) { return a.halves_ > b.halves_; }
    friend constexpr bool operator>=(half_days a, half_days b) { return a.halves_ >= b.halves_; }
    ///@}

  private:
    constexpr explicit half_days(int64_t halves) noexcept : halves_(halves) {}
    int64_t halves_ = 0;
};

/// `15`, `7.5`, `0.5`: days, as the documents write them.
inline std::string to_string(half_days d) {
    const int64_t c = d.count();
    const int64_t whole = c / 2;
    std::string out = (c < 0 && whole == 0) ? "-0" : std::to_string(whole);
    if (c % 2 != 0) out += ".5";
    return out;
}

/// Money per day of release. Not money itself: a rate is only ever multiplied by time.
class day_rate {
  public:
    constexpr day_rate() noexcept = default;
    /// A rate of `per_day` for each day.
    constexpr explicit day_rate(money per_day) noexcept : per_day_(per_day) {}
    /// The amount for one day.
    constexpr money per_day() const noexcept { return per_day_; }

    /// Compares rates.
    ///@{
    friend constexpr bool operator==(day_rate a, day_rate b) { return a.per_day_ == b.per_day_; }
    friend constexpr bool operator!=(day_rate a, day_rate b) { return a.per_day_ != b.per_day_; }
    ///@}

  private:
    money per_day_;
};

/// days × rate = half_days × rate / 2, rounded half-up once for the whole quantity.
/// E.g. 7.5 days × £333.33 = 15 × 33,333 / 2 = 249,997.5 → £2,499.98.
inline money operator*(day_rate rate, half_days time) {
    return money::from_pence(
        round_half_up_div(static_cast<detail::int128>(rate.per_day().pence()) * time.count(), 2));
}
/// The same: time × rate.
inline money operator*(half_days time, day_rate rate) {
    return rate * time;
}

inline half_days half_days::parse(std::string_view text) {
    const std::string shown(text);
    auto fail = [&]() -> half_days {
        throw_input("number of days", shown,
                    "a non-negative number of days in steps of half a day, such as 15, 7.5 or "
                    "0.5");
    };
    std::string_view s = text;
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    const std::size_t dot = s.find('.');
    const std::string_view whole = s.substr(0, dot);
    const std::string_view frac =
        dot == std::string_view::npos ? std::string_view{} : s.substr(dot + 1);
    if (whole.empty() || (dot != std::string_view::npos && frac.empty())) return fail();
    int64_t days = 0;
    for (char c : whole) {
        if (c < '0' || c > '9') return fail();
        if (__builtin_mul_overflow(days, 10, &days) || __builtin_add_overflow(days, c - '0', &days))
            return fail();
    }
    // The fraction must be .0 or .5, with any trailing zeros (".50", ".00").
    int64_t half = 0;
    for (std::size_t i = 0; i < frac.size(); ++i) {
        const char c = frac[i];
        if (c < '0' || c > '9') return fail();
        if (i == 0) {
            if (c == '5')
                half = 1;
            else if (c != '0')
                return fail();
        } else if (c != '0') {
            return fail();
        }
    }
    int64_t halves = 0;
    if (__builtin_mul_overflow(days, 2, &halves) || __builtin_add_overflow(halves, half, &halves))
        return fail();
    // Days are given per programme year, and a year has at most 262 weekdays (52 weeks and
    // two days): more is a slip of the keyboard, not a plan (2,147,483,648 SLE days once priced
    // at £751.6 bn for one teacher).
    if (halves > max_year_half_days)
        throw_input("number of days", shown,
                    "at most 262 days, the weekdays of a year (days are given per programme "
                    "year)");
    return half_days(halves);
}

}  // namespace v1
}  // namespace mhfund

/// @cond INTERNAL
/// Formats half_days as mhfund::to_string does: `fmt::format("{}", d)` gives `7.5`.
template <>
struct fmt::formatter<mhfund::half_days> : fmt::formatter<std::string> {
    template <typename FormatContext>
    auto format(mhfund::half_days d, FormatContext& ctx) const -> decltype(ctx.out()) {
        return fmt::formatter<std::string>::format(mhfund::to_string(d), ctx);
    }
};
/// @endcond

#endif
