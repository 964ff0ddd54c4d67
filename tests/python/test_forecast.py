"""Forecasts of the built-in sample hub: rule 9 (one grand total whatever the grouping or
period) and its figures worked out by hand."""

import unittest
from decimal import Decimal

import mhfund

# The sample hub's grand total, by hand (see tests/c/forecast.c for the working): SMS
# £42,567.81 (three specialists £13,000 + £12,200 + £13,000, and one withdrawn on 2024-02-15
# keeping £4,367.81), FE £46,400.00, Work Groups 4 × £2,000.00 = £8,000.00.
DEFAULT_TOTAL = Decimal("96967.81")


class DefaultScenario(unittest.TestCase):
    def setUp(self):
        self.scenario = mhfund.Scenario.default()

    def tearDown(self):
        self.scenario.close()

    def test_financial_years_add_up(self):
        fy = self.scenario.forecast(by=[], period="financial")
        academic = self.scenario.forecast(by="programme", period="academic")
        self.assertEqual(fy.total, DEFAULT_TOTAL)
        self.assertEqual(sum(row.amount for row in fy.rows), fy.total)
        self.assertEqual(academic.total, fy.total)
        self.assertEqual(sum(row.amount for row in academic.rows), academic.total)
        self.assertEqual([row.period for row in fy.rows], ["FY2022-23", "FY2023-24", "FY2024-25", "FY2025-26"])
        for row in fy.rows:
            self.assertIsInstance(row.amount, Decimal)
            self.assertEqual(row.amount, row.amount.quantize(Decimal("0.01")))

    def test_every_grouping_and_period(self):
        for by in ("", "programme", "programme,cohort", ("hub", "edition", "year"), "institution,cost_type"):
            for period in ("academic", "financial", "term", "month"):
                f = self.scenario.forecast(by=by, period=period)
                self.assertEqual(f.total, DEFAULT_TOTAL, (by, period))
                self.assertEqual(sum(r.amount for r in f), DEFAULT_TOTAL, (by, period))

    def test_rows(self):
        f = self.scenario.forecast(by="programme,cohort", period="academic")
        self.assertEqual(f.by, ("programme", "cohort"))
        self.assertEqual(set(f.rows[0].keys), {"programme", "cohort"})
        sms = sum(r.amount for r in f.rows if r.keys["programme"] == "sms")
        self.assertEqual(sms, Decimal("42567.81"))
        # Section 8 rule 5's example: the FE trailblazer's year-1 central events, £2,400.00,
        # give 2022/23 240000 × 174 / 260 = 160615.4 → £1,606.15.
        detail = self.scenario.forecast(by="participant,year,category", period="academic")
        amounts = {(tuple(r.keys.values()), r.period): r.amount for r in detail.rows}
        self.assertEqual(amounts[(("FT-01", "1", "central_events"), "2022/23")], Decimal("1606.15"))
        self.assertEqual(amounts[(("FT-01", "1", "central_events"), "2023/24")], Decimal("793.85"))

    def test_assumptions(self):
        f = self.scenario.forecast()
        self.assertTrue(any(a.startswith("sle_rate = 350.00") for a in f.assumptions), f.assumptions)

    def test_settings(self):
        # Three specialists with 20 SLE days each: at £400.00, 60 days × £50.00 = £3,000.00 more.
        self.scenario.set("sle_rate", Decimal("400.00"))
        self.assertEqual(self.scenario.forecast().total, DEFAULT_TOTAL + Decimal("3000.00"))
        # A Decimal in exponent form is written out in plain digits for the library: 4E+2 is 400.
        self.scenario.set("sle_rate", Decimal("4E+2"))
        self.assertEqual(self.scenario.forecast().total, DEFAULT_TOTAL + Decimal("3000.00"))
        with self.assertRaises(mhfund.InputError) as caught:
            self.scenario.set("sle_ratio", "1")
        self.assertIn("unknown setting 'sle_ratio'", str(caught.exception))
        with self.assertRaises(mhfund.UsageError):
            self.scenario.set("sle_rate", 400.0)

    def test_bad_period_and_grouping(self):
        with self.assertRaises(mhfund.UsageError) as caught:
            self.scenario.forecast(period="fortnight")
        self.assertIn("fortnight", str(caught.exception))
        with self.assertRaises(mhfund.UsageError):
            self.scenario.forecast(by="colour")


class Handles(unittest.TestCase):
    def test_context_manager_closes(self):
        with mhfund.Scenario.default() as s:
            self.assertFalse(s.closed)
            total = s.forecast().total
        self.assertTrue(s.closed)
        self.assertEqual(total, DEFAULT_TOTAL)
        with self.assertRaises(mhfund.UsageError):
            s.forecast()
        s.close()  # twice: nothing happens

    def test_forecast_outlives_scenario(self):
        s = mhfund.Scenario.default()
        f = s.forecast(by="programme", period="term")
        s.close()
        self.assertEqual(sum(r.amount for r in f), DEFAULT_TOTAL)


if __name__ == "__main__":
    unittest.main()
