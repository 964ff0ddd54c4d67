// The budget file (JSON). Amounts are strings of plain decimals: a JSON number is a double to
// most readers, and money must never pass through one. Dates are ISO; spans and the horizon
// give their first and last days, both inclusive, as people write date ranges.
#include <nlohmann/json.hpp>

#include "budget/budget_model.hpp"
#include "io/output_file.hpp"

namespace mhfund {
inline namespace v1 {

namespace {

using json = nlohmann::ordered_json;

constexpr std::string_view notice =
    "The approved budget, written by 'mhfund budget'. Never edit it by hand: it is the record of "
    "what was approved, and the tool refuses a budget whose figures do not add up. Each line's "
    "'shares' are [first day, last day, amount] spans that no month or term boundary crosses, so "
    "the budget answers any grouping and period. 'inputs' are the SHA-256 fingerprints of the "
    "files it was computed from.";

json line_json(const budget_line& l) {
    json keys = json::object();
    for (const dimension d : detail::all_dimensions)
        keys[std::string(to_string(d))] = l.key(d);
    json shares = json::array();
    for (const budget_share& s : l.shares)
        shares.push_back(
            {to_string(s.from), to_string(s.to - boost::gregorian::days(1)), to_plain(s.amount)});
    return json{{"subject", l.subject},
                {"department", l.department},
                {"year", l.year},
                {"category", l.category},
                {"keys", std::move(keys)},
                {"rate", l.rate},
                {"rate_amount", to_plain(l.rate_amount)},
                {"days", to_string(l.days)},
                {"reallocated", to_string(l.reallocated)},
                {"amount", to_plain(l.amount)},
                {"kept", to_plain(l.kept)},
                {"withdrawn", l.withdrawn ? json(to_string(*l.withdrawn)) : json(nullptr)},
                {"phasing", l.phasing},
                {"changes", l.changes},
                {"derivation", l.derivation},
                {"shares", std::move(shares)}};
}

json terms_json(const budget& b) {
    json out = json::array();
    if (b.horizon.empty()) return out;
    for (academic_year y = academic_year::containing(b.horizon.begin);
         y.first_day() < b.horizon.end; y = academic_year{y.start_year + 1}) {
        if (b.terms.is_default(y)) continue;
        const term_starts s = b.terms.starts(y);
        out.push_back({{"academic_year", y.to_string()},
                       {"spring", to_string(s.spring)},
                       {"summer", to_string(s.summer)}});
    }
    return out;
}

}  // namespace

std::string write_budget_json(const budget& b) {
    json doc = json::object();
    doc["format"] = std::string(detail::budget_format);
    doc["format_version"] = detail::budget_format_version;
    doc["notice"] = std::string(notice);
    doc["tool_version"] = b.tool_version;
    doc["scenario"] = b.scenario;
    doc["horizon"] = {{"first_day", to_string(b.horizon.begin)},
                      {"last_day", to_string(b.horizon.end - boost::gregorian::days(1))}};
    doc["terms"] = terms_json(b);
    json inputs = json::array();
    for (const input_fingerprint& f : b.inputs)
        inputs.push_back({{"role", f.role}, {"file", f.name}, {"sha256", f.sha256}});
    doc["inputs"] = std::move(inputs);
    json settings = json::array();
    for (const assumption& a : b.settings)
        settings.push_back({{"setting", a.setting}, {"value", a.value}, {"note", a.note}});
    doc["settings"] = std::move(settings);
    doc["total"] = to_plain(b.total());
    json lines = json::array();
    for (const budget_line& l : b.lines)
        lines.push_back(line_json(l));
    doc["lines"] = std::move(lines);
    return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

void write_budget_file(const budget& b, const std::string& path) {
    io::write_file_atomically(path, write_budget_json(b));
}

}  // namespace v1
}  // namespace mhfund
