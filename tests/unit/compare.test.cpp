// Comparing two plans (domain.md section 7 question 4): the differences derived by hand, and the
// reasons each line gives.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "mhfund/compare.hpp"
#include "mhfund/scenario.hpp"

#include "support.hpp"

using namespace mhfund;
using mhfund_test::contains;
using mhfund_test::pence;

namespace {

const std::string roster_header =
    "participant,hub,programme,edition,cohort,start,institution,trn,pd_lead_accredited,"
    "withdrawn,sle_days\n";

plan_source plan(const std::string& rows, const std::string& sle_rate) {
    scenario s;
    s.name = "plan at " + sle_rate;
    s.set("sle_rate", sle_rate, {"test", 1, ""});
    read_roster(s, roster_header + rows, "roster.csv");
    s.validate();
    plan_source p;
    p.file = "plan.toml";
    p.plan = make_budget(s);
    return p;
}

const line_difference* find_line(const comparison& c, const std::string& subject, int year,
                                 const std::string& category) {
    const auto it = std::find_if(c.lines.begin(), c.lines.end(), [&](const line_difference& l) {
        return l.subject == subject && l.year == year && l.category == category;
    });
    return it == c.lines.end() ? nullptr : &*it;
}

bool has_reason(const line_difference& l, const std::string& part) {
    return std::any_of(l.reasons.begin(), l.reasons.end(),
                       [&](const std::string& r) { return contains(r, part); });
}

const std::string specialist = "S7-01,WM1,sms,sms-2022-cohort7,7,,137083,,no,,20\n";
const std::string trailblazer = "FT-01,WM1,fe,fe-2023,trailblazer,,10004599,,no,,\n";

}  // namespace

TEST_CASE("compare: a budget saved, read back and compared with itself differs nowhere") {
    plan_source a = plan(specialist + trailblazer, "350.00");
    a.plan = read_budget(write_budget_json(a.plan), "budget.json");
    a.is_budget = true;
    const comparison c =
        compare(a, a, {{dimension::participant, dimension::category}, period_kind::month});
    CHECK(c.lines.empty());
    CHECK(c.settings.empty());
    CHECK(!c.rows.empty());
    for (const compare_row& r : c.rows) {
        CHECK(r.a == r.b);
        CHECK(r.difference().is_zero());
    }
    CHECK(c.difference().is_zero());
}

TEST_CASE("compare: the SLE rate moves from £350.00 to £400.00") {
    // Year 3 of cohort 7 (2024/25): 20 SLE days, so B − A = 20 × (£400.00 − £350.00) = £1,000.00,
    // all of it in 2024/25, and on the one SLE line.
    const comparison c = compare(plan(specialist, "350.00"), plan(specialist, "400.00"),
                                 {{dimension::cost_type}, period_kind::academic_year});
    CHECK(c.difference() == pence(20 * 5000));
    for (const compare_row& r : c.rows)
        CHECK(r.difference() ==
              (r.keys[0] == "sle" && r.when.label() == "2024/25" ? pence(100000) : pence(0)));
    REQUIRE(c.lines.size() == 1);
    const line_difference& l = c.lines[0];
    CHECK(l.subject == "S7-01");
    CHECK(l.year == 3);
    CHECK(l.a == pence(20 * 35000));
    CHECK(l.b == pence(20 * 40000));
    CHECK(has_reason(l, "£350.00 → £400.00"));
    REQUIRE(c.settings.size() == 1);
    CHECK(c.settings[0].setting == "sle_rate");
}

TEST_CASE("compare: a trailblazer withdrawn on 1 September 2023 keeps rule 6's share") {
    // Year 1 runs 1 Jan 2023–31 Dec 2023: W = 260 weekdays, C(2023-09-01) = 174 (Jan 22, Feb 20,
    // Mar 23, Apr 20, May 23, Jun 22, Jul 21, Aug 23). Kept: central events (6 days × £400.00)
    // round_half_up(240,000 × 174 / 260) = 160,615p; practice-based work (9 days)
    // round_half_up(360,000 × 174 / 260) = 240,923p. Year 2 starts after the withdrawal: not
    // priced (15 days × £400.00 = 600,000p dropped).
    const std::string withdrawn = "FT-01,WM1,fe,fe-2023,trailblazer,,10004599,,no,2023-09-01,\n";
    const comparison c =
        compare(plan(trailblazer, "350.00"), plan(withdrawn, "350.00"), {{}, period_kind::month});
    CHECK(c.total_a == pence(1200000));
    CHECK(c.total_b == pence(160615 + 240923));
    CHECK(c.difference() == pence(160615 + 240923 - 1200000));
    const line_difference* central = find_line(c, "FT-01", 1, "central_events");
    REQUIRE(central);
    CHECK(central->difference() == pence(160615 - 240000));
    CHECK(has_reason(*central, "withdrawal: not withdrawn → 2023-09-01"));
    const line_difference* practice = find_line(c, "FT-01", 1, "practice_based_work");
    REQUIRE(practice);
    CHECK(practice->b == pence(240923));
    const line_difference* year2 = find_line(c, "FT-01", 2, "central_events");
    REQUIRE(year2);
    CHECK(year2->b.is_zero());
    CHECK(has_reason(*year2, "line priced in A only"));
    // Nothing falls after the withdrawal: September 2023 and later are zero in B.
    for (const compare_row& r : c.rows)
        if (r.when.range.begin >= mhfund_test::ymd(2023, 9, 1)) CHECK(r.b.is_zero());
}

TEST_CASE("compare: a participant added is named as added") {
    const comparison c =
        compare(plan(trailblazer, "350.00"), plan(trailblazer + specialist, "350.00"),
                {{}, period_kind::month});
    // Cohort 7, not accredited: 15 days × £200.00 in each of years 1 and 2, and year 3's 20 SLE
    // days × £350.00.
    CHECK(c.difference() == pence(300000 + 300000 + 20 * 35000));
    const line_difference* l = find_line(c, "S7-01", 1, "central_events");
    REQUIRE(l);
    CHECK(has_reason(*l, "participant S7-01 added"));
}
