// Laying out text tables for a terminal, shared by the table writers and the CLI's listings.
#ifndef MHFUND_SRC_REPORT_TEXT_LAYOUT_HPP
#define MHFUND_SRC_REPORT_TEXT_LAYOUT_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "mhfund/calendar.hpp"
#include "mhfund/finding.hpp"

namespace mhfund {
inline namespace v1 {
namespace detail {

/// Columns a UTF-8 string takes in a terminal: one per code point, so that `£` (two bytes)
/// lines up like any other character. No East Asian wide characters appear in our reports.
std::size_t display_width(std::string_view text);
/// Lays rows of cells out in columns two spaces apart, each as wide as its widest cell;
/// columns whose `right` flag is set are right-aligned (amounts), the others left-aligned.
/// Returns one line per row, without trailing spaces or line ends.
std::vector<std::string> layout_columns(const std::vector<std::vector<std::string>>& rows,
                                        const std::vector<bool>& right);
/// A table laid out to fit `width` terminal columns (0: any width). When the rows are wider,
/// the columns after the first `label_columns` are shared out, in order, into blocks that each
/// fit, and every block repeats the label columns, so each cell appears exactly once (a total
/// kept as the last column lands in the last block). A block is always given at least one
/// column, even when the labels alone are wider than `width`. Blocks are separated by a blank
/// line; a rule of dashes as wide as the block goes before each row whose index is in
/// `rules_before`. Returns the lines, without line ends.
std::vector<std::string> layout_blocks(const std::vector<std::vector<std::string>>& rows,
                                       const std::vector<bool>& right, std::size_t label_columns,
                                       std::size_t width,
                                       const std::vector<std::size_t>& rules_before);
/// How findings are shown: all of them, or counted by kind past `listed`, cut to `width`.
struct findings_layout {
    bool all = false;
    std::size_t listed = 10;
    std::size_t width = 80;
};
/// A titled block of findings: "\nTitle\n" then each finding on its own line when `f.all`
/// or there are at most `f.listed`; otherwise one line per kind, in order of first appearance:
/// "  N × kind, e.g. first finding" (cut to the width), and a line naming `option`, which
/// lists them all. Empty when there are none.
std::string findings_text(std::string_view title, const std::vector<finding>& findings,
                          const findings_layout& f, std::string_view option);
/// The text as lines of at most `width` display columns (0: one line), broken at spaces, the
/// first after `indent` and the rest after `indent` and two more spaces; a word longer than a
/// line stays whole. Each line ends in a newline.
std::string wrap_text(std::string_view text, std::size_t width, std::string_view indent = "  ");
/// 50000 as "50,000".
std::string with_thousands(std::size_t n);
/// The text cut to `width` display columns, ending in "…" when cut (0: not cut).
std::string cut_to_width(const std::string& text, std::size_t width);
/// "2023-01-01 to 2025-12-31": a half-open range shown with its last day, as people read dates.
std::string range_text(const date_range& r);

}  // namespace detail
}  // namespace v1
}  // namespace mhfund

#endif
