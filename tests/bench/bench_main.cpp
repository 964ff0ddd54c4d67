// mhfund_bench: Google Benchmark timings of the forecast engine on synthetic national rosters
// (docs/performance.md has the figures and the commands that reproduce them).
//
//   BM_forecast_end_to_end/N     read + validate + run_forecast (expand, phase and aggregate by
//                                hub × academic year), N participants; the roster text is
//                                generated once, outside the timed loop
//   BM_forecast_end_to_end_changed/N
//                                the same with a changes file giving 10% of the participants a
//                                payee or hub change each (read_changes too, and lines split)
//   BM_forecast_stages/STAGE/N   the stages one at a time (the CSV parser alone, read_roster,
//                                validate, expand storing every line, summarise those lines),
//                                at 100,000 and 1,000,000 participants
//   BM_price_year/...            pricing one programme year (C++ API)
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <benchmark/benchmark.h>

#include "bench_scenario.hpp"
#include "io/csv.hpp"
#include "mhfund/catalogue.hpp"
#include "mhfund/forecast.hpp"
#include "mhfund/pricing.hpp"
#include "roster_generator.hpp"

namespace {

using namespace mhfund;

/// The seed of every benchmark roster: the same rows on every run and machine.
constexpr std::uint64_t roster_seed = 2022;

/// One roster (and what is derived from it) is kept at a time: the 1,000,000-participant
/// scenario and its expansion take about 1.6 GiB, so sizes are not cached side by side.
struct prepared {
    std::size_t participants = 0;
    std::string csv;
    std::unique_ptr<scenario> read;
    std::unique_ptr<expansion> expanded;
};

prepared& prepare(std::size_t participants) {
    static prepared cache;
    if (cache.participants != participants || cache.csv.empty()) {
        cache.expanded.reset();
        cache.read.reset();
        cache.csv = bench::generate_roster_csv(participants, roster_seed);
        cache.participants = participants;
    }
    return cache;
}

const std::string& roster_csv(std::size_t participants) {
    return prepare(participants).csv;
}

/// A scenario with the roster of `participants` read once and kept for the stages after it.
const scenario& read_scenario(std::size_t participants) {
    prepared& p = prepare(participants);
    if (!p.read) {
        p.read = std::make_unique<scenario>(bench::national_scenario());
        bench::read_national_roster(*p.read, p.csv);
    }
    return *p.read;
}

const expansion& expanded(std::size_t participants) {
    prepared& p = prepare(participants);
    if (!p.expanded) p.expanded = std::make_unique<expansion>(expand(read_scenario(participants)));
    return *p.expanded;
}

void report(benchmark::State& state, std::size_t participants, std::size_t lines,
            std::size_t rows) {
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) *
                            static_cast<int64_t>(participants));
    if (lines != 0) state.counters["cost_lines"] = static_cast<double>(lines);
    if (rows != 0) state.counters["rows"] = static_cast<double>(rows);
}

void BM_forecast_end_to_end(benchmark::State& state) {
    const auto n = static_cast<std::size_t>(state.range(0));
    const std::string& csv = roster_csv(n);
    const scenario base = bench::national_scenario();
    std::size_t rows = 0;
    for (auto _ : state) {
        scenario s = base;
        bench::read_national_roster(s, csv);
        const forecast_result r = run_forecast(s, bench::hub_by_academic_year());
        benchmark::DoNotOptimize(r.total);
        rows = r.rows.size();
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(n));
    state.counters["rows"] = static_cast<double>(rows);
}

/// The share of participants the changed benchmark gives a payee or hub change.
constexpr std::uint64_t changed_percent = 10;

void BM_forecast_end_to_end_changed(benchmark::State& state) {
    const auto n = static_cast<std::size_t>(state.range(0));
    const std::string& csv = roster_csv(n);
    const std::string changes = bench::generate_changes_csv(n, roster_seed, changed_percent);
    const scenario base = bench::national_scenario();
    std::size_t rows = 0;
    for (auto _ : state) {
        scenario s = base;
        read_roster(s, csv, "national-roster.csv");
        read_changes(s, changes, "national-changes.csv");
        s.validate();
        const forecast_result r = run_forecast(s, bench::hub_by_academic_year());
        benchmark::DoNotOptimize(r.total);
        rows = r.rows.size();
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(n));
    state.counters["rows"] = static_cast<double>(rows);
}

void stage_parse_csv(benchmark::State& state) {
    const auto n = static_cast<std::size_t>(state.range(0));
    const std::string& csv = roster_csv(n);
    for (auto _ : state) {
        const io::csv_table t = io::parse_csv(csv, "national-roster.csv");
        benchmark::DoNotOptimize(t.rows.data());
    }
    report(state, n, 0, 0);
}

