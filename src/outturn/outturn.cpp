// The outturn as of T (domain.md 9.4): every claim checked against the allocations (rule 11),
// each allocation's figures worked out by rule 12 (line_outturn.cpp), and the claims, U and
// R's shares added up by group and period (rule 13, outturn_table.cpp).
#include "mhfund/outturn.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

#include <fmt/format.h>

#include "claims/claims_check.hpp"
#include "forecast/walk.hpp"
#include "outturn/line_outturn.hpp"
#include "outturn/outturn_table.hpp"

namespace mhfund {
inline namespace v1 {

namespace {

using detail::outturn_figure;

/// The payee and hub of participant `p` on day `d` (domain.md 9.1): the roster's, or the last
/// change's on or before `d`.
std::pair<std::string_view, std::string_view> in_force(const participant& p, date d) {
    std::pair<std::string_view, std::string_view> out{p.institution, p.hub};
    for (const payee_period& pp : p.payees)
        if (pp.from <= d) out = {pp.institution, pp.hub};
    return out;
}

std::vector<std::string> line_keys(const scenario& s, const cost_line& l,
                                   const std::vector<dimension>& by) {
    std::vector<std::string> keys;
    keys.reserve(by.size());
    for (const dimension d : by)
        keys.push_back(dimension_value(s, l, d));
    return keys;
}

/// What a claim is grouped under: a line like the one it is against, with the claim's payee
/// (its own `institution`, else the participant's on its date) and the hub on its date. A
/// claim that matches no allocation has the cost type `unmatched`.
class claim_grouper {
  public:
    claim_grouper(const scenario& s, const claims_report& r) : s_(s), r_(r) {
        for (std::uint32_t i = 0; i < s.roster.size(); ++i)
            participants_.emplace(s.roster[i].id, i);
        for (std::uint32_t i = 0; i < s.departments.size(); ++i)
            departments_[{s.departments[i].workgroup, s.departments[i].institution}].push_back(i);
    }

    std::vector<std::string> keys(const claim& c, const claim_outcome& o,
                                  const std::vector<dimension>& by) const {
        const std::optional<cost_line> l = line_like(c, o);
        std::vector<std::string> out;
        out.reserve(by.size());
        for (const dimension d : by) {
            if (d == dimension::cost_type && !o.balance)
                out.emplace_back("unmatched");
            else if (d == dimension::category)
                out.push_back(c.category);
            else if (l && !(d == dimension::year && l->year == 0))
                out.push_back(dimension_value(s_, *l, d));
            else
                out.push_back(d == dimension::participant   ? c.participant
                              : d == dimension::workgroup   ? c.workgroup
                              : d == dimension::institution ? c.institution
                                                            : std::string());
        }
        return out;
    }

  private:
    std::optional<cost_line> line_like(const claim& c, const claim_outcome& o) const {
        cost_line l;
        l.category = c.category;
        if (o.balance) {
            l.year = r_.balances[*o.balance].year;
            l.type = r_.balances[*o.balance].type;
        }
        if (!c.participant.empty()) {
            const auto found = participants_.find(c.participant);
            if (found == participants_.end()) return std::nullopt;
            const participant& p = s_.roster[found->second];
            l.kind = cost_line::subject_kind::participant;
            l.subject = found->second;
            std::tie(l.institution, l.hub) = in_force(p, c.when);
            if (!c.institution.empty()) l.institution = c.institution;
            if (!o.balance) l.year = year_holding(p, c.when);
            return l;
        }
        const auto found = departments_.find({c.workgroup, c.institution});
        if (found == departments_.end()) return std::nullopt;
        l.kind = cost_line::subject_kind::department;
        l.subject = found->second.front();
        for (const std::uint32_t d : found->second)
            if (s_.departments[d].year.range().contains(c.when)) l.subject = d;
        const workgroup_department& d = s_.departments[l.subject];
        l.type = cost_type::grant;
        if (!o.balance) l.year = s_.cat.get(d.edition).workgroup->year_of(d.year);
        return l;
    }

    /// The programme year whose window holds `when`, or 0.
    int year_holding(const participant& p, date when) const {
        const edition& ed = s_.cat.get(p.edition);
        const date start = ed.start_of(p.cohort, p.start);
        for (const year_spec& y : ed.years)
            if (programme_year_window(start, y.number).contains(when)) return y.number;
        return 0;
    }

    const scenario& s_;
    const claims_report& r_;
    std::unordered_map<std::string, std::uint32_t> participants_;
    std::map<std::pair<std::string, std::string>, std::vector<std::uint32_t>> departments_;
};

/// Adds one allocation's U (on T, to the payee and hub in force on T) and R (part by part,
/// period by period) to the table.
void add_line(detail::outturn_table& t, const scenario& s, const std::vector<dimension>& by,
              const std::vector<const cost_line*>& parts, const detail::line_outturn& lo,
              date as_of) {
    const outturn_line& f = lo.figures();
    if (!f.unclaimed.is_zero()) {
        cost_line on_t = *parts.front();
        if (on_t.kind == cost_line::subject_kind::participant)
            std::tie(on_t.institution, on_t.hub) = in_force(s.roster[on_t.subject], as_of);
        t.add(t.group(line_keys(s, on_t, by)), as_of, outturn_figure::unclaimed, f.unclaimed);
    }
    if (f.to_come.is_zero()) return;
    for (const cost_line* part : parts) {
        const std::uint32_t g = t.group(line_keys(s, *part, by));
        detail::walk_cumulative(
            part->funded_within(t.horizon()), [&](date d) { return lo.to_come_before(*part, d); },
            [&](date d) { return t.period_end(d); },
            [&](date d, money m) { t.add(g, d, outturn_figure::to_come, m); });
    }
}

/// The finding of a line claimed beyond its allocation by T, at the latest claim before T.
claim_finding over_claim(const claim_balance& b, const outturn_line& f, const claim& c,
                         std::size_t index, date as_of) {
    claim_finding out;
    out.what = claim_finding::kind::over_allocation;
    out.claim = index;
    out.where = source_location{c.where.file, c.where.line, c.days ? "days" : "amount"};
    out.message = fmt::format(
        "{} {}{} year {} {}: claims dated before {} come to {}, over the allocation of {} by "
        "{}; the outturn is the amount claimed",
        b.kind == claim_balance::subject_kind::workgroup ? "Work Group" : "participant", b.subject,
        b.institution.empty() ? "" : " (" + b.institution + ")", b.year, b.category,
        to_string(as_of), f.claimed, f.allocated, f.claimed - f.allocated);
    return out;
}

}  // namespace

namespace {

/// K for each allocation (its matched claims dated before T), the latest of those claims, and
/// the unmatched claims before T.
struct claimed_before {
    std::vector<money> claimed;
    std::vector<std::optional<std::size_t>> latest;
    money unmatched;
};

claimed_before claims_before(const std::vector<claim>& claims, const claims_report& r, date as_of) {
    claimed_before out;
    out.claimed.resize(r.balances.size());
    out.latest.resize(r.balances.size());
    for (std::size_t i = 0; i < claims.size(); ++i) {
        if (!(claims[i].when < as_of)) continue;
        const claim_outcome& o = r.outcomes[i];
        if (!o.balance) {
            out.unmatched += o.value;
            continue;
        }
        out.claimed[*o.balance] += o.value;
        std::optional<std::size_t>& last = out.latest[*o.balance];
        if (!last || claims[*last].when <= claims[i].when) last = i;
    }
    return out;
}

/// The findings as of T: the check's, for claims dated before T, with over-allocations
/// worked out on the claims before T.
std::vector<claim_finding> findings_as_of(const std::vector<claim>& claims, const outturn_result& r,
                                          const claimed_before& k) {
    std::vector<claim_finding> out;
    for (const claim_finding& f : r.claims.findings)
        if (claims[f.claim].when < r.as_of && f.what != claim_finding::kind::over_allocation)
            out.push_back(f);
    for (const outturn_line& f : r.lines)
        if (f.over_claimed && k.latest[f.balance])
            out.push_back(over_claim(r.claims.balances[f.balance], f, claims[*k.latest[f.balance]],
                                     *k.latest[f.balance], r.as_of));
    std::stable_sort(out.begin(), out.end(), [](const claim_finding& a, const claim_finding& b) {
        return a.claim < b.claim;
    });
    return out;
}

outturn_result outturn_of(const scenario& s, const scenario& all, const std::vector<claim>& claims,
                          const outturn_options& o) {
    const expansion e = expand(all);
    detail::checked_claims checked = detail::check_expansion(all, e, claims);
    outturn_result r;
    r.by = o.by;
    r.period_type = o.period;
    r.as_of = o.as_of;
    if (!s.years.empty()) r.horizon = date_range{s.years.front().first_day(), s.years.back().end()};
    r.claims = std::move(checked.report);

    std::vector<std::vector<const cost_line*>> parts(r.claims.balances.size());
    for (std::size_t i = 0; i < e.lines.size(); ++i)
        parts[checked.line_balance[i]].push_back(&e.lines[i]);
    const claimed_before k = claims_before(claims, r.claims, o.as_of);
    r.unmatched = k.unmatched;

    detail::outturn_table t(all, o, r.horizon);
    r.lines.reserve(parts.size());
    for (std::size_t b = 0; b < parts.size(); ++b) {
        const detail::line_outturn lo(parts[b], k.claimed[b], o.as_of, all);
        r.lines.push_back(lo.figures());
        r.lines.back().balance = b;
        if (!parts[b].empty()) add_line(t, all, o.by, parts[b], lo, o.as_of);
    }
    const claim_grouper grouper(all, r.claims);
    for (std::size_t i = 0; i < claims.size(); ++i) {
        const claim& c = claims[i];
        const bool actual = c.when < o.as_of;
        if (!actual && !c.paid) continue;
        const std::uint32_t g = t.group(grouper.keys(c, r.claims.outcomes[i], o.by));
        if (actual) t.add(g, c.when, outturn_figure::actual, r.claims.outcomes[i].value);
        if (c.paid) t.add(g, *c.paid, outturn_figure::paid, r.claims.outcomes[i].value);
    }
    t.finish(r);
    r.findings = findings_as_of(claims, r, k);
    return r;
}

}  // namespace

outturn_result run_outturn(const scenario& s, const std::vector<claim>& claims,
                           const outturn_options& options) {
    // Claims are matched against every programme year, whatever years the scenario forecasts;
    // the rows are then clipped to those years, as the forecast's are. The lines point into the
    // scenario they were expanded from, so the copy lives as long as the work.
    try {
        if (s.years.empty()) return outturn_of(s, s, claims, options);
        scenario all = s;
        all.years.clear();
        return outturn_of(s, all, claims, options);
    } catch (const error& err) {
        if (err.code() != errc::overflow || claims.empty() || !err.where().file.empty()) throw;
        throw error(errc::overflow,
                    std::string("the outturn adds up to more than mhfund can hold; expected "
                                "totals within ") +
                        detail::money_range_text,
                    source_location{claims.front().where.file, 0, {}});
    }
}

void set_budget(outturn_result& r, const budget_lookup& lookup) {
    for (outturn_row& row : r.rows)
        row.budget = lookup(row.keys, row.when).value_or(money{});
}

}  // namespace v1
}  // namespace mhfund
