// `mhfund budget`: save the approved budget, the forecast at the finest grain with the
// fingerprints of its inputs and the tool's version (domain.md rule 14).
#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "cli/cli.hpp"
#include "mhfund/budget.hpp"

namespace mhfund {
inline namespace v1 {
namespace cli {

CLI::App* add_budget_command(CLI::App& app, budget_command& c) {
    CLI::App* cmd = app.add_subcommand(
        "budget", "Save the approved budget: the forecast and the fingerprints of its inputs");
    add_scenario_options(*cmd, c.scenario);
    cmd->add_option("-o,--output", c.path, "The budget file to write (JSON, whole or not at all)")
        ->type_name("BUDGET")
        ->required();
    cmd->footer(
        "Examples:\n"
        "  mhfund budget plan.toml -o approved.json\n"
        "  mhfund budget --roster roster.csv --set sle_rate=350.00 -o approved.json\n"
        "\n"
        "The budget is written by the tool and read back by 'mhfund compare'; never edit it by\n"
        "hand. It records the SHA-256 of every input, so a later run can say which changed.");
    return cmd;
}

void run_budget(const budget_command& c) {
    const scenario s = build_scenario(c.scenario);
    const budget b = make_budget(s);
    emit(write_budget_json(b), c.path);
    emit(fmt::format("Saved the approved budget of '{}' to {}: {} lines, total {}, {} inputs "
                     "fingerprinted\n",
                     b.scenario, c.path, b.lines.size(), to_display(b.total()), b.inputs.size()),
         "");
}

}  // namespace cli
}  // namespace v1
}  // namespace mhfund
