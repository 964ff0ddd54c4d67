/*
 * mhfund/c/reference.h: identifiers (TRN, URN, UKPRN) and the built-in reference data.
 *
 * Part of the C API: include <mhfund.h>, which includes every part (this header also
 * compiles alone). The conventions, the string-buffer protocol ("Strings out") and the
 * status codes are described in mhfund.h and docs/c-api.md.
 */
#ifndef MHFUND_C_REFERENCE_H
#define MHFUND_C_REFERENCE_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------------------------------------
 * Identifiers. Each gives MHF_OK with the normalised form, or MHF_E_INPUT with a message
 * saying what was expected. `out` may be NULL with out_size 0 to check only. A rejected TRN is
 * quoted in the message with its digits after the first two masked (TRNs are personal data).
 * ------------------------------------------------------------------------------------------ */

/** Teacher Reference Number: 7 digits, the payslip form "RP12/34567" (→ "1234567"), or "UQT". */
MHF_EXPORT int mhf_validate_trn(char* out, size_t out_size, size_t* out_len, const char* text);
/** School Unique Reference Number: 6 digits. */
MHF_EXPORT int mhf_validate_urn(char* out, size_t out_size, size_t* out_len, const char* text);
/** FE provider UK Provider Reference Number: 8 digits starting with 1. */
MHF_EXPORT int mhf_validate_ukprn(char* out, size_t out_size, size_t* out_len, const char* text);

/* ---------------------------------------------------------------------------------------------
 * Reference data
 * ------------------------------------------------------------------------------------------ */

/** Number of built-in programme editions. */
MHF_EXPORT int mhf_edition_count(size_t* out);
/** Id of built-in edition i ("sms-2022-cohort7"). */
MHF_EXPORT int mhf_edition_id(char* out, size_t out_size, size_t* out_len, size_t i);
/** Number of Maths Hubs (40). */
MHF_EXPORT int mhf_hub_count(size_t* out);
/** Code of hub i ("EE1"), in the order of the documents' list. */
MHF_EXPORT int mhf_hub_code(char* out, size_t out_size, size_t* out_len, size_t i);
/** Name of hub i ("Enigma Maths Hub"). */
MHF_EXPORT int mhf_hub_name(char* out, size_t out_size, size_t* out_len, size_t i);

#ifdef __cplusplus
}
#endif

#endif /* MHFUND_C_REFERENCE_H */
