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

/// One roster row's draws and what follows from them.
struct row {
    std::uint64_t hub = 0;
    const cohort_shape* shape = nullptr;
    bool late_start = false;
    long start = 0;  ///< days since 1970-01-01
    std::uint64_t school = 0, provider = 0, trn = 0;
    bool accredited = false, withdrawn = false;
    std::uint64_t withdrawal_offset = 0;
};

/// The roster's rows, drawn one after another from `seed`.
class rows {
  public:
    explicit rows(std::uint64_t seed) : rng_(seed) {}

    row next() {
        // A fixed number of draws per row, in a fixed order, whatever the row turns out to be:
        // each column's mix stays independent of the others.
        row r;
        r.hub = rng_.below(all_hubs().size());
        const bool sms = rng_.percent(60);
        const bool trailblazer = rng_.below(4) == 0;
        r.late_start = rng_.percent(15);
        const long start_offset = static_cast<long>(1 + rng_.below(61));
        r.school = 100000 + rng_.below(50000);
        r.provider = 10000000 + rng_.below(100000);
        // Distinct TRNs (one TRN on two rows is a plan warning): n × 7919 is a bijection modulo
        // 9,000,000 (7919 is a prime that divides neither 2 nor 3 nor 5). The draw is kept so
        // that the other columns stay as they were.
        (void)rng_.below(9000000);
        r.trn = 1000000 + (count_++ * 7919) % 9000000;
        r.accredited = rng_.percent(10);
        r.withdrawn = rng_.percent(5);
        r.withdrawal_offset = rng_.below(1u << 30);
        r.shape = sms ? &sms7_ : trailblazer ? &fe_trailblazer_ : &fe_1_;
        r.start = r.shape->default_start + (r.late_start ? start_offset : 0);
        return r;
    }

  private:
    draws rng_;
    std::uint64_t count_ = 0;
    const cohort_shape sms7_{
        "sms", "sms-2022-cohort7", "7", days_from_civil(2022, 9, 1), 3 * 365, true, true};
    const cohort_shape fe_trailblazer_{
        "fe", "fe-2023", "trailblazer", days_from_civil(2023, 1, 1), 2 * 365, false, false};
    const cohort_shape fe_1_{"fe",    "fe-2023", "1",  days_from_civil(2023, 9, 1),
                             2 * 365, false,     false};
};

void append_id(std::string& out, std::size_t i) {
    out += 'P';
    append_number(out, i + 1, 7);
}

}  // namespace

std::string generate_roster_csv(std::size_t participants, std::uint64_t seed) {
    const auto& hubs = all_hubs();
    rows drawn(seed);
    std::string out;
    // About 75 bytes a row; one allocation for the whole text.
    out.reserve(96 + participants * 80);
    out +=
        "participant,hub,programme,edition,cohort,start,institution,trn,pd_lead_accredited,"
        "withdrawn,sle_days\n";
    for (std::size_t i = 0; i < participants; ++i) {
        const row r = drawn.next();
        const cohort_shape& c = *r.shape;
        append_id(out, i);
        out += ',';
        out += hubs[r.hub].code;
        out += ',';
        out += c.programme;
        out += ',';
        out += c.edition;
        out += ',';
        out += c.cohort;
        out += ',';
        if (r.late_start) append_iso_date(out, r.start);
        out += ',';
        append_number(out, c.school ? r.school : r.provider, 0);
        out += ',';
        append_number(out, r.trn, 7);
        out += r.accredited ? ",yes," : ",no,";
        // The day itself is not funded, so the earliest withdrawal is the day after the start.
        if (r.withdrawn)
            append_iso_date(out,
                            r.start + 1 +
                                static_cast<long>(r.withdrawal_offset %
                                                  static_cast<std::uint64_t>(c.programme_days)));
        out += ',';
        if (c.sle_days) out += "20";
        out += '\n';
    }
    return out;
}

std::string generate_changes_csv(std::size_t participants, std::uint64_t seed,
                                 std::uint64_t percent) {
    const auto& hubs = all_hubs();
    rows drawn(seed);
    // Its own engine, so that the roster's draws, and so its bytes, do not depend on the
    // changes; seeded apart from the roster's (any fixed odd constant would do).
    draws rng(seed ^ 0x9e3779b97f4a7c15u);
    std::string out = "participant,date,field,value,reference\n";
    out.reserve(out.size() + participants * percent * 50 / 100 + 64);
    for (std::size_t i = 0; i < participants; ++i) {
        const row r = drawn.next();
        // Again a fixed number of draws per row.
        const bool changed = rng.percent(percent);
        const bool payee = rng.percent(50);
        const std::uint64_t when = rng.below(static_cast<std::uint64_t>(r.shape->programme_days));
        const std::uint64_t hub = (r.hub + 1 + rng.below(hubs.size() - 1)) % hubs.size();
        const std::uint64_t school = 100000 + rng.below(50000);
        const std::uint64_t provider = 10000000 + rng.below(100000);
        if (!changed) continue;
        append_id(out, i);
        out += ',';
        append_iso_date(out, r.start + static_cast<long>(when));
        if (payee) {
            out += ",institution,";
            append_number(out, r.shape->school ? school : provider, 0);
        } else {
            out += ",hub,";
            out += hubs[hub].code;
        }
        out += ",CH-";
        append_number(out, i + 1, 7);
        out += '\n';
    }
    return out;
}

}  // namespace bench
}  // namespace mhfund
