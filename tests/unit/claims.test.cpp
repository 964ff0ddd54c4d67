// Claims against allocations (domain.md section 7, question 3), on tests/data/claims/
// scenario.toml: S7-01 … S7-04 (SMS cohort 7 from 1 Sep 2022, £200 a day in years 1–2 (000),
// SLE at the example £350 in year 3 with 20 days each; S7-04 withdrawn on 15 Feb 2024), and
// Work Groups WG-A and WG-B (wg-2024, two departments each at £2,000, 003).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "mhfund/claims.hpp"
#include "mhfund/forecast.hpp"

#include "support.hpp"

using namespace mhfund;
using mhfund_test::contains;
using mhfund_test::message_of;

using kind = claim_finding::kind;

namespace {

const std::string data_dir = std::string(MHFUND_TEST_DATA_DIR) + "/data/claims/";

scenario load_sample() {
    return load_scenario_file(data_dir + "scenario.toml");
}

const scenario& sample() {
    static const scenario s = load_sample();
    return s;
}

claims_report check(const std::string& csv, const std::string& file = "claims.csv") {
    return check_claims(sample(), read_claims(csv, file));
}

std::vector<claim_finding> findings(const claims_report& r, kind k) {
    std::vector<claim_finding> out;
    for (const claim_finding& f : r.findings)
        if (f.what == k) out.push_back(f);
    return out;
}

const claim_balance* balance(const claims_report& r, const std::string& subject, int year,
                             const std::string& category) {
    for (const claim_balance& b : r.balances)
        if (b.subject == subject && b.year == year && b.category == category) return &b;
    return nullptr;
}

// Every claim is in a balance or has a finding (or both): nothing is silently dropped.
void check_nothing_dropped(const claims_report& r) {
    for (std::size_t i = 0; i < r.outcomes.size(); ++i) {
        const bool found = std::any_of(r.findings.begin(), r.findings.end(),
                                       [&](const claim_finding& f) { return f.claim == i; });
        CHECK_MESSAGE((r.outcomes[i].balance.has_value() || found), "claim ", i, " is lost");
    }
}

const std::string head = "participant,workgroup,date,category,days,amount,reference\n";
/// With the payee and payment columns (domain.md 9.3).
const std::string head_paid =
    "participant,workgroup,date,category,days,amount,reference,institution,paid\n";

money pounds(const char* text) {
    return money::parse(text);
}

}  // namespace

TEST_CASE("reading a claims file") {
    const std::vector<claim> c = read_claims_file(data_dir + "basic.csv");
    REQUIRE(c.size() == 4);
    CHECK(c[0].participant == "S7-01");
    CHECK(c[0].workgroup.empty());
    CHECK(c[0].when == date(2022, 10, 12));
    CHECK(c[0].category == "central_events");
    CHECK(c[0].days == half_days::from_count(4));
    CHECK_FALSE(c[0].amount);
    CHECK(c[0].reference == "C-001");
    CHECK(c[0].where.file == data_dir + "basic.csv");
    CHECK(c[0].where.line == 2);
    CHECK(c[1].days == half_days::from_count(3));  // 1.5 days
    CHECK(c[2].amount == money::from_pence(4820));
    CHECK_FALSE(c[2].days);
    CHECK(c[3].workgroup == "WG-A");
    CHECK(c[3].participant.empty());
    CHECK(c[3].where.line == 5);
    // The payee and the day paid: optional for a participant, the school for a Work Group.
    CHECK(c[0].institution.empty());
    CHECK(c[0].paid == date(2022, 11, 1));
    CHECK_FALSE(c[1].paid);
    CHECK(c[3].institution == "141120");
    CHECK(c[3].paid == date(2024, 10, 15));
}

