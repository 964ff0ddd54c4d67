// Comparing two plans: the money by group and period from each plan's own summary (so each side
// reconciles as its forecast does), and the lines matched by (participant or department,
// programme year, category) with the reasons they differ.
#include <map>

#include <fmt/format.h>

#include "compare/line_reasons.hpp"

namespace mhfund {
inline namespace v1 {

namespace {

using detail::matched_line;

/// A plan's lines by (subject, year, category), the parts of a split line together, in the
/// plan's line order.
struct line_index {
    std::vector<std::string> order;
    std::map<std::string, matched_line> lines;
    std::map<std::string, const budget_line*> subjects;  ///< any line of each subject

    explicit line_index(const budget& b) {
        for (const budget_line& l : b.lines) {
            const std::string key = fmt::format("{}\x1f{}\x1f{}", l.subject, l.year, l.category);
            auto [it, fresh] = lines.emplace(key, matched_line{&l, money()});
            if (fresh) order.push_back(key);
            it->second.in_horizon += l.in_horizon();
            subjects.emplace(l.subject, &l);
        }
    }
    const budget_line* subject(const std::string& id) const {
        const auto it = subjects.find(id);
        return it == subjects.end() ? nullptr : it->second;
    }
};

std::vector<setting_difference> settings_differences(const budget& a, const budget& b) {
    std::map<std::string, std::pair<std::string, std::string>> values;
    const std::string none = "(not listed)";
    for (const assumption& s : a.settings)
        values.emplace(s.setting, std::make_pair(s.value, none));
    for (const assumption& s : b.settings)
        values.emplace(s.setting, std::make_pair(none, none)).first->second.second = s.value;
    std::vector<setting_difference> out;
    for (const auto& [name, v] : values)
        if (v.first != v.second) out.push_back({name, v.first, v.second});
    return out;
}

/// When a line's money differs and nothing of the line itself does, the plan-wide differences
/// are why: a setting, or the horizon.
std::vector<std::string> plan_reasons(const comparison& c, const budget& a, const budget& b) {
    std::vector<std::string> out;
    for (const setting_difference& s : c.settings)
        out.push_back(fmt::format("setting {}: {} → {}", s.setting, s.a, s.b));
    if (a.horizon.begin != b.horizon.begin || a.horizon.end != b.horizon.end)
        out.push_back("the forecast horizon (the scenario's years) differs");
    if (out.empty()) out.push_back("phased differently (term dates or phasing)");
    return out;
}

void add_rows(comparison& c, const budget& a, const budget& b, const forecast_options& o) {
    const forecast_result ra = a.summarise(o);
    const forecast_result rb = b.summarise(o);
    std::map<std::pair<std::vector<std::string>, date>, compare_row> rows;
    for (const forecast_row& r : ra.rows)
        rows.emplace(std::make_pair(r.keys, r.when.range.begin),
                     compare_row{r.keys, r.when, {}, {}})
            .first->second.a = r.amount;
    for (const forecast_row& r : rb.rows)
        rows.emplace(std::make_pair(r.keys, r.when.range.begin),
                     compare_row{r.keys, r.when, {}, {}})
            .first->second.b = r.amount;
    std::map<date, period> periods;
    for (auto& [key, row] : rows) {
        periods.emplace(row.when.range.begin, row.when);
        c.rows.push_back(std::move(row));
    }
    for (const auto& [begin, p] : periods)
        c.periods.push_back(p);
    c.total_a = ra.total;
    c.total_b = rb.total;
}

void add_lines(comparison& c, const budget& a, const budget& b) {
    const line_index ia(a), ib(b);
    for (const std::string& key : ia.order) {
        const matched_line& la = ia.lines.at(key);
        line_difference d{la.first->subject, la.first->year, la.first->category,
                          la.in_horizon,     money(),        {}};
        const auto it = ib.lines.find(key);
        if (it == ib.lines.end()) {
            d.reasons = detail::reasons_for_one_side(*la.first, ib.subject(d.subject), false);
        } else {
            d.b = it->second.in_horizon;
            d.reasons = detail::reasons_for(*la.first, *it->second.first);
            if (d.reasons.empty() && d.a != d.b) d.reasons = plan_reasons(c, a, b);
            if (d.reasons.empty()) continue;
        }
        c.lines.push_back(std::move(d));
    }
    for (const std::string& key : ib.order) {
        if (ia.lines.count(key)) continue;
        const matched_line& lb = ib.lines.at(key);
        c.lines.push_back(
            {lb.first->subject, lb.first->year, lb.first->category, money(), lb.in_horizon,
             detail::reasons_for_one_side(*lb.first, ia.subject(lb.first->subject), true)});
    }
}

std::string name_of(const plan_source& p) {
    return fmt::format("{} ({}: {})", p.file, p.is_budget ? "budget" : "scenario", p.plan.scenario);
}

}  // namespace

comparison compare(const plan_source& a, const plan_source& b, const forecast_options& o) {
    comparison c;
    c.by = o.by;
    c.period_type = o.period;
    c.name_a = name_of(a);
    c.name_b = name_of(b);
    c.settings = settings_differences(a.plan, b.plan);
    c.changed_a = a.changed;
    c.changed_b = b.changed;
    add_rows(c, a.plan, b.plan, o);
    add_lines(c, a.plan, b.plan);
    return c;
}

}  // namespace v1
}  // namespace mhfund
