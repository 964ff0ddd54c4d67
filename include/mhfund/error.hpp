// Errors: one exception type with a category and, for input errors, where the bad value is.
#ifndef MHFUND_ERROR_HPP
#define MHFUND_ERROR_HPP

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace mhfund {
inline namespace v1 {

/// What kind of failure an error is. Each value is the negative of the C API's status code for
/// it (MHF_E_INPUT is -1, MHF_E_OVERFLOW -4, ...; bindings/c checks this at compile time). The C
/// codes -3 (out of memory) and -6 (index out of range) have no category here: C++ reports the
/// first as std::bad_alloc, and the second arises only in the C API.
enum class errc {
    input = 1,     ///< bad data: a file, a value, a missing setting
    usage = 2,     ///< the caller used the API or the CLI wrongly
    overflow = 4,  ///< an amount left the range of int64 pence
    internal = 5,  ///< a bug: an invariant of the library did not hold
};

/// Where a bad value came from. Every part is optional; an empty file means "not from a file".
struct source_location {
    /// The file (or "--set", "(scenario text)"); empty when not from a file.
    std::string file;
    long line = 0;      ///< 1-based; 0 = unknown
    std::string field;  ///< column name, TOML key or setting name
};

/// Formats "file:line: field 'name': " (the parts that are known), ready to prefix a message.
inline std::string to_prefix(const source_location& where) {
    std::string out;
    if (!where.file.empty()) {
        out += where.file;
        if (where.line > 0) out += ":" + std::to_string(where.line);
        out += ": ";
    } else if (where.line > 0) {
        out += "line " + std::to_string(where.line) + ": ";
    }
    if (!where.field.empty()) out += "field '" + where.field + "': ";
    return out;
}

namespace detail {

/// The bytes of the digit at `i` of `s`: 1 for 0-9, 3 for a full-width digit (U+FF10 to
/// U+FF19, which a phone keyboard or a Japanese input method types), 0 for anything else.
inline std::size_t digit_bytes(std::string_view s, std::size_t i) noexcept {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= '0' && c <= '9') return 1;
    if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBC &&
        static_cast<unsigned char>(s[i + 2]) >= 0x90 &&
        static_cast<unsigned char>(s[i + 2]) <= 0x99)
        return 3;
    return 0;
}

/// The run of digits starting at `i`: where it ends and how many digits it holds.
inline std::pair<std::size_t, std::size_t> digit_run(std::string_view s, std::size_t i) noexcept {
    std::size_t n = 0;
    while (i < s.size()) {
        const std::size_t w = digit_bytes(s, i);
        if (w == 0) break;
        i += w;
        ++n;
    }
    return {i, n};
}

/// `value` with everything shaped like a TRN masked, whatever column it came from: a run of
/// exactly seven digits (ASCII or full-width) keeps its first two, and the five digits after
/// the slash of the payslip form `12/34567` become `*`. Shorter or longer runs (a URN, a
/// UKPRN, a date) and pounds with pence (`1234567.00`) are left as they are.
inline std::string masked_trns(std::string_view value) {
    std::string out;
    out.reserve(value.size());
    std::size_t i = 0;
    while (i < value.size()) {
        const auto [end, digits] = digit_run(value, i);
        if (digits == 0) {
            out += value[i++];
            continue;
        }
        // Seven digits then a decimal point and a digit are pounds (1234567.00), not a TRN.
        const bool pounds =
            end + 1 < value.size() && value[end] == '.' && digit_bytes(value, end + 1) != 0;
        if (digits == 7 && !pounds) {
            std::size_t k = i;
            for (int d = 0; d < 2; ++d)
                k += digit_bytes(value, k);
            out.append(value.substr(i, k - i));
            out.append(5, '*');
            i = end;
            continue;
        }
        out.append(value.substr(i, end - i));
        i = end;
        if (digits == 2 && i < value.size() && value[i] == '/') {
            const auto [end2, digits2] = digit_run(value, i + 1);
            if (digits2 == 5) {
                out += "/*****";
                i = end2;
            }
        }
    }
    return out;
}

/// Appends byte `c` (a C0 control or DEL) as an escape: `\n`, `\r`, `\t`, `\x00`.
inline void append_escaped_control(std::string& out, unsigned char c) {
    static constexpr char hex[] = "0123456789abcdef";
    if (c == '\n') {
        out += "\\n";
    } else if (c == '\r') {
        out += "\\r";
    } else if (c == '\t') {
        out += "\\t";
    } else {
        out += "\\x";
        out += hex[c >> 4];
        out += hex[c & 0xF];
    }
}

/// True for a C1 control character (U+0080 to U+009F) starting at byte `i`: UTF-8 C2 80 to
/// C2 9F. Terminals take some of them (CSI, U+009B) as the start of an escape sequence.
inline bool is_c1_at(std::string_view s, std::size_t i) noexcept {
    return static_cast<unsigned char>(s[i]) == 0xC2 && i + 1 < s.size() &&
           static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
           static_cast<unsigned char>(s[i + 1]) <= 0x9F;
}

/// `text` with every control character (C0, DEL, C1) written as an escape (`\n`, `\x00`,
/// `\u009b`), so that no message holds a raw one: a NUL would end it early for a C caller, a
/// line break would split it, an escape would drive the terminal.
inline std::string escaped_controls(std::string_view text) {
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 || c == 0x7F) {
            append_escaped_control(out, c);
        } else if (is_c1_at(text, i)) {
            const auto low = static_cast<unsigned char>(text[++i]);
            out += "\\u00";
            out += hex[low >> 4];
            out += hex[low & 0xF];
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

}  // namespace detail

/// The one exception type mhfund throws. `what()` is the whole message, location included.
class error : public std::runtime_error {
  public:
    /// An error of kind `code`; `what()` is `message` prefixed with `where` (see to_prefix()).
    error(errc code, const std::string& message, source_location where = {})
        : std::runtime_error(detail::escaped_controls(to_prefix(where) + message)),
          code_(code),
          where_(std::move(where)),
          detail_(message) {}

    /// What kind of failure this is.
    errc code() const noexcept { return code_; }
    /// Where the bad value came from (empty parts when unknown).
    const source_location& where() const noexcept { return where_; }
    /// The message without its location prefix.
    const std::string& detail() const noexcept { return detail_; }

  private:
    errc code_;
    source_location where_;
    std::string detail_;
};

/// How a bad value is shown in a message, the one place values enter messages: anything shaped
/// like a TRN masked (detail::masked_trns: TRNs are personal data, and may sit in any column),
/// control characters written as `\n`, `\t`, `\x1b`, `\u009b` (so that a message stays one
/// line and cannot drive the terminal), and a value longer than `max_chars` characters cut
/// there, with `…` after it (a 10,000-character cell would otherwise bury the message).
/// Characters are counted as UTF-8 code points, and never cut in two.
inline std::string shown_value(std::string_view value, std::size_t max_chars = 60) {
    const std::string masked = detail::masked_trns(value);
    std::size_t chars = 0;
    std::size_t cut = masked.size();
    for (std::size_t i = 0; i < masked.size(); ++i) {
        const auto c = static_cast<unsigned char>(masked[i]);
        if ((c & 0xC0) != 0x80 && ++chars > max_chars) {  // a code point starts here
            cut = i;
            break;
        }
    }
    std::string out = detail::escaped_controls(std::string_view(masked).substr(0, cut));
    if (cut < masked.size()) out += "\xE2\x80\xA6";  // …
    return out;
}

/// An input error: `what` was `value`, but `expected` was expected. The value is shown as
/// shown_value() shows it.
[[noreturn]] inline void throw_input(const std::string& what, const std::string& value,
                                     const std::string& expected, source_location where = {}) {
    throw error(errc::input, "bad " + what + " '" + shown_value(value) + "': expected " + expected,
                std::move(where));
}

/// Re-throws `e` with `where` filled in where `e` had no location (used by readers that call
/// parsers knowing nothing of files).
[[noreturn]] inline void rethrow_at(const error& e, source_location where) {
    source_location merged = e.where();
    if (merged.file.empty()) merged.file = std::move(where.file);
    if (merged.line == 0) merged.line = where.line;
    if (merged.field.empty()) merged.field = std::move(where.field);
    throw error(e.code(), e.detail(), std::move(merged));
}

}  // namespace v1
}  // namespace mhfund

#endif
