/* Forecasts through the C API: the default scenario's figures by hand from the documents, and
 * section 8 rule 9 (the same grand total for every grouping and period). */
#include <stdio.h>

#include "check.h"

/* The default scenario (src/data/default-scenario.toml, default-roster.csv,
 * default-workgroups.csv), SLE rate £350.00 (its example assumption), every year its lines
 * touch. By hand, in pence:
 *   S7-01, S7-03 (SMS): 300000 (y1) + 300000 (y2) + 20 SLE days × 35000 = 1300000 each
 *   S7-02 (SMS, PD Lead accredited, policy unfunded): 300000 + 220000 + 700000 = 1220000
 *   S7-04 (SMS, withdrawn 2024-02-15): year 1 300000; year 2 (window 2023-09-01 to
 *     2024-09-01, W = 261 weekdays, 119 before the 15th) kept per line (rule 6):
 *     60000 × 119/261 = 27356.3 → 27356, 160000 × 119/261 = 72950.2 → 72950,
 *     80000 × 119/261 = 36475.1 → 36475; year 3 starts after it: not priced.
 *     300000 + 136781 = 436781
 *   FT-01, FT-02, F1-01 (FE): 600000 + 600000 = 1200000 each
 *   F1-02 (FE, accredited, unfunded): 600000 + 11 days × 40000 = 1040000
 *   4 Work Group departments × 200000 = 800000
 * Total 9696781 (£96,967.81): SMS 4256781, FE 4640000, Work Groups 800000. */
#define DEFAULT_TOTAL 9696781
#define DEFAULT_SMS 4256781
#define DEFAULT_FE 4640000
#define DEFAULT_WORKGROUPS 800000

static int64_t sum_rows(const mhf_forecast* f) {
    size_t rows = 0, i;
    int64_t sum = 0, v = 0;
    CHECK_OK(mhf_forecast_row_count(&rows, f));
    for (i = 0; i < rows; ++i) {
        CHECK_OK(mhf_forecast_row_amount(&v, f, i));
        sum += v;
    }
    return sum;
}

/* The amount of the row whose keys (joined by '|') and period match, or -1. */
static int64_t row_amount(const mhf_forecast* f, const char* keys, const char* period) {
    size_t rows = 0, nkeys = 0, r, k;
    char joined[256], buf[128];
    int64_t v = -1;
    CHECK_OK(mhf_forecast_row_count(&rows, f));
    CHECK_OK(mhf_forecast_key_count(&nkeys, f));
    for (r = 0; r < rows; ++r) {
        joined[0] = '\0';
        for (k = 0; k < nkeys; ++k) {
            CHECK_OK(mhf_forecast_row_key(buf, sizeof buf, NULL, f, r, k));
            if (k > 0) strcat(joined, "|");
            strcat(joined, buf);
        }
        CHECK_OK(mhf_forecast_row_period(buf, sizeof buf, NULL, f, r));
        if (strcmp(joined, keys) == 0 && strcmp(buf, period) == 0) {
            CHECK_OK(mhf_forecast_row_amount(&v, f, r));
            return v;
        }
    }
    fprintf(stderr, "no row %s in %s\n", keys, period);
    return -1;
}

/* Sum of the rows whose first key is `key`. */
static int64_t key_sum(const mhf_forecast* f, const char* key) {
    size_t rows = 0, r;
    char buf[64];
    int64_t sum = 0, v = 0;
    CHECK_OK(mhf_forecast_row_count(&rows, f));
    for (r = 0; r < rows; ++r) {
        CHECK_OK(mhf_forecast_row_key(buf, sizeof buf, NULL, f, r, 0));
        if (strcmp(buf, key) == 0) {
            CHECK_OK(mhf_forecast_row_amount(&v, f, r));
            sum += v;
        }
    }
    return sum;
}

