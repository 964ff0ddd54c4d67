// Laying out text tables for a terminal: display width, aligned columns, date ranges.
#include "report/text_layout.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace mhfund {
inline namespace v1 {
namespace detail {

std::size_t display_width(std::string_view text) {
    std::size_t n = 0;
    for (const char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;  // skip continuation bytes
    return n;
}

std::string range_text(const date_range& r) {
    if (r.empty()) return "(nothing)";
    return to_string(r.begin) + " to " + to_string(r.last_day());
}

std::vector<std::string> layout_columns(const std::vector<std::vector<std::string>>& rows,
                                        const std::vector<bool>& right) {
    std::vector<std::size_t> width;
    for (const auto& row : rows) {
        if (row.size() > width.size()) width.resize(row.size(), 0);
        for (std::size_t c = 0; c < row.size(); ++c)
            width[c] = std::max(width[c], display_width(row[c]));
    }
    std::vector<std::string> lines;
    lines.reserve(rows.size());
    for (const auto& row : rows) {
        std::string text;
        for (std::size_t c = 0; c < row.size(); ++c) {
            if (c > 0) text += "  ";
            const std::size_t w = display_width(row[c]);
            const std::string fill(width[c] - w, ' ');
            const bool r = c < right.size() && right[c];
            if (r) text += fill;
            text += row[c];
            if (!r) text += fill;
        }
        while (!text.empty() && text.back() == ' ')
            text.pop_back();
        lines.push_back(std::move(text));
    }
    return lines;
}

}  // namespace detail
}  // namespace v1
}  // namespace mhfund
