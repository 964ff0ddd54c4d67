// The options every command that reads a hub's plan shares (SCENARIO, --roster, --workgroups,
// --edition, --set), and how a scenario is put together from them (interfaces.md: "A quick
// forecast needs no scenario file").
#include <CLI/CLI.hpp>

#include "cli/cli.hpp"
#include "io/output_file.hpp"
#include "mhfund/detail/text.hpp"
#include "scenario/plausibility.hpp"

namespace mhfund {
inline namespace v1 {
namespace cli {

void add_scenario_options(CLI::App& cmd, scenario_args& a) {
    cmd.add_option("SCENARIO", a.path,
                   "Scenario file (TOML); without one, the built-in sample plan, or the one "
                   "--roster and --workgroups describe")
        ->type_name("FILE");
    cmd.add_option("--roster", a.rosters,
                   "Roster CSV to forecast without a scenario file (repeatable)")
        ->type_name("FILE")
        ->allow_extra_args(false);
    cmd.add_option("--workgroups", a.workgroups, "Work groups CSV (repeatable)")
        ->type_name("FILE")
        ->allow_extra_args(false);
    cmd.add_option("--changes", a.changes,
                   "Changes CSV: what happened after the roster was written (repeatable)")
        ->type_name("FILE")
        ->allow_extra_args(false);
    cmd.add_option("--edition", a.editions,
                   "An edition file (TOML) of your own, for rosters that name it (repeatable)")
        ->type_name("FILE")
        ->allow_extra_args(false);
    cmd.add_option("--set", a.sets,
                   "A setting, as in a scenario's [settings] (repeatable): " +
                       detail::join(scenario::setting_names(), ", ") +
                       ". For one edition, cohort or participant only, put its scope first: "
                       "edition:EDITION:KEY=VALUE, cohort:EDITION/COHORT:KEY=VALUE or "
                       "participant:ID:KEY=VALUE (e.g. --set participant:P0000003:sle_rate=350.00)")
        ->type_name("[SCOPE:]KEY=VALUE")
        ->allow_extra_args(false);
}

namespace {

/// Applies one `--set KEY=VALUE`; its errors name "--set" where a file's would name the file.
void apply_setting(scenario& s, const std::string& kv) {
    const std::size_t eq = kv.find('=');
    if (eq == std::string::npos || eq == 0)
        throw error(errc::usage,
                    "--set '" + kv + "': expected KEY=VALUE, such as --set sle_rate=350.00");
    try {
        s.set(std::string_view(kv).substr(0, eq), std::string_view(kv).substr(eq + 1),
              source_location{});
    } catch (const error& e) {
        throw error(e.code(), e.detail(), source_location{"--set", 0, e.where().field});
    }
}

}  // namespace

/// Without SCENARIO, --roster or --workgroups make a new scenario; with neither, the built-in
/// sample plan is used, so that `--set` alone answers "what if" questions about it (e.g.
/// `mhfund forecast --set sle_rate=400.00`). Settings apply after the scenario file's own and
/// before the rosters are read; editions are added first, because rosters name them.
scenario build_scenario(const scenario_args& a) {
    const bool quick = !a.rosters.empty() || !a.workgroups.empty();
    scenario s;
    if (!a.path.empty()) {
        s = load_scenario_file(a.path);
    } else if (!quick) {
        s = default_scenario();
    } else {
        std::vector<std::string> files = a.rosters;
        files.insert(files.end(), a.workgroups.begin(), a.workgroups.end());
        s.name = "Forecast of " + detail::join(files, ", ");
        s.file = "(command line)";
    }
    for (const std::string& file : a.editions)
        s.cat.add_file(file);
    // Caps first, as in a scenario's [settings]: `--set sle_rate=2500 --set max_day_rate=3000`.
    for (const bool caps : {true, false})
        for (const std::string& kv : a.sets)
            if (detail::is_cap_setting(kv) == caps) apply_setting(s, kv);
    for (const std::string& file : a.rosters)
        read_roster_file(s, file);
    for (const std::string& file : a.workgroups)
        read_workgroups_file(s, file);
    for (const std::string& file : a.changes)
        read_changes_file(s, file);
    s.validate();
    return s;
}

std::string edition_argument(catalogue& cat, const std::string& id_or_file) {
    if (!io::has_extension(id_or_file, ".toml")) return id_or_file;
    cat.add_file(id_or_file);
    return cat.editions().back().id;
}

}  // namespace cli
}  // namespace v1
}  // namespace mhfund
