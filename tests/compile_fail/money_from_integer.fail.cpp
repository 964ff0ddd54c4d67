// Unit safety (style.md, after Hinnant's date *.fail.cpp): a bare integer does not silently become
// money (pence? pounds?). Compiles as is; must not compile with MHFUND_SHOULD_FAIL defined.
#include <mhfund/half_days.hpp>
#include <mhfund/money.hpp>

int main() {
    using namespace mhfund;
    const money grant = money::from_pounds(2000);       // 002, 003: £2,000.00 per department
    const day_rate secondary(money::from_pounds(200));  // 000: secondary release day
    const half_days year1 = half_days::from_days(15);   // 000: SMS year 1, 15 days
    // Legal neighbours: the named constructors say the unit.
    const money five_pence = money::from_pence(5);
    const money five_pounds = money::from_pounds(5);
    (void)five_pence;
    (void)five_pounds;
    (void)grant;
    (void)secondary;
    (void)year1;
#ifdef MHFUND_SHOULD_FAIL
    mhfund::money m = 5;  // int64_t → money, implicitly
    (void)m;
#endif
    return 0;
}
