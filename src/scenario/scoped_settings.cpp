// Scoped settings (domain.md 9.2): a setting given for an edition, a cohort or one participant,
// and the one lookup of the settings in force for a participant, where the most specific scope
// wins. The settings' names and values are read in settings.cpp.
#include <fmt/format.h>

#include <algorithm>

#include "mhfund/detail/text.hpp"
#include "mhfund/scenario.hpp"
#include "scenario/setting_values.hpp"

namespace mhfund {
inline namespace v1 {

bool setting_scope::matches(std::string_view edition_id, std::string_view cohort_id,
                            std::string_view id) const {
    switch (at) {
        case level::scenario:
            return true;
        case level::edition:
            return edition == edition_id;
        case level::cohort:
            return edition == edition_id && cohort == cohort_id;
        case level::participant:
            return participant == id;
    }
    return false;
}

std::string setting_scope::text() const {
    switch (at) {
        case level::scenario:
            return {};
        case level::edition:
            return "edition " + edition;
        case level::cohort:
            return "cohort " + edition + "/" + cohort;
        case level::participant:
            return "participant " + participant;
    }
    return {};
}

namespace {

constexpr std::string_view scope_form =
    "SCOPE:SETTING, where SCOPE is edition:EDITION, cohort:EDITION/COHORT or participant:ID "
    "(such as participant:P0000003:sle_rate)";

bool same_scope(const setting_scope& a, const setting_scope& b) {
    return a.at == b.at && a.edition == b.edition && a.cohort == b.cohort &&
           a.participant == b.participant;
}

}  // namespace

setting_scope parse_setting_scope(std::string_view name) {
    const std::size_t first = name.find(':');
    const std::size_t last = name.rfind(':');
    if (first == std::string_view::npos || first == last)
        throw_input("setting scope", std::string(name), std::string(scope_form));
    const std::string_view kind = name.substr(0, first);
    const std::string target(name.substr(first + 1, last - first - 1));
    setting_scope s;
    if (kind == "edition") {
        s.at = setting_scope::level::edition;
        s.edition = target;
    } else if (kind == "cohort") {
        const std::size_t slash = target.find('/');
        if (slash == std::string::npos)
            throw_input("cohort scope", target, "EDITION/COHORT, such as sms-2025-26/2025-26");
        s.at = setting_scope::level::cohort;
        s.edition = target.substr(0, slash);
        s.cohort = target.substr(slash + 1);
    } else if (kind == "participant") {
        s.at = setting_scope::level::participant;
        s.participant = target;
    } else {
        throw_input("setting scope", std::string(name), std::string(scope_form));
    }
    return s;
}

void scenario::check_scope(const setting_scope& scope) const {
    using level = setting_scope::level;
    if (scope.at == level::participant && detail::trim(scope.participant).empty())
        throw_input("participant", scope.participant, "a participant id from the roster",
                    {"", 0, "participant"});
    if (scope.at != level::edition && scope.at != level::cohort) return;
    const edition* ed = cat.find(scope.edition);
    if (!ed) {
        std::vector<std::string_view> ids;
        for (const edition& e : cat.editions())
            ids.push_back(e.id);
        throw_input("edition", scope.edition, "one of the editions: " + detail::join(ids, ", "),
                    {"", 0, "edition"});
    }
    if (scope.at != level::cohort) return;
    if (std::none_of(ed->cohorts.begin(), ed->cohorts.end(),
                     [&](const cohort_spec& c) { return c.id == scope.cohort; })) {
        std::vector<std::string_view> ids;
        for (const cohort_spec& c : ed->cohorts)
            ids.push_back(c.id);
        throw_input("cohort", scope.cohort,
                    fmt::format("a cohort of {}: {}", ed->id, detail::join(ids, ", ")),
                    {"", 0, "cohort"});
    }
}

void scenario::set(const setting_scope& scope, std::string_view name, std::string_view value,
                   const source_location& origin) {
    if (scope.at == setting_scope::level::scenario) return set(name, value, origin);
    const std::string from = detail::origin_text(origin);
    try {
        check_scope(scope);
        scoped_setting entry;
        entry.scope = scope;
        entry.where = origin;
        detail::parse_scoped_value(*this, name, value, entry);
        const std::string where_text = scope.text();
        entry.rate.source = fmt::format("setting {} for {} ({})", name, where_text, from);
        assumption noted{fmt::format("{} for {}", name, where_text), entry.shown, "set in " + from};
        const auto at = static_cast<std::size_t>(std::find_if(scoped.begin(), scoped.end(),
                                                              [&](const scoped_setting& x) {
                                                                  return x.name == entry.name &&
                                                                         same_scope(x.scope, scope);
                                                              }) -
                                                 scoped.begin());
        const bool is_new = at == scoped.size();
        if (is_new) scoped.reserve(scoped.size() + 1);
        assumptions.reserve(assumptions.size() + 1);
        // Nothing below throws: the scenario changes only now, and wholly.
        if (is_new)
            scoped.push_back(std::move(entry));
        else
            scoped[at] = std::move(entry);
        detail::record_assumption(assumptions, std::move(noted));
    } catch (const error& e) {
        source_location where = origin;
        if (where.field.empty()) where.field = std::string(name);
        rethrow_at(e, where);
    }
}

void scenario::scopes_matching(std::string_view edition_id, std::string_view cohort_id,
                               std::string_view id, std::vector<std::uint32_t>& out) const {
    out.clear();
    for (std::uint32_t i = 0; i < scoped.size(); ++i)
        if (scoped[i].scope.matches(edition_id, cohort_id, id)) out.push_back(i);
    // From the least to the most specific, so that settings_from lets the most specific win;
    // within one level, in the order given. (std::sort: a stable sort may allocate, and this
    // runs once per participant.)
    std::sort(out.begin(), out.end(), [this](std::uint32_t a, std::uint32_t b) {
        return std::make_pair(scoped[a].scope.at, a) < std::make_pair(scoped[b].scope.at, b);
    });
}

namespace {

void apply(const scoped_setting& x, settings_in_force& out) {
    using kind = scoped_setting::kind;
    switch (x.sets) {
        case kind::rate: {
            auto it = std::find_if(out.options.rates.begin(), out.options.rates.end(),
                                   [&](const rate_override& r) { return r.rate_id == x.rate_id; });
            if (it == out.options.rates.end())
                out.options.rates.push_back({x.rate_id, &x.rate});
            else
                it->value = &x.rate;
            return;
        }
        case kind::pd_lead:
            out.options.pd_lead = x.pd_lead;
            return;
        case kind::days:
            out.options.days.set(x.name, x.days);
            return;
        case kind::release_phasing:
            out.release_phasing = x.method;
            return;
        case kind::sle_phasing:
            out.sle_phasing = x.method;
            return;
    }
}

}  // namespace

void scenario::settings_from(const std::vector<std::uint32_t>& matching,
                             settings_in_force& out) const {
    out.options.pd_lead = pd_lead;
    out.options.days = days;
    out.options.rates.clear();
    out.release_phasing = release_phasing;
    out.sle_phasing = sle_phasing;
    for (const std::uint32_t i : matching)
        apply(scoped[i], out);
}

settings_in_force scenario::settings_for(const participant& p) const {
    std::vector<std::uint32_t> matching;
    scopes_matching(p.edition, p.cohort, p.id, matching);
    settings_in_force out;
    settings_from(matching, out);
    return out;
}

std::vector<finding> scenario::unmatched_scopes() const {
    std::vector<finding> out;
    for (const scoped_setting& x : scoped) {
        const bool anyone = std::any_of(roster.begin(), roster.end(), [&](const participant& p) {
            return x.scope.matches(p.edition, p.cohort, p.id);
        });
        if (anyone) continue;
        out.push_back(
            {"settings.scope_unmatched",
             fmt::format("setting {} = {} for {} (set in {}) matches nobody on the roster", x.name,
                         x.shown, x.scope.text(), detail::origin_text(x.where)),
             {}});
    }
    return out;
}

bool scenario::plans_hub(std::string_view code) const {
    return hubs.empty() || std::find(hubs.begin(), hubs.end(), code) != hubs.end();
}

}  // namespace v1
}  // namespace mhfund
