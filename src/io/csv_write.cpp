// Writing CSV: the quoting that every CSV writer of the library shares (csv.hpp), apart from
// the reader in csv.cpp because nothing in it depends on libcsv.
#include <string>
#include <string_view>
#include <vector>

#include "io/csv.hpp"

namespace mhfund {
inline namespace v1 {
namespace io {

namespace {

bool needs_quotes(std::string_view cell) {
    return cell.find_first_of(",\"\r\n") != std::string_view::npos;
}

void append_cell(std::string& out, std::string_view cell) {
    if (!needs_quotes(cell)) {
        out += cell;
        return;
    }
    out += '"';
    for (const char c : cell) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

}  // namespace

std::string csv_quote(std::string_view cell) {
    std::string out;
    out.reserve(cell.size() + 2);
    append_cell(out, cell);
    return out;
}

void append_csv_row(std::string& out, const std::vector<std::string>& cells) {
    if (cells.size() == 1 && cells[0].empty()) {
        // Written bare it would be a blank line, which readers skip or read as no cells.
        out += "\"\"\n";
        return;
    }
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0) out += ',';
        append_cell(out, cells[i]);
    }
    out += '\n';
}

}  // namespace io
}  // namespace v1
}  // namespace mhfund
