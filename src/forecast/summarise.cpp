// Grouping cost lines by dimensions and periods. Each line's share of a period comes from its
// cumulative phasing, so every grouping and period reconciles to the same total (rule 9).
#include <algorithm>
#include <numeric>

#include <fmt/format.h>

#include "forecast/accumulate.hpp"
#include "forecast/walk.hpp"
#include "mhfund/forecast.hpp"
#include "mhfund/hubs.hpp"

namespace mhfund {
inline namespace v1 {

namespace {
constexpr std::pair<dimension, std::string_view> dimension_names[] = {
    {dimension::hub, "hub"},
    {dimension::region, "region"},
    {dimension::programme, "programme"},
    {dimension::edition, "edition"},
    {dimension::cohort, "cohort"},
    {dimension::year, "year"},
    {dimension::participant, "participant"},
    {dimension::workgroup, "workgroup"},
    {dimension::institution, "institution"},
    {dimension::cost_type, "cost_type"},
    {dimension::category, "category"},
};
}  // namespace

std::string_view to_string(dimension d) {
    for (const auto& [dim, name] : dimension_names)
        if (dim == d) return name;
    return "?";
}

dimension parse_dimension(std::string_view text) {
    for (const auto& [dim, name] : dimension_names)
        if (name == text) return dim;
    std::string known;
    for (const auto& [dim, name] : dimension_names)
        known += (known.empty() ? "" : ", ") + std::string(name);
    throw error(errc::usage, fmt::format("unknown grouping '{}': expected one of {}", text, known));
}

std::vector<dimension> parse_dimensions(std::string_view text) {
    std::vector<dimension> out;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        const std::size_t comma = std::min(text.find(',', pos), text.size());
        const std::string_view part = text.substr(pos, comma - pos);
        if (!part.empty()) {
            const dimension d = parse_dimension(part);
            if (std::find(out.begin(), out.end(), d) != out.end())
                throw error(errc::usage, fmt::format("grouping '{}' is given twice", part));
            out.push_back(d);
        }
        pos = comma + 1;
    }
    return out;
}

std::string dimension_value(const scenario& s, const cost_line& l, dimension d) {
    const bool person = l.kind == cost_line::subject_kind::participant;
    const participant* p = person ? &s.roster[l.subject] : nullptr;
    const workgroup_department* w = person ? nullptr : &s.departments[l.subject];
    switch (d) {
        case dimension::hub:
            return !l.hub.empty() ? std::string(l.hub) : person ? p->hub : w->hub;
        case dimension::region: {
            const hub* h = find_hub(!l.hub.empty() ? l.hub : person ? p->hub : w->hub);
            return h ? std::string(region_of(*h).name) : std::string();
        }
        case dimension::programme:
            return person ? p->programme : s.cat.get(w->edition).programme;
        case dimension::edition:
            return person ? p->edition : w->edition;
        case dimension::cohort:
            return person ? p->cohort : std::string();
        case dimension::year:
            return std::to_string(l.year);
        case dimension::participant:
            return person ? p->id : std::string();
        case dimension::workgroup:
            return person ? std::string() : w->workgroup;
        case dimension::institution:
            return !l.institution.empty() ? std::string(l.institution)
                   : person               ? p->institution
                                          : w->institution;
        case dimension::cost_type:
            return std::string(to_string(l.type));
        case dimension::category:
            return std::string(l.category);
    }
    return {};
}

namespace {

/// Adds `a` unless the list names its setting already.
void add_once(std::vector<assumption>& out, assumption a) {
    for (const assumption& x : out)
        if (x.setting == a.setting) return;
    out.push_back(std::move(a));
}

/// A library setting left at its default, when its default is an assumption.
void add_default(std::vector<assumption>& out, std::string_view setting, std::string value) {
    add_once(out, {std::string(setting), std::move(value),
                   std::string(scenario::default_note(setting))});
}

/// The editions' own assumptions: a cohort's default start where the documents give none, and
/// a Work Group edition's meeting count where they disagree.
void add_edition_assumptions(const scenario& s, std::vector<assumption>& out) {
    // A handful of cohorts carry an assumption: look for their participants, rather than look
    // up every participant's edition (a national roster has a million).
    for (const edition& ed : s.cat.editions())
        for (const cohort_spec& c : ed.cohorts) {
            if (c.assumption.empty()) continue;
            const bool taken =
                std::any_of(s.roster.begin(), s.roster.end(), [&](const participant& p) {
                    return !p.start && p.cohort == c.id && p.edition == ed.id;
                });
            if (taken) add_once(out, {c.id + " start", to_string(c.start), c.assumption});
        }
    for (const workgroup_department& d : s.departments) {
        const edition* ed = s.cat.find(d.edition);
        if (!ed || !ed->workgroup || ed->workgroup->meetings_assumption.empty()) continue;
        const workgroup_spec& w = *ed->workgroup;
        add_once(out, {"meetings",
                       s.meetings ? std::to_string(*s.meetings)
                                  : fmt::format("edition default ({} for {})",
                                                w.meetings.value_or(0), ed->id),
                       w.meetings_assumption});
    }
}

std::vector<assumption> assumptions_in_force(const scenario& s, bool any_line,
                                             const forecast_options& o) {
    std::vector<assumption> out = s.assumptions;
    // Accredited on the roster, or from a date by a change: either way the policy is in force.
    const bool accredited = std::any_of(s.roster.begin(), s.roster.end(), [](const participant& p) {
        return p.pd_lead_accredited || p.accredited_from.has_value();
    });
    if (accredited) add_default(out, "pd_lead_policy", std::string(to_string(s.pd_lead)));
    add_edition_assumptions(s, out);
    if (o.period == period_kind::term)
        out.push_back({"term dates",
                       s.terms.all_default() ? "default" : "hub dates where set, else default",
                       "autumn 1 Sep–31 Dec, spring 1 Jan–31 Mar, summer 1 Apr–31 Aug"});
    if (any_line) add_default(out, "release_phasing", std::string(to_string(s.release_phasing)));
    if (!s.departments.empty())
        add_default(out, "grant_phasing", std::string(to_string(s.grant_phasing)));
    return out;
}

}  // namespace

namespace detail {

accumulator::accumulator(const scenario& s, const forecast_options& o)
    : s_(s), o_(o), values_(o.by.size()) {
    if (!s.years.empty()) clip_ = date_range{s.years.front().first_day(), s.years.back().end()};
    // --from/--to narrow the horizon: the walk clips every line to it, so the periods the
    // range cuts hold only their days inside it, and the total is of those days.
    if (o.within) clip_ = clip_ ? intersect(*clip_, *o.within) : *o.within;
    for (const dimension d : o_.by) {
        by_year_ = by_year_ || d == dimension::year;
        by_line_ = by_line_ || d == dimension::cost_type || d == dimension::category;
    }
}

std::uint32_t accumulator::group_of(const cost_line& l) {
    const group_fields f{l.kind, l.subject, l.year, l.type, l.category, l.institution, l.hub};
    // Every dimension not read below (programme, edition, cohort, participant, workgroup) is a
    // property of the subject alone; hub, region and institution are too, unless a change split
    // the line (the parts' payee and hub views are compared by address: each change's value is
    // one string).
    if (last_ && last_->kind == f.kind && last_->subject == f.subject &&
        last_->institution.data() == f.institution.data() && last_->hub.data() == f.hub.data() &&
        (!by_year_ || last_->year == f.year) &&
        (!by_line_ || (last_->type == f.type && last_->category == f.category)))
        return last_group_;
    key_.clear();
    for (std::size_t i = 0; i < o_.by.size(); ++i) {
        values_[i] = dimension_value(s_, l, o_.by[i]);
        key_ += values_[i];
        key_ += '\x1f';
    }
    auto it = group_index_.find(key_);
    if (it == group_index_.end()) {
        it = group_index_.emplace(key_, static_cast<std::uint32_t>(groups_.size())).first;
        groups_.push_back(values_);
        cells_.emplace_back();
    }
    last_ = f;
    last_group_ = it->second;
    return last_group_;
}

std::uint32_t accumulator::period_of(date t) {
    // The last period that begins on or before t contains t, if any met so far does.
    auto after = std::upper_bound(
        by_begin_.begin(), by_begin_.end(), t,
        [](date d, const std::pair<date, std::uint32_t>& e) { return d < e.first; });
    if (after != by_begin_.begin() && periods_[std::prev(after)->second].range.contains(t))
        return std::prev(after)->second;
    const auto index = static_cast<std::uint32_t>(periods_.size());
    periods_.push_back(period_containing(o_.period, t, s_.terms));
    period_has_money_.push_back(false);
    by_begin_.insert(after, {periods_.back().range.begin, index});
    return index;
}

bool accumulator::kept(const cost_line& l) const {
    for (const dimension_filter& f : o_.where)
        if (std::find(f.values.begin(), f.values.end(), dimension_value(s_, l, f.on)) ==
            f.values.end())
            return false;
    return true;
}

void accumulator::add(const cost_line& l) try {
    if (!o_.where.empty() && !kept(l)) return;
    any_line_ = true;
    seen_ = seen_ ? date_range{std::min(seen_->begin, l.window.begin),
                               std::max(seen_->end, l.window.end)}
                  : l.window;
    if (l.funded_within(clip_).empty()) return;
    std::vector<std::optional<money>>& row = cells_[group_of(l)];
    std::uint32_t index = 0;
    walk_shares(
        l, clip_, s_,
        [&](date t) {
            index = period_of(t);
            return periods_[index].range.end;
        },
        [&](date, money m) {
            if (m.is_zero()) return;
            if (row.size() <= index) row.resize(periods_.size());
            std::optional<money>& cell = row[index];
            if (!cell) cell.emplace();  // a cell exists from the first non-zero share on
            *cell += m;
            period_has_money_[index] = true;
            total_ += m;
        });
} catch (const error& e) {
    if (e.code() != errc::overflow) throw;
    // A rate or a grant so large that the sums leave the range of money: name the line that
    // tipped it, and the rate it is priced at, which is where the value was set.
    const bool participant = l.kind == cost_line::subject_kind::participant;
    const source_location& at =
        participant ? s_.roster[l.subject].where : s_.departments[l.subject].where;
    const std::string& id =
        participant ? s_.roster[l.subject].id : s_.departments[l.subject].workgroup;
    throw error(
        errc::overflow,
        fmt::format("{} {} year {} {}: adding its {} takes the forecast's total out of "
                    "range; expected amounts whose total stays within {}{}",
                    participant ? "participant" : "Work Group", id, l.year, l.category, l.kept,
                    detail::money_range_text,
                    l.rate && l.value ? fmt::format(" (it is priced at {}: '{}', {})", l.rate->id,
                                                    to_plain(l.value->amount), l.value->source)
                                      : std::string()),
        source_location{at.file, at.line, participant ? "participant" : "workgroup"});
}

forecast_result accumulator::finish(std::vector<finding> warnings, std::vector<finding> notes) {
    forecast_result r;
    r.by = o_.by;
    r.period_type = o_.period;
    r.warnings = std::move(warnings);
    r.notes = std::move(notes);
    r.assumptions = assumptions_in_force(s_, any_line_, o_);
    r.horizon = clip_ ? *clip_ : seen_ ? *seen_ : date_range{date(2000, 1, 1), date(2000, 1, 1)};
    r.total = total_;
    r.where = o_.where;
    r.within = o_.within;
    // Only the periods some non-zero share reached, in date order.
    for (const auto& [begin, index] : by_begin_)
        if (period_has_money_[index]) r.periods.push_back(periods_[index]);
    // The rows sorted by keys, then period, without sorting the rows themselves: the groups
    // are sorted once and each group's cells taken in date order. No two groups have the same
    // keys, so this is the order a sort of the rows would give; it saves comparing vectors of
    // strings for every row of a fine grouping (participant × month).
    std::vector<std::uint32_t> group_order(groups_.size());
    std::iota(group_order.begin(), group_order.end(), 0u);
    std::sort(group_order.begin(), group_order.end(),
              [this](std::uint32_t a, std::uint32_t b) { return groups_[a] < groups_[b]; });
    for (const std::uint32_t g : group_order) {
        const std::vector<std::optional<money>>& row = cells_[g];
        for (const auto& [begin, index] : by_begin_)
            if (index < row.size() && row[index])
                r.rows.push_back({groups_[g], periods_[index], *row[index]});
    }
    return r;
}

}  // namespace detail

forecast_result summarise(const expansion& e, const forecast_options& o) {
    detail::accumulator acc(*e.source, o);
    for (const cost_line& l : e.lines)
        acc.add(l);
    return acc.finish(e.warnings, e.notes);
}

forecast_result run_forecast(const scenario& s, const forecast_options& options) {
    // Lines are added up a block of participants at a time, so a national roster never holds
    // all its lines at once; the result is the same as summarise(expand(s), options).
    constexpr std::uint32_t block = 4096;
    detail::accumulator acc(s, options);
    detail::participant_expander participants(s);
    expansion e;
    e.source = &s;
    const auto n = static_cast<std::uint32_t>(s.roster.size());
    for (std::uint32_t begin = 0; begin < n; begin += block) {
        // Only the warnings and notes reach the result: the lines and commitments of one
        // block are dropped once the lines are added up.
        e.lines.clear();
        e.commitments.clear();
        participants.expand(begin, std::min(n, begin + block), e);
        for (const cost_line& l : e.lines)
            acc.add(l);
    }
    e.lines.clear();
    e.commitments.clear();
    detail::expand_departments(s, e);
    for (const cost_line& l : e.lines)
        acc.add(l);
    for (finding& w : s.unmatched_scopes())
        e.warnings.push_back(std::move(w));
    detail::add_plan_checks(s, e);
    return acc.finish(std::move(e.warnings), std::move(e.notes));
}

}  // namespace v1
}  // namespace mhfund