TEST_CASE("remaining = allocated - claimed, per programme year and category") {
    const claims_report r = check_claims(sample(), read_claims_file(data_dir + "basic.csv"));
    CHECK(r.findings.empty());
    check_nothing_dropped(r);

    // 000: year 1, 5 days central events at £200 = £1,000.00; claims 2 + 1.5 = 3.5 days
    // × £200 = £700.00; £300.00 remain.
    const claim_balance* ce = balance(r, "S7-01", 1, "central_events");
    REQUIRE(ce);
    CHECK(ce->kind == claim_balance::subject_kind::participant);
    CHECK(ce->allocated_days == half_days::from_days(5));
    CHECK(ce->allocated == pounds("1000.00"));
    CHECK(ce->claimed_days == half_days::from_count(7));
    CHECK(ce->claimed == pounds("700.00"));
    CHECK(ce->remaining == pounds("300.00"));
    CHECK(ce->claims == 2);
    CHECK(ce->rate == day_rate(pounds("200.00")));
    CHECK(ce->window == date_range{date(2022, 9, 1), date(2023, 9, 1)});
    CHECK(r.outcomes[0].value == pounds("400.00"));  // 2 days × £200
    CHECK(r.outcomes[1].value == pounds("300.00"));  // 1.5 days × £200

    // An allocation with no claims: 10 days personal development × £200, all remaining.
    const claim_balance* pd = balance(r, "S7-01", 1, "personal_development");
    REQUIRE(pd);
    CHECK(pd->allocated == pounds("2000.00"));
    CHECK(pd->claimed == money{});
    CHECK(pd->remaining == pounds("2000.00"));
    CHECK(pd->claims == 0);

    // Travel is funded at actual cost (000): no allocation, the claim listed as claimed.
    const claim_balance* travel = balance(r, "S7-01", 1, "travel");
    REQUIRE(travel);
    CHECK(travel->type == cost_type::travel);
    CHECK(travel->allocated == money{});
    CHECK(travel->claimed == pounds("48.20"));
    CHECK(travel->remaining == -pounds("48.20"));

    // A Work Group's claim counts against the grant of the department it names: £2,000 (003).
    const claim_balance* grant = balance(r, "WG-A", 1, "department_grant");
    REQUIRE(grant);
    CHECK(grant->kind == claim_balance::subject_kind::workgroup);
    CHECK(grant->institution == "141120");
    CHECK(grant->type == cost_type::grant);
    CHECK(grant->allocated == pounds("2000.00"));
    CHECK(grant->claimed == pounds("2000.00"));
    CHECK(grant->remaining == money{});
    CHECK(grant->window == date_range{date(2024, 9, 1), date(2025, 9, 1)});

    // Totals reconcile: claimed is £700 + £48.20 + £2,000; allocated is every line's kept
    // amount over all programme years.
    CHECK(r.claimed_total == pounds("2748.20"));
    money kept;
    for (const cost_line& l : expand(sample()).lines)
        kept += l.kept;
    CHECK(r.allocated_total == kept);
    CHECK(r.remaining_total == r.allocated_total - r.claimed_total);
    money allocated, claimed;
    for (const claim_balance& b : r.balances) {
        allocated += b.allocated;
        claimed += b.claimed;
    }
    CHECK(allocated == r.allocated_total);
    CHECK(claimed == r.claimed_total);
}

TEST_CASE("balances are listed in roster order, then Work Groups") {
    const claims_report r = check_claims(sample(), read_claims_file(data_dir + "basic.csv"));
    REQUIRE(r.balances.size() > 3);
    CHECK(r.balances[0].subject == "S7-01");
    CHECK(r.balances[0].year == 1);
    CHECK(r.balances[0].category == "central_events");
    CHECK(r.balances[1].category == "personal_development");
    CHECK(r.balances[2].category == "travel");  // after the year's funded lines
    CHECK(r.balances[3].year == 2);
    CHECK(r.balances.back().subject == "WG-B");
    // The outcomes point at the sorted balances.
    REQUIRE(r.outcomes[2].balance);
    CHECK(r.balances[*r.outcomes[2].balance].category == "travel");
}

