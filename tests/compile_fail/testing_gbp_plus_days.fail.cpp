// Budget tests (mhfund/testing.hpp): the literals keep money and release time apart, as the
// types do. 3000.00_gbp + 15_days is meaningless and must not compile.
// Compiles as is; must not compile with MHFUND_SHOULD_FAIL defined.
#include <mhfund/testing.hpp>

int main() {
    using namespace mhfund::testing;
    // Legal neighbours: money + money, days + days, rate × days.
    const money total = 3000.00_gbp + 2000.00_gbp;
    const half_days time = 15_days + 0.5_days;
    const money priced = mhfund::day_rate(200.00_gbp) * 15_days;  // 000: £3,000.00
    (void)total;
    (void)time;
    (void)priced;
#ifdef MHFUND_SHOULD_FAIL
    const auto nonsense = 3000.00_gbp + 15_days;  // money + half_days
    (void)nonsense;
#endif
    return 0;
}
