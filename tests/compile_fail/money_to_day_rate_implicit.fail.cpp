// Unit safety (style.md, after Hinnant's date *.fail.cpp): money does not silently become a day
// rate. Compiles as is; must not compile with MHFUND_SHOULD_FAIL defined.
#include <mhfund/half_days.hpp>
#include <mhfund/money.hpp>

int main() {
    using namespace mhfund;
    const money grant = money::from_pounds(2000);       // 002, 003: £2,000.00 per department
    const day_rate secondary(money::from_pounds(200));  // 000: secondary release day
    const half_days year1 = half_days::from_days(15);   // 000: SMS year 1, 15 days
    // Legal neighbour: the explicit constructor.
    const day_rate fe(money::from_pounds(400));  // 004: FE release day
    const money cost = fe * year1;
    (void)cost;
    (void)secondary;
    (void)grant;
#ifdef MHFUND_SHOULD_FAIL
    const day_rate nonsense = grant;  // money → day_rate, implicitly
    (void)nonsense;
#endif
    return 0;
}