TEST_CASE("by academic year: allocations phased, claims by their date") {
    const claims_report r = check_claims(sample(), read_claims_file(data_dir + "basic.csv"));
    money allocated, claimed_2022, claimed_2024;
    for (const claims_period& p : r.by_year) {
        allocated += p.allocated;
        if (p.year.start_year == 2022) claimed_2022 = p.claimed;
        if (p.year.start_year == 2024) claimed_2024 = p.claimed;
    }
    CHECK(allocated == r.allocated_total);
    CHECK(claimed_2022 == pounds("748.20"));   // £400 + £300 + £48.20, all in 2022/23
    CHECK(claimed_2024 == pounds("2000.00"));  // WG-A's grant claim of October 2024
    CHECK(std::is_sorted(
        r.by_year.begin(), r.by_year.end(),
        [](const claims_period& a, const claims_period& b) { return a.year < b.year; }));
}

TEST_CASE("over_allocation: cumulative days over a category's allocation") {
    // Year 1 central events: 5 days. 3 + 2.5 = 5.5 days goes over on the second claim.
    const claims_report r = check(head +
                                      "S7-01,,2022-10-12,central_events,3,,C-1\n"
                                      "S7-01,,2022-12-01,central_events,2.5,,C-2\n"
                                      "S7-01,,2023-03-01,central_events,0.5,,C-3\n",
                                  "over.csv");
    const auto over = findings(r, kind::over_allocation);
    REQUIRE(over.size() == 2);  // the claim that goes over, and the one after it
    CHECK(over[0].where.file == "over.csv");
    CHECK(over[0].where.line == 3);
    CHECK(over[0].where.field == "days");
    CHECK(over[0].claim == 1);
    CHECK(contains(over[0].message, "5.5 days"));
    CHECK(contains(over[0].message, "£1,100.00"));  // 5.5 × £200
    CHECK(contains(over[0].message, "£1,000.00"));
    CHECK(contains(over[0].message, "£100.00"));  // over by 0.5 day × £200
    CHECK(over[1].where.line == 4);
    // Nothing is capped: the balance shows the whole claim, and a negative remainder.
    const claim_balance* b = balance(r, "S7-01", 1, "central_events");
    REQUIRE(b);
    CHECK(b->claimed_days == half_days::from_days(6));
    CHECK(b->claimed == pounds("1200.00"));
    CHECK(b->remaining == -pounds("200.00"));
    check_nothing_dropped(r);
}

TEST_CASE("over_allocation: a Work Group's claim over its department's grant") {
    // Rule 11: each department's grant is its own allocation, £2,000 (003). £2,500 claimed
    // for one school is over, even though the Work Group's two grants come to £4,000.
    const claims_report r = check(head_paid +
                                      ",WG-A,2024-10-01,department_grant,,2500.00,G-1,141120,\n"
                                      ",WG-A,2025-02-01,department_grant,,2000.00,G-2,143557,\n",
                                  "wg.csv");
    const auto over = findings(r, kind::over_allocation);
    REQUIRE(over.size() == 1);
    CHECK(over[0].where.file == "wg.csv");
    CHECK(over[0].where.line == 2);
    CHECK(over[0].where.field == "amount");
    CHECK(contains(over[0].message, "£2,500.00"));
    CHECK(contains(over[0].message, "£2,000.00"));
    CHECK(contains(over[0].message, "£500.00"));
    // The other school's claim is within its own grant.
    const claim_balance& second = r.balances[*r.outcomes[1].balance];
    CHECK(second.institution == "143557");
    CHECK(second.remaining == money{});
}

TEST_CASE("a Work Group claim must name one of its departments' schools") {
    const std::string msg = message_of([] {
        check(head_paid + ",WG-A,2024-10-01,department_grant,,100.00,G-1,139804,\n", "wg.csv");
    });
    // 139804 is a WG-B school.
    CHECK(contains(msg, "wg.csv:2: field 'institution': bad institution '139804'"));
    CHECK(contains(msg, "141120, 143557"));
}

