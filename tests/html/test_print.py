#!/usr/bin/env python3
"""The HTML report printed: headless Chromium prints the sample report and a 14-hub roster's
report to PDF, and poppler's pdftotext reads each page back. Every summary table's rows and its
one Total row must share a page, the chart's figures must be printed (on screen they are folded
away), the chart's text must be at least 9 pt, and the pages must be A4.

Environment: MHFUND_CLI (the mhfund program) and MHFUND_SOURCE_DIR (for the sample roster). Options: --chromium PATH; --keep DIR to keep the PDFs and a PNG of each first page
(docs/images/report-print.png is made this way).

Figures by hand (tests/unit/forecast.test.cpp): fe 4,640,000p (3 × £12,000.00 + £10,400.00),
sms 4,256,781p (2 × £13,000.00 + £12,200.00 + £4,367.81), Work Groups 800,000p (4 × £2,000.00,
one lump on 1 September 2024, so in 2024/25 autumn) = 9,696,781p = £96,967.81."""

import argparse
import csv
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

PROGRAMME_TOTALS = ["£46,400.00", "£42,567.81", "£8,000.00"]
GRAND_TOTAL = "£96,967.81"
A4_POINTS = (595, 842)  # 210 × 297 mm at 72 points to the inch
EPOCH = "1767225600"  # 1 January 2026 00:00 UTC
ARGS = None


def tool(name, package):
    path = shutil.which(name)
    if not path:
        sys.exit(f"test_print.py: {name} is not installed, and this test needs it.\n"
                 f"Install it with: apt-get install -y {package}   (make deps lists it)")
    return path


def print_pdf(html, pdf, tmp):
    profile = tempfile.mkdtemp(prefix="profile-", dir=tmp)
    chromium = ARGS.chromium or tool("chromium", "chromium")
    command = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
               "--no-first-run", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
               "--user-data-dir=" + profile, "--no-pdf-header-footer",
               "--print-to-pdf=" + pdf, "file://" + html]
    # The timeout only stops a hung browser from hanging the test run.
    done = subprocess.run(command, capture_output=True, env=dict(os.environ, HOME=profile),
                          timeout=300)
    if done.returncode != 0 or not os.path.exists(pdf):
        raise AssertionError("chromium did not print: " + done.stderr.decode("utf-8", "replace"))


def pages_of(pdf):
    info = subprocess.run([tool("pdfinfo", "poppler-utils"), pdf], capture_output=True,
                          text=True, check=True).stdout
    count = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", info, re.M)
    pages = [subprocess.run([tool("pdftotext", "poppler-utils"), "-layout", "-f", str(n), "-l",
                             str(n), pdf, "-"], capture_output=True, text=True,
                            check=True).stdout for n in range(1, count + 1)]
    return pages, (round(float(size.group(1))), round(float(size.group(2))))


def word_heights(pdf, pattern):
    """The heights in points of the words matching `pattern` (pdftotext -bbox)."""
    out = subprocess.run([tool("pdftotext", "poppler-utils"), "-bbox", pdf, "-"],
                         capture_output=True, text=True, check=True).stdout
    heights = []
    for m in re.finditer(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">'
                         r'([^<]*)</word>', out):
        if re.fullmatch(pattern, m.group(3)):
            heights.append(float(m.group(2)) - float(m.group(1)))
    return heights


def total_lines(text):
    return [line for line in text.splitlines() if re.match(r"\s*Total\s+£", line)]


def page_with(pages, caption):
    found = [i for i, p in enumerate(pages) if caption in p]
    if len(found) != 1:
        raise AssertionError(f"{caption!r} is on pages {[i + 1 for i in found]}, not one page")
    return pages[found[0]]


def table_part(page, caption):
    """The page's text from the caption to the end of the first Total row after it."""
    text = page[page.index(caption):]
    lines = text.splitlines()
    for n, line in enumerate(lines):
        if re.match(r"\s*Total\s+£", line):
            return "\n".join(lines[:n + 1])
    raise AssertionError(f"no Total row after {caption!r} on its page:\n{page}")


def mhfund(*args, cwd):
    subprocess.run([os.environ["MHFUND_CLI"], *args], cwd=cwd, check=True,
                   env=dict(os.environ, SOURCE_DATE_EPOCH=EPOCH), capture_output=True)


