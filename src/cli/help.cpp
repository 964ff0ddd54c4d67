// `mhfund help [COMMAND]`, and the nearest command to a mistyped one ("did you mean").
#include <algorithm>
#include <iostream>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/cli.hpp"
#include "mhfund/detail/text.hpp"

namespace mhfund {
inline namespace v1 {
namespace cli {

namespace {

/// Levenshtein distance: the fewest single-letter insertions, deletions and substitutions
/// that turn `a` into `b` (so a swap of two neighbours costs 2: forecsat -> forecast).
std::size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] =
                std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::vector<std::string> command_names(const CLI::App& app) {
    std::vector<std::string> out;
    for (const CLI::App* sub : app.get_subcommands({}))
        out.push_back(sub->get_name());
    return out;
}

}  // namespace

void check_command_name(const CLI::App& app, const std::string& name) {
    const std::vector<std::string> names = command_names(app);
    if (std::find(names.begin(), names.end(), name) != names.end()) return;
    std::string nearest;
    std::size_t best = 0;
    for (const std::string& n : names) {
        const std::size_t d = edit_distance(name, n);
        if (nearest.empty() || d < best) {
            nearest = n;
            best = d;
        }
    }
    // Close enough to be a slip: at most a third of the letters wrong.
    std::string hint;
    if (!nearest.empty() && best * 3 <= std::max(name.size(), nearest.size()))
        hint = "; did you mean '" + nearest + "'?";
    throw error(errc::usage, "unknown command '" + name.substr(0, 40) + "'" + hint +
                                 " The commands are: " + detail::join(names, ", ") +
                                 " (mhfund help COMMAND shows one's options)");
}

CLI::App* add_help_command(CLI::App& app, std::string& topic) {
    CLI::App* cmd =
        app.add_subcommand("help", "Show the options and examples of mhfund or of one COMMAND");
    cmd->add_option("COMMAND", topic, "The command to explain")->type_name("COMMAND");
    return cmd;
}

void run_help(const CLI::App& app, const std::string& topic) {
    if (topic.empty()) {
        std::cout << app.help();
        return;
    }
    check_command_name(app, topic);
    for (const CLI::App* sub : app.get_subcommands({}))
        if (sub->get_name() == topic) std::cout << sub->help();
}

}  // namespace cli
}  // namespace v1
}  // namespace mhfund
