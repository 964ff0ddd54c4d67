/* The outturn through the C API (domain.md 9.4, rules 12 and 13), figures by hand on the default
 * scenario: S7-01 (SMS cohort 7 from 1 Sep 2022, £200 a day, 000) claims 1 day of central
 * events on 12 Oct 2022; T = 1 Jan 2023. Year 1 is 1 Sep 2022 – 31 Aug 2023: W = 261 weekdays;
 * before T, C = Sep 22 + Oct 21 + Nov 22 + Dec 22 = 87. Central events, 5 days = 100000p:
 *   F = round_half_up(100000 × 87 / 261) = 33333, K = 20000, U = 13333,
 *   R = 100000 − 33333 = 66667, outturn = 100000. */
#include <stdio.h>

#include "check.h"

static const char* const claims =
    "participant,workgroup,date,category,days,amount,reference,institution,paid\n"
    "S7-01,,2022-10-12,central_events,1,,C-1,,2022-11-04\n";

/* The row whose two keys and period match, or -1. */
static long find_row(const mhf_outturn* o, const char* k0, const char* k1, const char* period) {
    size_t rows = 0, r;
    char a[64], b[64], label[64];
    CHECK_OK(mhf_outturn_row_count(&rows, o));
    for (r = 0; r < rows; ++r) {
        CHECK_OK(mhf_outturn_row_key(a, sizeof a, NULL, o, r, 0));
        CHECK_OK(mhf_outturn_row_key(b, sizeof b, NULL, o, r, 1));
        CHECK_OK(mhf_outturn_row_period(label, sizeof label, NULL, o, r));
        if (strcmp(a, k0) == 0 && strcmp(b, k1) == 0 && strcmp(label, period) == 0) return (long)r;
    }
    fprintf(stderr, "no row %s|%s in %s\n", k0, k1, period);
    return -1;
}

static void figures_by_hand(const mhf_scenario* s) {
    mhf_outturn* o = NULL;
    int64_t actual = -1, unclaimed = -1, to_come = -1, outturn = -1, paid = -1;
    long r;
    size_t keys = 0;
    char name[32];
    CHECK_OK(mhf_outturn_run_text(&o, s, claims, "claims.csv", "2023-01-01", "participant,category",
                                  "academic"));
    CHECK_OK(mhf_outturn_key_count(&keys, o));
    CHECK(keys == 2);
    CHECK_OK(mhf_outturn_key_name(name, sizeof name, NULL, o, 1));
    CHECK(strcmp(name, "category") == 0);
    r = find_row(o, "S7-01", "central_events", "2022/23");
    CHECK(r >= 0);
    if (r >= 0) {
        CHECK_OK(
            mhf_outturn_row_figures(&actual, &unclaimed, &to_come, &outturn, &paid, o, (size_t)r));
        CHECK_I64(actual, 20000);
        CHECK_I64(unclaimed, 13333);
        CHECK_I64(to_come, 66667);
        CHECK_I64(outturn, 100000);
        CHECK_I64(paid, 20000);
        /* Any figure may be left out. */
        CHECK_OK(mhf_outturn_row_figures(NULL, NULL, NULL, &outturn, NULL, o, (size_t)r));
        CHECK_I64(outturn, 100000);
    }
    mhf_outturn_free(o);
}

/* No claim is over its allocation and none is unmatched: the outturn's total is the forecast's
 * (Σ max(A, K) = Σ A), whatever the grouping and period (rule 13). */
static void totals_reconcile(const mhf_scenario* s) {
    static const char* const periods[] = {"academic", "financial", "term", "month"};
    mhf_forecast* f = NULL;
    int64_t forecast = -1, outturn = -1, actual = -1;
    size_t i;
    CHECK_OK(mhf_forecast_run(&f, s, "", "academic"));
    CHECK_OK(mhf_forecast_total(&forecast, f));
    mhf_forecast_free(f);
    for (i = 0; i < 4; ++i) {
        mhf_outturn* o = NULL;
        CHECK_OK(
            mhf_outturn_run_text(&o, s, claims, NULL, "2023-01-01", "institution,hub", periods[i]));
        CHECK_OK(mhf_outturn_totals(&actual, NULL, NULL, &outturn, NULL, o));
        CHECK_I64(outturn, forecast);
        CHECK_I64(actual, 20000);
        mhf_outturn_free(o);
    }
}

static void errors(const mhf_scenario* s) {
    mhf_outturn* o = NULL;
    CHECK_STATUS(mhf_outturn_run_text(&o, s,
                                      "participant,date,category,days,reference,paid\n"
                                      "S7-01,2022-10-12,central_events,1,C-1,2022-10-11\n",
                                      "claims.csv", "2023-01-01", "", "academic"),
                 MHF_E_INPUT);
    CHECK(o == NULL);
    CHECK(strstr(mhf_last_error(), "claims.csv:2: field 'paid'") != NULL);
    CHECK_STATUS(mhf_outturn_run_text(&o, s, claims, NULL, "2023-02-30", "", "academic"),
                 MHF_E_USAGE);
    CHECK_STATUS(mhf_outturn_run_text(&o, s, claims, NULL, "2023-01-01", "colour", "academic"),
                 MHF_E_USAGE);
    CHECK_STATUS(mhf_outturn_run_text(&o, s, NULL, NULL, "2023-01-01", "", "academic"),
                 MHF_E_USAGE);
    CHECK_STATUS(mhf_outturn_run(&o, s, "/no/such/claims.csv", "2023-01-01", "", "academic"),
                 MHF_E_INPUT);
    CHECK_STATUS(mhf_outturn_row_count(NULL, o), MHF_E_USAGE);
    mhf_outturn_free(NULL);
}

int main(void) {
    mhf_scenario* s = NULL;
    CHECK_OK(mhf_scenario_default(&s));
    figures_by_hand(s);
    totals_reconcile(s);
    errors(s);
    mhf_scenario_free(s);
    return check_result("outturn");
}
