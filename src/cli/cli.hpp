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
#include "mhfund/applications.hpp"
#include "mhfund/forecast.hpp"
#include "mhfund/report.hpp"
#include "mhfund/scenario.hpp"
#include "report/text_layout.hpp"

namespace CLI {
class App;
}

namespace mhfund {
inline namespace v1 {
namespace cli {





/// The allocation tables of `cat`'s editions, or of the one whose id is `only` when it is not
/// empty (programmes.cpp).
std::string format_programmes(const catalogue& cat, std::string_view only);
/// The 40 Maths Hubs by region (programmes.cpp).
std::string format_hubs();


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
