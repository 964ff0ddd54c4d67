/* mhf_price and friends against the documents' figures (domain.md sections 2, 3 and 8). */

#include "check.h"

static int64_t price(const char* edition, const char* cohort, int year,
                     const mhf_price_options* opts) {
    int64_t pence = -1;
    CHECK_OK(mhf_price(&pence, edition, cohort, year, opts));
    return pence;
}

static void documents_figures(void) {
    mhf_price_options opts = MHF_PRICE_OPTIONS_INIT;

    /* 000: SMS year 1, 5 central + 10 personal development days at £200 = £3,000.00. */
    CHECK_I64(price("sms-2022-cohort7", "7", 1, NULL), 300000);
    /* 000: year 2, 3 + 8 + 4 (PD Lead) days at £200 = £3,000.00. */
    CHECK_I64(price("sms-2022-cohort7", "7", 2, NULL), 300000);
    /* Already accredited, policy unfunded (default): 11 days = £2,200.00. */
    opts.pd_lead_accredited = 1;
    CHECK_I64(price("sms-2022-cohort7", "7", 2, &opts), 220000);
    /* Policy reallocate: the 15 funded days stay = £3,000.00. */
    opts.pd_lead_policy = MHF_PD_LEAD_REALLOCATE;
    CHECK_I64(price("sms-2022-cohort7", "7", 2, &opts), 300000);

    /* 004: FE year 1, 6 + 9 days at £400 = £6,000.00, for both cohorts; year 2 the same. */
    CHECK_I64(price("fe-2023", "trailblazer", 1, NULL), 600000);
    CHECK_I64(price("fe-2023", "1", 1, NULL), 600000);
    CHECK_I64(price("fe-2023", "1", 2, NULL), 600000);

    /* 002, 003: £2,000.00 per department. */
    {
        int64_t pence = -1;
        CHECK_OK(mhf_price_workgroup(&pence, "wg-2024", 1));
        CHECK_I64(pence, 200000);
    }
}

static void year_three(void) {
    mhf_price_options opts = MHF_PRICE_OPTIONS_INIT;
    int64_t pence = -1;

    /* 40 half-days (20 days) at an SLE rate of £350.00: 40 × 35000 / 2 = 700000. */
    opts.sle_rate_pence = 35000;
    opts.sle_half_days = 40;
    CHECK_I64(price("sms-2022-cohort7", "7", 3, &opts), 700000);

    /* Plus 4 half-days of hub events at £200.00: 4 × 20000 / 2 = 40000. */
    opts.hub_event_half_days = 4;
    opts.hub_event_rate_pence = 20000;
    CHECK_I64(price("sms-2022-cohort7", "7", 3, &opts), 740000);

    /* Section 8 rule 1: one rounding per line. 7.5 days × £333.33 = 15 × 33333 / 2 =
     * 249997.5, rounded half-up once = 249998. */
    opts.hub_event_half_days = -1;
    opts.sle_rate_pence = 33333;
    opts.sle_half_days = 15;
    CHECK_I64(price("sms-2022-cohort7", "7", 3, &opts), 249998);

    /* Without an SLE rate: the documents give none, so it is an input error naming it. */
    opts.sle_rate_pence = 0;
    opts.sle_half_days = 40;
    CHECK_STATUS(mhf_price(&pence, "sms-2022-cohort7", "7", 3, &opts), MHF_E_INPUT);
    CHECK_CONTAINS(mhf_last_error(), "sle_rate");
    CHECK_I64(pence, 0);

    /* Without SLE days: an input error naming sle_days. */
    opts.sle_rate_pence = 35000;
    opts.sle_half_days = -1;
    CHECK_STATUS(mhf_price(&pence, "sms-2022-cohort7", "7", 3, &opts), MHF_E_INPUT);
    CHECK_CONTAINS(mhf_last_error(), "sle_days");

    /* A rate the caller changes between calls is the one used (the per-thread rate card is
     * rebuilt), and calls without rates go back to the built-in card. */
    opts.sle_half_days = 2;
    opts.sle_rate_pence = 35000;
    CHECK_I64(price("sms-2022-cohort7", "7", 3, &opts), 35000);
    opts.sle_rate_pence = 35700;
    CHECK_I64(price("sms-2022-cohort7", "7", 3, &opts), 35700);
    CHECK_I64(price("sms-2022-cohort7", "7", 1, NULL), 300000);
    opts.sle_rate_pence = 0;
    CHECK_STATUS(mhf_price(&pence, "sms-2022-cohort7", "7", 3, &opts), MHF_E_INPUT);
}

