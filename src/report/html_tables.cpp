// The HTML report's text: escaping, and a forecast as a grid of programmes by periods shown
// as a table with totals (groups down, or turned: periods down).
#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "mhfund/detail/text.hpp"
#include "mhfund/error.hpp"
#include "mhfund/report.hpp"
#include "report/html.hpp"

namespace mhfund {
inline namespace v1 {
namespace report {

std::string esc(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

grid make_grid(const forecast_result& r) {
    grid g;
    g.by = r.by;
    g.periods = r.periods;
    std::map<date, std::size_t> column_of;
    for (std::size_t i = 0; i < r.periods.size(); ++i)
        column_of[r.periods[i].range.begin] = i;
    std::map<std::vector<std::string>, std::size_t> row_of;
    for (const forecast_row& row : r.rows) {
        auto it = row_of.find(row.keys);
        if (it == row_of.end()) {
            it = row_of.emplace(row.keys, g.groups.size()).first;
            g.groups.push_back(row.keys.empty() ? std::string("all")
                                                : detail::join(row.keys, " / "));
            g.keys.push_back(row.keys);
            g.names.push_back(g.groups.back());
            g.cells.emplace_back(r.periods.size());
            g.filled.emplace_back(r.periods.size(), false);
            g.group_totals.emplace_back();
        }
        const auto col = column_of.find(row.when.range.begin);
        if (col == column_of.end())
            throw error(errc::internal, "forecast row for period " + row.when.label() +
                                            ", which is not among the result's periods");
        g.cells[it->second][col->second] += row.amount;
        g.filled[it->second][col->second] = true;
    }
    g.period_totals.resize(r.periods.size());
    for (std::size_t i = 0; i < g.groups.size(); ++i)
        for (std::size_t c = 0; c < g.periods.size(); ++c) {
            g.group_totals[i] += g.cells[i][c];
            g.period_totals[c] += g.cells[i][c];
            g.total += g.cells[i][c];
        }
    // A report whose table disagrees with the library's total would contradict itself.
    if (g.total != r.total)
        throw error(errc::internal,
                    fmt::format("report rows sum to {} but the forecast total is {}",
                                to_display(g.total), to_display(r.total)));
    return g;
}

namespace {

std::string cell(const grid& g, std::size_t i, std::size_t c) {
    return g.filled[i][c] ? fmt::format("<td>{}</td>", esc(to_display(g.cells[i][c])))
                          : std::string("<td class=\"none\">-</td>");
}

std::string table_open(const std::string& caption, const std::string& id, bool turned) {
    return fmt::format(
        "<div class=\"scroll\"><table id=\"{}\" class=\"sums{}\">\n<caption>{}</caption>\n",
        esc(id), turned ? " turned" : "", esc(caption));
}

}  // namespace

std::string table_html(const grid& g, const std::string& caption, const std::string& id) {
    std::string out = table_open(caption, id, false);
    out += fmt::format("<thead><tr><th scope=\"col\">{}</th>", esc(groups_heading(g.by)));
    for (const period& p : g.periods)
        out += fmt::format("<th scope=\"col\">{}</th>", esc(p.label()));
    out += "<th scope=\"col\" class=\"total\">Total</th></tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < g.groups.size(); ++i) {
        out += fmt::format("<tr data-group=\"{}\"><th scope=\"row\">{}</th>", esc(g.groups[i]),
                           esc(g.names[i]));
        for (std::size_t c = 0; c < g.periods.size(); ++c)
            out += cell(g, i, c);
        out +=
            fmt::format("<td class=\"total\">{}</td></tr>\n", esc(to_display(g.group_totals[i])));
    }
    // The Total row is the body's last: a table header or footer repeats on every printed page.
    out += "<tr class=\"sum\"><th scope=\"row\">Total</th>";
    for (const money m : g.period_totals)
        out += fmt::format("<td>{}</td>", esc(to_display(m)));
    out += fmt::format("<td class=\"total grand\">{}</td></tr>\n</tbody>\n</table></div>\n",
                       esc(to_display(g.total)));
    return out;
}

namespace {

/// How many amount columns fit across A4's text width (186 mm, about 700 px) beside the
/// period column: 9.5pt tabular figures are about 6.6 px a character, plus the cell's padding.
std::size_t columns_across_a4(const grid& g) {
    std::size_t longest = to_display(g.total).size();
    for (const money m : g.group_totals)
        longest = std::max(longest, to_display(m).size());
    const std::size_t column_px = longest * 66 / 10 + 16;
    return std::max<std::size_t>(2, (700 - 95) / column_px);
}

/// Groups [first, end) of `g` by period; the Total column only when `with_total`.
std::string turned_part(const grid& g, std::size_t first, std::size_t end, bool with_total,
                        const std::string& caption, const std::string& id) {
    std::string out = table_open(caption, id, true);
    out += "<thead><tr><th scope=\"col\">Period</th>";
    for (std::size_t i = first; i < end; ++i)
        out += fmt::format("<th scope=\"col\" title=\"{}\">{}</th>", esc(g.names[i]),
                           esc(g.groups[i]));
    if (with_total) out += "<th scope=\"col\" class=\"total\">Total</th>";
    out += "</tr></thead>\n<tbody>\n";
    for (std::size_t c = 0; c < g.periods.size(); ++c) {
        out += fmt::format("<tr><th scope=\"row\">{}</th>", esc(g.periods[c].label()));
        for (std::size_t i = first; i < end; ++i)
            out += cell(g, i, c);
        if (with_total)
            out += fmt::format("<td class=\"total\">{}</td>", esc(to_display(g.period_totals[c])));
        out += "</tr>\n";
    }
    out += "<tr class=\"sum\"><th scope=\"row\">Total</th>";
    for (std::size_t i = first; i < end; ++i)
        out += fmt::format("<td>{}</td>", esc(to_display(g.group_totals[i])));
    if (with_total)
        out += fmt::format("<td class=\"total grand\">{}</td>", esc(to_display(g.total)));
    return out + "</tr>\n</tbody>\n</table></div>\n";
}

}  // namespace

std::string table_by_period_html(const grid& g, const std::string& caption, const std::string& id) {
    // Too many groups for one A4 width: the groups in parts, the Total column in the last.
    const std::size_t across = columns_across_a4(g);
    const std::size_t n = g.groups.size();
    if (n + 1 <= across) return turned_part(g, 0, n, true, caption, id);
    const std::size_t per_part = across;  // the last part also holds the Total column
    const std::size_t parts = (n + 1 + per_part - 1) / per_part;
    std::string out;
    for (std::size_t k = 0; k < parts; ++k) {
        const std::size_t first = k * per_part;
        const std::size_t end = std::min(n, first + per_part);
        out += turned_part(g, first, end, k + 1 == parts,
                           fmt::format("{} (part {} of {})", caption, k + 1, parts),
                           fmt::format("{}-{}", id, k + 1));
    }
    return out;
}

}  // namespace report
}  // namespace v1
}  // namespace mhfund
