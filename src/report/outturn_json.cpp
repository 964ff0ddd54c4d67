// The outturn as JSON. Amounts are strings of plain decimals with their integer pence beside
// them, as in the forecast's JSON: money never passes through a JSON number.
#include <nlohmann/json.hpp>

#include "mhfund/report.hpp"

namespace mhfund {
inline namespace v1 {

namespace {

using json = nlohmann::ordered_json;

void amount(json& j, const std::string& name, money m) {
    j[name] = to_plain(m);
    j[name + "_pence"] = m.pence();
}

json rows_json(const outturn_result& r) {
    json rows = json::array();
    for (const outturn_row& row : r.rows) {
        json o = json::object();
        for (std::size_t i = 0; i < r.by.size() && i < row.keys.size(); ++i)
            o[std::string(to_string(r.by[i]))] = row.keys[i];
        o["period"] = row.when.label();
        amount(o, "actual", row.actual);
        amount(o, "unclaimed", row.unclaimed);
        amount(o, "to_come", row.to_come);
        amount(o, "outturn", row.outturn);
        amount(o, "paid", row.paid);
        if (row.budget) {
            amount(o, "budget", *row.budget);
            amount(o, "variance", row.outturn - *row.budget);
        }
        rows.push_back(std::move(o));
    }
    return rows;
}

json lines_json(const outturn_result& r) {
    json lines = json::array();
    for (const outturn_line& l : r.lines) {
        const claim_balance& b = r.claims.balances[l.balance];
        json o{{"subject", b.subject},
               {"institution", b.institution},
               {"year", b.year},
               {"category", b.category},
               {"cost_type", std::string(to_string(b.type))}};
        amount(o, "allocated", l.allocated);
        amount(o, "accrued", l.accrued);
        amount(o, "claimed", l.claimed);
        amount(o, "unclaimed", l.unclaimed);
        amount(o, "to_come", l.to_come);
        amount(o, "outturn", l.outturn);
        o["over_claimed"] = l.over_claimed;
        lines.push_back(std::move(o));
    }
    return lines;
}

}  // namespace

std::string format_outturn_json(const scenario& s, const outturn_result& r) {
    json doc = json::object();
    doc["scenario"] = s.name;
    doc["as_of"] = to_string(r.as_of);
    doc["period_type"] = std::string(to_string(r.period_type));
    json by = json::array();
    for (const dimension d : r.by)
        by.push_back(std::string(to_string(d)));
    doc["by"] = by;
    doc["rows"] = rows_json(r);
    json total = json::object();
    amount(total, "actual", r.total.actual);
    amount(total, "unclaimed", r.total.unclaimed);
    amount(total, "to_come", r.total.to_come);
    amount(total, "outturn", r.total.outturn);
    amount(total, "paid", r.total.paid);
    doc["total"] = std::move(total);
    amount(doc, "unmatched", r.unmatched);
    doc["lines"] = lines_json(r);
    json findings = json::array();
    for (const claim_finding& f : r.findings)
        findings.push_back({{"kind", std::string(to_string(f.what))},
                            {"file", f.where.file},
                            {"line", f.where.line},
                            {"field", f.where.field},
                            {"message", f.message}});
    doc["findings"] = std::move(findings);
    return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace v1
}  // namespace mhfund
