// Identifiers of people and institutions: Teacher Reference Numbers, school URNs and FE
// providers' UKPRNs (domain.md section 5). Bad input is rejected with a message that says what
// was expected; the `is_valid_*` forms answer the same question without exceptions (C API).
#ifndef MHFUND_IDENTIFIERS_HPP
#define MHFUND_IDENTIFIERS_HPP

#include <cstddef>
#include <string>
#include <string_view>

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

namespace detail {

// Locale-independent on purpose (std::isdigit and std::isspace consult the C locale).
constexpr bool is_ascii_digit(char c) noexcept {
    return c >= '0' && c <= '9';
}
constexpr char ascii_upper_char(char c) noexcept {
    return (c >= 'a' && c <= 'z') ? char(c - 32) : c;
}

constexpr bool all_digits(std::string_view s) noexcept {
    for (char c : s)
        if (!is_ascii_digit(c)) return false;
    return true;
}

/// `text` without surrounding spaces and tabs (as left by hand-typed forms and spreadsheets).
constexpr std::string_view trim_blanks(std::string_view text) noexcept {
    std::size_t b = 0, e = text.size();
    while (b < e && (text[b] == ' ' || text[b] == '\t'))
        ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t'))
        --e;
    return text.substr(b, e - b);
}

/// Compares `s` with the upper-case ASCII word `upper`, ignoring the case of `s`.
constexpr bool equals_upper(std::string_view s, std::string_view upper) noexcept {
    if (s.size() != upper.size()) return false;
    for (std::size_t i = 0; i < s.size(); ++i)
        if (ascii_upper_char(s[i]) != upper[i]) return false;
    return true;
}

enum class trn_form { invalid, blank, digits, payslip, unqualified };

/// Which accepted form `t` (already trimmed) is in. The letters of "RP" and "UQT" match in
/// any case: they carry nothing the normalised value keeps (the payslip form becomes digits,
/// UQT becomes "UQT"), so accepting "rp12/34567" or "uqt" as typed cannot create two spellings
/// of one TRN.
constexpr trn_form classify_trn(std::string_view t) noexcept {
    if (t.empty()) return trn_form::blank;
    if (t.size() == 7 && all_digits(t)) return trn_form::digits;
    // 003: "Payslip - it is a number like this example: RP12/34567."
    if (t.size() == 10 && equals_upper(t.substr(0, 2), "RP") && all_digits(t.substr(2, 2)) &&
        t[4] == '/' && all_digits(t.substr(5, 5)))
        return trn_form::payslip;
    if (equals_upper(t, "UQT")) return trn_form::unqualified;
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
inline std::string mask_trn_text(std::string_view t) {
    std::string out(t);
    int digits = 0;
    for (char& c : out)
        if (is_ascii_digit(c) && ++digits > 2) c = '*';
    return out;
}

inline constexpr const char* trn_expected =
    "7 digits (e.g. 1234567), the payslip form RP12/34567, or UQT for an unqualified teacher";

}  // namespace detail

/// Parses a TRN: 7 digits ("1234567"); the payslip form "RP12/34567", normalised to "1234567"
/// (domain.md section 5); or "UQT" for an unqualified teacher (003). Surrounding spaces and
/// tabs are ignored; "RP" and "UQT" may be in any case. A blank TRN is an input error of its
/// own (003: "If this field is left blank, we will be unable to process your application").
/// A rejected value is quoted in the message with its digits after the first two masked.
inline trn parse_trn(std::string_view text) {
    const std::string_view t = detail::trim_blanks(text);
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
    const detail::trn_form f = detail::classify_trn(detail::trim_blanks(text));
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
    const std::string_view t = detail::trim_blanks(text);
    if (!detail::is_urn_text(t))
        throw_input("URN", std::string(t),
                    "6 digits (a school's Unique Reference Number, e.g. 137083)");
    return std::string(t);
}

/// Whether `text` is a URN `parse_urn` accepts.
constexpr bool is_valid_urn(std::string_view text) noexcept {
    return detail::is_urn_text(detail::trim_blanks(text));
}

/// Parses an FE provider's UK Provider Reference Number: 8 digits starting with 1 (the
/// register's convention; domain.md section 5), surrounding spaces and tabs ignored.
inline std::string parse_ukprn(std::string_view text) {
    const std::string_view t = detail::trim_blanks(text);
    if (!detail::is_ukprn_text(t))
        throw_input("UKPRN", std::string(t),
                    "8 digits starting with 1 (a UK Provider Reference Number, e.g. 10001234)");
    return std::string(t);
}

/// Whether `text` is a UKPRN `parse_ukprn` accepts.
constexpr bool is_valid_ukprn(std::string_view text) noexcept {
    return detail::is_ukprn_text(detail::trim_blanks(text));
}

/// Tells a school from an FE provider by the form of its id, since payees are both: schools
/// for secondary release (000), and for FE "The FE institution will be funded at £400 a day"
/// (004). The two forms cannot overlap (6 digits against 8).
inline institution_kind classify_institution(std::string_view id) {
    const std::string_view t = detail::trim_blanks(id);
    if (detail::is_urn_text(t)) return institution_kind::school;
    if (detail::is_ukprn_text(t)) return institution_kind::fe_provider;
    throw_input("institution id", std::string(t),
                "a school URN (6 digits) or an FE provider's UKPRN (8 digits starting with 1)");
}

}  // namespace v1
}  // namespace mhfund

#endif
