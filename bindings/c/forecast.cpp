// Scenarios and forecasts. A forecast copies everything it shows out of the C++ result when it
// is run (labels included), so reading it is const and needs no scenario.
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "capi.hpp"
#include "mhfund/forecast.hpp"
#include "mhfund/scenario.hpp"

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

using mhf_detail::check_index;
using mhf_detail::copy_out;
using mhf_detail::guarded;

// Hands a new scenario to the caller.
void give(mhf_scenario** out, mhfund::scenario s) {
    *out = new mhf_scenario{std::move(s)};
}

std::string assumption_text(const mhfund::assumption& a) {
    std::string out = a.setting + " = " + a.value;
    if (!a.note.empty()) out += " (" + a.note + ")";
    return out;
}

std::unique_ptr<mhf_forecast> copy_of(const mhfund::forecast_result& r) {
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
    return f;
}

// The row `row` of a forecast, checked against the row count.
const mhf_forecast::row& row_of(const mhf_forecast* forecast, size_t row) {
    MHF_REQUIRE(forecast);
    check_index(row, forecast->rows.size(), "row");
    return forecast->rows[row];
}

// Gives text `i` of a list the forecast holds (key names, assumptions, warnings).
int list_text(const char* function, char* out, size_t out_size, size_t* out_len,
              const mhf_forecast* forecast, std::vector<std::string> mhf_forecast::*list, size_t i,
              const char* what) {
    return guarded(function, [&] {
        MHF_REQUIRE(forecast);
        const std::vector<std::string>& texts = forecast->*list;
        check_index(i, texts.size(), what);
        copy_out(texts[i], out, out_size, out_len);
    });
}

// Gives the size of a list the forecast holds.
int list_count(const char* function, size_t* out, const mhf_forecast* forecast,
               size_t (*count)(const mhf_forecast&)) {
    return guarded(function, [&] {
        MHF_REQUIRE(out);
        MHF_REQUIRE(forecast);
        *out = count(*forecast);
    });
}

}  // namespace

extern "C" {

int mhf_scenario_load_file(mhf_scenario** out, const char* path) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(out);
        *out = nullptr;
        MHF_REQUIRE(path);
        give(out, mhfund::load_scenario_file(path));
    });
}

int mhf_scenario_load_string(mhf_scenario** out, const char* toml, const char* base_dir) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(out);
        *out = nullptr;
        MHF_REQUIRE(toml);
        give(out, mhfund::load_scenario_text(toml, "(scenario text)",
                                             base_dir ? std::string(base_dir) : ""));
    });
}

int mhf_scenario_default(mhf_scenario** out) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(out);
        *out = nullptr;
        give(out, mhfund::default_scenario());
    });
}

int mhf_scenario_set(mhf_scenario* scenario, const char* name, const char* value) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(scenario);
        MHF_REQUIRE(name);
        MHF_REQUIRE(value);
        // scenario::set is all or nothing: a failed call leaves the scenario as it was.
        scenario->s.set(name, value, mhfund::source_location{});
    });
}

int mhf_scenario_read_changes(mhf_scenario* scenario, const char* path) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(scenario);
        MHF_REQUIRE(path);
        // read_changes is all or nothing: a failed call leaves the scenario as it was.
        mhfund::read_changes_file(scenario->s, path);
    });
}

int mhf_scenario_read_changes_text(mhf_scenario* scenario, const char* csv, const char* name) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(scenario);
        MHF_REQUIRE(csv);
        mhfund::read_changes(scenario->s, csv, name ? name : "(changes text)");
    });
}

void mhf_scenario_free(mhf_scenario* scenario) {
    delete scenario;
}

int mhf_forecast_run(mhf_forecast** out, const mhf_scenario* scenario, const char* by,
                     const char* period) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(out);
        *out = nullptr;
        MHF_REQUIRE(scenario);
        MHF_REQUIRE(by);
        MHF_REQUIRE(period);
        mhfund::forecast_options options;
        options.by = mhfund::parse_dimensions(by);
        options.period = mhfund::parse_period_kind(period);
        *out = copy_of(mhfund::run_forecast(scenario->s, options)).release();
    });
}

int mhf_forecast_row_count(size_t* out, const mhf_forecast* forecast) {
    return list_count(__func__, out, forecast, [](const mhf_forecast& f) { return f.rows.size(); });
}

int mhf_forecast_key_count(size_t* out, const mhf_forecast* forecast) {
    return list_count(__func__, out, forecast,
                      [](const mhf_forecast& f) { return f.key_names.size(); });
}

int mhf_forecast_key_name(char* out, size_t out_size, size_t* out_len, const mhf_forecast* forecast,
                          size_t k) {
    return list_text(__func__, out, out_size, out_len, forecast, &mhf_forecast::key_names, k,
                     "key");
}

int mhf_forecast_row_key(char* out, size_t out_size, size_t* out_len, const mhf_forecast* forecast,
                         size_t row, size_t k) {
    return guarded(__func__, [&] {
        const std::vector<std::string>& keys = row_of(forecast, row).keys;
        check_index(k, keys.size(), "key");
        copy_out(keys[k], out, out_size, out_len);
    });
}

int mhf_forecast_row_period(char* out, size_t out_size, size_t* out_len,
                            const mhf_forecast* forecast, size_t row) {
    return guarded(__func__,
                   [&] { copy_out(row_of(forecast, row).period, out, out_size, out_len); });
}

int mhf_forecast_row_amount(int64_t* out_pence, const mhf_forecast* forecast, size_t row) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(out_pence);
        *out_pence = row_of(forecast, row).pence;
    });
}

int mhf_forecast_total(int64_t* out_pence, const mhf_forecast* forecast) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(out_pence);
        MHF_REQUIRE(forecast);
        *out_pence = forecast->total;
    });
}

int mhf_forecast_assumption_count(size_t* out, const mhf_forecast* forecast) {
    return list_count(__func__, out, forecast,
                      [](const mhf_forecast& f) { return f.assumptions.size(); });
}

int mhf_forecast_assumption(char* out, size_t out_size, size_t* out_len,
                            const mhf_forecast* forecast, size_t i) {
    return list_text(__func__, out, out_size, out_len, forecast, &mhf_forecast::assumptions, i,
                     "assumption");
}

int mhf_forecast_warning_count(size_t* out, const mhf_forecast* forecast) {
    return list_count(__func__, out, forecast,
                      [](const mhf_forecast& f) { return f.warnings.size(); });
}

int mhf_forecast_warning(char* out, size_t out_size, size_t* out_len, const mhf_forecast* forecast,
                         size_t i) {
    return list_text(__func__, out, out_size, out_len, forecast, &mhf_forecast::warnings, i,
                     "warning");
}

void mhf_forecast_free(mhf_forecast* forecast) {
    delete forecast;
}

}  // extern "C"
