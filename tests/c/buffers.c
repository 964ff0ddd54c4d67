/* The string-buffer protocol, (char* out, size_t out_size, size_t* out_len) first: *out_len is
 * the whole length without the NUL; a buffer too small gets a NUL-terminated prefix cut at a
 * UTF-8 character boundary; out NULL with out_size 0 asks for the length alone. */
#include "check.h"

/* Index of the hub whose code is `code`, or (size_t)-1. */
static size_t hub_index(const char* code) {
    size_t n = 0, i;
    char buf[8];
    CHECK_OK(mhf_hub_count(&n));
    for (i = 0; i < n; ++i) {
        CHECK_OK(mhf_hub_code(buf, sizeof buf, NULL, i));
        if (strcmp(buf, code) == 0) return i;
    }
    return (size_t)-1;
}

static void ascii(void) {
    mhf_scenario* s = NULL;
    mhf_forecast* f = NULL;
    char buf[16];
    size_t len = 0;

    CHECK_OK(mhf_scenario_default(&s));
    CHECK_OK(mhf_forecast_run(&f, s, "programme", "academic"));

    /* "programme": 9 bytes. */
    CHECK_OK(mhf_forecast_key_name(NULL, 0, &len, f, 0));
    CHECK(len == 9);
    memset(buf, 'x', sizeof buf);
    CHECK_OK(mhf_forecast_key_name(buf, 4, &len, f, 0));
    CHECK(len == 9);
    CHECK_STR(buf, "pro");
    CHECK(buf[4] == 'x'); /* nothing written past out_size */
    CHECK_OK(mhf_forecast_key_name(buf, 1, &len, f, 0));
    CHECK_STR(buf, "");
    /* out_size == len: one byte short, cut (len >= out_size tells the caller). */
    CHECK_OK(mhf_forecast_key_name(buf, 9, &len, f, 0));
    CHECK_STR(buf, "programm");
    /* len + 1 bytes: the whole text. */
    CHECK_OK(mhf_forecast_key_name(buf, 10, &len, f, 0));
    CHECK_STR(buf, "programme");
    CHECK(len == 9);
    /* A buffer of 0 bytes is left alone. */
    buf[0] = 'y';
    CHECK_OK(mhf_forecast_key_name(buf, 0, &len, f, 0));
    CHECK(buf[0] == 'y');

    /* Academic-year labels: "2022/23", 7 bytes. */
    CHECK_OK(mhf_forecast_row_period(buf, 5, &len, f, 0));
    CHECK(len == 7);
    CHECK_STR(buf, "2022");

    mhf_forecast_free(f);
    mhf_scenario_free(s);
}

static void utf8(void) {
    /* "Möbius Maths Hub" (SW5): 16 characters, 17 bytes ("ö" is C3 B6). */
    const size_t sw5 = hub_index("SW5");
    char buf[32];
    size_t len = 0;
    CHECK(sw5 != (size_t)-1);
    CHECK_OK(mhf_hub_name(buf, sizeof buf, &len, sw5));
    CHECK(len == 17);
    CHECK_STR(buf,
              "M\xC3\xB6"
              "bius Maths Hub");
    /* Room for 2 bytes would split "ö": only "M" is given. */
    CHECK_OK(mhf_hub_name(buf, 3, &len, sw5));
    CHECK_STR(buf, "M");
    CHECK(len == 17);
    /* Room for 3 bytes holds "Mö" whole. */
    CHECK_OK(mhf_hub_name(buf, 4, &len, sw5));
    CHECK_STR(buf, "M\xC3\xB6");

    /* A derivation: "15 days × £200.00 ..." with "×" as C3 97 at bytes 8-9. */
    {
        mhf_allocation* a = NULL;
        CHECK_OK(mhf_price_detail(&a, "sms-2022-cohort7", "7", 1, NULL));
        CHECK_OK(mhf_allocation_derivation(buf, 10, &len, a));
        CHECK_STR(buf, "15 days ");
        CHECK(len > 10);
        CHECK_OK(mhf_allocation_derivation(buf, 11, &len, a));
        CHECK_STR(buf, "15 days \xC3\x97");
        mhf_allocation_free(a);
    }
}

static void validators(void) {
    char buf[16];
    size_t len = 0;
    /* The payslip form normalises to 7 digits (domain.md section 5). */
    CHECK_OK(mhf_validate_trn(buf, sizeof buf, &len, "RP12/34567"));
    CHECK_STR(buf, "1234567");
    CHECK(len == 7);
    /* Check only: no buffer. */
    CHECK_OK(mhf_validate_trn(NULL, 0, &len, " 7654321 "));
    CHECK(len == 7);
    CHECK_OK(mhf_validate_trn(buf, sizeof buf, NULL, "uqt"));
    CHECK_STR(buf, "UQT");
    CHECK_STATUS(mhf_validate_trn(buf, sizeof buf, &len, "987654"), MHF_E_INPUT);
    CHECK_CONTAINS(mhf_last_error(), "7 digits");
    /* The rejected TRN is masked in the message: personal data. */
    CHECK_CONTAINS(mhf_last_error(), "'98****'");
    CHECK(strstr(mhf_last_error(), "987654") == NULL);
    CHECK_STATUS(mhf_validate_trn(buf, sizeof buf, &len, ""), MHF_E_INPUT);
    CHECK_CONTAINS(mhf_last_error(), "blank TRN");

    CHECK_OK(mhf_validate_urn(buf, sizeof buf, &len, "137083"));
    CHECK_STR(buf, "137083");
    CHECK_STATUS(mhf_validate_urn(buf, sizeof buf, &len, "13708"), MHF_E_INPUT);
    CHECK_CONTAINS(mhf_last_error(), "URN");
    CHECK_OK(mhf_validate_ukprn(buf, sizeof buf, &len, "10004599"));
    CHECK_STR(buf, "10004599");
    CHECK_STATUS(mhf_validate_ukprn(buf, sizeof buf, &len, "20004599"), MHF_E_INPUT);
    CHECK_CONTAINS(mhf_last_error(), "UKPRN");
}

int main(void) {
    ascii();
    utf8();
    validators();
    return check_result("buffers");
}
