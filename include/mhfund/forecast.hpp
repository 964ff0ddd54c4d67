// The forecast: a scenario expanded into cost lines (participant × programme year × category),
// each phased over time, then summed by any grouping and period (domain.md sections 7 and 8).
#ifndef MHFUND_FORECAST_HPP
#define MHFUND_FORECAST_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "mhfund/calendar.hpp"
#include "mhfund/cost_line.hpp"
#include "mhfund/pricing.hpp"
#include "mhfund/scenario.hpp"

namespace mhfund {
inline namespace v1 {

/// An unfunded commitment (zero cost), e.g. the senior leader's half-day launch.
struct commitment_line {
    /// Index into scenario::roster.
    std::uint32_t participant = 0;
    /// The edition's commitment.
    const commitment_spec* spec = nullptr;
    /// The programme year it belongs to.
    date_range window;
};

/// Everything a scenario implies, before grouping.
struct expansion {
    /// The scenario expanded: it must outlive the expansion.
    const scenario* source = nullptr;
    /// Every funded line.
    std::vector<cost_line> lines;
    /// Every unfunded commitment.
    std::vector<commitment_line> commitments;
    /// Findings that are not errors: e.g. a Work Group whose committed release costs more
    /// than its grant.
    std::vector<finding> warnings;
    /// Lines the options removed (PD Lead exemption), one per participant-year affected.
    std::vector<finding> notes;
};

/// Expands every participant's programme years and every Work Group department's grants.
/// Years whose window starts on or after a withdrawal date are not priced (rule 6).
expansion expand(const scenario& s);

/// What a forecast can be grouped by.
enum class dimension {
    hub,
    region,
    programme,
    edition,
    cohort,
    year,  ///< programme year
    participant,
    workgroup,
    institution,
    cost_type,
    category,
};
/// The dimension's name, as `--by` writes it (`programme`, `cost_type`).
std::string_view to_string(dimension d);
/// Parses one dimension name; an unknown one is a usage error listing them.
dimension parse_dimension(std::string_view text);
/// Parses a comma-separated list such as `programme,cohort`.
std::vector<dimension> parse_dimensions(std::string_view text);

/// One row of a forecast: the values of the grouping dimensions, a period, and an amount.
struct forecast_row {
    /// One value per grouping dimension, in the order of forecast_result::by.
    std::vector<std::string> keys;
    /// The period.
    period when;
    /// What is spent on the group in the period.
    money amount;
};

/// A filter on one dimension: a line is kept when its value of `on` is one of `values`.
struct dimension_filter {
    dimension on = dimension::hub;
    std::vector<std::string> values;
};
/// Parses `--where` text, `KEY=VALUE[,KEY=VALUE…]` (`hub=EE1,cohort=7,cohort=8`), into one
/// filter per key, in the order the keys first appear; a key given again adds a value to its
/// filter (OR within a key). An unknown key, or an item without `=`, is a usage error listing
/// the keys.
std::vector<dimension_filter> parse_where(std::string_view text);
/// Adds `more` to `filters`, merging the values of a key already there.
void merge_where(std::vector<dimension_filter>& filters, std::vector<dimension_filter> more);

/// The days a text names, as `--from` and `--to` take them: a date (`2024-09-15`), a month
/// (`2024-09`, or `2024/09` as hledger writes it), an academic year (`2024/25`) or a financial
/// year (`FY2024-25`). `2011/12` reads as the academic year. Anything else is a usage error
/// naming `option` and the forms.
date_range named_days(std::string_view text, std::string_view option);
/// The days from the first day `from` names to the last day `to` names (both inclusive);
/// either may be empty (open). `from` after `to` is a usage error.
std::optional<date_range> days_between(std::string_view from, std::string_view to);
/// Parses `-p` text in hledger's words: `from X to Y`, `from X`, `to Y`, or a single X (its
/// days). X and Y as named_days takes them; `to` is inclusive.
std::optional<date_range> parse_period_expression(std::string_view text);

/// What a forecast groups by, over which periods, and which lines and days it counts.
struct forecast_options {
    /// By programme and academic year, every line and every day.
    forecast_options() = default;
    /// By `by_` and `period_`, every line and every day (`{by, period}` as before filters).
    forecast_options(std::vector<dimension> by_, period_kind period_)
        : by(std::move(by_)), period(period_) {}

    /// Grouping dimensions (none: by period alone).
    std::vector<dimension> by{dimension::programme};
    /// Academic years, financial years, terms or months.
    period_kind period = period_kind::academic_year;
    /// Only the lines every filter keeps (values of one key OR, different keys AND): applied
    /// to cost lines before they are summed, so every output of the result honours it.
    std::vector<dimension_filter> where;
    /// Only the money phased on these days: each line is clipped to them by the walk (so a
    /// period the range cuts shows the part inside it) and the total is of these days alone.
    std::optional<date_range> within;
};

/// A forecast: rows of amounts by group and period, with the grand total and what it assumed.
struct forecast_result {
    /// The grouping dimensions.
    std::vector<dimension> by;
    /// The kind of period of the rows.
    period_kind period_type = period_kind::academic_year;
    /// The forecast horizon: the scenario's academic years, or every day any line touches.
    date_range horizon;
    /// Sorted by keys, then period.
    std::vector<forecast_row> rows;
    /// The grand total: the same for every grouping and period of one scenario.
    money total;
    /// The settings in force that are not figures from the documents.
    std::vector<assumption> assumptions;
    /// Findings that are not errors.
    std::vector<finding> warnings;
    /// What the options changed (PD Lead days not funded or reallocated).
    std::vector<finding> notes;
    /// Distinct periods in date order (the columns of a table).
    std::vector<period> periods;
    /// The filters the lines passed (forecast_options::where), for reports to say so.
    std::vector<dimension_filter> where;
    /// The days counted when forecast_options::within was given: `horizon` is already clipped
    /// to them, and `total` is of them alone.
    std::optional<date_range> within;
};

/// Groups an expansion by `options.by` and `options.period`. Every grouping and period of one
/// scenario has the same grand total, to the penny (section 8 rule 9).
forecast_result summarise(const expansion& e, const forecast_options& options);
/// expand + summarise.
forecast_result run_forecast(const scenario& s, const forecast_options& options);

/// One period's share of a line.
struct period_share {
    /// The period (the whole period, even where the line covers only part of it).
    period when;
    /// The line's money in the part of the period it covers.
    money amount;
};
/// A line's share of every period of kind `k` that its funded range meets, within `clip` when
/// given, in date order, zero shares left out: the one walk every reader of a line's money by
/// period uses (the forecast, explain, the workbook, the report, claims). Shares telescope
/// (rule 5), so they sum to the line's kept money inside `clip`.
std::vector<period_share> shares_by_period(const cost_line& l, period_kind k, const scenario& s,
                                           const std::optional<date_range>& clip = std::nullopt);

/// The value of dimension `d` for a line (e.g. its hub code or category).
std::string dimension_value(const scenario& s, const cost_line& line, dimension d);

/// A participant's (or Work Group's) figures explained line by line: days × rate, which rate
/// and from when, the window, weekdays, withdrawal, and the split by academic and financial
/// year. Unknown ids are input errors.
std::string explain_participant(const scenario& s, std::string_view participant_id);
/// A Work Group's figures explained: each department's grant and its phasing, the Work
/// Group's commitments and the check of committed release against the grant.
std::string explain_workgroup(const scenario& s, std::string_view workgroup_id);

}  // namespace v1
}  // namespace mhfund

#endif
