// What the pieces of the `mhfund` command-line tool share: the output writers (one file per
// format) and the reference listings, each returning the whole text so that main.cpp can
// write it to stdout or, whole or not at all, to a file.
#ifndef MHFUND_SRC_CLI_CLI_HPP
#define MHFUND_SRC_CLI_CLI_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "mhfund/catalogue.hpp"
#include "mhfund/claims.hpp"
#include "mhfund/eligibility.hpp"
#include "mhfund/forecast.hpp"
#include "mhfund/scenario.hpp"

namespace CLI {
class App;
}

namespace mhfund {
inline namespace v1 {
namespace cli {

/// Columns a UTF-8 string takes in a terminal: one per code point, so that `£` (two bytes)
/// lines up like any other character. No East Asian wide characters appear in our reports.
std::size_t display_width(std::string_view text);

/// Lays rows of cells out in columns two spaces apart, each as wide as its widest cell;
/// columns whose `right` flag is set are right-aligned (amounts), the others left-aligned.
/// Returns one line per row, without trailing spaces or line ends.
std::vector<std::string> layout_columns(const std::vector<std::vector<std::string>>& rows,
                                        const std::vector<bool>& right);

/// "2023-01-01 to 2025-12-31": a half-open range shown with its last day, as people read dates.
std::string range_text(const date_range& r);

/// The pivot table for people: groups down, periods across, totals, then the assumptions,
/// warnings and notes the figures rest on (table.cpp).
std::string format_table(const scenario& s, const forecast_result& r);
/// Long-form CSV for spreadsheets and scripts: one row per group and period (csv_output.cpp).
std::string format_csv(const forecast_result& r);
/// JSON with amounts as decimal strings and integer pence, never floats (json_output.cpp).
std::string format_json(const scenario& s, const forecast_result& r);

/// The allocation tables of `cat`'s editions, or of the one whose id is `only` when it is not
/// empty (programmes.cpp).
std::string format_programmes(const catalogue& cat, std::string_view only);
/// The 40 Maths Hubs by region (programmes.cpp).
std::string format_hubs();

/// The claims report: balances, by academic year, then every finding (claims_output.cpp).
std::string format_claims_table(const scenario& s, const claims_report& r);
std::string format_claims_csv(const claims_report& r);
std::string format_claims_json(const scenario& s, const claims_report& r);

// The calendar, deadline and eligibility commands: each adds its subcommand and options to the
// app (with its help footer) and runs from the values CLI11 parsed into its struct.

/// `mhfund calendar [SCENARIO] [--from DATE] [--all]`; main.cpp adds the scenario options.
struct calendar_command {
    std::string from;
    bool all = false;
};
CLI::App* add_calendar_command(CLI::App& app, calendar_command& c);  // calendar.cpp
std::string run_calendar(const scenario& s, const calendar_command& c);

/// `mhfund deadline --edition ID --submitted TIME`.
struct deadline_command {
    std::string edition;
    std::string submitted;
};
CLI::App* add_deadline_command(CLI::App& app, deadline_command& c);  // calendar.cpp
std::string run_deadline(const deadline_command& c);

/// `mhfund eligibility FILE [--edition ID] [--format table|csv] [-o FILE]`.
struct eligibility_command {
    std::string file;
    std::string edition;
    std::string format;
    std::string output;
};
CLI::App* add_eligibility_command(CLI::App& app, eligibility_command& c);  // eligibility.cpp
/// The report's whole text; main.cpp writes it to -o or standard output.
std::string run_eligibility(const eligibility_command& c);
std::string format_eligibility_table(const applications_report& r);
std::string format_eligibility_csv(const applications_report& r);

}  // namespace cli
}  // namespace v1
}  // namespace mhfund

#endif
