// The HTML report's parts (render_forecast_html in html_page.cpp): a forecast as a grid of
// programmes by periods, shown as a table (html_tables.cpp) and as a stacked bar chart
// (html_chart.cpp). Money stays in integer pence throughout.
#ifndef MHFUND_SRC_REPORT_HTML_HPP
#define MHFUND_SRC_REPORT_HTML_HPP

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "mhfund/forecast.hpp"

namespace mhfund {
inline namespace v1 {
namespace report {

/// Text for HTML element content and attribute values alike.
std::string esc(std::string_view text);

/// A forecast's rows as a grid: one row per group (in the rows' order), one column per period.
struct grid {
    std::vector<std::string> groups;  ///< the programme of each row
    std::vector<period> periods;
    std::vector<std::vector<money>> cells;  ///< [group][period]
    std::vector<std::vector<bool>> filled;  ///< whether any row fell in the cell
    std::vector<money> group_totals;
    std::vector<money> period_totals;
    money total;
};

/// The grid of a forecast grouped by programme (or not grouped). Throws errc::internal when
/// its cells do not add up to the forecast's total.
grid make_grid(const forecast_result& r);

/// The summary table of `g`: programmes down, periods across, with a Total column and row.
std::string table_html(const grid& g, const std::string& caption, const std::string& id);

/// The colour of the i-th programme, the same in the chart and in the headline figures.
const char* colour(std::size_t i);

/// The stacked bar chart of `g` as inline SVG: one bar per period, one segment per programme;
/// `titles` are the programmes' edition titles, for the legend.
std::string chart_svg(const grid& g, const std::map<std::string, std::vector<std::string>>& titles,
                      period_kind kind);

}  // namespace report
}  // namespace v1
}  // namespace mhfund

#endif
