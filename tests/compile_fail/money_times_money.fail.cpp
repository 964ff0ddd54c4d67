// Unit safety (style.md, after Hinnant's date *.fail.cpp): money × money does not exist (pounds
// squared). Compiles as is; must not compile with MHFUND_SHOULD_FAIL defined.
#include <mhfund/half_days.hpp>
#include <mhfund/money.hpp>

int main() {
    using namespace mhfund;
    const money grant = money::from_pounds(2000);       // 002, 003: £2,000.00 per department
    const day_rate secondary(money::from_pounds(200));  // 000: secondary release day
    const half_days year1 = half_days::from_days(15);   // 000: SMS year 1, 15 days
    // Legal neighbour: money × a count (3 departments × the grant).
    const money three = grant * 3;
    const money also_three = 3 * grant;
    (void)three;
    (void)also_three;
    (void)secondary;
    (void)year1;
#ifdef MHFUND_SHOULD_FAIL
    const auto nonsense = grant * grant;  // money × money
    (void)nonsense;
#endif
    return 0;
}
