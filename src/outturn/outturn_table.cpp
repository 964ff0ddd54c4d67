// Adding the outturn's amounts up by group and period (rule 13), and laying out the rows.
#include "outturn/outturn_table.hpp"

#include <algorithm>
#include <numeric>

namespace mhfund {
inline namespace v1 {
namespace detail {

std::uint32_t outturn_table::group(const std::vector<std::string>& keys) {
    key_.clear();
    for (const std::string& k : keys) {
        key_ += k;
        key_ += '\x1f';
    }
    auto it = group_index_.find(key_);
    if (it != group_index_.end()) return it->second;
    const auto index = static_cast<std::uint32_t>(groups_.size());
    group_index_.emplace(key_, index);
    groups_.push_back(keys);
    cells_.emplace_back();
    return index;
}

std::uint32_t outturn_table::period_of(date t) {
    // Periods of one kind never overlap: the last one met that begins on or before t holds it,
    // if any met so far does.
    auto after = std::upper_bound(
        by_begin_.begin(), by_begin_.end(), t,
        [](date d, const std::pair<date, std::uint32_t>& e) { return d < e.first; });
    if (after != by_begin_.begin() && periods_[std::prev(after)->second].range.contains(t))
        return std::prev(after)->second;
    const auto index = static_cast<std::uint32_t>(periods_.size());
    periods_.push_back(period_containing(o_.period, t, s_.terms));
    by_begin_.insert(after, {periods_.back().range.begin, index});
    return index;
}

void outturn_table::add(std::uint32_t group, date t, outturn_figure f, money m) {
    if (m.is_zero() || (horizon_ && !horizon_->contains(t))) return;
    const std::uint32_t p = period_of(t);
    std::vector<std::optional<cell>>& row = cells_[group];
    if (row.size() <= p) row.resize(periods_.size());
    if (!row[p]) row[p].emplace();
    cell& c = *row[p];
    switch (f) {
        case outturn_figure::actual:
            c.actual += m;
            break;
        case outturn_figure::unclaimed:
            c.unclaimed += m;
            break;
        case outturn_figure::to_come:
            c.to_come += m;
            break;
        case outturn_figure::paid:
            c.paid += m;
            break;
    }
}

void outturn_table::finish(outturn_result& r) const {
    std::vector<bool> used(periods_.size(), false);
    std::vector<std::uint32_t> order(groups_.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(),
              [this](std::uint32_t a, std::uint32_t b) { return groups_[a] < groups_[b]; });
    for (const std::uint32_t g : order) {
        const std::vector<std::optional<cell>>& row = cells_[g];
        for (const auto& [begin, index] : by_begin_) {
            if (index >= row.size() || !row[index]) continue;
            const cell& c = *row[index];
            outturn_row out;
            out.keys = groups_[g];
            out.when = periods_[index];
            out.actual = c.actual;
            out.unclaimed = c.unclaimed;
            out.to_come = c.to_come;
            out.outturn = c.actual + c.unclaimed + c.to_come;
            out.paid = c.paid;
            r.total.actual += out.actual;
            r.total.unclaimed += out.unclaimed;
            r.total.to_come += out.to_come;
            r.total.outturn += out.outturn;
            r.total.paid += out.paid;
            used[index] = true;
            r.rows.push_back(std::move(out));
        }
    }
    for (const auto& [begin, index] : by_begin_)
        if (used[index]) r.periods.push_back(periods_[index]);
}

}  // namespace detail
}  // namespace v1
}  // namespace mhfund
