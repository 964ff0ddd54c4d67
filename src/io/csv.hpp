// CSV input and output for rosters, work groups and claims: RFC 4180 files as spreadsheets
// export them, read with exact physical line numbers so that every input error can say where
// the bad value is (interfaces.md, Inputs: "Every input error names the file, line ...").
#ifndef MHFUND_SRC_IO_CSV_HPP
#define MHFUND_SRC_IO_CSV_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mhfund/error.hpp"

namespace mhfund {
inline namespace v1 {
namespace io {

/// One record of a CSV file. Its cells are in the table it came from: `csv_table::cell`, or
/// `csv_columns::get` by column name.
struct csv_row {
    long line = 0;  ///< physical line (1-based) on which the record starts; a quoted cell with
                    ///< line breaks makes a record span several lines
    std::size_t index = 0;  ///< 0 for the first record after the header, 1 for the next, …
};

/// A whole CSV file: a header row and the records after it.
///
/// Every record has as many cells as the header. The cells of all records are kept end to end
/// in one string, with one offset per cell, rather than as a `std::string` each: a national
/// roster has millions of cells, and one allocation per cell cost more time than parsing the
/// file and hundreds of MiB of fragmented heap (docs/performance.md).
struct csv_table {
    std::string file;                 ///< the name used in error messages
    std::vector<std::string> header;  ///< trimmed of spaces and tabs, unique, non-empty
    std::vector<csv_row> rows;
    long header_line = 1;  ///< more than 1 only when blank lines come before the header

    /// The cell of `row` in column `column` (< header.size()), verbatim (not trimmed).
    std::string_view cell(const csv_row& row, std::size_t column) const {
        const std::size_t k = row.index * header.size() + column;
        const std::size_t begin = k == 0 ? 0 : cell_ends[k - 1];
        return std::string_view(text).substr(begin, cell_ends[k] - begin);
    }

    std::string text;  ///< every record's cells, unescaped, end to end
    /// Where each cell ends in `text`, record by record (32 bits: files over 4 GiB are refused).
    std::vector<std::uint32_t> cell_ends;
};

/// Parses `content` as RFC 4180 CSV with a header row:
/// - quoted cells may hold commas, doubled quotes and line breaks;
/// - UTF-8, with or without a byte order mark (which is dropped); any other encoding is an
///   error naming the line, because a spreadsheet's plain "CSV" export (Windows-1252) would
///   otherwise carry mangled text into every report;
/// - LF or CRLF line ends; the last line may lack one;
/// - blank rows are skipped: empty lines and rows whose cells are all empty or blank (spaces or
///   tabs), as spreadsheets export the rows below the data (`,,,,`);
/// - cells are kept verbatim (no trimming, unlike libcsv's default): the caller decides.
/// Throws `mhfund::error` (errc::input) with `file_name` and the line on which the bad record
/// starts: a file over 4 GiB, malformed quoting, an unterminated quote, a row with a different
/// number of cells from the header, an empty or duplicate header name, no header at all.
csv_table parse_csv(std::string_view content, const std::string& file_name);

/// Reads the file at `path` and parses it; errors name `path` as given.
csv_table read_csv_file(const std::string& path);

/// The most a CSV file may hold: cells are found by 32-bit offsets (a national roster of a
/// million participants is 58 MB).
inline constexpr std::uint64_t max_csv_bytes = 0xFFFFFFFFu;
/// The most a TOML file (a scenario, an edition, a rate card) may hold: the largest is a few KiB.
inline constexpr std::uint64_t max_toml_bytes = std::uint64_t{16} << 20;
/// The most a pipe or a device may feed any reader, whose size cannot be known before it is
/// read: `roster = "/dev/zero"` must end in an error, not in reading until memory runs out.
inline constexpr std::uint64_t max_stream_bytes = std::uint64_t{256} << 20;

/// The whole file at `path`, byte for byte. Throws errc::input "cannot read PATH: <reason>",
/// and, naming PATH, for a regular file over `max_bytes` (checked before reading a byte) or a
/// pipe or device that gives more than `max_bytes` or max_stream_bytes, whichever is less.
std::string read_text_file(const std::string& path, std::uint64_t max_bytes = max_csv_bytes);

/// Looks up a table's columns by name, once, so that callers read cells by name and every
/// error about a cell can name its file, line and column.
class csv_columns {
  public:
    /// `table` must outlive the columns: `get` reads its cells.
    /// Throws (at the header's line): "missing column 'x' (expected columns: a, b; optional: c)"
    /// when a required column is absent, "unknown column 'y' (expected one of: a, b, c)" when
    /// the header has a column that is neither required nor optional (a misspelt optional
    /// column would otherwise be ignored without a word).
    csv_columns(const csv_table& table, std::vector<std::string_view> required,
                std::vector<std::string_view> optional);

    /// The column's position in each row; nullopt for an optional column absent from the file.
    /// Asking for a name given neither as required nor optional is a bug (errc::internal).
    std::optional<std::size_t> index(std::string_view name) const;
    /// True if the column is in the file.
    bool has(std::string_view name) const { return index(name).has_value(); }
    /// The cell of `row` in column `name`; "" for an optional column absent from the file. A
    /// cell holding a control character (a NUL, a line break, an escape; C1 too) is refused at
    /// its line and column: every reader's text cells are checked here.
    std::string_view get(const csv_row& row, std::string_view name) const;
    /// {file, row.line, name}: where to say a bad cell is.
    source_location where(const csv_row& row, std::string_view name) const;

    /// A column looked up once, for readers that take many rows: `get(row, field)` then costs
    /// no search by name.
    struct field {
        std::string_view name;
        std::optional<std::size_t> index;
    };
    field find_field(std::string_view name) const { return {name, index(name)}; }
    std::string_view get(const csv_row& row, const field& f) const {
        return f.index ? checked_text(table_->cell(row, *f.index), row, f.name)
                       : std::string_view();
    }
    source_location where(const csv_row& row, const field& f) const { return where(row, f.name); }

    /// What a cell holding a control character was expected to be.
    static constexpr const char* control_expected =
        "text without control characters (no line break, tab, NUL or escape inside a cell)";

  private:
    /// `cell`, once it is known to hold no control character (C0, DEL, C1) other than the
    /// spaces and tabs around it; otherwise an input error at its line and column.
    std::string_view checked_text(std::string_view cell, const csv_row& row,
                                  std::string_view name) const;

    struct column {
        std::string name;
        std::optional<std::size_t> index;
    };
    const column& find(std::string_view name) const;

    const csv_table* table_;  ///< the table the columns were looked up in; it outlives them
    std::vector<column> columns_;
};

/// `cell` as one CSV cell: quoted (with quotes doubled) only when it holds a comma, a quote, a
/// CR or an LF, so that plain values stay plain for people reading the file.
std::string csv_quote(std::string_view cell);

/// Appends one record, cells quoted as `csv_quote` does, ended by LF. LF rather than RFC
/// 4180's CRLF: every spreadsheet and CSV reader (ours included) accepts it, and it keeps the
/// output diffable with Unix tools and byte-identical across platforms. A record of a single
/// empty cell is written `""` so that it does not read back as a blank line.
void append_csv_row(std::string& out, const std::vector<std::string>& cells);

/// True when a spreadsheet would take `cell` for a formula (OWASP, "CSV Injection"): it begins
/// with `=`, `+`, `-`, `@`, a tab or a carriage return, and is not a plain number such as
/// `-200.00` (which is not a formula, and must stay a number in the amount columns).
inline bool looks_like_formula(std::string_view cell) {
    if (cell.empty()) return false;
    const char first = cell.front();
    if (first != '=' && first != '+' && first != '-' && first != '@' && first != '\t' &&
        first != '\r')
        return false;
    // A plain number: -, digits, and optionally a point and digits.
    std::string_view rest = first == '-' ? cell.substr(1) : std::string_view();
    const std::size_t point = rest.find('.');
    const std::string_view whole = rest.substr(0, point);
    const std::string_view fraction =
        point == std::string_view::npos ? std::string_view("0") : rest.substr(point + 1);
    const auto digits = [](std::string_view d) {
        return !d.empty() && d.find_first_not_of("0123456789") == std::string_view::npos;
    };
    return !(digits(whole) && digits(fraction));
}

/// Appends one record of a report, as append_csv_row does, with every cell a spreadsheet would
/// take for a formula made text by a leading `'` (OWASP's advice; Excel, LibreOffice and Google
/// Sheets show the cell as typed, without the apostrophe). An id such as `=HYPERLINK(...)` in a
/// roster then reaches the accountant's spreadsheet as the text it was. Every CSV report uses
/// this; append_csv_row alone is for data that must read back byte for byte.
inline void append_csv_report_row(std::string& out, std::vector<std::string> cells) {
    for (std::string& cell : cells)
        if (looks_like_formula(cell)) cell.insert(cell.begin(), '\'');
    append_csv_row(out, cells);
}

}  // namespace io
}  // namespace v1
}  // namespace mhfund

#endif
