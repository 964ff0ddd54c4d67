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
 */
#ifndef MHFUND_H
#define MHFUND_H

#include <stddef.h>
#include <stdint.h>

/* Symbol visibility: only functions marked MHF_EXPORT leave the shared library. Define
 * MHF_STATIC when linking the static library (libmhfund_c.a) on Windows. */
/** @def MHF_EXPORT
 * Marks the functions the shared library exports (default visibility; on Windows
 * dllexport/dllimport). */
#if defined(_WIN32) || defined(__CYGWIN__)
#if defined(MHF_STATIC)
#define MHF_EXPORT
#elif defined(MHF_BUILDING_LIBRARY)
#define MHF_EXPORT __declspec(dllexport)
#else
#define MHF_EXPORT __declspec(dllimport)
#endif
#elif defined(__GNUC__) || defined(__clang__)
#define MHF_EXPORT __attribute__((visibility("default")))
#else
#define MHF_EXPORT
#endif

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

enum {
    MHF_OK = 0,          /**< success */
    MHF_E_INPUT = -1,    /**< bad data: a file, a value, a missing setting */
    MHF_E_USAGE = -2,    /**< the API was used wrongly: a NULL argument, an unknown option */
    MHF_E_NOMEM = -3,    /**< out of memory */
    MHF_E_OVERFLOW = -4, /**< an amount left the range of int64_t pence */
    MHF_E_INTERNAL = -5, /**< a bug in the library: an invariant did not hold */
    MHF_E_RANGE = -6     /**< an index (row, key, line, edition, hub) out of range */
};

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

/** A scenario: a hub's plan. Opaque; made by mhf_scenario_load_file(),
 * mhf_scenario_load_string() or mhf_scenario_default(), freed by mhf_scenario_free(). */
typedef struct mhf_scenario mhf_scenario;

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

/** A forecast's rows, total, assumptions and warnings. Opaque; made by mhf_forecast_run(),
 * freed by mhf_forecast_free(). */
typedef struct mhf_forecast mhf_forecast;

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

#endif /* MHFUND_H */
