// The `mhfund` command-line tool: the commands, how a scenario is put together from the
// command line, where output goes, and exit codes (interfaces.md, "The command-line tool").
// Exit codes: 0 ok, 1 input error, 2 usage error, 3 internal error (a bug). No exception
// leaves main.
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <new>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "cli/cli.hpp"
#include "io/output_file.hpp"
#include "mhfund/report.hpp"
#include "mhfund/version.hpp"

namespace mhfund {
inline namespace v1 {
namespace cli {

namespace {

constexpr int exit_ok = 0;
constexpr int exit_input = 1;
constexpr int exit_usage = 2;
constexpr int exit_internal = 3;

int exit_code(errc code) {
    switch (code) {
        case errc::input:
        case errc::overflow:
            return exit_input;
        case errc::usage:
            return exit_usage;
        case errc::internal:
            return exit_internal;
    }
    return exit_internal;
}

std::string join(const std::vector<std::string_view>& parts, std::string_view sep) {
    std::string out;
    for (const std::string_view p : parts)
        out += (out.empty() ? "" : std::string(sep)) + std::string(p);
    return out;
}

/// What the forecast, explain and check commands take to make a scenario.
struct scenario_args {
    std::string path;
    std::vector<std::string> rosters;
    std::vector<std::string> workgroups;
    std::vector<std::string> editions;
    std::vector<std::string> sets;
};

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
    cmd.add_option("--edition", a.editions,
                   "An edition file (TOML) of your own, for rosters that name it (repeatable)")
        ->type_name("FILE")
        ->allow_extra_args(false);
    cmd.add_option("--set", a.sets,
                   "A setting, as in a scenario's [settings] (repeatable): " +
                       join(scenario::setting_names(), ", "))
        ->type_name("KEY=VALUE")
        ->allow_extra_args(false);
}

/// The scenario the arguments describe. Without SCENARIO, --roster or --workgroups make a new
/// one; with neither, the built-in sample plan is used, so that `--set` alone answers "what if"
/// questions about it (e.g. `mhfund forecast --set sle_rate=400.00`). Settings apply after
/// the scenario file's own and before the rosters are read; editions are added first, because
/// rosters name them.
scenario build_scenario(const scenario_args& a) {
    const bool quick = !a.rosters.empty() || !a.workgroups.empty();
    scenario s;
    if (!a.path.empty()) {
        s = load_scenario_file(a.path);
    } else if (!quick) {
        s = default_scenario();
    } else {
        std::vector<std::string_view> files;
        for (const std::string& f : a.rosters)
            files.push_back(f);
        for (const std::string& f : a.workgroups)
            files.push_back(f);
        s.name = "Forecast of " + join(files, ", ");
        s.file = "(command line)";
    }
    for (const std::string& file : a.editions)
        s.cat.add_file(file);
    for (const std::string& kv : a.sets) {
        const std::size_t eq = kv.find('=');
        if (eq == std::string::npos || eq == 0)
            throw error(errc::usage, "--set '" + kv + "': expected KEY=VALUE, such as " +
                                         "--set sle_rate=350.00");
        try {
            s.set(std::string_view(kv).substr(0, eq), std::string_view(kv).substr(eq + 1),
                  source_location{});
        } catch (const error& e) {
            // Say the bad value came from the command line, as a file's errors name the file.
            throw error(e.code(), e.detail(), source_location{"--set", 0, e.where().field});
        }
    }
    for (const std::string& file : a.rosters)
        read_roster_file(s, file);
    for (const std::string& file : a.workgroups)
        read_workgroups_file(s, file);
    s.validate();
    return s;
}

/// Writes the whole text to `path` (whole or not at all) or, without one, to standard output.
void emit(const std::string& text, const std::string& path) {
    if (!path.empty()) {
        io::write_file_atomically(path, text);
        return;
    }
    if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0)
        throw error(errc::input, "cannot write to standard output");
}

/// The format to write: --format when given, else from the output file's extension (so that
/// `-o forecast.csv` gets CSV, not a table), else a table.
std::string output_format(const std::string& given, const std::string& path) {
    if (!given.empty()) return given;
    auto ends_with = [&](std::string_view ext) { return io::has_extension(path, ext); };
    if (ends_with(".csv")) return "csv";
    if (ends_with(".json")) return "json";
    if (ends_with(".xlsx")) return "xlsx";
    if (ends_with(".html")) return "html";
    return "table";
}

int run(int argc, char** argv) {
    CLI::App app{
        "mhfund: funding and release time of the Maths Hubs teaching-for-mastery programmes",
        "mhfund"};
    // The version names the data built into the tool as well, since a figure depends on both:
    // the editions, and the rate card by the date of its latest value.
    app.set_version_flag("--version", [] {
        const catalogue& builtin = catalogue::builtin();
        std::vector<std::string_view> editions;
        for (const edition& e : builtin.editions())
            editions.push_back(e.id);
        date rates_from = beginning_of_time();
        for (const rate_def& r : builtin.rates().rates())
            for (const rate_value& v : r.values)
                rates_from = std::max(rates_from, v.from);
        return fmt::format(
            "mhfund {}.{}.{}\n"
            "Built-in editions: {}\n"
            "Built-in rate card: latest value effective {}",
            MHFUND_VERSION_MAJOR, MHFUND_VERSION_MINOR, MHFUND_VERSION_PATCH, join(editions, ", "),
            to_string(rates_from));
    });
    app.require_subcommand(1);
    app.footer(
        "Examples:\n"
        "  mhfund forecast\n"
        "  mhfund forecast --by programme,cohort --period financial\n"
        "  mhfund check plan.toml\n"
        "\n"
        "Without a SCENARIO file the commands use the built-in sample plan (a hub with every\n"
        "programme in the documents). Run 'mhfund COMMAND --help' for a command's options.\n"
        "Exit codes: 0 ok, 1 input error, 2 usage error, 3 internal error.");

    // forecast
    scenario_args forecast_args;
    std::string by = "programme", period = "academic", format, output;
    CLI::App* forecast = app.add_subcommand("forecast", "Forecast spending by group and period");
    add_scenario_options(*forecast, forecast_args);
    forecast
        ->add_option("--by", by,
                     "Group by (comma-separated): hub, region, programme, edition, cohort, "
                     "year, participant, workgroup, institution, cost_type, category")
        ->type_name("LIST")
        ->capture_default_str();
    forecast->add_option("--period", period, "Periods: academic, financial, term or month")
        ->type_name("PERIOD")
        ->capture_default_str();
    forecast
        ->add_option("--format", format,
                     "Output: table, csv, json, xlsx (a workbook with live formulas; needs -o) or "
                     "html (one self-contained page with a chart) (default: from -o's extension, "
                     "else table)")
        ->type_name("FORMAT")
        ->check(CLI::IsMember({"table", "csv", "json", "xlsx", "html"}));
    forecast->add_option("-o,--output", output, "Write to FILE (whole or not at all)")
        ->type_name("FILE");
    forecast->footer(
        "Examples:\n"
        "  mhfund forecast --by programme,cohort --period financial\n"
        "  mhfund forecast --roster roster.csv --set sle_rate=350.00 --format csv -o forecast.csv\n"
        "  mhfund forecast plan.toml --by hub,cost_type --period month --format json -o f.json\n"
        "  mhfund forecast -o budget.xlsx\n"
        "  mhfund forecast --format html -o report.html\n"
        "\n"
        "Periods are labelled 2024/25 (academic), FY2024-25 (financial), 2024/25 autumn (term),\n"
        "2024-09 (month). Every grouping and period gives the same grand total.");

    // explain
    scenario_args explain_args;
    std::string participant_id, workgroup_id;
    CLI::App* explain = app.add_subcommand(
        "explain", "Show how each figure of a participant or Work Group is made");
    add_scenario_options(*explain, explain_args);
    CLI::Option* participant_opt =
        explain->add_option("--participant", participant_id, "Participant id from the roster")
            ->type_name("ID");
    CLI::Option* workgroup_opt =
        explain->add_option("--workgroup", workgroup_id, "Work Group id from the work groups file")
            ->type_name("ID");
    participant_opt->excludes(workgroup_opt);
    explain->footer(
        "Examples:\n"
        "  mhfund explain --participant FT-01\n"
        "  mhfund explain plan.toml --workgroup WG-A");

    // check
    scenario_args check_args;
    CLI::App* check = app.add_subcommand(
        "check", "Validate a scenario and its rosters, and price every allocation");
    add_scenario_options(*check, check_args);
    check->footer(
        "Examples:\n"
        "  mhfund check plan.toml\n"
        "  mhfund check --roster roster.csv --workgroups workgroups.csv --set sle_rate=350.00");

    // programmes
    std::string edition_id;
    CLI::App* programmes =
        app.add_subcommand("programmes", "Allocation tables of the programme editions");
    programmes
        ->add_option("--edition", edition_id,
                     "Only this edition: a built-in id, or an edition file (.toml) to check")
        ->type_name("ID");
    programmes->footer(
        "Examples:\n"
        "  mhfund programmes\n"
        "  mhfund programmes --edition sms-2022-cohort7");

    // claims
    scenario_args claims_args;
    std::string claims_file, claims_format, claims_output;
    CLI::App* claims = app.add_subcommand(
        "claims", "Check claims against allocations: allocated, claimed, remaining, findings");
    add_scenario_options(*claims, claims_args);
    claims
        ->add_option("--claims", claims_file,
                     "Claims CSV (participant or workgroup, date, "
                     "category, days or amount, reference)")
        ->type_name("FILE")
        ->required();
    claims->add_option("--format", claims_format, "Output: table, csv, json or xlsx (needs -o)")
        ->type_name("FORMAT")
        ->check(CLI::IsMember({"table", "csv", "json", "xlsx"}));
    claims->add_option("-o,--output", claims_output, "Write to FILE (whole or not at all)")
        ->type_name("FILE");
    claims->footer(
        "Examples:\n"
        "  mhfund claims --claims claims.csv\n"
        "  mhfund claims plan.toml --claims claims.csv -o claims.xlsx\n"
        "\n"
        "Findings (over-allocation, dates outside a programme year or after a withdrawal,\n"
        "duplicate references, unknown participants or categories) are listed with the claim's\n"
        "file and line; they do not change the exit code, which is 0 when the files are valid.");

    // hubs
    CLI::App* hubs = app.add_subcommand("hubs", "The 40 Maths Hubs by region");
    hubs->footer("Examples:\n  mhfund hubs");

    // calendar and deadline (calendar.cpp), eligibility (eligibility.cpp)
    calendar_command calendar_cmd;
    scenario_args calendar_args;
    CLI::App* calendar = add_calendar_command(app, calendar_cmd);
    add_scenario_options(*calendar, calendar_args);
    deadline_command deadline_cmd;
    CLI::App* deadline = add_deadline_command(app, deadline_cmd);
    eligibility_command eligibility_cmd;
    CLI::App* eligibility = add_eligibility_command(app, eligibility_cmd);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
        // Point at the help of the command the user was typing, which has the examples.
        std::string help = "mhfund --help";
        for (const CLI::App* sub : app.get_subcommands({}))
            if (argc > 1 && sub->get_name() == argv[1])
                help = "mhfund " + sub->get_name() + " --help";
        std::cerr << "mhfund: " << e.what() << "\nRun '" << help << "' for usage and examples.\n";
        return exit_usage;
    }

    if (const CLI::Option* o = app.get_subcommands().front()->get_option_no_throw("--output"))
        io::check_output_names(o->results());
    if (forecast->parsed()) {
        forecast_options o;
        o.by = parse_dimensions(by);
        o.period = parse_period_kind(period);
        const std::string fmt_name = output_format(format, output);
        const scenario s = build_scenario(forecast_args);
        if (fmt_name == "table" || fmt_name == "csv" || fmt_name == "json") {
            // These need only the sums: run_forecast never holds all the lines at once.
            const forecast_result r = run_forecast(s, o);
            emit(fmt_name == "csv"    ? format_forecast_csv(r)
                 : fmt_name == "json" ? format_forecast_json(s, r)
                                      : format_forecast_table(s, r),
                 output);
            return exit_ok;
        }
        // The workbook and the page show the lines themselves.
        const expansion e = expand(s);
        if (fmt_name == "xlsx") {
            if (output.empty())
                throw error(errc::usage, "--format xlsx writes a workbook: give it a file with -o");
            write_forecast_xlsx(output, s, e, summarise(e, o));
            return exit_ok;
        }
        // The page charts terms unless months were asked for; its tables are by academic and
        // financial year whatever --period says.
        const period_kind chart =
            o.period == period_kind::month ? period_kind::month : period_kind::term;
        emit(render_forecast_html(s, e, chart), output);
    } else if (explain->parsed()) {
        if (participant_id.empty() && workgroup_id.empty())
            throw error(errc::usage, "explain needs --participant ID or --workgroup ID");
        const scenario s = build_scenario(explain_args);
        emit(participant_id.empty() ? explain_workgroup(s, workgroup_id)
                                    : explain_participant(s, participant_id),
             "");
    } else if (check->parsed()) {
        const scenario s = build_scenario(check_args);
        // The forecast prices every allocation, so a year 3 without an SLE rate fails here too.
        const forecast_result r = run_forecast(s, forecast_options{});
        std::string text = fmt::format("OK: {} participants, {} departments, total {}\n",
                                       s.roster.size(), s.departments.size(), to_display(r.total));
        for (const std::string& w : r.warnings)
            text += "warning: " + w + "\n";
        emit(text, "");
    } else if (claims->parsed()) {
        const std::string fmt_name = output_format(claims_format, claims_output);
        const scenario s = build_scenario(claims_args);
        const std::vector<claim> list = read_claims_file(claims_file);
        const claims_report r = check_claims(s, list);
        if (fmt_name == "xlsx") {
            if (claims_output.empty())
                throw error(errc::usage, "--format xlsx writes a workbook: give it a file with -o");
            write_claims_xlsx(claims_output, s, list, r);
            return exit_ok;
        }
        emit(fmt_name == "csv"    ? format_claims_csv(r)
             : fmt_name == "json" ? format_claims_json(s, r)
                                  : format_claims_table(s, r),
             claims_output);
    } else if (programmes->parsed()) {
        catalogue cat = catalogue::builtin();
        const bool is_file =
            edition_id.size() > 5 && edition_id.compare(edition_id.size() - 5, 5, ".toml") == 0;
        if (is_file) {
            cat.add_file(edition_id);
            edition_id = cat.editions().back().id;
        }
        emit(format_programmes(cat, edition_id), "");
    } else if (hubs->parsed()) {
        emit(format_hubs(), "");
    } else if (calendar->parsed()) {
        emit(run_calendar(build_scenario(calendar_args), calendar_cmd), "");
    } else if (deadline->parsed()) {
        emit(run_deadline(deadline_cmd), "");
    } else if (eligibility->parsed()) {
        emit(run_eligibility(eligibility_cmd), eligibility_cmd.output);
    }
    return exit_ok;
}

}  // namespace

}  // namespace cli
}  // namespace v1
}  // namespace mhfund

int main(int argc, char** argv) {
    // Every failure ends here as one line on stderr and an exit code: never an uncaught
    // exception (which would abort with a core dump and no useful message).
    try {
        return mhfund::cli::run(argc, argv);
    } catch (const mhfund::error& e) {
        std::cerr << "mhfund: " << e.what() << "\n";
        return mhfund::cli::exit_code(e.code());
    } catch (const std::bad_alloc&) {
        std::cerr << "mhfund: out of memory\n";
        return mhfund::cli::exit_input;
    } catch (const std::exception& e) {
        std::cerr << "mhfund: internal error: " << e.what() << "\n";
        return mhfund::cli::exit_internal;
    } catch (...) {
        std::cerr << "mhfund: internal error: unknown exception\n";
        return mhfund::cli::exit_internal;
    }
}
