// Reading one CSV cell of a scenario file: trimmed, parsed, and any error given the cell's file,
// line and column. Shared by the roster, work groups and changes readers.
#ifndef MHFUND_SRC_SCENARIO_CELLS_HPP
#define MHFUND_SRC_SCENARIO_CELLS_HPP

#include <string>
#include <string_view>

#include "io/csv.hpp"
#include "mhfund/detail/text.hpp"
#include "mhfund/error.hpp"

namespace mhfund {
inline namespace v1 {
namespace detail {

/// Runs `parse` on a cell, trimmed of spaces and tabs, and gives any error the cell's file,
/// line and column. decltype(auto): a parser returning a reference is not copied.
template <typename F>
decltype(auto) parse_cell(const io::csv_columns& cols, const io::csv_row& row,
                          const io::csv_columns::field& name, F parse) {
    try {
        return parse(trim(cols.get(row, name)));
    } catch (const error& e) {
        rethrow_at(e, cols.where(row, name));
    }
}

/// A cell that must not be blank, trimmed.
inline std::string required_cell(const io::csv_columns& cols, const io::csv_row& row,
                                 const io::csv_columns::field& name, std::string_view expected) {
    const std::string_view v = trim(cols.get(row, name));
    if (v.empty())
        throw_input(std::string(name.name), "", std::string(expected), cols.where(row, name));
    return std::string(v);
}

}  // namespace detail
}  // namespace v1
}  // namespace mhfund

#endif
