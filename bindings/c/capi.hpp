// Internals shared by the C API's source files: the thread-local last error, the guard that
// turns every exception into a status code, and the string-buffer protocol.
//
// One error channel: everything inside an entry point throws (mhfund::error from the C++
// library, api_error for the C layer's own usage and range errors), and `guarded` is the one
// place an exception becomes a status code and a message.
#ifndef MHFUND_BINDINGS_C_CAPI_HPP
#define MHFUND_BINDINGS_C_CAPI_HPP

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

#include "mhfund.h"
#include "mhfund/error.hpp"
#include "mhfund/scenario.hpp"

/// A scenario behind the C API (forecast.cpp makes them; outturn.cpp reads them).
struct mhf_scenario {
    mhfund::scenario s;
};

namespace mhf_detail {

/// An error of the C layer itself (a NULL argument, an index out of range, an options struct
/// of an unknown version): a status code and a message that `guarded` prefixes with the name
/// of the entry point.
class api_error : public std::runtime_error {
  public:
    api_error(int code, const std::string& message) : std::runtime_error(message), code_(code) {}
    int code() const noexcept { return code_; }

  private:
    int code_;
};

/// The C status code of an mhfund error category.
int code_of(mhfund::errc c) noexcept;

/// The status code of the exception being handled, with its message recorded as the calling
/// thread's last error. Called only from a catch block (see guarded).
int status_of_current_exception(const char* function) noexcept;

/// Runs `body` so that no exception leaves it: MHF_OK when it returns, else the status code
/// of what it threw (mhfund errors their category's code, std::bad_alloc MHF_E_NOMEM, anything
/// unknown MHF_E_INTERNAL).
template <class Body>
int guarded(const char* function, Body&& body) noexcept {
    try {
        body();
        return MHF_OK;
    } catch (...) {
        return status_of_current_exception(function);
    }
}

/// Throws MHF_E_USAGE "argument 'NAME' is NULL" when `p` is NULL.
inline void require(const void* p, const char* name) {
    if (p == nullptr) throw api_error(MHF_E_USAGE, std::string("argument '") + name + "' is NULL");
}

/// Throws MHF_E_RANGE "WHAT INDEX is out of range (there are COUNT)" unless index < count.
void check_index(std::size_t index, std::size_t count, const char* what);

/// Copies `text` out by the string-buffer protocol of mhfund.h.
void copy_out(std::string_view text, char* out, std::size_t out_size, std::size_t* out_len);

}  // namespace mhf_detail

// Requires a pointer argument: NULL throws MHF_E_USAGE naming the argument.
#define MHF_REQUIRE(arg) ::mhf_detail::require((arg), #arg)

#endif
