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

namespace {

/// The widest cell of each column.
std::vector<std::size_t> column_widths(const std::vector<std::vector<std::string>>& rows) {
    std::vector<std::size_t> width;
    for (const auto& row : rows) {
        if (row.size() > width.size()) width.resize(row.size(), 0);
        for (std::size_t c = 0; c < row.size(); ++c)
            width[c] = std::max(width[c], display_width(row[c]));
    }
    return width;
}

/// The first column of each block: the data columns packed greedily, two spaces apart.
std::vector<std::size_t> block_starts(const std::vector<std::size_t>& widths,
                                      std::size_t label_columns, std::size_t width) {
    std::size_t labels = 0;
    for (std::size_t c = 0; c < label_columns && c < widths.size(); ++c)
        labels += (c > 0 ? 2 : 0) + widths[c];
    std::vector<std::size_t> starts{label_columns};
    std::size_t used = labels;
    for (std::size_t c = label_columns; c < widths.size(); ++c) {
        const std::size_t more = (c > 0 ? 2 : 0) + widths[c];
        if (width > 0 && c > starts.back() && used + more > width) {
            starts.push_back(c);
            used = labels;
        }
        used += more;
    }
    return starts;
}

}  // namespace

std::vector<std::string> layout_blocks(const std::vector<std::vector<std::string>>& rows,
                                       const std::vector<bool>& right, std::size_t label_columns,
                                       std::size_t width,
                                       const std::vector<std::size_t>& rules_before) {
    const std::vector<std::size_t> widths = column_widths(rows);
    const std::vector<std::size_t> starts = block_starts(widths, label_columns, width);
    std::vector<std::string> out;
    for (std::size_t b = 0; b < starts.size(); ++b) {
        const std::size_t end = b + 1 < starts.size() ? starts[b + 1] : widths.size();
        std::vector<std::vector<std::string>> block;
        std::vector<bool> block_right;
        for (std::size_t c = 0; c < end; ++c)
            if (c < label_columns || c >= starts[b])
                block_right.push_back(c < right.size() && right[c]);
        for (const auto& row : rows) {
            std::vector<std::string> cells;
            for (std::size_t c = 0; c < end; ++c)
                if (c < label_columns || c >= starts[b])
                    cells.push_back(c < row.size() ? row[c] : "");
            block.push_back(std::move(cells));
        }
        const std::vector<std::string> lines = layout_columns(block, block_right);
        std::size_t rule_width = 0;
        for (const std::string& l : lines)
            rule_width = std::max(rule_width, display_width(l));
        if (b > 0) out.emplace_back();
        for (std::size_t i = 0; i < lines.size(); ++i) {
            if (std::find(rules_before.begin(), rules_before.end(), i) != rules_before.end())
                out.push_back(std::string(rule_width, '-'));
            out.push_back(lines[i]);
        }
    }
    return out;
}

std::string wrap_text(std::string_view text, std::size_t width, std::string_view indent) {
    std::string out;
    std::string line(indent);
    const std::size_t first = line.size();
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t space = text.find(' ', pos);
        if (space == std::string_view::npos) space = text.size();
        const std::string_view word = text.substr(pos, space - pos);
        const bool fresh = line.size() == first || line.size() == first + 2;
        if (!fresh && width > 0 && display_width(line) + 1 + display_width(word) > width) {
            out += line + "\n";
            line = std::string(indent) + "  ";
        } else if (!fresh) {
            line += ' ';
        }
        line += word;
        pos = space + 1;
    }
    return out + line + "\n";
}

std::string with_thousands(std::size_t n) {
    std::string digits = std::to_string(n);
    for (std::size_t i = digits.size(); i > 3; i -= 3)
        digits.insert(i - 3, ",");
    return digits;
}

std::string cut_to_width(const std::string& text, std::size_t width) {
    if (width == 0 || display_width(text) <= width) return text;
    std::string out;
    std::size_t shown = 0;
    for (const char c : text) {
        const bool starts = (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        if (starts && ++shown > width - 1) break;
        out += c;
    }
    return out + "…";
}

std::string findings_text(std::string_view title, const std::vector<finding>& findings,
                          const findings_layout& f, std::string_view option) {
    if (findings.empty()) return {};
    std::string out = "\n" + std::string(title);
    if (f.all || findings.size() <= f.listed) {
        out += "\n";
        for (const finding& x : findings)
            out += wrap_text(x.message(), f.width);
        return out;
    }
    // Kinds in order of first appearance, each with its count and first finding.
    std::vector<std::pair<const finding*, std::size_t>> kinds;
    for (const finding& x : findings) {
        auto it = std::find_if(kinds.begin(), kinds.end(),
                               [&](const auto& k) { return k.first->kind == x.kind; });
        if (it == kinds.end())
            kinds.emplace_back(&x, 1);
        else
            ++it->second;
    }
    out += fmt::format(" ({}, counted by kind; {} lists them all)\n",
                       with_thousands(findings.size()), option);
    for (const auto& [first, count] : kinds)
        out +=
            cut_to_width(fmt::format("  {} × {}, e.g. {}", with_thousands(count),
                                     first->kind.empty() ? "other" : first->kind, first->message()),
                         f.width) +
            "\n";
    return out;
}

}  // namespace detail
}  // namespace v1
}  // namespace mhfund