TEST_CASE("a Work Group's days are priced at its edition's release rate") {
    // 003: the grant covers the committed release at the secondary rate: 10 days × £200.
    const claims_report r =
        check(head_paid + ",WG-B,2024-11-05,department_grant,10,,D-1,139804,\n");
    CHECK(r.findings.empty());
    const claim_balance* b = balance(r, "WG-B", 1, "department_grant");
    REQUIRE(b);
    CHECK(b->claimed_days == half_days::from_days(10));
    CHECK(b->claimed == pounds("2000.00"));
    CHECK(b->remaining == money{});
}

TEST_CASE("over_allocation: money over what a withdrawal leaves funded") {
    // S7-04 withdrew on 15 Feb 2024 in year 2 (1 Sep 2023 – 31 Aug 2024). Year 2 has 261
    // weekdays (366 days from a Friday: 52 weeks and a Friday); 119 fall before the
    // withdrawal (167 days: 23 weeks, then Friday to Wednesday, 4 weekdays). Central events,
    // 3 days × £200 = £600.00, keep round_half_up(60,000p × 119 / 261) = 27,356p = £273.56
    // (rule 6). A claim of 2 days (£400), within the 3 days, is over what is funded.
    const claims_report r = check(head + "S7-04,,2023-11-01,central_events,2,,W-1\n", "w.csv");
    const claim_balance* b = balance(r, "S7-04", 2, "central_events");
    REQUIRE(b);
    CHECK(b->allocated_days == half_days::from_days(3));
    CHECK(b->allocated == money::from_pence(27356));
    CHECK(b->claimed == pounds("400.00"));
    const auto over = findings(r, kind::over_allocation);
    REQUIRE(over.size() == 1);
    CHECK(over[0].where.line == 2);
    CHECK(contains(over[0].message, "£273.56"));
}

TEST_CASE("outside_window: before the start, or after the last programme year") {
    // S7-01 starts 1 Sep 2022; sms-2022-cohort7 defines years 1–4, so the windows end on
    // 31 Aug 2026.
    const claims_report r = check(head +
                                      "S7-01,,2022-08-31,central_events,,200.00,O-1\n"
                                      "S7-01,,2026-09-01,locally_agreed,,200.00,O-2\n",
                                  "outside.csv");
    const auto out = findings(r, kind::outside_window);
    REQUIRE(out.size() == 2);
    CHECK(out[0].where.file == "outside.csv");
    CHECK(out[0].where.line == 2);
    CHECK(out[0].where.field == "date");
    CHECK(contains(out[0].message, "2022-08-31"));
    CHECK(contains(out[0].message, "2022-09-01 to 2026-08-31"));
    CHECK(out[1].where.line == 3);
    CHECK_FALSE(r.outcomes[0].balance);
    CHECK_FALSE(r.outcomes[1].balance);
    check_nothing_dropped(r);

    // A Work Group's window is its academic year (003: September 2024 to July 2025).
    const claims_report w =
        check(head_paid + ",WG-A,2025-09-01,department_grant,,100.00,O-3,141120,\n", "outside.csv");
    const auto wout = findings(w, kind::outside_window);
    REQUIRE(wout.size() == 1);
    CHECK(wout[0].where.line == 2);
    CHECK(contains(wout[0].message, "2024/25"));
}

