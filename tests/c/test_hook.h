/* Test hooks: throw inside the C API's guard, to prove that every exception comes back as a
 * status code. Not part of the library: test_hook.cpp is compiled into a static library that
 * only the C tests link, with the C API's own static library (libmhfund_c.a), so the shared
 * library neither contains nor exports these. */
#ifndef MHFUND_TESTS_C_TEST_HOOK_H
#define MHFUND_TESTS_C_TEST_HOOK_H

#ifdef __cplusplus
extern "C" {
#endif

/* Throws, inside the guard, kind 0 a std::runtime_error, 1 std::bad_alloc, 2 a non-standard
 * exception (an int), 3 an mhfund input error at test.toml:3, field 'sle_rate'; returns the
 * status code it became. Any other kind is MHF_E_USAGE. */
int test_hook_throw(int kind);

/* Throws an mhfund::error whose category (mhfund::errc) has the value `category`, and returns
 * the status code it became. */
int test_hook_throw_category(int category);

#ifdef __cplusplus
}
#endif

#endif
