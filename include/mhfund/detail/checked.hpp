// Checked 64-bit arithmetic for money: every overflow is an error, never a wrap.
#ifndef MHFUND_DETAIL_CHECKED_HPP
#define MHFUND_DETAIL_CHECKED_HPP

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <utility>

#include "mhfund/error.hpp"

namespace mhfund {
inline namespace v1 {
namespace detail {

// 128-bit intermediates so that amount × weight never overflows before the division.
__extension__ typedef __int128 int128;

[[noreturn]] inline void throw_overflow(const char* op) {
    throw error(errc::overflow, std::string("amount out of range in ") + op +
                                    " (limit is ±92,233,720,368,547,758.07)");
}

/// The range of money, as messages say it: ±£92,233,720,368,547,758.07 (int64 pence).
inline constexpr const char* money_range_text =
    "\xC2\xB1\xC2\xA3"
    "92,233,720,368,547,758.07";

/// An overflow caused by `value`, the `what` (e.g. "number of days") at `where`. The arithmetic
/// that overflows knows no file, so the reader or the loop over claims or lines, which knows
/// the value it was working on, catches errc::overflow and throws this instead. The category
/// stays errc::overflow (exit 1 in the CLI, as for any input error).
[[noreturn]] inline void throw_overflow_at(const std::string& what, std::string_view value,
                                           source_location where) {
    throw error(errc::overflow,
                "bad " + what + " '" + shown_value(value) +
                    "': it takes an amount out of range; expected a value whose amounts and "
                    "totals stay within " +
                    money_range_text,
                std::move(where));
}

inline int64_t checked_add(int64_t a, int64_t b) {
    int64_t r;
    if (__builtin_add_overflow(a, b, &r)) throw_overflow("addition");
    return r;
}
inline int64_t checked_sub(int64_t a, int64_t b) {
    int64_t r;
    if (__builtin_sub_overflow(a, b, &r)) throw_overflow("subtraction");
    return r;
}
inline int64_t checked_mul(int64_t a, int64_t b) {
    int64_t r;
    if (__builtin_mul_overflow(a, b, &r)) throw_overflow("multiplication");
    return r;
}
inline int64_t narrow(int128 v, const char* op) {
    if (v > std::numeric_limits<int64_t>::max() || v < std::numeric_limits<int64_t>::min())
        throw_overflow(op);
    return static_cast<int64_t>(v);
}
/// floor(n / d) for d > 0, whatever the sign of n.
inline int128 floor_div(int128 n, int128 d) {
    int128 q = n / d;
    if ((n % d != 0) && (n < 0)) --q;
    return q;
}

}  // namespace detail
}  // namespace v1
}  // namespace mhfund

#endif
