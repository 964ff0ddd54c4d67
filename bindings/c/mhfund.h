/*
 * mhfund.h: the C API of mhfund, the funding of England's Maths Hubs teaching-for-mastery
 * programmes (Secondary and FE Mastery Specialists, Work Groups).
 *
 * C99; includes only C headers. docs/c-api.md is the guide: ownership, threading, errors, the
 * string-buffer protocol, options versioning and what each release promises.
 *
 * Conventions (libgit2's):
 *   - names are mhf_<module>_<verb>;
 *   - outputs come first, then inputs, and every output's name starts with `out`:
 *     `T** out` for a new object, `T* out` (`out_pence`, `out_half_days`, ...) for a value, and
 *     `char* out, size_t out_size, size_t* out_len` for text (see "Strings out" below); the
 *     handle a function reads is the first input;
 *   - every function that can fail returns an int status: MHF_OK (0) or a negative MHF_E_*
 *     code, and records a message for the calling thread, read with mhf_last_error();
 *   - a NULL argument that is not documented as nullable gives MHF_E_USAGE;
 *   - objects returned through `**out` are the caller's, freed with the matching _free
 *     function; freeing NULL does nothing;
 *   - money is int64_t pence; release time is counted in half-days (int64_t or int);
 *   - text is UTF-8. Text comes out into caller buffers (see "Strings out" below).
 *
 * Programs include this header alone: it holds the core (versions, errors, scenarios,
 * forecasts, pricing) and includes the other parts, one header each under mhfund/c/ (as
 * libgit2's git2.h includes the headers of git2/):
 *   mhfund/c/common.h       the export macro, the status codes, the shared handles
 *   mhfund/c/outturn.h      the outturn as of a date, from claims
 *   mhfund/c/budget.h       approved budgets and comparisons of two plans
 *   mhfund/c/eligibility.h  application deadlines and eligibility
 *   mhfund/c/reference.h    identifiers (TRN, URN, UKPRN) and reference data
 */
#ifndef MHFUND_H
#define MHFUND_H

#include "mhfund/c/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------------------------------------
 * Versions
 * ------------------------------------------------------------------------------------------ */

/** The library's version; equal to MHFUND_VERSION_* of the C++ API (checked when it is built). */
#define MHF_VERSION_MAJOR 0
/** Minor version (see MHF_VERSION_MAJOR). */
#define MHF_VERSION_MINOR 1
/** Patch version (see MHF_VERSION_MAJOR). */
#define MHF_VERSION_PATCH 0
/** The version as one number: major × 10000 + minor × 100 + patch (0.1.0 is 100). */
#define MHF_VERSION_NUMBER (MHF_VERSION_MAJOR * 10000 + MHF_VERSION_MINOR * 100 + MHF_VERSION_PATCH)

/** The ABI version: the shared library's SOVERSION (libmhfund.so.1). It changes only when a
 * program built against an older mhfund.h could no longer run against the new library. */
#define MHF_ABI_VERSION 1

/** The library's version as text, "0.1.0". A static string: never freed. */
MHF_EXPORT const char* mhf_version(void);
/** MHF_VERSION_NUMBER of the library actually loaded; compare it with the header's to detect a
 * program built against one version running against another. */
MHF_EXPORT int mhf_version_number(void);

/* ---------------------------------------------------------------------------------------------
 * Status codes and errors
 * ------------------------------------------------------------------------------------------ */

/* The status codes (MHF_OK and the negative MHF_E_* codes) are in mhfund/c/common.h. */

/**
 * The message of the last call that failed in the calling thread, e.g.
 * "plan.toml:3: field 'sle_rate': bad amount 'abc': expected ...". Never NULL: "no error" when
 * no call has failed in this thread (or since mhf_error_clear()).
 *
 * As in libgit2, only a failing call sets it; a call that succeeds leaves it as it was. So read
 * it right after a call returned a negative code, and never use it to decide whether a call
 * failed. The pointer stays valid until the next failing call (or mhf_error_clear()) in the
 * same thread; copy the text to keep it.
 */
MHF_EXPORT const char* mhf_last_error(void);
/** Resets the calling thread's last error to "no error". */
MHF_EXPORT void mhf_error_clear(void);
/** Fixed English text for a status code ("input error", …); "unknown status code" for a value
 * that is none of them. A static string: never NULL, never freed. */
MHF_EXPORT const char* mhf_errstr(int code);

