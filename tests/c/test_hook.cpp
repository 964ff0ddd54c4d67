// The test hooks of test_hook.h, run inside the C API's guard.
#include "test_hook.h"

#include <new>
#include <stdexcept>
#include <string>

#include "capi.hpp"

extern "C" {

int test_hook_throw(int kind) {
    return mhf_detail::guarded(__func__, [&] {
        switch (kind) {
            case 0:
                throw std::runtime_error("forced std::runtime_error");
            case 1:
                throw std::bad_alloc();
            case 2:
                throw 42;
            case 3:
                throw mhfund::error(mhfund::errc::input, "forced input error",
                                    mhfund::source_location{"test.toml", 3, "sle_rate"});
        }
        throw mhf_detail::api_error(MHF_E_USAGE,
                                    "unknown kind " + std::to_string(kind) + ": expected 0 to 3");
    });
}

int test_hook_throw_category(int category) {
    return mhf_detail::guarded(__func__, [&] {
        throw mhfund::error(static_cast<mhfund::errc>(category),
                            "forced error of category " + std::to_string(category));
    });
}

}  // extern "C"
