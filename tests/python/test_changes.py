"""Dated changes (domain.md 9.1, rule 10) through the Python package: a changes file read as
text and from a file, figures by hand, and all or nothing on an error."""

import os
import tempfile
import unittest
from decimal import Decimal

import mhfund

HEADER = "participant,date,field,value,reference\n"

# The built-in sample hub's grand total (tests/c/forecast.c has the working).
DEFAULT_TOTAL = Decimal("96967.81")


def by_key(forecast, period=None):
    """The forecast's amounts summed per first key, over `period` or every period."""
    out = {}
    for row in forecast:
        if period is None or row.period == period:
            key = next(iter(row.keys.values()))
            out[key] = out.get(key, Decimal(0)) + row.amount
    return out


class PayeeChange(unittest.TestCase):
    def setUp(self):
        self.scenario = mhfund.Scenario.default()

    def tearDown(self):
        self.scenario.close()

    def test_year_one_splits_at_87_of_261_weekdays(self):
        # S7-01 (SMS cohort 7, school 137083) moves to school 139001 on 1 January 2023. Year 1
        # is 1 Sep 2022 - 31 Aug 2023, W = 261 weekdays; before 1 Jan 2023, C = Sep 22 + Oct 21
        # + Nov 22 + Dec 22 = 87. Central events £1,000.00: round_half_up(100000 × 87 / 261 =
        # 33333.3) = £333.33 to 137083, £666.67 to 139001; personal development £2,000.00:
        # round_half_up(66666.7) = £666.67 and £1,333.33.
        self.assertIs(
            self.scenario.read_changes_text(HEADER + "S7-01,2023-01-01,institution,139001,CH-1\n", "changes.csv"),
            self.scenario,
        )
        f = self.scenario.forecast(by="institution,category", period="academic")
        amounts = {(r.keys["institution"], r.keys["category"], r.period): r.amount for r in f}
        self.assertEqual(amounts[("137083", "central_events", "2022/23")], Decimal("333.33"))
        self.assertEqual(amounts[("139001", "central_events", "2022/23")], Decimal("666.67"))
        self.assertEqual(amounts[("137083", "personal_development", "2022/23")], Decimal("666.67"))
        self.assertEqual(amounts[("139001", "personal_development", "2022/23")], Decimal("1333.33"))
        # Per school: 137083 keeps £1,000.00 of year 1; 139001 gets £2,000.00 of it, then years
        # 2 (£3,000.00) and 3 (20 SLE days × £350.00 = £7,000.00): £12,000.00.
        schools = by_key(self.scenario.forecast(by="institution", period="financial"))
        self.assertEqual(schools["137083"], Decimal("1000.00"))
        self.assertEqual(schools["139001"], Decimal("12000.00"))
        self.assertEqual(sum(schools.values()), DEFAULT_TOTAL)

    def test_hub_change_from_a_file(self):
        # FT-01 (FE trailblazer; year 1 from 1 Jan 2023, W = 260, 174 weekdays before 1 Sep
        # 2023) moves to hub EM1 on 1 Sep 2023. WM1 keeps round_half_up(240000 × 174 / 260) =
        # 160615 of central events and round_half_up(360000 × 174 / 260) = 240923 of
        # practice-based work; EM1 gets the rest of year 1 (£1,984.62) and year 2 (£6,000.00).
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "changes.csv")
            with open(path, "w", encoding="utf-8") as out:
                out.write(HEADER + "FT-01,2023-09-01,hub,EM1,CH-2\n")
            self.scenario.read_changes(path)
        hubs = by_key(self.scenario.forecast(by="hub", period="academic"))
        self.assertEqual(hubs["EM1"], Decimal("7984.62"))
        self.assertEqual(hubs["WM1"], DEFAULT_TOTAL - Decimal("7984.62"))


class Errors(unittest.TestCase):
    def setUp(self):
        self.scenario = mhfund.Scenario.default()

    def tearDown(self):
        self.scenario.close()

    def test_a_bad_row_changes_nothing(self):
        text = HEADER + "S7-01,2023-01-01,institution,139001,CH-1\nS7-01,2023-03-01,hub,WM9,CH-2\n"
        with self.assertRaises(mhfund.InputError) as caught:
            self.scenario.read_changes_text(text, "changes.csv")
        message = str(caught.exception)
        for part in ("changes.csv:3:", "field 'value'", "'WM9'", "expected"):
            self.assertIn(part, message)
        self.assertIsInstance(caught.exception, ValueError)
        # The good first row was not applied either.
        schools = by_key(self.scenario.forecast(by="institution"))
        self.assertEqual(schools["137083"], Decimal("13000.00"))
        self.assertNotIn("139001", schools)

    def test_unnamed_text_and_missing_file(self):
        with self.assertRaisesRegex(mhfund.InputError, r"\(changes text\):2: field 'participant'"):
            self.scenario.read_changes_text(HEADER + "S7-99,2023-01-01,hub,EM1,X\n")
        with self.assertRaises(mhfund.MissingFileError) as caught:
            self.scenario.read_changes("no-such-changes.csv")
        self.assertIsInstance(caught.exception, FileNotFoundError)
        self.assertIn("no-such-changes.csv", str(caught.exception))
        self.assertEqual(self.scenario.forecast().total, DEFAULT_TOTAL)

    def test_usage(self):
        with self.assertRaises(mhfund.UsageError):
            self.scenario.read_changes_text(None)  # type: ignore[arg-type]
        self.scenario.close()
        with self.assertRaises(mhfund.UsageError):
            self.scenario.read_changes_text(HEADER)


if __name__ == "__main__":
    unittest.main()
