/* Every function given NULL where it needs a pointer returns MHF_E_USAGE, with a message that
 * names the argument, and writes no output. */
#include "check.h"

/* The call returns MHF_E_USAGE and the message names `arg`. */
#define CHECK_NULL(call, arg)                          \
    do {                                               \
        mhf_error_clear();                             \
        CHECK_STATUS(call, MHF_E_USAGE);               \
        CHECK_CONTAINS(mhf_last_error(), "'" arg "'"); \
    } while (0)

int main(void) {
    mhf_scenario* s = NULL;
    mhf_forecast* f = NULL;
    mhf_allocation* a = NULL;
    size_t n = 0;
    int64_t v = 0;
    char buf[16];
    mhf_price_options opts = MHF_PRICE_OPTIONS_INIT;

    CHECK_NULL(mhf_scenario_load_file(NULL, "x.toml"), "out");
    CHECK_NULL(mhf_scenario_load_file(&s, NULL), "path");
    CHECK(s == NULL); /* *out is set to NULL on failure */
    CHECK_NULL(mhf_scenario_load_string(NULL, "", NULL), "out");
    CHECK_NULL(mhf_scenario_load_string(&s, NULL, NULL), "toml");
    CHECK_NULL(mhf_scenario_default(NULL), "out");
    CHECK_OK(mhf_scenario_default(&s));
    CHECK_NULL(mhf_scenario_set(NULL, "sle_rate", "350.00"), "scenario");
    CHECK_NULL(mhf_scenario_set(s, NULL, "350.00"), "name");
    CHECK_NULL(mhf_scenario_set(s, "sle_rate", NULL), "value");
    CHECK_NULL(mhf_scenario_read_changes(NULL, "changes.csv"), "scenario");
    CHECK_NULL(mhf_scenario_read_changes(s, NULL), "path");
    CHECK_NULL(mhf_scenario_read_changes_text(NULL, "", "changes.csv"), "scenario");
    CHECK_NULL(mhf_scenario_read_changes_text(s, NULL, "changes.csv"), "csv");
    mhf_scenario_free(NULL);

    mhf_forecast_free(f);
    CHECK_NULL(mhf_forecast_run(NULL, s, "programme", "academic"), "out");
    CHECK_NULL(mhf_forecast_run(&f, NULL, "programme", "academic"), "scenario");
    CHECK(f == NULL);
    CHECK_NULL(mhf_forecast_run(&f, s, NULL, "academic"), "by");
    CHECK_NULL(mhf_forecast_run(&f, s, "programme", NULL), "period");
    CHECK_OK(mhf_forecast_run(&f, s, "programme", "academic"));
    CHECK_NULL(mhf_forecast_row_count(&n, NULL), "forecast");
    CHECK_NULL(mhf_forecast_row_count(NULL, f), "out");
    CHECK_NULL(mhf_forecast_key_count(&n, NULL), "forecast");
    CHECK_NULL(mhf_forecast_key_count(NULL, f), "out");
    CHECK_NULL(mhf_forecast_key_name(buf, sizeof buf, &n, NULL, 0), "forecast");
    CHECK_NULL(mhf_forecast_key_name(NULL, sizeof buf, &n, f, 0), "out");
    CHECK_NULL(mhf_forecast_row_key(buf, sizeof buf, &n, NULL, 0, 0), "forecast");
    CHECK_NULL(mhf_forecast_row_key(NULL, sizeof buf, &n, f, 0, 0), "out");
    CHECK_NULL(mhf_forecast_row_period(buf, sizeof buf, &n, NULL, 0), "forecast");
    CHECK_NULL(mhf_forecast_row_period(NULL, sizeof buf, &n, f, 0), "out");
    CHECK_NULL(mhf_forecast_row_amount(&v, NULL, 0), "forecast");
    CHECK_NULL(mhf_forecast_row_amount(NULL, f, 0), "out_pence");
    CHECK_NULL(mhf_forecast_total(&v, NULL), "forecast");
    CHECK_NULL(mhf_forecast_total(NULL, f), "out_pence");
    CHECK_NULL(mhf_forecast_assumption_count(&n, NULL), "forecast");
    CHECK_NULL(mhf_forecast_assumption_count(NULL, f), "out");
    CHECK_NULL(mhf_forecast_assumption(buf, sizeof buf, &n, NULL, 0), "forecast");
    CHECK_NULL(mhf_forecast_assumption(NULL, sizeof buf, &n, f, 0), "out");
    CHECK_NULL(mhf_forecast_warning_count(&n, NULL), "forecast");
    CHECK_NULL(mhf_forecast_warning_count(NULL, f), "out");
    CHECK_NULL(mhf_forecast_warning(buf, sizeof buf, &n, NULL, 0), "forecast");
    mhf_forecast_free(NULL);

    CHECK_NULL(mhf_money_parse(NULL, "350.00", NULL), "out_pence");
    CHECK_NULL(mhf_money_parse(&v, NULL, NULL), "text");
    CHECK_NULL(mhf_days_parse(NULL, "20", NULL), "out_half_days");
    CHECK_NULL(mhf_days_parse(&v, NULL, "sle_days"), "text");

    CHECK_NULL(mhf_price_options_init(NULL, MHF_PRICE_OPTIONS_VERSION), "out");
    v = 5;
    CHECK_NULL(mhf_price(NULL, "sms-2022-cohort7", "7", 1, &opts), "out_pence");
    CHECK_NULL(mhf_price(&v, NULL, "7", 1, &opts), "edition");
    CHECK(v == 0);
    CHECK_NULL(mhf_price(&v, "sms-2022-cohort7", NULL, 1, &opts), "cohort");
    CHECK_NULL(mhf_price_workgroup(NULL, "wg-2024", 1), "out_pence");
    CHECK_NULL(mhf_price_workgroup(&v, NULL, 1), "edition");
    mhf_allocation_free(a);
    CHECK_NULL(mhf_price_detail(NULL, "sms-2022-cohort7", "7", 1, NULL), "out");
    CHECK_NULL(mhf_price_detail(&a, NULL, "7", 1, NULL), "edition");
    CHECK(a == NULL);
    CHECK_NULL(mhf_price_detail(&a, "sms-2022-cohort7", NULL, 1, NULL), "cohort");
    CHECK_NULL(mhf_price_workgroup_detail(NULL, "wg-2024", 1), "out");
    CHECK_NULL(mhf_price_workgroup_detail(&a, NULL, 1), "edition");
    CHECK_OK(mhf_price_detail(&a, "sms-2022-cohort7", "7", 1, NULL));
    CHECK_NULL(mhf_allocation_total(&v, NULL), "allocation");
    CHECK_NULL(mhf_allocation_total(NULL, a), "out_pence");
    CHECK_NULL(mhf_allocation_line_count(&n, NULL), "allocation");
    CHECK_NULL(mhf_allocation_line_count(NULL, a), "out");
    CHECK_NULL(mhf_allocation_line_category(buf, sizeof buf, &n, NULL, 0), "allocation");
    CHECK_NULL(mhf_allocation_line_category(NULL, sizeof buf, &n, a, 0), "out");
    CHECK_NULL(mhf_allocation_line_type(buf, sizeof buf, &n, NULL, 0), "allocation");
    CHECK_NULL(mhf_allocation_line_half_days(&v, NULL, 0), "allocation");
    CHECK_NULL(mhf_allocation_line_half_days(NULL, a, 0), "out_half_days");
    CHECK_NULL(mhf_allocation_line_rate(&v, NULL, 0), "allocation");
    CHECK_NULL(mhf_allocation_line_rate(NULL, a, 0), "out_pence");
    CHECK_NULL(mhf_allocation_line_amount(&v, NULL, 0), "allocation");
    CHECK_NULL(mhf_allocation_line_amount(NULL, a, 0), "out_pence");
    CHECK_NULL(mhf_allocation_derivation(buf, sizeof buf, &n, NULL), "allocation");
    CHECK_NULL(mhf_allocation_derivation(NULL, sizeof buf, &n, a), "out");
    mhf_allocation_free(NULL);

    CHECK_NULL(mhf_validate_trn(buf, sizeof buf, &n, NULL), "text");
    CHECK_NULL(mhf_validate_trn(NULL, sizeof buf, &n, "1234567"), "out");
    CHECK_NULL(mhf_validate_urn(buf, sizeof buf, &n, NULL), "text");
    CHECK_NULL(mhf_validate_ukprn(buf, sizeof buf, &n, NULL), "text");
    CHECK_NULL(mhf_edition_count(NULL), "out");
    CHECK_NULL(mhf_edition_id(NULL, sizeof buf, &n, 0), "out");
    CHECK_NULL(mhf_hub_count(NULL), "out");
    CHECK_NULL(mhf_hub_code(NULL, sizeof buf, &n, 0), "out");
    CHECK_NULL(mhf_hub_name(NULL, sizeof buf, &n, 0), "out");

    /* The documented nullable arguments: `out_len`, out with out_size 0, price options, the
     * base folder of scenario text, and the field named by the parsers. */
    CHECK_OK(mhf_hub_code(buf, sizeof buf, NULL, 0));
    CHECK_STR(buf, "EE1");
    CHECK_OK(mhf_hub_code(NULL, 0, &n, 0));
    CHECK(n == 3);
    CHECK_OK(mhf_price(&v, "sms-2022-cohort7", "7", 1, NULL));
    CHECK_I64(v, 300000);
    CHECK_OK(mhf_money_parse(&v, "350.00", NULL));
    CHECK_I64(v, 35000);

    mhf_allocation_free(a);
    mhf_forecast_free(f);
    mhf_scenario_free(s);
    return check_result("null_arguments");
}
