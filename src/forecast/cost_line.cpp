// The rules a cost line owns: phasing over time (domain.md section 8, rules 5 and 6) and its
// derivation in words (section 7, question 5).
#include "mhfund/cost_line.hpp"

#include "mhfund/pricing.hpp"

#include <fmt/format.h>

namespace mhfund {
inline namespace v1 {

namespace {

/// Rule 5: round_half_up(A × C(d) / W), with d clipped to the window and then at the
/// withdrawal date (rule 6: every period is clipped at D).
money weekday_cumulative(const cost_line& l, date d) {
    const int64_t w = weekdays(l.window);
    if (w == 0) return d > l.window.begin ? l.whole_kept() : money{};
    const date at = std::min(std::max(d, l.window.begin), l.funded_end());
    return cumulative_share(l.amount, weekdays({l.window.begin, at}), w);
}

/// Term weights: the kept amount spread over the terms that meet the funded window, each
/// term's share dated on its first day in the window, by cumulative rounding of the weights.
money term_cumulative(const cost_line& l, date d, const std::vector<int64_t>& weights,
                      const term_calendar& terms) {
    const date end = l.funded_end();
    int64_t before = 0, total = 0;
    for (date t = l.window.begin; t < end;) {
        const period p = period_containing(period_kind::term, t, terms);
        const int64_t w = weights[static_cast<std::size_t>(p.term)];
        total += w;
        if (t < d) before += w;
        t = p.range.end;
    }
    if (total == 0) return d > l.window.begin ? l.whole_kept() : money{};
    return cumulative_share(l.whole_kept(), before, total);
}

std::string amount_text(const cost_line& l) {
    if (l.type != cost_type::grant)
        return fmt::format(
            "{} = {}", days_at_rate_text(l.days, l.value->amount, l.rate->description), l.amount);
    if (!l.rate) return fmt::format("grant fixed by the edition {}", l.amount);
    return fmt::format("{} {}", l.rate->description, l.amount);
}

std::string rate_text(const cost_line& l) {
    if (!l.rate) return {};
    return fmt::format("in force on {} ({}; {})", to_string(l.window.begin),
                       effective_text(*l.value), l.value->source);
}

std::string days_text(const cost_line& l) {
    if (l.type == cost_type::grant) return {};
    std::string out = l.days_setting.empty()
                          ? std::string(l.source)
                          : fmt::format("setting {} ({})", l.days_setting, l.source);
    if (!l.reallocated.is_zero())
        out += fmt::format("; {} + {} PD Lead days reallocated here (pd_lead_policy = reallocate)",
                           to_string(l.days - l.reallocated), to_string(l.reallocated));
    return out;
}

std::string withdrawal_text(const cost_line& l) {
    if (!l.withdrawn) return {};
    const int64_t c = weekdays({l.window.begin, *l.withdrawn}), w = weekdays(l.window);
    return fmt::format(
        "withdrawn {}: kept = round_half_up({}p × {} / {}) = {}p = {} ({} of {} weekdays before "
        "the withdrawal; rule 6)",
        to_string(*l.withdrawn), l.amount.pence(), c, w, l.kept.pence(), l.kept, c, w);
}

std::string part_text(const cost_line& l) {
    if (!l.part) return {};
    const std::string who =
        fmt::format("{}{}", l.institution.empty() ? "" : fmt::format("paid to {} ", l.institution),
                    l.hub.empty() ? "" : fmt::format("(hub {}) ", l.hub));
    if (l.kept == l.kept_whole)
        return fmt::format("{}from {} to {}: the whole line, after a payee or hub change", who,
                           to_string(l.part->begin), to_string(l.part->last_day()));
    return fmt::format(
        "{}from {} to {}: {} of {} (rule 10: the cumulative phasing split at the "
        "change)",
        who, to_string(l.part->begin), to_string(l.part->last_day()), l.kept, l.kept_whole);
}

std::string phasing_text(const cost_line& l) {
    if (l.method == phasing::weekdays)
        return fmt::format("phasing: {} weekdays in the window, cumulative rounding",
                           weekdays(l.window));
    return fmt::format("phasing: {}", to_string(l.method));
}

/// The whole line's money phased before `d`, split or not.
money whole_before(const cost_line& l, date d, const std::vector<int64_t>& term_weights,
                   const term_calendar& terms) {
    switch (l.method) {
        case phasing::weekdays:
            return weekday_cumulative(l, d);
        case phasing::lump:
            return d > l.window.begin ? l.whole_kept() : money{};
        case phasing::terms:
            return term_cumulative(l, d, term_weights, terms);
    }
    return {};
}

}  // namespace

money cost_line::phased_before(date d, const std::vector<int64_t>& term_weights,
                               const term_calendar& terms) const {
    if (!part) return whole_before(*this, d, term_weights, terms);
    // Rule 10: each part's share is the cumulative share clipped to its side of the split.
    const date at = std::min(std::max(d, part->begin), part->end);
    return whole_before(*this, at, term_weights, terms) -
           whole_before(*this, part->begin, term_weights, terms);
}

std::vector<cost_line> split_at(const cost_line& l, const std::vector<date>& at,
                                const std::vector<int64_t>& term_weights,
                                const term_calendar& terms) {
    std::vector<cost_line> parts;
    const date_range all = l.funded();
    date begin = all.begin;
    for (std::size_t i = 0; i <= at.size(); ++i) {
        const date end = i < at.size() ? std::min(std::max(at[i], all.begin), all.end) : all.end;
        if (end <= begin) continue;
        cost_line p = l;
        p.part = date_range{begin, end};
        p.kept_whole = l.kept;
        p.kept = p.phased_before(end, term_weights, terms);
        parts.push_back(p);
        begin = end;
    }
    if (parts.empty()) parts.push_back(l);
    return parts;
}

money cost_line::share(date from, date to, const std::vector<int64_t>& term_weights,
                       const term_calendar& terms) const {
    if (to <= from) return {};
    return phased_before(to, term_weights, terms) - phased_before(from, term_weights, terms);
}

money kept_after_withdrawal(money amount, const date_range& window, date withdrawn) {
    if (withdrawn >= window.end) return amount;
    return cumulative_share(amount, weekdays({window.begin, withdrawn}), weekdays(window));
}

std::string line_derivation::text() const {
    std::string out = amount;
    if (!rate.empty()) out += "; rate: " + rate;
    if (!days.empty()) out += "; days: " + days;
    for (const std::string* part : {&withdrawal, &this->part, &phasing})
        if (!part->empty()) out += "; " + *part;
    return out;
}

line_derivation derive(const cost_line& l) {
    return {amount_text(l),     rate_text(l), days_text(l),
            withdrawal_text(l), part_text(l), phasing_text(l)};
}

}  // namespace v1
}  // namespace mhfund
