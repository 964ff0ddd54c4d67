"""Text Python could read its own way (issue 18, class 10), and the plausibility caps, through the
package: every amount and number of days is read by the library's parsers (mhf_money_parse,
mhf_days_parse), so the package refuses what the CLI refuses, with the same message; text that
UTF-8 cannot hold is an mhfund error, never a raw UnicodeEncodeError."""

import unittest
from decimal import Decimal

import mhfund


def price(**settings):
    """The SLE line of year 3 of SMS cohort 7 (the year priced by the SLE rate and days)."""
    return mhfund.price("sms-2022-cohort7", "7", 3, **settings)


class AmountsAndDays(unittest.TestCase):
    def test_amounts_python_would_read(self):
        # Decimal("1e3") is 1000 and Decimal("1_000") is 1000; "1,2,3,4.00" has commas out of
        # place. The library refuses each, as --set does.
        for text in ("1,2,3,4.00", "1e3", "1_000", " 1e3", "£1e3", "0x10"):
            with self.subTest(text=text), self.assertRaises(mhfund.InputError) as caught:
                price(sle_rate=text, sle_days=20)
            self.assertIn(f"bad amount '{text}'", str(caught.exception))

    def test_days_python_would_read(self):
        for text in ("1e1", "1_0", "10.25", "-1", "inf"):
            with self.subTest(text=text), self.assertRaises(mhfund.InputError) as caught:
                price(sle_rate="350.00", sle_days=text)
            self.assertIn("number of days", str(caught.exception))

    def test_days_beyond_a_year_of_weekdays(self):
        # A year has at most 262 weekdays (52 weeks and 2 days): 262 days price, 262.5 do not.
        # 262 days × £350.00 = £91,700.00.
        self.assertEqual(price(sle_rate="350.00", sle_days=262), Decimal("91700.00"))
        for days in ("262.5", 2147483648, Decimal("1E+11")):
            with self.subTest(days=days), self.assertRaises(mhfund.InputError) as caught:
                price(sle_rate="350.00", sle_days=days)
            self.assertIn("at most 262 days", str(caught.exception))

    def test_a_day_rate_beyond_the_cap_names_the_setting(self):
        with mhfund.Scenario.default() as s, self.assertRaises(mhfund.InputError) as caught:
            s.set("sle_rate", "1000000000.00")
        message = str(caught.exception)
        self.assertIn("field 'sle_rate'", message)
        self.assertIn("at most £2,000.00", message)
        self.assertIn("max_day_rate", message)

    def test_a_raised_cap_lets_the_rate_in(self):
        with mhfund.Scenario.default() as s:
            s.set("max_day_rate", "3000.00")
            s.set("sle_rate", "2500.00")  # refused with the default cap of £2,000.00


class TextUtf8CannotHold(unittest.TestCase):
    def test_lone_surrogate_is_an_input_error(self):
        # What open(..., errors="surrogateescape") leaves for a byte that is not UTF-8.
        for call in (
            lambda: mhfund.validate_trn("12\udcff4567"),
            lambda: price(sle_rate="35\udc800.00", sle_days=20),
            lambda: mhfund.Scenario.from_string('name = "\udcff"'),
        ):
            with self.assertRaises(mhfund.InputError) as caught:
                call()
            self.assertIn("not valid Unicode text", str(caught.exception))
            self.assertNotIsInstance(caught.exception, UnicodeError)

    def test_nul_is_refused_not_cut_short(self):
        # Passed on, "350.00\0garbage" would reach C as "350.00".
        with self.assertRaises(mhfund.Error) as caught:
            price(sle_rate="350.00\0garbage", sle_days=20)
        self.assertIn("NUL", str(caught.exception))

    def test_masked_trn_in_full_width_digits(self):
        with self.assertRaises(mhfund.InputError) as caught:
            mhfund.validate_trn("１２３４５６７８")  # eight full-width digits: not a TRN
        self.assertNotIn("３４５", str(caught.exception))


if __name__ == "__main__":
    unittest.main()