/* ---------------------------------------------------------------------------------------------
 * Strings out
 *
 * Every function that gives text starts with the same three parameters, as snprintf does:
 *   int mhf_..._name(char* out, size_t out_size, size_t* out_len, inputs...)
 *   - *out_len receives the length of the whole text in bytes, excluding the terminating NUL
 *     (`out_len` may be NULL when the caller does not want it);
 *   - when out_size > 0, the text is copied into out and always NUL-terminated; if it does not
 *     fit, it is cut at a UTF-8 character boundary so that out holds valid UTF-8;
 *   - out may be NULL only when out_size is 0 (asks for the length alone).
 * Truncation is not an error: the call returns MHF_OK, and the text was cut if
 * *out_len >= out_size. Allocate *out_len + 1 bytes and call again for the whole text.
 * ------------------------------------------------------------------------------------------ */

/* ---------------------------------------------------------------------------------------------
 * Scenarios: what a hub plans (hub, years, settings, rosters of specialists and Work Groups)
 * ------------------------------------------------------------------------------------------ */

/* The handle mhf_scenario is declared in mhfund/c/common.h (other parts of the API read it). */

/** Reads a scenario file (TOML). Relative paths in it (rosters, editions) resolve from the
 * file's folder. Every input error names the file, the line and the field. */
MHF_EXPORT int mhf_scenario_load_file(mhf_scenario** out, const char* path);
/** Reads scenario TOML text. Messages name it "(scenario text)". `base_dir` (nullable) is the
 * folder relative paths resolve from; NULL means the current directory. */
MHF_EXPORT int mhf_scenario_load_string(mhf_scenario** out, const char* toml, const char* base_dir);
/** The embedded default scenario: a sample hub (WM1) with every programme in the documents. */
MHF_EXPORT int mhf_scenario_default(mhf_scenario** out);
/** Applies one setting by name, as `mhfund --set NAME=VALUE` and a scenario's [settings] table
 * do, e.g. ("sle_rate", "350.00") or ("pd_lead_policy", "reallocate"). An unknown name or a bad
 * value is MHF_E_INPUT, and the scenario is unchanged. */
MHF_EXPORT int mhf_scenario_set(mhf_scenario* scenario, const char* name, const char* value);
/**
 * Reads a changes file (CSV with the columns participant, date, field, value, reference: what
 * happened after the roster was written) and applies it to the scenario's participants, in date
 * order: a payee (`institution`) or `hub` change splits every line at its date, so a forecast
 * grouped by institution or hub gives each side its own dated share; `pd_lead_accredited` = yes
 * applies the PD Lead exemption to the programme years that start on or after its date;
 * `withdrawn` sets a withdrawal date (empty cancels one); `sle_days` replaces the year-3 SLE
 * days. A scenario file names its changes with `changes = "FILE"`; this adds a file to a
 * scenario already loaded, and may be called again for another file (its changes may be dated
 * before the last file's). An unknown participant or field, a date before the participant's
 * start, two changes of one field on one date or a bad value is MHF_E_INPUT naming the file,
 * line and field; so is a file that cannot be read. All or nothing: on any error the scenario
 * is unchanged.
 */
MHF_EXPORT int mhf_scenario_read_changes(mhf_scenario* scenario, const char* path);
/** As mhf_scenario_read_changes, from CSV text. `name` (nullable) is the name messages give
 * the text, e.g. "changes.csv"; NULL means "(changes text)". */
MHF_EXPORT int mhf_scenario_read_changes_text(mhf_scenario* scenario, const char* csv,
                                              const char* name);
/** Frees a scenario. NULL does nothing. Forecasts run from it stay valid. */
MHF_EXPORT void mhf_scenario_free(mhf_scenario* scenario);

/* ---------------------------------------------------------------------------------------------
 * Forecasts: a scenario's spending grouped by dimensions and period
 * ------------------------------------------------------------------------------------------ */

/* The handle mhf_forecast is declared in mhfund/c/common.h (budgets give forecasts too). */

/**
 * Runs a forecast.
 *  by:     comma-separated dimensions, e.g. "programme,cohort"; "" groups by period alone.
 *          Dimensions: hub, region, programme, edition, cohort, year, participant, workgroup,
 *          institution, cost_type, category.
 *  period: "academic" (2024/25), "financial" (FY2024-25), "term" (2024/25 autumn) or "month"
 *          (2024-09).
 * An unknown dimension or period is MHF_E_USAGE. The forecast does not refer to the scenario:
 * either may be freed first.
 */
MHF_EXPORT int mhf_forecast_run(mhf_forecast** out, const mhf_scenario* scenario, const char* by,
                                const char* period);
