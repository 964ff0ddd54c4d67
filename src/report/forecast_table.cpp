// The forecast as a pivot table for people: one row per group, one column per period, a Total
// column and a Total row, then every assumption the figures rest on (domain.md: "every report
// must list the settings it used that are not figures from the documents").
#include <algorithm>
#include <map>
#include <vector>

#include <fmt/format.h>

#include "mhfund/detail/text.hpp"
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

/// The grid with periods as rows: the key columns of each group joined into one header cell.
std::vector<std::vector<std::string>> transposed(const std::vector<std::vector<std::string>>& grid,
                                                 std::size_t key_columns) {
    std::vector<std::vector<std::string>> out(grid.front().size() - key_columns + 1);
    out[0].emplace_back("period");
    for (std::size_t c = key_columns; c < grid.front().size(); ++c)
        out[c - key_columns + 1].push_back(grid.front()[c]);
    for (std::size_t g = 1; g < grid.size(); ++g) {
        std::string label;
        for (std::size_t k = 0; k < key_columns; ++k)
            if (!grid[g][k].empty()) label += (label.empty() ? "" : " / ") + grid[g][k];
        out[0].push_back(label);
        for (std::size_t c = key_columns; c < grid[g].size(); ++c)
            out[c - key_columns + 1].push_back(grid[g][c]);
    }
    return out;
}

/// The grid laid out in columns (keys to the left, amounts to the right) that fit `o.width`,
/// with a rule under the header and over the totals.
std::string layout(const forecast_result& r, std::vector<std::vector<std::string>> grid,
                   const text_options& o) {
    std::size_t labels = r.by.empty() ? 1 : r.by.size();
    if (o.transpose) {
        grid = transposed(grid, labels);
        labels = 1;
    }
    std::vector<bool> right(grid.front().size(), true);
    for (std::size_t c = 0; c < labels; ++c)
        right[c] = false;
    std::string out;
    for (const std::string& l :
         detail::layout_blocks(grid, right, labels, o.width, {1, grid.size() - 1}))
        out += l + "\n";
    return out;
}

/// What the figures rest on: every assumption, and the warnings and notes (counted by kind
/// when there are many, unless `o.all_findings`).
std::string basis_text(const forecast_result& r, const text_options& o) {
    std::string out;
    if (!r.assumptions.empty()) {
        out += "\nAssumptions (settings that are not figures from the documents)\n";
        for (const assumption& a : r.assumptions)
            out += detail::wrap_text(
                a.setting + " = " + a.value + (a.note.empty() ? "" : " — " + a.note), o.width);
    }
    const detail::findings_layout f{o.all_findings, o.findings_listed, o.width};
    out += detail::findings_text("Warnings", r.warnings, f, "--notes");
    out += detail::findings_text("Notes", r.notes, f, "--notes");
    return out;
}

/// What --where and --from/--to selected, one line each, when they were given.
std::string selection_text(const forecast_result& r) {
    std::string out;
    if (!r.where.empty()) {
        std::vector<std::string> parts;
        for (const dimension_filter& f : r.where)
            parts.push_back(
                fmt::format("{} is {}", to_string(f.on), detail::join(f.values, " or ")));
        out += "Only lines where " + detail::join(parts, " and ") + "\n";
    }
    if (r.within)
        out += fmt::format("Only money phased {}: the totals are of these days alone\n",
                           detail::range_text(r.horizon));
    return out;
}

}  // namespace

std::string format_forecast_table(const scenario& s, const forecast_result& r,
                                  const text_options& o) {
    // The grid as text, then widths, then layout: one pass each keeps alignment simple.
    const std::string table = layout(r, text_grid(r, cells_of(r)), o);
    std::string out = s.name + "\n";
    std::string by;
    for (const dimension d : r.by)
        by += (by.empty() ? "" : ", ") + std::string(to_string(d));
    out += fmt::format("Forecast{}, per {}, {}\n", by.empty() ? "" : " by " + by,
                       describe(r.period_type), detail::range_text(r.horizon));
    out += selection_text(r) + "\n";
    return out + table + basis_text(r, o);
}

}  // namespace v1
}  // namespace mhfund
