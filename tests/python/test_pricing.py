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


class LibraryParsing(unittest.TestCase):
    """Rates and days are read by the library's own parsers (mhf_money_parse, mhf_days_parse),
    never by Python: what a scenario's settings refuse, price() refuses, with the same message."""

    def refused(self, setting, value, **price_args):
        with self.assertRaises(mhfund.InputError) as by_price:
            mhfund.price("sms-2022-cohort7", "7", 3, **price_args)
        with mhfund.Scenario.default() as s, self.assertRaises(mhfund.InputError) as by_setting:
            s.set(setting, value)
        self.assertEqual(str(by_price.exception), str(by_setting.exception))
        return str(by_price.exception)

    def test_amounts_python_would_read_differently(self):
        # Decimal() would read "1,2,3" (commas stripped) as 123, "1e3" as 1000, "1_000" as 1000.
        for text in ("1,2,3", "1e3", "1_000"):
            message = self.refused("sle_rate", text, sle_rate=text, sle_days=20)
            self.assertIn(f"field 'sle_rate': bad amount '{text}': expected pounds and pence", message)

    def test_days_python_would_read_differently(self):
        message = self.refused("sle_days", "1e1", sle_rate="350.00", sle_days="1e1")
        self.assertIn("field 'sle_days': bad number of days '1e1': expected", message)

    def test_what_the_library_reads_prices(self):
        # 2 days × £1,350.00 = £2,700.00: thousands commas in their places are amounts.
        self.assertEqual(
            mhfund.price("sms-2022-cohort7", "7", 3, sle_rate="1,350.00", sle_days=2), Decimal("2700.00")
        )
        # A Decimal is written out in plain digits first: 3.5E+2 is £350.00; 20 days = £7,000.00.
        self.assertEqual(
            mhfund.price("sms-2022-cohort7", "7", 3, sle_rate=Decimal("3.5E+2"), sle_days=Decimal("2E+1")),
            Decimal("7000.00"),
        )

    def test_decimals_the_library_refuses(self):
        for rate in (Decimal("350.001"), Decimal("NaN"), Decimal("Infinity"), Decimal("-350.00"), Decimal("0")):
            with self.assertRaises(mhfund.InputError, msg=str(rate)):
                mhfund.price("sms-2022-cohort7", "7", 3, sle_rate=rate, sle_days=20)
        with self.assertRaises(mhfund.InputError):
            mhfund.price("sms-2022-cohort7", "7", 3, sle_rate="350", sle_days=Decimal("0.25"))

    def test_amount_beyond_int64_pence(self):
        with self.assertRaises(mhfund.AmountOverflowError):
            mhfund.price("sms-2022-cohort7", "7", 3, sle_rate=10**20, sle_days=20)


class BadArguments(unittest.TestCase):
    def test_floats_are_refused(self):
        with self.assertRaises(mhfund.UsageError):
            mhfund.price("sms-2022-cohort7", "7", 3, sle_rate=350.0, sle_days=20)

    def test_fractions_of_a_penny_or_a_half_day(self):
        with self.assertRaises(mhfund.InputError):
            mhfund.price("sms-2022-cohort7", "7", 3, sle_rate="350.005", sle_days=20)
        with self.assertRaises(mhfund.InputError):
            mhfund.price("sms-2022-cohort7", "7", 3, sle_rate="350", sle_days="1.25")

    def test_lone_surrogate_is_an_input_error(self):
        # Text that UTF-8 cannot hold (as errors='surrogateescape' leaves it) is bad data, not a
        # UnicodeEncodeError escaping from the binding.
        for call in (
            lambda: mhfund.price("sms-2022-cohort7", "7", 3, sle_rate="35\udc800", sle_days=20),
            lambda: mhfund.price("sms-2022-cohort7", "7", 3, sle_rate="350", sle_days="2\ud800"),
            lambda: mhfund.price("sms-\udcff", "7", 1),
            lambda: mhfund.validate_trn("12345\udc806"),
        ):
            with self.assertRaises(mhfund.InputError) as caught:
                call()
            self.assertIn("lone surrogate", str(caught.exception))
            str(caught.exception).encode("utf-8")  # the message itself is printable

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
