/* Threading promises of docs/c-api.md: 8 threads forecast from one shared scenario (read-only)
 * and 8 from scenarios of their own, all at once, and every result equals the single-threaded
 * one; they also price with different SLE rates (a per-thread rate card) and read one shared
 * forecast. Each thread's last error is its own. Run under the tsan preset in CI. */
#define _POSIX_C_SOURCE 200112L
#include <pthread.h>
#include <stdio.h>

#include "check.h"

#define THREADS 8
#define ROUNDS 5

static const char* const groupings[][2] = {
    {"programme", "academic"},
    {"programme,cohort", "financial"},
    {"participant,category", "term"},
    {"", "month"},
};
#define GROUPINGS (sizeof groupings / sizeof groupings[0])

static const mhf_scenario* shared_scenario;
static const mhf_forecast* shared_forecast;
static int64_t expected_total[GROUPINGS];
static size_t expected_rows[GROUPINGS];
static int64_t expected_shared_sum;

/* Per-thread outcome; the checks are made by main, since the check counter is not atomic. */
struct outcome {
    int index;
    int own_scenario;
    int mismatches;
    int errors;
    char message[256];
};

static int forecast_matches(const mhf_scenario* s, size_t g) {
    mhf_forecast* f = NULL;
    int64_t total = -1;
    size_t rows = 0;
    int ok = mhf_forecast_run(&f, s, groupings[g][0], groupings[g][1]) == MHF_OK &&
             mhf_forecast_total(&total, f) == MHF_OK &&
             mhf_forecast_row_count(&rows, f) == MHF_OK && total == expected_total[g] &&
             rows == expected_rows[g];
    mhf_forecast_free(f);
    return ok;
}

static int64_t sum_rows(const mhf_forecast* f) {
    size_t rows = 0, i;
    int64_t sum = 0, v = 0;
    if (mhf_forecast_row_count(&rows, f) != MHF_OK) return -1;
    for (i = 0; i < rows; ++i) {
        if (mhf_forecast_row_amount(&v, f, i) != MHF_OK) return -1;
        sum += v;
    }
    return sum;
}

static void* work(void* arg) {
    struct outcome* o = arg;
    mhf_scenario* own = NULL;
    const mhf_scenario* s = shared_scenario;
    char edition[32];
    int round;
    size_t g;

    if (o->own_scenario) {
        if (mhf_scenario_default(&own) != MHF_OK) {
            ++o->errors;
            return NULL;
        }
        s = own;
    }
    /* This thread's own failure: its message must survive the other threads' failures. */
    snprintf(edition, sizeof edition, "no-such-edition-%d", o->index);
    {
        int64_t pence = 0;
        if (mhf_price(&pence, edition, "7", 1, NULL) != MHF_E_INPUT) ++o->errors;
    }
    for (round = 0; round < ROUNDS; ++round) {
        mhf_price_options opts = MHF_PRICE_OPTIONS_INIT;
        int64_t pence = 0;
        for (g = 0; g < GROUPINGS; ++g)
            if (!forecast_matches(s, g)) ++o->mismatches;
        if (sum_rows(shared_forecast) != expected_shared_sum) ++o->mismatches;
        /* 20 half-days (10 days) at £350.00 + £1 × the thread's index. */
        opts.sle_half_days = 20;
        opts.sle_rate_pence = 35000 + 100 * o->index;
        if (mhf_price(&pence, "sms-2022-cohort7", "7", 3, &opts) != MHF_OK ||
            pence != 10 * (35000 + 100 * o->index))
            ++o->mismatches;
        if (mhf_price(&pence, "fe-2023", "trailblazer", 1, NULL) != MHF_OK || pence != 600000)
            ++o->mismatches;
    }
    snprintf(o->message, sizeof o->message, "%s", mhf_last_error());
    mhf_scenario_free(own);
    return NULL;
}

int main(void) {
    mhf_scenario* s = NULL;
    mhf_forecast* f = NULL;
    pthread_t threads[2 * THREADS];
    struct outcome outcomes[2 * THREADS];
    size_t g;
    int i;

    CHECK_OK(mhf_scenario_default(&s));
    if (s == NULL) return check_result("threads");
    for (g = 0; g < GROUPINGS; ++g) {
        mhf_forecast* one = NULL;
        CHECK_OK(mhf_forecast_run(&one, s, groupings[g][0], groupings[g][1]));
        CHECK_OK(mhf_forecast_total(&expected_total[g], one));
        CHECK_OK(mhf_forecast_row_count(&expected_rows[g], one));
        mhf_forecast_free(one);
        /* Rule 9: every grouping and period has the same grand total. */
        CHECK_I64(expected_total[g], expected_total[0]);
    }
    CHECK_OK(mhf_forecast_run(&f, s, "participant", "month"));
    expected_shared_sum = sum_rows(f);
    CHECK_I64(expected_shared_sum, expected_total[0]);
    shared_scenario = s;
    shared_forecast = f;

    for (i = 0; i < 2 * THREADS; ++i) {
        outcomes[i].index = i;
        outcomes[i].own_scenario = i >= THREADS;
        outcomes[i].mismatches = 0;
        outcomes[i].errors = 0;
        outcomes[i].message[0] = '\0';
        CHECK(pthread_create(&threads[i], NULL, work, &outcomes[i]) == 0);
    }
    for (i = 0; i < 2 * THREADS; ++i) {
        char expected[64];
        CHECK(pthread_join(threads[i], NULL) == 0);
        CHECK(outcomes[i].errors == 0);
        CHECK(outcomes[i].mismatches == 0);
        snprintf(expected, sizeof expected, "'no-such-edition-%d'", i);
        CHECK_CONTAINS(outcomes[i].message, expected);
    }
    /* The main thread's last error is untouched by the threads' failures. */
    CHECK_STR(mhf_last_error(), "no error");

    mhf_forecast_free(f);
    mhf_scenario_free(s);
    return check_result("threads");
}
