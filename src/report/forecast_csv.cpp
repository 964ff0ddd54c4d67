// The forecast as long-form CSV: one record per group and period, so that a spreadsheet's
// pivot table or a script can regroup it. No totals row (consumers sum; a total among the data
// would be counted twice) and no assumptions (they are not rows of money).
#include "io/csv.hpp"
#include "mhfund/report.hpp"
#include "report/text_layout.hpp"

#include <utility>

namespace mhfund {
inline namespace v1 {

std::string format_forecast_csv(const forecast_result& r) {
    std::string out;
    std::vector<std::string> cells;
    for (const dimension d : r.by)
        cells.emplace_back(to_string(d));
    cells.emplace_back("period");
    cells.emplace_back("amount");
    io::append_csv_report_row(out, std::move(cells));
    for (const forecast_row& row : r.rows) {
        cells = row.keys;
        cells.push_back(row.when.label());
        cells.push_back(to_plain(row.amount));
        // Keys are the hub's own text (ids, institutions): never a formula in a spreadsheet.
        io::append_csv_report_row(out, std::move(cells));
    }
    return out;
}

}  // namespace v1
}  // namespace mhfund
