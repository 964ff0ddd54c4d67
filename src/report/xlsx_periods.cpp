// The forecast workbook's sheet for one view of time (By academic year, By financial year, By
// month, …): the forecast's groups down, the view's periods across, each cell a SUMIFS over
// Phasing, with a total per group and per period.
#include <fmt/format.h>

#include "report/xlsx_forecast.hpp"

namespace mhfund {
inline namespace v1 {
namespace report {

namespace {

/// Where a view's sheet puts things: the grouping's columns, then one column per period.
struct period_layout {
    int dims;          ///< columns naming the group (one, "all", when ungrouped)
    int first_period;  ///< column of the first period
    int periods;
    int total_col;
};

period_layout layout_of(const forecast_book& f, const basis& v) {
    const int dims = std::max<int>(1, static_cast<int>(f.r.by.size()));
    const int periods = static_cast<int>(v.ids.size());
    return {dims, 1 + dims, periods, 1 + dims + periods};
}

/// Row 0: the group's and the periods' headers; row 1: each period's id in Phasing.
void write_heads(const forecast_book& f, sheet& ws, const basis& v, const period_layout& at) {
    ws.header(0, 0, "group #");
    for (int d = 0; d < at.dims; ++d)
        ws.header(0, 1 + d, f.r.by.empty() ? "all" : std::string(to_string(f.r.by[d])));
    ws.text(1, 0, "period #");
    for (int k = 0; k < at.periods; ++k) {
        ws.header(0, at.first_period + k, v.periods[static_cast<std::size_t>(k)].label());
        ws.integer(1, at.first_period + k, v.ids[static_cast<std::size_t>(k)]);
    }
    ws.header(0, at.total_col, "total");
}

/// Group `g`'s row; adds its cells to `column_totals` and gives its total.
money write_group(const forecast_book& f, sheet& ws, const basis& v, const period_layout& at,
                  std::size_t g, long row, std::vector<money>& column_totals) {
    ws.integer(row, 0, static_cast<int64_t>(g) + 1);
    for (int d = 0; d < at.dims; ++d)
        ws.text(row, 1 + d, f.r.by.empty() ? "all" : f.group_keys[g][static_cast<std::size_t>(d)]);
    money row_total;
    for (int k = 0; k < at.periods; ++k) {
        const money m = v.cell(g, v.ids[static_cast<std::size_t>(k)]);
        ws.formula(
            row, at.first_period + k,
            f.phasing_sumifs(cell_ref(1, at.first_period + k, true), fmt::format("$A{}", row + 1)),
            m);
        row_total += m;
        column_totals[static_cast<std::size_t>(k)] += m;
    }
    ws.formula(row, at.total_col,
               at.periods == 0 ? std::string("=0")
                               : fmt::format("=ROUND(SUM({}:{}),2)", cell_ref(row, at.first_period),
                                             cell_ref(row, at.total_col - 1)),
               row_total);
    return row_total;
}

}  // namespace

void write_periods(const forecast_book& f, sheet& ws, const basis& v) {
    const period_layout at = layout_of(f, v);
    write_heads(f, ws, v, at);
    std::vector<money> column_totals(static_cast<std::size_t>(at.periods));
    money grand;
    const long first_row = 2;
    for (std::size_t g = 0; g < f.group_keys.size(); ++g)
        grand += write_group(f, ws, v, at, g, first_row + static_cast<long>(g), column_totals);
    const long total_row = first_row + static_cast<long>(f.group_keys.size());
    ws.text(total_row, 1, "total", f.b.bold);
    for (int k = 0; k <= at.periods; ++k) {
        const int col = at.first_period + k;
        const money m = k < at.periods ? column_totals[static_cast<std::size_t>(k)] : grand;
        ws.formula(total_row, col, sum_formula(col, first_row, total_row - 1), m, f.b.pounds_bold);
    }
    if (grand != v.result.total)
        throw error(errc::internal, "workbook: a by-period sheet does not add up to the total");
    ws.freeze(2, at.first_period);
    ws.width(1, at.dims, 14);
    ws.width(at.first_period, at.total_col, 14);
    // The group and period numbers are what the SUMIFS match on: kept, but not shown.
    ws.hide_column(0);
    ws.hide_row(1);
    ws.print_setup(0, 1, false);
}

}  // namespace report
}  // namespace v1
}  // namespace mhfund
