/* A header that breaks every rule check_header.cmake enforces, once each; the test
 * c.header_conventions.catches runs the check on it and expects each function named. */
#include <stddef.h>
#include <stdint.h>

#define MHF_EXPORT

typedef struct mhf_thing mhf_thing;

/* Fine: a handle acted on, and a _free. */
MHF_EXPORT int mhf_thing_set(mhf_thing* thing, const char* name);
MHF_EXPORT void mhf_thing_free(mhf_thing* thing);
/* The output after an input. */
MHF_EXPORT int mhf_thing_count(const mhf_thing* thing, size_t* out);
/* An output not named out. */
MHF_EXPORT int mhf_thing_total(int64_t* pence, const mhf_thing* thing);
/* Text in the old (buf, buflen, needed) shape, last. */
MHF_EXPORT int mhf_thing_name(const mhf_thing* thing, char* buf, size_t buflen, size_t* needed);
/* Text outputs first but in another order. */
MHF_EXPORT int mhf_thing_label(char* out, size_t* out_len, size_t out_size, const mhf_thing* t);
/* A test hook. */
MHF_EXPORT int mhf_test_throw(int kind);
