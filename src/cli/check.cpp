// `mhfund check`: validate a scenario and its rosters, and price every allocation, writing
// nothing but a one-line summary and the warnings (the pricing's and the plan checks'). With
// `--strict`, any warning fails the check.
#include <iostream>

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
    cmd->add_flag("--strict", c.strict,
                  "Fail (exit 1) when there is any warning, e.g. a row in another hub's area");
    cmd->footer(
        "Examples:\n"
        "  mhfund check plan.toml\n"
        "  mhfund check --roster roster.csv --workgroups workgroups.csv --set sle_rate=350.00");
    return cmd;
}

int run_check(const check_command& c) {
    const scenario s = build_scenario(c.scenario);
    // The forecast prices every allocation, so a year 3 without an SLE rate fails here too.
    const forecast_result r = mhfund::run_forecast(s, forecast_options{});
    std::string text = fmt::format("OK: {} participants, {} departments, total {}\n",
                                   s.roster.size(), s.departments.size(), to_display(r.total));
    for (const finding& w : r.warnings)
        text += "warning: " + w.message() + "\n";
    emit(text, "");
    if (!c.strict || r.warnings.empty()) return 0;
    std::cerr << fmt::format("mhfund: --strict: {} warning{}, so the check fails\n",
                             r.warnings.size(), r.warnings.size() == 1 ? "" : "s");
    return 1;
}

}  // namespace cli
}  // namespace v1
}  // namespace mhfund
