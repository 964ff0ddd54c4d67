/* Approved budgets and comparisons through the C API: a budget saved and read back answers as
 * the forecast does, compares with itself as zero everywhere, and a changed input is named; a
 * malformed budget is MHF_E_INPUT with its JSON path. Files are written in the test's folder. */
#include <stdio.h>

#include "check.h"

/* The default scenario's grand total (tests/c/forecast.c has the working). */
#define DEFAULT_TOTAL 9696781

static void write_text(const char* path, const char* text) {
    FILE* out = fopen(path, "w");
    CHECK(out != NULL);
    if (!out) return;
    fputs(text, out);
    fclose(out);
}

static void round_trip(void) {
    mhf_scenario* s = NULL;
    mhf_budget *made = NULL, *read = NULL;
    mhf_forecast *from_budget = NULL, *from_scenario = NULL;
    mhf_comparison* c = NULL;
    int64_t total = 0, a = -1, b = -1, fa = 0, fb = 0;
    size_t n = 99, rows_a = 0, rows_b = 0, r;
    CHECK_OK(mhf_scenario_default(&s));
    CHECK_OK(mhf_budget_make(&made, s));
    CHECK_OK(mhf_budget_total(&total, made));
    CHECK_I64(total, DEFAULT_TOTAL);
    CHECK_OK(mhf_budget_save(made, "c_budget.json"));
    CHECK_OK(mhf_budget_read_file(&read, "c_budget.json"));
    CHECK_OK(mhf_budget_changed_input_count(&n, read));
    CHECK(n == 0);
    /* By programme and term, the budget's rows are the forecast's, amount for amount. */
    CHECK_OK(mhf_budget_forecast(&from_budget, read, "programme", "term"));
    CHECK_OK(mhf_forecast_run(&from_scenario, s, "programme", "term"));
    CHECK_OK(mhf_forecast_row_count(&rows_a, from_budget));
    CHECK_OK(mhf_forecast_row_count(&rows_b, from_scenario));
    CHECK(rows_a == rows_b && rows_a > 0);
    for (r = 0; r < rows_a && r < rows_b; ++r) {
        CHECK_OK(mhf_forecast_row_amount(&fa, from_budget, r));
        CHECK_OK(mhf_forecast_row_amount(&fb, from_scenario, r));
        CHECK_I64(fa, fb);
    }
    CHECK_OK(mhf_compare_files(&c, "c_budget.json", "c_budget.json", "participant", "month"));
    CHECK_OK(mhf_comparison_totals(&a, &b, c));
    CHECK_I64(a, DEFAULT_TOTAL);
    CHECK_I64(b, DEFAULT_TOTAL);
    CHECK_OK(mhf_comparison_line_count(&n, c));
    CHECK(n == 0);
    CHECK_STATUS(mhf_comparison_line_amounts(&a, &b, c, 0), MHF_E_RANGE);
    mhf_comparison_free(c);
    mhf_forecast_free(from_budget);
    mhf_forecast_free(from_scenario);
    mhf_budget_free(read);
    mhf_budget_free(made);
    mhf_scenario_free(s);
    remove("c_budget.json");
}

static const char* const roster_header =
    "participant,hub,programme,edition,cohort,start,institution,trn,pd_lead_accredited,"
    "withdrawn,sle_days\n";

/* One SMS cohort-7 specialist with 20 year-3 SLE days; the rate moves from £350.00 to £400.00:
 * B - A = 20 × £50.00 = £1,000.00 on the one SLE line. The roster then changes, and the saved
 * budget names it. */
static void sle_rate_and_changed_roster(void) {
    char roster[512], text[512];
    mhf_scenario* s = NULL;
    mhf_budget *saved = NULL, *read = NULL;
    mhf_comparison* c = NULL;
    int64_t a = 0, b = 0;
    size_t n = 0;
    snprintf(roster, sizeof roster, "%sS7-01,WM1,sms,sms-2022-cohort7,7,,137083,,no,,20\n",
             roster_header);
    write_text("c_budget_roster.csv", roster);
    write_text("c_budget_a.toml",
               "name = \"A\"\nroster = \"c_budget_roster.csv\"\n"
               "[settings]\nsle_rate = \"350.00\"\n");
    write_text("c_budget_b.toml",
               "name = \"B\"\nroster = \"c_budget_roster.csv\"\n"
               "[settings]\nsle_rate = \"400.00\"\n");
    CHECK_OK(mhf_compare_files(&c, "c_budget_a.toml", "c_budget_b.toml", "cost_type", "academic"));
    CHECK_OK(mhf_comparison_totals(&a, &b, c));
    CHECK_I64(b - a, 20 * 5000);
    CHECK_OK(mhf_comparison_line_count(&n, c));
    CHECK(n == 1);
    CHECK_OK(mhf_comparison_line_amounts(&a, &b, c, 0));
    CHECK_I64(a, 20 * 35000);
    CHECK_I64(b, 20 * 40000);
    CHECK_OK(mhf_comparison_line(text, sizeof text, NULL, c, 0));
    CHECK(strstr(text, "S7-01 year 3 sle") != NULL);
    mhf_comparison_free(c);

    CHECK_OK(mhf_scenario_load_file(&s, "c_budget_a.toml"));
    CHECK_OK(mhf_budget_make(&saved, s));
    CHECK_OK(mhf_budget_save(saved, "c_budget_a.json"));
    write_text("c_budget_roster.csv",
               "participant,hub,programme,edition,cohort,start,institution,"
               "trn,pd_lead_accredited,withdrawn,sle_days\n");
    CHECK_OK(mhf_budget_read_file(&read, "c_budget_a.json"));
    CHECK_OK(mhf_budget_changed_input_count(&n, read));
    CHECK(n == 1);
    CHECK_OK(mhf_budget_changed_input(text, sizeof text, NULL, read, 0));
    CHECK(strncmp(text, "roster ", 7) == 0);
    CHECK(strstr(text, "c_budget_roster.csv: saved ") != NULL);
    mhf_budget_free(read);
    mhf_budget_free(saved);
    mhf_scenario_free(s);

    write_text("c_budget_a.json", "{\"format\": \"mhfund budget\", \"format_version\": 2}");
    read = NULL;
    CHECK_STATUS(mhf_budget_read_file(&read, "c_budget_a.json"), MHF_E_INPUT);
    CHECK(read == NULL);
    CHECK(strstr(mhf_last_error(), "field 'format_version'") != NULL);
    remove("c_budget_roster.csv");
    remove("c_budget_a.toml");
    remove("c_budget_b.toml");
    remove("c_budget_a.json");
}

int main(void) {
    round_trip();
    sle_rate_and_changed_roster();
    CHECK_STATUS(mhf_budget_make(NULL, NULL), MHF_E_USAGE);
    mhf_budget_free(NULL);
    mhf_comparison_free(NULL);
    return check_result("budget");
}
