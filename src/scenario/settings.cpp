// Scenario settings: the one place a setting's name, type and meaning live. The scenario file's
// [settings] table and the CLI's --set use the same names.
#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <type_traits>
#include <utility>

#include "mhfund/detail/text.hpp"
#include "mhfund/scenario.hpp"
#include "scenario/plausibility.hpp"
#include "scenario/setting_values.hpp"

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

/// Three whole numbers for autumn, spring and summer, of up to six digits each, not all zero.
std::vector<int64_t> parse_weights(std::string_view text) {
    std::vector<int64_t> out;
    for (std::string_view part : detail::split(text, ',')) {
        const std::optional<int64_t> v =
            part.size() <= 6 ? detail::parse_whole<int64_t>(part) : std::nullopt;
        if (!v) break;
        out.push_back(*v);
    }
    if (out.size() != 3 || out[0] + out[1] + out[2] == 0)
        throw_input("term weights", std::string(text),
                    "three whole numbers for autumn, spring and summer, such as 1,1,1 or 4,3,3");
    return out;
}

int parse_positive(std::string_view text, std::string_view what) {
    const std::optional<int> v = text.size() <= 4 ? detail::parse_whole<int>(text) : std::nullopt;
    if (!v || *v < 1) throw_input(std::string(what), std::string(text), "a whole number from 1");
    return *v;
}

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

// A rate setting replaces the rate's values with one that applies from any date; an
// effective-dated change is a [[rate]] table in the scenario file instead.
staged_setting stage_rate(const scenario& s, const rate_def& rate, std::string_view name,
                          std::string_view value, const std::string& from) {
    const money amount = detail::parse_rate_amount(name, value);
    detail::check_rate_cap(s, rate, amount, std::string(value), {});
    rate_card rates = s.cat.rates();  // a handful of rates: cheap to copy
    rates.set_always(rate.id, amount, "setting " + std::string(name) + " (" + from + ")");
    return {to_plain(amount),
            [rates = std::move(rates)](scenario& t) mutable { t.cat.rates() = std::move(rates); }};
}

staged_setting stage_pd_lead(const scenario&, std::string_view, std::string_view value) {
    return {std::string(value), [p = parse_pd_lead_policy(value)](scenario& t) { t.pd_lead = p; }};
}

staged_setting stage_meetings(const scenario&, std::string_view, std::string_view value) {
    return {std::string(value),
            [m = parse_positive(value, "number of meetings")](scenario& t) { t.meetings = m; }};
}

staged_setting stage_days(const scenario& s, std::string_view name, std::string_view value) {
    day_settings days = s.days;
    days.set(std::string(name), half_days::parse(value));
    return {std::string(value),
            [days = std::move(days)](scenario& t) mutable { t.days = std::move(days); }};
}

phasing scenario::*phasing_member(std::string_view name) {
    if (name == "release_phasing") return &scenario::release_phasing;
    if (name == "sle_phasing") return &scenario::sle_phasing;
    return &scenario::grant_phasing;
}

staged_setting stage_phasing(const scenario&, std::string_view name, std::string_view value) {
    return {std::string(value),
            [m = phasing_member(name), p = parse_phasing(value)](scenario& t) { t.*m = p; }};
}

staged_setting stage_weights(const scenario&, std::string_view, std::string_view value) {
    return {std::string(value),
            [w = parse_weights(value)](scenario& t) mutable { t.term_weights = std::move(w); }};
}

using scoped_kind = scoped_setting::kind;
money scenario::*cap_member(std::string_view name) {
    if (name == "max_day_rate") return &scenario::max_day_rate;
    if (name == "max_grant") return &scenario::max_grant;
    return &scenario::max_claim;
}

// A plausibility cap (plausibility.hpp): a positive amount.
staged_setting stage_cap(const scenario&, std::string_view name, std::string_view value) {
    const money cap = detail::parse_rate_amount(name, value);
    return {to_plain(cap), [m = cap_member(name), cap](scenario& t) { t.*m = cap; }};
}

/// A setting other than a rate (rates name their settings in the rate card): its name, how its
/// value is read, whether it may be given for an edition, cohort or participant (domain.md
/// 9.2), and the note the assumptions list gives when its default is in force.
struct setting_def {
    std::string_view name;
    staged_setting (*stage)(const scenario&, std::string_view name, std::string_view value);
    bool scoped;                    ///< may be scoped; then `as` says what a scoped value sets
    scoped_kind as;                 ///< meaningful only when `scoped`
    std::string_view default_note;  ///< empty: the default is not listed as an assumption
};

// Work Group settings (meetings, grant_phasing, the grant) and term weights apply to the whole
// scenario only: they are not a participant's (docs/design/scoped-settings.md).
constexpr setting_def policy_settings[] = {
    {"pd_lead_policy", stage_pd_lead, true, scoped_kind::pd_lead,
     "default policy: 000 is ambiguous (the year-2 sentence still says 15 days)"},
    {"meetings", stage_meetings, false, scoped_kind::rate, ""},
    {"sle_days", stage_days, true, scoped_kind::days, ""},
    {"hub_event_days", stage_days, true, scoped_kind::days, ""},
    {"local_days", stage_days, true, scoped_kind::days, ""},
    {"release_phasing", stage_phasing, true, scoped_kind::release_phasing,
     "default: cumulative rounding over weekdays (section 8 rule 5)"},
    {"sle_phasing", stage_phasing, true, scoped_kind::sle_phasing, ""},
    {"grant_phasing", stage_phasing, false, scoped_kind::rate,
     "default: a Work Group grant is a lump dated 1 September (section 8 rule 7)"},
    {"term_weights", stage_weights, false, scoped_kind::rate, ""},
    {"max_day_rate", stage_cap, false, scoped_kind::rate, ""},
    {"max_grant", stage_cap, false, scoped_kind::rate, ""},
    {"max_claim", stage_cap, false, scoped_kind::rate, ""},
};