TEST_CASE("after_withdrawal: on or after the withdrawal date") {
    const claims_report r = check(head +
                                      "S7-04,,2024-02-14,central_events,0.5,,A-1\n"
                                      "S7-04,,2024-02-15,central_events,0.5,,A-2\n"
                                      "S7-04,,2024-10-01,sle,,350.00,A-3\n",
                                  "withdrawn.csv");
    const auto after = findings(r, kind::after_withdrawal);
    REQUIRE(after.size() == 2);  // the day before the withdrawal is funded
    CHECK(after[0].where.file == "withdrawn.csv");
    CHECK(after[0].where.line == 3);
    CHECK(after[0].where.field == "date");
    CHECK(contains(after[0].message, "2024-02-15"));
    CHECK(after[1].where.line == 4);
    // Counted where a line exists (year 2 was priced up to the withdrawal) …
    REQUIRE(r.outcomes[1].balance);
    CHECK(r.balances[*r.outcomes[1].balance].claimed_days == half_days::from_days(1));
    // … and unmatched where the year was never priced (rule 6): no other finding is needed,
    // and the money still counts.
    CHECK_FALSE(r.outcomes[2].balance);
    CHECK(r.outcomes[2].value == pounds("350.00"));
    CHECK(r.unmatched_total == pounds("350.00"));
    CHECK(findings(r, kind::unknown_category).empty());
    check_nothing_dropped(r);
}

TEST_CASE("duplicate_reference: the later claim, naming the first") {
    const claims_report r = check(head +
                                      "S7-01,,2022-10-12,central_events,1,,INV-7\n"
                                      "S7-02,,2022-10-13,central_events,1,,INV-8\n"
                                      "S7-03,,2022-10-14,central_events,1,,INV-7\n",
                                  "dup.csv");
    const auto dup = findings(r, kind::duplicate_reference);
    REQUIRE(dup.size() == 1);
    CHECK(dup[0].where.file == "dup.csv");
    CHECK(dup[0].where.line == 4);
    CHECK(dup[0].where.field == "reference");
    CHECK(dup[0].claim == 2);
    CHECK(contains(dup[0].message, "dup.csv:2"));
    // Still counted: the finding asks a person to look, it does not decide.
    CHECK(r.outcomes[2].balance);
}

TEST_CASE("unknown_participant and unknown_workgroup") {
    const claims_report r = check(head_paid +
                                      "S9-99,,2022-10-12,central_events,,200.00,U-1,,\n"
                                      ",WG-Z,2024-10-01,department_grant,,10.00,U-2,141120,\n",
                                  "unknown.csv");
    const auto p = findings(r, kind::unknown_participant);
    REQUIRE(p.size() == 1);
    CHECK(p[0].where.file == "unknown.csv");
    CHECK(p[0].where.line == 2);
    CHECK(p[0].where.field == "participant");
    CHECK(contains(p[0].message, "S9-99"));
    const auto w = findings(r, kind::unknown_workgroup);
    REQUIRE(w.size() == 1);
    CHECK(w[0].where.line == 3);
    CHECK(w[0].where.field == "workgroup");
    CHECK(contains(w[0].message, "WG-Z"));
    CHECK(contains(w[0].message, "WG-A, WG-B"));
    check_nothing_dropped(r);
    // Unmatched, and still money spent (rule 11): in the claimed total.
    CHECK(r.unmatched_total == pounds("210.00"));
    CHECK(r.claimed_total == pounds("210.00"));
    CHECK(r.remaining_total == r.allocated_total - r.claimed_total);
}

TEST_CASE("unknown_category: a category the programme year does not fund") {
    const claims_report r = check(head +
                                      // Year 1 funds central events and personal development;
                                      // development is a year-2 category (000).
                                      "S7-01,,2022-10-12,development,,200.00,K-1\n"
                                      // Year 3: hub events only where hub_event_days is set.
                                      "S7-01,,2024-10-12,hub_events,,200.00,K-2\n"
                                      // Travel to all the training events (000): year 3 too.
                                      "S7-01,,2024-10-12,travel,,20.00,K-3\n",
                                  "category.csv");
    const auto k = findings(r, kind::unknown_category);
    REQUIRE(k.size() == 2);
    CHECK(k[0].where.file == "category.csv");
    CHECK(k[0].where.line == 2);
    CHECK(k[0].where.field == "category");
    CHECK(contains(k[0].message, "central_events, personal_development"));
    CHECK(k[1].where.line == 3);
    CHECK(contains(k[1].message, "hub_event_days"));
    REQUIRE(r.outcomes[2].balance);
    CHECK(r.balances[*r.outcomes[2].balance].year == 3);
    CHECK(r.balances[*r.outcomes[2].balance].type == cost_type::travel);
    CHECK(r.unmatched_total == pounds("400.00"));
    check_nothing_dropped(r);

    // An unmatched claim in days has no line to give it a rate: an input error naming it.
    const std::string msg =
        message_of([] { check(head + "S7-01,,2022-10-12,development,1,,K-9\n", "category.csv"); });
    CHECK(contains(msg, "category.csv:2: field 'days': bad number of days '1' in claim 'K-9'"));
    CHECK(contains(msg, "funds no 'development'"));
}

