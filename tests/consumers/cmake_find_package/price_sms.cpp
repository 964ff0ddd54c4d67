// A downstream C++ program against the installed library: prices year 1 of a cohort-7
// Secondary Mastery Specialist (000: 15 days at £200.00 = £3,000.00), forecasts the built-in
// sample plan (the embedded data and the CSV reader) and writes it as a workbook (xlsxwriter),
// so that every dependency the static library passes on is proven to link.
#include <cstdio>
#include <string>

#include <fmt/format.h>
#include <mhfund/mhfund.hpp>

int main(int argc, char** argv) {
    try {
        const std::string version = fmt::format("{}.{}.{}", MHFUND_VERSION_MAJOR,
                                                MHFUND_VERSION_MINOR, MHFUND_VERSION_PATCH);
        if (version != EXPECTED_VERSION) {
            fmt::print(stderr, "header version {} but package version {}\n", version,
                       EXPECTED_VERSION);
            return 1;
        }

        const mhfund::catalogue& cat = mhfund::catalogue::builtin();
        const mhfund::allocation year1 =
            mhfund::price_year(cat.get("sms-2022-cohort7"), "7", 1, {}, cat.rates());
        fmt::print("sms-2022-cohort7 cohort 7 year 1: {}\n", year1.total);
        if (fmt::format("{}", year1.total) != "£3,000.00") return 1;

        const mhfund::scenario s = mhfund::default_scenario();
        const mhfund::expansion e = mhfund::expand(s);
        const mhfund::forecast_result r = mhfund::summarise(e, {});
        mhfund::money sum;
        for (const mhfund::forecast_row& row : r.rows)
            sum += row.amount;
        fmt::print("sample plan: {} in {} rows\n", r.total, r.rows.size());
        if (r.rows.empty() || sum != r.total) return 1;

        if (argc > 1) {
            mhfund::write_forecast_xlsx(argv[1], s, e, r);
            std::FILE* f = std::fopen(argv[1], "rb");
            if (f == nullptr) return 1;
            std::fclose(f);
        }
        return 0;
    } catch (const mhfund::error& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
}
