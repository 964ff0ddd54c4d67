// Scenario settings: the one place a setting's name, type and meaning live. The scenario file's
// [settings] table and the CLI's --set use the same names.
#include <fmt/format.h>

#include "mhfund/scenario.hpp"

namespace mhfund {
inline namespace v1 {

std::string_view to_string(phasing p) {
    switch (p) {
        case phasing::weekdays:
            return "weekdays";
        case phasing::lump:
            return "lump";
        case phasing::terms:
            return "terms";
    }
    return "?";
}

phasing parse_phasing(std::string_view text) {
    for (phasing p : {phasing::weekdays, phasing::lump, phasing::terms})
        if (text == to_string(p)) return p;
    throw_input("phasing", std::string(text), "weekdays, lump or terms");
}

namespace {
std::vector<int64_t> parse_weights(std::string_view text) {
    std::vector<int64_t> out;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        const std::size_t comma = std::min(text.find(',', pos), text.size());
        const std::string_view part = text.substr(pos, comma - pos);
        int64_t v = 0;
        bool ok = !part.empty() && part.size() <= 6;
        // Digits are added only while the text is still valid: a long part must not overflow v
        // before it is refused.
        for (char c : part) {
            ok = ok && c >= '0' && c <= '9';
            if (!ok) break;
            v = v * 10 + (c - '0');
        }
        if (!ok) break;
        out.push_back(v);
        pos = comma + 1;
    }
    if (out.size() != 3 || out[0] + out[1] + out[2] == 0)
        throw_input("term weights", std::string(text),
                    "three whole numbers for autumn, spring and summer, such as 1,1,1 or 4,3,3");
    return out;
}
int parse_positive(std::string_view text, std::string_view what) {
    int v = 0;
    bool ok = !text.empty() && text.size() <= 4;
    for (char c : text) {  // stops at the first bad character, before v can overflow
        ok = ok && c >= '0' && c <= '9';
        if (!ok) break;
        v = v * 10 + (c - '0');
    }
    if (!ok || v < 1) throw_input(std::string(what), std::string(text), "a whole number from 1");
    return v;
}
}  // namespace

std::vector<std::string_view> scenario::setting_names() {
    return {"sle_rate",   "hub_event_rate",  "local_rate",  "secondary_rate", "fe_rate",
            "wg_grant",   "pd_lead_policy",  "meetings",    "sle_days",       "hub_event_days",
            "local_days", "release_phasing", "sle_phasing", "grant_phasing",  "term_weights"};
}

void scenario::set(std::string_view name, std::string_view value, const source_location& origin) {
    const std::string from =
        origin.file.empty() ? std::string("--set") : fmt::format("{}:{}", origin.file, origin.line);
    try {
        std::string note = "set in " + from;
        std::string shown(value);
        // A rate setting replaces the rate's values with one that applies from any date; an
        // effective-dated change is a [[rate]] table in the scenario file instead.
        const rate_def* rate = nullptr;
        for (const rate_def& r : cat.rates().rates())
            if (!r.setting.empty() && r.setting == name) rate = &r;
        if (rate) {
            const money amount = money::parse(value);
            if (amount.is_negative() || amount.is_zero())
                throw_input(std::string(name), std::string(value), "a positive amount");
            cat.rates().set_always(rate->id, amount,
                                   "setting " + std::string(name) + " (" + from + ")");
            shown = to_plain(amount);
        } else if (name == "pd_lead_policy") {
            pd_lead = parse_pd_lead_policy(value);
        } else if (name == "meetings") {
            meetings = parse_positive(value, "number of meetings");
        } else if (name == "sle_days" || name == "hub_event_days" || name == "local_days") {
            days.set(std::string(name), half_days::parse(value));
        } else if (name == "release_phasing") {
            release_phasing = parse_phasing(value);
        } else if (name == "sle_phasing") {
            sle_phasing = parse_phasing(value);
        } else if (name == "grant_phasing") {
            grant_phasing = parse_phasing(value);
        } else if (name == "term_weights") {
            term_weights = parse_weights(value);
        } else {
            std::string known;
            for (std::string_view n : setting_names())
                known += (known.empty() ? "" : ", ") + std::string(n);
            throw error(errc::input,
                        fmt::format("unknown setting '{}' (known settings: {})", name, known),
                        origin);
        }
        for (assumption& a : assumptions)
            if (a.setting == name) {
                a = {std::string(name), shown, note};
                return;
            }
        assumptions.push_back({std::string(name), shown, note});
    } catch (const error& e) {
        source_location where = origin;
        if (where.field.empty()) where.field = std::string(name);
        rethrow_at(e, where);
    }
}

}  // namespace v1
}  // namespace mhfund
