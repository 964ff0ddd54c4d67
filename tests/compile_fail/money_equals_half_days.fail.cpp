// Unit safety (style.md, after Hinnant's date *.fail.cpp): money and half_days cannot be compared.
// Compiles as is; must not compile with MHFUND_SHOULD_FAIL defined.
#include <mhfund/half_days.hpp>
#include <mhfund/money.hpp>

int main() {
    using namespace mhfund;
    const money grant = money::from_pounds(2000);       // 002, 003: £2,000.00 per department
    const day_rate secondary(money::from_pounds(200));  // 000: secondary release day
    const half_days year1 = half_days::from_days(15);   // 000: SMS year 1, 15 days
    // Legal neighbours: money == money, half_days == half_days.
    const bool same_money = grant == money::from_pence(200000);
    const bool same_time = year1 == half_days::from_count(30);
    (void)same_money;
    (void)same_time;
    (void)secondary;
#ifdef MHFUND_SHOULD_FAIL
    const bool nonsense = grant == year1;  // money == half_days
    (void)nonsense;
#endif
    return 0;
}
