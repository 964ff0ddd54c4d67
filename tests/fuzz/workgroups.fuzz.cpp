// Fuzz target: the work groups CSV reader, into a scenario holding the built-in sample roster
// (so that leads can be checked). An accepted file must forecast with reconciling totals.
#include "fuzz_target.hpp"
#include "mhfund/scenario.hpp"
#include "reconcile.hpp"

using namespace mhfund;

MHFUND_FUZZ_TARGET(workgroups) {
    static const scenario base = [] {
        scenario s = default_scenario();
        s.departments.clear();
        return s;
    }();
    scenario s = base;
    bool accepted = false;
    mhfund_fuzz::expect_only_input_errors([&] {
        read_workgroups(s, mhfund_fuzz::as_text(data, size), "workgroups.csv");
        s.validate();
        accepted = true;
    });
    if (accepted) mhfund_fuzz::check_forecast_reconciles(s);
    return 0;
}
