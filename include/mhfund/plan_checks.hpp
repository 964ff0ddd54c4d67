// Plan checks: what is most likely a mistake in a plan but is no input error (a roster row in
// another hub's area, one teacher on two rows, a lead who withdrew before the Work Group they
// lead), each a warning with a stable kind and the row it is about. Every forecast lists them
// (expand appends them to its warnings); `mhfund check --strict` fails on any.
// docs/design/plan-checks.md gives each check's source and why it warns rather than refuses.
#ifndef MHFUND_PLAN_CHECKS_HPP
#define MHFUND_PLAN_CHECKS_HPP

#include <string>
#include <string_view>
#include <vector>

#include "mhfund/finding.hpp"
#include "mhfund/scenario.hpp"

namespace mhfund {
inline namespace v1 {

/// Every plan check's findings, roster rows first, then Work Group rows, each in file order.
/// Linear in the rows (hash maps, no pairwise passes), so a national roster checks in a blink.
std::vector<finding> check_plan(const scenario& s);

/// Whether a row in hub `hub` belongs to the scenario: true when the scenario names no hub (a
/// national roster), else when `hub` is the scenario's. The one place that says which hubs a
/// scenario is for.
bool in_scenario_hubs(const scenario& s, std::string_view hub);
/// The scenario's hubs in words, for messages ("WM1").
std::string scenario_hubs_text(const scenario& s);

}  // namespace v1
}  // namespace mhfund

#endif  // MHFUND_PLAN_CHECKS_HPP
