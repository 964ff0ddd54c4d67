/* Status codes and messages: input errors name file, line and field; exceptions thrown inside
 * the library come back as codes; the last error follows libgit2's rule. */
#include <stdio.h>

#include "check.h"
#include "test_hook.h"

static void versions(void) {
    char expected[32];
    CHECK(mhf_version_number() == MHF_VERSION_NUMBER);
    snprintf(expected, sizeof expected, "%d.%d.%d", MHF_VERSION_MAJOR, MHF_VERSION_MINOR,
             MHF_VERSION_PATCH);
    CHECK_STR(mhf_version(), expected);
}

static void fixed_texts(void) {
    const int codes[] = {MHF_OK,         MHF_E_INPUT,    MHF_E_USAGE, MHF_E_NOMEM,
                         MHF_E_OVERFLOW, MHF_E_INTERNAL, MHF_E_RANGE};
    size_t i, j;
    for (i = 0; i < sizeof codes / sizeof codes[0]; ++i) {
        CHECK(mhf_errstr(codes[i]) != NULL);
        CHECK(strcmp(mhf_errstr(codes[i]), "unknown status code") != 0);
        for (j = 0; j < i; ++j)
            CHECK(strcmp(mhf_errstr(codes[i]), mhf_errstr(codes[j])) != 0);
    }
    CHECK_STR(mhf_errstr(-99), "unknown status code");
    CHECK_STR(mhf_errstr(1), "unknown status code");
    CHECK_STR(mhf_errstr(MHF_OK), "no error");
}

static void last_error_rule(void) {
    int64_t pence = 0;
    /* Never NULL; "no error" before any failure in this thread. */
    CHECK(mhf_last_error() != NULL);
    CHECK_STR(mhf_last_error(), "no error");

    CHECK_STATUS(mhf_price(&pence, "no-such-edition", "7", 1, NULL), MHF_E_INPUT);
    CHECK_CONTAINS(mhf_last_error(), "no-such-edition");
    /* A call that succeeds leaves the message of the last failure (libgit2's rule) ... */
    CHECK_OK(mhf_price(&pence, "sms-2022-cohort7", "7", 1, NULL));
    CHECK_CONTAINS(mhf_last_error(), "no-such-edition");
    /* ... the next failure replaces it, and mhf_error_clear() resets it. */
    CHECK_STATUS(mhf_price_workgroup(&pence, "wg-2024", 9), MHF_E_INPUT);
    CHECK_CONTAINS(mhf_last_error(), "work-group year '9'");
    mhf_error_clear();
    CHECK_STR(mhf_last_error(), "no error");
}

static void exceptions_become_codes(void) {
    CHECK_STATUS(test_hook_throw(0), MHF_E_INTERNAL);
    CHECK_CONTAINS(mhf_last_error(), "internal error");
    CHECK_CONTAINS(mhf_last_error(), "forced std::runtime_error");
    CHECK_CONTAINS(mhf_last_error(), "test_hook_throw");
    CHECK_STATUS(test_hook_throw(1), MHF_E_NOMEM);
    CHECK_STR(mhf_last_error(), "out of memory");
    CHECK_STATUS(test_hook_throw(2), MHF_E_INTERNAL);
    CHECK_CONTAINS(mhf_last_error(), "unknown type");
    CHECK_STATUS(test_hook_throw(3), MHF_E_INPUT);
    CHECK_CONTAINS(mhf_last_error(), "test.toml:3: field 'sle_rate': forced input error");
    CHECK_STATUS(test_hook_throw(4), MHF_E_USAGE);
    CHECK_STR(mhf_last_error(), "test_hook_throw: unknown kind 4: expected 0 to 3");
}

/* include/mhfund/error.hpp: each mhfund::errc value is the negative of its C status code, so
 * an error of category 1 is MHF_E_INPUT (-1), 2 MHF_E_USAGE (-2), 4 MHF_E_OVERFLOW (-4) and
 * 5 MHF_E_INTERNAL (-5). -3 (out of memory) and -6 (index out of range) have no category. */
static void categories_are_negated_codes(void) {
    const int codes[] = {MHF_E_INPUT, MHF_E_USAGE, MHF_E_OVERFLOW, MHF_E_INTERNAL};
    size_t i;
    for (i = 0; i < sizeof codes / sizeof codes[0]; ++i) {
        CHECK_STATUS(test_hook_throw_category(-codes[i]), codes[i]);
        CHECK_CONTAINS(mhf_last_error(), "forced error of category");
    }
}

/* The [settings] line `sle_rate = "abc"` is line 3 of this text. */
static const char bad_rate_text[] =
    "name = \"bad rate\"\n"
    "[settings]\n"
    "sle_rate = \"abc\"\n";

static void bad_scenario_text(void) {
    mhf_scenario* s = NULL;
    CHECK_STATUS(mhf_scenario_load_string(&s, bad_rate_text, NULL), MHF_E_INPUT);
    CHECK(s == NULL);
    CHECK_CONTAINS(mhf_last_error(), "(scenario text):3:");
    CHECK_CONTAINS(mhf_last_error(), "field 'sle_rate'");
    CHECK_CONTAINS(mhf_last_error(), "'abc'");

    /* Not TOML at all. */
    CHECK_STATUS(mhf_scenario_load_string(&s, "name = \n", NULL), MHF_E_INPUT);
    CHECK_CONTAINS(mhf_last_error(), "(scenario text)");
}

