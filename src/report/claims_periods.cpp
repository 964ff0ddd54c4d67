// Claims by grouping and period (`mhfund claims --by … --period …`): allocated beside claimed,
// as a table, CSV or JSON. The figures come from claims_by_period; nothing is added up here
// but the table's Total line, checked against the library's totals.
#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include "io/csv.hpp"
#include "mhfund/report.hpp"
#include "report/text_layout.hpp"

namespace mhfund {
inline namespace v1 {

std::string format_claims_by_period_table(const scenario& s, const claims_by_period_result& r) {
    std::vector<std::vector<std::string>> grid;
    std::vector<std::string> header;
    std::vector<bool> right;
    for (const dimension d : r.by) {
        header.emplace_back(to_string(d));
        right.push_back(false);
    }
    header.insert(header.end(), {"period", "allocated", "claimed", "remaining"});
    right.insert(right.end(), {false, true, true, true});
    grid.push_back(header);
    money allocated, claimed;
    for (const claims_period_row& row : r.rows) {
        std::vector<std::string> line;
        for (const std::string& k : row.keys)
            line.push_back(k.empty() ? "-" : k);
        line.insert(line.end(), {row.when.label(), to_display(row.allocated),
                                 to_display(row.claimed), to_display(row.allocated - row.claimed)});
        allocated += row.allocated;
        claimed += row.claimed;
        grid.push_back(std::move(line));
    }
    if (allocated != r.allocated || claimed != r.claimed)
        throw error(errc::internal, "claims rows do not add up to their totals");
    std::vector<std::string> total(r.by.size(), "");
    if (!total.empty()) total[0] = "Total";
    total.insert(total.end(), {r.by.empty() ? "Total" : "", to_display(r.allocated),
                               to_display(r.claimed), to_display(r.allocated - r.claimed)});
    grid.push_back(std::move(total));
    std::string out =
        fmt::format("{}\nClaims against allocations by period{}\n\n", s.name,
                    r.as_of ? " (claims dated before " + to_string(*r.as_of) + ")" : std::string());
    const std::vector<std::string> lines = detail::layout_columns(grid, right);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i == 1 || i + 1 == lines.size())
            out += std::string(detail::display_width(lines[0]), '-') + "\n";
        out += lines[i] + "\n";
    }
    out += fmt::format("\nFindings ({})\n", r.claims.findings.size());
    if (r.claims.findings.empty()) out += "  none\n";
    for (const claim_finding& f : r.claims.findings)
        out += fmt::format("  {}:{}: {}: {}\n", f.where.file, f.where.line, to_string(f.what),
                           f.message);
    return out;
}

std::string format_claims_by_period_csv(const claims_by_period_result& r) {
    std::string out;
    std::vector<std::string> cells;
    for (const dimension d : r.by)
        cells.emplace_back(to_string(d));
    cells.insert(cells.end(), {"period", "allocated", "claimed", "remaining"});
    io::append_csv_report_row(out, std::move(cells));
    for (const claims_period_row& row : r.rows) {
        cells = row.keys;
        cells.insert(cells.end(), {row.when.label(), to_plain(row.allocated), to_plain(row.claimed),
                                   to_plain(row.allocated - row.claimed)});
        io::append_csv_report_row(out, std::move(cells));
    }
    return out;
}

std::string format_claims_by_period_json(const scenario& s, const claims_by_period_result& r) {
    using json = nlohmann::ordered_json;
    auto amount = [](json& j, const std::string& name, money m) {
        j[name] = to_plain(m);
        j[name + "_pence"] = m.pence();
    };
    json doc = json::object();
    doc["scenario"] = s.name;
    doc["period_type"] = std::string(to_string(r.period_type));
    if (r.as_of) doc["as_of"] = to_string(*r.as_of);
    json rows = json::array();
    for (const claims_period_row& row : r.rows) {
        json o = json::object();
        for (std::size_t i = 0; i < r.by.size() && i < row.keys.size(); ++i)
            o[std::string(to_string(r.by[i]))] = row.keys[i];
        o["period"] = row.when.label();
        amount(o, "allocated", row.allocated);
        amount(o, "claimed", row.claimed);
        amount(o, "remaining", row.allocated - row.claimed);
        rows.push_back(std::move(o));
    }
    doc["rows"] = std::move(rows);
    amount(doc, "allocated_total", r.allocated);
    amount(doc, "claimed_total", r.claimed);
    return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace v1
}  // namespace mhfund
