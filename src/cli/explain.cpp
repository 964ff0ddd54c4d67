// `mhfund explain`: how each figure of one participant or Work Group is made, line by line.
#include <CLI/CLI.hpp>

#include "cli/cli.hpp"
#include "mhfund/report.hpp"

namespace mhfund {
inline namespace v1 {
namespace cli {

CLI::App* add_explain_command(CLI::App& app, explain_command& c) {
    CLI::App* cmd = app.add_subcommand(
        "explain", "Show how each figure of a participant or Work Group is made");
    add_scenario_options(*cmd, c.scenario);
    CLI::Option* participant =
        cmd->add_option("--participant", c.participant, "Participant id from the roster")
            ->type_name("ID");
    CLI::Option* workgroup =
        cmd->add_option("--workgroup", c.workgroup, "Work Group id from the work groups file")
            ->type_name("ID");
    participant->excludes(workgroup);
    cmd->footer(
        "Examples:\n"
        "  mhfund explain --participant FT-01\n"
        "  mhfund explain plan.toml --workgroup WG-A");
    return cmd;
}

void run_explain(const explain_command& c) {
    // Checked before the scenario is read: without an id there is nothing to explain.
    if (c.participant.empty() && c.workgroup.empty())
        throw error(errc::usage, "explain needs --participant ID or --workgroup ID");
    const scenario s = build_scenario(c.scenario);
    emit(c.participant.empty() ? explain_workgroup(s, c.workgroup)
                               : explain_participant(s, c.participant),
         "");
}

}  // namespace cli
}  // namespace v1
}  // namespace mhfund
