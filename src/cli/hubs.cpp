// `mhfund hubs`: the 40 Maths Hubs by region (003 appendix), as the roster's `hub` column
// names them.
#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "cli/cli.hpp"
#include "mhfund/hubs.hpp"
#include "report/text_layout.hpp"

namespace mhfund {
inline namespace v1 {
namespace cli {

CLI::App* add_hubs_command(CLI::App& app, hubs_command&) {
    CLI::App* cmd = app.add_subcommand("hubs", "The 40 Maths Hubs by region");
    cmd->footer("Examples:\n  mhfund hubs");
    return cmd;
}

void run_hubs(const hubs_command&) {
    emit(format_hubs(), "");
}

std::string format_hubs() {
    std::string out = fmt::format("{} Maths Hubs in {} regions (003 appendix)\n", all_hubs().size(),
                                  all_regions().size());
    for (const region& r : all_regions()) {
        out += fmt::format("\n{} ({})\n", r.name, r.code);
        std::vector<std::vector<std::string>> rows;
        for (const hub& h : all_hubs())
            if (region_of(h).code == r.code)
                rows.push_back({std::string(h.code), std::string(h.name)});
        out += indent_lines(detail::layout_columns(rows, {false, false}), "  ");
    }
    return out;
}

}  // namespace cli
}  // namespace v1
}  // namespace mhfund
