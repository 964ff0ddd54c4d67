/* Dated changes through the C API (domain.md 9.1, rule 10): a changes file read as text and
 * from a file, figures by hand, and all or nothing on an error. */
#include <stdio.h>

#include "check.h"

/* The default scenario's grand total (tests/c/forecast.c has the working). */
#define DEFAULT_TOTAL 9696781

static const char* const header = "participant,date,field,value,reference\n";

/* The sum of the rows whose first key is `key` and whose period is `period` ("" = any). */
static int64_t key_sum(const mhf_forecast* f, const char* key, const char* period) {
    size_t rows = 0, r;
    char buf[64], label[64];
    int64_t sum = 0, v = 0;
    CHECK_OK(mhf_forecast_row_count(&rows, f));
    for (r = 0; r < rows; ++r) {
        CHECK_OK(mhf_forecast_row_key(buf, sizeof buf, NULL, f, r, 0));
        CHECK_OK(mhf_forecast_row_period(label, sizeof label, NULL, f, r));
        if (strcmp(buf, key) == 0 && (period[0] == '\0' || strcmp(label, period) == 0)) {
            CHECK_OK(mhf_forecast_row_amount(&v, f, r));
            sum += v;
        }
    }
    return sum;
}

/* The amount of the row whose two keys and period match, or -1. */
static int64_t cell(const mhf_forecast* f, const char* k0, const char* k1, const char* period) {
    size_t rows = 0, r;
    char a[64], b[64], label[64];
    int64_t v = -1;
    CHECK_OK(mhf_forecast_row_count(&rows, f));
    for (r = 0; r < rows; ++r) {
        CHECK_OK(mhf_forecast_row_key(a, sizeof a, NULL, f, r, 0));
        CHECK_OK(mhf_forecast_row_key(b, sizeof b, NULL, f, r, 1));
        CHECK_OK(mhf_forecast_row_period(label, sizeof label, NULL, f, r));
        if (strcmp(a, k0) == 0 && strcmp(b, k1) == 0 && strcmp(label, period) == 0) {
            CHECK_OK(mhf_forecast_row_amount(&v, f, r));
            return v;
        }
    }
    fprintf(stderr, "no row %s|%s in %s\n", k0, k1, period);
    return -1;
}

static int64_t total_of(const mhf_scenario* s, const char* by, const char* period) {
    mhf_forecast* f = NULL;
    int64_t total = -1;
    CHECK_OK(mhf_forecast_run(&f, s, by, period));
    CHECK_OK(mhf_forecast_total(&total, f));
    mhf_forecast_free(f);
    return total;
}

/* S7-01 (SMS cohort 7, at school 137083) moves to school 139001 on 1 January 2023. Year 1 is
 * 1 Sep 2022 – 31 Aug 2023: W = 261 weekdays; before 1 Jan 2023, C = Sep 22 + Oct 21 +
 * Nov 22 + Dec 22 = 87. Each line splits at round_half_up(A × 87 / 261) (rule 10):
 *   central events £1,000.00: 100000 × 87 / 261 = 33333.3 → 33333 (£333.33) to 137083, the
 *     remaining 66667 (£666.67) to 139001;
 *   personal development £2,000.00: 200000 × 87 / 261 = 66666.7 → 66667 to 137083, 133333
 *     to 139001.
 * So 137083 keeps 100000 of year 1; 139001 gets 200000 of it and then years 2 (300000) and 3
 * (20 SLE days × £350.00 = 700000) whole: 1200000. */
static void payee_change_as_text(void) {
    mhf_scenario* s = NULL;
    mhf_forecast* f = NULL;
    char csv[256];

    CHECK_OK(mhf_scenario_default(&s));
    snprintf(csv, sizeof csv, "%sS7-01,2023-01-01,institution,139001,CH-2023-01\n", header);
    CHECK_OK(mhf_scenario_read_changes_text(s, csv, "changes.csv"));

    CHECK_OK(mhf_forecast_run(&f, s, "institution,category", "academic"));
    CHECK_I64(cell(f, "137083", "central_events", "2022/23"), 33333);
    CHECK_I64(cell(f, "139001", "central_events", "2022/23"), 66667);
    CHECK_I64(cell(f, "137083", "personal_development", "2022/23"), 66667);
    CHECK_I64(cell(f, "139001", "personal_development", "2022/23"), 133333);
    mhf_forecast_free(f);

    CHECK_OK(mhf_forecast_run(&f, s, "institution", "academic"));
    CHECK_I64(key_sum(f, "137083", "2022/23"), 100000);
    CHECK_I64(key_sum(f, "137083", ""), 100000);
    CHECK_I64(key_sum(f, "139001", "2022/23"), 200000);
    CHECK_I64(key_sum(f, "139001", "2023/24"), 300000);
    CHECK_I64(key_sum(f, "139001", "2024/25"), 700000);
    CHECK_I64(key_sum(f, "139001", ""), 1200000);
    mhf_forecast_free(f);

    /* A split moves money between payees, never in or out (rule 9). */
    CHECK_I64(total_of(s, "institution", "month"), DEFAULT_TOTAL);
    CHECK_I64(total_of(s, "hub,institution", "financial"), DEFAULT_TOTAL);
    mhf_scenario_free(s);
}

