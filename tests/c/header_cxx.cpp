// mhfund.h included from C++, twice (include guard), with the options macro used as C++ would.
#include "mhfund.h"

namespace {
[[maybe_unused]] int price_sms_year_one() {
    const mhf_price_options opts = MHF_PRICE_OPTIONS_INIT;
    int64_t pence = 0;
    return mhf_price(&pence, "sms-2022-cohort7", "7", 1, &opts);
}
}  // namespace
