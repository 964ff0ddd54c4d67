// A comparison as long-form CSV: one record per group and period with both plans' amounts and
// the difference, so a spreadsheet can regroup it. The lines behind the differences and their
// reasons are in the table and JSON forms.
#include "io/csv.hpp"
#include "mhfund/compare.hpp"

namespace mhfund {
inline namespace v1 {

std::string format_comparison_csv(const comparison& c) {
    std::string out;
    std::vector<std::string> cells;
    for (const dimension d : c.by)
        cells.emplace_back(to_string(d));
    for (const char* name : {"period", "amount_a", "amount_b", "difference"})
        cells.emplace_back(name);
    io::append_csv_report_row(out, std::move(cells));
    for (const compare_row& row : c.rows) {
        cells = row.keys;
        cells.push_back(row.when.label());
        cells.push_back(to_plain(row.a));
        cells.push_back(to_plain(row.b));
        cells.push_back(to_plain(row.difference()));
        io::append_csv_report_row(out, std::move(cells));
    }
    return out;
}

}  // namespace v1
}  // namespace mhfund