TEST_CASE("unit_mismatch: an amount for release; days for travel are an input error") {
    const claims_report r =
        check(head + "S7-01,,2022-10-13,central_events,,150.00,M-2\n", "units.csv");
    const auto u = findings(r, kind::unit_mismatch);
    REQUIRE(u.size() == 1);
    CHECK(u[0].where.file == "units.csv");
    CHECK(u[0].where.line == 2);
    CHECK(u[0].where.field == "amount");
    // Days of travel have no price: nothing claimed may be left out, so the file is refused.
    CHECK(
        contains(message_of([] { check(head + "S7-01,,2022-10-12,travel,1,,M-1\n", "units.csv"); }),
                 "units.csv:2: field 'days': bad number of days '1' in claim 'M-1'"));
    // The amount is counted as claimed, so that no money goes unseen.
    const claim_balance* b = balance(r, "S7-01", 1, "central_events");
    REQUIRE(b);
    CHECK(b->claimed == pounds("150.00"));
    CHECK(b->claimed_days == half_days{});
    check_nothing_dropped(r);
}

TEST_CASE("a half-day claim at a rate with odd pence is rounded once per claim") {
    // Rule 1 on each claim: 0.5 day × £333.33 = 16,666.5p → £166.67 (half-up).
    scenario s = load_sample();
    s.set("secondary_rate", "333.33", source_location{"test", 0, "secondary_rate"});
    const claims_report r =
        check_claims(s, read_claims(head + "S7-01,,2022-10-12,central_events,0.5,,H-1\n"
                                           "S7-01,,2022-10-13,central_events,7.5,,H-2\n",
                                    "half.csv"));
    CHECK(r.outcomes[0].value == money::from_pence(16667));
    // 7.5 days × £333.33 = 249,997.5p → £2,499.98 (domain.md section 8 rule 1's example).
    CHECK(r.outcomes[1].value == money::from_pence(249998));
}

TEST_CASE("claims outside the scenario's forecast years are still checked") {
    scenario s = load_sample();
    s.years = {academic_year{2024}};
    const claims_report r =
        check_claims(s, read_claims(head + "S7-01,,2022-10-12,central_events,2,,Y-1\n", "y.csv"));
    CHECK(r.findings.empty());
    const claim_balance* b = balance(r, "S7-01", 1, "central_events");
    REQUIRE(b);
    CHECK(b->claimed == pounds("400.00"));
}

