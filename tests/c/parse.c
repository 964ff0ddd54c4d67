/* mhf_money_parse and mhf_days_parse read text as scenario files and --set do (money.hpp,
 * half_days.hpp): pounds and pence with optional thousands commas and a £ sign, days in steps
 * of half a day; nothing else. */
#include "check.h"

static int64_t pence_of(const char* text) {
    int64_t pence = -1;
    CHECK_OK(mhf_money_parse(&pence, text, NULL));
    return pence;
}

static int64_t halves_of(const char* text) {
    int64_t halves = -1;
    CHECK_OK(mhf_days_parse(&halves, text, NULL));
    return halves;
}

static void money(void) {
    static const char* const bad[] = {"1,2,3", "1e3",      "1_000", "350.001", "12,34.00",
                                      "",      "\xC2\xA3", "abc",   "1.",      "NaN"};
    size_t i;
    int64_t pence = -1;
    /* £1,234.56 is 123456 pence, however it is written. */
    CHECK_I64(pence_of("1234.56"), 123456);
    CHECK_I64(pence_of("1,234.56"), 123456);
    CHECK_I64(pence_of("\xC2\xA3"
                       "1,234.56"),
              123456);
    CHECK_I64(pence_of(" 350.00 "), 35000);
    /* Whole pounds, and one decimal as tens of pence: £200.00 and £200.50. */
    CHECK_I64(pence_of("200"), 20000);
    CHECK_I64(pence_of("200.5"), 20050);
    CHECK_I64(pence_of("-\xC2\xA3"
                       "200.00"),
              -20000);

    for (i = 0; i < sizeof bad / sizeof bad[0]; ++i) {
        pence = -1;
        CHECK_STATUS(mhf_money_parse(&pence, bad[i], NULL), MHF_E_INPUT);
        CHECK_CONTAINS(mhf_last_error(), "bad amount '");
        CHECK_CONTAINS(mhf_last_error(), bad[i]);
        CHECK_I64(pence, 0);
    }
    /* The field, when given, is named as scenario settings name theirs. */
    CHECK_STATUS(mhf_money_parse(&pence, "1,2,3", "sle_rate"), MHF_E_INPUT);
    CHECK_CONTAINS(mhf_last_error(), "field 'sle_rate': bad amount '1,2,3'");
    /* 10^20 pounds is beyond int64_t pence (at most about 9.2 × 10^16 pounds). */
    CHECK_STATUS(mhf_money_parse(&pence, "100000000000000000000", NULL), MHF_E_OVERFLOW);
}

static void days(void) {
    static const char* const bad[] = {"1.25", "1e1", "-1", "", "1,5", "1_0", "0.5.0", "x"};
    size_t i;
    int64_t halves = -1;
    /* 15 days are 30 half-days; 7.5 are 15. */
    CHECK_I64(halves_of("15"), 30);
    CHECK_I64(halves_of("7.5"), 15);
    CHECK_I64(halves_of("0.5"), 1);
    CHECK_I64(halves_of("1.50"), 3);
    CHECK_I64(halves_of("0"), 0);
    for (i = 0; i < sizeof bad / sizeof bad[0]; ++i) {
        halves = -1;
        CHECK_STATUS(mhf_days_parse(&halves, bad[i], NULL), MHF_E_INPUT);
        CHECK_CONTAINS(mhf_last_error(), "bad number of days '");
        CHECK_I64(halves, 0);
    }
    CHECK_STATUS(mhf_days_parse(&halves, "1e1", "sle_days"), MHF_E_INPUT);
    CHECK_CONTAINS(mhf_last_error(), "field 'sle_days': bad number of days '1e1'");
}

/* A setting and the parser agree on the message: both are the library's. */
static void same_as_settings(void) {
    mhf_scenario* s = NULL;
    int64_t pence = 0;
    char from_parse[512];
    CHECK_OK(mhf_scenario_default(&s));
    CHECK_STATUS(mhf_money_parse(&pence, "1e3", "sle_rate"), MHF_E_INPUT);
    snprintf(from_parse, sizeof from_parse, "%s", mhf_last_error());
    CHECK_STATUS(mhf_scenario_set(s, "sle_rate", "1e3"), MHF_E_INPUT);
    CHECK_STR(mhf_last_error(), from_parse);
    mhf_scenario_free(s);
}

int main(void) {
    money();
    days();
    same_as_settings();
    return check_result("parse");
}