/** Number of rows. Rows are sorted by keys, then period. */
MHF_EXPORT int mhf_forecast_row_count(size_t* out, const mhf_forecast* forecast);
/** Number of keys per row: the number of dimensions in `by`. */
MHF_EXPORT int mhf_forecast_key_count(size_t* out, const mhf_forecast* forecast);
/** Name of key k ("programme"). */
MHF_EXPORT int mhf_forecast_key_name(char* out, size_t out_size, size_t* out_len,
                                     const mhf_forecast* forecast, size_t k);
/** Value of key k in a row ("sms"). */
MHF_EXPORT int mhf_forecast_row_key(char* out, size_t out_size, size_t* out_len,
                                    const mhf_forecast* forecast, size_t row, size_t k);
/** A row's period label: "2024/25", "FY2024-25", "2024/25 autumn" or "2024-09". */
MHF_EXPORT int mhf_forecast_row_period(char* out, size_t out_size, size_t* out_len,
                                       const mhf_forecast* forecast, size_t row);
/** A row's amount in pence. */
MHF_EXPORT int mhf_forecast_row_amount(int64_t* out_pence, const mhf_forecast* forecast,
                                       size_t row);
/** The grand total in pence: the same for every grouping and period of one scenario. */
MHF_EXPORT int mhf_forecast_total(int64_t* out_pence, const mhf_forecast* forecast);
/** Number of assumptions: settings used that are not figures from the documents. */
MHF_EXPORT int mhf_forecast_assumption_count(size_t* out, const mhf_forecast* forecast);
/** Assumption i as one line: "sle_rate = 350.00 (why, or where it was set)". */
MHF_EXPORT int mhf_forecast_assumption(char* out, size_t out_size, size_t* out_len,
                                       const mhf_forecast* forecast, size_t i);
/** Number of warnings: findings that are not errors (e.g. committed release above a grant). */
MHF_EXPORT int mhf_forecast_warning_count(size_t* out, const mhf_forecast* forecast);
/** Warning i. */
MHF_EXPORT int mhf_forecast_warning(char* out, size_t out_size, size_t* out_len,
                                    const mhf_forecast* forecast, size_t i);
/** Frees a forecast. NULL does nothing. */
MHF_EXPORT void mhf_forecast_free(mhf_forecast* forecast);

/* ---------------------------------------------------------------------------------------------
 * Money and days as text, read as the library reads them in files and settings
 * ------------------------------------------------------------------------------------------ */

/**
 * Parses an amount of money: "1234.56", "1,234.56", "£1,234.56", "-£200.00", "200" or "200.5"
 * (£200.50). More than two decimals, an exponent ("1e3"), a misplaced comma ("1,2,3"), a "_",
 * a bare "£" or empty text is MHF_E_INPUT; an amount beyond int64_t pence is MHF_E_OVERFLOW.
 *  field: nullable; the name of the value, for the message ("field 'sle_rate': bad amount ...").
 */
MHF_EXPORT int mhf_money_parse(int64_t* out_pence, const char* text, const char* field);
/**
 * Parses a number of days in steps of half a day: "15", "7.5", "0.5", "1.50" (*out_half_days
 * 30, 15, 1, 3). A negative number, a fraction other than .0 or .5 ("1.25"), an exponent ("1e1")
 * or empty text is MHF_E_INPUT.
 *  field: nullable, as in mhf_money_parse.
 */
MHF_EXPORT int mhf_days_parse(int64_t* out_half_days, const char* text, const char* field);

/* ---------------------------------------------------------------------------------------------
 * Pricing one allocation without a scenario
 * ------------------------------------------------------------------------------------------ */

/** What happens to the 4 PD Lead accreditation days of an already accredited teacher
 * (the documents are ambiguous; see docs). */
enum {
    MHF_PD_LEAD_UNFUNDED = 0,  /**< the days are not funded (SMS year 2: 11 days, 220000 pence) */
    MHF_PD_LEAD_REALLOCATE = 1 /**< the 15 funded days stay, the 4 moving to development */
};

/** The version of mhf_price_options this header describes: put it in the `version` field. */
#define MHF_PRICE_OPTIONS_VERSION 1

/**
 * Options for mhf_price. Initialise with MHF_PRICE_OPTIONS_INIT (or mhf_price_options_init)
 * and then change fields: a later version may add fields at the end, and the version field
 * tells the library which fields the caller knows.
 */
