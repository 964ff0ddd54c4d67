// Expanding a scenario into cost lines: participant × programme year × category, and Work
// Group department × work-group year.
#include <fmt/format.h>

#include "forecast/accumulate.hpp"
#include "mhfund/forecast.hpp"

namespace mhfund {
inline namespace v1 {

namespace {

phasing method_for(const scenario& s, cost_type t) {
    switch (t) {
        case cost_type::release:
            return s.release_phasing;
        case cost_type::sle:
            return s.sle_phasing;
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

/// `options` is scratch space reused from one participant to the next: assigning the
/// scenario's day settings into it reuses its storage instead of allocating per participant.
void expand_participant(const scenario& s, std::uint32_t index, price_options& options,
                        expansion& out) {
    const participant& p = s.roster[index];
    const edition& ed = s.cat.get(p.edition);
    options.pd_lead = s.pd_lead;
    options.pd_lead_accredited = p.pd_lead_accredited;
    options.start = p.start;
    options.days = s.days;
    if (p.sle_days) options.days.set("sle_days", *p.sle_days);
    const date start = p.start ? *p.start : ed.cohort(p.cohort).start;

    for (const year_spec& y : ed.years) {
        const date_range window = programme_year_window(start, y.number);
        // Rule 6: a year that starts on or after the withdrawal date is not priced at all.
        if (p.withdrawn && window.begin >= *p.withdrawn) continue;
        if (outside_horizon(s, window)) continue;
        allocation a;
        try {
            a = price_year(ed, p.cohort, y.number, options, s.cat.rates());
        } catch (const error& e) {
            throw error(
                e.code(),
                fmt::format("participant {} ({} year {}): {}", p.id, ed.id, y.number, e.detail()),
                source_location{p.where.file, p.where.line,
                                e.where().field.empty() ? "participant" : e.where().field});
        }
        for (const std::string& note : a.notes)
            out.notes.push_back(fmt::format("{} year {}: {}", p.id, y.number, note));
        for (const priced_line& pl : a.lines) {
            cost_line l;
            l.kind = cost_line::subject_kind::participant;
            l.subject = index;
            l.year = y.number;
            l.type = pl.type;
            l.category = pl.category;
            l.days = pl.days;
            l.rate = pl.rate;
            l.value = pl.value;
            l.amount = pl.amount;
            l.window = a.window;
            l.method = method_for(s, pl.type);
            l.source = pl.source;
            l.days_setting = pl.days_setting;
            l.reallocated = pl.reallocated;
            l.kept = pl.amount;
            if (p.withdrawn && *p.withdrawn < window.end) {
                l.withdrawn = p.withdrawn;
                l.kept = cumulative_share(l.amount, weekdays({window.begin, *p.withdrawn}),
                                          weekdays(window));
            }
            out.lines.push_back(l);
        }
        for (const commitment_spec& c : ed.commitments)
            if (c.year == y.number) out.commitments.push_back({index, &c, window});
    }
}

void expand_department(const scenario& s, std::uint32_t index, expansion& out) {
    const workgroup_department& d = s.departments[index];
    const edition& ed = s.cat.get(d.edition);
    const int year = d.year.start_year - ed.workgroup->first_year.start_year + 1;
    if (outside_horizon(s, d.year.range())) return;
    allocation a;
    try {
        a = price_workgroup_department(ed, year, s.cat.rates());
    } catch (const error& e) {
        throw error(e.code(), fmt::format("Work Group {} ({}): {}", d.workgroup, ed.id, e.detail()),
                    source_location{d.where.file, d.where.line, "workgroup"});
    }
    for (const priced_line& pl : a.lines) {
        cost_line l;
        l.kind = cost_line::subject_kind::department;
        l.subject = index;
        l.year = year;
        l.type = pl.type;
        l.category = pl.category;
        l.rate = pl.rate;
        l.value = pl.value;
        l.amount = pl.amount;
        l.kept = pl.amount;  // a lead's withdrawal does not cancel the grants (rule 6)
        l.window = a.window;
        l.method = method_for(s, pl.type);
        l.source = pl.source;
        out.lines.push_back(l);
    }
}

}  // namespace

namespace detail {

void expand_participants(const scenario& s, std::uint32_t begin, std::uint32_t end,
                         expansion& out) {
    price_options options;
    for (std::uint32_t i = begin; i < end; ++i)
        expand_participant(s, i, options, out);
}

void expand_departments(const scenario& s, expansion& out) {
    std::vector<std::pair<const edition*, int>> checked;
    for (std::uint32_t i = 0; i < s.departments.size(); ++i) {
        expand_department(s, i, out);
        const edition& ed = s.cat.get(s.departments[i].edition);
        const int year = s.departments[i].year.start_year - ed.workgroup->first_year.start_year + 1;
        if (std::find(checked.begin(), checked.end(), std::make_pair(&ed, year)) != checked.end())
            continue;
        checked.emplace_back(&ed, year);
        if (auto c = check_workgroup_release(ed, year, s.cat.rates()); c && c->exceeds_grant())
            out.warnings.push_back(
                fmt::format("{} {}: {}", ed.id, s.departments[i].year.to_string(), c->message));
    }
}

}  // namespace detail

expansion expand(const scenario& s) {
    expansion out;
    out.source = &s;
    out.lines.reserve(s.roster.size() * 7 + s.departments.size());
    detail::expand_participants(s, 0, static_cast<std::uint32_t>(s.roster.size()), out);
    detail::expand_departments(s, out);
    return out;
}

}  // namespace v1
}  // namespace mhfund
