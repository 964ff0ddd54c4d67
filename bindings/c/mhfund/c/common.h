/*
 * mhfund/c/common.h: what every part of the C API shares: the C headers it needs, the
 * export macro, the status codes, and the handles more than one part uses (scenarios and
 * forecasts). Included by mhfund.h and by each header in mhfund/c/; programs include
 * <mhfund.h>.
 */
#ifndef MHFUND_C_COMMON_H
#define MHFUND_C_COMMON_H

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
 * Status codes: what every function that can fail returns (messages: mhf_last_error())
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

/* ---------------------------------------------------------------------------------------------
 * Handles shared by several parts of the API
 * ------------------------------------------------------------------------------------------ */

/** A scenario: a hub's plan. Opaque; made by mhf_scenario_load_file(),
 * mhf_scenario_load_string() or mhf_scenario_default(), freed by mhf_scenario_free(). */
typedef struct mhf_scenario mhf_scenario;

/** A forecast's rows, total, assumptions and warnings. Opaque; made by mhf_forecast_run(),
 * freed by mhf_forecast_free(). */
typedef struct mhf_forecast mhf_forecast;

#ifdef __cplusplus
}
#endif

#endif /* MHFUND_C_COMMON_H */
