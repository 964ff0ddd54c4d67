// Plausibility caps: a rate or a claim beyond what any hub could mean (£1 bn a day, a
// £92 quadrillion claim) is refused, naming the cap and the setting that raises it. The caps
// are settings (max_day_rate, max_grant, max_claim); docs/design/outputs.md says why.
#ifndef MHFUND_SRC_SCENARIO_PLAUSIBILITY_HPP
#define MHFUND_SRC_SCENARIO_PLAUSIBILITY_HPP

#include <string>

#include "mhfund/error.hpp"
#include "mhfund/money.hpp"
#include "mhfund/rates.hpp"
#include "mhfund/scenario.hpp"

namespace mhfund {
inline namespace v1 {
namespace detail {

/// Refuses `amount` (typed as `value`) for a value of `rate` when it is beyond the scenario's
/// cap for its kind: max_day_rate for a day rate, max_grant for a grant.
void check_rate_cap(const scenario& s, const rate_def& rate, money amount, const std::string& value,
                    const source_location& where);

/// Refuses a claim of `amount` beyond the scenario's max_claim.
void check_claim_cap(const scenario& s, money amount, const source_location& where);

/// True for the settings that are caps: they apply before the other settings of a file or a
/// command line, so that raising a cap and setting a rate above the old one can come in any
/// order.
inline bool is_cap_setting(std::string_view name) {
    return name.substr(0, 4) == "max_";
}

}  // namespace detail
}  // namespace v1
}  // namespace mhfund

#endif
