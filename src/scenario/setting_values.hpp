// What the scenario-wide settings (settings.cpp) and the scoped ones (scoped_settings.cpp)
// share: how a rate setting's amount is read, how an assumption is recorded, and how a
// setting's origin is named.
#ifndef MHFUND_SRC_SCENARIO_SETTING_VALUES_HPP
#define MHFUND_SRC_SCENARIO_SETTING_VALUES_HPP

#include <string>
#include <string_view>
#include <vector>

#include "mhfund/error.hpp"
#include "mhfund/money.hpp"
#include "mhfund/scenario.hpp"

namespace mhfund {
inline namespace v1 {
namespace detail {

/// A rate setting's amount: a positive amount of money; anything else is an input error.
money parse_rate_amount(std::string_view name, std::string_view value);
/// Records `a`, replacing the assumption of the same setting. Cannot throw when `list` has room
/// for one more.
void record_assumption(std::vector<assumption>& list, assumption&& a) noexcept;
/// Reads the value of setting `name` given for a scope into `out` (its kind, value and how it
/// is shown). An unknown setting, one that cannot be scoped, or a bad value is an input error.
void parse_scoped_value(const scenario& s, std::string_view name, std::string_view value,
                        scoped_setting& out);
/// Where a setting came from, as its assumption says: `--set`, or `FILE:LINE`.
std::string origin_text(const source_location& origin);

}  // namespace detail
}  // namespace v1
}  // namespace mhfund

#endif
