// The outturn (`mhfund outturn`) as a table for people and as long-form CSV: one record per
// group and period with the five figures of domain.md rule 13 (and, given a budget, the budget
// and the variance). The figures come from run_outturn; nothing here adds money up except the
// table's Total line, which is checked against the library's totals.
#include <fmt/format.h>

#include "io/csv.hpp"
#include "mhfund/report.hpp"
#include "report/text_layout.hpp"

namespace mhfund {
inline namespace v1 {

namespace {

bool has_budget(const outturn_result& r) {
    for (const outturn_row& row : r.rows)
        if (row.budget) return true;
    return false;
}

std::string where_text(const source_location& w) {
    return w.line > 0 ? fmt::format("{}:{}", w.file, w.line) : w.file;
}

}  // namespace

std::string format_outturn_table(const scenario& s, const outturn_result& r,
                                 const text_options& o) {
    const bool budget = has_budget(r);
    std::vector<std::vector<std::string>> grid;
    std::vector<std::string> header;
    std::vector<bool> right;
    for (const dimension d : r.by) {
        header.emplace_back(to_string(d));
        right.push_back(false);
    }
    header.insert(header.end(), {"period", "actual", "unclaimed", "to come", "outturn", "paid"});
    right.insert(right.end(), {false, true, true, true, true, true});
    if (budget) {
        header.insert(header.end(), {"budget", "variance"});
        right.insert(right.end(), {true, true});
    }
    grid.push_back(header);
    outturn_totals sum;
    money budget_sum;
    for (const outturn_row& row : r.rows) {
        std::vector<std::string> line;
        for (const std::string& k : row.keys)
            line.push_back(k.empty() ? "-" : k);
        line.insert(line.end(),
                    {row.when.label(), to_display(row.actual), to_display(row.unclaimed),
                     to_display(row.to_come), to_display(row.outturn), to_display(row.paid)});
        if (budget) {
            const money b = row.budget.value_or(money{});
            line.insert(line.end(), {to_display(b), to_display(row.outturn - b)});
            budget_sum += b;
        }
        sum.actual += row.actual;
        sum.outturn += row.outturn;
        grid.push_back(std::move(line));
    }
    if (sum.actual != r.total.actual || sum.outturn != r.total.outturn)
        throw error(errc::internal, "outturn rows do not add up to the outturn's totals");
    std::vector<std::string> total(r.by.size(), "");
    if (!total.empty()) total[0] = "Total";
    total.insert(total.end(), {r.by.empty() ? "Total" : "", to_display(r.total.actual),
                               to_display(r.total.unclaimed), to_display(r.total.to_come),
                               to_display(r.total.outturn), to_display(r.total.paid)});
    if (budget)
        total.insert(total.end(),
                     {to_display(budget_sum), to_display(r.total.outturn - budget_sum)});
    grid.push_back(std::move(total));

    std::string out = fmt::format("{}\nOutturn as of {} (claims dated before it are actual)\n\n",
                                  s.name, to_string(r.as_of));
    // Wider than the terminal: blocks of figures, each repeating the groups and the period.
    for (const std::string& l :
         detail::layout_blocks(grid, right, r.by.size() + 1, o.width, {1, grid.size() - 1}))
        out += l + "\n";
    if (!r.unmatched.is_zero())
        out += fmt::format("\nUnmatched claims before {} (in actual and outturn): {}\n",
                           to_string(r.as_of), to_display(r.unmatched));
    out += fmt::format("\nFindings as of {} ({})\n", to_string(r.as_of), r.findings.size());
    if (r.findings.empty()) out += "  none\n";
    for (const claim_finding& f : r.findings)
        out += detail::wrap_text(
            fmt::format("{}: {}: {}", where_text(f.where), to_string(f.what), f.message), o.width);
    return out;
}

std::string format_outturn_csv(const outturn_result& r) {
    const bool budget = has_budget(r);
    std::string out;
    std::vector<std::string> cells;
    for (const dimension d : r.by)
        cells.emplace_back(to_string(d));
    cells.insert(cells.end(), {"period", "actual", "unclaimed", "to_come", "outturn", "paid"});
    if (budget) cells.insert(cells.end(), {"budget", "variance"});
    io::append_csv_report_row(out, std::move(cells));
    for (const outturn_row& row : r.rows) {
        cells = row.keys;
        cells.insert(cells.end(),
                     {row.when.label(), to_plain(row.actual), to_plain(row.unclaimed),
                      to_plain(row.to_come), to_plain(row.outturn), to_plain(row.paid)});
        if (budget) {
            const money b = row.budget.value_or(money{});
            cells.insert(cells.end(), {to_plain(b), to_plain(row.outturn - b)});
        }
        io::append_csv_report_row(out, std::move(cells));
    }
    return out;
}

}  // namespace v1
}  // namespace mhfund
