// Fuzz target: the claims CSV reader (the payee and paid columns included), then the check of
// accepted claims against the built-in sample scenario (whose participant and Work Group ids the
// seed claims use), then the outturn as of a date. Every claim has an outcome, findings point at
// real claims, the report's totals add up, and the outturn's rows sum to Σ max(allocated,
// claimed) + unmatched claims (rule 13).
#include <algorithm>

#include "fuzz_target.hpp"
#include "mhfund/claims.hpp"
#include "mhfund/outturn.hpp"
#include "mhfund/scenario.hpp"

using namespace mhfund;

MHFUND_FUZZ_TARGET(claims) {
    static const scenario plan = default_scenario();
    std::vector<claim> claims;
    bool accepted = false;
    mhfund_fuzz::expect_only_input_errors([&] {
        claims = read_claims(mhfund_fuzz::as_text(data, size), "claims.csv");
        accepted = true;
    });
    if (!accepted) return 0;
    mhfund_fuzz::expect_only_input_errors([&] {
        const claims_report r = check_claims(plan, claims);
        MHFUND_FUZZ_CHECK(r.outcomes.size() == claims.size(), std::to_string(r.outcomes.size()));
        for (const claim_finding& f : r.findings)
            MHFUND_FUZZ_CHECK(f.claim < claims.size(), std::to_string(f.claim));
        money allocated, claimed;
        for (const claim_balance& b : r.balances) {
            allocated += b.allocated;
            claimed += b.claimed;
            MHFUND_FUZZ_CHECK(b.remaining == b.allocated - b.claimed, b.subject);
        }
        MHFUND_FUZZ_CHECK(allocated == r.allocated_total, to_plain(allocated));
        MHFUND_FUZZ_CHECK(claimed + r.unmatched_total == r.claimed_total, to_plain(claimed));
        MHFUND_FUZZ_CHECK(r.remaining_total == r.allocated_total - r.claimed_total,
                          to_plain(r.remaining_total));
        // A placed claim's value is counted in its balance; an unmatched one is its amount, and
        // counted all the same (rule 11).
        money placed;
        for (std::size_t i = 0; i < r.outcomes.size(); ++i) {
            const claim_outcome& o = r.outcomes[i];
            if (o.balance)
                MHFUND_FUZZ_CHECK(*o.balance < r.balances.size(), std::to_string(*o.balance));
            else
                MHFUND_FUZZ_CHECK(claims[i].amount && o.value == *claims[i].amount,
                                  to_plain(o.value));
            placed += o.value;
        }
        MHFUND_FUZZ_CHECK(placed == r.claimed_total, to_plain(placed));
        // By academic year, the same totals again.
        money allocated_by_year, claimed_by_year;
        for (const claims_period& p : r.by_year) {
            allocated_by_year += p.allocated;
            claimed_by_year += p.claimed;
        }
        MHFUND_FUZZ_CHECK(allocated_by_year == r.allocated_total, to_plain(allocated_by_year));
        MHFUND_FUZZ_CHECK(claimed_by_year == r.claimed_total, to_plain(claimed_by_year));
    });
    mhfund_fuzz::expect_only_input_errors([&] {
        scenario all = plan;
        all.years.clear();  // no horizon: rule 13's identity is exact
        outturn_options o;
        o.by = {dimension::institution};
        o.period = period_kind::month;
        o.as_of = date(2024, 2, 1);
        const outturn_result r = run_outturn(all, claims, o);
        money rows, expected = r.unmatched;
        for (const outturn_row& row : r.rows)
            rows += row.outturn;
        for (const outturn_line& l : r.lines)
            expected += std::max(l.allocated, l.claimed);
        MHFUND_FUZZ_CHECK(rows == expected, to_plain(rows) + " != " + to_plain(expected));
    });
    return 0;
}