/* FT-01 (FE trailblazer, year 1 from 1 Jan 2023, W = 260 weekdays; 174 before 1 Sep 2023, the
 * worked example of domain.md rule 5) moves to hub EM1 on 1 September 2023, in a file. WM1 keeps
 * year 1's lines before the move: central events 240000 × 174 / 260 = 160615.4 → 160615,
 * practice-based work 360000 × 174 / 260 = 240923.1 → 240923. EM1 gets the rest of year 1,
 * 600000 − 401538 = 198462, and year 2 (600000): 798462. */
static void hub_change_from_a_file(void) {
    mhf_scenario* s = NULL;
    mhf_forecast* f = NULL;
    FILE* out = fopen("c_changes.csv", "w");
    CHECK(out != NULL);
    if (out == NULL) return;
    fputs(header, out);
    fputs("FT-01,2023-09-01,hub,EM1,CH-2023-02\n", out);
    fclose(out);

    CHECK_OK(mhf_scenario_default(&s));
    CHECK_OK(mhf_scenario_read_changes(s, "c_changes.csv"));
    CHECK_OK(mhf_forecast_run(&f, s, "hub", "academic"));
    CHECK_I64(key_sum(f, "EM1", ""), 798462);
    CHECK_I64(key_sum(f, "EM1", "2022/23"), 0);
    CHECK_I64(key_sum(f, "WM1", ""), DEFAULT_TOTAL - 798462);
    mhf_forecast_free(f);
    CHECK_OK(mhf_forecast_run(&f, s, "participant,hub", "academic"));
    CHECK_I64(cell(f, "FT-01", "WM1", "2022/23"), 160615 + 240923);
    /* Academic 2023/24 holds EM1's part of year 1 (Sep–Dec 2023) and year 2's part before
     * 1 Sep 2024. Year 2 is 1 Jan – 31 Dec 2024, W = 262; C(1 Sep 2024) = Jan 23 + Feb 21 +
     * Mar 21 + Apr 22 + May 23 + Jun 20 + Jul 23 + Aug 22 = 175: central events 120000 × 175 /
     * 262 = 80152.7 → 80153, development 320000 × 175 / 262 = 213740.5 → 213740, PD Lead
     * 160000 × 175 / 262 = 106870.2 → 106870. */
    CHECK_I64(cell(f, "FT-01", "EM1", "2023/24"), 198462 + 80153 + 213740 + 106870);
    mhf_forecast_free(f);
    mhf_scenario_free(s);
    remove("c_changes.csv");
}

/* An error names the file, line and field, and the scenario is as it was: the good first row
 * of a file whose second row is bad is not applied either. */
static void errors_change_nothing(void) {
    mhf_scenario* s = NULL;
    mhf_forecast* f = NULL;
    char csv[256];

    CHECK_OK(mhf_scenario_default(&s));
    snprintf(csv, sizeof csv,
             "%sS7-01,2023-01-01,institution,139001,CH-1\nS7-99,2023-01-01,hub,EM1,CH-2\n", header);
    CHECK_STATUS(mhf_scenario_read_changes_text(s, csv, "changes.csv"), MHF_E_INPUT);
    CHECK_CONTAINS(mhf_last_error(), "changes.csv:3:");
    CHECK_CONTAINS(mhf_last_error(), "field 'participant'");
    CHECK_CONTAINS(mhf_last_error(), "'S7-99'");
    CHECK_OK(mhf_forecast_run(&f, s, "institution", "academic"));
    CHECK_I64(key_sum(f, "137083", ""), 1300000);
    CHECK_I64(key_sum(f, "139001", ""), 0);
    mhf_forecast_free(f);

    /* Without a name, messages call the text "(changes text)". */
    snprintf(csv, sizeof csv, "%sS7-01,2023-01-01,sle_days,2.25,CH-3\n", header);
    CHECK_STATUS(mhf_scenario_read_changes_text(s, csv, NULL), MHF_E_INPUT);
    CHECK_CONTAINS(mhf_last_error(), "(changes text):2:");
    CHECK_CONTAINS(mhf_last_error(), "field 'value'");
    CHECK_CONTAINS(mhf_last_error(), "'2.25'");

    /* Two changes of one field on one date, the second in a later call. */
    snprintf(csv, sizeof csv, "%sS7-01,2023-01-01,hub,EM1,CH-4\n", header);
    CHECK_OK(mhf_scenario_read_changes_text(s, csv, "one.csv"));
    CHECK_STATUS(mhf_scenario_read_changes_text(s, csv, "two.csv"), MHF_E_INPUT);
    CHECK_CONTAINS(mhf_last_error(), "two.csv:2:");
    CHECK_CONTAINS(mhf_last_error(), "the first at one.csv:2");

    CHECK_STATUS(mhf_scenario_read_changes(s, "no-such-changes.csv"), MHF_E_INPUT);
    CHECK_CONTAINS(mhf_last_error(), "no-such-changes.csv");
    CHECK_I64(total_of(s, "", "academic"), DEFAULT_TOTAL);
    mhf_scenario_free(s);
}

int main(void) {
    payee_change_as_text();
    hub_change_from_a_file();
    errors_change_nothing();
    return check_result("changes");
}
