// Fuzz target: the roster CSV reader (and the CSV parser under it), into a scenario with the
// built-in catalogue and an SLE rate, so that an accepted roster can be forecast: its totals
// must reconcile across academic and financial years.
#include "fuzz_target.hpp"
#include "mhfund/scenario.hpp"
#include "reconcile.hpp"

using namespace mhfund;

MHFUND_FUZZ_TARGET(roster) {
    // Built once: copying the scenario is cheaper than applying the setting every time.
    static const scenario base = [] {
        scenario s;
        s.set("sle_rate", "350.00", source_location{});
        return s;
    }();
    scenario s = base;
    bool accepted = false;
    mhfund_fuzz::expect_only_input_errors([&] {
        read_roster(s, mhfund_fuzz::as_text(data, size), "roster.csv");
        s.validate();
        accepted = true;
    });
    if (accepted) mhfund_fuzz::check_forecast_reconciles(s);
    return 0;
}
