// The outturn's cells: the five figures of each group in each period (domain.md rule 13), added
// up as the lines and claims come, then laid out as rows sorted by group and period.
#ifndef MHFUND_SRC_OUTTURN_OUTTURN_TABLE_HPP
#define MHFUND_SRC_OUTTURN_OUTTURN_TABLE_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "mhfund/outturn.hpp"

namespace mhfund {
inline namespace v1 {
namespace detail {

/// Which of a cell's figures an amount goes to (outturn is their sum, not a figure of its own).
enum class outturn_figure { actual, unclaimed, to_come, paid };

class outturn_table {
  public:
    outturn_table(const scenario& s, const outturn_options& o, std::optional<date_range> horizon)
        : s_(s), o_(o), horizon_(horizon) {}

    /// The group of `keys` (one value per grouping dimension), made on first use.
    std::uint32_t group(const std::vector<std::string>& keys);
    /// Adds `m` to figure `f` of `group` in the period containing day `t`; nothing outside
    /// the horizon, nothing for zero.
    void add(std::uint32_t group, date t, outturn_figure f, money m);
    /// The end of the period containing `t` (for walking a line period by period).
    date period_end(date t) { return periods_[period_of(t)].range.end; }
    /// The horizon, if the scenario names its years.
    const std::optional<date_range>& horizon() const { return horizon_; }

    /// The rows (sorted by keys, then period), the periods and the totals, into `r`.
    void finish(outturn_result& r) const;

  private:
    std::uint32_t period_of(date t);
    struct cell {
        money actual, unclaimed, to_come, paid;
    };

    const scenario& s_;
    const outturn_options& o_;
    std::optional<date_range> horizon_;
    std::unordered_map<std::string, std::uint32_t> group_index_;
    std::vector<std::vector<std::string>> groups_;
    std::string key_;
    std::vector<period> periods_;
    /// (begin, index in periods_), sorted by begin.
    std::vector<std::pair<date, std::uint32_t>> by_begin_;
    /// cells_[group][period index], where some amount reached it.
    std::vector<std::vector<std::optional<cell>>> cells_;
};

}  // namespace detail
}  // namespace v1
}  // namespace mhfund

#endif
