// Per-call cost of mhf_price (target: under 1 µs). Not a test: run it by hand,
//   bench_c_price --benchmark_min_time=0.5
#include <benchmark/benchmark.h>

#include "mhfund.h"

namespace {

void sms_year_one(benchmark::State& state) {
    int64_t pence = 0;
    for (auto _ : state) {
        if (mhf_price(&pence, "sms-2022-cohort7", "7", 1, nullptr) != MHF_OK)
            state.SkipWithError(mhf_last_error());
        benchmark::DoNotOptimize(pence);
    }
}
BENCHMARK(sms_year_one);

void fe_trailblazer_year_two_accredited(benchmark::State& state) {
    mhf_price_options opts = MHF_PRICE_OPTIONS_INIT;
    opts.pd_lead_accredited = 1;
    int64_t pence = 0;
    for (auto _ : state) {
        if (mhf_price(&pence, "fe-2023", "trailblazer", 2, &opts) != MHF_OK)
            state.SkipWithError(mhf_last_error());
        benchmark::DoNotOptimize(pence);
    }
}
BENCHMARK(fe_trailblazer_year_two_accredited);

// Year 3 with an SLE rate: the per-thread rate card is built once, then reused.
void sms_year_three_sle_rate(benchmark::State& state) {
    mhf_price_options opts = MHF_PRICE_OPTIONS_INIT;
    opts.sle_rate_pence = 35000;
    opts.sle_half_days = 40;
    int64_t pence = 0;
    for (auto _ : state) {
        if (mhf_price(&pence, "sms-2022-cohort7", "7", 3, &opts) != MHF_OK)
            state.SkipWithError(mhf_last_error());
        benchmark::DoNotOptimize(pence);
    }
}
BENCHMARK(sms_year_three_sle_rate);

// The worst case: a different SLE rate on every call rebuilds the per-thread rate card.
void sms_year_three_rate_changes(benchmark::State& state) {
    mhf_price_options opts = MHF_PRICE_OPTIONS_INIT;
    opts.sle_half_days = 40;
    int64_t pence = 0;
    int64_t rate = 35000;
    for (auto _ : state) {
        opts.sle_rate_pence = rate++;
        if (mhf_price(&pence, "sms-2022-cohort7", "7", 3, &opts) != MHF_OK)
            state.SkipWithError(mhf_last_error());
        benchmark::DoNotOptimize(pence);
    }
}
BENCHMARK(sms_year_three_rate_changes);

void workgroup(benchmark::State& state) {
    int64_t pence = 0;
    for (auto _ : state) {
        if (mhf_price_workgroup(&pence, "wg-2024", 1) != MHF_OK)
            state.SkipWithError(mhf_last_error());
        benchmark::DoNotOptimize(pence);
    }
}
BENCHMARK(workgroup);

}  // namespace

BENCHMARK_MAIN();
