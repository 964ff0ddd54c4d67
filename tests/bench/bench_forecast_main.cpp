// mhfund_bench_forecast [--stages] [--changes PERCENT] N [SEED]: generates a national roster of
// N participants (and, with --changes, a changes file moving PERCENT% of them to another payee
// or hub), forecasts it once by hub × academic year, and prints the total, the wall and CPU time
// of each stage and the process's peak resident memory (getrusage ru_maxrss), for
// docs/performance.md.
//
// CPU time is printed beside wall time because the figures are taken on shared machines:
// when another process competes for the cores, wall time grows and CPU time does not.
#include <sys/resource.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "bench_scenario.hpp"
#include "mhfund/error.hpp"
#include "roster_generator.hpp"

namespace {

bool parse_unsigned(const char* text, std::uint64_t& out) {
    if (text == nullptr || *text == '\0') return false;
    std::uint64_t v = 0;
    for (const char* p = text; *p != '\0'; ++p) {
        if (*p < '0' || *p > '9') return false;
        const std::uint64_t digit = static_cast<std::uint64_t>(*p - '0');
        if (v > (UINT64_MAX - digit) / 10) return false;
        v = v * 10 + digit;
    }
    out = v;
    return true;
}

/// Peak resident set size of this process so far, in MiB (Linux reports ru_maxrss in KiB).
double peak_rss_mib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

double cpu_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

/// Wall and CPU time from construction (or `restart`) to `stop`.
class stopwatch {
  public:
    stopwatch() { restart(); }
    void restart() {
        wall_ = std::chrono::steady_clock::now();
        cpu_ = cpu_seconds();
    }
    struct reading {
        double wall = 0, cpu = 0;
    };
    reading stop() const {
        return {std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_).count(),
                cpu_seconds() - cpu_};
    }

  private:
    std::chrono::steady_clock::time_point wall_;
    double cpu_ = 0;
};

void print_stage(std::string_view name, stopwatch::reading r, std::string_view note = {}) {
    fmt::print("{:<17} {:7.3f} s wall {:7.3f} s cpu{}{}\n", name, r.wall, r.cpu,
               note.empty() ? "" : "  ", note);
}

}  // namespace

