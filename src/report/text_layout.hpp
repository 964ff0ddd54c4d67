// Laying out text tables for a terminal, shared by the table writers and the CLI's listings.
#ifndef MHFUND_SRC_REPORT_TEXT_LAYOUT_HPP
#define MHFUND_SRC_REPORT_TEXT_LAYOUT_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "mhfund/calendar.hpp"

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
/// "2023-01-01 to 2025-12-31": a half-open range shown with its last day, as people read dates.
std::string range_text(const date_range& r);

}  // namespace detail
}  // namespace v1
}  // namespace mhfund

#endif
