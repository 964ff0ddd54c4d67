// Expanding a scenario into cost lines: participant × programme year × category, and Work
// Group department × work-group year.
#include <functional>

#include <fmt/format.h>

#include "forecast/accumulate.hpp"
#include "mhfund/forecast.hpp"
#include "mhfund/plan_checks.hpp"

namespace mhfund {
inline namespace v1 {

namespace {

/// How a line of type `t` is spread: release and SLE phasing as in force for the participant
/// (scoped settings included), grants as the scenario says.
phasing method_for(const scenario& s, const settings_in_force& in, cost_type t) {
    switch (t) {
        case cost_type::release:
            return in.release_phasing;
        case cost_type::sle:
            return in.sle_phasing;
        case cost_type::grant:
            return s.grant_phasing;
        case cost_type::travel:
            return phasing::lump;
    }
    return phasing::weekdays;
}

bool outside_horizon(const scenario& s, const date_range& window) {
    if (s.years.empty()) return false;
    const date_range horizon{s.years.front().first_day(), s.years.back().end()};
    return intersect(window, horizon).empty();
}

/// The cost line of a priced line: its amount kept whole until a withdrawal clips it.
cost_line line_of(const priced_line& pl, cost_line::subject_kind kind, std::uint32_t subject,
                  const allocation& a, phasing method) {
    cost_line l;
    l.kind = kind;
    l.subject = subject;
    l.year = a.year;
    l.type = pl.type;
    l.category = pl.category;
    l.days = pl.days;
    l.reallocated = pl.reallocated;
    l.rate = pl.rate;
    l.value = pl.value;
    l.amount = pl.amount;
    l.kept = pl.amount;
    l.window = a.window;
    l.method = method;
    l.source = pl.source;
    l.days_setting = pl.days_setting;
    return l;
}

void expand_department(const scenario& s, std::uint32_t index, expansion& out) {
    const workgroup_department& d = s.departments[index];
    const edition& ed = s.cat.get(d.edition);
    const int year = ed.workgroup->year_of(d.year);
    if (outside_horizon(s, d.year.range())) return;
    allocation a;
    try {
        a = price_workgroup_department(ed, year, s.cat.rates());
    } catch (const error& e) {
        throw error(e.code(), fmt::format("Work Group {} ({}): {}", d.workgroup, ed.id, e.detail()),
                    source_location{d.where.file, d.where.line, "workgroup"});
    }
    // A lead's withdrawal does not cancel the grants (rule 6): each keeps its amount.
    const settings_in_force scenario_wide{{}, s.release_phasing, s.sle_phasing};
    for (const priced_line& pl : a.lines)
        out.lines.push_back(line_of(pl, cost_line::subject_kind::department, index, a,
                                    method_for(s, scenario_wide, pl.type)));
}

}  // namespace

namespace detail {

participant_expander::participant_expander(const scenario& s) : s_(s) {
    profiles_.emplace_back();
    s.settings_from({}, profiles_.back());
    profile_index_.emplace(std::vector<std::uint32_t>{}, 0u);
}

std::uint32_t participant_expander::profile_of(const participant& p) {
    if (s_.scoped.empty()) return 0;
    s_.scopes_matching(p.edition, p.cohort, p.id, matching_);
    const auto it = profile_index_.find(matching_);
    if (it != profile_index_.end()) return it->second;
    settings_in_force in;
    s_.settings_from(matching_, in);
    profiles_.push_back(std::move(in));
    const auto index = static_cast<std::uint32_t>(profiles_.size() - 1);
    profile_index_.emplace(matching_, index);
    return index;
}

std::size_t participant_expander::pricing_key_hash::operator()(const pricing_key& k) const {
    // Any mix will do: a national roster has a few hundred keys.
    std::size_t h = std::hash<const edition*>{}(k.ed);
    auto mix = [&h](std::size_t v) { h = h * 1000003u ^ v; };
    mix(static_cast<std::size_t>(k.start.day_number()));
    mix(k.accredited_from ? static_cast<std::size_t>(k.accredited_from->day_number()) : 0u);
    mix(k.sle_days ? static_cast<std::size_t>(k.sle_days->count()) + 1u : 0u);
    mix(k.profile);
    return h;
}

const edition& participant_expander::edition_of(const participant& p) {
    // Edition ids are unique in a catalogue, so the edition found before is the one get()
    // would find; an unknown id still goes to get(), which raises the error.
    for (const edition* ed : editions_)
        if (ed->id == p.edition) return *ed;
    const edition& ed = s_.cat.get(p.edition);
    editions_.push_back(&ed);
    return ed;
}

std::vector<participant_expander::priced_year>& participant_expander::years_of(
    const pricing_key& key) {
    auto it = cache_.find(key);
    if (it != cache_.end()) return it->second;
    std::vector<priced_year> years(key.ed->years.size());
    for (std::size_t i = 0; i < years.size(); ++i) {
        years[i].window = programme_year_window(key.start, key.ed->years[i].number);
        years[i].outside_horizon = outside_horizon(s_, years[i].window);
    }
    return cache_.emplace(key, std::move(years)).first->second;
}

void participant_expander::price(const participant& p, const edition& ed, const year_spec& y,
                                 const settings_in_force& in, priced_year& out) {
    // The options as this participant's own pricing would set them: the settings in force for
    // it, then its own roster row (its SLE days beat any setting). Assigning reuses options_'s
    // storage.
    options_.pd_lead = in.options.pd_lead;
    options_.days = in.options.days;
    options_.rates = in.options.rates;
    options_.pd_lead_accredited = p.accredited_for(out.window.begin);
    options_.start = p.start;
    if (p.sle_days) options_.days.set("sle_days", *p.sle_days);
    allocation a;
    try {
        a = price_year(ed, p.cohort, y.number, options_, s_.cat.rates());
    } catch (const error& e) {
        throw error(
            e.code(),
            fmt::format("participant {} ({} year {}): {}", p.id, ed.id, y.number, e.detail()),
            source_location{p.where.file, p.where.line,
                            e.where().field.empty() ? "participant" : e.where().field});
    }
    for (const finding& note : a.notes)
        out.notes.push_back({note.kind, fmt::format(" year {}: {}", y.number, note.text), {}});
    for (const priced_line& pl : a.lines)
        out.lines.push_back(
            line_of(pl, cost_line::subject_kind::participant, 0, a, method_for(s_, in, pl.type)));
    out.priced = true;
}

void participant_expander::expand_one(std::uint32_t index, expansion& out) {
    const participant& p = s_.roster[index];
    const edition& ed = edition_of(p);
    const date start = ed.start_of(p.cohort, p.start);
    const std::uint32_t profile = profile_of(p);
    std::vector<priced_year>& years = years_of(pricing_key{
        &ed, start,
        p.pd_lead_accredited ? std::optional<date>(beginning_of_time()) : p.accredited_from,
        p.sle_days, profile});

    for (std::size_t i = 0; i < years.size(); ++i) {
        const year_spec& y = ed.years[i];
        priced_year& py = years[i];
        const date_range window = py.window;
        // Rule 6: a year that starts on or after the withdrawal date is not priced at all.
        if (p.withdrawn && window.begin >= *p.withdrawn) continue;
        if (py.outside_horizon) continue;
        if (!py.priced) price(p, ed, y, profiles_[profile], py);
        for (const finding& note : py.notes)
            out.notes.push_back({note.kind, p.id + note.text, {}});  // "P0000001 year 2: …"
        add_lines(index, py, out);
        for (const commitment_spec& c : ed.commitments)
            if (c.year == y.number) out.commitments.push_back({index, &c, window});
    }
}

void participant_expander::add_lines(std::uint32_t index, const priced_year& py, expansion& out) {
    const participant& p = s_.roster[index];
    const date_range window = py.window;
    for (const cost_line& priced : py.lines) {
        cost_line l = priced;
        l.subject = index;
        if (p.withdrawn && *p.withdrawn < window.end) {
            l.withdrawn = p.withdrawn;
            l.kept = kept_after_withdrawal(l.amount, window, *p.withdrawn);
        }
        if (p.payees.empty()) {
            out.lines.push_back(l);
            continue;
        }
        // Rule 10: a payee or hub change splits the line at its date; each part is paid to
        // the payee (and counted in the hub) in force on its first day.
        payee_dates_.clear();
        for (const payee_period& pp : p.payees)
            payee_dates_.push_back(pp.from);
        for (cost_line& part : split_at(l, payee_dates_, s_.term_weights, s_.terms)) {
            const date first = part.part ? part.part->begin : window.begin;
            // Named on every part, the one before the first change too, so that explain says
            // who is paid for each side of the split.
            part.institution = p.institution;
            part.hub = p.hub;
            for (const payee_period& pp : p.payees)
                if (pp.from <= first) {
                    part.institution = pp.institution;
                    part.hub = pp.hub;
                }
            out.lines.push_back(part);
        }
    }
}

void participant_expander::expand(std::uint32_t begin, std::uint32_t end, expansion& out) {
    for (std::uint32_t i = begin; i < end; ++i)
        expand_one(i, out);
}

void expand_departments(const scenario& s, expansion& out) {
    std::vector<std::pair<const edition*, int>> checked;
    for (std::uint32_t i = 0; i < s.departments.size(); ++i) {
        expand_department(s, i, out);
        const edition& ed = s.cat.get(s.departments[i].edition);
        const int year = ed.workgroup->year_of(s.departments[i].year);
        if (std::find(checked.begin(), checked.end(), std::make_pair(&ed, year)) != checked.end())
            continue;
        checked.emplace_back(&ed, year);
        if (auto c = check_workgroup_release(ed, year, s.cat.rates(), s.meetings);
            c && c->exceeds_grant())
            out.warnings.push_back(
                {"workgroup.release_exceeds_grant",
                 fmt::format("{} {}: {}", ed.id, s.departments[i].year.to_string(), c->message),
                 {}});
    }
}

void add_plan_checks(const scenario& s, expansion& out) {
    std::vector<finding> found = check_plan(s);
    out.warnings.insert(out.warnings.end(), std::make_move_iterator(found.begin()),
                        std::make_move_iterator(found.end()));
}

}  // namespace detail

expansion expand(const scenario& s) {
    expansion out;
    out.source = &s;
    out.lines.reserve(s.roster.size() * 7 + s.departments.size());
    detail::participant_expander(s).expand(0, static_cast<std::uint32_t>(s.roster.size()), out);
    detail::expand_departments(s, out);
    for (finding& w : s.unmatched_scopes())
        out.warnings.push_back(std::move(w));
    detail::add_plan_checks(s, out);
    return out;
}

}  // namespace v1
}  // namespace mhfund
