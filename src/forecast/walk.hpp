// The per-period walk over a line's money: the one place a line's funded range is clipped (to
// the window, the withdrawal and the horizon) and its money shared out period by period.
#ifndef MHFUND_SRC_FORECAST_WALK_HPP
#define MHFUND_SRC_FORECAST_WALK_HPP

#include <algorithm>
#include <optional>

#include "mhfund/cost_line.hpp"
#include "mhfund/scenario.hpp"

namespace mhfund {
inline namespace v1 {
namespace detail {

/// Walks the funded days of `l` within `clip`, one period at a time: `period_end(t)` gives the
/// end of the period that contains day `t`, and `emit(t, share)` receives the line's share of
/// that period (zero included). Each share is the difference of what is phased before the
/// period's two ends, so each boundary's cumulative amount is worked out once and the shares
/// telescope to the line's kept money within `clip` (rule 5).
template <class PeriodEnd, class Emit>
void walk_shares(const cost_line& l, const std::optional<date_range>& clip, const scenario& s,
                 PeriodEnd&& period_end, Emit&& emit) {
    const date_range range = l.funded_within(clip);
    if (range.empty()) return;
    money before = l.phased_before(range.begin, s.term_weights, s.terms);
    for (date t = range.begin; t < range.end;) {
        const date end = std::min(period_end(t), range.end);
        const money upto = l.phased_before(end, s.term_weights, s.terms);
        emit(t, upto - before);
        before = upto;
        t = end;
    }
}

}  // namespace detail
}  // namespace v1
}  // namespace mhfund

#endif
