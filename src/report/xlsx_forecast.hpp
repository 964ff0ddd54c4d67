// The forecast workbook (interfaces.md, `--format xlsx`), one file per sheet: Summary
// (xlsx_summary.cpp), Lines (xlsx_lines.cpp), a sheet per view of time (xlsx_periods.cpp),
// Phasing (xlsx_phasing.cpp) and Assumptions (xlsx_assumptions.cpp). xlsx.cpp builds what
// they share, writes Phasing first (every other sheet's formulas read it) and checks it
// against the library's figures before anything refers to it.
#ifndef MHFUND_SRC_REPORT_XLSX_FORECAST_HPP
#define MHFUND_SRC_REPORT_XLSX_FORECAST_HPP

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "mhfund/forecast.hpp"
#include "mhfund/scenario.hpp"
#include "report/xlsx_book.hpp"

namespace mhfund {
inline namespace v1 {
namespace report {

/// One view of time: the library's figures for it and where its rows are in Phasing.
struct basis {
    period_kind kind = period_kind::academic_year;
    std::string title;  ///< `academic year`
    std::string sheet;  ///< `By academic year`
    forecast_result result;
    std::map<date, int> period_id;  ///< by the period's first day
    std::vector<int> ids;           ///< in the order of result.periods
    int outside_id = 0;
    std::vector<std::pair<long, long>> line_rows;  ///< first and last Phasing row of each line
    std::map<std::pair<std::size_t, int>, money> cells;  ///< (group, period id) → sum of shares
    std::vector<money> outside;                          ///< per line: kept − shares in horizon

    /// The sum of the shares of `group` in period `id`, zero when there are none.
    money cell(std::size_t group, int id) const;
};

/// What the forecast workbook's sheets share: the forecast, its groups (the distinct keys of
/// the lines under the forecast's grouping) and its views of time, and where the Lines and
/// Phasing data end.
struct forecast_book {
    forecast_book(const scenario& s, const expansion& e, const forecast_result& r, book& b);

    const scenario& s;
    const expansion& e;
    const forecast_result& r;
    book& b;
    std::vector<std::vector<std::string>> group_keys;  ///< sorted; group # = index + 1
    std::map<std::vector<std::string>, std::size_t> group_index;
    std::vector<std::size_t> line_group;
    std::vector<basis> bases;
    long phasing_rows = 0;  ///< last data row of Phasing (0-based sheet row)
    long lines_last = 0;    ///< last data row of Lines

    /// `=ROUND(SUMIFS(…),2)`: the Phasing shares of the period whose id is in `period_cell`
    /// (and of the group whose number is in `group_cell`, if given).
    std::string phasing_sumifs(const std::string& period_cell,
                               const std::string& group_cell = {}) const;
};

/// The participant id or Work Group id of a line.
std::string subject_id(const scenario& s, const cost_line& l);

/// Phasing: one row per line, view of time and period, with the line's share. Fills each
/// basis's `cells`, `outside` and `line_rows`, and the book's `phasing_rows`.
void write_phasing(forecast_book& f, sheet& ws);
/// The position in Phasing of the column headed `header`, for other sheets' formulas.
int phasing_column(std::string_view header);

/// Lines: one row per cost line, its amount as a live formula, its phasing summed per view.
/// Sets the book's `lines_last`.
void write_lines(forecast_book& f, sheet& ws);
/// The position in Lines of the column headed `header`, for other sheets' formulas.
int lines_column(const forecast_book& f, std::string_view header);

/// A view of time's sheet: groups down, periods across, each cell a SUMIFS over Phasing.
void write_periods(const forecast_book& f, sheet& ws, const basis& v);

/// Summary: the workbook's totals beside the library's, with their differences.
void write_summary(const forecast_book& f, sheet& ws);

/// Assumptions: the settings, rates, warnings, notes and unfunded commitments.
void write_assumptions(const forecast_book& f, sheet& ws);

}  // namespace report
}  // namespace v1
}  // namespace mhfund

#endif
