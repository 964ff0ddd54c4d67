// Where a command's output goes: --format and -o, and writing the text whole, to a file or to
// standard output; and the indented blocks the text listings share.
#include <cstdio>

#include <CLI/CLI.hpp>

#include "cli/cli.hpp"
#include "io/output_file.hpp"
#include "mhfund/detail/text.hpp"

namespace mhfund {
inline namespace v1 {
namespace cli {

void add_output_options(CLI::App& cmd, output_args& a, const std::string& help,
                        const std::vector<std::string>& formats) {
    cmd.add_option("--format", a.format, help)->type_name("FORMAT")->check(CLI::IsMember(formats));
    cmd.add_option("-o,--output", a.path, "Write to FILE (whole or not at all)")->type_name("FILE");
}

std::string output_format(const output_args& a) {
    if (!a.format.empty()) return a.format;
    for (const char* ext : {"csv", "json", "xlsx", "html"})
        if (io::has_extension(a.path, "." + std::string(ext))) return ext;
    return "table";
}

std::string indent_lines(const std::vector<std::string>& lines, std::string_view indent) {
    std::string out;
    for (const std::string& l : lines)
        out += std::string(indent) + l + "\n";
    return out;
}

void emit(const std::string& text, const std::string& path) {
    if (!path.empty()) {
        io::write_file_atomically(path, text);
        return;
    }
    if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0)
        throw error(errc::input, "cannot write to standard output");
}

}  // namespace cli
}  // namespace v1
}  // namespace mhfund
