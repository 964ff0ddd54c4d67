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

#include "random_plan.hpp"

using namespace mhfund;

namespace {

using namespace mhfund_test;

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
