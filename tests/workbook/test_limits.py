#!/usr/bin/env python3
"""A forecast whose workbook cannot fit a worksheet (1,048,576 rows) is refused at once: exit 1
(an input error) naming the sheet, the rows it would need and `--format csv`, and no file.

12,500 SMS specialists of cohort 7 have 3 programme years of 2 lines each; by month, each line
(a window of 1 September to 31 August) has 15 Phasing rows: its 12 months, 1 academic year and
2 financial years. 12,500 × 6 × 15 = 1,125,000 rows, more than a worksheet holds.

Run by ctest with MHFUND_CLI set to the built mhfund.
"""
import pathlib
import re
import shutil
import tempfile
import unittest

import workbook as wb


class Limits(unittest.TestCase):
    def test_a_forecast_too_big_for_a_worksheet_is_refused(self):
        tmp = pathlib.Path(tempfile.mkdtemp(prefix="mhfund-limits-"))
        try:
            rows = ["participant,hub,programme,edition,cohort,start,institution,trn,"
                    "pd_lead_accredited,withdrawn,sle_days"]
            rows += [f"P{i:05d},WM1,sms,sms-2022-cohort7,7,,137083,{2000000 + i},no,,20"
                     for i in range(12500)]
            (tmp / "roster.csv").write_text("\n".join(rows) + "\n")
            (tmp / "big.toml").write_text('name = "big"\nhub = "WM1"\nroster = "roster.csv"\n'
                                          '[settings]\nsle_rate = "350.00"\n')
            target = tmp / "big.xlsx"
            r = wb.run(["forecast", tmp / "big.toml", "--period", "month", "-o", target],
                       check=False)
            self.assertEqual(r.returncode, 1, r.stderr)
            self.assertIn("Phasing", r.stderr)
            self.assertIn("--format csv", r.stderr)
            need = int(re.search(r"would need (\d+) rows", r.stderr).group(1))
            self.assertEqual(need, 12500 * 6 * 15 + 1)  # and the header row
            self.assertIn("more than the 1048576 a worksheet holds", r.stderr)
            self.assertFalse(target.exists())
            self.assertEqual(sorted(p.name for p in tmp.iterdir()), ["big.toml", "roster.csv"])
            # The same forecast as CSV is written.
            self.assertEqual(wb.run(["forecast", tmp / "big.toml", "--format", "csv"]).returncode,
                             0)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    unittest.main()
