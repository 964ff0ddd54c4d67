#!/usr/bin/env python3
"""The sample scenarios' outputs, in every format, equal tests/golden/expected/ (capture.py)."""
import difflib
import os
import pathlib
import sys
import tempfile
import unittest

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import capture  # noqa: E402

EXPECTED = pathlib.Path(__file__).parent / "expected"


class Golden(unittest.TestCase):
    def test_every_output_is_unchanged(self):
        with tempfile.TemporaryDirectory() as tmp:
            capture.capture(os.environ["MHFUND_CLI"], tmp)
            got = {p.name: p.read_text() for p in pathlib.Path(tmp).iterdir()}
        want = {p.name: p.read_text() for p in EXPECTED.iterdir()}
        self.assertEqual(sorted(got), sorted(want), "the set of captured outputs differs")
        for name in sorted(want):
            with self.subTest(output=name):
                if got[name] != want[name]:
                    diff = difflib.unified_diff(want[name].splitlines(), got[name].splitlines(),
                                                "expected/" + name, "now/" + name, lineterm="",
                                                n=1)
                    self.fail("\n".join(list(diff)[:40]))


    def test_no_placeholder_date_in_any_output(self):
        # A rate a setting gives applies from any date; no output may show the day that stands
        # for it inside the library (1900-01-01, which a spreadsheet shows as 1899-12-31).
        for path in EXPECTED.iterdir():
            text = path.read_text()
            for placeholder in ("1900-01-01", "1899-12-31"):
                with self.subTest(output=path.name, placeholder=placeholder):
                    self.assertNotIn(placeholder, text)


if __name__ == "__main__":
    unittest.main()
