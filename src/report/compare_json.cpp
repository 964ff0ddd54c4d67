// A comparison as JSON. Amounts are strings of plain decimals with their pence beside them, as in
// the forecast's JSON: money never passes through a JSON number (a double to most readers).
#include <nlohmann/json.hpp>

#include "mhfund/compare.hpp"

namespace mhfund {
inline namespace v1 {

namespace {

using json = nlohmann::ordered_json;

void put_amount(json& o, const std::string& name, money m) {
    o[name] = to_plain(m);
    o[name + "_pence"] = m.pence();
}

json changed_json(const std::vector<input_difference>& changed) {
    json out = json::array();
    for (const input_difference& d : changed)
        out.push_back({{"role", d.role},
                       {"file", d.name},
                       {"saved_sha256", d.saved},
                       {"current_sha256", d.current}});
    return out;
}

json rows_json(const comparison& c) {
    json rows = json::array();
    for (const compare_row& row : c.rows) {
        json o = json::object();
        for (std::size_t i = 0; i < c.by.size() && i < row.keys.size(); ++i)
            o[std::string(to_string(c.by[i]))] = row.keys[i];
        o["period"] = row.when.label();
        put_amount(o, "amount_a", row.a);
        put_amount(o, "amount_b", row.b);
        put_amount(o, "difference", row.difference());
        rows.push_back(std::move(o));
    }
    return rows;
}

}  // namespace

std::string format_comparison_json(const comparison& c) {
    json doc = json::object();
    doc["a"] = c.name_a;
    doc["b"] = c.name_b;
    doc["period_type"] = std::string(to_string(c.period_type));
    json by = json::array();
    for (const dimension d : c.by)
        by.push_back(std::string(to_string(d)));
    doc["by"] = std::move(by);
    doc["rows"] = rows_json(c);
    put_amount(doc, "total_a", c.total_a);
    put_amount(doc, "total_b", c.total_b);
    put_amount(doc, "difference", c.difference());
    json lines = json::array();
    for (const line_difference& l : c.lines) {
        json o = {{"subject", l.subject}, {"year", l.year}, {"category", l.category}};
        put_amount(o, "amount_a", l.a);
        put_amount(o, "amount_b", l.b);
        put_amount(o, "difference", l.difference());
        o["reasons"] = l.reasons;
        lines.push_back(std::move(o));
    }
    doc["lines"] = std::move(lines);
    json settings = json::array();
    for (const setting_difference& s : c.settings)
        settings.push_back({{"setting", s.setting}, {"a", s.a}, {"b", s.b}});
    doc["settings"] = std::move(settings);
    doc["changed_inputs_a"] = changed_json(c.changed_a);
    doc["changed_inputs_b"] = changed_json(c.changed_b);
    return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace v1
}  // namespace mhfund
