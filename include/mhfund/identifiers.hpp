// Identifiers of people and institutions: Teacher Reference Numbers, school URNs and FE
// providers' UKPRNs (domain.md section 5). Bad input is rejected with a message that says what
// was expected; the `is_valid_*` forms answer the same question without exceptions (C API).
#ifndef MHFUND_IDENTIFIERS_HPP
#define MHFUND_IDENTIFIERS_HPP

#include <cstddef>
#include <string>
#include <string_view>

#include "mhfund/detail/identifiers.hpp"
#include "mhfund/error.hpp"

namespace mhfund {
inline namespace v1 {

/// A Teacher Reference Number, normalised: 7 digits, or "UQT" for an unqualified teacher.
/// A TRN is personal data (domain.md section 5): show it only when asked, otherwise
/// `redact_trn`; never log it.
struct trn {
    std::string value;  ///< "1234567" or "UQT"

    /// 003: "If unqualified, type in UQT."
    bool unqualified() const noexcept { return value == "UQT"; }

    /// Compares normalised values.
    ///@{
    friend bool operator==(const trn& a, const trn& b) noexcept { return a.value == b.value; }
    friend bool operator!=(const trn& a, const trn& b) noexcept { return a.value != b.value; }
    ///@}
};

/// Whether an id is a school (URN) or an FE provider (UKPRN).
enum class institution_kind { school, fe_provider };

/// Parses a TRN: 7 digits ("1234567"); the payslip form "RP12/34567", normalised to "1234567"
/// (domain.md section 5); or "UQT" for an unqualified teacher (003). Surrounding spaces and
/// tabs are ignored; "RP" and "UQT" may be in any case. A blank TRN is an input error of its
/// own (003: "If this field is left blank, we will be unable to process your application").
/// A rejected value is quoted in the message with its digits after the first two masked.
inline trn parse_trn(std::string_view text) {
    const std::string_view t = detail::trim(text);
    switch (detail::classify_trn(t)) {
        case detail::trn_form::digits:
            return trn{std::string(t)};
        case detail::trn_form::payslip:
            return trn{std::string(t.substr(2, 2)) + std::string(t.substr(5, 5))};
        case detail::trn_form::unqualified:
            return trn{"UQT"};
        case detail::trn_form::blank:
            throw error(errc::input,
                        std::string("blank TRN: a blank TRN makes an application unprocessable "
                                    "(003); expected ") +
                            detail::trn_expected);
        case detail::trn_form::invalid:
            break;
    }
    throw_input("TRN", detail::mask_trn_text(t), detail::trn_expected);
}

/// Whether `text` is a TRN `parse_trn` accepts (a blank is not).
constexpr bool is_valid_trn(std::string_view text) noexcept {
    const detail::trn_form f = detail::classify_trn(detail::trim(text));
    return f != detail::trn_form::invalid && f != detail::trn_form::blank;
}

/// A TRN as reports show it unless asked for TRNs: the first two digits, then one '*' per
/// further digit ("1234567" → "12*****"). "UQT" is shown as is: it identifies no one.
inline std::string redact_trn(const trn& t) {
    if (t.unqualified()) return t.value;
    return detail::mask_trn_text(t.value);
}

/// Parses a school's Unique Reference Number (003's form asks for the "School URN"): 6 digits,
/// surrounding spaces and tabs ignored. Returns the 6 digits.
inline std::string parse_urn(std::string_view text) {
    const std::string_view t = detail::trim(text);
    if (!detail::is_urn_text(t))
        throw_input("URN", std::string(t),
                    "6 digits (a school's Unique Reference Number, e.g. 137083)");
    return std::string(t);
}

/// Whether `text` is a URN `parse_urn` accepts.
constexpr bool is_valid_urn(std::string_view text) noexcept {
    return detail::is_urn_text(detail::trim(text));
}

/// Parses an FE provider's UK Provider Reference Number: 8 digits starting with 1 (the
/// register's convention; domain.md section 5), surrounding spaces and tabs ignored.
inline std::string parse_ukprn(std::string_view text) {
    const std::string_view t = detail::trim(text);
    if (!detail::is_ukprn_text(t))
        throw_input("UKPRN", std::string(t),
                    "8 digits starting with 1 (a UK Provider Reference Number, e.g. 10001234)");
    return std::string(t);
}

/// Whether `text` is a UKPRN `parse_ukprn` accepts.
constexpr bool is_valid_ukprn(std::string_view text) noexcept {
    return detail::is_ukprn_text(detail::trim(text));
}

/// Tells a school from an FE provider by the form of its id, since payees are both: schools
/// for secondary release (000), and for FE "The FE institution will be funded at £400 a day"
/// (004). The two forms cannot overlap (6 digits against 8).
inline institution_kind classify_institution(std::string_view id) {
    const std::string_view t = detail::trim(id);
    if (detail::is_urn_text(t)) return institution_kind::school;
    if (detail::is_ukprn_text(t)) return institution_kind::fe_provider;
    throw_input("institution id", std::string(t),
                "a school URN (6 digits) or an FE provider's UKPRN (8 digits starting with 1)");
}

}  // namespace v1
}  // namespace mhfund

#endif
