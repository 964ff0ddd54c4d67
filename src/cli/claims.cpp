// `mhfund claims`: claims checked against allocations (allocated, claimed, remaining) with the
// findings, as a table, CSV, JSON or a workbook.
#include <CLI/CLI.hpp>

#include "cli/cli.hpp"
#include "mhfund/claims.hpp"
#include "mhfund/outturn.hpp"
#include "mhfund/report.hpp"

namespace mhfund {
inline namespace v1 {
namespace cli {

CLI::App* add_claims_command(CLI::App& app, claims_command& c) {
    CLI::App* cmd = app.add_subcommand(
        "claims", "Check claims against allocations: allocated, claimed, remaining, findings");
    add_scenario_options(*cmd, c.scenario);
    cmd->add_option("--claims", c.claims_file,
                    "Claims CSV (participant or workgroup, date, "
                    "category, days or amount, reference)")
        ->type_name("FILE")
        ->required();
    cmd->add_option("--by", c.by,
                    "Allocated and claimed by group (comma-separated): hub, region, programme, "
                    "edition, cohort, year, participant, workgroup, institution, cost_type, "
                    "category")
        ->type_name("LIST");
    cmd->add_option("--period", c.period,
                    "Allocated and claimed by period: academic, financial, term or month")
        ->type_name("PERIOD");
    cmd->add_option("--as-of", c.as_of, "Count only the claims dated before DATE (YYYY-MM-DD)")
        ->type_name("DATE");
    add_output_options(*cmd, c.output, "Output: table, csv, json or xlsx (needs -o)",
                       {"table", "csv", "json", "xlsx"});
    cmd->footer(
        "Examples:\n"
        "  mhfund claims --claims claims.csv\n"
        "  mhfund claims plan.toml --claims claims.csv -o claims.xlsx\n"
        "  mhfund claims --claims claims.csv --by programme --period financial\n"
        "\n"
        "Findings (over-allocation, dates outside a programme year or after a withdrawal,\n"
        "duplicate references, unknown participants or categories) are listed with the claim's\n"
        "file and line; they do not change the exit code, which is 0 when the files are valid.");
    return cmd;
}

namespace {

/// `--by`, `--period` or `--as-of`: allocated beside claimed by group and period.
void run_claims_by_period(const claims_command& c, const std::string& format) {
    forecast_options o;
    o.by = parse_dimensions(c.by.empty() ? "programme" : c.by);
    o.period = parse_period_kind(c.period.empty() ? "academic" : c.period);
    std::optional<date> as_of;
    if (!c.as_of.empty()) try {
            as_of = parse_date(c.as_of);
        } catch (const error& e) {
            throw error(errc::usage, "--as-of: " + e.detail());
        }
    if (format == "xlsx")
        throw error(errc::usage, "--by, --period and --as-of write a table, CSV or JSON");
    const scenario s = build_scenario(c.scenario);
    const claims_by_period_result r =
        claims_by_period(s, read_claims_file(c.claims_file), o, as_of);
    emit(format == "csv"    ? format_claims_by_period_csv(r)
         : format == "json" ? format_claims_by_period_json(s, r)
                            : format_claims_by_period_table(s, r),
         c.output.path);
}

}  // namespace

void run_claims(const claims_command& c) {
    const std::string format = output_format(c.output);
    if (!c.by.empty() || !c.period.empty() || !c.as_of.empty())
        return run_claims_by_period(c, format);
    const scenario s = build_scenario(c.scenario);
    const std::vector<claim> list = read_claims_file(c.claims_file);
    const claims_report r = check_claims(s, list);
    if (format == "xlsx") {
        if (output_file(c.output).empty())
            throw error(errc::usage, "--format xlsx writes a workbook: give it a file with -o");
        write_claims_xlsx(c.output.path, s, list, r);
        return;
    }
    emit(format == "csv"    ? format_claims_csv(r)
         : format == "json" ? format_claims_json(s, r)
                            : format_claims_table(s, r, text_options{terminal_width(c.output)}),
         c.output.path);
}

}  // namespace cli
}  // namespace v1
}  // namespace mhfund
