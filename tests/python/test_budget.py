"""Approved budgets and comparisons through the Python package: a budget saved, read back and
compared with itself is zero everywhere; a moved SLE rate and a withdrawal derived by hand; a
changed roster named; a malformed budget raises InputError with its JSON path."""

import os
import tempfile
import unittest
from decimal import Decimal

import mhfund

# The built-in sample hub's grand total (tests/c/forecast.c has the working).
DEFAULT_TOTAL = Decimal("96967.81")

HEADER = (
    "participant,hub,programme,edition,cohort,start,institution,trn,pd_lead_accredited,"
    "withdrawn,sle_days\n"
)


class BudgetRoundTrip(unittest.TestCase):
    def test_saved_read_and_compared_with_itself(self):
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "budget.json")
            with mhfund.Scenario.default() as s, mhfund.Budget.make(s) as b:
                self.assertEqual(b.total, DEFAULT_TOTAL)
                b.save(path)
                expected = s.forecast(by="programme", period="financial")
            with mhfund.Budget.read(path) as b:
                self.assertEqual(b.changed_inputs, [])
                got = b.forecast(by="programme", period="financial")
                self.assertEqual(got.rows, expected.rows)
                self.assertEqual(got.total, DEFAULT_TOTAL)
            c = mhfund.compare(path, path, by=["participant", "category"], period="month")
            self.assertEqual(c.lines, [])
            self.assertEqual(c.difference, Decimal("0.00"))
            self.assertTrue(c.data["rows"])
            for row in c.data["rows"]:
                self.assertEqual(row["amount_a"], row["amount_b"])
                self.assertEqual(row["difference"], Decimal("0.00"))


class Differences(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.addCleanup(self.folder.cleanup)

    def write(self, name, text):
        path = os.path.join(self.folder.name, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def plan(self, name, rows, sle_rate="350.00"):
        self.write(name + ".csv", HEADER + rows)
        return self.write(
            name + ".toml",
            f'name = "{name}"\nroster = "{name}.csv"\n[settings]\nsle_rate = "{sle_rate}"\n',
        )

    def test_sle_rate_moves(self):
        # 20 year-3 SLE days × (£400.00 − £350.00) = £1,000.00, on the one SLE line.
        row = "S7-01,WM1,sms,sms-2022-cohort7,7,,137083,,no,,20\n"
        c = mhfund.compare(self.plan("a", row), self.plan("b", row, "400.00"), by="cost_type")
        self.assertEqual(c.difference, Decimal("1000.00"))
        self.assertEqual(len(c.lines), 1)
        self.assertEqual(c.lines[0].amount_a, Decimal("7000.00"))
        self.assertEqual(c.lines[0].amount_b, Decimal("8000.00"))
        self.assertIn("£350.00 → £400.00", c.lines[0].text)

    def test_withdrawal_keeps_rule_6_share(self):
        # FE trailblazer year 1: 1 Jan–31 Dec 2023, W = 260 weekdays, 174 before 1 Sep 2023
        # (Jan 22, Feb 20, Mar 23, Apr 20, May 23, Jun 22, Jul 21, Aug 23). Kept:
        # round_half_up(240,000 × 174 / 260) = 160,615p + round_half_up(360,000 × 174 / 260)
        # = 240,923p; year 2 (£6,000.00) is not priced.
        kept = self.plan("b", "FT-01,WM1,fe,fe-2023,trailblazer,,10004599,,no,2023-09-01,\n")
        full = self.plan("a", "FT-01,WM1,fe,fe-2023,trailblazer,,10004599,,no,,\n")
        c = mhfund.compare(full, kept, by="", period="academic")
        self.assertEqual(c.total_a, Decimal("12000.00"))
        self.assertEqual(c.total_b, Decimal("4015.38"))

    def test_changed_roster_is_named(self):
        scenario = self.plan("a", "F1-01,WM1,fe,fe-2023,1,,10004599,,no,,\n")
        path = os.path.join(self.folder.name, "budget.json")
        with mhfund.Scenario.load(scenario) as s, mhfund.Budget.make(s) as b:
            b.save(path)
        self.write("a.csv", HEADER + "F1-01,WM1,fe,fe-2023,1,,10004599,,no,2024-01-01,\n")
        with mhfund.Budget.read(path) as b:
            self.assertEqual(len(b.changed_inputs), 1)
            self.assertTrue(b.changed_inputs[0].startswith("roster "))
            self.assertEqual(b.total, Decimal("12000.00"))

    def test_malformed_budget(self):
        path = self.write("budget.json", '{"format": "mhfund budget", "format_version": "1"}')
        with self.assertRaises(mhfund.InputError) as caught:
            mhfund.Budget.read(path)
        self.assertIn("field 'format_version'", str(caught.exception))


if __name__ == "__main__":
    unittest.main()
