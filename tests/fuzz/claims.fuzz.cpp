// Fuzz target: the claims CSV reader, then the check of accepted claims against the built-in
// sample scenario (whose participant and Work Group ids the seed claims use). Every claim has
// an outcome, findings point at real claims, and the report's totals add up.
#include "mhfund/claims.hpp"
#include "fuzz_target.hpp"
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
        MHFUND_FUZZ_CHECK(claimed == r.claimed_total, to_plain(claimed));
        MHFUND_FUZZ_CHECK(r.remaining_total == r.allocated_total - r.claimed_total,
                          to_plain(r.remaining_total));
        // A placed claim's value is counted in its balance; an unplaced one is worth nothing.
        money placed;
        for (const claim_outcome& o : r.outcomes) {
            if (o.balance) {
                MHFUND_FUZZ_CHECK(*o.balance < r.balances.size(), std::to_string(*o.balance));
                placed += o.value;
            } else {
                MHFUND_FUZZ_CHECK(o.value.is_zero(), to_plain(o.value));
            }
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
    return 0;
}