int main(int argc, char** argv) {
    std::uint64_t n = 0, seed = 2022, changes = 0;
    bool stages = false, with_changes = false, usage = false;
    int arg = 1;
    for (; arg < argc && std::string_view(argv[arg]).substr(0, 2) == "--"; ++arg) {
        const std::string_view option = argv[arg];
        if (option == "--stages") {
            stages = true;
        } else if (option == "--changes" && arg + 1 < argc &&
                   parse_unsigned(argv[arg + 1], changes) && changes <= 100) {
            with_changes = true;
            ++arg;
        } else {
            usage = true;
        }
    }
    const int left = argc - arg;
    if (usage || left < 1 || left > 2 || !parse_unsigned(argv[arg], n) ||
        (left == 2 && !parse_unsigned(argv[arg + 1], seed))) {
        std::fprintf(stderr,
                     "usage: mhfund_bench_forecast [--stages] [--changes PERCENT] PARTICIPANTS "
                     "[SEED (default 2022)]\n"
                     "  --stages           after the forecast, also time expand (storing every "
                     "cost line)\n"
                     "                     and summarise separately, and count the cost lines\n"
                     "  --changes PERCENT  also read a changes file giving PERCENT%% of the\n"
                     "                     participants a payee or hub change (0-100); with\n"
                     "                     --stages, check that the total is the unchanged one\n");
        return 2;
    }
    try {
        stopwatch watch;
        const std::string csv =
            mhfund::bench::generate_roster_csv(static_cast<std::size_t>(n), seed);
        const std::string changes_csv =
            with_changes
                ? mhfund::bench::generate_changes_csv(static_cast<std::size_t>(n), seed, changes)
                : std::string();
        const stopwatch::reading generate = watch.stop();
        const double after_generate_mib = peak_rss_mib();

        // What a user's forecast does: read, check, then run_forecast (expand, phase and sum).
        const stopwatch whole;
        watch.restart();
        mhfund::scenario s = mhfund::bench::national_scenario();
        mhfund::read_roster(s, csv, "national-roster.csv");
        const stopwatch::reading read = watch.stop();
        watch.restart();
        if (with_changes) mhfund::read_changes(s, changes_csv, "national-changes.csv");
        const stopwatch::reading read_changes = watch.stop();
        const double after_read_mib = peak_rss_mib();
        watch.restart();
        s.validate();
        const stopwatch::reading validate = watch.stop();
        watch.restart();
        const mhfund::forecast_result r =
            mhfund::run_forecast(s, mhfund::bench::hub_by_academic_year());
        const stopwatch::reading forecast_only = watch.stop();
        const stopwatch::reading forecast = whole.stop();
        const double forecast_peak_mib = peak_rss_mib();

        fmt::print("participants      {}\n", n);
        fmt::print("seed              {}\n", seed);
        fmt::print("roster csv        {} bytes\n", csv.size());
        if (with_changes)
            fmt::print("changes           {} ({}% asked; {} bytes)\n", s.changes.size(), changes,
                       changes_csv.size());
        fmt::print("rows              {} (hub x academic year)\n", r.rows.size());
        fmt::print("total             {}\n", r.total);
        print_stage("generate", generate, "(not part of the forecast)");
        print_stage("read", read);
        if (with_changes) print_stage("read changes", read_changes);
        print_stage("validate", validate);
        print_stage("run_forecast", forecast_only, "(expand + phase + sum)");
        print_stage("forecast", forecast,
                    with_changes ? "(read + read changes + validate + run_forecast)"
                                 : "(read + validate + run_forecast)");
        fmt::print("peak RSS          {:.1f} MiB\n", forecast_peak_mib);
        fmt::print("  after generate  {:.1f} MiB (the roster text)\n", after_generate_mib);
        fmt::print("  after read      {:.1f} MiB\n", after_read_mib);

        if (stages) {
            // The same forecast in two steps, as callers that want the lines do (explain, the
            // XLSX writer): expand keeps every cost line, summarise adds them up.
            watch.restart();
            const mhfund::expansion e = mhfund::expand(s);
            const stopwatch::reading expand = watch.stop();
            watch.restart();
            const mhfund::forecast_result r2 =
                mhfund::summarise(e, mhfund::bench::hub_by_academic_year());
            const stopwatch::reading summarise = watch.stop();
            fmt::print("cost lines        {}\n", e.lines.size());
            print_stage("expand", expand, "(storing every line)");
            print_stage("summarise", summarise);
            fmt::print("peak RSS          {:.1f} MiB (with every line stored)\n", peak_rss_mib());
            if (r2.total != r.total || r2.rows.size() != r.rows.size()) {
                std::fprintf(stderr,
                             "mhfund_bench_forecast: summarise(expand) and run_forecast differ\n");
                return 1;
            }
            if (with_changes) {
                // Payee and hub changes move money between payees and hubs, never in or out.
                mhfund::scenario plain = mhfund::bench::national_scenario();
                mhfund::bench::read_national_roster(plain, csv);
                const mhfund::forecast_result r3 =
                    mhfund::run_forecast(plain, mhfund::bench::hub_by_academic_year());
                if (r3.total != r.total) {
                    std::fprintf(stderr,
                                 "mhfund_bench_forecast: the changes moved the total (%s, "
                                 "unchanged %s)\n",
                                 fmt::format("{}", r.total).c_str(),
                                 fmt::format("{}", r3.total).c_str());
                    return 1;
                }
            }
        }
    } catch (const mhfund::error& err) {
        std::fprintf(stderr, "mhfund_bench_forecast: %s\n", err.what());
        return 1;
    }
    return 0;
}
