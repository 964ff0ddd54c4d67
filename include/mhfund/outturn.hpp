// The outturn as of a date T (domain.md 9.4, rules 12 and 13): what has been claimed before T,
// what was expected by T but not yet claimed, and what is still to come, per line and by any
// grouping and period, so that a finance officer can say on any date where the year will end.
#ifndef MHFUND_OUTTURN_HPP
#define MHFUND_OUTTURN_HPP

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "mhfund/calendar.hpp"
#include "mhfund/claims.hpp"
#include "mhfund/forecast.hpp"
#include "mhfund/money.hpp"
#include "mhfund/scenario.hpp"

namespace mhfund {
inline namespace v1 {

/// One allocation's outturn as of T (rule 12). The allocation is a claims balance (a
/// participant's programme year and category, its parts together after a payee change, or a
/// Work Group department's grant), with `A` its funded amount after any withdrawal.
struct outturn_line {
    /// Index into outturn_result::claims.balances: whose allocation, which year and category.
    std::size_t balance = 0;
    money allocated;  ///< A: the line's funded amount (travel, at actual cost: zero)
    /// F = round_half_up(A × C(T) / W): the forecast accrued before T (the line's own phasing).
    money accrued;
    money claimed;    ///< K: the claims matched to the line dated before T
    money unclaimed;  ///< U = max(0, F − K): expected by T, not yet claimed; placed on T
    money to_come;    ///< R = max(0, A − max(F, K)): phased over the window from T on
    money outturn;    ///< K + U + R = max(A, K)
    /// K > A: claimed beyond the allocation (never for travel, funded at actual cost).
    bool over_claimed = false;
};

/// One row of an outturn (rule 13): a group's figures in one period.
struct outturn_row {
    /// One value per grouping dimension, in the order of outturn_result::by.
    std::vector<std::string> keys;
    /// The period.
    period when;
    money actual;     ///< claims dated in the period and before T
    money unclaimed;  ///< U of the group's lines, when T is in the period
    money to_come;    ///< the group's R shares of the period
    money outturn;    ///< actual + unclaimed + to_come
    money paid;       ///< claims whose `paid` date is in the period
    /// The budget's amount for the group and period, when a budget was given (hook for
    /// `--budget`: variance = outturn − budget, domain.md rule 14). Empty without one.
    std::optional<money> budget;
};

/// The five figures of an outturn, summed.
struct outturn_totals {
    money actual;     ///< every claim dated before T, matched or not
    money unclaimed;  ///< Σ U
    money to_come;    ///< Σ R
    /// Σ lines' max(A, K) + unmatched claims before T: the same for every grouping and period.
    money outturn;
    money paid;  ///< every claim with a paid date (in the horizon)
};

/// What an outturn groups by, over which periods, and as of when.
struct outturn_options {
    /// Grouping dimensions (none: by period alone).
    std::vector<dimension> by{dimension::programme};
    /// Academic years, financial years, terms or months.
    period_kind period = period_kind::academic_year;
    /// T: claims dated before it are actual; a claim dated on T itself is not yet.
    date as_of;
};

/// An outturn as of T: rows by group and period, each line's figures, and the claims check
/// it rests on.
struct outturn_result {
    std::vector<dimension> by;                             ///< the grouping dimensions
    period_kind period_type = period_kind::academic_year;  ///< the kind of period of the rows
    date as_of;                                            ///< T
    /// The scenario's academic years, when it names any: rows, claims and payments outside
    /// them are left out, as the forecast leaves them out.
    std::optional<date_range> horizon;
    /// Sorted by keys, then period; a row exists where any of its figures is not zero.
    std::vector<outturn_row> rows;
    /// Distinct periods of the rows, in date order.
    std::vector<period> periods;
    /// The rows summed (equal to the sums of `lines` and `unmatched` without a horizon).
    outturn_totals total;
    /// Every allocation's figures, in the order of claims.balances.
    std::vector<outturn_line> lines;
    /// Claims dated before T that match no allocation: actual, and part of the outturn.
    money unmatched;
    /// The findings as of T: the claims check's findings of claims dated before T, with the
    /// over-allocations worked out on the claims before T (one per line claimed beyond its
    /// allocation, at the latest of those claims).
    std::vector<claim_finding> findings;
    /// The check of every claim against the allocations (all dates).
    claims_report claims;
};

/// The outturn of `s` as of `options.as_of` (domain.md 9.4): each allocation's claims before T,
/// what is expected but not yet claimed (placed on T, with the payee and hub in force on T),
/// and what is still to come (phased by rule 5 over the window from T on), grouped and
/// phased like the forecast. With no claims and T on or before every line's window, the
/// outturn of each group and period is the forecast's. Input errors are those of
/// check_claims.
outturn_result run_outturn(const scenario& s, const std::vector<claim>& claims,
                           const outturn_options& options);

/// Allocated and claimed money of one group in one period (`mhfund claims --by … --period …`).
struct claims_period_row {
    /// One value per grouping dimension.
    std::vector<std::string> keys;
    period when;      ///< the period
    money allocated;  ///< the allocations phased into the period, as the forecast phases them
    money claimed;    ///< the claims dated in the period (and before the as-of date, if given)
};
/// Claims against allocations by any grouping and period.
struct claims_by_period_result {
    std::vector<dimension> by;                             ///< the grouping dimensions
    period_kind period_type = period_kind::academic_year;  ///< the kind of period of the rows
    std::optional<date> as_of;                             ///< claims before it only, if given
    std::vector<claims_period_row> rows;                   ///< sorted by keys, then period
    money allocated;                                       ///< the rows' allocated, summed
    money claimed;                                         ///< the rows' claimed, summed
    claims_report claims;                                  ///< the check (balances, findings)
};
/// Allocated (the forecast's figures) and claimed (every claim, matched or not, grouped as the
/// outturn groups it, dated before `as_of` when given) by `o.by` and `o.period`, within the
/// scenario's years as the forecast is.
claims_by_period_result claims_by_period(const scenario& s, const std::vector<claim>& claims,
                                         const forecast_options& o,
                                         std::optional<date> as_of = std::nullopt);

/// The budget's amount for a group (its keys, in the order of outturn_result::by) in a period,
/// or empty where the budget has none.
using budget_lookup =
    std::function<std::optional<money>(const std::vector<std::string>& keys, const period& p)>;
/// The hook for a budget (domain.md rule 14, `mhfund outturn --budget FILE`): sets each row's
/// `budget` from `lookup` (zero where it has none), so that the writers add `budget` and
/// `variance` = outturn − budget. A budget's group and period with no outturn row is not added.
void set_budget(outturn_result& r, const budget_lookup& lookup);

}  // namespace v1
}  // namespace mhfund

#endif
