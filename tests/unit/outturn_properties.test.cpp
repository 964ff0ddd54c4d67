// Properties of the outturn (domain.md 9.4, rule 13) on random plans (random_plan.hpp) with
// random payee changes and random claims: the outturn summed over the periods of every kind,
// and over every grouping, equals Σ over the allocations of max(allocated, claimed) plus the
// unmatched claims before T; and with no claims and T before every window, the outturn is the
// forecast, group by group and period by period. Seeds are fixed.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "mhfund/outturn.hpp"

#include "random_plan.hpp"

using namespace mhfund;
using namespace mhfund_test;

namespace {

/// Payee changes for about one participant in five, dated up to three years after 2022-09-01.
std::string random_changes(rng& r, const scenario& s) {
    std::string csv = "participant,date,field,value,reference\n";
    int n = 0;
    for (const participant& p : s.roster) {
        if (uniform(r, 0, 4) != 0) continue;
        const edition& ed = s.cat.get(p.edition);
        const date start = ed.start_of(p.cohort, p.start);
        const date when = start + boost::gregorian::days(uniform(r, 1, 3 * 365));
        const std::string to = p.programme == "fe"
                                   ? std::to_string(10000000 + uniform(r, 0, 9999999))
                                   : std::to_string(100000 + uniform(r, 0, 899999));
        csv += p.id + "," + iso(when) + ",institution," + to + ",CH-" + std::to_string(++n) + "\n";
    }
    return csv;
}

/// Claims in amounts (each valid whatever it matches) and in days (for release lines only),
/// for known and unknown participants and for Work Group departments, some paid.
std::string random_claims(rng& r, const scenario& s) {
    static const std::vector<std::string> categories{
        "central_events", "personal_development",  "development",     "practice_based_work", "sle",
        "travel",         "pd_lead_accreditation", "no_such_category"};
    std::string csv =
        "participant,workgroup,date,category,days,amount,reference,institution,paid\n";
    const int64_t n = uniform(r, 50, 400);
    for (int64_t i = 0; i < n; ++i) {
        const date when = date(2022, 9, 1) + boost::gregorian::days(uniform(r, 0, 4 * 365));
        const std::string paid =
            uniform(r, 0, 1) ? iso(when + boost::gregorian::days(uniform(r, 0, 60))) : "";
        const std::string ref = "R-" + std::to_string(i);
        const std::string amount = std::to_string(uniform(r, 1, 3000)) + ".25";
        const int64_t kind = uniform(r, 0, 9);
        if (kind == 0 && !s.departments.empty()) {
            const workgroup_department& d = pick(r, s.departments);
            csv += "," + d.workgroup + "," + iso(when) + ",department_grant,," + amount + "," +
                   ref + "," + d.institution + "," + paid + "\n";
        } else if (kind == 1) {
            csv += "NOBODY," + std::string(",") + iso(when) + ",travel,," + amount + "," + ref +
                   ",," + paid + "\n";
        } else {
            const participant& p = pick(r, s.roster);
            csv += p.id + ",," + iso(when) + "," + pick(r, categories) + ",," + amount + "," + ref +
                   ",," + paid + "\n";
        }
    }
    return csv;
}

const std::vector<period_kind> all_periods = {
    period_kind::academic_year, period_kind::financial_year, period_kind::term, period_kind::month};

const std::vector<std::vector<dimension>> groupings = {
    {},
    {dimension::programme},
    {dimension::institution, dimension::hub},
    {dimension::participant, dimension::year, dimension::category},
    {dimension::cost_type}};

money expected_outturn(const outturn_result& r) {
    money sum = r.unmatched;
    for (const outturn_line& l : r.lines)
        sum += std::max(l.allocated, l.claimed);
    return sum;
}

}  // namespace

TEST_CASE("outturn over every period and grouping = Σ max(allocated, claimed) + unmatched") {
    for (const uint64_t seed : {11u, 12u, 13u}) {
        CAPTURE(seed);
        rng r(seed);
        scenario s = make_scenario(random_plan(seed, 150));
        read_changes(s, random_changes(r, s), "random-changes.csv");
        const std::vector<claim> claims = read_claims(random_claims(r, s), "random-claims.csv");
        for (const date t : {date(2022, 1, 1), date(2023, 2, 14), date(2024, 7, 31),
                             date(2025, 11, 3), date(2030, 1, 1)}) {
            CAPTURE(to_string(t));
            for (const period_kind k : all_periods)
                for (const std::vector<dimension>& by : groupings) {
                    outturn_options o;
                    o.by = by;
                    o.period = k;
                    o.as_of = t;
                    const outturn_result res = run_outturn(s, claims, o);
                    money rows, actual;
                    for (const outturn_row& row : res.rows) {
                        CHECK(row.outturn == row.actual + row.unclaimed + row.to_come);
                        rows += row.outturn;
                        actual += row.actual;
                    }
                    CHECK(rows == expected_outturn(res));
                    CHECK(rows == res.total.outturn);
                    money before;
                    for (std::size_t i = 0; i < claims.size(); ++i)
                        if (claims[i].when < t) before += res.claims.outcomes[i].value;
                    CHECK(actual == before);
                }
        }
    }
}

TEST_CASE("no claims and T before every window: the outturn is the forecast") {
    for (const uint64_t seed : {21u, 22u}) {
        CAPTURE(seed);
        rng r(seed);
        scenario s = make_scenario(random_plan(seed, 120));
        read_changes(s, random_changes(r, s), "random-changes.csv");
        for (const period_kind k : all_periods)
            for (const std::vector<dimension>& by : groupings) {
                forecast_options fo;
                fo.by = by;
                fo.period = k;
                const forecast_result f = run_forecast(s, fo);
                outturn_options o;
                o.by = by;
                o.period = k;
                o.as_of = date(2020, 1, 1);
                const outturn_result res = run_outturn(s, {}, o);
                REQUIRE(res.rows.size() == f.rows.size());
                for (std::size_t i = 0; i < f.rows.size(); ++i) {
                    CHECK(res.rows[i].keys == f.rows[i].keys);
                    CHECK(res.rows[i].when.range.begin == f.rows[i].when.range.begin);
                    CHECK(res.rows[i].outturn == f.rows[i].amount);
                }
                CHECK(res.total.outturn == f.total);
            }
    }
}
