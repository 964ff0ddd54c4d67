/*
 * mhfund/c/eligibility.h: application deadlines and eligibility (built-in editions).
 *
 * Part of the C API: include <mhfund.h>, which includes every part (this header also
 * compiles alone). The conventions, the string-buffer protocol ("Strings out") and the
 * status codes are described in mhfund.h and docs/c-api.md.
 */
#ifndef MHFUND_C_ELIGIBILITY_H
#define MHFUND_C_ELIGIBILITY_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------------------------------------
 * Deadlines and eligibility (built-in editions; docs/c-api.md, "Deadlines and eligibility")
 * ------------------------------------------------------------------------------------------ */

/**
 * Whether an application submitted at `instant` met the deadline of edition `edition`:
 * *out_on_time is 1 (on time) or 0 (late). Deadlines are UK local time: "by 5pm on 14 March
 * 2025" (sms-2025-26) includes 17:00:00; a day without a time (wg-2024: "Friday 28th June
 * 2024") includes the whole day, up to 23:59:59 BST.
 *  instant: ISO 8601 with a UTC offset ("2025-03-14T16:59:00+00:00", "2024-06-28T15:59Z",
 *           "2024-06-28T16:59+01:00") or UK local time without one ("2025-03-14 16:59").
 * A bad instant, a local time the clocks skip or repeat, an unknown edition or one whose
 * documents give no deadline is MHF_E_INPUT.
 */
MHF_EXPORT int mhf_deadline_check(int* out_on_time, const char* edition, const char* instant);
/** The last on-time second of edition `edition`'s deadline in UTC, "2025-03-14T17:00:00Z". */
MHF_EXPORT int mhf_deadline_last_on_time(char* out, size_t out_size, size_t* out_len,
                                         const char* edition);

/** The check of one application against an edition's criteria. */
typedef struct mhf_eligibility mhf_eligibility;

/**
 * Checks one application against the criteria of edition `edition`.
 *  fields: "key=value" pairs separated by ';' or line ends, with the columns of the
 *          applications file (docs/design/calendar-and-eligibility.md), e.g.
 *          "hub=WM1; ect=no; state_funded=yes; phase=secondary". `hub` is required. Values
 *          cannot hold ';' or line ends.
 * A value in the wrong form (a TRN, URN, yes/no, number, phase or hub code), an unknown key, a
 * key given twice, or an edition without criteria is MHF_E_INPUT; a blank or missing value of a
 * checked criterion is not an error but an unmet criterion. Free with mhf_eligibility_free.
 */
MHF_EXPORT int mhf_eligibility_check(mhf_eligibility** out, const char* edition,
                                     const char* fields);
/** *out = 1 when no essential checked criterion is unmet (statements are not judged), else 0. */
MHF_EXPORT int mhf_eligibility_eligible(int* out, const mhf_eligibility* result);
/** Number of unmet essential criteria (a blank TRN counts once per field). */
MHF_EXPORT int mhf_eligibility_unmet_count(size_t* out, const mhf_eligibility* result);
/** Id of unmet criterion i ("not_ect", "years_teaching_maths", "advocate_trns"). */
MHF_EXPORT int mhf_eligibility_unmet_criterion(char* out, size_t out_size, size_t* out_len,
                                               const mhf_eligibility* result, size_t i);
/** The field (column) unmet criterion i was read from ("ect", "advocate1_trn"). */
MHF_EXPORT int mhf_eligibility_unmet_field(char* out, size_t out_size, size_t* out_len,
                                           const mhf_eligibility* result, size_t i);
/** Unmet criterion i as a sentence: "field 'ect': not an early career teacher (ECT): the
 * application says yes (001: ...)". Never holds a TRN. */
MHF_EXPORT int mhf_eligibility_unmet_message(char* out, size_t out_size, size_t* out_len,
                                             const mhf_eligibility* result, size_t i);
/** Frees a result. NULL does nothing. */
MHF_EXPORT void mhf_eligibility_free(mhf_eligibility* result);

#ifdef __cplusplus
}
#endif

#endif /* MHFUND_C_ELIGIBILITY_H */
