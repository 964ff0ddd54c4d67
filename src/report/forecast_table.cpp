// The forecast as a pivot table for people: one row per group, one column per period, a Total
// column and a Total row, then every assumption the figures rest on (domain.md: "every report
// must list the settings it used that are not figures from the documents").
#include <algorithm>
#include <map>
#include <vector>

#include <fmt/format.h>

#include "mhfund/report.hpp"
#include "report/text_layout.hpp"

namespace mhfund {
inline namespace v1 {

std::string format_forecast_table(const scenario& s, const forecast_result& r) {
    // Groups in the order of the rows (sorted by keys); cells by group and period.
    std::vector<std::vector<std::string>> groups;
    std::vector<std::vector<money>> cells;
    std::vector<std::vector<bool>> filled;
    std::map<date, std::size_t> column_of;
    for (std::size_t i = 0; i < r.periods.size(); ++i)
        column_of[r.periods[i].range.begin] = i;
    for (const forecast_row& row : r.rows) {
        if (groups.empty() || groups.back() != row.keys) {
            groups.push_back(row.keys);
            cells.emplace_back(r.periods.size());
            filled.emplace_back(r.periods.size(), false);
        }
        const auto col = column_of.find(row.when.range.begin);
        if (col == column_of.end())
            throw error(errc::internal, "forecast row for period " + row.when.label() +
                                            ", which is not among the result's periods");
        cells.back()[col->second] += row.amount;
        filled.back()[col->second] = true;
    }

    // The grid as text, then widths, then layout: one pass each keeps alignment simple.
    const std::size_t key_columns = r.by.empty() ? 1 : r.by.size();
    const std::size_t columns = key_columns + r.periods.size() + 1;
    std::vector<std::vector<std::string>> grid;
    std::vector<std::string> header;
    if (r.by.empty()) header.emplace_back("");
    for (const dimension d : r.by)
        header.emplace_back(to_string(d));
    for (const period& p : r.periods)
        header.push_back(p.label());
    header.emplace_back("Total");
    grid.push_back(header);

    std::vector<money> column_totals(r.periods.size());
    money grand;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        std::vector<std::string> line;
        if (r.by.empty()) line.emplace_back("All");
        for (const std::string& k : groups[g])
            line.push_back(k.empty() ? "-" : k);
        money row_total;
        for (std::size_t c = 0; c < r.periods.size(); ++c) {
            line.push_back(filled[g][c] ? to_display(cells[g][c]) : "-");
            row_total += cells[g][c];
            column_totals[c] += cells[g][c];
        }
        grand += row_total;
        line.push_back(to_display(row_total));
        grid.push_back(line);
    }
    // The table must add up to the library's own total, or the report would contradict itself.
    if (grand != r.total)
        throw error(errc::internal, fmt::format("table rows sum to {} but the forecast total is {}",
                                                to_display(grand), to_display(r.total)));
    std::vector<std::string> total_line{"Total"};
    for (std::size_t i = 1; i < key_columns; ++i)
        total_line.emplace_back("");
    for (const money m : column_totals)
        total_line.push_back(to_display(m));
    total_line.push_back(to_display(grand));
    grid.push_back(total_line);

    std::vector<bool> right(columns, true);
    for (std::size_t c = 0; c < key_columns; ++c)
        right[c] = false;
    const std::vector<std::string> lines = detail::layout_columns(grid, right);
    std::size_t rule_width = 0;
    for (const std::string& l : lines)
        rule_width = std::max(rule_width, detail::display_width(l));
    const std::string rule = std::string(rule_width, '-') + "\n";

    std::string out = s.name + "\n";
    std::string by;
    for (const dimension d : r.by)
        by += (by.empty() ? "" : ", ") + std::string(to_string(d));
    out += fmt::format("Forecast{}, per {}, {}\n\n", by.empty() ? "" : " by " + by,
                       describe(r.period_type), detail::range_text(r.horizon));
    // Header, rule, one line per group, rule, totals.
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i == 1 || i + 1 == lines.size()) out += rule;
        out += lines[i] + "\n";
    }

    if (!r.assumptions.empty()) {
        out += "\nAssumptions (settings that are not figures from the documents)\n";
        for (const assumption& a : r.assumptions)
            out +=
                "  " + a.setting + " = " + a.value + (a.note.empty() ? "" : " — " + a.note) + "\n";
    }
    if (!r.warnings.empty()) {
        out += "\nWarnings\n";
        for (const std::string& w : r.warnings)
            out += "  " + w + "\n";
    }
    if (!r.notes.empty()) {
        out += "\nNotes\n";
        for (const std::string& n : r.notes)
            out += "  " + n + "\n";
    }
    return out;
}

}  // namespace v1
}  // namespace mhfund
