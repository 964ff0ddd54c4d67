"""The binding itself: a prototype for every function of mhfund.h, and every status code mapped
to its exception."""

import os
import re
import unittest

import mhfund
from mhfund import _lib, errors


class Prototypes(unittest.TestCase):
    def test_every_function_of_the_header_is_declared(self):
        source = os.environ.get("MHFUND_SOURCE_DIR")
        if not source:
            self.skipTest("MHFUND_SOURCE_DIR is not set")
        with open(os.path.join(source, "bindings", "c", "mhfund.h"), encoding="utf-8") as f:
            header = f.read()
        declared = set(re.findall(r"MHF_EXPORT[^;(]*?\b(mhf_[a-z0-9_]+)\s*\(", header))
        self.assertGreater(len(declared), 40)
        self.assertEqual(declared, set(_lib._PROTOTYPES))
        for name in declared:
            function = getattr(_lib.lib, name)
            self.assertIsNotNone(function.argtypes, name)

    def test_pointer_results_are_not_truncated(self):
        # restype c_char_p: the text, not an int holding part of a pointer.
        self.assertIsInstance(_lib.lib.mhf_last_error(), bytes)
        self.assertEqual(_lib.lib.mhf_errstr(0), b"no error")


class StatusCodes(unittest.TestCase):
    def test_exceptions_thrown_inside_the_library(self):
        # mhf_test_throw(kind) throws inside the library's guard: 0 a std::runtime_error,
        # 1 std::bad_alloc, 2 a non-standard exception, 3 an input error, 4 an overflow.
        expected = {
            0: mhfund.InternalError,
            1: mhfund.OutOfMemoryError,
            2: mhfund.InternalError,
            3: mhfund.InputError,
            4: mhfund.AmountOverflowError,
            5: mhfund.UsageError,
        }
        for kind, cls in expected.items():
            with self.assertRaises(cls) as caught:
                errors.check(_lib.lib.mhf_test_throw(kind))
            self.assertIsInstance(caught.exception, mhfund.Error)
            self.assertTrue(str(caught.exception))
        with self.assertRaises(MemoryError):
            errors.check(_lib.lib.mhf_test_throw(1))
        with self.assertRaises(mhfund.InputError) as caught:
            errors.check(_lib.lib.mhf_test_throw(3))
        self.assertIn("test.toml:3: field 'sle_rate'", str(caught.exception))

    def test_range(self):
        self.assertEqual(len(mhfund.hubs()), 40)
        with self.assertRaises(mhfund.IndexRangeError):
            errors.check(_lib.lib.mhf_hub_code(None, 0, None, 40))
        with self.assertRaises(IndexError):
            errors.check(_lib.lib.mhf_hub_code(None, 0, None, 40))


if __name__ == "__main__":
    unittest.main()
