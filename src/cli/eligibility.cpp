// `mhfund eligibility`: an applications CSV checked against each edition's essential criteria
// (applications.hpp), one block (or CSV rows) per applicant.
#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "cli/cli.hpp"
#include "io/csv.hpp"
#include "mhfund/applications.hpp"
#include "mhfund/detail/text.hpp"
#include "mhfund/edition.hpp"

namespace mhfund {
inline namespace v1 {
namespace cli {

namespace {

std::string_view outcome_text(criterion_result::status s) {
    switch (s) {
        case criterion_result::status::met:
            return "met";
        case criterion_result::status::unmet:
            return "unmet";
        case criterion_result::status::recorded:
            return "recorded";
    }
    return "?";
}

/// The essential or desirable criteria of `a` that are statements (recorded as given) or not
/// (checked, with their outcome), each as "id given".
std::vector<std::string> items_of(const application_result& a, bool essential, bool statements) {
    std::vector<std::string> out;
    for (const criterion_result& r : a.results) {
        if (r.essential != essential) continue;
        if ((r.check == criterion_check::statement) != statements) continue;
        std::string item = r.id + " " + r.given;
        if (!statements) item += " (" + std::string(outcome_text(r.outcome)) + ")";
        out.push_back(std::move(item));
    }
    return out;
}

}  // namespace

std::string format_eligibility_table(const applications_report& r) {
    std::string out = fmt::format(
        "Eligibility: {}, {} application{}\n"
        "Essential criteria a column can show are checked; statements are recorded as given,\n"
        "never judged (the selection is the hub's); desirable criteria are never required.\n",
        r.file, r.results.size(), r.results.size() == 1 ? "" : "s");
    for (const application_result& a : r.results) {
        const auto unmet = a.unmet();
        out += fmt::format("\n{}  {}  {}  line {}: ", a.applicant, a.edition, a.hub, a.where.line);
        if (unmet.empty())
            out += "meets the checked essential criteria\n";
        else
            out += fmt::format("REFUSED, {} essential criteri{} unmet\n", unmet.size(),
                               unmet.size() == 1 ? "on" : "a");
        for (const criterion_result* u : unmet)
            out += fmt::format("  {}{}: {}{}\n", to_prefix(u->where), u->text, u->reason,
                               u->source.empty() ? "" : " (" + u->source + ")");
        if (auto s = items_of(a, true, true); !s.empty())
            out += "  recorded: " + detail::join(s, ", ") + "\n";
        std::vector<std::string> desirable = items_of(a, false, false);
        for (std::string& s : items_of(a, false, true))
            desirable.push_back(std::move(s));
        if (!desirable.empty())
            out += "  desirable (never required): " + detail::join(desirable, ", ") + "\n";
        if (!a.commitments.empty()) {
            out += "  commitments the school signs up to (003 form, with the edition's figures):\n";
            for (const std::string& c : a.commitments)
                out += "    - " + c + "\n";
        }
    }
    const std::size_t ok = r.eligible_count();
    out +=
        fmt::format("\n{} of {} application{} meet{} the checked essential criteria; {} refused\n",
                    ok, r.results.size(), r.results.size() == 1 ? "" : "s", ok == 1 ? "s" : "",
                    r.results.size() - ok);
    return out;
}

std::string format_eligibility_csv(const applications_report& r) {
    std::string out;
    io::append_csv_report_row(out, {"applicant", "edition", "hub", "line", "criterion", "level",
                                    "check", "outcome", "field", "given", "reason", "source"});
    for (const application_result& a : r.results)
        for (const criterion_result& c : a.results)
            io::append_csv_report_row(
                out,
                {a.applicant, a.edition, a.hub, std::to_string(a.where.line), c.id,
                 c.essential ? "essential" : "desirable", std::string(to_string(c.check)),
                 std::string(outcome_text(c.outcome)), c.where.field, c.given, c.reason, c.source});
    return out;
}

CLI::App* add_eligibility_command(CLI::App& app, eligibility_command& c) {
    CLI::App* cmd = app.add_subcommand(
        "eligibility", "Check applications against each edition's essential criteria");
    cmd->add_option("FILE", c.file,
                    "Applications CSV: applicant, edition, hub, and the columns the criteria "
                    "read (qts, ect, years_teaching_maths, phase, state_funded, …)")
        ->type_name("FILE")
        ->required();
    cmd->add_option("--edition", c.edition,
                    "Only applications to this edition (a built-in id or an edition file); rows "
                    "without an edition are taken to be for it")
        ->type_name("ID");
    add_output_options(*cmd, c.output, "Output: table or csv (default: from -o, else table)",
                       {"table", "csv"});
    cmd->footer(
        "Examples:\n"
        "  mhfund eligibility applications.csv\n"
        "  mhfund eligibility applications.csv --edition wg-2024 --format csv -o checked.csv\n"
        "\n"
        "Each unmet essential criterion is named with the file, line and column it was read\n"
        "from. A blank value is unmet (003: a blank TRN makes an application unprocessable); a\n"
        "value in the wrong form (a TRN, URN, yes/no, number, phase or hub code) is an input\n"
        "error and nothing is written. Refusals do not change the exit code, which is 0 when\n"
        "the file is valid. Column reference: docs/design/calendar-and-eligibility.md.");
    return cmd;
}

void run_eligibility(const eligibility_command& c) {
    catalogue cat = catalogue::builtin();
    const std::string only = edition_argument(cat, c.edition);
    const std::vector<application> apps = read_applications_file(c.file, cat, only);
    const applications_report r = check_applications(apps, cat, c.file);
    // Only CSV has a form of its own: any other extension of -o gets the table.
    emit(output_format(c.output) == "csv" ? format_eligibility_csv(r) : format_eligibility_table(r),
         c.output.path);
}

}  // namespace cli
}  // namespace v1
}  // namespace mhfund
