// Properties of the forecast that hold for every scenario, checked on random ones (domain.md
// section 8 rules 1, 5, 6 and 9). Each scenario is a roster (100 to 500 specialists) and a
// few Work Group departments, written as CSV text from the built-in editions with a seeded
// std::mt19937_64: random hubs, editions, cohorts, start dates, withdrawals, PD Lead
// accreditation and SLE days. The seeds are fixed, so a failure names a scenario that can be
// made again.
#include <doctest/doctest.h>

#include <cstdint>
#include <iterator>
#include <map>
#include <random>
#include <string>
#include <vector>

#include <boost/date_time/gregorian/gregorian.hpp>

#include "mhfund/forecast.hpp"
#include "mhfund/hubs.hpp"
#include "mhfund/scenario.hpp"

using namespace mhfund;

namespace {

using rng = std::mt19937_64;

int64_t uniform(rng& r, int64_t lo, int64_t hi) {
    return std::uniform_int_distribution<int64_t>(lo, hi)(r);
}

template <typename T>
const T& pick(rng& r, const std::vector<T>& v) {
    return v[static_cast<std::size_t>(uniform(r, 0, static_cast<int64_t>(v.size()) - 1))];
}

std::string iso(date d) {
    return boost::gregorian::to_iso_extended_string(d);
}

/// A rate with an even number of pence, from `lo` to `hi` pounds. Lines are
/// half_days × rate / 2 rounded once (rule 1): with an even rate that division is exact, so a
/// line at twice the rate is exactly twice the line. With an odd rate it is not: 1.5 days at
/// £333.33 is 99,999 / 2 → £500.00 (half a penny up), while at £666.66 it is £999.99, not
/// £1,000.00.
money even_rate(rng& r, int64_t lo, int64_t hi) {
    return money::from_pence(2 * uniform(r, lo * 50, hi * 50));
}

/// A random roster of `n` specialists on the built-in specialist editions.
std::string random_roster(rng& r, std::size_t n) {
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
std::string random_workgroups(rng& r) {
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

plan random_plan(uint64_t seed, std::size_t participants) {
    rng r(seed);
    plan p;
    p.roster = random_roster(r, participants);
    p.workgroups = random_workgroups(r);
    p.sle_rate = even_rate(r, 250, 450);
    p.secondary_rate = even_rate(r, 150, 300);
    return p;
}

scenario make_scenario(const plan& p) {
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

money sum_kept(const expansion& e) {
    money sum;
    for (const cost_line& l : e.lines)
        sum += l.kept;
    return sum;
}

// What the properties are checked on: (seed, participants).
const std::vector<std::pair<uint64_t, std::size_t>> scenarios = {
    {1, 100}, {2, 173}, {3, 250}, {4, 388}, {5, 500}};

const std::vector<period_kind> all_periods = {
    period_kind::academic_year, period_kind::financial_year, period_kind::term, period_kind::month};

}  // namespace

TEST_CASE("every grouping and period reconciles to the grand total, to the penny") {
    std::vector<std::vector<dimension>> groupings = {{}};
    for (dimension d :
         {dimension::hub, dimension::region, dimension::programme, dimension::edition,
          dimension::cohort, dimension::year, dimension::participant, dimension::workgroup,
          dimension::institution, dimension::cost_type, dimension::category})
        groupings.push_back({d});
    groupings.push_back({dimension::programme, dimension::cohort});
    groupings.push_back({dimension::hub, dimension::category});
    groupings.push_back({dimension::participant, dimension::year});
    groupings.push_back({dimension::region, dimension::cost_type});
    groupings.push_back({dimension::workgroup, dimension::edition});

    for (const auto& [seed, n] : scenarios) {
        CAPTURE(seed);
        const scenario s = make_scenario(random_plan(seed, n));
        const expansion e = expand(s);
        REQUIRE(s.roster.size() == n);
        REQUIRE(e.lines.size() > n);  // at least one programme year each, most several
        const money total = sum_kept(e);
        REQUIRE(total > money());

        // The sum of each participant's lines: what every basis must give them.
        std::map<std::string, money> by_participant;
        for (const cost_line& l : e.lines)
            if (l.kind == cost_line::subject_kind::participant)
                by_participant[s.roster[l.subject].id] += l.kept;
        // One withdrawn before any weekday of their first year is funded has no rows at all.
        for (auto it = by_participant.begin(); it != by_participant.end();)
            it = it->second.is_zero() ? by_participant.erase(it) : std::next(it);

        for (period_kind k : all_periods) {
            CAPTURE(to_string(k));
            for (const std::vector<dimension>& by : groupings) {
                forecast_options o;
                o.by = by;
                o.period = k;
                const forecast_result r = summarise(e, o);
                money rows;
                for (const forecast_row& row : r.rows)
                    rows += row.amount;
                CHECK(r.total == total);
                CHECK(rows == total);
            }
            forecast_options o;
            o.by = {dimension::participant};
            o.period = k;
            std::map<std::string, money> seen;
            for (const forecast_row& row : summarise(e, o).rows)
                if (!row.keys[0].empty()) seen[row.keys[0]] += row.amount;
            CHECK(seen == by_participant);
        }
    }
}

TEST_CASE("removing a participant lowers the total by exactly the kept amounts of their lines") {
    for (const auto& [seed, n] : scenarios) {
        CAPTURE(seed);
        const scenario s = make_scenario(random_plan(seed, n));
        const forecast_options o;  // by programme and academic year
        const expansion e = expand(s);
        const money total = summarise(e, o).total;
        rng r(seed * 7919);
        for (int k = 0; k < 8; ++k) {
            const auto i = static_cast<std::uint32_t>(uniform(r, 0, static_cast<int64_t>(n) - 1));
            CAPTURE(s.roster[i].id);
            money lines;
            for (const cost_line& l : e.lines)
                if (l.kind == cost_line::subject_kind::participant && l.subject == i)
                    lines += l.kept;
            scenario without = s;
            without.roster.erase(without.roster.begin() + i);
            CHECK(run_forecast(without, o).total == total - lines);
        }
    }
}

namespace {

// Expands `a` and `b` (the same scenario but for the rate `rate_id`, twice as high in `b`) and
// checks them line by line: lines at that rate double, the others do not change.
void check_doubling(const scenario& a, const scenario& b, std::string_view rate_id) {
    const expansion ea = expand(a);
    const expansion eb = expand(b);
    REQUIRE(ea.lines.size() == eb.lines.size());
    std::size_t at_rate = 0, others = 0;
    for (std::size_t i = 0; i < ea.lines.size(); ++i) {
        const cost_line& la = ea.lines[i];
        const cost_line& lb = eb.lines[i];
        CAPTURE(i);
        REQUIRE(la.subject == lb.subject);
        REQUIRE(la.year == lb.year);
        REQUIRE(la.category == lb.category);
        const bool uses = la.rate != nullptr && la.rate->id == rate_id;
        if (!uses) {
            ++others;
            CHECK(lb.amount == la.amount);
            CHECK(lb.kept == la.kept);
            continue;
        }
        ++at_rate;
        // The line's amount (rule 1, even-pence rates) doubles exactly.
        CHECK(lb.amount == la.amount * 2);
        // So does what is kept, unless a withdrawal cuts the line: then the kept share is
        // round_half_up(A × C(D) / W) (rule 6), and rounding 2x once is within a penny of
        // rounding x and doubling.
        if (la.kept == la.amount) {
            CHECK(lb.kept == lb.amount);
        } else {
            const money diff = lb.kept - la.kept * 2;
            CHECK(diff >= money::from_pence(-1));
            CHECK(diff <= money::from_pence(1));
        }
    }
    // Neither side of the property is empty.
    CHECK(at_rate > 0);
    CHECK(others > 0);
}

}  // namespace

TEST_CASE("doubling a rate doubles exactly the lines at that rate and leaves the others") {
    for (const auto& [seed, n] : scenarios) {
        CAPTURE(seed);
        const plan p = random_plan(seed, n);
        const scenario base = make_scenario(p);
        plan sle_twice = p;
        sle_twice.sle_rate = p.sle_rate * 2;
        check_doubling(base, make_scenario(sle_twice), "sle");
        plan secondary_twice = p;
        secondary_twice.secondary_rate = p.secondary_rate * 2;
        check_doubling(base, make_scenario(secondary_twice), "secondary_release");
    }
}
