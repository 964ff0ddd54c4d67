// Versions, status codes, the thread-local last error, the string-buffer protocol, and the test
// hook that proves an exception becomes a status code.
#include <cstring>
#include <stdexcept>
#include <string>

#include "capi.hpp"
#include "mhfund/version.hpp"

static_assert(MHF_VERSION_MAJOR == MHFUND_VERSION_MAJOR, "mhfund.h and version.hpp disagree");
static_assert(MHF_VERSION_MINOR == MHFUND_VERSION_MINOR, "mhfund.h and version.hpp disagree");
static_assert(MHF_VERSION_PATCH == MHFUND_VERSION_PATCH, "mhfund.h and version.hpp disagree");
static_assert(MHF_VERSION_NUMBER == MHFUND_VERSION_NUMBER, "mhfund.h and version.hpp disagree");
static_assert(static_cast<int>(mhfund::errc::input) == -MHF_E_INPUT &&
                  static_cast<int>(mhfund::errc::usage) == -MHF_E_USAGE,
              "the C++ error categories and the C status codes must agree where they overlap");

namespace {

constexpr const char* no_error = "no error";

// The message lives in a thread-local string; `current` points at it, or at a fixed text when
// there is none or it could not be stored. Only failing calls write here (libgit2's rule).
thread_local std::string message;
thread_local const char* current = no_error;

#define MHF_STR2(x) #x
#define MHF_STR(x) MHF_STR2(x)
constexpr const char* version_text =
    MHF_STR(MHF_VERSION_MAJOR) "." MHF_STR(MHF_VERSION_MINOR) "." MHF_STR(MHF_VERSION_PATCH);

// How many bytes of `text` fit in `room` without cutting a UTF-8 sequence in two.
std::size_t utf8_prefix(std::string_view text, std::size_t room) {
    if (room >= text.size()) return text.size();
    std::size_t n = room;
    // Back off over continuation bytes (10xxxxxx) to the start of the cut character.
    while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0u) == 0x80u)
        --n;
    return n;
}

}  // namespace

namespace mhf_detail {

int fail(int code, std::string_view text) noexcept {
    try {
        message.assign(text.data(), text.size());
        current = message.c_str();
    } catch (...) {
        current = "out of memory while recording an error message";
    }
    return code;
}

int null_argument(const char* function, const char* name) noexcept {
    try {
        return fail(MHF_E_USAGE, std::string(function) + ": argument '" + name + "' is NULL");
    } catch (...) {
        return fail(MHF_E_USAGE, "an argument is NULL");
    }
}

int out_of_range(const char* function, const char* what, std::size_t index,
                 std::size_t count) noexcept {
    try {
        return fail(MHF_E_RANGE, std::string(function) + ": " + what + " " + std::to_string(index) +
                                     " is out of range (there are " + std::to_string(count) + ")");
    } catch (...) {
        return fail(MHF_E_RANGE, "index out of range");
    }
}

int internal_error(const char* function, const char* what) noexcept {
    try {
        return fail(MHF_E_INTERNAL,
                    std::string(function) + ": internal error (please report it): " + what);
    } catch (...) {
        return fail(MHF_E_INTERNAL, "internal error");
    }
}

int code_of(mhfund::errc c) noexcept {
    switch (c) {
        case mhfund::errc::input:
            return MHF_E_INPUT;
        case mhfund::errc::usage:
            return MHF_E_USAGE;
        case mhfund::errc::overflow:
            return MHF_E_OVERFLOW;
        case mhfund::errc::internal:
            return MHF_E_INTERNAL;
    }
    return MHF_E_INTERNAL;
}

int copy_out(const char* function, std::string_view text, char* buf, std::size_t buflen,
             std::size_t* needed) noexcept {
    if (buf == nullptr && buflen > 0) {
        try {
            return fail(MHF_E_USAGE, std::string(function) +
                                         ": argument 'buf' is NULL but 'buflen' is " +
                                         std::to_string(buflen));
        } catch (...) {
            return fail(MHF_E_USAGE, "argument 'buf' is NULL but 'buflen' is not 0");
        }
    }
    if (needed != nullptr) *needed = text.size();
    if (buflen > 0) {
        const std::size_t n = utf8_prefix(text, buflen - 1);
        if (n > 0) std::memcpy(buf, text.data(), n);
        buf[n] = '\0';
    }
    return MHF_OK;
}

}  // namespace mhf_detail

extern "C" {

const char* mhf_version(void) {
    return version_text;
}

int mhf_version_number(void) {
    return MHFUND_VERSION_NUMBER;
}

const char* mhf_last_error(void) {
    return current;
}

void mhf_error_clear(void) {
    current = no_error;
}

const char* mhf_errstr(int code) {
    switch (code) {
        case MHF_OK:
            return "no error";
        case MHF_E_INPUT:
            return "input error: bad data, a bad value or a missing setting";
        case MHF_E_USAGE:
            return "usage error: the API was called wrongly";
        case MHF_E_NOMEM:
            return "out of memory";
        case MHF_E_OVERFLOW:
            return "overflow: an amount left the range of int64 pence";
        case MHF_E_INTERNAL:
            return "internal error in the library";
        case MHF_E_RANGE:
            return "index out of range";
        default:
            return "unknown status code";
    }
}

int mhf_test_throw(int kind) {
    return mhf_detail::guarded(__func__, [&]() -> int {
        switch (kind) {
            case 0:
                throw std::runtime_error("forced std::runtime_error (mhf_test_throw)");
            case 1:
                throw std::bad_alloc();
            case 2:
                throw 42;
            case 3:
                throw mhfund::error(mhfund::errc::input, "forced input error (mhf_test_throw)",
                                    mhfund::source_location{"test.toml", 3, "sle_rate"});
            case 4:
                throw mhfund::error(mhfund::errc::overflow,
                                    "forced overflow error (mhf_test_throw)");
            default:
                return mhf_detail::fail(
                    MHF_E_USAGE,
                    "mhf_test_throw: unknown kind " + std::to_string(kind) + ": expected 0 to 4");
        }
    });
}

}  // extern "C"