static void bad_requests(void) {
    mhf_price_options opts = MHF_PRICE_OPTIONS_INIT;
    int64_t pence = -1;

    CHECK_STATUS(mhf_price(&pence, "sms-2099", "7", 1, NULL), MHF_E_INPUT);
    CHECK_CONTAINS(mhf_last_error(), "sms-2099");
    CHECK_STATUS(mhf_price(&pence, "sms-2022-cohort7", "8", 1, NULL), MHF_E_INPUT);
    CHECK_STATUS(mhf_price(&pence, "fe-2023", "1", 3, NULL), MHF_E_INPUT);
    CHECK_CONTAINS(mhf_last_error(), "programme year");
    CHECK_STATUS(mhf_price(&pence, "sms-2022-cohort7", "7", 0, NULL), MHF_E_INPUT);
    /* A Work Group edition is priced per department. */
    CHECK_STATUS(mhf_price(&pence, "wg-2024", "1", 1, NULL), MHF_E_USAGE);
    CHECK_STATUS(mhf_price_workgroup(&pence, "sms-2022-cohort7", 1), MHF_E_USAGE);
    CHECK_STATUS(mhf_price_workgroup(&pence, "wg-2024", 2), MHF_E_INPUT);

    opts.pd_lead_policy = 7;
    CHECK_STATUS(mhf_price(&pence, "sms-2022-cohort7", "7", 1, &opts), MHF_E_USAGE);
    CHECK_CONTAINS(mhf_last_error(), "pd_lead_policy");
    opts.pd_lead_policy = MHF_PD_LEAD_UNFUNDED;
    opts.sle_rate_pence = -1;
    CHECK_STATUS(mhf_price(&pence, "sms-2022-cohort7", "7", 1, &opts), MHF_E_INPUT);
    CHECK_CONTAINS(mhf_last_error(), "sle_rate");
    opts.sle_rate_pence = 0;
    opts.sle_half_days = -2;
    CHECK_STATUS(mhf_price(&pence, "sms-2022-cohort7", "7", 1, &opts), MHF_E_INPUT);
    opts.sle_half_days = -1;
    opts.start = "2023-02-30";
    CHECK_STATUS(mhf_price(&pence, "sms-2022-cohort7", "7", 1, &opts), MHF_E_INPUT);
    CHECK_CONTAINS(mhf_last_error(), "start");
    opts.start = NULL;

    /* Options versions: 0 (not initialised) and a future version are refused. */
    opts.version = 0;
    CHECK_STATUS(mhf_price(&pence, "sms-2022-cohort7", "7", 1, &opts), MHF_E_USAGE);
    CHECK_CONTAINS(mhf_last_error(), "MHF_PRICE_OPTIONS_INIT");
    opts.version = MHF_PRICE_OPTIONS_VERSION + 1;
    CHECK_STATUS(mhf_price(&pence, "sms-2022-cohort7", "7", 1, &opts), MHF_E_USAGE);
    CHECK_STATUS(mhf_price_options_init(&opts, 0), MHF_E_USAGE);
    CHECK_OK(mhf_price_options_init(&opts, MHF_PRICE_OPTIONS_VERSION));
    CHECK(opts.version == MHF_PRICE_OPTIONS_VERSION && opts.sle_half_days == -1 &&
          opts.hub_event_half_days == -1 && opts.sle_rate_pence == 0 && opts.start == NULL);
}

static void start_date(void) {
    /* A start date moves the window, not the figure: the FE rate applies from 2022-09-01. */
    mhf_price_options opts = MHF_PRICE_OPTIONS_INIT;
    opts.start = "2023-01-01";
    CHECK_I64(price("fe-2023", "1", 1, &opts), 600000);
    /* Before any rate is in force (the secondary rate applies from 2022-09-01): an error. */
    opts.start = "2021-09-01";
    {
        int64_t pence = -1;
        CHECK_STATUS(mhf_price(&pence, "sms-2022-cohort7", "7", 1, &opts), MHF_E_INPUT);
    }
}

