// A cost line and the rules it owns: one participant × programme year × category (domain.md
// section 8 rule 1), its funded range after a withdrawal (rule 6), the money phased before a
// date (rule 5), its share of any span of days, and its derivation in words. Every reader asks
// the line; none works these out again.
#ifndef MHFUND_COST_LINE_HPP
#define MHFUND_COST_LINE_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mhfund/calendar.hpp"
#include "mhfund/edition.hpp"
#include "mhfund/half_days.hpp"
#include "mhfund/money.hpp"
#include "mhfund/rates.hpp"
#include "mhfund/settings.hpp"

namespace mhfund {
inline namespace v1 {

/// One cost line. Views and pointers refer into the scenario (and its catalogue) it was
/// expanded from: the scenario must outlive the lines.
struct cost_line {
    /// Whose line it is: a participant's or a Work Group department's.
    enum class subject_kind : std::uint8_t { participant, department };
    /// Whose line it is.
    subject_kind kind = subject_kind::participant;
    std::uint32_t subject = 0;  ///< index into scenario::roster or scenario::departments
    int year = 0;               ///< programme year (or work-group year)
    /// Release, SLE, grant or travel.
    cost_type type = cost_type::release;
    /// The edition line's category (`central_events`, `department_grant`, …).
    std::string_view category;
    /// Release time (zero for a grant), reallocated days included.
    half_days days;
    /// The PD Lead days moved here under `pd_lead_policy = reallocate` (zero when none).
    half_days reallocated;
    /// The rate priced at.
    const rate_def* rate = nullptr;
    const rate_value* value = nullptr;  ///< rate value in force on the window's first day
    money amount;                       ///< A: the line's allocation before any withdrawal
    money kept;  ///< this line's funded money: after withdrawal, and its part after a split
    /// On a part of a split line: the whole line's kept money, which the phasing shares out
    /// (rule 10 splits the cumulative phasing, not the amount). Unused when not split.
    money kept_whole;
    /// The whole line's kept money, split or not.
    money whole_kept() const { return part ? kept_whole : kept; }
    date_range window;  ///< the programme-year window (grants: the academic year)
    /// The participant's withdrawal date, if any (that day is not funded).
    std::optional<date> withdrawn;
    /// How the line is spread over time.
    phasing method = phasing::weekdays;
    /// The document line the days (or grant) come from.
    std::string_view source;
    /// The setting the days came from (`sle_days`), or empty.
    std::string_view days_setting;
    /// After a payee or hub change (rule 10): the days of the window this part of the line
    /// covers. None when the line is not split.
    std::optional<date_range> part;
    /// The payee of this part, when a change set it; empty: the participant's own.
    std::string_view institution;
    /// The hub of this part, when a change set it; empty: the participant's own.
    std::string_view hub;

    /// The day after the last funded day: the window's end, or the withdrawal date when it
    /// falls inside the window (rule 6: the day itself is not funded).
    date funded_end() const {
        return withdrawn && *withdrawn < window.end ? *withdrawn : window.end;
    }
    /// The funded days: the window up to the withdrawal, and within its part after a split.
    date_range funded() const {
        const date_range all{window.begin, funded_end()};
        return part ? intersect(all, *part) : all;
    }
    /// The funded days within `clip` (the forecast horizon), or all of them.
    date_range funded_within(const std::optional<date_range>& clip) const {
        return clip ? intersect(funded(), *clip) : funded();
    }

    /// The money phased before day `d`: section 8 rules 5 and 6 (weekdays), a lump on the
    /// window's first day, or term weights. It rises from 0 to `kept` across the funded range.
    money phased_before(date d, const std::vector<int64_t>& term_weights,
                        const term_calendar& terms) const;
    /// The amount phased into `[from, to)`: phased_before(to) − phased_before(from). Shares of
    /// adjacent spans telescope, so any partition of time sums to `kept` exactly.
    money share(date from, date to, const std::vector<int64_t>& term_weights,
                const term_calendar& terms) const;
};

/// Splits `l` at each date of `at` inside its funded range (rule 10): one line per part, in date
/// order, each with its share of the cumulative phasing as `kept`, so the parts sum to the line
/// and share every period between them exactly. `at` is in date order; dates outside the funded
/// range make no part. The caller names each part's payee.
std::vector<cost_line> split_at(const cost_line& l, const std::vector<date>& at,
                                const std::vector<int64_t>& term_weights,
                                const term_calendar& terms);

/// Rule 6: what a withdrawal on `withdrawn` keeps of an amount over `window`:
/// round_half_up(amount × C(withdrawn) / W).
money kept_after_withdrawal(money amount, const date_range& window, date withdrawn);

/// Why a line's figure is what it is (domain.md section 7, question 5), part by part, so that
/// each report lays the parts out its own way and none words them again.
struct line_derivation {
    /// "5 days × £200.00 secondary release day = £1,000.00", or a grant and its rate.
    std::string amount;
    /// The rate: "in force on 2022-09-01 (from 2022-09-01; 000: …)"; empty for a grant fixed by
    /// the edition.
    std::string rate;
    /// Where the days come from: the document line, or "setting sle_days (…)"; with reallocated
    /// days "…; 8 + 4 PD Lead days reallocated here …". Empty for a grant.
    std::string days;
    /// "withdrawn 2024-02-15: kept = round_half_up(…) = …"; empty when not withdrawn.
    std::string withdrawal;
    /// "paid to 138412 (hub WM1) from 2023-01-01 to 2023-08-31: £666.67 of £1,000.00 (rule
    /// 10 …)"; empty when the line is not split.
    std::string part;
    /// "261 weekdays in the window, cumulative rounding", or the phasing method's name.
    std::string phasing;
    /// The parts that are not empty, labelled and joined by "; ".
    std::string text() const;
};
/// The derivation of a line.
line_derivation derive(const cost_line& l);

}  // namespace v1
}  // namespace mhfund

#endif
