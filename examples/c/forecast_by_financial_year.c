/* What will the hub spend in each government financial year (1 April - 31 March)?
 *
 *   example_c_forecast_by_financial_year [SCENARIO]
 *
 * The program a finance system would write against the C API: load a scenario (a file, or the
 * built-in sample hub), forecast by financial year, print each year and the total. Amounts come
 * as int64_t pence and are printed exactly, without floating point. Exit codes follow the
 * mhfund tool: 0 ok, 1 input error, 2 usage error (3 anything else).
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mhfund.h"

/* Formats pence as "£1,234.56" (or "-£1,234.56") into out, which holds at least 32 bytes. */
static void format_pounds(int64_t pence, char* out, size_t size) {
    char digits[24];
    char grouped[32];
    uint64_t magnitude = pence < 0 ? (uint64_t)0 - (uint64_t)pence : (uint64_t)pence;
    size_t n, i, j = 0;
    snprintf(digits, sizeof digits, "%" PRIu64, magnitude / 100);
    n = strlen(digits);
    for (i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0) grouped[j++] = ',';
        grouped[j++] = digits[i];
    }
    grouped[j] = '\0';
    snprintf(out, size, "%s\xC2\xA3%s.%02u", pence < 0 ? "-" : "", grouped,
             (unsigned)(magnitude % 100));
}

/* The period label of a row, in a buffer the caller frees: asks the size first, as a program
 * must when it does not know how long a text is. */
static char* row_period(const mhf_forecast* f, size_t row) {
    size_t needed = 0;
    char* text;
    if (mhf_forecast_row_period(NULL, 0, &needed, f, row) != MHF_OK) return NULL;
    text = malloc(needed + 1);
    if (text != NULL && mhf_forecast_row_period(text, needed + 1, NULL, f, row) != MHF_OK) {
        free(text);
        text = NULL;
    }
    return text;
}

static int fail(int status, const char* doing) {
    fprintf(stderr, "error %s: %s\n", doing, mhf_last_error());
    return status == MHF_E_INPUT ? 1 : status == MHF_E_USAGE ? 2 : 3;
}

int main(int argc, char** argv) {
    mhf_scenario* scenario = NULL;
    mhf_forecast* forecast = NULL;
    size_t rows = 0, row;
    int64_t amount = 0, total = 0;
    char money[32];
    int status;

    /* A program built against one mhfund.h may run with another library: say so. */
    if (mhf_version_number() != MHF_VERSION_NUMBER)
        fprintf(stderr, "warning: built against mhfund %d.%d.%d, running with %s\n",
                MHF_VERSION_MAJOR, MHF_VERSION_MINOR, MHF_VERSION_PATCH, mhf_version());

    status =
        argc > 1 ? mhf_scenario_load_file(&scenario, argv[1]) : mhf_scenario_default(&scenario);
    if (status != MHF_OK) return fail(status, "loading the scenario");

    /* No grouping ("") and period "financial": one row per financial year. */
    status = mhf_forecast_run(&forecast, scenario, "", "financial");
    if (status != MHF_OK) {
        mhf_scenario_free(scenario);
        return fail(status, "forecasting");
    }

    printf("Spend by financial year (%s)\n", argc > 1 ? argv[1] : "built-in sample hub");
    status = mhf_forecast_row_count(&rows, forecast);
    for (row = 0; status == MHF_OK && row < rows; ++row) {
        char* period = row_period(forecast, row);
        status = mhf_forecast_row_amount(&amount, forecast, row);
        if (period == NULL || status != MHF_OK) {
            free(period);
            status = status != MHF_OK ? status : MHF_E_NOMEM;
            break;
        }
        format_pounds(amount, money, sizeof money);
        printf("  %-10s %14s\n", period, money);
        free(period);
    }
    if (status == MHF_OK) status = mhf_forecast_total(&total, forecast);
    if (status == MHF_OK) {
        format_pounds(total, money, sizeof money);
        printf("  %-10s %14s\n", "total", money);
    }

    mhf_forecast_free(forecast);
    mhf_scenario_free(scenario);
    return status == MHF_OK ? 0 : fail(status, "reading the forecast");
}
