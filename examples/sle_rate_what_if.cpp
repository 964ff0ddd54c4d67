// What if the SLE rate moves? Prices the scenario at its own SLE rate and at another, and shows
// what changes, by academic year.
//
//   example_sle_rate_what_if [SCENARIO] [NEW_RATE]      e.g. ... central-hub.toml 400.00
#include <cstdio>
#include <map>
#include <string>

#include <mhfund/forecast.hpp>
#include <mhfund/mhfund.hpp>

namespace {
std::map<std::string, mhfund::money> by_academic_year(const mhfund::scenario& s) {
    std::map<std::string, mhfund::money> out;
    const auto r = mhfund::run_forecast(s, {{}, mhfund::period_kind::academic_year});
    for (const mhfund::forecast_row& row : r.rows)
        out[row.when.label()] += row.amount;
    return out;
}
}  // namespace

int main(int argc, char** argv) {
    try {
        mhfund::scenario before =
            argc > 1 ? mhfund::load_scenario_file(argv[1]) : mhfund::default_scenario();
        const std::string new_rate = argc > 2 ? argv[2] : "400.00";
        mhfund::scenario after = before;
        after.set("sle_rate", new_rate, {});  // the same setting as --set sle_rate=…

        const auto a = by_academic_year(before);
        const auto b = by_academic_year(after);
        std::printf("%-10s %14s %14s %14s\n", "year", "now", "at new rate", "change");
        mhfund::money change_total;
        for (const auto& [year, amount] : b) {
            const auto it = a.find(year);
            const mhfund::money old = it == a.end() ? mhfund::money{} : it->second;
            std::printf("%-10s %14s %14s %14s\n", year.c_str(), mhfund::to_display(old).c_str(),
                        mhfund::to_display(amount).c_str(),
                        mhfund::to_display(amount - old).c_str());
            change_total += amount - old;
        }
        std::printf("%-10s %14s %14s change %14s\n", "total", "", "",
                    mhfund::to_display(change_total).c_str());
        return 0;
    } catch (const mhfund::error& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
}
