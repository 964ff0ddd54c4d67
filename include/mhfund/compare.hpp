// Comparing two plans (domain.md section 7, question 4: what changes if a specialist withdraws,
// is PD-Lead-exempt, or the SLE rate moves?): each a scenario priced now or an approved budget
// read back. The difference per group and period (B − A, both amounts shown), and the lines
// behind it, each with its reasons.
#ifndef MHFUND_COMPARE_HPP
#define MHFUND_COMPARE_HPP

#include <string>
#include <vector>

#include "mhfund/budget.hpp"
#include "mhfund/forecast.hpp"

namespace mhfund {
inline namespace v1 {

/// One side of a comparison: a scenario file priced now, or a budget file read back.
struct plan_source {
    std::string file;        ///< the file as named
    bool is_budget = false;  ///< a budget file (else a scenario priced now)
    budget plan;             ///< the plan at the finest grain
    /// A budget's inputs that changed since it was saved (it still reads: it is the approved
    /// figure). Empty for a scenario.
    std::vector<input_difference> changed;
};
/// Reads `path`: a budget file (JSON, see is_budget_text) or a scenario file (TOML), priced.
plan_source read_plan(const std::string& path);

/// One group and period: both plans' money and the difference.
struct compare_row {
    std::vector<std::string> keys;  ///< one value per grouping dimension
    period when;                    ///< the period
    money a;                        ///< plan A's money
    money b;                        ///< plan B's money
    /// B − A.
    money difference() const { return b - a; }
};

/// One line (participant or Work Group department × programme year × category; the parts of a
/// split line taken together) whose money or make-up differs between the plans.
struct line_difference {
    std::string subject;   ///< participant id, or WORKGROUP/INSTITUTION
    int year = 0;          ///< programme year
    std::string category;  ///< the line's category
    money a;               ///< A's money inside A's horizon (zero when A has no such line)
    money b;               ///< B's money inside B's horizon
    /// Why, one sentence each: a rate changed (which, from → to), days changed, a setting
    /// changed, a participant added or withdrawn, a dated change.
    std::vector<std::string> reasons;
    /// B − A.
    money difference() const { return b - a; }
};

/// A setting (an assumption in force) whose value differs.
struct setting_difference {
    std::string setting;  ///< `sle_rate`
    std::string a;        ///< A's value, or `(not listed)`
    std::string b;        ///< B's value, or `(not listed)`
};

/// Two plans compared by a grouping and period.
struct comparison {
    std::vector<dimension> by;  ///< the grouping
    period_kind period_type = period_kind::academic_year;
    std::string name_a;  ///< plan A: its file and scenario name
    std::string name_b;  ///< plan B
    /// Every group and period either plan has money in, sorted by keys then period.
    std::vector<compare_row> rows;
    /// The periods of the rows, in date order.
    std::vector<period> periods;
    money total_a;  ///< A's grand total
    money total_b;  ///< B's grand total
    /// The lines behind the differences, in A's line order then B's new lines.
    std::vector<line_difference> lines;
    std::vector<setting_difference> settings;  ///< settings whose values differ
    std::vector<input_difference> changed_a;   ///< A's inputs changed since A was saved
    std::vector<input_difference> changed_b;   ///< B's inputs changed since B was saved
    /// B − A in total.
    money difference() const { return total_b - total_a; }
};

/// Compares plan `b` against plan `a` by `o.by` and `o.period`. Lines are matched by
/// (participant or Work Group department, programme year, category). Comparing a plan with
/// itself gives no line differences and zero everywhere.
comparison compare(const plan_source& a, const plan_source& b, const forecast_options& o);

// Writers (src/report/compare_*.cpp): they lay out a comparison and compute no money.

/// A table for a terminal: per group and period A, B and B − A; then the lines behind the
/// differences with their reasons, the settings that differ and any changed inputs.
std::string format_comparison_table(const comparison& c);
/// CSV: the group columns, `period`, `amount_a`, `amount_b`, `difference` (plain decimals).
std::string format_comparison_csv(const comparison& c);
/// JSON: rows, totals, lines with reasons, settings and changed inputs; amounts as strings.
std::string format_comparison_json(const comparison& c);

}  // namespace v1
}  // namespace mhfund

#endif
