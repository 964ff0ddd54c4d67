// A comparison as text for a terminal: per group and period A, B and B − A; the lines behind
// the differences, each with its reasons; the settings that differ; and any budget input that
// changed since the budget was saved (the budget is still the approved figure).
#include <fmt/format.h>

#include "mhfund/compare.hpp"
#include "report/text_layout.hpp"

namespace mhfund {
inline namespace v1 {

namespace {

std::string rows_text(const comparison& c) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> head;
    for (const dimension d : c.by)
        head.emplace_back(to_string(d));
    for (const char* name : {"period", "A", "B", "B - A"})
        head.emplace_back(name);
    rows.push_back(head);
    for (const compare_row& r : c.rows) {
        std::vector<std::string> cells = r.keys;
        cells.push_back(r.when.label());
        cells.push_back(to_display(r.a));
        cells.push_back(to_display(r.b));
        cells.push_back(to_display(r.difference()));
        rows.push_back(std::move(cells));
    }
    std::vector<std::string> total(c.by.size(), "");
    if (!total.empty()) total.front() = "Total";
    total.push_back(c.by.empty() ? "Total" : "");
    total.push_back(to_display(c.total_a));
    total.push_back(to_display(c.total_b));
    total.push_back(to_display(c.difference()));
    rows.push_back(std::move(total));
    std::vector<bool> right(c.by.size() + 1, false);
    right.insert(right.end(), {true, true, true});
    std::string out;
    for (const std::string& line : detail::layout_columns(rows, right))
        out += "  " + line + "\n";
    return out;
}

std::string lines_text(const comparison& c) {
    if (c.lines.empty()) return "\nNo line differs.\n";
    std::string out = "\nThe lines behind the differences (B - A):\n";
    for (const line_difference& l : c.lines) {
        out += fmt::format("  {} year {} {}: {} → {} ({})\n", l.subject, l.year, l.category,
                           to_display(l.a), to_display(l.b), to_display(l.difference()));
        for (const std::string& r : l.reasons)
            out += "    - " + r + "\n";
    }
    return out;
}

std::string changed_text(const char* side, const std::vector<input_difference>& changed) {
    std::string out;
    if (changed.empty()) return out;
    out += fmt::format(
        "\nInputs of budget {} changed since it was saved (the budget still holds "
        "the approved figures):\n",
        side);
    for (const input_difference& d : changed)
        out += fmt::format("  {} {}: saved {}, now {}\n", d.role, d.name, d.saved, d.current);
    return out;
}

}  // namespace

std::string format_comparison_table(const comparison& c) {
    std::string out = fmt::format("A: {}\nB: {}\n\n", c.name_a, c.name_b);
    out += rows_text(c);
    out += lines_text(c);
    if (!c.settings.empty()) {
        out += "\nSettings that differ:\n";
        for (const setting_difference& s : c.settings)
            out += fmt::format("  {}: {} → {}\n", s.setting, s.a, s.b);
    }
    out += changed_text("A", c.changed_a);
    out += changed_text("B", c.changed_b);
    return out;
}

}  // namespace v1
}  // namespace mhfund
