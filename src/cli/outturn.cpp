// `mhfund outturn`: actual to date, expected but not yet claimed, and still to come, per group
// and period, as of a date (domain.md 9.4), as a table, CSV or JSON.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <unordered_map>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cli/cli.hpp"
#include "mhfund/budget.hpp"
#include "mhfund/outturn.hpp"
#include "mhfund/report.hpp"

namespace mhfund {
inline namespace v1 {
namespace cli {

CLI::App* add_outturn_command(CLI::App& app, outturn_command& c) {
    CLI::App* cmd = app.add_subcommand(
        "outturn", "Outturn as of a date: actual, unclaimed, still to come, by group and period");
    add_scenario_options(*cmd, c.scenario);
    cmd->add_option("--claims", c.claims_files,
                    "Claims CSV (repeatable; default: the scenario's `claims` files)")
        ->type_name("FILE")
        ->allow_extra_args(false);
    cmd->add_option("--as-of", c.as_of,
                    "T: claims dated before it are actual (YYYY-MM-DD); a claim dated on T is not "
                    "yet")
        ->type_name("DATE")
        ->required();
    cmd->add_option("--budget", c.budget,
                    "Approved budget (written by `mhfund budget`): adds budget and variance")
        ->type_name("FILE");
    cmd->add_option("--by", c.by,
                    "Group by (comma-separated): hub, region, programme, edition, cohort, "
                    "year, participant, workgroup, institution, cost_type, category")
        ->type_name("LIST")
        ->capture_default_str();
    cmd->add_option("--period", c.period, "Periods: academic, financial, term or month")
        ->type_name("PERIOD")
        ->capture_default_str();
    add_output_options(*cmd, c.output, "Output: table, csv or json", {"table", "csv", "json"});
    cmd->footer(
        "Examples:\n"
        "  mhfund outturn plan.toml --claims claims.csv --as-of 2024-04-01\n"
        "  mhfund outturn plan.toml --as-of 2024-04-01 --by institution --period month "
        "--format csv\n"
        "\n"
        "Per allocation (domain.md 9.4): actual = claims dated before the as-of date; unclaimed\n"
        "= what the forecast accrued by then less what was claimed, shown on the as-of date;\n"
        "to come = the rest of the allocation, phased over what is left of its window. The\n"
        "outturn is actual + unclaimed + to come: the allocation, or what was claimed when that\n"
        "is more. Claims that match no allocation count in actual and outturn.");
    return cmd;
}

namespace {

std::vector<claim> claims_of(const outturn_command& c, const scenario& s) {
    const std::vector<std::string>& files =
        c.claims_files.empty() ? s.claims_files : c.claims_files;
    if (files.empty())
        throw error(errc::usage,
                    "outturn needs claims: give --claims FILE, or name them in the scenario "
                    "(claims = \"claims.csv\")");
    std::vector<claim> out;
    for (const std::string& f : files) {
        std::vector<claim> more = read_claims_file(f);
        out.insert(out.end(), std::make_move_iterator(more.begin()),
                   std::make_move_iterator(more.end()));
    }
    return out;
}

date as_of_date(const std::string& text) {
    try {
        return parse_date(text);
    } catch (const error& e) {
        throw error(errc::usage, "--as-of: " + e.detail());
    }
}

/// Rule 14: each row's budget(P) from the approved budget, by the outturn's grouping and
/// period. Inputs changed since the budget was saved are said on standard error: the budget
/// still reads, as the approved figure.
void add_budget(outturn_result& r, const std::string& path) {
    const budget b = read_budget_file(path);
    for (const input_difference& d : changed_inputs(b))
        std::fprintf(stderr,
                     "mhfund: note: %s: %s %s has changed since the budget was saved "
                     "(saved %s, now %s)\n",
                     path.c_str(), d.role.c_str(), d.name.c_str(), d.saved.c_str(),
                     d.current.c_str());
    forecast_options o;
    o.by = r.by;
    o.period = r.period_type;
    const forecast_result planned = b.summarise(o);
    std::unordered_map<std::string, money> amounts;
    const auto key = [](const std::vector<std::string>& keys, const period& p) {
        return fmt::format("{}\x1e{}", fmt::join(keys, "\x1f"), p.label());
    };
    for (const forecast_row& row : planned.rows)
        amounts[key(row.keys, row.when)] = row.amount;
    set_budget(r, [&](const std::vector<std::string>& keys, const period& p) {
        const auto it = amounts.find(key(keys, p));
        return it == amounts.end() ? std::optional<money>() : std::optional<money>(it->second);
    });
}

}  // namespace

void run_outturn(const outturn_command& c) {
    outturn_options o;
    o.by = parse_dimensions(c.by);
    o.period = parse_period_kind(c.period);
    o.as_of = as_of_date(c.as_of);
    const std::string format = output_format(c.output);
    const scenario s = build_scenario(c.scenario);
    const std::vector<claim> claims = claims_of(c, s);
    outturn_result r = mhfund::run_outturn(s, claims, o);
    if (!c.budget.empty()) add_budget(r, c.budget);
    emit(format == "csv"    ? format_outturn_csv(r)
         : format == "json" ? format_outturn_json(s, r)
                            : format_outturn_table(s, r, text_options{terminal_width(c.output)}),
         c.output.path);
}

}  // namespace cli
}  // namespace v1
}  // namespace mhfund
