// Reports for people: workbooks (XLSX) whose cells hold live formulas, so that an accountant can
// audit every figure in a spreadsheet and the recalculated totals equal the library's to the
// penny (interfaces.md, `--format xlsx`).
#ifndef MHFUND_REPORT_HPP
#define MHFUND_REPORT_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "mhfund/claims.hpp"
#include "mhfund/forecast.hpp"
#include "mhfund/outturn.hpp"
#include "mhfund/scenario.hpp"

namespace mhfund {
inline namespace v1 {

/// How a text report is laid out for a terminal.
struct text_options {
    /// The terminal's width in columns: a wider table wraps into blocks of columns, each
    /// repeating the row labels (0: never wrap).
    std::size_t width = 80;
    /// The forecast with periods as rows and groups as columns (then the groups wrap).
    bool transpose = false;
    /// List every warning and note. Otherwise a kind with more than `findings_listed`
    /// findings is one line: its count, its kind and its first finding as an example.
    bool all_findings = false;
    /// How many findings of one list are shown one by one before they are counted by kind.
    std::size_t findings_listed = 10;
};

/// The forecast as a text table for a terminal: one row per group, one column per period
/// (wrapped to `o.width`), then the assumptions, warnings and notes.
std::string format_forecast_table(const scenario& s, const forecast_result& r,
                                  const text_options& o = {});
/// The forecast as CSV: the grouping columns, `period` and `amount` (plain decimals).
std::string format_forecast_csv(const forecast_result& r);
/// The forecast as JSON: rows, periods, total, assumptions, warnings and notes.
std::string format_forecast_json(const scenario& s, const forecast_result& r);
/// The claims check as a text table: balances by allocation and the findings.
std::string format_claims_table(const scenario& s, const claims_report& r,
                                const text_options& o = {});
/// The claims check as CSV: one row per allocation.
std::string format_claims_csv(const claims_report& r);
/// The claims check as JSON.
std::string format_claims_json(const scenario& s, const claims_report& r);
/// Claims by grouping and period as a text table: allocated and claimed per group and period,
/// a Total line, then the findings.
std::string format_claims_by_period_table(const scenario& s, const claims_by_period_result& r);
/// Claims by grouping and period as CSV: the grouping columns, `period`, `allocated`, `claimed`.
std::string format_claims_by_period_csv(const claims_by_period_result& r);
/// Claims by grouping and period as JSON.
std::string format_claims_by_period_json(const scenario& s, const claims_by_period_result& r);
/// The outturn as a text table: one line per group and period (actual, unclaimed, to come,
/// outturn, paid), a Total line, then the findings as of T.
std::string format_outturn_table(const scenario& s, const outturn_result& r,
                                 const text_options& o = {});
/// The outturn as CSV: the grouping columns, `period`, `actual`, `unclaimed`, `to_come`,
/// `outturn`, `paid`, and with a budget `budget` and `variance` (plain decimals).
std::string format_outturn_csv(const outturn_result& r);
/// The outturn as JSON: rows, totals, each allocation's figures and the findings.
std::string format_outturn_json(const scenario& s, const outturn_result& r);

/// Writes a forecast workbook to `path`, whole or not at all (a failed write leaves any earlier
/// file as it was and no partial one). `e` is the expansion of `s` and `r` a summary of `e`;
/// the workbook also holds the academic- and financial-year views whatever `r`'s period.
///
/// Sheets:
/// - Summary: totals by academic and by financial year (SUMIFS over Phasing), each beside the
///   library's figure and their difference, and the grand totals of Lines.
/// - Lines: one row per cost line, its amount a live `=ROUND(days*rate,2)` (a grant: its rate
///   cell), the kept amount after a withdrawal, the window, the phased totals with a check that
///   they equal the kept amount, and the derivation and sources.
/// - By academic year, By financial year (and By term / By month when `r` is by term or month):
///   `r`'s grouping by period, each cell a SUMIFS over Phasing.
/// - Phasing: each line's share of each period (section 8 rule 5, computed by the library: its
///   cumulative rounding has no simple formula), clipped to the forecast horizon, with the part
///   outside the horizon on a row of its own so that every line's shares sum to its kept amount.
/// - Assumptions: the settings that are not figures from the documents, the rates in use and
///   where they come from, warnings, notes and unfunded commitments.
/// Throws mhfund::error (errc::input) when the file cannot be written, and (errc::usage) when
/// the forecast has more rows than a worksheet holds (1,048,576): use CSV for such a forecast.
void write_forecast_xlsx(const std::string& path, const scenario& s, const expansion& e,
                         const forecast_result& r);

/// Writes a claims workbook to `path`, whole or not at all: Balances (allocated, claimed and
/// remaining per allocation, with totals), Claims (one row per claim: its value, the balance it
/// counts in and its findings; the Balances' claimed columns are SUMIFS over it), Findings and
/// By academic year. `claims` are the claims `r` was checked from (same order).
void write_claims_xlsx(const std::string& path, const scenario& s, const std::vector<claim>& claims,
                       const claims_report& r);

/// The forecast as one self-contained HTML page (`--format html`): the title and horizon, the
/// totals by programme × academic year and by programme × financial year, an inline SVG stacked
/// bar chart of spend per `chart_period` (term by default; month also reads well) by programme,
/// and the assumptions, warnings, notes and unfunded commitments. The page loads nothing (no
/// script, no external style sheet, font or image). `e` is the expansion of `s`. Every chart
/// segment is a `<rect>` with `data-programme`, `data-period` and `data-amount-pence`, so the
/// segments sum to the forecast's total in pence.
std::string render_forecast_html(const scenario& s, const expansion& e,
                                 period_kind chart_period = period_kind::term);

/// An input file as the HTML page's footer names it.
struct report_input {
    std::string name;          ///< the path as given
    std::uintmax_t bytes = 0;  ///< its size
    /// Its SHA-256 in hex, or empty when the caller computed none (the footer then shows the
    /// size alone). The fingerprint hook: the CLI fills it where a digest is available.
    std::string sha256;
};

/// What `--format html` asks of the page beyond the forecast itself.
struct html_options {
    /// The breakdown's grouping and periods (`--by`, `--period`): the page adds a table of them
    /// and charts the first dimension when they are not the programme tables it always shows.
    forecast_options view;
    /// The chart's periods: term or month.
    period_kind chart_period = period_kind::term;
    /// When the page was written, as it should read (e.g. "28 November 2026 10:15 UTC"); empty
    /// leaves it out. The CLI honours SOURCE_DATE_EPOCH, so the page can be reproduced.
    std::string generated;
    /// The files the forecast read, for the footer.
    std::vector<report_input> inputs;
};

/// The page as above, with the breakdown, the generation date and the inputs of `o`. Warnings
/// and notes are grouped by kind with counts, at most 200 items listed per kind, so a national
/// roster's page stays small.
std::string render_forecast_html(const scenario& s, const expansion& e, const html_options& o);

}  // namespace v1
}  // namespace mhfund

#endif
