/* A part of broken_conventions.h, included by it: its functions must be checked too. */
#include <stddef.h>

/* Text outputs first but in another order. */
MHF_EXPORT int mhf_thing_label(char* out, size_t* out_len, size_t out_size, const mhf_thing* t);
/* A test hook. */
MHF_EXPORT int mhf_test_throw(int kind);
