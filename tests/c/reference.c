/* Built-in reference data: the editions of the documents and the 40 Maths Hubs (003 appendix). */
#include "check.h"

int main(void) {
    size_t n = 0, i, needed = 0;
    char buf[64];
    int sms = 0, fe = 0, wg = 0;

    CHECK_OK(mhf_edition_count(&n));
    CHECK(n >= 3);
    for (i = 0; i < n; ++i) {
        CHECK_OK(mhf_edition_id(buf, sizeof buf, &needed, i));
        CHECK(needed < sizeof buf);
        sms += strcmp(buf, "sms-2022-cohort7") == 0;
        fe += strcmp(buf, "fe-2023") == 0;
        wg += strcmp(buf, "wg-2024") == 0;
    }
    CHECK(sms == 1 && fe == 1 && wg == 1);

    /* 003 appendix: "a list of the 40 Maths Hubs", first Enigma (EE1), last South Yorkshire
     * (YH4). */
    CHECK_OK(mhf_hub_count(&n));
    CHECK(n == 40);
    CHECK_OK(mhf_hub_code(buf, sizeof buf, NULL, 0));
    CHECK_STR(buf, "EE1");
    CHECK_OK(mhf_hub_name(buf, sizeof buf, NULL, 0));
    CHECK_STR(buf, "Enigma Maths Hub");
    CHECK_OK(mhf_hub_code(buf, sizeof buf, NULL, 39));
    CHECK_STR(buf, "YH4");
    CHECK_OK(mhf_hub_name(buf, sizeof buf, NULL, 39));
    CHECK_STR(buf, "South Yorkshire Maths Hub");
    return check_result("reference");
}
