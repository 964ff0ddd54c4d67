// The pieces of the `mhfund` command-line tool. Each command is one file with one pair: an
// `add_X_command` that adds the subcommand, its options and its help to the app, and a `run_X`
// that does the work from the values CLI11 parsed into the command's struct. What several
// commands take (a scenario, --format and -o) is defined once, in scenario_options.cpp and
// output_options.cpp; main.cpp only wires the commands together and maps errors to exit codes.
#ifndef MHFUND_SRC_CLI_CLI_HPP
#define MHFUND_SRC_CLI_CLI_HPP

#include <string>
#include <string_view>
#include <vector>

#include "mhfund/applications.hpp"
#include "mhfund/catalogue.hpp"
#include "mhfund/scenario.hpp"

namespace CLI {
class App;
}

namespace mhfund {
inline namespace v1 {
namespace cli {

// --- Shared options (scenario_options.cpp) ---------------------------------------------------

/// SCENARIO, --roster, --workgroups, --edition and --set: what the commands that read a hub's
/// plan take to make a scenario.
struct scenario_args {
    std::string path;
    std::vector<std::string> rosters;
    std::vector<std::string> workgroups;
    std::vector<std::string> changes;
    std::vector<std::string> editions;
    std::vector<std::string> sets;
};
void add_scenario_options(CLI::App& cmd, scenario_args& a);
/// The scenario the arguments describe (a file, the built-in sample plan, or one made from
/// --roster and --workgroups), with --edition and --set applied, validated.
scenario build_scenario(const scenario_args& a);

/// The id of the edition an --edition argument names: a built-in id as it is, or an edition
/// file (.toml), which is added to `cat` first so that it can be looked up like the others.
std::string edition_argument(catalogue& cat, const std::string& id_or_file);

// --- Shared output (output_options.cpp) ------------------------------------------------------

/// --format and -o.
struct output_args {
    std::string format;
    std::string path;
    /// The formats the command writes (set by add_output_options).
    std::vector<std::string> formats;
};
/// Adds --format (one of `formats`, described by `help`) and -o to `cmd`.
void add_output_options(CLI::App& cmd, output_args& a, const std::string& help,
                        const std::vector<std::string>& formats);
/// The format to write: --format when given, else from the output file's extension (so that
/// `-o forecast.csv` gets CSV, not a table), else a table. An extension the command does not
/// write (`-o x.pdf`), or one that disagrees with --format, is a usage error.
std::string output_format(const output_args& a);
/// "-o"'s file, or empty for standard output (no -o, or `-o -`).
std::string output_file(const output_args& a);
/// ".txt (table), .csv, .json": the extensions of `formats`, for help and errors.
std::string known_extensions(const std::vector<std::string>& formats);
/// The width text tables are laid out to: COLUMNS when set to a number, else the terminal's
/// width when standard output is one and nothing goes to a file, else 80 (terminal.cpp).
std::size_t terminal_width(const output_args& a);
/// Each line after `indent`, each ended by a newline: a block of laid-out rows under a heading.
std::string indent_lines(const std::vector<std::string>& lines, std::string_view indent);
/// Writes the whole text to `path` (whole or not at all) or, without one or with `-`, to
/// standard output.
void emit(const std::string& text, const std::string& path);

// --- The commands, in the order `mhfund --help` lists them -----------------------------------

/// `mhfund forecast [SCENARIO] [--by LIST] [--period PERIOD] [--format FORMAT] [-o FILE]`.
struct forecast_command {
    scenario_args scenario;
    std::string by = "programme";
    std::string period = "academic";
    std::vector<std::string> where;  ///< --where KEY=VALUE[,…] (repeatable)
    std::string from;                ///< --from X
    std::string to;                  ///< --to Y
    std::string span;                ///< -p 'from X to Y'
    bool notes = false;              ///< --notes: list every warning and note
    bool transpose = false;          ///< --transpose: periods as rows
    output_args output;
};
CLI::App* add_forecast_command(CLI::App& app, forecast_command& c);  // forecast.cpp
void run_forecast(const forecast_command& c);

/// `mhfund explain [SCENARIO] (--participant ID | --workgroup ID)`.
struct explain_command {
    scenario_args scenario;
    std::string participant;
    std::string workgroup;
};
CLI::App* add_explain_command(CLI::App& app, explain_command& c);  // explain.cpp
void run_explain(const explain_command& c);

/// `mhfund check [SCENARIO]`.
struct check_command {
    scenario_args scenario;
    bool strict = false;  ///< `--strict`: any warning fails the check (exit 1)
};
CLI::App* add_check_command(CLI::App& app, check_command& c);  // check.cpp
/// Runs the check; returns the exit code (1 under `--strict` when there are warnings).
int run_check(const check_command& c);

/// `mhfund programmes [--edition ID]`.
struct programmes_command {
    std::string edition;
};
CLI::App* add_programmes_command(CLI::App& app, programmes_command& c);  // programmes.cpp
void run_programmes(const programmes_command& c);
/// The allocation tables of `cat`'s editions, or of the one whose id is `only` when it is not
/// empty.
std::string format_programmes(const catalogue& cat, std::string_view only);

/// `mhfund claims [SCENARIO] --claims FILE [--by LIST] [--period PERIOD] [--as-of DATE]
/// [--format FORMAT] [-o FILE]`.
struct claims_command {
    scenario_args scenario;
    std::string claims_file;
    std::string by;      ///< with --period or --as-of: allocated and claimed by group and period
    std::string period;  ///< empty: the balances report
    std::string as_of;   ///< empty: every claim
    output_args output;
};
CLI::App* add_claims_command(CLI::App& app, claims_command& c);  // claims.cpp
void run_claims(const claims_command& c);

/// `mhfund outturn [SCENARIO] [--claims FILE] --as-of DATE [--by LIST] [--period PERIOD]
/// [--format FORMAT] [-o FILE]`.
struct outturn_command {
    scenario_args scenario;
    std::vector<std::string> claims_files;
    std::string as_of;
    std::string budget;  ///< an approved budget file (mhfund budget), for budget and variance
    std::string by = "programme";
    std::string period = "academic";
    output_args output;
};
CLI::App* add_outturn_command(CLI::App& app, outturn_command& c);  // outturn.cpp
void run_outturn(const outturn_command& c);

/// `mhfund hubs`.
struct hubs_command {};
CLI::App* add_hubs_command(CLI::App& app, hubs_command& c);  // hubs.cpp
void run_hubs(const hubs_command& c);
/// The 40 Maths Hubs by region.
std::string format_hubs();

/// `mhfund calendar [SCENARIO] [--from DATE] [--all]`.
struct calendar_command {
    scenario_args scenario;
    std::string from;
    bool all = false;
};
CLI::App* add_calendar_command(CLI::App& app, calendar_command& c);  // calendar.cpp
void run_calendar(const calendar_command& c);

/// `mhfund deadline --edition ID --submitted TIME`.
struct deadline_command {
    std::string edition;
    std::string submitted;
};
CLI::App* add_deadline_command(CLI::App& app, deadline_command& c);  // deadline.cpp
void run_deadline(const deadline_command& c);

/// `mhfund eligibility FILE [--edition ID] [--format table|csv] [-o FILE]`.
struct eligibility_command {
    std::string file;
    std::string edition;
    output_args output;
};
CLI::App* add_eligibility_command(CLI::App& app, eligibility_command& c);  // eligibility.cpp
void run_eligibility(const eligibility_command& c);
std::string format_eligibility_table(const applications_report& r);
std::string format_eligibility_csv(const applications_report& r);

/// `mhfund budget [SCENARIO] -o BUDGET`.
struct budget_command {
    scenario_args scenario;
    std::string path;
};
CLI::App* add_budget_command(CLI::App& app, budget_command& c);  // budget.cpp
void run_budget(const budget_command& c);

/// `mhfund compare A B [--by LIST] [--period PERIOD] [--format FORMAT] [-o FILE]`.
struct compare_command {
    std::string a;
    std::string b;
    std::string by = "programme";
    std::string period = "academic";
    output_args output;
};
CLI::App* add_compare_command(CLI::App& app, compare_command& c);  // compare.cpp
void run_compare(const compare_command& c);
// --- Help (help.cpp) --------------------------------------------------------------------------

/// A usage error unless `name` is one of the app's commands; it names the nearest command
/// when one is close (edit distance at most a third of the name) and lists them all.
void check_command_name(const CLI::App& app, const std::string& name);
/// `mhfund help [COMMAND]`: the tool's or one command's --help.
CLI::App* add_help_command(CLI::App& app, std::string& topic);
void run_help(const CLI::App& app, const std::string& topic);

}  // namespace cli
}  // namespace v1
}  // namespace mhfund

#endif
