// Where a command's output goes: --format and -o, and writing the text whole, to a file or to
// standard output; and the indented blocks the text listings share.
#include <algorithm>
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
    a.formats = formats;
    cmd.add_option("--format", a.format, help)->type_name("FORMAT")->check(CLI::IsMember(formats));
    cmd.add_option("-o,--output", a.path,
                   "Write to FILE (whole or not at all); '-' is standard output. The extension "
                   "names the format: " +
                       known_extensions(formats))
        ->type_name("FILE");
}

namespace {

/// The format a file extension names: `.txt` a table, the others their own format.
std::string format_of_extension(const std::string& ext) {
    return ext == "txt" ? "table" : ext;
}

/// The extension of the file name's last part, lowercased, without its dot; empty if none.
std::string extension_of(const std::string& path) {
    const std::size_t slash = path.find_last_of('/');
    const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    const std::size_t dot = name.find_last_of('.');
    if (dot == std::string::npos || dot == 0) return {};
    return detail::to_lower_ascii(name.substr(dot + 1));
}

}  // namespace

std::string known_extensions(const std::vector<std::string>& formats) {
    std::vector<std::string> out;
    for (const std::string& f : formats)
        out.push_back(f == "table" ? ".txt (table)" : "." + f);
    return detail::join(out, ", ");
}

std::string output_format(const output_args& a) {
    const std::string ext = a.path == "-" ? std::string() : extension_of(a.path);
    const std::string named = ext.empty() ? std::string() : format_of_extension(ext);
    if (!ext.empty() && std::find(a.formats.begin(), a.formats.end(), named) == a.formats.end())
        throw error(errc::usage, "-o " + a.path + ": unknown extension '." + ext +
                                     "'; this command writes " + known_extensions(a.formats) +
                                     " (or a name without an extension, with --format)");
    if (!a.format.empty() && !named.empty() && named != a.format)
        throw error(errc::usage, "-o " + a.path + " names " + named + " output but --format is " +
                                     a.format + ": give a file name that ends in ." +
                                     (a.format == "table" ? "txt" : a.format) +
                                     ", or leave out --format");
    if (!a.format.empty()) return a.format;
    return named.empty() ? "table" : named;
}

std::string output_file(const output_args& a) {
    return a.path == "-" ? std::string() : a.path;
}

std::string indent_lines(const std::vector<std::string>& lines, std::string_view indent) {
    std::string out;
    for (const std::string& l : lines)
        out += std::string(indent) + l + "\n";
    return out;
}

void emit(const std::string& text, const std::string& path) {
    if (!path.empty() && path != "-") {
        io::write_file_atomically(path, text);
        return;
    }
    if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0)
        throw error(errc::input, "cannot write to standard output");
}

}  // namespace cli
}  // namespace v1
}  // namespace mhfund
