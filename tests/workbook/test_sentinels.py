#!/usr/bin/env python3
"""No output shows the day that stands for "any date" inside the library (1900-01-01, which a
spreadsheet shows as 1899-12-31): the sample, and the sample with `--set sle_rate`, in every
format (table, CSV, JSON, HTML, explain, the workbook's XML and its recalculated values). A
rate with no effective date says so in words.

Run by ctest with MHFUND_CLI set to the built mhfund.
"""
import pathlib
import shutil
import tempfile
import unittest
import zipfile

import workbook as wb

SENTINELS = ("1900-01-01", "1899-12-31", "31/12/1899", "01/01/1900")


class Sentinels(unittest.TestCase):
    def setUp(self):
        self.tmp = pathlib.Path(tempfile.mkdtemp(prefix="mhfund-sentinel-"))

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def outputs(self, extra):
        out = {}
        for fmt in ("table", "csv", "json"):
            out[fmt] = wb.run(["forecast"] + extra + ["--format", fmt]).stdout
        for who in ("--participant S7-01", "--participant S7-04", "--workgroup WG-A"):
            out["explain " + who] = wb.run(["explain"] + extra + who.split()).stdout
        html = self.tmp / "f.html"
        wb.run(["forecast"] + extra + ["-o", html])
        out["html"] = html.read_text()
        xlsx = self.tmp / "f.xlsx"
        wb.run(["forecast"] + extra + ["-o", xlsx])
        with zipfile.ZipFile(xlsx) as z:
            for name in z.namelist():
                if name.endswith(".xml"):
                    out["xlsx " + name] = z.read(name).decode()
        sheets = wb.recalculated(xlsx, self.tmp)
        for name, rows in sheets.items():
            out["xlsx values " + name] = "\n".join(",".join(r) for r in rows)
        return out, sheets

    def check(self, extra):
        out, sheets = self.outputs(extra)
        self.assertGreater(len(out), 10)
        for name, text in out.items():
            for s in SENTINELS:
                with self.subTest(output=name, sentinel=s):
                    self.assertNotIn(s, text)
        # The SLE rate is a setting without a date: its Rates row says so in words.
        rates = sheets["Rates"]
        sle = [r for r in rates if r and r[0] == "sle"]
        self.assertEqual(len(sle), 1)
        self.assertEqual(sle[0][rates[0].index("from")], "any date")

    def test_the_sample(self):
        self.check([])

    def test_the_sample_with_a_set_rate(self):
        self.check(["--set", "sle_rate=360.00"])


if __name__ == "__main__":
    unittest.main()
