// A line's money by period, for every reader that shows it period by period.
#include "forecast/walk.hpp"
#include "mhfund/forecast.hpp"

namespace mhfund {
inline namespace v1 {

std::vector<period_share> shares_by_period(const cost_line& l, period_kind k, const scenario& s,
                                           const std::optional<date_range>& clip) {
    std::vector<period_share> out;
    period current;
    detail::walk_shares(
        l, clip, s,
        [&](date t) {
            current = period_containing(k, t, s.terms);
            return current.range.end;
        },
        [&](date, money m) {
            if (!m.is_zero()) out.push_back({current, m});
        });
    return out;
}

}  // namespace v1
}  // namespace mhfund