TEST_CASE("bad input names file, line and field") {
    const std::string bad_date = data_dir + "bad-date.csv";
    CHECK(contains(message_of([&] { read_claims_file(bad_date); }),
                   bad_date + ":3: field 'date': bad date '2023-02-30'"));
    const std::string quarter = data_dir + "quarter-day.csv";
    CHECK(contains(message_of([&] { read_claims_file(quarter); }),
                   quarter + ":4: field 'days': bad number of days '1.25'"));

    auto msg = [](const std::string& csv) {
        return message_of([&] { read_claims(csv, "c.csv"); });
    };
    CHECK(contains(msg(head + "S7-01,WG-A,2022-10-12,central_events,1,,R-1\n"),
                   "c.csv:2: field 'workgroup': "));
    CHECK(contains(msg(head + ",,2022-10-12,central_events,1,,R-1\n"),
                   "c.csv:2: field 'participant': "));
    CHECK(contains(msg(head + "S7-01,,2022-10-12,central_events,1,20.00,R-1\n"),
                   "c.csv:2: field 'amount': a claim gives days or an amount, not both"));
    CHECK(contains(msg(head + "S7-01,,2022-10-12,central_events,,,R-1\n"),
                   "c.csv:2: field 'days': "));
    CHECK(contains(msg(head + "S7-01,,2022-10-12,central_events,0,,R-1\n"),
                   "c.csv:2: field 'days': bad number of days '0'"));
    CHECK(contains(msg(head + "S7-01,,2022-10-12,travel,,-5.00,R-1\n"),
                   "c.csv:2: field 'amount': bad amount '-5.00'"));
    CHECK(contains(msg(head + "S7-01,,2022-10-12,travel,,5.001,R-1\n"),
                   "c.csv:2: field 'amount': bad amount '5.001'"));
    CHECK(contains(msg(head + "S7-01,,2022-10-12,central_events,1,,\n"),
                   "c.csv:2: field 'reference': "));
    CHECK(contains(msg(head + "S7-01,,2022-10-12,,1,,R-1\n"), "c.csv:2: field 'category': "));
    CHECK(contains(msg("date,category,days,reference\n2022-10-12,travel,1,R\n"),
                   "c.csv:1: missing column 'participant' or 'workgroup'"));
    CHECK(contains(msg("participant,date,category,reference\nS7-01,2022-10-12,travel,R\n"),
                   "c.csv:1: missing column 'days' or 'amount'"));
    CHECK(contains(msg("participant,date,category,days\nS7-01,2022-10-12,travel,1\n"),
                   "missing column 'reference'"));
    // The payee and the day paid (domain.md 9.3).
    CHECK(contains(msg(head_paid + ",WG-A,2024-10-01,department_grant,,2000.00,R-1,,\n"),
                   "c.csv:2: field 'institution': bad institution ''"));
    CHECK(contains(msg(head_paid + "S7-01,,2022-10-12,central_events,1,,R-1,12345,\n"),
                   "c.csv:2: field 'institution': bad institution id '12345'"));
    CHECK(contains(msg(head_paid + "S7-01,,2022-10-12,central_events,1,,R-1,,2022-10-11\n"),
                   "c.csv:2: field 'paid': bad paid date '2022-10-11': expected the day the hub "
                   "paid the claim, on or after the claim's date 2022-10-12"));
    CHECK(contains(msg(head_paid + "S7-01,,2022-10-12,central_events,1,,R-1,,2022-13-01\n"),
                   "c.csv:2: field 'paid': bad date '2022-13-01'"));
    // Paid on the day of the claim is fine.
    CHECK(read_claims(head_paid + "S7-01,,2022-10-12,central_events,1,,R-1,137083,2022-10-12\n",
                      "c.csv")[0]
              .paid == date(2022, 10, 12));
    // A file with only some of the optional columns is fine.
    CHECK(read_claims("participant,date,category,days,reference\nS7-01,2022-10-12,"
                      "central_events,1,R\n",
                      "c.csv")
              .size() == 1);
}

TEST_CASE("finding kinds have stable names") {
    CHECK(to_string(kind::over_allocation) == "over_allocation");
    CHECK(to_string(kind::outside_window) == "outside_window");
    CHECK(to_string(kind::after_withdrawal) == "after_withdrawal");
    CHECK(to_string(kind::duplicate_reference) == "duplicate_reference");
    CHECK(to_string(kind::unknown_participant) == "unknown_participant");
    CHECK(to_string(kind::unknown_workgroup) == "unknown_workgroup");
    CHECK(to_string(kind::unknown_category) == "unknown_category");
    CHECK(to_string(kind::unit_mismatch) == "unit_mismatch");
}
