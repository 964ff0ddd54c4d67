"""Our hub's budget as tests, in Python: the statements of examples/budget-tests/budget.test.cpp
over the same plan (examples/budget-tests/plan/hub.toml), with Python's unittest and the mhfund
package.

Run it in this folder, with the package and the library where Python finds them:

    PYTHONPATH=<prefix>/share/mhfund/python MHFUND_LIBRARY=<prefix>/lib/libmhfund.so.0 \\
        python3 -m unittest -v budget_test

BUDGET_PLAN=path/to/hub.toml checks another plan (a copy with a change you are trying out).

Amounts are decimal.Decimal pounds, exact to the penny (never float). A failed check shows both
amounts in pounds and pence: "£20,650.00 != £21,000.00". Every expected figure is worked out by
hand in a comment (days × rate; weekday counts in budget.test.cpp), never copied from the tool.
"""

import os
import unittest
from decimal import Decimal
from pathlib import Path

import mhfund

PLAN = os.environ.get("BUDGET_PLAN") or str(
    Path(__file__).resolve().parent.parent / "budget-tests" / "plan" / "hub.toml"
)


def pounds(amount):
    """Decimal('-1234.5') -> '-£1,234.50' (Decimal formats exactly, with no float)."""
    sign = "-" if amount < 0 else ""
    return f"{sign}£{abs(amount):,.2f}"


def kind_of(period):
    """The forecast's kind of period for a label: 'FY2024-25' is financial, '2024/25' academic."""
    return "financial" if period.startswith("FY") else "academic"


def forecast(plan, by, period):
    """The library's forecast grouped by `by`, in `period`'s kind of period."""
    with mhfund.Scenario.load(plan) as s:
        return s.forecast(by=list(by), period=kind_of(period))


def rows_where(f, period, where):
    """The rows of `f` in `period` whose keys are those of `where` (a value the forecast does not
    have at all, e.g. programme='SMS' for 'sms', is an error rather than a silent £0.00)."""
    for name, value in where.items():
        known = sorted({row.keys[name] for row in f})
        if value not in known:
            raise ValueError(f"no {name} {value!r} in the forecast; it has: {', '.join(known)}")
    return [r for r in f if r.period == period and all(r.keys[k] == v for k, v in where.items())]


def total(plan, period, **where):
    """What the rows matching `where` (e.g. programme='sms') add up to in `period`."""
    f = forecast(plan, where, period)
    return sum((r.amount for r in rows_where(f, period, where)), Decimal("0.00"))


def by_payee(plan, period):
    """What each school or college (institution) is paid in `period`."""
    f = forecast(plan, ["institution"], period)
    return {r.keys["institution"]: r.amount for r in rows_where(f, period, {})}


class BudgetTest(unittest.TestCase):
    def assertAmount(self, actual, expected):
        if actual != expected:
            raise self.failureException(f"{pounds(actual)} != {pounds(expected)}")

    def test_secondary_mastery_specialists(self):
        # 2023/24 is cohort 7's year 2: 3 specialists × 15 days × £200.00 (000).
        self.assertAmount(total(PLAN, "2023/24", programme="sms"), Decimal("9000.00"))
        # 2024/25 is year 3: 3 × 20 SLE days × £350.00 (our sle_rate).
        self.assertAmount(total(PLAN, "2024/25", programme="sms"), Decimal("21000.00"))
        # FY2024-25: each specialist's year 2 after 1 April 2024 (£252.87 + £674.33 + £337.16)
        # and year 3 before 1 April 2025 (£4,065.38): 3 × £5,329.74 (budget.test.cpp).
        self.assertAmount(total(PLAN, "FY2024-25", programme="sms"), Decimal("15989.22"))

    def test_fe_mastery_specialists(self):
        # 2023/24 is cohort 1's year 1: 2 × 15 days × £400.00 (004).
        self.assertAmount(total(PLAN, "2023/24", programme="fe"), Decimal("12000.00"))
        # 2024/25: F1-01 15 × £400.00 = £6,000.00, F1-02 keeps £3,000.00 (withdrawn 1 March).
        self.assertAmount(total(PLAN, "2024/25", programme="fe"), Decimal("9000.00"))
        # FY2024-25: year 1 from April, 2 × £2,528.73; F1-01's year 2 to April, £3,484.61;
        # F1-02's kept £3,000.00 (budget.test.cpp).
        self.assertAmount(total(PLAN, "FY2024-25", programme="fe"), Decimal("11542.07"))

    def test_work_group_grants(self):
        # 6 departments × £2,000.00 (002, 003), each paid on 1 September 2024.
        self.assertAmount(total(PLAN, "2024/25", programme="workgroup"), Decimal("12000.00"))
        self.assertAmount(total(PLAN, "FY2024-25", programme="workgroup"), Decimal("12000.00"))

    def test_the_hub_stays_within_its_budgets(self):
        # Planned £42,000.00 in 2024/25 and £39,531.29 in FY2024-25.
        self.assertLessEqual(total(PLAN, "2024/25"), Decimal("45000.00"))
        self.assertLessEqual(total(PLAN, "FY2024-25"), Decimal("40000.00"))

    def test_no_school_or_college_is_paid_more_than_7000_pounds(self):
        # The most one role earns here: an SLE year, 20 × £350.00 = £7,000.00.
        payees = by_payee(PLAN, "2024/25")
        self.assertTrue(payees)
        for payee, paid in payees.items():
            with self.subTest(payee=payee):
                self.assertLessEqual(paid, Decimal("7000.00"), f"{payee} is paid {pounds(paid)}")

    def test_each_work_group_grant_covers_its_release(self):
        # 10 days' committed release × £200.00 = £2,000.00, the grant: the forecast warns of
        # every Work Group whose committed release costs more than its grant, so it warns of none.
        self.assertEqual(forecast(PLAN, [], "2024/25").warnings, [])

    def test_f1_02_withdrawal_keeps_half_of_year_2(self):
        # 1 March 2025: 130 of year 2's 260 weekdays are before it, so each line keeps half:
        # £600.00 + £1,600.00 + £800.00 of £6,000.00.
        self.assertAmount(total(PLAN, "2024/25", participant="F1-02"), Decimal("3000.00"))
        self.assertAmount(total(PLAN, "FY2025-26", participant="F1-02"), Decimal("0.00"))


if __name__ == "__main__":
    unittest.main()
