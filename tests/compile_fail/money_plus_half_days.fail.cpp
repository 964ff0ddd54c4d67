// Unit safety (style.md, after Hinnant's date *.fail.cpp): money + half_days is meaningless.
// Compiles as is; must not compile with MHFUND_SHOULD_FAIL defined.
#include <mhfund/half_days.hpp>
#include <mhfund/money.hpp>

int main() {
    using namespace mhfund;
    const money grant = money::from_pounds(2000);       // 002, 003: £2,000.00 per department
    const day_rate secondary(money::from_pounds(200));  // 000: secondary release day
    const half_days year1 = half_days::from_days(15);   // 000: SMS year 1, 15 days
    // Legal neighbours: money + money, half_days + half_days.
    const money total = grant + grant;
    const half_days both = year1 + year1;
    (void)total;
    (void)both;
    (void)secondary;
#ifdef MHFUND_SHOULD_FAIL
    const auto nonsense = grant + year1;  // money + half_days
    (void)nonsense;
#endif
    return 0;
}
