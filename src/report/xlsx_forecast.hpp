// The forecast workbook (interfaces.md, `--format xlsx`), one file per sheet: Summary
// (xlsx_summary.cpp), Rates and Terms, the inputs (xlsx_inputs.cpp), Lines (xlsx_lines.cpp), a
// sheet per view of time (xlsx_periods.cpp), Phasing (xlsx_phasing.cpp, its formulas built by
// xlsx_cumulative.cpp) and Assumptions (xlsx_assumptions.cpp). xlsx.cpp plans the rows, refuses
// a forecast too big for a worksheet, builds what the sheets share and checks Phasing's cached
// figures against the library's before anything refers to them. docs/design/workbook.md.
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
    /// Every period some line's window meets within the horizon, in date order: a superset of
    /// result.periods, so that a withdrawal moved later in the workbook has columns to fill.
    std::vector<period> periods;
    std::map<date, int> period_id;  ///< by the period's first day
    std::vector<int> ids;           ///< in the order of `periods`
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
    /// The Rates row (0-based) of each rate value a line uses.
    std::map<const rate_value*, long> rate_row;
    /// The Terms table's rows (0-based), when a line is phased by term weights (else empty).
    long terms_first = 0, terms_last = -1;

    /// `=ROUND(SUMIFS(…),2)`: the Phasing shares of the period whose id is in `period_cell`
    /// (and of the group whose number is in `group_cell`, if given).
    std::string phasing_sumifs(const std::string& period_cell,
                               const std::string& group_cell = {}) const;
};

/// The views of time of the workbook: academic and financial years, and the forecast's period.
std::vector<period_kind> view_kinds(const forecast_result& r);
/// The days of a line the workbook phases period by period: its window (its part after a split)
/// within the horizon, whatever its withdrawal, so that moving the withdrawal moves money
/// between rows that exist.
date_range phased_range(const cost_line& l, const date_range& horizon);
/// True when some of the line's window (part) lies outside the horizon: it then has a row for
/// the money outside.
bool has_outside(const cost_line& l, const date_range& horizon);
/// The periods of kind `k` that meet `r`, in date order.
std::vector<period> periods_meeting(period_kind k, const date_range& r, const term_calendar& terms);

/// Absolute references (`Lines!$P$7`) to the cells of a line that its phasing formulas read.
struct line_cells {
    std::string amount, whole_kept, kept, window_from, window_to, funded_to, weekdays;
    std::string part_from, part_to, horizon_from, horizon_to;
};
line_cells cells_of_line(const forecast_book& f, std::size_t i);
/// A formula (without `=`) for the line's money phased before day `d` (a date expression), in
/// whole pence: rule 5's cumulative rounding (weekdays), a lump on the window's first day, or
/// term weights, clipped at the withdrawal and to the line's part (rule 10).
std::string phased_before_pence(const forecast_book& f, const cost_line& l, const line_cells& c,
                                const std::string& d);

/// The Terms table's columns: the term, its first and last days, its weight.
struct terms_col {
    static constexpr int term = 0, from = 1, to = 2, weight = 3;
};

/// Rates: each rate value a line uses, with its effective date (inputs). Fills `rate_row`.
void write_rates(forecast_book& f, sheet& ws);
/// The Rates column holding the amounts.
int rates_amount_column();
/// Terms: the term weights (inputs) and the terms the term-phased lines meet. Fills
/// `terms_first` and `terms_last`. Only when a line is phased by term weights.
void write_terms(forecast_book& f, sheet& ws);
bool needs_terms(const forecast_book& f);

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
