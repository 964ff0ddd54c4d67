// Unit safety (style.md, after Hinnant's date *.fail.cpp): a bare integer cannot be added to money.
// Compiles as is; must not compile with MHFUND_SHOULD_FAIL defined.
#include <mhfund/half_days.hpp>
#include <mhfund/money.hpp>

int main() {
    using namespace mhfund;
    const money grant = money::from_pounds(2000);       // 002, 003: £2,000.00 per department
    const day_rate secondary(money::from_pounds(200));  // 000: secondary release day
    const half_days year1 = half_days::from_days(15);   // 000: SMS year 1, 15 days
    // Legal neighbour: money + money built from a named unit.
    const money more = grant + money::from_pence(5);
    (void)more;
    (void)secondary;
    (void)year1;
#ifdef MHFUND_SHOULD_FAIL
    const auto nonsense = grant + 5;  // money + int
    (void)nonsense;
#endif
    return 0;
}
