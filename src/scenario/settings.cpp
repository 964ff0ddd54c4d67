// Scenario settings: the one place a setting's name, type and meaning live. The scenario file's
// [settings] table and the CLI's --set use the same names.
#include <fmt/format.h>

#include <functional>
#include <type_traits>
#include <utility>

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

namespace {

// A setting parsed but not yet applied. Making one may throw and changes no scenario; `apply`
// only moves the parsed value in, which cannot throw. scenario::set makes one, then applies it:
// all or nothing, without copying the scenario.
struct staged_setting {
    std::string shown;                     // the value as the assumptions list shows it
    std::function<void(scenario&)> apply;  // moves and assignments only
};

static_assert(std::is_nothrow_move_assignable_v<rate_card> &&
                  std::is_nothrow_move_assignable_v<day_settings> &&
                  std::is_nothrow_move_assignable_v<std::vector<int64_t>> &&
                  std::is_nothrow_move_assignable_v<assumption> &&
                  std::is_nothrow_move_constructible_v<assumption>,
              "applying a staged setting must not throw");

constexpr std::pair<std::string_view, phasing scenario::*> phasing_settings[] = {
    {"release_phasing", &scenario::release_phasing},
    {"sle_phasing", &scenario::sle_phasing},
    {"grant_phasing", &scenario::grant_phasing},
};

[[noreturn]] void throw_unknown_setting(std::string_view name, const source_location& origin) {
    std::string known;
    for (std::string_view n : scenario::setting_names())
        known += (known.empty() ? "" : ", ") + std::string(n);
    throw error(errc::input, fmt::format("unknown setting '{}' (known settings: {})", name, known),
                origin);
}

// A rate setting replaces the rate's values with one that applies from any date; an
// effective-dated change is a [[rate]] table in the scenario file instead.
staged_setting stage_rate(const scenario& s, const rate_def& rate, std::string_view name,
                          std::string_view value, const std::string& from) {
    const money amount = money::parse(value);
    if (amount.is_negative() || amount.is_zero())
        throw_input(std::string(name), std::string(value), "a positive amount");
    rate_card rates = s.cat.rates();  // a handful of rates: cheap to copy
    rates.set_always(rate.id, amount, "setting " + std::string(name) + " (" + from + ")");
    return {to_plain(amount),
            [rates = std::move(rates)](scenario& t) mutable { t.cat.rates() = std::move(rates); }};
}

staged_setting stage(const scenario& s, std::string_view name, std::string_view value,
                     const std::string& from, const source_location& origin) {
    for (const rate_def& r : s.cat.rates().rates())
        if (!r.setting.empty() && r.setting == name) return stage_rate(s, r, name, value, from);
    const std::string shown(value);
    if (name == "pd_lead_policy")
        return {shown, [p = parse_pd_lead_policy(value)](scenario& t) { t.pd_lead = p; }};
    if (name == "meetings")
        return {shown,
                [m = parse_positive(value, "number of meetings")](scenario& t) { t.meetings = m; }};
    if (name == "sle_days" || name == "hub_event_days" || name == "local_days") {
        day_settings days = s.days;
        days.set(std::string(name), half_days::parse(value));
        return {shown, [days = std::move(days)](scenario& t) mutable { t.days = std::move(days); }};
    }
    for (const auto& [setting, member] : phasing_settings)
        if (name == setting)
            return {shown, [m = member, p = parse_phasing(value)](scenario& t) { t.*m = p; }};
    if (name == "term_weights")
        return {shown,
                [w = parse_weights(value)](scenario& t) mutable { t.term_weights = std::move(w); }};
    throw_unknown_setting(name, origin);
}

// Records `a`, replacing the assumption of the same setting. Cannot throw when `list` has room
// for one more.
void record(std::vector<assumption>& list, assumption&& a) noexcept {
    for (assumption& x : list)
        if (x.setting == a.setting) {
            x = std::move(a);
            return;
        }
    list.push_back(std::move(a));
}

}  // namespace

void scenario::set(std::string_view name, std::string_view value, const source_location& origin) {
    const std::string from =
        origin.file.empty() ? std::string("--set") : fmt::format("{}:{}", origin.file, origin.line);
    try {
        staged_setting change = stage(*this, name, value, from, origin);
        assumption noted{std::string(name), std::move(change.shown), "set in " + from};
        assumptions.reserve(assumptions.size() + 1);
        // Nothing below throws: the scenario changes only now, and wholly.
        change.apply(*this);
        record(assumptions, std::move(noted));
    } catch (const error& e) {
        source_location where = origin;
        if (where.field.empty()) where.field = std::string(name);
        rethrow_at(e, where);
    }
}

}  // namespace v1
}  // namespace mhfund