static void default_scenario(void) {
    static const char* const bys[] = {"",
                                      "programme",
                                      "programme,cohort",
                                      "hub,edition,year",
                                      "participant,category",
                                      "institution,cost_type"};
    static const char* const periods[] = {"academic", "financial", "term", "month"};
    mhf_scenario* s = NULL;
    mhf_forecast* f = NULL;
    size_t b, p, n = 0, i;
    int64_t total = 0;
    char buf[512];
    int found_sle = 0;

    CHECK_OK(mhf_scenario_default(&s));
    for (b = 0; b < sizeof bys / sizeof bys[0]; ++b)
        for (p = 0; p < sizeof periods / sizeof periods[0]; ++p) {
            CHECK_OK(mhf_forecast_run(&f, s, bys[b], periods[p]));
            CHECK_OK(mhf_forecast_total(&total, f));
            CHECK_I64(total, DEFAULT_TOTAL);
            CHECK_I64(sum_rows(f), DEFAULT_TOTAL);
            mhf_forecast_free(f);
        }

    CHECK_OK(mhf_forecast_run(&f, s, "programme", "academic"));
    CHECK_OK(mhf_forecast_key_count(&n, f));
    CHECK(n == 1);
    CHECK_OK(mhf_forecast_key_name(buf, sizeof buf, NULL, f, 0));
    CHECK_STR(buf, "programme");
    CHECK_I64(key_sum(f, "sms"), DEFAULT_SMS);
    CHECK_I64(key_sum(f, "fe"), DEFAULT_FE);
    CHECK_I64(key_sum(f, "sms") + key_sum(f, "fe"), DEFAULT_TOTAL - DEFAULT_WORKGROUPS);
    /* Work Group grants are lumps on 1 September 2024 (rule 7): all in 2024/25. */
    CHECK_OK(mhf_forecast_row_key(buf, sizeof buf, NULL, f, 0, 0));
    /* The sample plan's SLE rate is an assumption, listed with the forecast. */
    CHECK_OK(mhf_forecast_assumption_count(&n, f));
    for (i = 0; i < n; ++i) {
        CHECK_OK(mhf_forecast_assumption(buf, sizeof buf, NULL, f, i));
        if (strncmp(buf, "sle_rate = 350.00", 17) == 0) found_sle = 1;
    }
    CHECK(found_sle);
    CHECK_OK(mhf_forecast_warning_count(&n, f));
    mhf_forecast_free(f);

    /* Section 8 rule 5's example: the FE trailblazer's year-1 central events, £2,400.00 over
     * 1 Jan 2023 to 31 Dec 2023 (260 weekdays, 174 before 1 Sep 2023): 2022/23 gets
     * 240000 × 174 / 260 = 160615.4 → 160615, and 2023/24 the rest, 79385. */
    CHECK_OK(mhf_forecast_run(&f, s, "participant,year,category", "academic"));
    CHECK_I64(row_amount(f, "FT-01|1|central_events", "2022/23"), 160615);
    CHECK_I64(row_amount(f, "FT-01|1|central_events", "2023/24"), 79385);
    mhf_forecast_free(f);

    /* The forecast does not need its scenario: free the scenario first. */
    CHECK_OK(mhf_forecast_run(&f, s, "", "financial"));
    mhf_scenario_free(s);
    CHECK_OK(mhf_forecast_total(&total, f));
    CHECK_I64(total, DEFAULT_TOTAL);
    CHECK_OK(mhf_forecast_row_period(buf, sizeof buf, NULL, f, 0));
    CHECK_STR(buf, "FY2022-23");
    mhf_forecast_free(f);
}

/* A scenario text whose roster is a file beside it, found through base_dir. */
static void scenario_with_roster(void) {
    const char* roster =
        "participant,hub,programme,edition,cohort,start,institution,trn,"
        "pd_lead_accredited,withdrawn,sle_days\n"
        "A-1,WM1,sms,sms-2022-cohort7,7,,137083,1234567,no,,10\n";
    const char* text =
        "name = \"one specialist\"\nhub = \"WM1\"\nroster = \"c_forecast_roster.csv\"\n"
        "[settings]\nsle_rate = \"350.00\"\n";
    mhf_scenario* s = NULL;
    mhf_forecast* f = NULL;
    int64_t total = 0;
    FILE* out = fopen("c_forecast_roster.csv", "w");
    CHECK(out != NULL);
    if (out == NULL) return;
    fputs(roster, out);
    fclose(out);

    CHECK_OK(mhf_scenario_load_string(&s, text, "."));
    /* 300000 + 300000 + 10 SLE days × 35000 = 950000. */
    CHECK_OK(mhf_forecast_run(&f, s, "programme", "academic"));
    CHECK_OK(mhf_forecast_total(&total, f));
    CHECK_I64(total, 950000);
    CHECK_I64(row_amount(f, "sms", "2024/25"), 350000);
    mhf_forecast_free(f);

    /* PD Lead policy reallocate changes nothing for a teacher who is not accredited; SLE days
     * set scenario-wide do not override the roster's. */
    CHECK_OK(mhf_scenario_set(s, "pd_lead_policy", "reallocate"));
    CHECK_OK(mhf_forecast_run(&f, s, "programme", "financial"));
    CHECK_OK(mhf_forecast_total(&total, f));
    CHECK_I64(total, 950000);
    mhf_forecast_free(f);
    mhf_scenario_free(s);

    /* A roster that does not exist: an input error naming it. */
    CHECK_STATUS(mhf_scenario_load_string(&s, text, "no-such-folder"), MHF_E_INPUT);
    CHECK_CONTAINS(mhf_last_error(), "no-such-folder/c_forecast_roster.csv");
    remove("c_forecast_roster.csv");
}

int main(void) {
    default_scenario();
    scenario_with_roster();
    return check_result("forecast");
}
