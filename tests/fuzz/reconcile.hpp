// The invariant every accepted scenario must keep (domain.md section 8 rule 9): its grand total
// is the same by academic year and by financial year, to the penny, and the rows add up to it.
// With no forecast horizon set, it is also the sum of every line's kept amount.
#ifndef MHFUND_TESTS_FUZZ_RECONCILE_HPP
#define MHFUND_TESTS_FUZZ_RECONCILE_HPP

#include <string>

#include "fuzz_target.hpp"
#include "mhfund/forecast.hpp"
#include "mhfund/scenario.hpp"

namespace mhfund_fuzz {

inline mhfund::money sum_of_rows(const mhfund::forecast_result& r) {
    mhfund::money sum;
    for (const mhfund::forecast_row& row : r.rows)
        sum += row.amount;
    return sum;
}

/// Forecasts `s` two ways and checks that they agree. An input error (e.g. a missing SLE rate)
/// or an overflow on the way is the library's answer to bad input, not a finding.
inline void check_forecast_reconciles(const mhfund::scenario& s) {
    using namespace mhfund;
    expect_only_input_errors([&] {
        const expansion e = expand(s);
        money kept;
        for (const cost_line& l : e.lines)
            kept += l.kept;
        forecast_options academic;
        academic.by = {};
        academic.period = period_kind::academic_year;
        forecast_options financial;
        financial.by = {dimension::programme};
        financial.period = period_kind::financial_year;
        const forecast_result a = summarise(e, academic);
        const forecast_result f = summarise(e, financial);
        MHFUND_FUZZ_CHECK(a.total == f.total, to_plain(a.total) + " vs " + to_plain(f.total));
        MHFUND_FUZZ_CHECK(sum_of_rows(a) == a.total, to_plain(a.total));
        MHFUND_FUZZ_CHECK(sum_of_rows(f) == f.total, to_plain(f.total));
        if (s.years.empty())
            MHFUND_FUZZ_CHECK(kept == a.total, to_plain(kept) + " vs " + to_plain(a.total));
    });
}

}  // namespace mhfund_fuzz

#endif
