// Unit safety (style.md, after Hinnant's date *.fail.cpp): a day rate is not money: day_rate +
// money does not compile. Compiles as is; must not compile with MHFUND_SHOULD_FAIL defined.
#include <mhfund/half_days.hpp>
#include <mhfund/money.hpp>

int main() {
    using namespace mhfund;
    const money grant = money::from_pounds(2000);       // 002, 003: £2,000.00 per department
    const day_rate secondary(money::from_pounds(200));  // 000: secondary release day
    const half_days year1 = half_days::from_days(15);   // 000: SMS year 1, 15 days
    // Legal neighbours: day_rate × half_days is money, and money + money.
    const money cost = secondary * year1;
    const money total = cost + grant;
    (void)total;
#ifdef MHFUND_SHOULD_FAIL
    const auto nonsense = secondary + grant;  // day_rate + money
    (void)nonsense;
#endif
    return 0;
}
