// The pieces of money's display form: thousands separators and two-digit pence.
#ifndef MHFUND_DETAIL_MONEY_TEXT_HPP
#define MHFUND_DETAIL_MONEY_TEXT_HPP

#include <cstdint>
#include <string>

namespace mhfund {
inline namespace v1 {
namespace detail {

inline std::string group_thousands(uint64_t whole) {
    std::string digits = std::to_string(whole);
    std::string out;
    out.reserve(digits.size() + digits.size() / 3);
    const std::size_t lead = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        // A comma before every digit that starts a group of three (i >= lead: the unsigned
        // difference must not wrap, or (i - lead) % 3 is meaningless).
        if (i >= lead && (i - lead) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}
inline uint64_t magnitude(int64_t p) {
    // Safe for INT64_MIN: negate in unsigned arithmetic.
    return p < 0 ? uint64_t{0} - static_cast<uint64_t>(p) : static_cast<uint64_t>(p);
}
inline std::string two_digits(uint64_t v) {
    return std::string{static_cast<char>('0' + v / 10), static_cast<char>('0' + v % 10)};
}

}  // namespace detail
}  // namespace v1
}  // namespace mhfund

#endif
