// A seeded synthetic national roster, for benchmarks and load tests: a realistic mix of
// Secondary and FE Mastery Specialists across the 40 Maths Hubs, in the roster CSV format of
// interfaces.md. The same (participants, seed) gives the same bytes on every platform.
#ifndef MHFUND_TESTS_BENCH_ROSTER_GENERATOR_HPP
#define MHFUND_TESTS_BENCH_ROSTER_GENERATOR_HPP

#include <cstddef>
#include <cstdint>
#include <string>

namespace mhfund {
namespace bench {

/// The SLE rate a generated roster needs (SMS year 3 is priced at the SLE rate, which the
/// documents do not give: domain.md section 2). An example assumption, as in the examples:
/// one hub's published year-3 terms (Matrix Maths Hub, 2022/23) were £350/day.
inline constexpr const char* generated_sle_rate = "350.00";

/// A roster CSV with a header row and `participants` rows, every row valid for the built-in
/// catalogue once the scenario sets `sle_rate` (see `generated_sle_rate`):
/// - hubs: uniform over the 40 hub codes of `mhfund::all_hubs()`;
/// - about 60% `sms` / `sms-2022-cohort7` / cohort 7 with `sle_days` 20, institution a school
///   URN (6 digits, 100000–149999);
/// - about 40% `fe` / `fe-2023`: a quarter of them cohort `trailblazer`, the rest cohort `1`,
///   institution a UKPRN (8 digits, 10000000–10099999), no `sle_days` (FE has no year 3);
/// - about 15% have a `start` later than the cohort's default (1 to 61 days), the rest leave it
///   empty;
/// - about 10% are PD-Lead-accredited; about 5% withdraw on a date 1 to 1,095 (SMS) or 730
///   (FE) days after their start;
/// - TRNs: 7 digits, 1000000–9999999; ids `P0000001`, `P0000002`, … (unique).
///
/// Determinism: one `std::mt19937_64` seeded with `seed` (its output sequence is fixed by the
/// C++ standard) and draws reduced with `% n`, not `std::uniform_int_distribution` (whose
/// algorithm is left to each standard library, so it differs between libstdc++, libc++ and
/// MSVC). The modulo bias is below n / 2^64, i.e. nil for the n < 10^7 used here. Rows are
/// drawn one after another, so the first k rows of a roster of N participants are the roster
/// of k participants with the same seed.
std::string generate_roster_csv(std::size_t participants, std::uint64_t seed);

/// A changes CSV (participant, date, field, value, reference) for the roster that
/// `generate_roster_csv(participants, seed)` gives: about `percent`% of the participants get one
/// change each, half of them a payee change (`institution`: another school URN, or UKPRN for FE)
/// and half a hub change (another of the 40 hubs), dated from the participant's start to the
/// end of its programme (3 years SMS, 2 FE), so that most split a line (domain.md rule 10). A
/// change may fall after the participant's withdrawal, as in life; it then splits nothing.
/// Deterministic as the roster is, with an engine of its own: the roster's bytes are the same
/// with or without changes.
std::string generate_changes_csv(std::size_t participants, std::uint64_t seed,
                                 std::uint64_t percent);

}  // namespace bench
}  // namespace mhfund

#endif
