// What does my hub spend in a financial year, by programme?
//
//   example_hub_spend_by_programme [SCENARIO] [FY2024-25]
//
// Without a scenario it uses the built-in sample hub. Adapt the grouping (e.g. add
// dimension::cohort) or the period (period_kind::term) to answer other questions.
#include <cstdio>
#include <string>

#include <mhfund/forecast.hpp>
#include <mhfund/mhfund.hpp>

int main(int argc, char** argv) {
    try {
        const mhfund::scenario s =
            argc > 1 ? mhfund::load_scenario_file(argv[1]) : mhfund::default_scenario();
        const std::string year = argc > 2 ? argv[2] : "FY2024-25";
        mhfund::financial_year::parse(year);  // a clear error for a mistyped year

        const mhfund::forecast_result r = mhfund::run_forecast(
            s, {{mhfund::dimension::programme}, mhfund::period_kind::financial_year});
        mhfund::money total;
        std::printf("%s: spend in %s by programme\n", s.name.c_str(), year.c_str());
        for (const mhfund::forecast_row& row : r.rows) {
            if (row.when.label() != year) continue;
            std::printf("  %-10s %14s\n", row.keys[0].c_str(),
                        mhfund::to_display(row.amount).c_str());
            total += row.amount;
        }
        std::printf("  %-10s %14s\n", "total", mhfund::to_display(total).c_str());
        std::printf("Assumptions:\n");
        for (const mhfund::assumption& a : r.assumptions)
            std::printf("  %s = %s (%s)\n", a.setting.c_str(), a.value.c_str(), a.note.c_str());
        return 0;
    } catch (const mhfund::error& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
}
