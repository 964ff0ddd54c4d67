// A budget's money by group and period: each span lies in one period of every kind, so its
// period is the one containing its first day, and sums by any grouping and period reconcile to
// the same total (rule 9), as the forecast's do.
#include <map>
#include <set>

#include "budget/budget_model.hpp"

namespace mhfund {
inline namespace v1 {

namespace {

std::vector<std::string> keys_of(const budget_line& l, const std::vector<dimension>& by) {
    std::vector<std::string> out;
    out.reserve(by.size());
    for (const dimension d : by)
        out.push_back(l.key(d));
    return out;
}

}  // namespace

forecast_result budget::summarise(const forecast_options& o) const {
    forecast_result r;
    r.by = o.by;
    r.period_type = o.period;
    r.horizon = horizon;
    r.assumptions = settings;
    // group keys → (period start → the period and its money)
    std::map<std::vector<std::string>, std::map<date, std::pair<period, money>>> cells;
    std::map<date, period> periods;
    for (const budget_line& l : lines) {
        if (l.shares.empty()) continue;
        auto& row = cells[keys_of(l, o.by)];
        for (const budget_share& s : l.shares) {
            const period p = period_containing(o.period, s.from, terms);
            auto [it, fresh] = row.emplace(p.range.begin, std::make_pair(p, money()));
            it->second.second += s.amount;
            periods.emplace(p.range.begin, p);
            r.total += s.amount;
        }
    }
    std::set<date> used;  // periods some non-zero cell reached, as a forecast lists them
    for (const auto& [keys, row] : cells)
        for (const auto& [begin, cell] : row)
            if (!cell.second.is_zero()) {
                r.rows.push_back({keys, cell.first, cell.second});
                used.insert(begin);
            }
    for (const auto& [begin, p] : periods)
        if (used.count(begin)) r.periods.push_back(p);
    return r;
}

money budget::amount(const std::vector<dimension>& by, const std::vector<std::string>& keys,
                     const period& p) const {
    if (keys.size() != by.size())
        throw error(errc::usage, "budget::amount: give one key for each grouping dimension");
    money sum;
    for (const budget_line& l : lines) {
        bool match = true;
        for (std::size_t i = 0; i < by.size() && match; ++i)
            match = l.key(by[i]) == keys[i];
        if (!match) continue;
        for (const budget_share& s : l.shares)
            if (p.range.contains(s.from)) sum += s.amount;
    }
    return sum;
}

}  // namespace v1
}  // namespace mhfund
