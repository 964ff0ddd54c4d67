// Phasing a cost line over time (domain.md section 8, rules 5 and 6).
#include "forecast/accumulate.hpp"
#include "mhfund/forecast.hpp"

namespace mhfund {
inline namespace v1 {

namespace {

/// The end of the funded part of a line: its window's end, or the withdrawal date.
date funded_end(const cost_line& l) {
    return l.withdrawn && *l.withdrawn < l.window.end ? *l.withdrawn : l.window.end;
}

/// Rule 5: round_half_up(A × C(d) / W), with d clipped to the window and then at the
/// withdrawal date (rule 6: every period is clipped at D).
money weekday_cumulative(const cost_line& l, date d) {
    const int64_t w = weekdays(l.window);
    if (w == 0) return d > l.window.begin ? l.kept : money{};
    const date end = funded_end(l);
    const date at = std::min(std::max(d, l.window.begin), end);
    return cumulative_share(l.amount, weekdays({l.window.begin, at}), w);
}

/// Term weights: the kept amount spread over the terms that meet the funded window, each
/// term's share dated on its first day in the window, by cumulative rounding of the weights.
money term_cumulative(const cost_line& l, date d, const std::vector<int64_t>& weights,
                      const term_calendar& terms) {
    const date end = funded_end(l);
    int64_t before = 0, total = 0;
    for (date t = l.window.begin; t < end;) {
        const period p = period_containing(period_kind::term, t, terms);
        const int64_t w = weights[static_cast<std::size_t>(p.term)];
        total += w;
        if (t < d) before += w;
        t = p.range.end;
    }
    if (total == 0) return d > l.window.begin ? l.kept : money{};
    return cumulative_share(l.kept, before, total);
}

}  // namespace

namespace detail {

money phased_before(const cost_line& l, date d, const std::vector<int64_t>& weights,
                    const term_calendar& terms) {
    switch (l.method) {
        case phasing::weekdays:
            return weekday_cumulative(l, d);
        case phasing::lump:
            return d > l.window.begin ? l.kept : money{};
        case phasing::terms:
            return term_cumulative(l, d, weights, terms);
    }
    return {};
}

}  // namespace detail

money cost_line::share(date from, date to, const std::vector<int64_t>& term_weights,
                       const term_calendar& terms) const {
    if (to <= from) return {};
    return detail::phased_before(*this, to, term_weights, terms) -
           detail::phased_before(*this, from, term_weights, terms);
}

}  // namespace v1
}  // namespace mhfund
