// The handles more than one source file of the C API reads: a scenario (budgets are made from
// one) and a forecast (a budget is read as one).
#ifndef MHFUND_BINDINGS_C_HANDLES_HPP
#define MHFUND_BINDINGS_C_HANDLES_HPP

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "mhfund/forecast.hpp"
#include "mhfund/scenario.hpp"

struct mhf_scenario {
    mhfund::scenario s;
};

struct mhf_forecast {
    std::vector<std::string> key_names;
    struct row {
        std::vector<std::string> keys;
        std::string period;
        int64_t pence = 0;
    };
    std::vector<row> rows;
    int64_t total = 0;
    std::vector<std::string> assumptions;
    std::vector<std::string> warnings;
};

namespace mhf_detail {

/// A forecast handle holding a copy of everything `r` shows (forecast.cpp).
std::unique_ptr<mhf_forecast> forecast_copy(const mhfund::forecast_result& r);

}  // namespace mhf_detail

#endif
