#!/usr/bin/env python3
"""The HTML report in a real browser: headless Chromium loads the default scenario's report
from a file, and the page it builds (its DOM) must hold the chart's bars and the totals;
a screenshot must come out as a PNG of the size asked for.

Environment: MHFUND_HTML_WRITER, the write_report program built beside this script.
Options: --chromium PATH (default: chromium on PATH); --screenshot PATH to keep the screenshot
(docs/images/report.png is made this way).

Figures by hand (tests/unit/forecast.test.cpp): FE 4,640,000p + SMS 4,256,781p + Work Groups
800,000p = 9,696,781p = £96,967.81."""

import argparse
import html.parser
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import unittest

GRAND_TOTAL_PENCE = 4_640_000 + 4_256_781 + 800_000  # 9,696,781p
GRAND_TOTAL_TEXT = "£96,967.81"
WIDTH, HEIGHT = 1200, 1600

ARGS = None


def require_chromium():
    path = ARGS.chromium or shutil.which("chromium") or shutil.which("chromium-browser")
    if not path or not os.access(path, os.X_OK):
        sys.exit(
            "test_report.py: chromium is not installed, and this test needs it.\n"
            "Install it with: apt-get install -y chromium   (make deps lists it)")
    return path


class Dom(html.parser.HTMLParser):
    """What the test needs from the DOM Chromium dumps: the chart's bars, the grand total's
    text, and whether anything would be fetched or run."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.bars = []  # (programme, period, pence)
        self.svg_attrs = None
        self.scripts = 0
        self.grand_total = ""
        self._in_grand_total = False
        self.text = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "svg" and self.svg_attrs is None:
            self.svg_attrs = a
        if tag == "rect" and "data-amount-pence" in a:
            self.bars.append((a.get("data-programme"), a.get("data-period"),
                              a["data-amount-pence"]))
        if tag == "script":
            self.scripts += 1
        if a.get("id") == "grand-total":
            self._in_grand_total = True

    def handle_endtag(self, tag):
        if tag == "span":
            self._in_grand_total = False

    def handle_data(self, data):
        self.text.append(data)
        if self._in_grand_total:
            self.grand_total += data


class BrowserTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.chromium = require_chromium()
        writer = os.environ.get("MHFUND_HTML_WRITER")
        if not writer:
            raise RuntimeError("MHFUND_HTML_WRITER is not set (ctest sets it)")
        cls.tmp = tempfile.mkdtemp(prefix="mhfund-html-")
        cls.report = os.path.join(cls.tmp, "report.html")
        subprocess.run([writer, cls.report, "term"], check=True)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def browse(self, *extra):
        profile = tempfile.mkdtemp(prefix="profile-", dir=self.tmp)
        command = [
            self.chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars",
            "--user-data-dir=" + profile, *extra, "file://" + self.report
        ]
        env = dict(os.environ, HOME=profile)
        # The timeout only stops a hung browser from hanging the test run.
        done = subprocess.run(command, capture_output=True, env=env, timeout=300)
        self.assertEqual(done.returncode, 0, done.stderr.decode("utf-8", "replace"))
        return done

    def test_dom_holds_the_bars_and_the_totals(self):
        dom_text = self.browse("--dump-dom").stdout.decode("utf-8")
        dom = Dom()
        dom.feed(dom_text)
        # The browser built the chart: one bar segment per programme and term with money in
        # it (fe 8 terms from spring 2023, sms 9, the Work Groups' lump in autumn 2024).
        self.assertEqual(len(dom.bars), 8 + 9 + 1)
        self.assertEqual(sum(int(p) for _, _, p in dom.bars), GRAND_TOTAL_PENCE)
        self.assertIn(("workgroup", "2024/25 autumn", "800000"), dom.bars)
        self.assertEqual({p for p, _, _ in dom.bars}, {"fe", "sms", "workgroup"})
        self.assertEqual(dom.svg_attrs.get("role"), "img")
        self.assertTrue(dom.svg_attrs.get("aria-label"))
        self.assertEqual(dom.grand_total, GRAND_TOTAL_TEXT)
        text = "".join(dom.text)
        self.assertIn("£46,400.00", text)  # fe: 3 × £12,000.00 + £10,400.00
        self.assertIn("£42,567.81", text)  # sms: 2 × £13,000.00 + £12,200.00 + £4,367.81
        self.assertIn("£8,000.00", text)  # Work Groups: 4 × £2,000.00
        self.assertEqual(dom.scripts, 0)

    def test_screenshot_is_a_png_of_the_window(self):
        png = os.path.join(self.tmp, "report.png")
        self.browse("--screenshot=" + png, "--window-size={},{}".format(WIDTH, HEIGHT))
        with open(png, "rb") as f:
            data = f.read()
        self.assertEqual(data[:8], b"\x89PNG\r\n\x1a\n")
        width, height = struct.unpack(">II", data[16:24])  # the IHDR chunk
        self.assertEqual((width, height), (WIDTH, HEIGHT))
        if ARGS.screenshot:
            shutil.copyfile(png, ARGS.screenshot)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chromium")
    parser.add_argument("--screenshot")
    ARGS, rest = parser.parse_known_args()
    require_chromium()
    unittest.main(argv=[sys.argv[0]] + rest)
