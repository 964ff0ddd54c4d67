/*
 * mhfund/c/outturn.h: the outturn of a scenario as of a date, from a claims file.
 *
 * Part of the C API: include <mhfund.h>, which includes every part (this header also
 * compiles alone). The conventions, the string-buffer protocol ("Strings out") and the
 * status codes are described in mhfund.h and docs/c-api.md.
 */
#ifndef MHFUND_C_OUTTURN_H
#define MHFUND_C_OUTTURN_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------------------------------------
 * Outturn: claims before a date, what is expected but not yet claimed, and what is still to
 * come, grouped by dimensions and period (domain.md 9.4)
 * ------------------------------------------------------------------------------------------ */

/** An outturn's rows, totals and findings. Opaque; made by mhf_outturn_run() or
 * mhf_outturn_run_text(), freed by mhf_outturn_free(). */
typedef struct mhf_outturn mhf_outturn;

/**
 * The outturn of a scenario as of a date, from a claims file (CSV: participant or workgroup,
 * date, category, days or amount, reference, and optionally institution and paid).
 *  as_of:  T, "YYYY-MM-DD": claims dated before it are actual; a claim dated T is not yet.
 *  by, period: as in mhf_forecast_run.
 * A bad claims file (a paid date before the claim's, a Work Group claim naming no school or
 * one outside the Work Group, an unmatched claim in days, ...) is MHF_E_INPUT naming the file,
 * line and field; a bad as_of, dimension or period is MHF_E_USAGE. The outturn does not refer
 * to the scenario: either may be freed first.
 */
MHF_EXPORT int mhf_outturn_run(mhf_outturn** out, const mhf_scenario* scenario,
                               const char* claims_path, const char* as_of, const char* by,
                               const char* period);
/** As mhf_outturn_run, from claims CSV text. `name` (nullable) is the name messages give the
 * text; NULL means "(claims text)". */
MHF_EXPORT int mhf_outturn_run_text(mhf_outturn** out, const mhf_scenario* scenario,
                                    const char* claims_csv, const char* name, const char* as_of,
                                    const char* by, const char* period);
/** Number of rows. Rows are sorted by keys, then period. */
MHF_EXPORT int mhf_outturn_row_count(size_t* out, const mhf_outturn* outturn);
/** Number of keys per row: the number of dimensions in `by`. */
MHF_EXPORT int mhf_outturn_key_count(size_t* out, const mhf_outturn* outturn);
/** Name of key k ("programme"). */
MHF_EXPORT int mhf_outturn_key_name(char* out, size_t out_size, size_t* out_len,
                                    const mhf_outturn* outturn, size_t k);
/** Value of key k in a row. */
MHF_EXPORT int mhf_outturn_row_key(char* out, size_t out_size, size_t* out_len,
                                   const mhf_outturn* outturn, size_t row, size_t k);
/** A row's period label, as in mhf_forecast_row_period. */
MHF_EXPORT int mhf_outturn_row_period(char* out, size_t out_size, size_t* out_len,
                                      const mhf_outturn* outturn, size_t row);
/** A row's figures in pence: actual (claims dated in the period and before T), unclaimed
 * (expected by T, not yet claimed, shown in T's period), to come (the rest, phased), outturn
 * (actual + unclaimed + to come) and paid (claims whose paid date is in the period). Any out
 * pointer may be NULL when that figure is not wanted. */
MHF_EXPORT int mhf_outturn_row_figures(int64_t* out_actual, int64_t* out_unclaimed,
                                       int64_t* out_to_come, int64_t* out_outturn,
                                       int64_t* out_paid, const mhf_outturn* outturn, size_t row);
/** The rows' figures summed; the outturn is the same for every grouping and period. Out
 * pointers as in mhf_outturn_row_figures. */
MHF_EXPORT int mhf_outturn_totals(int64_t* out_actual, int64_t* out_unclaimed, int64_t* out_to_come,
                                  int64_t* out_outturn, int64_t* out_paid,
                                  const mhf_outturn* outturn);
/** Number of findings as of T (over-allocations, claims after a withdrawal, unmatched ...). */
MHF_EXPORT int mhf_outturn_finding_count(size_t* out, const mhf_outturn* outturn);
/** Finding i as one line: "claims.csv:5: over_allocation: ...". */
MHF_EXPORT int mhf_outturn_finding(char* out, size_t out_size, size_t* out_len,
                                   const mhf_outturn* outturn, size_t i);
/** Frees an outturn. NULL does nothing. */
MHF_EXPORT void mhf_outturn_free(mhf_outturn* outturn);

#ifdef __cplusplus
}
#endif

#endif /* MHFUND_C_OUTTURN_H */