static void detail(void) {
    mhf_allocation* a = NULL;
    size_t n = 0;
    int64_t v = 0;
    char text[256];

    CHECK_OK(mhf_price_detail(&a, "sms-2022-cohort7", "7", 1, NULL));
    CHECK_OK(mhf_allocation_total(&v, a));
    CHECK_I64(v, 300000);
    CHECK_OK(mhf_allocation_line_count(&n, a));
    CHECK(n == 2);
    /* 000: year 1, 5 days attending central events; 10 days personal development. */
    CHECK_OK(mhf_allocation_line_category(text, sizeof text, NULL, a, 0));
    CHECK_STR(text, "central_events");
    CHECK_OK(mhf_allocation_line_type(text, sizeof text, NULL, a, 0));
    CHECK_STR(text, "release");
    CHECK_OK(mhf_allocation_line_half_days(&v, a, 0));
    CHECK_I64(v, 10);
    CHECK_OK(mhf_allocation_line_rate(&v, a, 0));
    CHECK_I64(v, 20000);
    CHECK_OK(mhf_allocation_line_amount(&v, a, 0));
    CHECK_I64(v, 100000);
    CHECK_OK(mhf_allocation_line_category(text, sizeof text, NULL, a, 1));
    CHECK_STR(text, "personal_development");
    CHECK_OK(mhf_allocation_line_half_days(&v, a, 1));
    CHECK_I64(v, 20);
    CHECK_OK(mhf_allocation_line_amount(&v, a, 1));
    CHECK_I64(v, 200000);
    CHECK_STATUS(mhf_allocation_line_amount(&v, a, 2), MHF_E_RANGE);
    CHECK_OK(mhf_allocation_derivation(text, sizeof text, NULL, a));
    CHECK_CONTAINS(text, "15 days");
    CHECK_CONTAINS(text, "3,000.00");
    mhf_allocation_free(a);

    /* PD Lead days reallocated stay funded, under development (000 footnote). */
    {
        mhf_price_options opts = MHF_PRICE_OPTIONS_INIT;
        size_t i;
        int64_t development = 0;
        opts.pd_lead_accredited = 1;
        opts.pd_lead_policy = MHF_PD_LEAD_REALLOCATE;
        CHECK_OK(mhf_price_detail(&a, "sms-2022-cohort7", "7", 2, &opts));
        CHECK_OK(mhf_allocation_line_count(&n, a));
        for (i = 0; i < n; ++i) {
            CHECK_OK(mhf_allocation_line_category(text, sizeof text, NULL, a, i));
            CHECK(strcmp(text, "pd_lead_accreditation") != 0);
            if (strcmp(text, "development") == 0) {
                CHECK_OK(mhf_allocation_line_amount(&v, a, i));
                development += v;
            }
        }
        /* 8 development days + 4 reallocated = 12 days × £200 = £2,400.00. */
        CHECK_I64(development, 240000);
        mhf_allocation_free(a);
    }

    CHECK_OK(mhf_price_workgroup_detail(&a, "wg-2024", 1));
    CHECK_OK(mhf_allocation_line_count(&n, a));
    CHECK(n == 1);
    CHECK_OK(mhf_allocation_line_type(text, sizeof text, NULL, a, 0));
    CHECK_STR(text, "grant");
    CHECK_OK(mhf_allocation_line_rate(&v, a, 0));
    CHECK_I64(v, 200000);
    CHECK_OK(mhf_allocation_line_half_days(&v, a, 0));
    CHECK_I64(v, 0);
    mhf_allocation_free(a);

    CHECK_STATUS(mhf_price_detail(&a, "sms-2022-cohort7", "7", 3, NULL), MHF_E_INPUT);
    CHECK(a == NULL);
}

int main(void) {
    documents_figures();
    year_three();
    bad_requests();
    start_date();
    detail();
    return check_result("price");
}