class SampleReportPrinted(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="mhfund-print-")
        html = os.path.join(cls.tmp, "report.html")
        mhfund("forecast", "-o", html, cwd=cls.tmp)
        cls.pdf = os.path.join(cls.tmp, "report.pdf")
        print_pdf(html, cls.pdf, cls.tmp)
        cls.pages, cls.size = pages_of(cls.pdf)
        if ARGS.keep:
            keep(cls.pdf, "report-print")

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_pages_are_a4(self):
        self.assertEqual(self.size, A4_POINTS)

    def test_each_table_is_whole_on_one_page_with_one_total(self):
        for caption in ("Spend by programme and academic year",
                        "Spend by programme and financial year",
                        "The chart's figures: by term and programme"):
            with self.subTest(caption=caption):
                part = table_part(page_with(self.pages, caption), caption)
                for amount in PROGRAMME_TOTALS:
                    self.assertIn(amount, part)
                self.assertIn(GRAND_TOTAL, total_lines(part)[0])
        # One Total row per printed table: none repeated on a later page as a "subtotal".
        self.assertEqual(sum(len(total_lines(p)) for p in self.pages), 3)

    def test_the_charts_figures_are_printed(self):
        page = page_with(self.pages, "The chart's figures: by term and programme")
        autumn = [line for line in page.splitlines() if line.strip().startswith("2024/25 autumn")]
        self.assertEqual(len(autumn), 1)
        self.assertIn("£8,000.00", autumn[0])  # the Work Groups' lump
        # The on-screen copy (folded in a <details>) is not printed twice.
        self.assertFalse(any("By programme and term" in p for p in self.pages))

    def test_the_charts_text_is_at_least_9pt(self):
        # The chart's axis amounts (whole pounds) and term names appear nowhere else. A word's
        # box is its font size or a little more: 9 pt type gives boxes of at least 9 pt.
        heights = word_heights(self.pdf, r"£\d[\d,]*|Autumn|Spring|Summer")
        self.assertGreaterEqual(len(heights), 6 + 9)  # £0 to £25,000; 9 terms
        self.assertGreaterEqual(min(heights), 9.0)

    def test_the_footer_dates_the_page(self):
        self.assertIn("1 January 2026 00:00 UTC", self.pages[-1])


class HubsReportPrinted(unittest.TestCase):
    """A 14-hub roster printed --by hub: the sample roster's 8 participants (no Work Groups)
    repeated in each of 14 hubs. By hand: each hub is the sample's participants, £96,967.81
    less the Work Groups' £8,000.00 = £88,967.81; 14 × £88,967.81 = £1,245,549.34."""

    HUBS = ["EE1", "EE2", "EE3", "EE4", "EE5", "EM1", "EM2", "EM3", "LO1", "LO2", "LO3", "LO4",
            "LO5", "WM1"]

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="mhfund-print-hubs-")
        sample = os.path.join(os.environ["MHFUND_SOURCE_DIR"], "src", "data", "default-roster.csv")
        with open(sample, newline="") as f:
            rows = list(csv.DictReader(f))
        roster = os.path.join(cls.tmp, "roster.csv")
        with open(roster, "w", newline="") as f:
            out = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
            out.writeheader()
            for hub in cls.HUBS:
                for row in rows:
                    out.writerow(dict(row, participant=f"{hub}-{row['participant']}", hub=hub))
        html = os.path.join(cls.tmp, "hubs.html")
        mhfund("forecast", "--roster", roster, "--set", "sle_rate=350.00", "--by", "hub",
               "-o", html, cwd=cls.tmp)
        cls.pdf = os.path.join(cls.tmp, "hubs.pdf")
        print_pdf(html, cls.pdf, cls.tmp)
        cls.pages, _ = pages_of(cls.pdf)
        if ARGS.keep:
            keep(cls.pdf, "report-hubs-print")

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_the_breakdown_by_hub_is_whole_on_one_page(self):
        caption = "Spend by hub and academic year"
        part = table_part(page_with(self.pages, caption), caption)
        for code in self.HUBS:
            line = [line for line in part.splitlines() if f"({code})" in line]
            self.assertEqual(len(line), 1, code)
            self.assertIn("£88,967.81", line[0])
        self.assertIn("£1,245,549.34", total_lines(part)[0])
        # The header names the hubs: 14 of them, not one hub's name.
        self.assertIn("Hubs: 14", self.pages[0])


def keep(pdf, name):
    os.makedirs(ARGS.keep, exist_ok=True)
    shutil.copyfile(pdf, os.path.join(ARGS.keep, name + ".pdf"))
    subprocess.run([tool("pdftoppm", "poppler-utils"), "-png", "-r", "80", "-f", "1", "-l", "1",
                    "-singlefile", pdf, os.path.join(ARGS.keep, name)], check=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chromium")
    parser.add_argument("--keep")
    ARGS, rest = parser.parse_known_args()
    unittest.main(argv=[sys.argv[0]] + rest)