[[noreturn]] void throw_unknown_setting(std::string_view name, const source_location& origin) {
    throw error(errc::input,
                fmt::format("unknown setting '{}' (known settings: {})", name,
                            detail::join(scenario::setting_names(), ", ")),
                origin);
}

staged_setting stage(const scenario& s, std::string_view name, std::string_view value,
                     const std::string& from, const source_location& origin) {
    for (const rate_def& r : s.cat.rates().rates())
        if (!r.setting.empty() && r.setting == name) return stage_rate(s, r, name, value, from);
    for (const setting_def& d : policy_settings)
        if (d.name == name) return d.stage(s, name, value);
    throw_unknown_setting(name, origin);
}

}  // namespace

std::vector<std::string_view> scenario::setting_names() {
    std::vector<std::string_view> names;
    for (const rate_def& r : catalogue::builtin().rates().rates())
        if (!r.setting.empty()) names.push_back(r.setting);
    for (const setting_def& d : policy_settings)
        names.push_back(d.name);
    return names;
}

std::vector<std::string_view> scenario::scoped_setting_names() {
    std::vector<std::string_view> names;
    for (const rate_def& r : catalogue::builtin().rates().rates())
        if (!r.setting.empty() && r.kind == rate_kind::day) names.push_back(r.setting);
    for (const setting_def& d : policy_settings)
        if (d.scoped) names.push_back(d.name);
    return names;
}

namespace detail {

void parse_scoped_value(const scenario& s, std::string_view name, std::string_view value,
                        scoped_setting& out) {
    out.name = std::string(name);
    for (const rate_def& r : s.cat.rates().rates())
        if (!r.setting.empty() && r.setting == name && r.kind == rate_kind::day) {
            out.sets = scoped_kind::rate;
            out.rate_id = r.id;
            out.rate = {beginning_of_time(), parse_rate_amount(name, value), {}, true};
            check_rate_cap(s, r, out.rate.amount, std::string(value), {});
            out.shown = to_plain(out.rate.amount);
            return;
        }
    const auto def = std::find_if(std::begin(policy_settings), std::end(policy_settings),
                                  [&](const setting_def& d) { return d.name == name; });
    const auto& rates = s.cat.rates().rates();
    const bool known = def != std::end(policy_settings) ||
                       std::any_of(rates.begin(), rates.end(),
                                   [&](const rate_def& r) { return r.setting == name; });
    if (!known) throw_unknown_setting(name, {});
    if (def == std::end(policy_settings) || !def->scoped)
        throw_input("scoped setting", std::string(name),
                    "a setting that may be given for an edition, cohort or participant: " +
                        join(scenario::scoped_setting_names(), ", ") +
                        " (the others apply to the whole scenario: put them in [settings])");
    out.sets = def->as;
    out.shown = std::string(value);
    switch (def->as) {
        case scoped_kind::pd_lead:
            out.pd_lead = parse_pd_lead_policy(value);
            return;
        case scoped_kind::days:
            out.days = half_days::parse(value);
            return;
        case scoped_kind::release_phasing:
        case scoped_kind::sle_phasing:
            out.method = parse_phasing(value);
            return;
        case scoped_kind::rate:
            return;
    }
}

}  // namespace detail

std::string_view scenario::default_note(std::string_view name) {
    for (const setting_def& d : policy_settings)
        if (d.name == name) return d.default_note;
    return {};
}

namespace detail {

money parse_rate_amount(std::string_view name, std::string_view value) {
    const money amount = money::parse(value);
    if (amount.is_negative() || amount.is_zero())
        throw_input(std::string(name), std::string(value), "a positive amount");
    return amount;
}

void record_assumption(std::vector<assumption>& list, assumption&& a) noexcept {
    for (assumption& x : list)
        if (x.setting == a.setting) {
            x = std::move(a);
            return;
        }
    list.push_back(std::move(a));
}

std::string origin_text(const source_location& origin) {
    return origin.file.empty() ? std::string("--set")
                               : fmt::format("{}:{}", origin.file, origin.line);
}

}  // namespace detail

void scenario::set(std::string_view name, std::string_view value, const source_location& origin) {
    // `SCOPE:NAME` (participant:P0000003:sle_rate) is a scoped setting.
    if (name.find(':') != std::string_view::npos) {
        setting_scope scope;
        try {
            scope = parse_setting_scope(name);
        } catch (const error& e) {
            source_location where = origin;
            if (where.field.empty()) where.field = std::string(name);
            rethrow_at(e, where);
        }
        set(scope, name.substr(name.rfind(':') + 1), value, origin);
        return;
    }
    const std::string from = detail::origin_text(origin);
    try {
        staged_setting change = stage(*this, name, value, from, origin);
        assumption noted{std::string(name), std::move(change.shown), "set in " + from};
        assumptions.reserve(assumptions.size() + 1);
        // Nothing below throws: the scenario changes only now, and wholly.
        change.apply(*this);
        detail::record_assumption(assumptions, std::move(noted));
    } catch (const error& e) {
        source_location where = origin;
        if (where.field.empty()) where.field = std::string(name);
        rethrow_at(e, where);
    }
}

}  // namespace v1
}  // namespace mhfund
