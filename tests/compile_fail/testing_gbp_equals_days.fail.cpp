// Budget tests (mhfund/testing.hpp): a check that compares an amount with a number of days, e.g.
// CHECK(total(plan) == 15_days), is a mistake the compiler must catch.
// Compiles as is; must not compile with MHFUND_SHOULD_FAIL defined.
#include <mhfund/testing.hpp>

int main() {
    using namespace mhfund::testing;
    // Legal neighbours: money with money, days with days.
    static_assert(3000.00_gbp == 3000_gbp, "");
    static_assert(15_days == 15.0_days, "");
#ifdef MHFUND_SHOULD_FAIL
    const bool nonsense = 3000.00_gbp == 15_days;  // money == half_days
    (void)nonsense;
#endif
    return 0;
}
