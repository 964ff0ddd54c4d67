// Random plans for property tests: a roster (specialists on the built-in editions) and a few
// Work Group departments, written as CSV text with a seeded std::mt19937_64 (random hubs,
// editions, cohorts, start dates, withdrawals, PD Lead accreditation and SLE days), and the
// scenario made from them. The seeds are fixed by the tests, so a failure names a scenario
// that can be made again.
#ifndef MHFUND_TESTS_UNIT_RANDOM_PLAN_HPP
#define MHFUND_TESTS_UNIT_RANDOM_PLAN_HPP

#include <doctest/doctest.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include <boost/date_time/gregorian/gregorian.hpp>

#include "mhfund/forecast.hpp"
#include "mhfund/hubs.hpp"
#include "mhfund/scenario.hpp"

namespace mhfund_test {
using namespace mhfund;

using rng = std::mt19937_64;

inline int64_t uniform(rng& r, int64_t lo, int64_t hi) {
    return std::uniform_int_distribution<int64_t>(lo, hi)(r);
}

template <typename T>
const T& pick(rng& r, const std::vector<T>& v) {
    return v[static_cast<std::size_t>(uniform(r, 0, static_cast<int64_t>(v.size()) - 1))];
}

inline std::string iso(date d) {
    return boost::gregorian::to_iso_extended_string(d);
}

/// A rate with an even number of pence, from `lo` to `hi` pounds. Lines are
/// half_days × rate / 2 rounded once (rule 1): with an even rate that division is exact, so a
/// line at twice the rate is exactly twice the line. With an odd rate it is not: 1.5 days at
/// £333.33 is 99,999 / 2 → £500.00 (half a penny up), while at £666.66 it is £999.99, not
/// £1,000.00.
inline money even_rate(rng& r, int64_t lo, int64_t hi) {
    return money::from_pence(2 * uniform(r, lo * 50, hi * 50));
}

/// A random roster of `n` specialists on the built-in specialist editions.
inline std::string random_roster(rng& r, std::size_t n) {
    std::vector<const edition*> editions;
    for (const edition& e : catalogue::builtin().editions())
        if (e.kind == edition_kind::specialist && !e.cohorts.empty()) editions.push_back(&e);
    REQUIRE(!editions.empty());
    std::string csv =
        "participant,hub,programme,edition,cohort,start,institution,trn,pd_lead_accredited,"
        "withdrawn,sle_days\n";
    for (std::size_t i = 0; i < n; ++i) {
        const edition& ed = *pick(r, editions);
        const cohort_spec& c = pick(r, ed.cohorts);
        const hub& h = all_hubs()[static_cast<std::size_t>(uniform(r, 0, 39))];
        // Half keep the cohort's start; the others start up to 400 days after it (29 February
        // 2024 included). Not before it: the built-in rates are in force from the first cohort.
        date start = c.start;
        std::string start_cell;
        if (uniform(r, 0, 1) == 1) {
            start = c.start + boost::gregorian::days(uniform(r, 0, 400));
            start_cell = iso(start);
        }
        // A third withdraw, at any point of a four-year programme.
        std::string withdrawn;
        if (uniform(r, 0, 2) == 0)
            withdrawn = iso(start + boost::gregorian::days(uniform(r, 1, 4 * 365)));
        // Schools have 6-digit URNs; FE providers 8-digit UKPRNs starting with 1.
        const std::string institution = ed.programme == "fe"
                                            ? std::to_string(10000000 + uniform(r, 0, 9999999))
                                            : std::to_string(100000 + uniform(r, 0, 899999));
        // Half set their own SLE days (0 to 30, in half days); the rest take the scenario's.
        std::string sle;
        if (uniform(r, 0, 1) == 1) {
            const int64_t halves = uniform(r, 0, 60);
            sle = std::to_string(halves / 2) + (halves % 2 ? ".5" : "");
        }
        csv += "P" + std::to_string(i + 1) + "," + std::string(h.code) + "," + ed.programme + "," +
               ed.id + "," + c.id + "," + start_cell + "," + institution + ",," +
               (uniform(r, 0, 3) == 0 ? "yes" : "no") + "," + withdrawn + "," + sle + "\n";
    }
    return csv;
}

/// A few Work Groups of one or two departments on the built-in Work Group editions.
inline std::string random_workgroups(rng& r) {
    std::vector<const edition*> editions;
    for (const edition& e : catalogue::builtin().editions())
        if (e.kind == edition_kind::workgroup && e.workgroup) editions.push_back(&e);
    std::string csv = "workgroup,hub,edition,lead,institution,academic_year,advocates\n";
    if (editions.empty()) return csv;
    const int64_t groups = uniform(r, 1, 8);
    for (int64_t g = 0; g < groups; ++g) {
        const edition& ed = *pick(r, editions);
        const workgroup_spec& w = *ed.workgroup;
        const academic_year year{w.first_year.start_year +
                                 static_cast<int>(uniform(r, 0, w.years - 1))};
        const std::string hub_code(all_hubs()[static_cast<std::size_t>(uniform(r, 0, 39))].code);
        const int64_t departments = uniform(r, 1, std::max(1, w.departments));
        for (int64_t d = 0; d < departments; ++d)
            csv += "WG-" + std::to_string(g + 1) + "," + hub_code + "," + ed.id + ",," +
                   std::to_string(200000 + g * 10 + d) + "," + year.to_string() + ",2\n";
    }
    return csv;
}

struct plan {
    std::string roster;
    std::string workgroups;
    money sle_rate;
    money secondary_rate;
};

inline plan random_plan(uint64_t seed, std::size_t participants) {
    rng r(seed);
    plan p;
    p.roster = random_roster(r, participants);
    p.workgroups = random_workgroups(r);
    p.sle_rate = even_rate(r, 250, 450);
    p.secondary_rate = even_rate(r, 150, 300);
    return p;
}

inline scenario make_scenario(const plan& p) {
    const source_location here{"properties", 0, ""};
    scenario s;
    s.set("sle_rate", to_plain(p.sle_rate), here);
    s.set("secondary_rate", to_plain(p.secondary_rate), here);
    s.set("sle_days", "10", here);  // for those whose roster row leaves it blank
    // Year-3 hub events, and locally agreed days (SMS year 4; every year of editions that
    // leave the days to the hub). Rates with even pence, as above.
    s.set("hub_event_rate", "300.00", here);
    s.set("hub_event_days", "2.5", here);
    s.set("local_rate", "250.00", here);
    s.set("local_days", "3.5", here);
    read_roster(s, p.roster, "random-roster.csv");
    read_workgroups(s, p.workgroups, "random-workgroups.csv");
    s.validate();
    return s;
}

}  // namespace mhfund_test

#endif
