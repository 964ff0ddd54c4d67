// What the budget files share inside the library: the number of dimensions a line keeps a value
// for, and the names its JSON gives them.
#ifndef MHFUND_SRC_BUDGET_BUDGET_MODEL_HPP
#define MHFUND_SRC_BUDGET_BUDGET_MODEL_HPP

#include <array>

#include "mhfund/budget.hpp"

namespace mhfund {
inline namespace v1 {
namespace detail {

/// Every dimension, in the order of the enum (a line's `keys` are indexed by it).
constexpr std::array<dimension, 11> all_dimensions = {
    dimension::hub,         dimension::region,    dimension::programme,   dimension::edition,
    dimension::cohort,      dimension::year,      dimension::participant, dimension::workgroup,
    dimension::institution, dimension::cost_type, dimension::category};

/// The format name a budget file starts with, and the version of its layout.
constexpr std::string_view budget_format = "mhfund budget";
constexpr int budget_format_version = 1;

/// The end of the span that starts on `t`: the next month start or term start, whichever is
/// first. Spans this small answer every period kind exactly.
date span_end(date t, const term_calendar& terms);

}  // namespace detail
}  // namespace v1
}  // namespace mhfund

#endif
