/* A header that breaks every rule check_header.cmake enforces, once each, with its parts in
 * broken_conventions/ (as mhfund.h's are in mhfund/c/): the test c.header_conventions.catches
 * runs the check on it and expects each function named, and the part it forgot to include. */
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

/* The text output in another order and a test hook, in a part (read by the check too). */
#include "broken_conventions/part.h"
