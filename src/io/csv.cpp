// CSV on libcsv. libcsv does the quoting rules (strict mode); this file adds what it does not
// know: physical line numbers, the header, field counts, UTF-8 and blank rows.
#include "io/csv.hpp"
#include "io/output_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <exception>
#include <limits>
#include <new>
#include <system_error>
#include <unordered_map>
#include <utility>

#include <csv.h>
#include <fmt/format.h>

#include "mhfund/detail/text.hpp"

namespace mhfund {
inline namespace v1 {
namespace io {

namespace {

// libcsv's parser state between records: ROW_NOT_BEGUN in libcsv.c. The state is a field of
// the public struct csv_parser but its values are private to libcsv.c (checked against libcsv
// 3.0.3). The line-number tests (blank lines, CRLF, multi-line records) would catch a change.
constexpr int libcsv_between_records = 0;

// Without a space function libcsv trims spaces and tabs around unquoted cells; saying that
// nothing is a space keeps cells verbatim, as RFC 4180 does.
int no_space(unsigned char) {
    return 0;
}

// The column, counted in characters (UTF-8 sequences), of byte `pos` within its line.
long column_of(std::string_view text, std::size_t pos) {
    const auto nl = text.rfind('\n', pos == 0 ? 0 : pos - 1);
    std::size_t start = (nl == std::string_view::npos || nl >= pos) ? 0 : nl + 1;
    long column = 1;
    for (std::size_t i = start; i < pos; ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
    return column;
}

// The offset of the first byte that is not part of well-formed UTF-8 (no overlong forms, no
// surrogates, nothing above U+10FFFF), or npos. ASCII, the bulk of any roster, goes 8 bytes
// at a time.
std::size_t find_invalid_utf8(std::string_view text) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            std::uint64_t word;
            std::memcpy(&word, p + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len;
        unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c == 0xE0) {
            len = 3, lo = 0xA0;
        } else if (c == 0xED) {
            len = 3, hi = 0x9F;
        } else if (c >= 0xE1 && c <= 0xEF) {
            len = 3;
        } else if (c == 0xF0) {
            len = 4, lo = 0x90;
        } else if (c == 0xF4) {
            len = 4, hi = 0x8F;
        } else if (c >= 0xF1 && c <= 0xF3) {
            len = 4;
        } else {
            return i;
        }
        if (n - i < len || p[i + 1] < lo || p[i + 1] > hi) return i;
        for (std::size_t k = 2; k < len; ++k)
            if ((p[i + k] & 0xC0) != 0x80) return i;
        i += len;
    }
    return std::string_view::npos;
}

std::string describe_byte(unsigned char c) {
    if (c >= 0x21 && c < 0x7F) return fmt::format("'{}'", static_cast<char>(c));
    if (c == ' ') return "a space";
    if (c == '\t') return "a tab";
    return fmt::format("byte 0x{:02X}", c);
}

// What the libcsv callbacks build. Callbacks never throw through libcsv's C frames: they keep
// the first failure here and the feed loop rethrows it after csv_parse returns.
struct parse_state {
    csv_table* table = nullptr;
    long line = 0;         // the physical line being fed
    long record_line = 0;  // the line on which the current record started
    // The current record's cells are the table's cells from this one on: they are appended to
    // the table as they come and taken back if the record turns out blank or is the header.
    std::size_t record_first_cell = 0;
    std::size_t content_size = 0;  // bytes of the whole file, to bound what is reserved
    bool have_header = false;
    std::exception_ptr failure;
};

void check_header(const csv_table& t) {
    const source_location where{t.file, t.header_line, {}};
    // A hash map, so that a header of millions of names is checked in one pass, not in the
    // square of their number.
    std::unordered_map<std::string_view, std::size_t> seen;
    seen.reserve(t.header.size());
    for (std::size_t i = 0; i < t.header.size(); ++i) {
        if (t.header[i].empty())
            throw error(errc::input, fmt::format("column {} of the header has no name", i + 1),
                        where);
        if (detail::find_control(t.header[i]) != std::string_view::npos)
            throw error(errc::input,
                        fmt::format("column {} of the header, '{}', holds a control character: "
                                    "expected a name in plain text",
                                    i + 1, shown_value(t.header[i])),
                        where);
        const auto [at, added] = seen.emplace(t.header[i], i);
        if (!added)
            throw error(errc::input,
                        fmt::format("duplicate column '{}' in the header (columns {} and {})",
                                    shown_value(t.header[i]), at->second + 1, i + 1),
                        where);
    }
}

void finish_record(parse_state& st, long line) {
    csv_table& t = *st.table;
    const std::size_t first = st.record_first_cell;
    const std::size_t cells = t.cell_ends.size() - first;
    const std::size_t text_begin = first == 0 ? 0 : t.cell_ends[first - 1];
    const auto drop_record = [&] {
        t.text.resize(text_begin);
        t.cell_ends.resize(first);
    };
    // The record's text is its cells' end to end: it is blank when every cell is.
    if (detail::trim(std::string_view(t.text).substr(text_begin)).empty()) {
        drop_record();
        return;
    }
    if (!st.have_header) {
        t.header.reserve(cells);
        std::size_t begin = text_begin;
        for (std::size_t k = first; k < t.cell_ends.size(); ++k) {
            t.header.emplace_back(
                detail::trim(std::string_view(t.text).substr(begin, t.cell_ends[k] - begin)));
            begin = t.cell_ends[k];
        }
        t.header_line = line;
        st.have_header = true;
        drop_record();
        check_header(t);
        // Room for every record's cells, as many as the newlines promise, but never more than
        // one per two bytes of the file, so that a wide header over a file of blank lines does
        // not reserve gigabytes; the vector still grows if the guess is short.
        t.cell_ends.reserve(std::min(t.rows.capacity() * t.header.size(), st.content_size / 2 + 1));
        return;
    }
    if (cells != t.header.size())
        throw error(
            errc::input,
            fmt::format("expected {} fields (as in the header), found {}", t.header.size(), cells),
            source_location{t.file, line, {}});
    t.rows.push_back(csv_row{line, t.rows.size()});
    st.record_first_cell = t.cell_ends.size();
}

void on_field(void* data, std::size_t size, void* state) {
    auto& st = *static_cast<parse_state*>(state);
    if (st.failure) return;
    try {
        st.table->text.append(static_cast<const char*>(data), size);
        st.table->cell_ends.push_back(static_cast<std::uint32_t>(st.table->text.size()));
    } catch (...) {
        st.failure = std::current_exception();
    }
}

void on_row(int /*terminator*/, void* state) {
    auto& st = *static_cast<parse_state*>(state);
    if (st.failure) return;
    const long line = st.record_line;
    // A row ended by a bare CR lets the next record start on this same line; otherwise the feed
    // loop moves record_line on when it starts the next line.
    st.record_line = st.line;
    try {
        finish_record(st, line);
    } catch (...) {
        st.failure = std::current_exception();
    }
}

struct parser_guard {
    csv_parser* p;
    ~parser_guard() { csv_free(p); }
};

/// Room for the rows and text of `content`, so that reading a national roster does not
/// reallocate as it goes.
void reserve_for(csv_table& table, std::string_view content) {
    // A roster has short rows: the newline count is a close upper bound on the records.
    std::size_t lines = 0;
    for (auto nl = content.find('\n'); nl != std::string_view::npos;
         nl = content.find('\n', nl + 1))
        ++lines;
    table.rows.reserve(lines);
    table.text.reserve(content.size());
}

/// Refuses what the parser cannot hold or read: a file over 4 GiB, or one that is not UTF-8.
void check_size_and_encoding(std::string_view content, const std::string& file_name) {
    // Cells are found by 32-bit offsets into the file's text (csv_table::cell_ends). A roster
    // of a million participants is 58 MB.
    if (content.size() > std::numeric_limits<std::uint32_t>::max())
        throw error(
            errc::input,
            fmt::format("the file is {} bytes: files of over 4 GiB are not read", content.size()),
            source_location{file_name, 0, {}});

    if (const auto bad = find_invalid_utf8(content); bad != std::string_view::npos) {
        long line = 1;
        for (std::size_t i = 0; i < bad; ++i)
            if (content[i] == '\n') ++line;
        throw error(errc::input,
                    fmt::format("the file is not UTF-8 text ({} at column {}): save it from the "
                                "spreadsheet as \"CSV UTF-8\"",
                                describe_byte(static_cast<unsigned char>(content[bad])),
                                column_of(content, bad)),
                    source_location{file_name, line, {}});
    }
}

/// The error for libcsv stopping at byte `at` of `content`, on a physical line of the record
/// that starts on `st.record_line`.
[[noreturn]] void throw_malformed(const csv_parser& parser, const parse_state& st,
                                  std::string_view content, std::size_t at,
                                  const std::string& file_name) {
    const std::string place =
        st.line == st.record_line
            ? fmt::format("column {}", column_of(content, at))
            : fmt::format("line {}, column {}", st.line, column_of(content, at));
    const auto c = static_cast<unsigned char>(content[at]);
    // libcsv stops at a quote inside an unquoted cell, or at whatever follows the closing
    // quote of a quoted cell other than a comma or the end of the line.
    const std::string why =
        parser.quoted
            ? fmt::format(
                  "{} after the closing '\"' of a quoted cell: expected a comma or the end of "
                  "the line (a '\"' inside a quoted cell is written twice: \"\")",
                  describe_byte(c))
            : std::string(
                  "'\"' inside a cell that does not start with '\"': quote the whole cell and "
                  "write the '\"' twice");
    throw error(errc::input, "malformed CSV at " + place + ": " + why,
                source_location{file_name, st.record_line, {}});
}

}  // namespace

csv_table parse_csv(std::string_view content, const std::string& file_name) {
    csv_table table;
    table.file = file_name;

    // Spreadsheets write "CSV UTF-8" with a byte order mark; it is not part of the first name.
    if (content.size() >= 3 && content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);

    check_size_and_encoding(content, file_name);

    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0)
        throw error(errc::internal, "csv_init failed");
    parser_guard guard{&parser};
    csv_set_space_func(&parser, no_space);

    parse_state st;
    st.table = &table;
    st.content_size = content.size();
    reserve_for(table, content);

    // Fed one physical line at a time so that the line of every record, and of every error,
    // is known exactly; a record with a quoted line break simply spans several feeds.
    std::size_t pos = 0;
    while (pos < content.size()) {
        auto end = content.find('\n', pos);
        end = end == std::string_view::npos ? content.size() : end + 1;
        ++st.line;
        if (parser.pstate == libcsv_between_records) st.record_line = st.line;
        const std::size_t len = end - pos;
        const std::size_t done =
            csv_parse(&parser, content.data() + pos, len, on_field, on_row, &st);
        if (st.failure) std::rethrow_exception(st.failure);
        if (done != len) {
            const int status = csv_error(&parser);
            if (status == CSV_ENOMEM) throw std::bad_alloc();
            if (status != CSV_EPARSE)
                throw error(errc::input, std::string("cannot parse: ") + csv_strerror(status),
                            source_location{file_name, st.record_line, {}});
            throw_malformed(parser, st, content, pos + done, file_name);
        }
        pos = end;
    }
    if (csv_fini(&parser, on_field, on_row, &st) != 0)
        throw error(errc::input,
                    "unterminated quoted cell: a cell of the record starting on this line opens "
                    "with '\"' and the file ends before its closing '\"'",
                    source_location{file_name, st.record_line, {}});
    if (st.failure) std::rethrow_exception(st.failure);

    if (!st.have_header)
        throw error(errc::input, "no header row: the file is empty",
                    source_location{file_name, 0, {}});
    return table;
}

csv_table read_csv_file(const std::string& path) {
    return parse_csv(read_text_file(path, max_csv_bytes), path);
}

// ---------------------------------------------------------------------------------------------

namespace {

// The names quoted as values are (shown_value), the first few only: a header of a million
// unknown names must not make a message of megabytes.
std::string quoted_list(const std::vector<std::string_view>& names) {
    constexpr std::size_t most = 5;
    const std::vector<std::string_view> first(names.begin(),
                                              names.begin() + std::min(names.size(), most));
    std::string out =
        detail::join(first, ", ", [](std::string_view n) { return "'" + shown_value(n) + "'"; });
    if (names.size() > most) out += fmt::format(" and {} more", names.size() - most);
    return out;
}

}  // namespace

csv_columns::csv_columns(const csv_table& table, std::vector<std::string_view> required,
                         std::vector<std::string_view> optional)
    : table_(&table) {
    const source_location at_header{table.file, table.header_line, {}};
    const auto position = [&table](std::string_view name) -> std::optional<std::size_t> {
        for (std::size_t i = 0; i < table.header.size(); ++i)
            if (table.header[i] == name) return i;
        return std::nullopt;
    };
    columns_.reserve(required.size() + optional.size());
    std::vector<std::string_view> missing;
    for (const auto name : required) {
        columns_.push_back(column{std::string(name), position(name)});
        if (!columns_.back().index) missing.push_back(name);
    }
    for (const auto name : optional)
        columns_.push_back(column{std::string(name), position(name)});

    if (!missing.empty()) {
        std::string message =
            fmt::format("missing column{} {} (expected columns: {}", missing.size() > 1 ? "s" : "",
                        quoted_list(missing), detail::join(required, ", "));
        if (!optional.empty()) message += "; optional: " + detail::join(optional, ", ");
        message += ")";
        // A spreadsheet user may well have typed "Participant": say so rather than leave them
        // staring at a column that seems to be there.
        for (const auto name : missing)
            for (const auto& h : table.header)
                if (detail::iequals_ascii(h, name))
                    message += fmt::format(
                        "; the header has '{}' (column names are "
                        "case-sensitive)",
                        h);
        throw error(errc::input, message, at_header);
    }

    std::vector<std::string_view> unknown;
    for (const auto& h : table.header) {
        bool known = false;
        for (const auto& c : columns_)
            known = known || c.name == h;
        if (!known) unknown.push_back(h);
    }
    if (!unknown.empty()) {
        std::vector<std::string_view> all = required;
        all.insert(all.end(), optional.begin(), optional.end());
        throw error(
            errc::input,
            fmt::format("unknown column{} {} (expected one of: {})", unknown.size() > 1 ? "s" : "",
                        quoted_list(unknown), detail::join(all, ", ")),
            at_header);
    }
}

const csv_columns::column& csv_columns::find(std::string_view name) const {
    for (const auto& c : columns_)
        if (c.name == name) return c;
    throw error(
        errc::internal,
        fmt::format("csv_columns: column '{}' was declared neither required nor optional", name));
}

std::optional<std::size_t> csv_columns::index(std::string_view name) const {
    return find(name).index;
}

std::string_view csv_columns::get(const csv_row& row, std::string_view name) const {
    const auto& c = find(name);
    if (!c.index) return {};
    if (row.index >= table_->rows.size())
        throw error(errc::internal,
                    fmt::format("csv_columns: the row of line {} is not a row of {}", row.line,
                                table_->file));
    return checked_text(table_->cell(row, *c.index), row, name);
}

std::string_view csv_columns::checked_text(std::string_view cell, const csv_row& row,
                                           std::string_view name) const {
    if (detail::find_control(detail::trim(cell)) != std::string_view::npos)
        throw_input("value", std::string(cell), control_expected, where(row, name));
    return cell;
}

source_location csv_columns::where(const csv_row& row, std::string_view name) const {
    return source_location{table_->file, row.line, std::string(name)};
}

}  // namespace io
}  // namespace v1
}  // namespace mhfund
