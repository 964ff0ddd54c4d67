// Writes the HTML forecast report of a scenario (the built-in default when none is given) for
// the browser test: write_report OUTPUT.html [term|month] [SCENARIO.toml]
#include <exception>
#include <fstream>
#include <iostream>
#include <string>

#include "mhfund/forecast.hpp"
#include "mhfund/report.hpp"
#include "mhfund/scenario.hpp"

int main(int argc, char** argv) {
    if (argc < 2 || argc > 4) {
        std::cerr << "usage: write_report OUTPUT.html [term|month] [SCENARIO.toml]\n";
        return 2;
    }
    try {
        const mhfund::period_kind period =
            argc > 2 ? mhfund::parse_period_kind(argv[2]) : mhfund::period_kind::term;
        const mhfund::scenario s =
            argc > 3 ? mhfund::load_scenario_file(argv[3]) : mhfund::default_scenario();
        const std::string html = mhfund::render_forecast_html(s, mhfund::expand(s), period);
        std::ofstream out(argv[1], std::ios::binary);
        out << html;
        out.close();
        if (!out) {
            std::cerr << "write_report: cannot write " << argv[1] << "\n";
            return 1;
        }
    } catch (const std::exception& e) {
        std::cerr << "write_report: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
