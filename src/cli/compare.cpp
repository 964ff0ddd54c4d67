// `mhfund compare A B`: two plans, each a scenario or an approved budget, and what differs
// between them per group and period, with the lines behind it and their reasons.
#include <CLI/CLI.hpp>

#include "cli/cli.hpp"
#include "mhfund/compare.hpp"

namespace mhfund {
inline namespace v1 {
namespace cli {

CLI::App* add_compare_command(CLI::App& app, compare_command& c) {
    CLI::App* cmd = app.add_subcommand(
        "compare", "Compare two plans (scenarios or budgets): differences and the lines behind");
    cmd->add_option("A", c.a, "The first plan: a scenario (TOML) or a budget file (JSON)")
        ->type_name("FILE")
        ->required();
    cmd->add_option("B", c.b, "The second plan; differences are B - A")
        ->type_name("FILE")
        ->required();
    cmd->add_option("--by", c.by,
                    "Group by (comma-separated): hub, region, programme, edition, cohort, "
                    "year, participant, workgroup, institution, cost_type, category")
        ->type_name("LIST")
        ->capture_default_str();
    cmd->add_option("--period", c.period, "Periods: academic, financial, term or month")
        ->type_name("PERIOD")
        ->capture_default_str();
    add_output_options(*cmd, c.output,
                       "Output: table, csv or json (default: from -o's extension, else table)",
                       {"table", "csv", "json"});
    cmd->footer(
        "Examples:\n"
        "  mhfund compare budget.json plan.toml --by participant\n"
        "  mhfund compare plan.toml whatif.toml --by programme --period financial\n"
        "\n"
        "Lines are matched by participant (or Work Group department), programme year and\n"
        "category; each differing line says why: a rate, days, a setting, a withdrawal, a\n"
        "participant added or taken off, or a dated change.");
    return cmd;
}

void run_compare(const compare_command& c) {
    forecast_options o;
    o.by = parse_dimensions(c.by);
    o.period = parse_period_kind(c.period);
    const std::string format = output_format(c.output);
    if (format != "table" && format != "csv" && format != "json")
        throw error(errc::usage, "compare writes a table, csv or json, not " + format);
    // A first, then B: an error names the first bad file of the two.
    const plan_source a = read_plan(c.a);
    const plan_source b = read_plan(c.b);
    const comparison r = compare(a, b, o);
    emit(format == "csv"    ? format_comparison_csv(r)
         : format == "json" ? format_comparison_json(r)
                            : format_comparison_table(r),
         c.output.path);
}

}  // namespace cli
}  // namespace v1
}  // namespace mhfund
