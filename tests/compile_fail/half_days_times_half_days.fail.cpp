// Unit safety (style.md, after Hinnant's date *.fail.cpp): half_days × half_days (days squared)
// does not exist. Compiles as is; must not compile with MHFUND_SHOULD_FAIL defined.
#include <mhfund/half_days.hpp>
#include <mhfund/money.hpp>

int main() {
    using namespace mhfund;
    const money grant = money::from_pounds(2000);       // 002, 003: £2,000.00 per department
    const day_rate secondary(money::from_pounds(200));  // 000: secondary release day
    const half_days year1 = half_days::from_days(15);   // 000: SMS year 1, 15 days
    // Legal neighbours: half_days × a count, and day_rate × half_days.
    const half_days six_meetings = half_days::from_count(1) * 6;  // 003: six half-day meetings
    const money cost = secondary * six_meetings;
    const money cost_too = year1 * secondary;
    (void)cost;
    (void)cost_too;
    (void)grant;
#ifdef MHFUND_SHOULD_FAIL
    const auto nonsense = year1 * year1;  // half_days × half_days
    (void)nonsense;
#endif
    return 0;
}
