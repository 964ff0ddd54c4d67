// `mhfund forecast`: spending by group and period, as a table, CSV, JSON, a workbook with live
// formulas or an HTML page (interfaces.md, "The command-line tool").
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/cli.hpp"
#include "mhfund/forecast.hpp"
#include "mhfund/report.hpp"

namespace mhfund {
inline namespace v1 {
namespace cli {

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
        "\n"
        "Periods are labelled 2024/25 (academic), FY2024-25 (financial), 2024/25 autumn (term),\n"
        "2024-09 (month). Every grouping and period gives the same grand total.");
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
std::vector<report_input> input_files(const scenario_args& a) {
    std::vector<report_input> out;
    auto add = [&](const std::string& path) {
        std::error_code ec;
        const std::uintmax_t bytes = std::filesystem::file_size(path, ec);
        if (!ec) out.push_back({path, bytes, ""});
    };
    if (!a.path.empty()) add(a.path);
    for (const auto* list : {&a.rosters, &a.workgroups, &a.changes, &a.editions})
        for (const std::string& path : *list)
            add(path);
    return out;
}

}  // namespace

void run_forecast(const forecast_command& c) {
    forecast_options o;
    o.by = parse_dimensions(c.by);
    o.period = parse_period_kind(c.period);
    const std::string format = output_format(c.output);
    const scenario s = build_scenario(c.scenario);
    if (format == "table" || format == "csv" || format == "json") {
        // These need only the sums: the library's run_forecast never holds all the lines at once.
        const forecast_result r = mhfund::run_forecast(s, o);
        emit(format == "csv"    ? format_forecast_csv(r)
             : format == "json" ? format_forecast_json(s, r)
                                : format_forecast_table(s, r),
             c.output.path);
        return;
    }
    // The workbook and the page show the lines themselves.
    const expansion e = expand(s);
    if (format == "xlsx") {
        if (c.output.path.empty())
            throw error(errc::usage, "--format xlsx writes a workbook: give it a file with -o");
        write_forecast_xlsx(c.output.path, s, e, summarise(e, o));
        return;
    }
    // The page charts terms unless months were asked for; its breakdown is --by and --period.
    html_options h;
    h.view = o;
    h.chart_period = o.period == period_kind::month ? period_kind::month : period_kind::term;
    h.generated = generation_time();
    h.inputs = input_files(c.scenario);
    emit(render_forecast_html(s, e, h), c.output.path);
}

}  // namespace cli
}  // namespace v1
}  // namespace mhfund
