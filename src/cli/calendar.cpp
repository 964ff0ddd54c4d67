// `mhfund calendar` (a hub's dated commitments and deadlines) and `mhfund deadline` (was a
// submission on time?). The data are the editions' key dates (key_dates.hpp).
#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "cli/cli.hpp"
#include "mhfund/programme_calendar.hpp"

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
    return cmd;
}

std::string run_calendar(const scenario& s, const calendar_command& c) {
    calendar_options o;
    o.all = c.all;
    if (!c.from.empty()) {
        try {
            o.from = parse_date(c.from);
        } catch (const error& e) {
            throw error(errc::usage, "--from: " + e.detail());
        }
    }
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
        for (const std::string& line : detail::layout_columns(dated, {false, false, false}))
            out += "  " + line + "\n";
    }
    if (!undated.empty()) out += "\nNot dated by the documents (kept as unknown):\n" + undated;
    return out;
}

CLI::App* add_deadline_command(CLI::App& app, deadline_command& c) {
    CLI::App* cmd = app.add_subcommand(
        "deadline", "Whether an application submitted at a given time met its deadline");
    cmd->add_option("--edition", c.edition,
                    "The edition applied to: a built-in id, or an edition file (.toml)")
        ->type_name("ID")
        ->required();
    cmd->add_option("--submitted", c.submitted,
                    "When it was submitted: ISO 8601 with an offset (2025-03-14T16:59:00+00:00, "
                    "…Z) or UK local time (2025-03-14 16:59)")
        ->type_name("TIME")
        ->required();
    cmd->footer(
        "Examples:\n"
        "  mhfund deadline --edition sms-2025-26 --submitted 2025-03-14T16:59:00+00:00\n"
        "  mhfund deadline --edition wg-2024 --submitted '2024-06-28 23:30'\n"
        "\n"
        "Deadlines are UK local time: \"by 5pm\" includes 17:00:00; a day without a time\n"
        "includes the whole day (on time up to 23:59:59 local time). A time without an offset is\n"
        "UK local time, and one the clocks skip or repeat must be given with its offset. The\n"
        "first word of the answer is 'on time' or 'late'; the exit code is 0 for both.");
    return cmd;
}

std::string run_deadline(const deadline_command& c) {
    catalogue cat = catalogue::builtin();
    std::string id = c.edition;
    if (id.size() > 5 && id.compare(id.size() - 5, 5, ".toml") == 0) {
        cat.add_file(id);
        id = cat.editions().back().id;
    }
    const edition& e = cat.get(id);
    const deadline_result r = check_deadline(e, c.submitted);
    std::string out = r.message + "\n";
    out += fmt::format("edition: {} ({})\n", e.id, e.title);
    if (!e.deadline->source.empty()) out += "deadline: " + e.deadline->source + "\n";
    return out;
}

}  // namespace cli
}  // namespace v1
}  // namespace mhfund
