// mhfund_gen_roster N SEED > roster.csv: writes a synthetic national roster of N participants
// (see roster_generator.hpp for the mix). Forecast it with
//   mhfund forecast --roster roster.csv --set sle_rate=350.00 --by hub
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

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

}  // namespace

int main(int argc, char** argv) {
    std::uint64_t n = 0, seed = 0;
    if (argc != 3 || !parse_unsigned(argv[1], n) || !parse_unsigned(argv[2], seed)) {
        std::fprintf(stderr,
                     "usage: mhfund_gen_roster PARTICIPANTS SEED > roster.csv\n"
                     "  writes a synthetic national roster (same PARTICIPANTS and SEED, same "
                     "bytes);\n"
                     "  forecast it with --set sle_rate=%s\n",
                     mhfund::bench::generated_sle_rate);
        return 2;
    }
    const std::string csv = mhfund::bench::generate_roster_csv(static_cast<std::size_t>(n), seed);
    if (std::fwrite(csv.data(), 1, csv.size(), stdout) != csv.size() || std::fflush(stdout) != 0) {
        std::fprintf(stderr, "mhfund_gen_roster: cannot write the roster\n");
        return 1;
    }
    return 0;
}
