"""Bad input raises mhfund.InputError with the library's message: file, line, field."""

import os
import tempfile
import unittest
from decimal import Decimal

import mhfund

# `sle_rate = "abc"` is on line 4.
BAD_SCENARIO = """name = "bad"
hub = "WM1"
[settings]
sle_rate = "abc"
"""


class BadInput(unittest.TestCase):
    def test_scenario_file_names_file_and_line(self):
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "plan.toml")
            with open(path, "w", encoding="utf-8") as f:
                f.write(BAD_SCENARIO)
            with self.assertRaises(mhfund.InputError) as caught:
                mhfund.Scenario.load(path)
        message = str(caught.exception)
        self.assertIn("plan.toml:4:", message)
        self.assertIn("sle_rate", message)
        self.assertIn("'abc'", message)
        self.assertIsInstance(caught.exception, mhfund.Error)

    def test_scenario_text(self):
        with self.assertRaises(mhfund.InputError) as caught:
            mhfund.Scenario.from_string(BAD_SCENARIO)
        self.assertIn(":4:", str(caught.exception))

    def test_missing_file(self):
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "missing.toml")
            with self.assertRaises(mhfund.InputError) as caught:
                mhfund.Scenario.load(path)
        self.assertIn("missing.toml", str(caught.exception))

    def test_roster_beside_scenario_text(self):
        roster = (
            "participant,hub,programme,edition,cohort,start,institution,trn,pd_lead_accredited,withdrawn,sle_days\n"
            "A-1,WM1,sms,sms-2022-cohort7,7,,137083,1234567,no,,10\n"
        )
        text = 'name = "one"\nhub = "WM1"\nroster = "roster.csv"\n[settings]\nsle_rate = "350.00"\n'
        with tempfile.TemporaryDirectory() as folder:
            with open(os.path.join(folder, "roster.csv"), "w", encoding="utf-8") as f:
                f.write(roster)
            with mhfund.Scenario.from_string(text, base_dir=folder) as s:
                # £3,000 + £3,000 + 10 SLE days × £350 = £9,500.00.
                self.assertEqual(s.forecast(period="financial").total, Decimal("9500.00"))


if __name__ == "__main__":
    unittest.main()
