/* Deadlines and eligibility through the C API. Expectations are set by hand from the documents:
 * 001 "Applications should be submitted by 5pm on 14 March 2025" (GMT: BST starts on 30 March
 * 2025); 003 "Deadline for applications: Friday 28th June 2024" (BST, UTC+1); 001 "Any teacher
 * (excluding ECTs)"; 004 "A minimum of 2 years' experience teaching maths"; 003 "If this field is
 * left blank, we will be unable to process your application". */
#include "check.h"

static void deadlines(void) {
    int on_time = -1;
    char buf[64];
    size_t needed = 0;

    /* 5pm GMT on 14 March 2025 is 17:00 UTC. */
    CHECK_OK(mhf_deadline_check(&on_time, "sms-2025-26", "2025-03-14 16:59"));
    CHECK(on_time == 1);
    CHECK_OK(mhf_deadline_check(&on_time, "sms-2025-26", "2025-03-14 17:01"));
    CHECK(on_time == 0);
    CHECK_OK(mhf_deadline_check(&on_time, "sms-2025-26", "2025-03-14T17:00:00Z"));
    CHECK(on_time == 1); /* "by 5pm" includes 17:00:00 */
    CHECK_OK(mhf_deadline_check(&on_time, "sms-2025-26", "2025-03-14T17:00:01+00:00"));
    CHECK(on_time == 0);
    CHECK_OK(mhf_deadline_last_on_time(buf, sizeof buf, &needed, "sms-2025-26"));
    CHECK_STR(buf, "2025-03-14T17:00:00Z");

    /* 28 June 2024 is BST: 16:59 local is 15:59 UTC, the same instant either way. The whole
     * day counts: 23:59:59 BST (22:59:59Z) is on time, midnight BST (23:00:00Z) late. */
    on_time = -1;
    CHECK_OK(mhf_deadline_check(&on_time, "wg-2024", "2024-06-28T16:59:00+01:00"));
    CHECK(on_time == 1);
    on_time = -1;
    CHECK_OK(mhf_deadline_check(&on_time, "wg-2024", "2024-06-28T15:59Z"));
    CHECK(on_time == 1);
    CHECK_OK(mhf_deadline_check(&on_time, "wg-2024", "2024-06-28T22:59:59Z"));
    CHECK(on_time == 1);
    CHECK_OK(mhf_deadline_check(&on_time, "wg-2024", "2024-06-28T23:00:00Z"));
    CHECK(on_time == 0);
    CHECK_OK(mhf_deadline_last_on_time(buf, sizeof buf, NULL, "wg-2024"));
    CHECK_STR(buf, "2024-06-28T22:59:59Z");

    /* No deadline in 004; a bad instant; a local time the clocks skip (30 March 2025). */
    CHECK_STATUS(mhf_deadline_check(&on_time, "fe-2023", "2023-01-31 12:00"), MHF_E_INPUT);
    CHECK_CONTAINS(mhf_last_error(), "no application deadline");
    CHECK_STATUS(mhf_deadline_check(&on_time, "sms-2025-26", "14/03/2025 16:59"), MHF_E_INPUT);
    CHECK_STATUS(mhf_deadline_check(&on_time, "sms-2025-26", "2025-03-30 01:30"), MHF_E_INPUT);
    CHECK_CONTAINS(mhf_last_error(), "does not exist");
    CHECK_STATUS(mhf_deadline_check(&on_time, "no-such-edition", "2025-03-14 16:59"), MHF_E_INPUT);
    CHECK_STATUS(mhf_deadline_check(NULL, "sms-2025-26", "2025-03-14 16:59"), MHF_E_USAGE);
    CHECK_STATUS(mhf_deadline_check(&on_time, NULL, "2025-03-14 16:59"), MHF_E_USAGE);
    CHECK_STATUS(mhf_deadline_check(&on_time, "sms-2025-26", NULL), MHF_E_USAGE);
}