void stage_read(benchmark::State& state) {
    const auto n = static_cast<std::size_t>(state.range(0));
    const std::string& csv = roster_csv(n);
    const scenario base = bench::national_scenario();
    for (auto _ : state) {
        scenario s = base;
        read_roster(s, csv, "national-roster.csv");
        benchmark::DoNotOptimize(s.roster.data());
    }
    report(state, n, 0, 0);
}

void stage_validate(benchmark::State& state) {
    const auto n = static_cast<std::size_t>(state.range(0));
    const scenario& s = read_scenario(n);
    for (auto _ : state)
        s.validate();
    report(state, n, 0, 0);
}

void stage_expand(benchmark::State& state) {
    const auto n = static_cast<std::size_t>(state.range(0));
    const scenario& s = read_scenario(n);
    std::size_t lines = 0;
    for (auto _ : state) {
        const expansion e = expand(s);
        benchmark::DoNotOptimize(e.lines.data());
        lines = e.lines.size();
    }
    report(state, n, lines, 0);
}

void stage_summarise(benchmark::State& state, forecast_options options) {
    const auto n = static_cast<std::size_t>(state.range(0));
    const expansion& e = expanded(n);
    std::size_t rows = 0;
    for (auto _ : state) {
        const forecast_result r = summarise(e, options);
        benchmark::DoNotOptimize(r.total);
        rows = r.rows.size();
    }
    report(state, n, e.lines.size(), rows);
}

void BM_price_year(benchmark::State& state, int year, bool accredited) {
    const catalogue& cat = catalogue::builtin();
    const edition& ed = cat.get("sms-2022-cohort7");
    price_options options;
    options.pd_lead_accredited = accredited;
    for (auto _ : state) {
        allocation a = price_year(ed, "7", year, options, cat.rates());
        benchmark::DoNotOptimize(a.total);
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;

    // Few iterations for the large rosters: each one reads, expands and sums the whole roster.
    benchmark::RegisterBenchmark("BM_forecast_end_to_end", BM_forecast_end_to_end)
        ->Arg(1000)
        ->Arg(10000)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BM_forecast_end_to_end", BM_forecast_end_to_end)
        ->Arg(100000)
        ->Iterations(5)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BM_forecast_end_to_end", BM_forecast_end_to_end)
        ->Arg(1000000)
        ->Iterations(2)
        ->Unit(benchmark::kMillisecond);

    benchmark::RegisterBenchmark("BM_forecast_end_to_end_changed", BM_forecast_end_to_end_changed)
        ->Arg(1000)
        ->Arg(10000)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BM_forecast_end_to_end_changed", BM_forecast_end_to_end_changed)
        ->Arg(100000)
        ->Iterations(5)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BM_forecast_end_to_end_changed", BM_forecast_end_to_end_changed)
        ->Arg(1000000)
        ->Iterations(2)
        ->Unit(benchmark::kMillisecond);

    // Stages at 100,000 participants (5 iterations), then at 1,000,000 (1 iteration), so that
    // costs that grow faster than the roster show. Registered size by size: one roster is
    // prepared at a time.
    std::vector<std::pair<const char*, void (*)(benchmark::State&)>> stages;
    auto stage = [&](const char* name, void (*fn)(benchmark::State&)) {
        stages.emplace_back(name, fn);
    };
    stage("BM_forecast_stages/parse_csv", stage_parse_csv);
    stage("BM_forecast_stages/read", stage_read);
    stage("BM_forecast_stages/validate", stage_validate);
    stage("BM_forecast_stages/expand", stage_expand);
    stage("BM_forecast_stages/summarise",
          [](benchmark::State& st) { stage_summarise(st, bench::hub_by_academic_year()); });

    for (const auto& [size, iterations] : {std::pair<int64_t, int64_t>{100000, 5}, {1000000, 1}})
        for (const auto& [name, fn] : stages)
            benchmark::RegisterBenchmark(name, fn)
                ->Arg(size)
                ->Iterations(iterations)
                ->Unit(benchmark::kMillisecond);

    // The finest grouping a user can ask for (one row per participant and month: 3 million rows
    // at 100,000 participants), at 100,000 only: at 1,000,000 it runs for minutes.
    benchmark::RegisterBenchmark(
        "BM_forecast_stages/summarise_participant_month",
        [](benchmark::State& st) {
            stage_summarise(st, forecast_options{{dimension::participant}, period_kind::month});
        })
        ->Arg(100000)
        ->Iterations(1)
        ->Unit(benchmark::kMillisecond);

    benchmark::RegisterBenchmark("BM_price_year/sms_year1",
                                 [](benchmark::State& st) { BM_price_year(st, 1, false); });
    benchmark::RegisterBenchmark("BM_price_year/sms_year2_pd_lead_accredited",
                                 [](benchmark::State& st) { BM_price_year(st, 2, true); });

    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
