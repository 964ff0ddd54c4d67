// Fuzz target: the budget file reader. A refused file is an input error; an accepted one must
// answer every period kind with the same grand total (its spans each lie in one period), and
// write back to a file that reads as the same budget.
#include "mhfund/budget.hpp"
#include "fuzz_target.hpp"

using namespace mhfund;

MHFUND_FUZZ_TARGET(budget) {
    mhfund_fuzz::expect_only_input_errors([&] {
        const budget b = read_budget(mhfund_fuzz::as_text(data, size), "budget.json");
        const money total = b.total();
        for (const period_kind k : {period_kind::academic_year, period_kind::financial_year,
                                    period_kind::term, period_kind::month}) {
            const money by = b.summarise({{dimension::participant}, k}).total;
            MHFUND_FUZZ_CHECK(by == total, to_plain(by) + " vs " + to_plain(total));
        }
        const std::string written = write_budget_json(b);
        const budget again = read_budget(written, "again.json");
        MHFUND_FUZZ_CHECK(write_budget_json(again) == written, "a budget changed when re-read");
    });
    return 0;
}
