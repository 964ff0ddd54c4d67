// `mhfund deadline`: whether an application submitted at a given time met its edition's
// deadline, in UK local time (key_dates.hpp, uk_time.hpp).
#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "cli/cli.hpp"
#include "mhfund/programme_calendar.hpp"

namespace mhfund {
inline namespace v1 {
namespace cli {

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

void run_deadline(const deadline_command& c) {
    catalogue cat = catalogue::builtin();
    const edition& e = cat.get(edition_argument(cat, c.edition));
    const deadline_result r = check_deadline(e, c.submitted);
    std::string out = r.message + "\n";
    out += fmt::format("edition: {} ({})\n", e.id, e.title);
    if (!e.deadline->source.empty()) out += "deadline: " + e.deadline->source + "\n";
    emit(out, "");
}

}  // namespace cli
}  // namespace v1
}  // namespace mhfund