static void eligibility(void) {
    mhf_eligibility* r = NULL;
    int ok = -1;
    size_t n = 99;
    char buf[512];

    /* 001: a teacher in a state-funded secondary school who is not an ECT. */
    CHECK_OK(mhf_eligibility_check(&r, "sms-2025-26",
                                   "hub=WM1; ect=no; state_funded=yes; phase=secondary"));
    CHECK_OK(mhf_eligibility_eligible(&ok, r));
    CHECK(ok == 1);
    CHECK_OK(mhf_eligibility_unmet_count(&n, r));
    CHECK(n == 0);
    mhf_eligibility_free(r);

    /* The same teacher as an ECT: refused, the criterion named. */
    r = NULL;
    CHECK_OK(mhf_eligibility_check(&r, "sms-2025-26",
                                   "hub=WM1\nect=yes\nstate_funded=yes\nphase=secondary"));
    CHECK_OK(mhf_eligibility_eligible(&ok, r));
    CHECK(ok == 0);
    CHECK_OK(mhf_eligibility_unmet_count(&n, r));
    CHECK(n == 1);
    CHECK_OK(mhf_eligibility_unmet_criterion(buf, sizeof buf, NULL, r, 0));
    CHECK_STR(buf, "not_ect");
    CHECK_OK(mhf_eligibility_unmet_field(buf, sizeof buf, NULL, r, 0));
    CHECK_STR(buf, "ect");
    CHECK_OK(mhf_eligibility_unmet_message(buf, sizeof buf, NULL, r, 0));
    CHECK_CONTAINS(buf, "ECT");
    CHECK_CONTAINS(buf, "001");
    CHECK_STATUS(mhf_eligibility_unmet_criterion(buf, sizeof buf, NULL, r, 1), MHF_E_RANGE);
    mhf_eligibility_free(r);

    /* 004: one year teaching maths is below the essential two. */
    r = NULL;
    CHECK_OK(mhf_eligibility_check(
        &r, "fe-2023", "hub=EM1; years_teaching_maths=1; phase=fe; condition_of_funding=yes"));
    CHECK_OK(mhf_eligibility_eligible(&ok, r));
    CHECK(ok == 0);
    CHECK_OK(mhf_eligibility_unmet_count(&n, r));
    CHECK(n == 1);
    CHECK_OK(mhf_eligibility_unmet_criterion(buf, sizeof buf, NULL, r, 0));
    CHECK_STR(buf, "years_teaching_maths");
    mhf_eligibility_free(r);

    /* 003: a blank advocate TRN makes the application unprocessable; the field is named. */
    r = NULL;
    CHECK_OK(mhf_eligibility_check(&r, "wg-2024",
                                   "hub=WM1; institution=141120; state_funded=yes; "
                                   "phase=secondary; head_of_department_trn=RP12/34567; "
                                   "advocate1_trn=; advocate2_trn=UQT"));
    CHECK_OK(mhf_eligibility_eligible(&ok, r));
    CHECK(ok == 0);
    CHECK_OK(mhf_eligibility_unmet_count(&n, r));
    CHECK(n == 1);
    CHECK_OK(mhf_eligibility_unmet_field(buf, sizeof buf, NULL, r, 0));
    CHECK_STR(buf, "advocate1_trn");
    CHECK_OK(mhf_eligibility_unmet_message(buf, sizeof buf, NULL, r, 0));
    CHECK_CONTAINS(buf, "unprocessable");
    mhf_eligibility_free(r);

    /* Bad forms are input errors (the TRN masked), as are unknown keys and editions. */
    r = NULL;
    CHECK_STATUS(
        mhf_eligibility_check(&r, "wg-2024", "hub=WM1; institution=141120; advocate1_trn=12345"),
        MHF_E_INPUT);
    CHECK(r == NULL);
    CHECK_CONTAINS(mhf_last_error(), "advocate1_trn");
    CHECK_CONTAINS(mhf_last_error(), "12***");
    CHECK_STATUS(mhf_eligibility_check(&r, "sms-2025-26", "hub=WM1; etc=no"), MHF_E_INPUT);
    CHECK_CONTAINS(mhf_last_error(), "etc");
    CHECK_STATUS(mhf_eligibility_check(&r, "sms-2025-26", "hub=XX9; ect=no"), MHF_E_INPUT);
    CHECK_STATUS(mhf_eligibility_check(&r, "sms-2025-26", "hub=WM1; ect=maybe"), MHF_E_INPUT);
    CHECK_STATUS(mhf_eligibility_check(&r, "post16-dev", "hub=WM1"), MHF_E_INPUT);
    CHECK_STATUS(mhf_eligibility_check(NULL, "sms-2025-26", "hub=WM1"), MHF_E_USAGE);
    CHECK_STATUS(mhf_eligibility_check(&r, "sms-2025-26", NULL), MHF_E_USAGE);
    CHECK_STATUS(mhf_eligibility_eligible(&ok, NULL), MHF_E_USAGE);
    mhf_eligibility_free(NULL);
}

int main(void) {
    deadlines();
    eligibility();
    return check_result("eligibility");
}
