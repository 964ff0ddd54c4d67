// Fuzz target: the C API's mhf_scenario_load_string, and mhf_forecast_run on what it loads.
// Relative paths resolve to the files embedded in the library (base_dir "embedded:"), so that
// a fuzzed scenario can name the sample roster and work groups and have something to forecast;
// nothing is read from disk. The C API must never report an internal error (an exception that
// was not mhfund::error), its last error is never NULL, and the forecast's total is the same
// by academic and by financial year.
#include <string>

#include "fuzz_target.hpp"
#include "mhfund.h"

namespace {
// Row sums are added in 128 bits: partial sums of amounts near the int64 limit may leave it
// even where the total does not.
__extension__ typedef __int128 int128;
}  // namespace

MHFUND_FUZZ_TARGET(capi) {
    const std::string toml(reinterpret_cast<const char*>(data), size);  // NUL-terminated
    mhf_scenario* s = nullptr;
    const int loaded = mhf_scenario_load_string(&s, toml.c_str(), "embedded:");
    MHFUND_FUZZ_CHECK(mhf_last_error() != nullptr, "NULL last error");
    MHFUND_FUZZ_CHECK(loaded != MHF_E_INTERNAL, mhf_last_error());
    MHFUND_FUZZ_CHECK((loaded == MHF_OK) == (s != nullptr), std::to_string(loaded));
    if (loaded != MHF_OK) return 0;

    int64_t totals[2] = {0, 0};
    const char* periods[2] = {"academic", "financial"};
    const char* groupings[2] = {"", "programme,cohort"};
    bool both = true;
    for (int i = 0; i < 2; ++i) {
        mhf_forecast* f = nullptr;
        const int ran = mhf_forecast_run(&f, s, groupings[i], periods[i]);
        MHFUND_FUZZ_CHECK(ran != MHF_E_INTERNAL, mhf_last_error());
        if (ran != MHF_OK) {
            both = false;
            continue;
        }
        MHFUND_FUZZ_CHECK(mhf_forecast_total(&totals[i], f) == MHF_OK, mhf_last_error());
        size_t rows = 0;
        MHFUND_FUZZ_CHECK(mhf_forecast_row_count(&rows, f) == MHF_OK, mhf_last_error());
        int128 sum = 0;
        for (size_t r = 0; r < rows; ++r) {
            int64_t pence = 0;
            MHFUND_FUZZ_CHECK(mhf_forecast_row_amount(&pence, f, r) == MHF_OK, mhf_last_error());
            sum += pence;
            char label[64];
            size_t needed = 0;
            MHFUND_FUZZ_CHECK(mhf_forecast_row_period(label, sizeof label, &needed, f, r) == MHF_OK,
                              mhf_last_error());
        }
        MHFUND_FUZZ_CHECK(sum == totals[i], std::to_string(totals[i]));
        mhf_forecast_free(f);
    }
    if (both) MHFUND_FUZZ_CHECK(totals[0] == totals[1], std::to_string(totals[0]));
    mhf_scenario_free(s);
    return 0;
}
