#include "roster_generator.hpp"

#include <random>
#include <string_view>

#include "mhfund/hubs.hpp"

namespace mhfund {
namespace bench {

namespace {

/// Days since 1970-01-01 of a proleptic Gregorian date, and back (Howard Hinnant's
/// `days_from_civil` / `civil_from_days`): plain integer arithmetic, so the generator needs no
/// date library and gives the same dates everywhere.
long days_from_civil(long y, unsigned m, unsigned d) {
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

void append_iso_date(std::string& out, long days) {
    days += 719468;
    const long era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = static_cast<long>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
    char buf[10];
    unsigned long yy = static_cast<unsigned long>(y);
    for (int i = 3; i >= 0; --i, yy /= 10)
        buf[i] = static_cast<char>('0' + yy % 10);
    buf[4] = '-';
    buf[5] = static_cast<char>('0' + m / 10);
    buf[6] = static_cast<char>('0' + m % 10);
    buf[7] = '-';
    buf[8] = static_cast<char>('0' + d / 10);
    buf[9] = static_cast<char>('0' + d % 10);
    out.append(buf, sizeof buf);
}

/// `value` in decimal, left-padded with zeros to at least `width` digits.
void append_number(std::string& out, std::uint64_t value, int width) {
    char buf[24];
    int n = 0;
    do {
        buf[n++] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value != 0);
    while (n < width)
        buf[n++] = '0';
    while (n > 0)
        out += buf[--n];
}

/// A draw in [0, n): `% n` rather than a distribution, for the same sequence on every
/// standard library (see the header).
class draws {
  public:
    explicit draws(std::uint64_t seed) : engine_(seed) {}
    std::uint64_t below(std::uint64_t n) { return engine_() % n; }
    /// True with probability `percent` / 100.
    bool percent(std::uint64_t percent) { return below(100) < percent; }

  private:
    std::mt19937_64 engine_;
};

struct cohort_shape {
    std::string_view programme, edition, cohort;
    long default_start;   ///< days since 1970-01-01 (domain.md section 8 rule 2)
    long programme_days;  ///< how long withdrawals may come after the start
    bool school;          ///< URN (school) or UKPRN (FE provider)
    bool sle_days;        ///< SMS year 3 needs them (section 8 rule 8)
};

}  // namespace

std::string generate_roster_csv(std::size_t participants, std::uint64_t seed) {
    const cohort_shape sms7{
        "sms", "sms-2022-cohort7", "7", days_from_civil(2022, 9, 1), 3 * 365, true, true};
    const cohort_shape fe_trailblazer{
        "fe", "fe-2023", "trailblazer", days_from_civil(2023, 1, 1), 2 * 365, false, false};
    const cohort_shape fe_1{"fe",    "fe-2023", "1",  days_from_civil(2023, 9, 1),
                            2 * 365, false,     false};
    const auto& hubs = all_hubs();

    draws rng(seed);
    std::string out;
    // About 75 bytes a row; one allocation for the whole text.
    out.reserve(96 + participants * 80);
    out +=
        "participant,hub,programme,edition,cohort,start,institution,trn,pd_lead_accredited,"
        "withdrawn,sle_days\n";
    for (std::size_t i = 0; i < participants; ++i) {
        // A fixed number of draws per row, in a fixed order, whatever the row turns out to be:
        // each column's mix stays independent of the others.
        const std::uint64_t hub = rng.below(hubs.size());
        const bool sms = rng.percent(60);
        const bool trailblazer = rng.below(4) == 0;
        const bool late_start = rng.percent(15);
        const long start_offset = static_cast<long>(1 + rng.below(61));
        const std::uint64_t school = 100000 + rng.below(50000);
        const std::uint64_t provider = 10000000 + rng.below(100000);
        const std::uint64_t trn = 1000000 + rng.below(9000000);
        const bool accredited = rng.percent(10);
        const bool withdrawn = rng.percent(5);
        const std::uint64_t withdrawal_offset = rng.below(1u << 30);

        const cohort_shape& c = sms ? sms7 : trailblazer ? fe_trailblazer : fe_1;
        const long start = c.default_start + (late_start ? start_offset : 0);

        out += 'P';
        append_number(out, i + 1, 7);
        out += ',';
        out += hubs[hub].code;
        out += ',';
        out += c.programme;
        out += ',';
        out += c.edition;
        out += ',';
        out += c.cohort;
        out += ',';
        if (late_start) append_iso_date(out, start);
        out += ',';
        append_number(out, c.school ? school : provider, 0);
        out += ',';
        append_number(out, trn, 7);
        out += accredited ? ",yes," : ",no,";
        // The day itself is not funded, so the earliest withdrawal is the day after the start.
        if (withdrawn)
            append_iso_date(out,
                            start + 1 +
                                static_cast<long>(withdrawal_offset %
                                                  static_cast<std::uint64_t>(c.programme_days)));
        out += ',';
        if (c.sle_days) out += "20";
        out += '\n';
    }
    return out;
}

}  // namespace bench
}  // namespace mhfund
