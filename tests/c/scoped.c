/* Scoped settings through mhf_scenario_set (domain.md 9.2): the name carries the scope, so a
 * setting for one participant needs no new function. Figures by hand, in pence. */
#include "check.h"

/* The default scenario's total, derived in forecast.c: 9696781. S7-01 (SMS cohort 7) has 20
 * SLE days in year 3 at the scenario's £350.00: 20 x 35000 = 700000. */
#define DEFAULT_TOTAL 9696781

static int64_t total_of(const mhf_scenario* s) {
    mhf_forecast* f = NULL;
    int64_t total = -1;
    CHECK_OK(mhf_forecast_run(&f, s, "programme", "academic"));
    CHECK_OK(mhf_forecast_total(&total, f));
    mhf_forecast_free(f);
    return total;
}

/* Whether some assumption (or warning, when `warnings`) of a forecast of `s` contains `text`. */
static int forecast_lists(const mhf_scenario* s, const char* text, int warnings) {
    mhf_forecast* f = NULL;
    size_t n = 0, i;
    char buf[512];
    int found = 0;
    CHECK_OK(mhf_forecast_run(&f, s, "programme", "academic"));
    CHECK_OK(warnings ? mhf_forecast_warning_count(&n, f) : mhf_forecast_assumption_count(&n, f));
    for (i = 0; i < n; ++i) {
        CHECK_OK(warnings ? mhf_forecast_warning(buf, sizeof buf, NULL, f, i)
                          : mhf_forecast_assumption(buf, sizeof buf, NULL, f, i));
        if (strstr(buf, text)) found = 1;
    }
    mhf_forecast_free(f);
    return found;
}

int main(void) {
    mhf_scenario* s = NULL;
    CHECK_OK(mhf_scenario_default(&s));
    CHECK_I64(total_of(s), DEFAULT_TOTAL);

    /* S7-01 alone at £400.00: year 3 is 20 x 40000 = 800000, 100000 more than at £350.00. */
    CHECK_OK(mhf_scenario_set(s, "participant:S7-01:sle_rate", "400.00"));
    CHECK_I64(total_of(s), DEFAULT_TOTAL + 100000);
    CHECK(forecast_lists(s, "sle_rate for participant S7-01 = 400.00", 0));

    /* A bad scope, an unknown edition, a bad value under a scope: errors, nothing changed. */
    CHECK_STATUS(mhf_scenario_set(s, "school:137083:sle_rate", "400.00"), MHF_E_INPUT);
    CHECK_CONTAINS(mhf_last_error(), "participant:ID");
    CHECK_STATUS(mhf_scenario_set(s, "edition:sms-2099:sle_rate", "400.00"), MHF_E_INPUT);
    CHECK_CONTAINS(mhf_last_error(), "sms-2099");
    CHECK_STATUS(mhf_scenario_set(s, "participant:S7-02:sle_rate", "abc"), MHF_E_INPUT);
    CHECK_I64(total_of(s), DEFAULT_TOTAL + 100000);

    /* A participant who is not on the roster: a warning, and the total unchanged. */
    CHECK(!forecast_lists(s, "matches nobody", 1));
    CHECK_OK(mhf_scenario_set(s, "participant:XX-99:sle_rate", "500.00"));
    CHECK(forecast_lists(s, "participant XX-99", 1));
    CHECK_I64(total_of(s), DEFAULT_TOTAL + 100000);

    mhf_scenario_free(s);
    return check_result("scoped");
}
