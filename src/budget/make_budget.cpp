// Pricing a scenario at the finest grain a budget keeps: every line with its dimension values and
// its money in spans no month or term boundary crosses (so a saved budget answers any grouping
// and any period, as a forecast of the same scenario would, to the penny).
#include <algorithm>

#include <fmt/format.h>

#include "budget/budget_model.hpp"
#include "forecast/walk.hpp"
#include "mhfund/version.hpp"

namespace mhfund {
inline namespace v1 {

namespace detail {

date span_end(date t, const term_calendar& terms) {
    return std::min(period_containing(period_kind::month, t, terms).range.end,
                    period_containing(period_kind::term, t, terms).range.end);
}

}  // namespace detail

namespace {

/// "2023-09-01 hub EM1 (CH-2023-02)": one dated change, as a budget line lists it.
std::string change_text(const plan_change& c) {
    const std::string value =
        c.value.empty() ? std::string("cancelled") : fmt::format("{}", c.value);
    return fmt::format("{} {} {} ({})", to_string(c.when), to_string(c.field), value, c.reference);
}

std::string subject_of(const scenario& s, const cost_line& l) {
    if (l.kind == cost_line::subject_kind::participant) return s.roster[l.subject].id;
    const workgroup_department& d = s.departments[l.subject];
    return d.workgroup + "/" + d.institution;
}

budget_line line_of(const scenario& s, const cost_line& l, const std::optional<date_range>& clip) {
    budget_line b;
    b.subject = subject_of(s, l);
    b.department = l.kind == cost_line::subject_kind::department;
    b.year = l.year;
    b.category = std::string(l.category);
    for (const dimension d : detail::all_dimensions)
        b.keys.push_back(dimension_value(s, l, d));
    if (l.rate) b.rate = l.rate->id;
    if (l.value) b.rate_amount = l.value->amount;
    b.days = l.days;
    b.reallocated = l.reallocated;
    b.amount = l.amount;
    b.kept = l.kept;
    b.withdrawn = l.withdrawn;
    b.phasing = std::string(to_string(l.method));
    if (!b.department)
        for (const std::uint32_t i : s.roster[l.subject].changes)
            b.changes.push_back(change_text(s.changes[i]));
    b.derivation = derive(l).text();
    const date_range range = l.funded_within(clip);
    date span_to;
    detail::walk_shares(
        l, clip, s,
        [&](date t) {
            span_to = detail::span_end(t, s.terms);
            return span_to;
        },
        [&](date t, money m) {
            if (!m.is_zero()) b.shares.push_back({t, std::min(span_to, range.end), m});
        });
    return b;
}

/// The term dates of every academic year of the horizon, so that a budget read back puts each
/// span in the term the forecast did.
term_calendar terms_of(const scenario& s, const date_range& horizon) {
    term_calendar out;
    if (horizon.empty()) return out;
    for (academic_year y = academic_year::containing(horizon.begin); y.first_day() < horizon.end;
         y = academic_year{y.start_year + 1})
        if (!s.terms.is_default(y)) out.set(y, s.terms.starts(y));
    return out;
}

}  // namespace

budget make_budget(const scenario& s) {
    const expansion e = expand(s);
    // The forecast's own summary gives the horizon and the assumptions, so the budget says what
    // the forecast says.
    const forecast_result r = summarise(e, {{}, period_kind::academic_year});
    budget b;
    b.scenario = s.name;
    b.tool_version = std::string(version_string());
    b.horizon = r.horizon;
    b.terms = terms_of(s, r.horizon);
    b.settings = r.assumptions;
    std::optional<date_range> clip;
    if (!s.years.empty()) clip = r.horizon;
    for (const cost_line& l : e.lines)
        b.lines.push_back(line_of(s, l, clip));
    if (b.total() != r.total)
        throw error(errc::internal, fmt::format("the budget's lines sum to {}, the forecast to {}",
                                                to_plain(b.total()), to_plain(r.total)));
    b.inputs = fingerprint_inputs(s);
    return b;
}

money budget_line::in_horizon() const {
    money sum;
    for (const budget_share& x : shares)
        sum += x.amount;
    return sum;
}

money budget::total() const {
    money sum;
    for (const budget_line& l : lines)
        sum += l.in_horizon();
    return sum;
}

}  // namespace v1
}  // namespace mhfund
