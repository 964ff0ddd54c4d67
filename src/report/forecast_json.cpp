// The forecast as JSON. Amounts are strings of plain decimals with their integer pence beside
// them: a JSON number is a double to most readers, and money must never pass through one.
#include <nlohmann/json.hpp>

#include "mhfund/report.hpp"
#include "report/text_layout.hpp"

namespace mhfund {
inline namespace v1 {

std::string format_forecast_json(const scenario& s, const forecast_result& r) {
    // ordered_json keeps the keys in the order written here, which people reading it expect.
    using json = nlohmann::ordered_json;
    json doc = json::object();
    doc["scenario"] = s.name;
    doc["period_type"] = std::string(to_string(r.period_type));
    json by = json::array();
    for (const dimension d : r.by)
        by.push_back(std::string(to_string(d)));
    doc["by"] = by;
    // `to` is the horizon's last day, as `from` is its first: both inclusive, as people write
    // date ranges.
    doc["horizon"] = {
        {"from", to_string(r.horizon.begin)},
        {"to", r.horizon.empty() ? to_string(r.horizon.begin) : to_string(r.horizon.last_day())}};
    json rows = json::array();
    for (const forecast_row& row : r.rows) {
        json o = json::object();
        for (std::size_t i = 0; i < r.by.size() && i < row.keys.size(); ++i)
            o[std::string(to_string(r.by[i]))] = row.keys[i];
        o["period"] = row.when.label();
        o["amount"] = to_plain(row.amount);
        o["amount_pence"] = row.amount.pence();
        rows.push_back(std::move(o));
    }
    // What --where and --from/--to selected, only when given (the total is of that selection;
    // the horizon is already clipped to the days).
    if (!r.where.empty()) {
        json where = json::object();
        for (const dimension_filter& f : r.where)
            where[std::string(to_string(f.on))] = f.values;
        doc["where"] = std::move(where);
    }
    if (r.within) doc["within"] = doc["horizon"];
    doc["rows"] = std::move(rows);
    doc["total"] = to_plain(r.total);
    doc["total_pence"] = r.total.pence();
    json assumptions = json::array();
    for (const assumption& a : r.assumptions)
        assumptions.push_back({{"setting", a.setting}, {"value", a.value}, {"note", a.note}});
    doc["assumptions"] = std::move(assumptions);
    doc["warnings"] = messages_of(r.warnings);
    doc["notes"] = messages_of(r.notes);
    // Text from input files is meant to be UTF-8; a stray byte is replaced rather than failing
    // a report over a name.
    return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace v1
}  // namespace mhfund
