// The small text toolkit every reader and writer shares: ASCII classification and case, trim,
// split, join, suffixes, whole numbers, yes/no and month names. Locale-independent on purpose
// (std::isdigit, std::isspace and std::tolower consult the C locale), and one copy of each, so
// that two readers cannot disagree about what a cell says.
#ifndef MHFUND_DETAIL_TEXT_HPP
#define MHFUND_DETAIL_TEXT_HPP

#include <charconv>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <vector>

namespace mhfund {
inline namespace v1 {
namespace detail {

constexpr bool is_ascii_digit(char c) noexcept {
    return c >= '0' && c <= '9';
}
constexpr char ascii_upper(char c) noexcept {
    return (c >= 'a' && c <= 'z') ? char(c - 32) : c;
}
constexpr char ascii_lower(char c) noexcept {
    return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}
/// True for a non-empty run of ASCII digits.
constexpr bool all_digits(std::string_view s) noexcept {
    for (char c : s)
        if (!is_ascii_digit(c)) return false;
    return !s.empty();
}
/// Equal ignoring ASCII case.
constexpr bool iequals_ascii(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (ascii_upper(a[i]) != ascii_upper(b[i])) return false;
    return true;
}

/// `text` without surrounding spaces and tabs (as left by hand-typed forms and spreadsheets).
constexpr std::string_view trim(std::string_view text) noexcept {
    std::size_t b = 0, e = text.size();
    while (b < e && (text[b] == ' ' || text[b] == '\t'))
        ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t'))
        --e;
    return text.substr(b, e - b);
}

/// The offset of the first control character in `text`: C0 (a NUL, a line break, a tab, an
/// escape), DEL, or C1 (U+0080 to U+009F, UTF-8 C2 80 to C2 9F); npos when there is none.
/// Readers refuse them in every text cell: two ids differing after a NUL would print alike.
constexpr std::size_t find_control(std::string_view text) noexcept {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 || c == 0x7F) return i;
        if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
            static_cast<unsigned char>(text[i + 1]) <= 0x9F)
            return i;
    }
    return std::string_view::npos;
}

inline std::string to_lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        c = ascii_lower(c);
    return out;
}
inline std::string to_upper_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        c = ascii_upper(c);
    return out;
}

/// The parts of `text` between separators, as views into it ("a,,b" gives "a", "", "b"; ""
/// gives one empty part).
inline std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t pos = 0;
    for (;;) {
        const std::size_t next = text.find(separator, pos);
        parts.push_back(text.substr(pos, next == std::string_view::npos ? next : next - pos));
        if (next == std::string_view::npos) return parts;
        pos = next + 1;
    }
}

/// The items joined by `separator`; each item is anything a std::string can be appended from.
template <class Range>
std::string join(const Range& items, std::string_view separator) {
    std::string out;
    bool first = true;
    for (const auto& item : items) {
        if (!first) out += separator;
        out += item;
        first = false;
    }
    return out;
}

/// The same, each item passed through `project` first, so that records can be listed by one
/// of their fields without a vector of names: `join(eds, ", ", [](auto& e) { return e.id; })`.
template <class Range, class Project>
std::string join(const Range& items, std::string_view separator, Project project) {
    std::string out;
    bool first = true;
    for (const auto& item : items) {
        if (!first) out += separator;
        out += project(item);
        first = false;
    }
    return out;
}

/// True when `text` ends with `suffix` (C++20's std::string_view::ends_with).
constexpr bool ends_with(std::string_view text, std::string_view suffix) noexcept {
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

/// A whole number written as ASCII digits only: no sign, no spaces, no exponent, no separators,
/// and within T's range. Anything else gives nothing.
template <class T>
std::optional<T> parse_whole(std::string_view text) noexcept {
    static_assert(std::is_integral_v<T>, "whole numbers only");
    if (!all_digits(text)) return std::nullopt;
    T value{};
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

/// The same, into `out`; false (and `out` unchanged) when `text` is not a whole number.
template <class T>
bool parse_whole(std::string_view text, T& out) noexcept {
    const std::optional<T> v = parse_whole<T>(text);
    if (v) out = *v;
    return v.has_value();
}

/// `yes` or `no` in any ASCII case (surrounding blanks ignored); anything else gives nothing.
constexpr std::optional<bool> parse_yes_no(std::string_view text) noexcept {
    const std::string_view t = trim(text);
    if (iequals_ascii(t, "yes")) return true;
    if (iequals_ascii(t, "no")) return false;
    return std::nullopt;
}

/// The English name of `month` (1 = January … 12 = December), or "?" outside 1–12. The one
/// table of month names: dates in words ("June 2025", "28 June 2024") and chart labels use it.
constexpr std::string_view month_name(int month) noexcept {
    constexpr std::string_view names[] = {"January",   "February", "March",    "April",
                                          "May",       "June",     "July",     "August",
                                          "September", "October",  "November", "December"};
    return month >= 1 && month <= 12 ? names[month - 1] : std::string_view("?");
}

/// The three-letter abbreviation of `month` ("Jan" … "Dec"; "?" outside 1–12): the first three
/// letters of its name, which for English months is the usual short form.
constexpr std::string_view month_abbreviation(int month) noexcept {
    return month_name(month).substr(0, 3);
}

}  // namespace detail
}  // namespace v1
}  // namespace mhfund

#endif
