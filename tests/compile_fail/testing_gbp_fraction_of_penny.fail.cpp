// Budget tests (mhfund/testing.hpp): a money literal is whole pence. 3000.001_gbp holds a tenth
// of a penny, so it must not compile (a static_assert, not a silent rounding).
// Compiles as is; must not compile with MHFUND_SHOULD_FAIL defined.
#include <mhfund/testing.hpp>

int main() {
    using namespace mhfund::testing;
    // Legal neighbours: two decimals, one decimal, none, digit separators.
    constexpr money year1 = 3000.00_gbp;  // 000: 15 days × £200.00
    constexpr money half = 0.5_gbp;
    constexpr money grant = 2'000_gbp;  // 002, 003
    static_assert(half == mhfund::money::from_pence(50), "");
    (void)year1;
    (void)grant;
#ifdef MHFUND_SHOULD_FAIL
    constexpr money nonsense = 3000.001_gbp;  // a fraction of a penny
    (void)nonsense;
#endif
    return 0;
}
