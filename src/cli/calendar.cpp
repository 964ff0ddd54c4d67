// `mhfund calendar`: a hub's dated commitments and deadlines, from the key dates of the editions
// its rosters use (key_dates.hpp).
#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "cli/cli.hpp"
#include "mhfund/programme_calendar.hpp"
#include "report/text_layout.hpp"

namespace mhfund {
inline namespace v1 {
namespace cli {

CLI::App* add_calendar_command(CLI::App& app, calendar_command& c) {
    CLI::App* cmd = app.add_subcommand(
        "calendar", "Key dates, deadlines and commitments of the programmes a hub runs");
    cmd->add_option("--from", c.from, "Only what has not ended before this date (YYYY-MM-DD)")
        ->type_name("DATE");
    cmd->add_flag("--all", c.all,
                  "Every edition in full, not only those the scenario's rosters use");
    cmd->footer(
        "Examples:\n"
        "  mhfund calendar\n"
        "  mhfund calendar --from 2024-09-01\n"
        "  mhfund calendar plan.toml --all\n"
        "\n"
        "Covers the editions the scenario's roster and work groups use (key dates of a cohort\n"
        "only for cohorts on the roster) and the known application deadlines of every other\n"
        "edition; with no edition in use, or --all, every edition in full. Times are UK local\n"
        "time (GMT, or BST in summer), with the UTC instant of each deadline. A month or a term\n"
        "sorts at its first day; dates the documents do not give are listed last, never guessed.");
    // After --from and --all, so that the help lists the command's own options first.
    add_scenario_options(*cmd, c.scenario);
    return cmd;
}

namespace {

std::string format_calendar(const scenario& s, const calendar_options& o) {
    const std::vector<calendar_item> items = hub_calendar(s, o);

    const bool bracketed = !s.file.empty() && s.file.front() == '(';
    std::string out = fmt::format("Calendar: {} {}{}{}\n", s.name, bracketed ? "" : "(", s.file,
                                  bracketed ? "" : ")");
    out += "UK local time (GMT, or BST in summer); deadlines also in UTC";
    if (o.from) out += "; from " + to_string(*o.from);
    out += "\n\n";
    // Each item takes two rows: when, edition and what; then its source under what.
    std::vector<std::vector<std::string>> dated;
    std::string undated;
    for (const calendar_item& i : items) {
        std::string what = i.what;
        if (!i.cohort.empty()) what += " [cohort " + i.cohort + "]";
        if (!i.dated()) {
            undated += fmt::format("  {}  {}\n    ({}{}{})\n", i.edition, what, i.note,
                                   i.note.empty() || i.source.empty() ? "" : "; ", i.source);
            continue;
        }
        if (i.kind == calendar_item_kind::deadline)
            what += ": on time up to " + to_utc_text(i.deadline->last_on_time());
        if (!i.note.empty()) what += " (" + i.note + ")";
        dated.push_back({i.when_text(), i.edition, what});
        if (!i.source.empty()) dated.push_back({"", "", "  " + i.source});
    }
    if (dated.empty()) {
        out += "  (no dated items)\n";
    } else {
        out += indent_lines(detail::layout_columns(dated, {false, false, false}), "  ");
    }
    if (!undated.empty()) out += "\nNot dated by the documents (kept as unknown):\n" + undated;
    return out;
}

}  // namespace

void run_calendar(const calendar_command& c) {
    const scenario s = build_scenario(c.scenario);
    calendar_options o;
    o.all = c.all;
    if (!c.from.empty()) {
        try {
            o.from = parse_date(c.from);
        } catch (const error& e) {
            throw error(errc::usage, "--from: " + e.detail());
        }
    }
    emit(format_calendar(s, o), "");
}

}  // namespace cli
}  // namespace v1
}  // namespace mhfund
