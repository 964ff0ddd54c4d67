// A thin layer over libxlsxwriter for the report writers: one workbook written to an atomic
// output's temporary file, its formats, and cell writers that throw mhfund::error.
//
// Numbers in cells. A spreadsheet cell holds an IEEE double, so money cannot be stored exactly
// in one; what matters is that the spreadsheet's recalculated figures equal the library's to
// the penny. The workbooks therefore keep to these rules:
// - Days are multiples of 0.5 and day rates have two decimals: both are written as numbers.
//   Half-days are exact in binary; a rate is the double nearest to its pounds and pence.
// - A line's amount is the live formula `=ROUND(days*rate,2)`: rounded once per line as rule 1
//   says. ROUND rounds halves away from zero, which for the positive amounts of a line is the
//   library's round-half-up. Ties such as 7.5 × £333.33 = £2,499.975 are where a double product
//   can fall a hair below the half; LibreOffice (checked by tests/unit/xlsx.test.cpp) and Excel
//   take the product to 15 significant digits before rounding, which restores the exact tie
//   for any amount below about £10,000,000,000.
// - Every sum of money is wrapped in ROUND(…, 2), so that a total is the double nearest to a
//   whole number of pence and never carries the binary error of adding many doubles.
// - A phased share, a kept amount after a withdrawal and a part after a split are formulas
//   worked in whole pence (xlsx_cumulative.cpp, docs/design/workbook.md): ROUND(pounds*100,0)
//   is exact, and an integer quotient rounds half up exactly. A figure with no input behind it
//   (a grant fixed by an edition) is a number: the double pence / 100, which for any amount
//   below 2^53 pence is the double nearest to the exact amount, i.e. the one ROUND(…, 2) gives.
// - A formula also carries a cached result, computed by the library from integer pence and
//   converted the same way. It is only what a viewer shows before recalculating; the library
//   never reads a double back.
#ifndef MHFUND_SRC_REPORT_XLSX_BOOK_HPP
#define MHFUND_SRC_REPORT_XLSX_BOOK_HPP

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <xlsxwriter.h>

#include "mhfund/calendar.hpp"
#include "mhfund/error.hpp"
#include "mhfund/half_days.hpp"
#include "mhfund/money.hpp"

