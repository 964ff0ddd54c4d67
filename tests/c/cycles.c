/* 10,000 create / forecast / read / free cycles. Under the asan-ubsan preset LeakSanitizer fails
 * this test on any leak; in every build it proves that handles are independent (each cycle gets
 * the same figures). An argument overrides the number of cycles. */
#include <stdlib.h>

#include "check.h"

int main(int argc, char** argv) {
    const long cycles = argc > 1 ? strtol(argv[1], NULL, 10) : 10000;
    /* A small scenario (one hub, no rosters) parses quickly; every cycle also prices, fails
     * on purpose, and reads strings, so that error paths are exercised too. */
    const char* text = "name = \"cycle\"\nhub = \"WM1\"\n[settings]\nsle_rate = \"350.00\"\n";
    long i;
    int64_t first_total = -1;
    for (i = 0; i < cycles && check_failures == 0; ++i) {
        mhf_scenario* s = NULL;
        mhf_forecast* f = NULL;
        mhf_allocation* a = NULL;
        int64_t total = -1, pence = 0;
        size_t rows = 0, needed = 0;
        char buf[32];

        CHECK_OK(mhf_scenario_load_string(&s, text, NULL));
        CHECK_OK(mhf_scenario_set(s, "sle_rate", i % 2 ? "357.00" : "350.00"));
        CHECK_STATUS(mhf_scenario_set(s, "no_such_setting", "1"), MHF_E_INPUT);
        CHECK_OK(mhf_forecast_run(&f, s, "programme,cohort", "financial"));
        CHECK_OK(mhf_forecast_row_count(&rows, f));
        CHECK_OK(mhf_forecast_total(&total, f));
        if (first_total < 0) first_total = total;
        CHECK_I64(total, first_total);
        CHECK_OK(mhf_forecast_assumption(buf, sizeof buf, &needed, f, 0));
        {
            mhf_forecast* bad = f; /* a failed run sets *out to NULL */
            CHECK_STATUS(mhf_forecast_run(&bad, s, "programme", "week"), MHF_E_USAGE);
            CHECK(bad == NULL);
        }
        CHECK_OK(mhf_price_detail(&a, "sms-2022-cohort7", "7", 2, NULL));
        CHECK_OK(mhf_allocation_derivation(buf, sizeof buf, &needed, a));
        CHECK_STATUS(mhf_price(&pence, "sms-2022-cohort7", "7", 3, NULL), MHF_E_INPUT);
        mhf_allocation_free(a);
        mhf_forecast_free(f);
        mhf_scenario_free(s);
    }
    /* One full-size scenario as well: the default one, with its rosters. */
    for (i = 0; i < 20; ++i) {
        mhf_scenario* s = NULL;
        mhf_forecast* f = NULL;
        CHECK_OK(mhf_scenario_default(&s));
        CHECK_OK(mhf_forecast_run(&f, s, "participant,category", "month"));
        mhf_forecast_free(f);
        mhf_scenario_free(s);
    }
    return check_result("cycles");
}
