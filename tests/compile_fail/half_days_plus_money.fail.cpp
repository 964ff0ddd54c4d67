// Unit safety (style.md, after Hinnant's date *.fail.cpp): half_days + money is meaningless.
// Compiles as is; must not compile with MHFUND_SHOULD_FAIL defined.
#include <mhfund/half_days.hpp>
#include <mhfund/money.hpp>

int main() {
    using namespace mhfund;
    const money grant = money::from_pounds(2000);       // 002, 003: £2,000.00 per department
    const day_rate secondary(money::from_pounds(200));  // 000: secondary release day
    const half_days year1 = half_days::from_days(15);   // 000: SMS year 1, 15 days
    // Legal neighbours: half_days + half_days, and time becomes money only through a rate.
    const half_days more = year1 + half_days::from_count(1);
    const money cost = secondary * more;
    (void)cost;
    (void)grant;
#ifdef MHFUND_SHOULD_FAIL
    const auto nonsense = year1 + grant;  // half_days + money
    (void)nonsense;
#endif
    return 0;
}
