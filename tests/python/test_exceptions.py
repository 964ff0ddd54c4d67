"""mhfund's exceptions are also the built-in ones a Python program catches for the same fault:
InputError a ValueError, a missing file a FileNotFoundError, a wrong argument type a TypeError;
each still an mhfund.Error with the library's message and status code."""

import errno
import os
import pickle
import tempfile
import unittest

import mhfund


class BuiltinBases(unittest.TestCase):
    def test_input_error_is_a_value_error(self):
        with self.assertRaises(ValueError) as caught:
            mhfund.price("fe-2023", "1", 3)
        self.assertIsInstance(caught.exception, mhfund.InputError)
        self.assertNotIsInstance(caught.exception, FileNotFoundError)
        self.assertEqual(caught.exception.code, -1)

    def test_missing_file_is_a_file_not_found_error(self):
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "missing.toml")
            with self.assertRaises(FileNotFoundError) as caught:
                mhfund.Scenario.load(path)
        e = caught.exception
        self.assertIsInstance(e, mhfund.MissingFileError)
        self.assertIsInstance(e, mhfund.InputError)
        self.assertIsInstance(e, mhfund.Error)
        self.assertEqual(e.errno, errno.ENOENT)
        self.assertEqual(e.code, -1)
        # The library's message, not OSError's "[Errno 2] ..." form.
        self.assertIn("missing.toml", str(e))
        self.assertFalse(str(e).startswith("[Errno"))
        again = pickle.loads(pickle.dumps(e))
        self.assertIsInstance(again, mhfund.MissingFileError)
        self.assertEqual(str(again), str(e))

    def test_wrong_type_is_a_type_error(self):
        for call in (
            lambda: mhfund.price("sms-2022-cohort7", "7", "1"),
            lambda: mhfund.price(None, "7", 1),
            lambda: mhfund.price("sms-2022-cohort7", "7", 3, sle_rate=350.0, sle_days=20),
        ):
            with self.assertRaises(TypeError) as caught:
                call()
            self.assertIsInstance(caught.exception, mhfund.ArgumentTypeError)
            self.assertIsInstance(caught.exception, mhfund.UsageError)
            self.assertEqual(caught.exception.code, -2)

    def test_other_usage_errors_are_not_type_errors(self):
        with self.assertRaises(mhfund.UsageError) as caught:
            mhfund.price("sms-2022-cohort7", "7", 1, pd_lead_policy="sometimes")
        self.assertNotIsInstance(caught.exception, TypeError)

    def test_constructed_directly(self):
        self.assertIs(type(mhfund.InputError("bad value")), mhfund.InputError)
        self.assertIs(type(mhfund.InputError("cannot read a.csv: No such file or directory")),
                      mhfund.MissingFileError)
        self.assertIs(type(mhfund.UsageError("the scenario is closed")), mhfund.UsageError)
        self.assertIs(type(mhfund.UsageError("year must be an int, not str")), mhfund.ArgumentTypeError)


if __name__ == "__main__":
    unittest.main()
