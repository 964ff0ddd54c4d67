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

/// The one exception type mhfund throws. `what()` is the whole message, location included.
class error : public std::runtime_error {
  public:
    /// An error of kind `code`; `what()` is `message` prefixed with `where` (see to_prefix()).
    error(errc code, const std::string& message, source_location where = {})
        : std::runtime_error(to_prefix(where) + message),
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

/// How a bad value is shown in a message: control characters written as `\n`, `\t`, `\x1b`
/// (so that a message stays one line and cannot drive the terminal), and a value longer than
/// `max_chars` characters cut there, with `…` after it (a 10,000-character cell would otherwise
/// bury the message). Characters are counted as UTF-8 code points, and never cut in two.
inline std::string shown_value(std::string_view value, std::size_t max_chars = 60) {
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    std::size_t chars = 0;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const auto c = static_cast<unsigned char>(value[i]);
        if ((c & 0xC0) != 0x80 && ++chars > max_chars) {  // a code point starts here
            out += "\xE2\x80\xA6";                        // …
            break;
        }
        if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c < 0x20 || c == 0x7F) {
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 0xF];
        } else {
            out += static_cast<char>(c);
        }
    }
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
