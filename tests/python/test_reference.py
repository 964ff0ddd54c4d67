"""Identifiers (domain.md section 5) and the built-in reference data (003 appendix)."""

import unittest

import mhfund


class Identifiers(unittest.TestCase):
    def test_identifiers(self):
        self.assertEqual(mhfund.validate_trn("RP12/34567"), "1234567")
        self.assertEqual(mhfund.validate_trn(" uqt "), "UQT")
        self.assertEqual(mhfund.validate_urn("137083"), "137083")
        self.assertEqual(mhfund.validate_ukprn("10004599"), "10004599")
        with self.assertRaises(mhfund.InputError) as caught:
            mhfund.validate_trn("987654")
        self.assertNotIn("987654", str(caught.exception))  # personal data: masked
        with self.assertRaises(mhfund.InputError):
            mhfund.validate_urn("12345")
        with self.assertRaises(mhfund.InputError):
            mhfund.validate_ukprn("20004599")


class ReferenceData(unittest.TestCase):
    def test_hubs_and_editions(self):
        hubs = mhfund.hubs()
        self.assertEqual(len(hubs), 40)
        self.assertEqual(hubs[0], ("EE1", "Enigma Maths Hub"))
        self.assertIn(("SW5", "M\u00f6bius Maths Hub"), hubs)
        self.assertTrue({"sms-2022-cohort7", "fe-2023", "wg-2024"} <= set(mhfund.editions()))

    def test_version(self):
        self.assertRegex(mhfund.version(), r"^\d+\.\d+\.\d+$")
        self.assertEqual(mhfund.__version__, mhfund.version())


if __name__ == "__main__":
    unittest.main()
