// Scenarios and forecasts. A forecast copies everything it shows out of the C++ result when it
// is run (labels included), so reading it is const and needs no scenario.
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "capi.hpp"
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

namespace {

using mhf_detail::copy_out;
using mhf_detail::guarded;
using mhf_detail::out_of_range;

// Hands a new scenario to the caller.
int give(mhf_scenario** out, mhfund::scenario s) {
    *out = new mhf_scenario{std::move(s)};
    return MHF_OK;
}

std::string assumption_text(const mhfund::assumption& a) {
    std::string out = a.setting + " = " + a.value;
    if (!a.note.empty()) out += " (" + a.note + ")";
    return out;
}

}  // namespace

extern "C" {

int mhf_scenario_load_file(mhf_scenario** out, const char* path) {
    MHF_REQUIRE(out);
    *out = nullptr;
    MHF_REQUIRE(path);
    return guarded(__func__, [&]() -> int { return give(out, mhfund::load_scenario_file(path)); });
}

int mhf_scenario_load_string(mhf_scenario** out, const char* toml, const char* base_dir) {
    MHF_REQUIRE(out);
    *out = nullptr;
    MHF_REQUIRE(toml);
    return guarded(__func__, [&]() -> int {
        return give(out, mhfund::load_scenario_text(toml, "(scenario text)",
                                                    base_dir ? std::string(base_dir) : ""));
    });
}

int mhf_scenario_default(mhf_scenario** out) {
    MHF_REQUIRE(out);
    *out = nullptr;
    return guarded(__func__, [&]() -> int { return give(out, mhfund::default_scenario()); });
}

int mhf_scenario_set(mhf_scenario* scenario, const char* name, const char* value) {
    MHF_REQUIRE(scenario);
    MHF_REQUIRE(name);
    MHF_REQUIRE(value);
    return guarded(__func__, [&]() -> int {
        // scenario::set is not all-or-nothing on every path, so apply it to a copy and keep the
        // copy only when it succeeded: a failed call leaves the caller's scenario as it was.
        mhfund::scenario changed = scenario->s;
        changed.set(name, value, mhfund::source_location{});
        scenario->s = std::move(changed);
        return MHF_OK;
    });
}

void mhf_scenario_free(mhf_scenario* scenario) {
    delete scenario;
}

int mhf_forecast_run(mhf_forecast** out, const mhf_scenario* scenario, const char* by,
                     const char* period) {
    MHF_REQUIRE(out);
    *out = nullptr;
    MHF_REQUIRE(scenario);
    MHF_REQUIRE(by);
    MHF_REQUIRE(period);
    return guarded(__func__, [&]() -> int {
        mhfund::forecast_options options;
        options.by = mhfund::parse_dimensions(by);
        options.period = mhfund::parse_period_kind(period);
        const mhfund::forecast_result r = mhfund::run_forecast(scenario->s, options);

        auto f = std::make_unique<mhf_forecast>();
        for (mhfund::dimension d : r.by)
            f->key_names.emplace_back(mhfund::to_string(d));
        f->rows.reserve(r.rows.size());
        for (const mhfund::forecast_row& row : r.rows)
            f->rows.push_back({row.keys, row.when.label(), row.amount.pence()});
        f->total = r.total.pence();
        for (const mhfund::assumption& a : r.assumptions)
            f->assumptions.push_back(assumption_text(a));
        f->warnings = r.warnings;
        *out = f.release();
        return MHF_OK;
    });
}

int mhf_forecast_row_count(const mhf_forecast* forecast, size_t* out) {
    MHF_REQUIRE(forecast);
    MHF_REQUIRE(out);
    *out = forecast->rows.size();
    return MHF_OK;
}

int mhf_forecast_key_count(const mhf_forecast* forecast, size_t* out) {
    MHF_REQUIRE(forecast);
    MHF_REQUIRE(out);
    *out = forecast->key_names.size();
    return MHF_OK;
}

int mhf_forecast_key_name(const mhf_forecast* forecast, size_t k, char* buf, size_t buflen,
                          size_t* needed) {
    MHF_REQUIRE(forecast);
    if (k >= forecast->key_names.size())
        return out_of_range(__func__, "key", k, forecast->key_names.size());
    return copy_out(__func__, forecast->key_names[k], buf, buflen, needed);
}

int mhf_forecast_row_key(const mhf_forecast* forecast, size_t row, size_t k, char* buf,
                         size_t buflen, size_t* needed) {
    MHF_REQUIRE(forecast);
    if (row >= forecast->rows.size())
        return out_of_range(__func__, "row", row, forecast->rows.size());
    const auto& keys = forecast->rows[row].keys;
    if (k >= keys.size()) return out_of_range(__func__, "key", k, keys.size());
    return copy_out(__func__, keys[k], buf, buflen, needed);
}

int mhf_forecast_row_period(const mhf_forecast* forecast, size_t row, char* buf, size_t buflen,
                            size_t* needed) {
    MHF_REQUIRE(forecast);
    if (row >= forecast->rows.size())
        return out_of_range(__func__, "row", row, forecast->rows.size());
    return copy_out(__func__, forecast->rows[row].period, buf, buflen, needed);
}

int mhf_forecast_row_amount(const mhf_forecast* forecast, size_t row, int64_t* out_pence) {
    MHF_REQUIRE(forecast);
    MHF_REQUIRE(out_pence);
    if (row >= forecast->rows.size())
        return out_of_range(__func__, "row", row, forecast->rows.size());
    *out_pence = forecast->rows[row].pence;
    return MHF_OK;
}

int mhf_forecast_total(const mhf_forecast* forecast, int64_t* out_pence) {
    MHF_REQUIRE(forecast);
    MHF_REQUIRE(out_pence);
    *out_pence = forecast->total;
    return MHF_OK;
}

int mhf_forecast_assumption_count(const mhf_forecast* forecast, size_t* out) {
    MHF_REQUIRE(forecast);
    MHF_REQUIRE(out);
    *out = forecast->assumptions.size();
    return MHF_OK;
}

int mhf_forecast_assumption(const mhf_forecast* forecast, size_t i, char* buf, size_t buflen,
                            size_t* needed) {
    MHF_REQUIRE(forecast);
    if (i >= forecast->assumptions.size())
        return out_of_range(__func__, "assumption", i, forecast->assumptions.size());
    return copy_out(__func__, forecast->assumptions[i], buf, buflen, needed);
}

int mhf_forecast_warning_count(const mhf_forecast* forecast, size_t* out) {
    MHF_REQUIRE(forecast);
    MHF_REQUIRE(out);
    *out = forecast->warnings.size();
    return MHF_OK;
}

int mhf_forecast_warning(const mhf_forecast* forecast, size_t i, char* buf, size_t buflen,
                         size_t* needed) {
    MHF_REQUIRE(forecast);
    if (i >= forecast->warnings.size())
        return out_of_range(__func__, "warning", i, forecast->warnings.size());
    return copy_out(__func__, forecast->warnings[i], buf, buflen, needed);
}

void mhf_forecast_free(mhf_forecast* forecast) {
    delete forecast;
}

}  // extern "C"
