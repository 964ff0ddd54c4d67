/*
 * mhfund/c/budget.h: approved budgets and comparisons of two plans.
 *
 * Part of the C API: include <mhfund.h>, which includes every part (this header also
 * compiles alone). The conventions, the string-buffer protocol ("Strings out") and the
 * status codes are described in mhfund.h and docs/c-api.md.
 */
#ifndef MHFUND_C_BUDGET_H
#define MHFUND_C_BUDGET_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------------------------------------
 * Approved budgets and comparisons (domain.md rule 14; `mhfund budget`, `mhfund compare`)
 * ------------------------------------------------------------------------------------------ */

/** An approved budget: a forecast at the finest grain with the fingerprints (SHA-256) of its
 * inputs. Opaque; made by mhf_budget_make() or mhf_budget_read_file(), freed by
 * mhf_budget_free(). */
typedef struct mhf_budget mhf_budget;

/** Prices a scenario as a budget, fingerprinting its input files. The budget does not refer to
 * the scenario: either may be freed first. */
MHF_EXPORT int mhf_budget_make(mhf_budget** out, const mhf_scenario* scenario);
/** Writes the budget file (JSON) to `path`, whole or not at all. */
MHF_EXPORT int mhf_budget_save(const mhf_budget* budget, const char* path);
/** Reads a budget file. A malformed one is MHF_E_INPUT naming the file, the JSON path, the value
 * and what was expected. A budget whose inputs changed since it was saved still reads: see
 * mhf_budget_changed_input_count(). */
MHF_EXPORT int mhf_budget_read_file(mhf_budget** out, const char* path);
/** The budget's grand total in pence. */
MHF_EXPORT int mhf_budget_total(int64_t* out_pence, const mhf_budget* budget);
/** The budget grouped and phased as mhf_forecast_run() would group a scenario (same `by` and
 * `period`): read its rows with the mhf_forecast_* functions, free it with mhf_forecast_free(). */
MHF_EXPORT int mhf_budget_forecast(mhf_forecast** out, const mhf_budget* budget, const char* by,
                                   const char* period);
/** Number of the budget's inputs whose bytes differ now from when it was saved (checked when it
 * was read or made; zero for a budget just made). */
MHF_EXPORT int mhf_budget_changed_input_count(size_t* out, const mhf_budget* budget);
/** Changed input i as one line: "roster roster.csv: saved <sha256>, now <sha256>" (now
 * "missing" when the file cannot be read). */
MHF_EXPORT int mhf_budget_changed_input(char* out, size_t out_size, size_t* out_len,
                                        const mhf_budget* budget, size_t i);
/** Frees a budget. NULL does nothing. */
MHF_EXPORT void mhf_budget_free(mhf_budget* budget);

/** Two plans compared. Opaque; made by mhf_compare_files(), freed by mhf_comparison_free(). */
typedef struct mhf_comparison mhf_comparison;

/** Compares plan `b_path` against plan `a_path`, each a scenario file (TOML) or a budget file
 * (JSON), grouped by `by` per `period` (as mhf_forecast_run()). Differences are B - A. */
MHF_EXPORT int mhf_compare_files(mhf_comparison** out, const char* a_path, const char* b_path,
                                 const char* by, const char* period);
/** Plan A's and plan B's grand totals in pence. */
MHF_EXPORT int mhf_comparison_totals(int64_t* out_a_pence, int64_t* out_b_pence,
                                     const mhf_comparison* comparison);
/** Number of lines that differ (participant or department x programme year x category). */
MHF_EXPORT int mhf_comparison_line_count(size_t* out, const mhf_comparison* comparison);
/** Line i's money in plan A and in plan B, in pence. */
MHF_EXPORT int mhf_comparison_line_amounts(int64_t* out_a_pence, int64_t* out_b_pence,
                                           const mhf_comparison* comparison, size_t i);
/** Line i as one line of text: "S7-01 year 3 sle: rate sle changed: £350.00 → £400.00". */
MHF_EXPORT int mhf_comparison_line(char* out, size_t out_size, size_t* out_len,
                                   const mhf_comparison* comparison, size_t i);
/** The whole comparison as JSON (as `mhfund compare --format json`): rows per group and period
 * with both amounts and the difference, the lines with their reasons, the settings that differ
 * and any changed budget inputs. Amounts are strings of pounds and pence. */
MHF_EXPORT int mhf_comparison_json(char* out, size_t out_size, size_t* out_len,
                                   const mhf_comparison* comparison);
/** Frees a comparison. NULL does nothing. */
MHF_EXPORT void mhf_comparison_free(mhf_comparison* comparison);

#ifdef __cplusplus
}
#endif

#endif /* MHFUND_C_BUDGET_H */
