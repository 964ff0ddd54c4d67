/* A few check macros for the C API tests (C99). Each failed check prints where and what, and
 * counts; a test's main returns check_result() so that ctest sees the failures. */
#ifndef MHFUND_TESTS_C_CHECK_H
#define MHFUND_TESTS_C_CHECK_H

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "mhfund.h"

static int check_failures = 0;

static void check_report(const char* file, int line, const char* what) {
    fprintf(stderr, "%s:%d: check failed: %s\n", file, line, what);
    ++check_failures;
}

#define CHECK(cond)                                           \
    do {                                                      \
        if (!(cond)) check_report(__FILE__, __LINE__, #cond); \
    } while (0)

/* A call's status is `expected`; on a mismatch, print the library's message. */
#define CHECK_STATUS(call, expected)                                                           \
    do {                                                                                       \
        const int check_status_ = (call);                                                      \
        if (check_status_ != (expected)) {                                                     \
            check_report(__FILE__, __LINE__, #call " == " #expected);                          \
            fprintf(stderr, "    got %d (%s): %s\n", check_status_, mhf_errstr(check_status_), \
                    mhf_last_error());                                                         \
        }                                                                                      \
    } while (0)

#define CHECK_OK(call) CHECK_STATUS(call, MHF_OK)

#define CHECK_I64(actual, expected)                                               \
    do {                                                                          \
        const int64_t check_a_ = (actual), check_e_ = (expected);                 \
        if (check_a_ != check_e_) {                                               \
            check_report(__FILE__, __LINE__, #actual " == " #expected);           \
            fprintf(stderr, "    got %lld, expected %lld\n", (long long)check_a_, \
                    (long long)check_e_);                                         \
        }                                                                         \
    } while (0)

#define CHECK_STR(actual, expected)                                                   \
    do {                                                                              \
        const char* check_a_ = (actual);                                              \
        const char* check_e_ = (expected);                                            \
        if (strcmp(check_a_, check_e_) != 0) {                                        \
            check_report(__FILE__, __LINE__, #actual " == " #expected);               \
            fprintf(stderr, "    got \"%s\", expected \"%s\"\n", check_a_, check_e_); \
        }                                                                             \
    } while (0)

/* `haystack` contains `needle`. */
#define CHECK_CONTAINS(haystack, needle)                                      \
    do {                                                                      \
        const char* check_h_ = (haystack);                                    \
        if (strstr(check_h_, (needle)) == NULL) {                             \
            check_report(__FILE__, __LINE__, #haystack " contains " #needle); \
            fprintf(stderr, "    in \"%s\"\n", check_h_);                     \
        }                                                                     \
    } while (0)

static int check_result(const char* name) {
    if (check_failures != 0) {
        fprintf(stderr, "%s: %d check(s) failed\n", name, check_failures);
        return 1;
    }
    printf("%s: all checks passed\n", name);
    return 0;
}

#endif
