// Internals shared by the C API's source files: the thread-local last error, the guard that
// turns every exception into a status code, and the string-buffer protocol.
#ifndef MHFUND_BINDINGS_C_CAPI_HPP
#define MHFUND_BINDINGS_C_CAPI_HPP

#include <cstddef>
#include <cstdint>
#include <new>
#include <string>
#include <string_view>

#include "mhfund.h"
#include "mhfund/error.hpp"

namespace mhf_detail {

/// Records `message` as the calling thread's last error and returns `code`. Never throws: if
/// the message cannot be stored, a fixed text takes its place.
int fail(int code, std::string_view message) noexcept;

/// MHF_E_USAGE: "FUNCTION: argument 'NAME' is NULL".
int null_argument(const char* function, const char* name) noexcept;

/// MHF_E_RANGE: "FUNCTION: WHAT INDEX is out of range (COUNT WHATs)".
int out_of_range(const char* function, const char* what, std::size_t index,
                 std::size_t count) noexcept;

/// The C status code of an mhfund error category.
int code_of(mhfund::errc c) noexcept;

/// Copies `text` out by the string-buffer protocol of mhfund.h.
int copy_out(const char* function, std::string_view text, char* buf, std::size_t buflen,
             std::size_t* needed) noexcept;

int internal_error(const char* function, const char* what) noexcept;

/// Runs `body` (which returns a status code) so that no exception leaves it: mhfund errors
/// become their codes, std::bad_alloc MHF_E_NOMEM, anything else MHF_E_INTERNAL.
template <class Body>
int guarded(const char* function, Body&& body) noexcept {
    try {
        return body();
    } catch (const mhfund::error& e) {
        return fail(code_of(e.code()), e.what());
    } catch (const std::bad_alloc&) {
        return fail(MHF_E_NOMEM, "out of memory");
    } catch (const std::exception& e) {
        return internal_error(function, e.what());
    } catch (...) {
        return internal_error(function, "an exception of unknown type");
    }
}

}  // namespace mhf_detail

// Checks a pointer argument: NULL gives MHF_E_USAGE naming the function and the argument.
#define MHF_REQUIRE(arg) \
    if ((arg) == nullptr) return ::mhf_detail::null_argument(__func__, #arg)

#endif
