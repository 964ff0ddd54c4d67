"""The outturn as of a date (domain.md 9.4) through the Python package: the same figures as the
C API's test (tests/c/outturn.c), worked by hand, and errors as exceptions."""

import os
import tempfile
import unittest
from decimal import Decimal

import mhfund

CLAIMS = (
    "participant,workgroup,date,category,days,amount,reference,institution,paid\n"
    "S7-01,,2022-10-12,central_events,1,,C-1,,2022-11-04\n"
)


class Outturn(unittest.TestCase):
    def setUp(self):
        self.scenario = mhfund.Scenario.default()

    def tearDown(self):
        self.scenario.close()

    def test_each_term_by_hand(self):
        # S7-01 year 1 central events, 5 days x £200 = £1,000.00 (000). T = 1 Jan 2023: 87 of
        # the window's 261 weekdays before T, F = round_half_up(100000 x 87 / 261) = £333.33;
        # one day claimed (£200.00): U = £133.33; R = £1,000.00 - £333.33 = £666.67.
        o = self.scenario.outturn("2023-01-01", claims_text=CLAIMS, by=["participant", "category"])
        row = next(r for r in o if r.keys == {"participant": "S7-01", "category": "central_events"}
                   and r.period == "2022/23")
        self.assertEqual(row.actual, Decimal("200.00"))
        self.assertEqual(row.unclaimed, Decimal("133.33"))
        self.assertEqual(row.to_come, Decimal("666.67"))
        self.assertEqual(row.outturn, Decimal("1000.00"))
        self.assertEqual(row.paid, Decimal("200.00"))
        self.assertEqual(o.by, ("participant", "category"))

    def test_total_is_the_forecast_when_nothing_is_over_claimed(self):
        forecast = self.scenario.forecast(by="", period="academic").total
        for period in ("academic", "financial", "term", "month"):
            o = self.scenario.outturn("2023-01-01", claims_text=CLAIMS, by="institution", period=period)
            self.assertEqual(o.total["outturn"], forecast)
            self.assertEqual(o.total["actual"], Decimal("200.00"))
            self.assertEqual(sum((r.outturn for r in o), Decimal(0)), forecast)

    def test_from_a_file(self):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "claims.csv")
            with open(path, "w", encoding="utf-8") as f:
                f.write(CLAIMS)
            o = self.scenario.outturn("2023-01-01", claims=path, by="")
            self.assertEqual(o.total["actual"], Decimal("200.00"))

    def test_errors(self):
        with self.assertRaises(mhfund.InputError) as e:
            self.scenario.outturn(
                "2023-01-01",
                claims_text="participant,date,category,days,reference,paid\n"
                "S7-01,2022-10-12,central_events,1,C-1,2022-10-11\n",
                name="claims.csv",
            )
        self.assertIn("claims.csv:2: field 'paid'", str(e.exception))
        with self.assertRaises(mhfund.UsageError):
            self.scenario.outturn("2023-02-30", claims_text=CLAIMS)
        with self.assertRaises(mhfund.UsageError):
            self.scenario.outturn("2023-01-01")


if __name__ == "__main__":
    unittest.main()
