// Budget tests (mhfund/testing.hpp): release time is counted in half-days (domain.md section 1),
// so 7.25_days must not compile.
// Compiles as is; must not compile with MHFUND_SHOULD_FAIL defined.
#include <mhfund/testing.hpp>

int main() {
    using namespace mhfund::testing;
    // Legal neighbours: whole and half days, with or without trailing zeros.
    static_assert(7.5_days == mhfund::half_days::from_count(15), "");
    static_assert(7.50_days == 7.5_days, "");
    static_assert(7_days == 7.0_days, "");
#ifdef MHFUND_SHOULD_FAIL
    constexpr half_days nonsense = 7.25_days;  // a quarter of a day
    (void)nonsense;
#endif
    return 0;
}
