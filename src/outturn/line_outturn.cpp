// Rule 12 for one allocation: F = round_half_up(A × C(T) / W), U = max(0, F − K),
// R = max(0, A − max(F, K)), outturn = K + U + R = max(A, K).
#include "outturn/line_outturn.hpp"

#include <algorithm>

namespace mhfund {
inline namespace v1 {
namespace detail {

line_outturn::line_outturn(const std::vector<const cost_line*>& parts, money claimed_before,
                           date as_of, const scenario& s)
    : parts_(parts), s_(s), as_of_(as_of) {
    outturn_line& f = figures_;
    f.claimed = claimed_before;
    for (const cost_line* p : parts_)
        f.allocated += p->kept;
    if (!parts_.empty()) {
        const cost_line& l = *parts_.front();
        f.accrued = whole_phased_before(as_of);
        begin_ = std::max(as_of, l.window.begin);
        end_ = std::max(begin_, l.funded_end());
        if (as_of <= l.window.begin) {
            mode_ = mode::own;  // nothing accrued or claimed yet: R is A, phased as forecast
        } else if (l.method == phasing::weekdays) {
            mode_ = mode::weekdays;
            weight_ = weekdays({begin_, end_});
        } else {
            mode_ = mode::rest;
            phased_at_t_ = f.accrued;
            weight_ = (f.allocated - f.accrued).pence();
        }
    }
    f.unclaimed = std::max(money{}, f.accrued - f.claimed);
    f.to_come = std::max(money{}, f.allocated - std::max(f.accrued, f.claimed));
    f.outturn = f.claimed + f.unclaimed + f.to_come;
    const bool at_cost = !parts_.empty() ? parts_.front()->type == cost_type::travel : true;
    f.over_claimed = !at_cost && f.claimed > f.allocated;
}

money line_outturn::whole_phased_before(date d) const {
    money sum;
    for (const cost_line* p : parts_)
        sum += p->phased_before(d, s_.term_weights, s_.terms);
    return sum;
}

money line_outturn::whole_to_come_before(date d) const {
    const money r = figures_.to_come;
    if (r.is_zero() || d <= begin_) return {};
    if (d >= end_) return r;
    switch (mode_) {
        case mode::own:
            return whole_phased_before(d);
        case mode::weekdays:
            // weight_ is not zero: with no weekday left after T, F is already A and R is zero.
            return weight_ == 0 ? r : cumulative_share(r, weekdays({begin_, d}), weight_);
        case mode::rest:
            return weight_ == 0 ? r
                                : cumulative_share(
                                      r, (whole_phased_before(d) - phased_at_t_).pence(), weight_);
    }
    return {};
}

money line_outturn::to_come_before(const cost_line& part, date d) const {
    if (mode_ == mode::own) return part.phased_before(d, s_.term_weights, s_.terms);
    const date_range range = part.funded();
    const date at = std::min(std::max(d, range.begin), range.end);
    return whole_to_come_before(at) - whole_to_come_before(range.begin);
}

}  // namespace detail
}  // namespace v1
}  // namespace mhfund
