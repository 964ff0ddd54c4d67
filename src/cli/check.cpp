// `mhfund check`: validate a scenario and its rosters, and price every allocation, writing
// nothing but a one-line summary and the warnings.
#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "cli/cli.hpp"
#include "mhfund/forecast.hpp"

namespace mhfund {
inline namespace v1 {
namespace cli {

CLI::App* add_check_command(CLI::App& app, check_command& c) {
    CLI::App* cmd = app.add_subcommand(
        "check", "Validate a scenario and its rosters, and price every allocation");
    add_scenario_options(*cmd, c.scenario);
    cmd->footer(
        "Examples:\n"
        "  mhfund check plan.toml\n"
        "  mhfund check --roster roster.csv --workgroups workgroups.csv --set sle_rate=350.00");
    return cmd;
}

void run_check(const check_command& c) {
    const scenario s = build_scenario(c.scenario);
    // The forecast prices every allocation, so a year 3 without an SLE rate fails here too.
    const forecast_result r = mhfund::run_forecast(s, forecast_options{});
    std::string text = fmt::format("OK: {} participants, {} departments, total {}\n",
                                   s.roster.size(), s.departments.size(), to_display(r.total));
    for (const finding& w : r.warnings)
        text += "warning: " + w.message() + "\n";
    emit(text, "");
}

}  // namespace cli
}  // namespace v1
}  // namespace mhfund
