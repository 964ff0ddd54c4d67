// `mhfund forecast`: spending by group and period, as a table, CSV, JSON, a workbook with live
// formulas or an HTML page (interfaces.md, "The command-line tool").
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/cli.hpp"
#include "mhfund/budget.hpp"
#include "mhfund/forecast.hpp"
#include "mhfund/report.hpp"

namespace mhfund {
inline namespace v1 {
namespace cli {

namespace {

void add_selection_options(CLI::App& cmd, forecast_command& c) {
    cmd.add_option("--where", c.where,
                   "Only the lines whose values match (repeatable; a key given twice: either "
                   "value; different keys: both): KEY=VALUE[,KEY=VALUE...], keys as --by's")
        ->type_name("FILTER")
        ->allow_extra_args(false);
    cmd.add_option("--from", c.from,
                   "Only money from this day: a date, a month (2024-09, 2024/09), 2024/25 or "
                   "FY2024-25 (its first day)")
        ->type_name("WHEN");
    cmd.add_option("--to", c.to,
                   "Only money up to this day, inclusive (the last day of a month "
                   "or year named)")
        ->type_name("WHEN");
    cmd.add_option("-p,--span", c.span,
                   "The days as hledger writes them: 'from 2024/09 to 2025/08' (to: inclusive)")
        ->type_name("SPAN")
        ->excludes("--from")
        ->excludes("--to");
    cmd.add_flag("--notes", c.notes,
                 "List every warning and note (a table counts them by kind "
                 "when there are more than 10)");
    cmd.add_flag("--transpose", c.transpose, "Table: periods as rows, groups as columns");
}

forecast_options options_of(const forecast_command& c) {
    forecast_options o;
    o.by = parse_dimensions(c.by);
    o.period = parse_period_kind(c.period);
    for (const std::string& w : c.where)
        merge_where(o.where, parse_where(w));
    o.within = c.span.empty() ? days_between(c.from, c.to) : parse_period_expression(c.span);
    return o;
}

}  // namespace

CLI::App* add_forecast_command(CLI::App& app, forecast_command& c) {
    CLI::App* cmd = app.add_subcommand("forecast", "Forecast spending by group and period");
    add_scenario_options(*cmd, c.scenario);
    cmd->add_option("--by", c.by,
                    "Group by (comma-separated): hub, region, programme, edition, cohort, "
                    "year, participant, workgroup, institution, cost_type, category")
        ->type_name("LIST")
        ->capture_default_str();
    cmd->add_option("--period", c.period, "Periods: academic, financial, term or month")
        ->type_name("PERIOD")
        ->capture_default_str();
    add_selection_options(*cmd, c);
    add_output_options(*cmd, c.output,
                       "Output: table, csv, json, xlsx (a workbook with live formulas; needs -o) "
                       "or html (one self-contained page with a chart) (default: from -o's "
                       "extension, else table)",
                       {"table", "csv", "json", "xlsx", "html"});
    cmd->footer(
        "Examples:\n"
        "  mhfund forecast --by programme,cohort --period financial\n"
        "  mhfund forecast --roster roster.csv --set sle_rate=350.00 --format csv -o forecast.csv\n"
        "  mhfund forecast plan.toml --by hub,cost_type --period month --format json -o f.json\n"
        "  mhfund forecast -o budget.xlsx\n"
        "  mhfund forecast --format html -o report.html\n"
        "  mhfund forecast --where hub=EE1,cohort=7 --from 2024/25 --to 2025/26\n"
        "  mhfund forecast --period month -p 'from 2024/09 to 2025/08' --notes\n"
        "\n"
        "Periods are labelled 2024/25 (academic), FY2024-25 (financial), 2024/25 autumn (term),\n"
        "2024-09 (month). Every grouping and period gives the same grand total. With --from,\n"
        "--to or -p the totals are of those days alone (a period the range cuts shows its part\n"
        "inside it). A table wider than the terminal (COLUMNS, else 80 when not a terminal)\n"
        "wraps into blocks of periods, each repeating the row labels.");
    return cmd;
}

namespace {

/// When the page was written, in UTC: SOURCE_DATE_EPOCH when set (reproducible builds' common
/// convention, so a page can be written again byte for byte), otherwise now.
std::string generation_time() {
    std::time_t t = std::time(nullptr);
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
        char* end = nullptr;
        const long long v = std::strtoll(epoch, &end, 10);
        if (*end != '\0' || v < 0)
            throw error(errc::usage, std::string("SOURCE_DATE_EPOCH is '") + epoch +
                                         "': expected whole seconds since 1970-01-01 UTC");
        t = static_cast<std::time_t>(v);
    }
    std::tm tm{};
    gmtime_r(&t, &tm);
    char text[64];
    std::strftime(text, sizeof text, "%d %B %Y %H:%M UTC", &tm);
    return text[0] == '0' ? std::string(text + 1) : std::string(text);
}

/// The files named on the command line, with their sizes. Fingerprint hook: report_input::
/// sha256 is left empty until the library offers a file digest; the page then shows the size.
/// Every input the forecast rests on, with its fingerprint: the files the scenario names as
/// well as those on the command line, and the built-in data it used (the same list a budget
/// saves, so a page and a budget of one plan show the same fingerprints).
std::vector<report_input> input_files(const scenario& s) {
    std::vector<report_input> out;
    for (const input_fingerprint& f : fingerprint_inputs(s)) {
        std::error_code ec;
        const std::uintmax_t bytes = std::filesystem::file_size(f.name, ec);
        out.push_back({f.role + ": " + f.name, ec ? 0 : bytes, f.sha256});
    }
    return out;
}

}  // namespace

void run_forecast(const forecast_command& c) {
    const forecast_options o = options_of(c);
    const std::string format = output_format(c.output);
    const scenario s = build_scenario(c.scenario);
    if (format == "table" || format == "csv" || format == "json") {
        // These need only the sums: the library's run_forecast never holds all the lines at once.
        const forecast_result r = mhfund::run_forecast(s, o);
        text_options t;
        t.width = terminal_width(c.output);
        t.transpose = c.transpose;
        t.all_findings = c.notes;
        emit(format == "csv"    ? format_forecast_csv(r)
             : format == "json" ? format_forecast_json(s, r)
                                : format_forecast_table(s, r, t),
             c.output.path);
        return;
    }
    if (!o.where.empty() || o.within)
        throw error(errc::usage,
                    "--where, --from, --to and -p apply to the table, CSV and JSON; "
                    "the " +
                        format + " report shows the whole plan");
    // The workbook and the page show the lines themselves.
    const expansion e = expand(s);
    if (format == "xlsx") {
        if (output_file(c.output).empty())
            throw error(errc::usage, "--format xlsx writes a workbook: give it a file with -o");
        write_forecast_xlsx(c.output.path, s, e, summarise(e, o));
        return;
    }
    // The page charts terms unless months were asked for; its breakdown is --by and --period.
    html_options h;
    h.view = o;
    h.chart_period = o.period == period_kind::month ? period_kind::month : period_kind::term;
    h.generated = generation_time();
    h.inputs = input_files(s);
    emit(render_forecast_html(s, e, h), c.output.path);
}

}  // namespace cli
}  // namespace v1
}  // namespace mhfund
