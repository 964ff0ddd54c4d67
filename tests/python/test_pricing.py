"""mhfund.price and friends against the documents' figures (domain.md sections 2, 3, 8)."""

import unittest
from decimal import Decimal

import mhfund


class DocumentFigures(unittest.TestCase):
    def test_sms_year_one(self):
        # 000: 5 central + 10 personal development days at £200 = £3,000.00.
        amount = mhfund.price("sms-2022-cohort7", "7", 1)
        self.assertIsInstance(amount, Decimal)
        self.assertEqual(amount, Decimal("3000.00"))
        self.assertEqual(str(amount), "3000.00")

    def test_fe_year_one(self):
        # 004: 6 + 9 days at £400 = £6,000.00, for both cohorts.
        self.assertEqual(mhfund.price("fe-2023", "trailblazer", 1), Decimal("6000.00"))
        self.assertEqual(mhfund.price("fe-2023", "1", 1), Decimal("6000.00"))

    def test_work_group_department(self):
        # 002, 003: £2,000.00 per department.
        self.assertEqual(mhfund.price_workgroup("wg-2024"), Decimal("2000.00"))
        self.assertEqual(mhfund.price_workgroup("wg-2024", 1), Decimal("2000.00"))

    def test_pd_lead_policies(self):
        # 000 footnote: an accredited PD Lead need not do the 4 days. Unfunded: 11 days × £200.
        self.assertEqual(mhfund.price("sms-2022-cohort7", "7", 2), Decimal("3000.00"))
        self.assertEqual(
            mhfund.price("sms-2022-cohort7", "7", 2, pd_lead_accredited=True), Decimal("2200.00")
        )
        self.assertEqual(
            mhfund.price("sms-2022-cohort7", "7", 2, pd_lead_accredited=True, pd_lead_policy="reallocate"),
            Decimal("3000.00"),
        )

    def test_year_three_needs_an_sle_rate(self):
        # 20 days at £350.00 = £7,000.00; the rate as Decimal, str or int pounds.
        for rate in (Decimal("350.00"), "350.00", "£350.00", 350):
            self.assertEqual(
                mhfund.price("sms-2022-cohort7", "7", 3, sle_rate=rate, sle_days=20), Decimal("7000.00")
            )
        with self.assertRaises(mhfund.InputError) as caught:
            mhfund.price("sms-2022-cohort7", "7", 3, sle_days=20)
        self.assertIn("sle_rate", str(caught.exception))
        self.assertEqual(caught.exception.code, -1)
        with self.assertRaises(mhfund.InputError) as caught:
            mhfund.price("sms-2022-cohort7", "7", 3, sle_rate="350.00")
        self.assertIn("sle_days", str(caught.exception))

    def test_one_rounding_per_line(self):
        # Section 8 rule 1: 7.5 days × £333.33 = 15 × 33333 / 2 = 249997.5 → £2,499.98.
        self.assertEqual(
            mhfund.price("sms-2022-cohort7", "7", 3, sle_rate="333.33", sle_days="7.5"), Decimal("2499.98")
        )

    def test_hub_events(self):
        # 20 SLE days at £350 + 2 hub-event days at £200 = £7,400.00.
        self.assertEqual(
            mhfund.price(
                "sms-2022-cohort7", "7", 3, sle_rate="350.00", sle_days=20, hub_event_rate="200.00", hub_event_days=2
            ),
            Decimal("7400.00"),
        )

    def test_detail(self):
        a = mhfund.price_detail("sms-2022-cohort7", "7", 1)
        self.assertEqual(a.total, Decimal("3000.00"))
        self.assertEqual(
            a.lines,
            [
                mhfund.Line("central_events", "release", Decimal(5), Decimal("200.00"), Decimal("1000.00")),
                mhfund.Line("personal_development", "release", Decimal(10), Decimal("200.00"), Decimal("2000.00")),
            ],
        )
        self.assertIn("15 days", a.derivation)
        self.assertIn("£3,000.00", a.derivation)
        self.assertEqual(sum(line.amount for line in a.lines), a.total)
        wg = mhfund.price_workgroup_detail("wg-2024")
        self.assertEqual([line.type for line in wg.lines], ["grant"])
        self.assertEqual(wg.total, Decimal("2000.00"))


class BadArguments(unittest.TestCase):
    def test_floats_are_refused(self):
        with self.assertRaises(mhfund.UsageError):
            mhfund.price("sms-2022-cohort7", "7", 3, sle_rate=350.0, sle_days=20)

    def test_fractions_of_a_penny_or_a_half_day(self):
        with self.assertRaises(mhfund.InputError):
            mhfund.price("sms-2022-cohort7", "7", 3, sle_rate="350.005", sle_days=20)
        with self.assertRaises(mhfund.InputError):
            mhfund.price("sms-2022-cohort7", "7", 3, sle_rate="350", sle_days="1.25")

    def test_unknown_edition_cohort_year_policy(self):
        with self.assertRaises(mhfund.InputError) as caught:
            mhfund.price("sms-2099", "7", 1)
        self.assertIn("sms-2099", str(caught.exception))
        with self.assertRaises(mhfund.InputError):
            mhfund.price("fe-2023", "1", 3)
        with self.assertRaises(mhfund.UsageError):
            mhfund.price("sms-2022-cohort7", "7", 1, pd_lead_policy="sometimes")
        with self.assertRaises(mhfund.UsageError):
            mhfund.price("wg-2024", "1", 1)
        with self.assertRaises(mhfund.UsageError):
            mhfund.price(None, "7", 1)

    def test_errors_are_mhfund_errors(self):
        for cls in (mhfund.InputError, mhfund.UsageError, mhfund.InternalError, mhfund.IndexRangeError):
            self.assertTrue(issubclass(cls, mhfund.Error))


if __name__ == "__main__":
    unittest.main()
