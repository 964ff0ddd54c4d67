"""Scoped settings through Scenario.set (domain.md 9.2): the setting's name carries its scope."""

import unittest
from decimal import Decimal

import mhfund

# The sample hub's total (worked out by hand in tests/c/forecast.c). S7-01, an SMS cohort-7
# specialist, has 20 SLE days in year 3 at the sample's £350.00.
DEFAULT_TOTAL = Decimal("96967.81")


class ScopedSettings(unittest.TestCase):
    def setUp(self):
        self.scenario = mhfund.Scenario.default()

    def tearDown(self):
        self.scenario.close()

    def test_one_participants_sle_rate(self):
        # 20 days x £375.00 = £7,500.00 instead of 20 x £350.00 = £7,000.00: £500.00 more.
        self.scenario.set("participant:S7-01:sle_rate", Decimal("375.00"))
        f = self.scenario.forecast(by="participant", period="academic")
        self.assertEqual(f.total, DEFAULT_TOTAL + Decimal("500.00"))
        s701 = sum(r.amount for r in f if r.keys["participant"] == "S7-01" and r.period == "2024/25")
        s703 = sum(r.amount for r in f if r.keys["participant"] == "S7-03" and r.period == "2024/25")
        self.assertEqual(s701, Decimal("7500.00"))
        self.assertEqual(s703, Decimal("7000.00"))
        self.assertTrue(any(a.startswith("sle_rate for participant S7-01 = 375.00") for a in f.assumptions))

    def test_bad_scope_is_an_input_error(self):
        with self.assertRaises(mhfund.InputError):
            self.scenario.set("edition:sms-2099:sle_rate", "375.00")
        with self.assertRaises(mhfund.InputError):
            self.scenario.set("team:S7-01:sle_rate", "375.00")
        self.assertEqual(self.scenario.forecast(by="programme").total, DEFAULT_TOTAL)

    def test_scope_matching_nobody_is_a_warning(self):
        self.scenario.set("participant:ZZ-01:sle_rate", "375.00")
        f = self.scenario.forecast(by="programme")
        self.assertEqual(f.total, DEFAULT_TOTAL)
        self.assertTrue(any("participant ZZ-01" in w and "matches nobody" in w for w in f.warnings))


if __name__ == "__main__":
    unittest.main()