static void bad_scenario_file(void) {
    const char* path = "c_errors_bad_scenario.toml";
    mhf_scenario* s = NULL;
    FILE* f = fopen(path, "w");
    CHECK(f != NULL);
    if (f == NULL) return;
    fputs(bad_rate_text, f);
    fclose(f);
    CHECK_STATUS(mhf_scenario_load_file(&s, path), MHF_E_INPUT);
    CHECK_CONTAINS(mhf_last_error(), "c_errors_bad_scenario.toml:3: field 'sle_rate'");
    remove(path);

    CHECK_STATUS(mhf_scenario_load_file(&s, "c_errors_no_such_file.toml"), MHF_E_INPUT);
    CHECK_CONTAINS(mhf_last_error(), "c_errors_no_such_file.toml");
    CHECK(s == NULL);
}

static int64_t total_of(const mhf_scenario* s) {
    mhf_forecast* f = NULL;
    int64_t total = -1;
    CHECK_OK(mhf_forecast_run(&f, s, "programme", "academic"));
    CHECK_OK(mhf_forecast_total(&total, f));
    mhf_forecast_free(f);
    return total;
}

static void settings_and_usage(void) {
    mhf_scenario* s = NULL;
    mhf_forecast* f = NULL;
    int64_t before;
    CHECK_OK(mhf_scenario_default(&s));
    before = total_of(s);

    /* Unknown setting and bad value: input errors, and the scenario is unchanged. */
    CHECK_STATUS(mhf_scenario_set(s, "sle_ratio", "350.00"), MHF_E_INPUT);
    CHECK_CONTAINS(mhf_last_error(), "unknown setting 'sle_ratio'");
    CHECK_STATUS(mhf_scenario_set(s, "sle_rate", "35O.00"), MHF_E_INPUT);
    CHECK_CONTAINS(mhf_last_error(), "sle_rate");
    CHECK_STATUS(mhf_scenario_set(s, "pd_lead_policy", "sometimes"), MHF_E_INPUT);
    CHECK_I64(total_of(s), before);

    /* The default scenario's SLE rate is £350.00 (an example assumption); three specialists
     * each have 20 SLE days in year 3. At £400.00: 3 × 20 × (40000 − 35000) = 300000 more. */
    CHECK_OK(mhf_scenario_set(s, "sle_rate", "400.00"));
    CHECK_I64(total_of(s), before + 300000);

    /* Unknown grouping or period: usage errors. */
    CHECK_STATUS(mhf_forecast_run(&f, s, "programme", "fortnight"), MHF_E_USAGE);
    CHECK_CONTAINS(mhf_last_error(), "fortnight");
    CHECK(f == NULL);
    CHECK_STATUS(mhf_forecast_run(&f, s, "programme,colour", "academic"), MHF_E_USAGE);
    CHECK_CONTAINS(mhf_last_error(), "colour");
    CHECK_STATUS(mhf_forecast_run(&f, s, "programme,programme", "academic"), MHF_E_USAGE);

    /* Indexes past the end: MHF_E_RANGE. */
    {
        size_t rows = 0, n = 0;
        int64_t v = 0;
        char buf[8];
        CHECK_OK(mhf_forecast_run(&f, s, "programme", "academic"));
        CHECK_OK(mhf_forecast_row_count(&rows, f));
        CHECK_STATUS(mhf_forecast_row_amount(&v, f, rows), MHF_E_RANGE);
        CHECK_CONTAINS(mhf_last_error(), "row");
        CHECK_STATUS(mhf_forecast_row_key(buf, sizeof buf, &n, f, 0, 1), MHF_E_RANGE);
        CHECK_STATUS(mhf_forecast_key_name(buf, sizeof buf, &n, f, 1), MHF_E_RANGE);
        CHECK_STATUS(mhf_forecast_row_period(buf, sizeof buf, &n, f, rows), MHF_E_RANGE);
        CHECK_STATUS(mhf_forecast_assumption(buf, sizeof buf, &n, f, 1000), MHF_E_RANGE);
        CHECK_STATUS(mhf_forecast_warning(buf, sizeof buf, &n, f, 1000), MHF_E_RANGE);
        CHECK_STATUS(mhf_edition_id(buf, sizeof buf, &n, 1000), MHF_E_RANGE);
        CHECK_STATUS(mhf_hub_code(buf, sizeof buf, &n, 40), MHF_E_RANGE);
        CHECK_STATUS(mhf_hub_name(buf, sizeof buf, &n, 40), MHF_E_RANGE);
        mhf_forecast_free(f);
    }
    mhf_scenario_free(s);
}

int main(void) {
    versions();
    fixed_texts();
    last_error_rule();
    exceptions_become_codes();
    categories_are_negated_codes();
    bad_scenario_text();
    bad_scenario_file();
    settings_and_usage();
    return check_result("errors");
}
