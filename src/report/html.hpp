// The HTML report's parts (render_forecast_html in html_page.cpp): a forecast as a grid of
// groups by periods, shown as a table (html_tables.cpp) and as a stacked bar chart
// (html_chart.cpp); the groups' names (html_names.cpp); what the figures rest on, grouped and
// capped (html_basis.cpp); the style sheet (html_style.cpp). Money stays in integer pence.
#ifndef MHFUND_SRC_REPORT_HTML_HPP
#define MHFUND_SRC_REPORT_HTML_HPP

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "mhfund/forecast.hpp"
#include "mhfund/report.hpp"

namespace mhfund {
inline namespace v1 {
namespace report {

/// Text for HTML element content and attribute values alike.
std::string esc(std::string_view text);

/// A forecast's rows as a grid: one row per group (in the rows' order), one column per period.
struct grid {
    std::vector<dimension> by;                   ///< what the groups are
    std::vector<std::string> groups;             ///< each row's keys joined by " / "
    std::vector<std::vector<std::string>> keys;  ///< each row's keys, one per dimension
    std::vector<std::string> names;              ///< each row's name for people (set_names)
    std::vector<period> periods;
    std::vector<std::vector<money>> cells;  ///< [group][period]
    std::vector<std::vector<bool>> filled;  ///< whether any row fell in the cell
    std::vector<money> group_totals;
    std::vector<money> period_totals;
    money total;
};

/// The grid of a forecast by its grouping. Throws errc::internal when its cells do not add up
/// to the forecast's total.
grid make_grid(const forecast_result& r);

/// Programme code → the titles of the editions the scenario uses for it.
using programme_names = std::map<std::string, std::vector<std::string>>;

/// The titles of the editions the scenario's roster and Work Groups use, by programme.
programme_names programme_titles(const scenario& s);

/// A group key for people: a programme's edition titles, a hub's name, an edition's title,
/// each with its code; other keys as they are.
std::string key_name(const scenario& s, const programme_names& titles, dimension d,
                     const std::string& key);

/// Fills `g.names` from its keys.
void set_names(grid& g, const scenario& s, const programme_names& titles);

/// The column heading for the groups of `by` ("Programme", "Hub / Cost type", "All").
std::string groups_heading(const std::vector<dimension>& by);

/// The summary table of `g`: groups down, periods across, with a Total column and a Total row
/// (the last body row, so that a printed table never repeats it as a subtotal).
std::string table_html(const grid& g, const std::string& caption, const std::string& id);

/// The same figures turned: periods down, groups across (for print, where many periods fit
/// down a page but not across it).
std::string table_by_period_html(const grid& g, const std::string& caption, const std::string& id);

/// How many colours the chart has: a chart stacks at most this many groups.
std::size_t colours();

/// The colour of the i-th group, the same in the chart and in the headline figures.
const char* colour(std::size_t i);

/// The stacked bar chart of `g` as inline SVG: one bar per period, one segment per group,
/// the legend naming each group by `g.names`.
std::string chart_svg(const grid& g, period_kind kind);

/// A bar chart of each group's total in `g` (one bar per group, longest first kept in the
/// grid's order), for groups too many to stack; `what` names them ("hub").
std::string totals_svg(const grid& g, const std::string& what);

/// The assumptions, warnings and notes sections: findings grouped by kind with counts, at
/// most `cap` items listed per kind.
std::string basis_sections(const std::vector<assumption>& assumptions,
                           const std::vector<finding>& warnings, const std::vector<finding>& notes,
                           std::size_t cap);

/// The unfunded commitments, counted by what they are, at most `cap` listed.
std::string commitments_section(const scenario& s, const expansion& e, std::size_t cap);

/// The page's style sheet (screen and print).
extern const char* const page_style;

}  // namespace report
}  // namespace v1
}  // namespace mhfund

#endif
