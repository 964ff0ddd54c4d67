/* A downstream C99 program against the installed C API: prices year 1 of a cohort-7 Secondary
 * Mastery Specialist (000: 15 days at £200.00), which is 300000 pence. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include <mhfund.h>

int main(void) {
    int64_t pence = 0;
    if (mhf_version_number() != MHF_VERSION_NUMBER) {
        fprintf(stderr, "built against mhfund.h %d, running against %d (%s)\n", MHF_VERSION_NUMBER,
                mhf_version_number(), mhf_version());
        return 1;
    }
    if (mhf_price(&pence, "sms-2022-cohort7", "7", 1, NULL) != MHF_OK) {
        fprintf(stderr, "mhf_price: %s\n", mhf_last_error());
        return 1;
    }
    printf("mhfund %s: sms-2022-cohort7 cohort 7 year 1 = %" PRId64 " pence\n", mhf_version(),
           pence);
    return pence == 300000 ? 0 : 1;
}
