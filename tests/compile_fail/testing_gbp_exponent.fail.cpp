// Budget tests (mhfund/testing.hpp): a money literal is written as pounds and pence. 3e3_gbp (an
// exponent) would be easy to misread in a budget, so it must not compile.
// Compiles as is; must not compile with MHFUND_SHOULD_FAIL defined.
#include <mhfund/testing.hpp>

int main() {
    using namespace mhfund::testing;
    static_assert(3000_gbp == 3000.00_gbp, "");  // the legal way to write it
#ifdef MHFUND_SHOULD_FAIL
    constexpr money nonsense = 3e3_gbp;  // an exponent
    (void)nonsense;
#endif
    return 0;
}
