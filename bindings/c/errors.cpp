// Versions, status codes, the thread-local last error, the one table from exceptions to status
// codes, and the string-buffer protocol.
#include <cstring>
#include <new>
#include <string>

#include "capi.hpp"
#include "mhfund/version.hpp"

static_assert(MHF_VERSION_MAJOR == MHFUND_VERSION_MAJOR, "mhfund.h and version.hpp disagree");
static_assert(MHF_VERSION_MINOR == MHFUND_VERSION_MINOR, "mhfund.h and version.hpp disagree");
static_assert(MHF_VERSION_PATCH == MHFUND_VERSION_PATCH, "mhfund.h and version.hpp disagree");
static_assert(MHF_VERSION_NUMBER == MHFUND_VERSION_NUMBER, "mhfund.h and version.hpp disagree");

namespace {

using mhfund::errc;

// The C++ error categories and their C status codes: the one table. error.hpp promises that
// each category's value is the negative of its code; the static_assert below holds it to that.
struct category_code {
    errc category;
    int code;
};
constexpr category_code category_codes[] = {
    {errc::input, MHF_E_INPUT},
    {errc::usage, MHF_E_USAGE},
    {errc::overflow, MHF_E_OVERFLOW},
    {errc::internal, MHF_E_INTERNAL},
};

constexpr bool values_are_negated_codes() {
    for (const category_code& c : category_codes)
        if (static_cast<int>(c.category) != -c.code) return false;
    return true;
}
static_assert(values_are_negated_codes(),
              "mhfund::errc values must be the negatives of the C status codes (error.hpp)");

constexpr const char* no_error = "no error";

// The message lives in a thread-local string; `current` points at it, or at a fixed text when
// there is none or it could not be stored. Only failing calls write here (libgit2's rule).
thread_local std::string message;
thread_local const char* current = no_error;

#define MHF_STR2(x) #x
#define MHF_STR(x) MHF_STR2(x)
constexpr const char* version_text =
    MHF_STR(MHF_VERSION_MAJOR) "." MHF_STR(MHF_VERSION_MINOR) "." MHF_STR(MHF_VERSION_PATCH);

// Records `text` as the calling thread's last error and returns `code`. If the message cannot
// be stored, a fixed text takes its place.
int fail(int code, std::string_view text) noexcept {
    try {
        message.assign(text.data(), text.size());
        current = message.c_str();
    } catch (...) {
        current = "out of memory while recording an error message";
    }
    return code;
}

// As fail, with the entry point's name first: "mhf_forecast_run: argument 'by' is NULL".
int fail_in(const char* function, int code, const char* text) noexcept {
    try {
        return fail(code, std::string(function) + ": " + text);
    } catch (...) {
        return fail(code, text);
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

int code_of(errc c) noexcept {
    for (const category_code& entry : category_codes)
        if (entry.category == c) return entry.code;
    return MHF_E_INTERNAL;
}

// A Lippincott function: the one place exceptions become status codes.
int status_of_current_exception(const char* function) noexcept {
    try {
        throw;
    } catch (const api_error& e) {
        return fail_in(function, e.code(), e.what());
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

void check_index(std::size_t index, std::size_t count, const char* what) {
    if (index >= count)
        throw api_error(MHF_E_RANGE, std::string(what) + " " + std::to_string(index) +
                                         " is out of range (there are " + std::to_string(count) +
                                         ")");
}

void copy_out(std::string_view text, char* out, std::size_t out_size, std::size_t* out_len) {
    if (out == nullptr && out_size > 0)
        throw api_error(MHF_E_USAGE,
                        "argument 'out' is NULL but 'out_size' is " + std::to_string(out_size));
    if (out_len != nullptr) *out_len = text.size();
    if (out_size > 0) {
        const std::size_t n = utf8_prefix(text, out_size - 1);
        if (n > 0) std::memcpy(out, text.data(), n);
        out[n] = '\0';
    }
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

}  // extern "C"