typedef struct {
    unsigned int version;         /**< MHF_PRICE_OPTIONS_VERSION */
    int pd_lead_accredited;       /**< non-zero: already an accredited PD Lead */
    int pd_lead_policy;           /**< MHF_PD_LEAD_UNFUNDED or MHF_PD_LEAD_REALLOCATE */
    int64_t sle_rate_pence;       /**< SLE day rate; 0 = not set (the documents give none) */
    int sle_half_days;            /**< SMS year-3 SLE release in half-days; -1 = not set */
    int hub_event_half_days;      /**< SMS year-3 hub events in half-days; -1 = not set */
    int64_t hub_event_rate_pence; /**< hub event day rate; 0 = not set */
    const char* start;            /**< ISO start date "2023-01-01" overriding the cohort's; NULL */
} mhf_price_options;

/** The defaults of mhf_price_options: `mhf_price_options opts = MHF_PRICE_OPTIONS_INIT;`. */
#define MHF_PRICE_OPTIONS_INIT \
    { MHF_PRICE_OPTIONS_VERSION, 0, MHF_PD_LEAD_UNFUNDED, 0, -1, -1, 0, NULL }

/** Sets *out to the defaults of `version` (MHF_PRICE_OPTIONS_VERSION), as
 * MHF_PRICE_OPTIONS_INIT does; for callers that cannot use the macro. */
MHF_EXPORT int mhf_price_options_init(mhf_price_options* out, unsigned int version);

/**
 * The total of programme year `year` of a specialist edition for one participant, in pence.
 *  edition: "sms-2022-cohort7", "fe-2023", … (see mhf_edition_id)
 *  cohort:  "7", "trailblazer", "1", …
 *  opts:    nullable; NULL = MHF_PRICE_OPTIONS_INIT.
 * Each line is half-days × day rate / 2, rounded half-up once. Pricing SMS year 3 needs
 * sle_half_days and sle_rate_pence: a missing one is MHF_E_INPUT naming the setting
 * (sle_days, sle_rate).
 */
MHF_EXPORT int mhf_price(int64_t* out_pence, const char* edition, const char* cohort, int year,
                         const mhf_price_options* opts);
/** The grant of one Work Group department for work-group year `wg_year` (1 = the edition's
 * first), in pence: wg-2024 year 1 is 200000 (£2,000.00). */
MHF_EXPORT int mhf_price_workgroup(int64_t* out_pence, const char* edition, int wg_year);

/** A priced allocation with its lines, for callers that show how a figure is made up. */
typedef struct mhf_allocation mhf_allocation;

/** As mhf_price, keeping the lines. */
MHF_EXPORT int mhf_price_detail(mhf_allocation** out, const char* edition, const char* cohort,
                                int year, const mhf_price_options* opts);
/** As mhf_price_workgroup, keeping the line. */
MHF_EXPORT int mhf_price_workgroup_detail(mhf_allocation** out, const char* edition, int wg_year);
/** The allocation's total in pence. */
MHF_EXPORT int mhf_allocation_total(int64_t* out_pence, const mhf_allocation* allocation);
/** Number of lines. */
MHF_EXPORT int mhf_allocation_line_count(size_t* out, const mhf_allocation* allocation);
/** Line i's category ("central_events", "sle", "department_grant"). */
MHF_EXPORT int mhf_allocation_line_category(char* out, size_t out_size, size_t* out_len,
                                            const mhf_allocation* allocation, size_t i);
/** Line i's cost type ("release", "sle", "grant"). */
MHF_EXPORT int mhf_allocation_line_type(char* out, size_t out_size, size_t* out_len,
                                        const mhf_allocation* allocation, size_t i);
/** Line i's release time in half-days (0 for a grant). */
MHF_EXPORT int mhf_allocation_line_half_days(int64_t* out_half_days,
                                             const mhf_allocation* allocation, size_t i);
/** Line i's day rate in pence (for a grant: the grant; 0 for a grant fixed by the edition). */
MHF_EXPORT int mhf_allocation_line_rate(int64_t* out_pence, const mhf_allocation* allocation,
                                        size_t i);
/** Line i's amount in pence. */
MHF_EXPORT int mhf_allocation_line_amount(int64_t* out_pence, const mhf_allocation* allocation,
                                          size_t i);
/** How the total is made up, e.g. "15 days × £200.00 secondary release day (sms-2022-cohort7,
 * year 1) = £3,000.00". */
MHF_EXPORT int mhf_allocation_derivation(char* out, size_t out_size, size_t* out_len,
                                         const mhf_allocation* allocation);
/** Frees an allocation. NULL does nothing. */
MHF_EXPORT void mhf_allocation_free(mhf_allocation* allocation);

#ifdef __cplusplus
}
#endif

/* The other parts of the API, each its own header (all included here). */
#include "mhfund/c/budget.h"
#include "mhfund/c/eligibility.h"
#include "mhfund/c/outturn.h"
#include "mhfund/c/reference.h"

#endif /* MHFUND_H */
