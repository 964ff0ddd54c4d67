// How TRNs, URNs and UKPRNs are recognised and masked, shared by identifiers.hpp and the readers.
#ifndef MHFUND_DETAIL_IDENTIFIERS_HPP
#define MHFUND_DETAIL_IDENTIFIERS_HPP

#include <string>
#include <string_view>

#include "mhfund/detail/text.hpp"
#include "mhfund/error.hpp"

namespace mhfund {
inline namespace v1 {
namespace detail {

enum class trn_form { invalid, blank, digits, payslip, unqualified };

/// Which accepted form `t` (already trimmed) is in. The letters of "RP" and "UQT" match in
/// any case: they carry nothing the normalised value keeps (the payslip form becomes digits,
/// UQT becomes "UQT"), so accepting "rp12/34567" or "uqt" as typed cannot create two spellings
/// of one TRN.
constexpr trn_form classify_trn(std::string_view t) noexcept {
    if (t.empty()) return trn_form::blank;
    if (t.size() == 7 && all_digits(t)) return trn_form::digits;
    // 003: "Payslip - it is a number like this example: RP12/34567."
    if (t.size() == 10 && iequals_ascii(t.substr(0, 2), "RP") && all_digits(t.substr(2, 2)) &&
        t[4] == '/' && all_digits(t.substr(5, 5)))
        return trn_form::payslip;
    if (iequals_ascii(t, "UQT")) return trn_form::unqualified;
    return trn_form::invalid;
}

constexpr bool is_urn_text(std::string_view t) noexcept {
    return t.size() == 6 && all_digits(t);
}

constexpr bool is_ukprn_text(std::string_view t) noexcept {
    return t.size() == 8 && t[0] == '1' && all_digits(t);
}

/// A rejected TRN shown in an error message: every digit after the first two becomes '*', so
/// that a mistyped real TRN (an extra digit, a stray letter) does not reach logs, while its
/// shape (length, letters, separators) still shows what is wrong.
/// Full-width digits (U+FF10 to U+FF19) count as digits, and each becomes one '*'.
inline std::string mask_trn_text(std::string_view t) {
    std::string out;
    out.reserve(t.size());
    int digits = 0;
    for (std::size_t i = 0; i < t.size();) {
        const std::size_t width = digit_bytes(t, i);
        if (width == 0) {
            out += t[i++];
            continue;
        }
        if (++digits > 2)
            out += '*';
        else
            out.append(t.substr(i, width));
        i += width;
    }
    return out;
}

inline constexpr const char* trn_expected =
    "7 digits (e.g. 1234567), the payslip form RP12/34567, or UQT for an unqualified teacher";

}  // namespace detail
}  // namespace v1
}  // namespace mhfund

#endif
