"""The binding itself: a prototype for every function of mhfund.h (with its parts, the headers
in mhfund/c/ it includes), and every status code mapped to its exception."""

import os
import re
import unittest

import mhfund
from mhfund import _lib, errors


def read_header(path, seen=None):
    """The text of a C header and, once each, of the headers it includes with quotes (relative
    to its folder, as the compiler looks first): mhfund.h with its parts."""
    seen = set() if seen is None else seen
    path = os.path.realpath(path)
    if path in seen:
        return ""
    seen.add(path)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    parts = [
        read_header(os.path.join(os.path.dirname(path), name), seen)
        for name in re.findall(r'^[ \t]*#[ \t]*include[ \t]+"([^"]+)"', text, re.MULTILINE)
    ]
    return "\n".join([text] + parts)


class Prototypes(unittest.TestCase):
    def test_every_function_of_the_header_is_declared(self):
        source = os.environ.get("MHFUND_SOURCE_DIR")
        if not source:
            self.skipTest("MHFUND_SOURCE_DIR is not set")
        header = read_header(os.path.join(source, "bindings", "c", "mhfund.h"))
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
    def test_every_code_has_its_exception(self):
        # The C tests throw inside the library's guard (tests/c/test_hook.h, not exported);
        # here each status code must raise its own exception, all of them mhfund.Error.
        expected = {
            _lib.E_INPUT: mhfund.InputError,
            _lib.E_USAGE: mhfund.UsageError,
            _lib.E_NOMEM: mhfund.OutOfMemoryError,
            _lib.E_OVERFLOW: mhfund.AmountOverflowError,
            _lib.E_INTERNAL: mhfund.InternalError,
            _lib.E_RANGE: mhfund.IndexRangeError,
        }
        for code, cls in expected.items():
            with self.assertRaises(cls) as caught:
                errors.check(code)
            self.assertIs(type(caught.exception), cls)
            self.assertEqual(caught.exception.code, code)
        with self.assertRaises(MemoryError):
            errors.check(_lib.E_NOMEM)
        with self.assertRaises(mhfund.Error):
            errors.check(-99)  # a code a later library may add

    def test_no_test_hook_is_exported(self):
        self.assertFalse(hasattr(_lib.lib, "mhf_test_throw"))

    def test_range(self):
        self.assertEqual(len(mhfund.hubs()), 40)
        with self.assertRaises(mhfund.IndexRangeError):
            errors.check(_lib.lib.mhf_hub_code(None, 0, None, 40))
        with self.assertRaises(IndexError) as caught:
            errors.check(_lib.lib.mhf_hub_code(None, 0, None, 40))
        self.assertIn("mhf_hub_code: hub 40 is out of range (there are 40)", str(caught.exception))


if __name__ == "__main__":
    unittest.main()
