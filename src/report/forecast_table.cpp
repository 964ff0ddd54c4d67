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

namespace {

/// The forecast's cells by group (in the order of the rows, which are sorted by keys) and
/// period, and which cells any row fell in.
struct table_cells {
    std::vector<std::vector<std::string>> groups;
    std::vector<std::vector<money>> cells;
    std::vector<std::vector<bool>> filled;
};

table_cells cells_of(const forecast_result& r) {
    table_cells t;
    std::map<date, std::size_t> column_of;
    for (std::size_t i = 0; i < r.periods.size(); ++i)
        column_of[r.periods[i].range.begin] = i;
    for (const forecast_row& row : r.rows) {
        if (t.groups.empty() || t.groups.back() != row.keys) {
            t.groups.push_back(row.keys);
            t.cells.emplace_back(r.periods.size());
            t.filled.emplace_back(r.periods.size(), false);
        }
        const auto col = column_of.find(row.when.range.begin);
        if (col == column_of.end())
            throw error(errc::internal, "forecast row for period " + row.when.label() +
                                            ", which is not among the result's periods");
        t.cells.back()[col->second] += row.amount;
        t.filled.back()[col->second] = true;
    }
    return t;
}

/// The table as text, cell by cell: a header, one line per group, a Total line.
std::vector<std::vector<std::string>> text_grid(const forecast_result& r, const table_cells& t) {
    const std::size_t key_columns = r.by.empty() ? 1 : r.by.size();
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
    for (std::size_t g = 0; g < t.groups.size(); ++g) {
        std::vector<std::string> line;
        if (r.by.empty()) line.emplace_back("All");
        for (const std::string& k : t.groups[g])
            line.push_back(k.empty() ? "-" : k);
        money row_total;
        for (std::size_t c = 0; c < r.periods.size(); ++c) {
            line.push_back(t.filled[g][c] ? to_display(t.cells[g][c]) : "-");
            row_total += t.cells[g][c];
            column_totals[c] += t.cells[g][c];
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
    return grid;
}

/// The grid laid out in columns (keys to the left, amounts to the right), with a rule under
/// the header and over the totals.
std::string layout(const forecast_result& r, const std::vector<std::vector<std::string>>& grid) {
    const std::size_t key_columns = r.by.empty() ? 1 : r.by.size();
    std::vector<bool> right(key_columns + r.periods.size() + 1, true);
    for (std::size_t c = 0; c < key_columns; ++c)
        right[c] = false;
    const std::vector<std::string> lines = detail::layout_columns(grid, right);
    std::size_t rule_width = 0;
    for (const std::string& l : lines)
        rule_width = std::max(rule_width, detail::display_width(l));
    const std::string rule = std::string(rule_width, '-') + "\n";
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i == 1 || i + 1 == lines.size()) out += rule;
        out += lines[i] + "\n";
    }
    return out;
}

/// What the figures rest on: every assumption, warning and note.
std::string basis_text(const forecast_result& r) {
    std::string out;
    if (!r.assumptions.empty()) {
        out += "\nAssumptions (settings that are not figures from the documents)\n";
        for (const assumption& a : r.assumptions)
            out +=
                "  " + a.setting + " = " + a.value + (a.note.empty() ? "" : " — " + a.note) + "\n";
    }
    if (!r.warnings.empty()) {
        out += "\nWarnings\n";
        for (const finding& w : r.warnings)
            out += "  " + w.message() + "\n";
    }
    if (!r.notes.empty()) {
        out += "\nNotes\n";
        for (const finding& n : r.notes)
            out += "  " + n.message() + "\n";
    }
    return out;
}

}  // namespace

std::string format_forecast_table(const scenario& s, const forecast_result& r) {
    // The grid as text, then widths, then layout: one pass each keeps alignment simple.
    const std::string table = layout(r, text_grid(r, cells_of(r)));
    std::string out = s.name + "\n";
    std::string by;
    for (const dimension d : r.by)
        by += (by.empty() ? "" : ", ") + std::string(to_string(d));
    out += fmt::format("Forecast{}, per {}, {}\n\n", by.empty() ? "" : " by " + by,
                       describe(r.period_type), detail::range_text(r.horizon));
    return out + table + basis_text(r);
}

}  // namespace v1
}  // namespace mhfund
