// Fuzz target: the changes CSV reader, into the built-in sample scenario. A rejected file must
// leave the scenario as it was (all or nothing); an accepted one must forecast with reconciling
// totals, by payee and hub too.
#include "fuzz_target.hpp"
#include "mhfund/scenario.hpp"
#include "reconcile.hpp"

using namespace mhfund;

MHFUND_FUZZ_TARGET(changes) {
    static const scenario base = default_scenario();
    scenario s = base;
    bool accepted = false;
    mhfund_fuzz::expect_only_input_errors([&] {
        read_changes(s, mhfund_fuzz::as_text(data, size), "changes.csv");
        s.validate();
        accepted = true;
    });
    if (!accepted) {
        MHFUND_FUZZ_CHECK(s.changes.empty() && s.roster.size() == base.roster.size() &&
                              s.roster[0].payees.empty() && s.roster[0].changes.empty(),
                          "a refused changes file changed the scenario");
        return 0;
    }
    mhfund_fuzz::check_forecast_reconciles(s);
    mhfund_fuzz::expect_only_input_errors([&] {
        const expansion e = expand(s);
        const money total = summarise(e, {{}, period_kind::month}).total;
        for (dimension d : {dimension::institution, dimension::hub}) {
            const money by = summarise(e, {{d}, period_kind::term}).total;
            MHFUND_FUZZ_CHECK(by == total, to_plain(by) + " vs " + to_plain(total));
        }
    });
    return 0;
}