namespace mhfund {
inline namespace v1 {
namespace report {

/// The display cache of an amount (see the header comment): never used for computation.
inline double cell_value(money m) {
    return static_cast<double>(m.pence()) / 100.0;
}
inline double cell_value(half_days d) {
    return static_cast<double>(d.count()) / 2.0;
}
/// A date as a spreadsheet's day number (1900 date system): days since 1899-12-30.
inline double cell_value(date d) {
    return static_cast<double>((d - date(1899, 12, 30)).days());
}

/// `A`, `Z`, `AA`, … for a 0-based column.
std::string column_name(int col);
/// `$F$2:$F$10` (rows 0-based, written 1-based); `first_row > last_row` gives the one-row range
/// `first_row` so that a formula over no rows stays valid (it sums an empty cell).
std::string column_range(int col, long first_row, long last_row);
/// `C5` or `$C$5` (row and column 0-based).
std::string cell_ref(long row, int col, bool absolute = false);
/// `=ROUND(SUM(C2:C9),2)` over rows `first_row`…`last_row` of column `col`, or `=0` when there
/// are no rows (a range reaching the total's own cell would be a circular reference).
std::string sum_formula(int col, long first_row, long last_row);

class book;

/// One worksheet of a book.
class sheet {
  public:
    sheet(book& b, lxw_worksheet* ws, std::string name)
        : book_(&b), ws_(ws), name_(std::move(name)) {}
    const std::string& name() const { return name_; }
    lxw_worksheet* raw() const { return ws_; }

    void text(long row, int col, std::string_view value, lxw_format* format = nullptr);
    void header(long row, int col, std::string_view value);
    void number(long row, int col, double value, lxw_format* format = nullptr);
    void integer(long row, int col, int64_t value, lxw_format* format = nullptr);
    void amount(long row, int col, money value, lxw_format* format = nullptr);
    void days(long row, int col, half_days value);
    void day(long row, int col, date value);
    /// A formula whose cached result is an amount.
    void formula(long row, int col, const std::string& f, money cached,
                 lxw_format* format = nullptr);
    /// A formula whose cached result is a number (days, counts).
    void formula_number(long row, int col, const std::string& f, double cached,
                        lxw_format* format = nullptr);
    /// A formula whose cached result is text.
    void formula_text(long row, int col, const std::string& f, const std::string& cached,
                      lxw_format* format = nullptr);
    /// A formula whose cached result is a date.
    void formula_day(long row, int col, const std::string& f, date cached);
    /// Hides a helper column or row that formulas read but a reader need not.
    void hide_column(int col);
    void hide_row(long row);
    /// How the sheet prints: landscape A4 with margins, one page wide (and one page tall when
    /// `one_page`), rows `repeat_first`…`repeat_last` repeated at the top of every page (none
    /// when `repeat_last < repeat_first`), and a footer with the sheet's name, the page and
    /// the book's `footer_note`.
    void print_setup(long repeat_first, long repeat_last, bool one_page);
    void width(int first_col, int last_col, double w);
    void freeze(long rows, int cols);
    void filter(long first_row, int first_col, long last_row, int last_col);

  private:
    void check(long row, lxw_error e) const;

    book* book_;
    lxw_worksheet* ws_;
    std::string name_;
};

/// A workbook being written to `file` (the atomic output's temporary path). The destructor
/// discards an unclosed workbook without writing it.
class book {
  public:
    book(const std::string& file, std::string target);
    book(const book&) = delete;
    book& operator=(const book&) = delete;
    ~book();

    sheet add(const std::string& name);
    /// Writes the workbook out. Throws errc::input "cannot write TARGET: …" on failure.
    void close();
    const std::string& target() const { return target_; }
    /// The document properties: title, subject, the tool and its version, and the time
    /// written (SOURCE_DATE_EPOCH when set, for reproducible files).
    void properties(const std::string& title, const std::string& subject);

    /// Printed at the right of every page's footer (the scenario's name).
    std::string footer_note;

    lxw_format* bold = nullptr;
    lxw_format* head = nullptr;    ///< column headers: bold, bottom border, wrapped
    lxw_format* title = nullptr;   ///< a sheet's title
    lxw_format* pounds = nullptr;  ///< accounting: £#,##0.00, negatives in brackets
    lxw_format* pounds_bold = nullptr;
    lxw_format* day_count = nullptr;  ///< 0.0 (days in halves)
    lxw_format* whole = nullptr;      ///< 0
    lxw_format* iso_date = nullptr;   ///< yyyy-mm-dd
    lxw_format* wrap = nullptr;       ///< long text, wrapped at the top of the cell

  private:
    lxw_workbook* wb_ = nullptr;
    std::string target_;
};

template <typename Row>
struct column;

/// A sheet's columns in order, each with its header, width and cell writer: one table, so that
/// what a column is called, how wide it is and what it holds cannot fall out of step.
template <typename Row>
using column_table = std::vector<column<Row>>;

/// The position of the column headed `header`. A formula pointing at a column the table lacks
/// is a bug: errc::internal.
template <typename Row>
int column_of(const column_table<Row>& columns, std::string_view header) {
    for (std::size_t c = 0; c < columns.size(); ++c)
        if (columns[c].header == header) return static_cast<int>(c);
    throw error(errc::internal, "workbook: no column '" + std::string(header) + "'");
}

/// Where a column writes its cell of one row, and the row's other cells, for formulas.
template <typename Row>
struct column_cell {
    sheet& ws;
    long row;
    int col;
    const column_table<Row>& columns;

    /// `F7`: this row's cell in the column headed `header`.
    std::string ref(std::string_view header) const {
        return cell_ref(row, column_of(columns, header));
    }

    // The cell's writers: the sheet's, at this row and column.
    void text(std::string_view v, lxw_format* format = nullptr) const {
        ws.text(row, col, v, format);
    }
    void integer(int64_t v) const { ws.integer(row, col, v); }
    void amount(money v) const { ws.amount(row, col, v); }
    void days(half_days v) const { ws.days(row, col, v); }
    void day(date v) const { ws.day(row, col, v); }
    void formula(const std::string& f, money cached) const { ws.formula(row, col, f, cached); }
    void formula_number(const std::string& f, double cached, lxw_format* format) const {
        ws.formula_number(row, col, f, cached, format);
    }
    void formula_text(const std::string& f, const std::string& cached) const {
        ws.formula_text(row, col, f, cached);
    }
    void formula_day(const std::string& f, date cached) const {
        ws.formula_day(row, col, f, cached);
    }
};

/// One column of a sheet.
template <typename Row>
struct column {
    std::string header;
    double width = 0;  ///< 0 leaves the sheet's default
    /// Writes the column's cell of a row (or leaves it empty); none when the sheet fills the
    /// column itself.
    std::function<void(const column_cell<Row>&, const Row&)> write;
};

/// The widths of `columns`, a run of equal widths at a time.
template <typename Row>
void set_widths(sheet& ws, const column_table<Row>& columns) {
    const int n = static_cast<int>(columns.size());
    for (int first = 0, last = 0; first < n; first = last + 1) {
        const double w = columns[first].width;
        for (last = first; last + 1 < n && columns[last + 1].width == w;)
            ++last;
        if (w > 0) ws.width(first, last, w);
    }
}

/// The headers of `columns` in row `row`.
template <typename Row>
void write_header_row(sheet& ws, const column_table<Row>& columns, long row) {
    for (std::size_t c = 0; c < columns.size(); ++c)
        ws.header(row, static_cast<int>(c), columns[c].header);
}

/// The headers of `columns` in row 0, and their widths: a sheet that is one table.
template <typename Row>
void write_headers(sheet& ws, const column_table<Row>& columns) {
    write_header_row(ws, columns, 0);
    set_widths(ws, columns);
}

/// Each column's cell of row `row`, from `r`.
template <typename Row>
void write_cells(sheet& ws, const column_table<Row>& columns, long row, const Row& r) {
    for (std::size_t c = 0; c < columns.size(); ++c)
        if (columns[c].write) columns[c].write({ws, row, static_cast<int>(c), columns}, r);
}

}  // namespace report
}  // namespace v1
}  // namespace mhfund

#endif
