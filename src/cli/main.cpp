// The `mhfund` command-line tool: the commands wired together, and the one mapping from errors
// to exit codes (interfaces.md, "The command-line tool"). Each command lives in its own file
// (cli.hpp lists them). Exit codes: 0 ok, 1 input error, 2 usage error, 3 internal error (a
// bug). No exception leaves main.
#include <algorithm>
#include <iostream>
#include <new>
#include <string>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "cli/cli.hpp"
#include "io/output_file.hpp"
#include "mhfund/catalogue.hpp"
#include "mhfund/detail/text.hpp"
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

/// Every command's parsed values, one struct per command.
struct commands {
    forecast_command forecast;
    explain_command explain;
    check_command check;
    programmes_command programmes;
    claims_command claims;
    outturn_command outturn;
    hubs_command hubs;
    calendar_command calendar;
    deadline_command deadline;
    eligibility_command eligibility;
    budget_command budget;
    compare_command compare;
};

void describe_app(CLI::App& app) {
    // The version names the data built into the tool as well, since a figure depends on both:
    // the editions, and the rate card by the date of its latest value.
    app.set_version_flag("--version", [] {
        const catalogue& builtin = catalogue::builtin();
        date rates_from = beginning_of_time();
        for (const rate_def& r : builtin.rates().rates())
            for (const rate_value& v : r.values)
                rates_from = std::max(rates_from, v.from);
        return fmt::format(
            "mhfund {}\nBuilt-in editions: {}\nBuilt-in rate card: latest value "
            "effective {}",
            version_string(),
            detail::join(builtin.editions(), ", ",
                         [](const edition& e) -> const std::string& { return e.id; }),
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
}

/// A usage error: CLI11's message and where to find the help of the command the user was
/// typing, which has the examples.
int usage_error(const CLI::App& app, const CLI::ParseError& e, int argc, char** argv) {
    std::string help = "mhfund --help";
    for (const CLI::App* sub : app.get_subcommands({}))
        if (argc > 1 && sub->get_name() == argv[1]) help = "mhfund " + sub->get_name() + " --help";
    std::cerr << "mhfund: " << e.what() << "\nRun '" << help << "' for usage and examples.\n";
    return exit_usage;
}

int run(int argc, char** argv) {
    CLI::App app{
        "mhfund: funding and release time of the Maths Hubs teaching-for-mastery programmes",
        "mhfund"};
    describe_app(app);
    // Added in the order `mhfund --help` lists them.
    commands c;
    const CLI::App* forecast = add_forecast_command(app, c.forecast);
    const CLI::App* explain = add_explain_command(app, c.explain);
    const CLI::App* check = add_check_command(app, c.check);
    const CLI::App* programmes = add_programmes_command(app, c.programmes);
    const CLI::App* claims = add_claims_command(app, c.claims);
    const CLI::App* outturn = add_outturn_command(app, c.outturn);
    const CLI::App* hubs = add_hubs_command(app, c.hubs);
    const CLI::App* calendar = add_calendar_command(app, c.calendar);
    const CLI::App* deadline = add_deadline_command(app, c.deadline);
    const CLI::App* eligibility = add_eligibility_command(app, c.eligibility);
    const CLI::App* budget = add_budget_command(app, c.budget);
    const CLI::App* compare = add_compare_command(app, c.compare);
    std::string help_topic;
    const CLI::App* help = add_help_command(app, help_topic);

    // A first word that is not an option must be a command: say which one was meant, rather
    // than CLI11's "A subcommand is required".
    if (argc > 1 && argv[1][0] != '-') check_command_name(app, argv[1]);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
        return usage_error(app, e, argc, argv);
    }
    if (const CLI::Option* o = app.get_subcommands().front()->get_option_no_throw("--output"))
        io::check_output_names(o->results());

    // Exactly one command was given (require_subcommand(1)).
    if (forecast->parsed())
        run_forecast(c.forecast);
    else if (explain->parsed())
        run_explain(c.explain);
    else if (check->parsed())
        return run_check(c.check);
    else if (programmes->parsed())
        run_programmes(c.programmes);
    else if (claims->parsed())
        run_claims(c.claims);
    else if (outturn->parsed())
        run_outturn(c.outturn);
    else if (hubs->parsed())
        run_hubs(c.hubs);
    else if (calendar->parsed())
        run_calendar(c.calendar);
    else if (deadline->parsed())
        run_deadline(c.deadline);
    else if (eligibility->parsed())
        run_eligibility(c.eligibility);
    else if (budget->parsed())
        run_budget(c.budget);
    else if (compare->parsed())
        run_compare(c.compare);
    else if (help->parsed())
        run_help(app, help_topic);
    return exit_ok;
}

}  // namespace

}  // namespace cli
}  // namespace v1
}  // namespace mhfund

int main(int argc, char** argv) {
    // Every failure ends here as one line on stderr and an exit code: never an uncaught
    // exception (which would abort with a core dump and no useful message).
    namespace cli = mhfund::cli;
    try {
        return cli::run(argc, argv);
    } catch (const mhfund::error& e) {
        std::cerr << "mhfund: " << e.what() << "\n";
        return cli::exit_code(e.code());
    } catch (const std::bad_alloc&) {
        std::cerr << "mhfund: out of memory\n";
        return cli::exit_input;
    } catch (const std::exception& e) {
        std::cerr << "mhfund: internal error: " << e.what() << "\n";
        return cli::exit_internal;
    } catch (...) {
        std::cerr << "mhfund: internal error: unknown exception\n";
        return cli::exit_internal;
    }
}
