// What every fuzz target shares. A target is written once, as
//
//     MHFUND_FUZZ_TARGET(money) { ... data, size ... }
//
// and built two ways: with clang's libFuzzer (MHFUND_FUZZ_LIBFUZZER defined) it is the
// program's LLVMFuzzerTestOneInput; with any compiler otherwise it registers itself by name, so
// that one driver (regression_main.cpp) can run every target over the inputs kept in
// tests/fuzz/regressions/<target>/ and corpus/<target>/ as part of the ordinary test suite.
//
// A target returns normally when the library accepts its input or rejects it with
// mhfund::error (bad input is expected). Anything else is a finding and aborts, so that
// libFuzzer saves the input: another exception, an mhfund::error of category `internal` (the
// library's own invariant failed), or a broken invariant checked by the target itself
// (MHFUND_FUZZ_CHECK).
#ifndef MHFUND_TESTS_FUZZ_FUZZ_TARGET_HPP
#define MHFUND_TESTS_FUZZ_FUZZ_TARGET_HPP

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <string_view>

#include "mhfund/error.hpp"

namespace mhfund_fuzz {

using target_function = int (*)(const std::uint8_t* data, std::size_t size);

/// Adds a target to the driver's list (defined in regression_main.cpp). Returns true, so that
/// the call can initialise a static.
bool register_target(const char* name, target_function f);

[[noreturn]] inline void finding(const char* what, const std::string& detail) {
    std::fprintf(stderr, "FUZZ FINDING: %s: %s\n", what, detail.c_str());
    std::fflush(stderr);
    std::abort();
}

/// Runs `body`; returns when it finishes or throws an mhfund::error that is not internal.
template <typename Body>
void expect_only_input_errors(Body&& body) {
    try {
        body();
    } catch (const mhfund::error& e) {
        if (e.code() == mhfund::errc::internal) finding("internal error", e.what());
    } catch (const std::exception& e) {
        finding("unexpected exception", e.what());
    } catch (...) {
        finding("unexpected exception", "of unknown type");
    }
}

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

}  // namespace mhfund_fuzz

/// Aborts (a finding) unless `cond` holds; `detail` is evaluated only on failure.
#define MHFUND_FUZZ_CHECK(cond, detail)                                                \
    do {                                                                               \
        if (!(cond)) ::mhfund_fuzz::finding("invariant '" #cond "' broken", (detail)); \
    } while (false)

#ifdef MHFUND_FUZZ_LIBFUZZER
#define MHFUND_FUZZ_TARGET(name) \
    extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
#else
#define MHFUND_FUZZ_TARGET(name)                                               \
    static int mhfund_fuzz_##name(const std::uint8_t* data, std::size_t size); \
    [[maybe_unused]] static const bool mhfund_fuzz_registered_##name =         \
        ::mhfund_fuzz::register_target(#name, mhfund_fuzz_##name);             \
    static int mhfund_fuzz_##name(const std::uint8_t* data, std::size_t size)
#endif

#endif
