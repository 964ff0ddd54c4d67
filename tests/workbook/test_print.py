#!/usr/bin/env python3
"""The sample's forecast workbook prints: LibreOffice exports it to PDF, and each sheet is
landscape A4, one page wide (every page shows the sheet's last column), with its header row on
every page and a footer naming the sheet, the page and the scenario; the Summary is one page.
The document properties name the workbook, the scenario and the tool.

`test_print.py --images DIR` also writes the printed Summary and Lines as PNGs (the user
guide's pictures: docs/images).

Run by ctest with MHFUND_CLI set to the built mhfund.
"""
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
import zipfile

import workbook as wb

SCENARIO = "Central Maths Hub (WM1) — sample plan"
# Each sheet, and a header of its last visible column: on every printed page of the sheet.
LAST_COLUMN = {
    "Summary": "difference (£)",
    "Rates": "source",
    "Lines": "rate source",
    "By academic year": "total",
    "By financial year": "total",
    "Phasing": "category",
    "Assumptions": None,  # no table header to repeat
}


def pdf_pages(pdf):
    count = int(re.search(r"Pages:\s+(\d+)", subprocess.run(
        ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout).group(1))
    return [subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), str(pdf), "-"],
                           capture_output=True, text=True, check=True).stdout
            for i in range(1, count + 1)]


def sheet_of(page):
    """The sheet a page prints, from its footer: `NAME   Page N of M   SCENARIO`."""
    for line in page.splitlines():
        m = re.search(r"\s{2}Page \d+ of \d+\s{2}", line)
        if m:
            return line[:m.start()].strip(), line[m.end():].strip()
    return None, None


class Printing(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = pathlib.Path(tempfile.mkdtemp(prefix="mhfund-print-"))
        cls.xlsx = cls.tmp / "sample.xlsx"
        wb.run(["forecast", "-o", cls.xlsx])
        wb.soffice(cls.tmp, ["--convert-to", "pdf", "--outdir", str(cls.tmp), str(cls.xlsx)])
        cls.pdf = cls.tmp / "sample.pdf"
        cls.pages = pdf_pages(cls.pdf)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def by_sheet(self):
        sheets = {}
        for i, page in enumerate(self.pages):
            name, note = sheet_of(page)
            self.assertIsNotNone(name, f"page {i + 1} has no footer")
            self.assertEqual(note, SCENARIO)
            sheets.setdefault(name, []).append(page)
        return sheets

    def test_every_page_is_landscape_a4(self):
        info = subprocess.run(["pdfinfo", "-f", "1", "-l", str(len(self.pages)), str(self.pdf)],
                              capture_output=True, text=True, check=True).stdout
        sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)
        self.assertEqual(len(sizes), len(self.pages))
        for w, h in sizes:  # A4 landscape: 297 × 210 mm = 841.89 × 595.28 pt
            self.assertAlmostEqual(float(w), 841.89, delta=1)
            self.assertAlmostEqual(float(h), 595.3, delta=1)

    def test_each_sheet_prints_one_page_wide_with_its_headers(self):
        sheets = self.by_sheet()
        self.assertEqual(set(sheets), set(LAST_COLUMN))
        self.assertEqual(len(sheets["Summary"]), 1)
        for name, last in LAST_COLUMN.items():
            if last is None:
                continue
            for n, page in enumerate(sheets[name]):
                with self.subTest(sheet=name, page=n + 1):
                    self.assertIn(last, page)

    def test_helper_columns_do_not_print(self):
        for page in self.pages:
            self.assertNotIn("group #", page)
            self.assertNotIn("period #", page)

    def test_negative_amounts_print_in_brackets(self):
        # No figure of the sample is negative; a money cell's format says how one would print.
        with zipfile.ZipFile(self.xlsx) as z:
            styles = z.read("xl/styles.xml").decode()
        self.assertIn('formatCode="&quot;£&quot;#,##0.00_);(&quot;£&quot;#,##0.00)', styles)

    def test_document_properties(self):
        with zipfile.ZipFile(self.xlsx) as z:
            core = z.read("docProps/core.xml").decode()
        self.assertIn("<dc:title>Maths Hubs funding forecast</dc:title>", core)
        self.assertIn(f"<dc:subject>{SCENARIO}</dc:subject>", core)
        self.assertRegex(core, r"<dc:creator>mhfund \d+\.\d+\.\d+</dc:creator>")
        self.assertRegex(core, r'<dcterms:created xsi:type="dcterms:W3CDTF">\d{4}-\d\d-\d\dT')


def images(out_dir):
    """The printed Summary and the first page of Lines, as PNGs in `out_dir`."""
    out_dir = pathlib.Path(out_dir)
    Printing.setUpClass()
    try:
        for i, page in enumerate(Printing.pages):
            name, _ = sheet_of(page)
            if name in ("Summary", "Lines"):
                stem = out_dir / f"workbook-{name.lower()}"
                subprocess.run(["pdftoppm", "-png", "-r", "100", "-singlefile", "-f", str(i + 1),
                                "-l", str(i + 1), str(Printing.pdf), str(stem)], check=True)
    finally:
        Printing.tearDownClass()


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--images":
        images(sys.argv[2])
    else:
        unittest.main()
