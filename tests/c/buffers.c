/* The string-buffer protocol: *needed is the whole length without the NUL; a buffer too small
 * gets a NUL-terminated prefix cut at a UTF-8 character boundary; buf NULL with buflen 0 asks
 * for the size alone. */
#include "check.h"

/* Index of the hub whose code is `code`, or (size_t)-1. */
static size_t hub_index(const char* code) {
    size_t n = 0, i;
    char buf[8];
    CHECK_OK(mhf_hub_count(&n));
    for (i = 0; i < n; ++i) {
        CHECK_OK(mhf_hub_code(i, buf, sizeof buf, NULL));
        if (strcmp(buf, code) == 0) return i;
    }
    return (size_t)-1;
}

static void ascii(void) {
    mhf_scenario* s = NULL;
    mhf_forecast* f = NULL;
    char buf[16];
    size_t needed = 0;

    CHECK_OK(mhf_scenario_default(&s));
    CHECK_OK(mhf_forecast_run(&f, s, "programme", "academic"));

    /* "programme": 9 bytes. */
    CHECK_OK(mhf_forecast_key_name(f, 0, NULL, 0, &needed));
    CHECK(needed == 9);
    memset(buf, 'x', sizeof buf);
    CHECK_OK(mhf_forecast_key_name(f, 0, buf, 4, &needed));
    CHECK(needed == 9);
    CHECK_STR(buf, "pro");
    CHECK(buf[4] == 'x'); /* nothing written past buflen */
    CHECK_OK(mhf_forecast_key_name(f, 0, buf, 1, &needed));
    CHECK_STR(buf, "");
    /* buflen == needed: one byte short, cut (needed >= buflen tells the caller). */
    CHECK_OK(mhf_forecast_key_name(f, 0, buf, 9, &needed));
    CHECK_STR(buf, "programm");
    /* needed + 1 bytes: the whole text. */
    CHECK_OK(mhf_forecast_key_name(f, 0, buf, 10, &needed));
    CHECK_STR(buf, "programme");
    CHECK(needed == 9);
    /* A buffer of 0 bytes is left alone. */
    buf[0] = 'y';
    CHECK_OK(mhf_forecast_key_name(f, 0, buf, 0, &needed));
    CHECK(buf[0] == 'y');

    /* Academic-year labels: "2022/23", 7 bytes. */
    CHECK_OK(mhf_forecast_row_period(f, 0, buf, 5, &needed));
    CHECK(needed == 7);
    CHECK_STR(buf, "2022");

    mhf_forecast_free(f);
    mhf_scenario_free(s);
}

static void utf8(void) {
    /* "Möbius Maths Hub" (SW5): 16 characters, 17 bytes ("ö" is C3 B6). */
    const size_t sw5 = hub_index("SW5");
    char buf[32];
    size_t needed = 0;
    CHECK(sw5 != (size_t)-1);
    CHECK_OK(mhf_hub_name(sw5, buf, sizeof buf, &needed));
    CHECK(needed == 17);
    CHECK_STR(buf,
              "M\xC3\xB6"
              "bius Maths Hub");
    /* Room for 2 bytes would split "ö": only "M" is given. */
    CHECK_OK(mhf_hub_name(sw5, buf, 3, &needed));
    CHECK_STR(buf, "M");
    CHECK(needed == 17);
    /* Room for 3 bytes holds "Mö" whole. */
    CHECK_OK(mhf_hub_name(sw5, buf, 4, &needed));
    CHECK_STR(buf, "M\xC3\xB6");

    /* A derivation: "15 days × £200.00 ..." with "×" as C3 97 at bytes 8-9. */
    {
        mhf_allocation* a = NULL;
        CHECK_OK(mhf_price_detail(&a, "sms-2022-cohort7", "7", 1, NULL));
        CHECK_OK(mhf_allocation_derivation(a, buf, 10, &needed));
        CHECK_STR(buf, "15 days ");
        CHECK(needed > 10);
        CHECK_OK(mhf_allocation_derivation(a, buf, 11, &needed));
        CHECK_STR(buf, "15 days \xC3\x97");
        mhf_allocation_free(a);
    }
}

static void validators(void) {
    char buf[16];
    size_t needed = 0;
    /* The payslip form normalises to 7 digits (domain.md section 5). */
    CHECK_OK(mhf_validate_trn("RP12/34567", buf, sizeof buf, &needed));
    CHECK_STR(buf, "1234567");
    CHECK(needed == 7);
    /* Check only: no buffer. */
    CHECK_OK(mhf_validate_trn(" 7654321 ", NULL, 0, &needed));
    CHECK(needed == 7);
    CHECK_OK(mhf_validate_trn("uqt", buf, sizeof buf, NULL));
    CHECK_STR(buf, "UQT");
    CHECK_STATUS(mhf_validate_trn("987654", buf, sizeof buf, &needed), MHF_E_INPUT);
    CHECK_CONTAINS(mhf_last_error(), "7 digits");
    /* The rejected TRN is masked in the message: personal data. */
    CHECK_CONTAINS(mhf_last_error(), "'98****'");
    CHECK(strstr(mhf_last_error(), "987654") == NULL);
    CHECK_STATUS(mhf_validate_trn("", buf, sizeof buf, &needed), MHF_E_INPUT);
    CHECK_CONTAINS(mhf_last_error(), "blank TRN");

    CHECK_OK(mhf_validate_urn("137083", buf, sizeof buf, &needed));
    CHECK_STR(buf, "137083");
    CHECK_STATUS(mhf_validate_urn("13708", buf, sizeof buf, &needed), MHF_E_INPUT);
    CHECK_CONTAINS(mhf_last_error(), "URN");
    CHECK_OK(mhf_validate_ukprn("10004599", buf, sizeof buf, &needed));
    CHECK_STR(buf, "10004599");
    CHECK_STATUS(mhf_validate_ukprn("20004599", buf, sizeof buf, &needed), MHF_E_INPUT);
    CHECK_CONTAINS(mhf_last_error(), "UKPRN");
}

int main(void) {
    ascii();
    utf8();
    validators();
    return check_result("buffers");
}
