// What the benchmark programs share: a scenario for a generated national roster, and the
// forecast they time (read, expand, phase, aggregate by hub × academic year).
#ifndef MHFUND_TESTS_BENCH_BENCH_SCENARIO_HPP
#define MHFUND_TESTS_BENCH_BENCH_SCENARIO_HPP

#include <string_view>

#include "mhfund/forecast.hpp"
#include "mhfund/scenario.hpp"
#include "roster_generator.hpp"

namespace mhfund {
namespace bench {

/// A national scenario with no roster yet: the built-in catalogue, every academic year any line
/// touches, and the SLE rate the generated roster needs for SMS year 3.
inline scenario national_scenario() {
    scenario s;
    s.name = "national benchmark";
    s.file = "(benchmark)";
    s.set("sle_rate", generated_sle_rate, source_location{});
    return s;
}

/// The grouping the benchmarks time: a national accountant's hub × academic year table.
inline forecast_options hub_by_academic_year() {
    return forecast_options{{dimension::hub}, period_kind::academic_year};
}

/// Reads `csv` into `s` and checks it, as `mhfund forecast --roster FILE` does.
inline void read_national_roster(scenario& s, std::string_view csv) {
    read_roster(s, csv, "national-roster.csv");
    s.validate();
}

}  // namespace bench
}  // namespace mhfund

#endif
