#!/usr/bin/env python3
"""Every text colour of the HTML report's style sheet against every background it sets (and
white, the page's): the WCAG 2 contrast ratio must be at least 4.5:1 (level AA for text).

The style sheet is read from a page the writer makes (MHFUND_HTML_WRITER), so the test checks
what ships. Text colours are the `color` and `fill` values of rules whose elements hold text
(`fill` of `.chart text` and its classes); backgrounds are `background` and `background-color`.

Worked example (WCAG's formula): #5b6673 on #ffffff. Channels 0x5b, 0x66, 0x73 = 91, 102, 115;
sRGB 0.357, 0.400, 0.451 → linear ((c + 0.055) / 1.055)^2.4 = 0.104, 0.133, 0.171; luminance
0.2126 × 0.104 + 0.7152 × 0.133 + 0.0722 × 0.171 = 0.129; ratio (1 + 0.05) / (0.129 + 0.05) =
5.8, which passes; the old #9aa5b1 gives 2.5 and fails."""

import os
import re
import subprocess
import sys
import tempfile
import unittest

AA_TEXT = 4.5


def luminance(hex_colour):
    h = hex_colour.lstrip("#")
    if len(h) == 3:
        h = "".join(c * 2 for c in h)
    channels = [int(h[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def ratio(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def rules(css):
    """(selector, {property: value}) for every rule, @media blocks flattened."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    css = re.sub(r"@media[^{]*\{", "", css)
    out = []
    for m in re.finditer(r"([^{}]+)\{([^{}]*)\}", css):
        props = {}
        for decl in m.group(2).split(";"):
            if ":" in decl:
                k, v = decl.split(":", 1)
                props[k.strip()] = v.strip()
        out.append((m.group(1).strip(), props))
    return out


def colours_in(value):
    return re.findall(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b", value)


class ContrastTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        with tempfile.TemporaryDirectory() as tmp:
            page = os.path.join(tmp, "report.html")
            subprocess.run([os.environ["MHFUND_HTML_WRITER"], page, "term"], check=True)
            with open(page, encoding="utf-8") as f:
                html = f.read()
        cls.css = re.search(r"<style>(.*?)</style>", html, re.S).group(1)
        cls.rules = rules(cls.css)

    def test_formula_on_known_pairs(self):
        self.assertAlmostEqual(ratio("#000000", "#ffffff"), 21.0, places=6)
        self.assertAlmostEqual(ratio("#777777", "#ffffff"), 4.48, places=2)  # WCAG's own edge
        self.assertGreater(ratio("#5b6673", "#ffffff"), 5.8)
        self.assertLess(ratio("#9aa5b1", "#ffffff"), 2.6)

    def test_every_text_colour_on_every_background(self):
        texts, backgrounds = {}, {"#ffffff"}
        for selector, props in self.rules:
            for key in ("color",):
                for c in colours_in(props.get(key, "")):
                    texts.setdefault(c.lower(), selector)
            if "text" in selector or selector.startswith(".chart ."):
                for c in colours_in(props.get("fill", "")):
                    texts.setdefault(c.lower(), selector)
            for key in ("background", "background-color"):
                for c in colours_in(props.get(key, "")):
                    backgrounds.add(c.lower())
        self.assertGreaterEqual(len(texts), 5)
        self.assertGreaterEqual(len(backgrounds), 5)
        failures = [f"{t} ({sel}) on {b}: {ratio(t, b):.2f}:1"
                    for t, sel in texts.items() for b in backgrounds if ratio(t, b) < AA_TEXT]
        self.assertEqual(failures, [])

    def test_no_colour_words_or_functions_escape_the_check(self):
        # Colours the test cannot read (names, rgb(), hsl()) would escape it.
        for selector, props in self.rules:
            for key in ("color", "fill", "background", "background-color"):
                value = props.get(key, "")
                self.assertNotRegex(value, r"rgb|hsl|\b(gray|grey|white|black|silver)\b",
                                    f"{selector} {key}")


if __name__ == "__main__":
    unittest.main(argv=sys.argv)
