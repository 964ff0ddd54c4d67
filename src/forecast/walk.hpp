// The per-period walk over a line's money: the one place a line's funded range is clipped (to
// the window, the withdrawal and the horizon) and its money shared out period by period.
#ifndef MHFUND_SRC_FORECAST_WALK_HPP
#define MHFUND_SRC_FORECAST_WALK_HPP

#include <algorithm>
#include <optional>
#include <utility>

#include "mhfund/cost_line.hpp"
#include "mhfund/scenario.hpp"

namespace mhfund {
inline namespace v1 {
namespace detail {

/// Walks the days of `range` one period at a time: `period_end(t)` gives the end of the period
/// that contains day `t`, and `emit(t, share)` receives the share of that period (zero
/// included), the difference of `before` (the money phased before a day) at the part of the
/// period's two ends inside `range`. Each boundary's cumulative amount is worked out once, and
/// the shares telescope to before(range.end) − before(range.begin).
template <class Before, class PeriodEnd, class Emit>
void walk_cumulative(const date_range& range, Before&& before_day, PeriodEnd&& period_end,
                     Emit&& emit) {
    if (range.empty()) return;
    money before = before_day(range.begin);
    for (date t = range.begin; t < range.end;) {
        const date end = std::min(period_end(t), range.end);
        const money upto = before_day(end);
        emit(t, upto - before);
        before = upto;
        t = end;
    }
}

/// Walks the funded days of `l` within `clip`, one period at a time, with the line's own
/// phasing (cost_line::phased_before): the shares telescope to the line's kept money within
/// `clip` (rule 5).
template <class PeriodEnd, class Emit>
void walk_shares(const cost_line& l, const std::optional<date_range>& clip, const scenario& s,
                 PeriodEnd&& period_end, Emit&& emit) {
    walk_cumulative(
        l.funded_within(clip), [&](date d) { return l.phased_before(d, s.term_weights, s.terms); },
        std::forward<PeriodEnd>(period_end), std::forward<Emit>(emit));
}

}  // namespace detail
}  // namespace v1
}  // namespace mhfund

#endif
