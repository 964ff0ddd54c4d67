#!/usr/bin/env python3
"""Reports a person reads in a terminal: tables that fit its width, findings counted by kind,
--where, --from/--to and -p, -o -, unknown extensions and commands, `mhfund help`.

The figures are checked against the tool's own CSV of the whole plan, which other tests derive
by hand (test_cli.py): here what is checked is that a selection or a layout loses, adds or
moves no penny. Money is summed in integer pence.

Environment: MHFUND_CLI (the binary), MHFUND_GEN_ROSTER (the benchmark's roster generator;
the notes test is skipped without it).
"""

import csv
import io
import os
import random
import re
import subprocess
import tempfile
import unittest
from pathlib import Path

CLI = os.environ.get("MHFUND_CLI", "")
GEN_ROSTER = os.environ.get("MHFUND_GEN_ROSTER", "")


def run(*args, columns=None, cwd=None):
    """Runs the tool; returns (exit code, stdout, stderr) as text."""
    env = dict(os.environ, TZ="Europe/London", LC_ALL="C")
    env.pop("COLUMNS", None)
    if columns is not None:
        env["COLUMNS"] = str(columns)
    p = subprocess.run([CLI, *args], cwd=cwd, env=env, capture_output=True, timeout=300)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def pence(text):
    """'£1,234.56' or '1234.56' as integer pence; '-' (no money) as 0."""
    if text == "-":
        return 0
    whole, _, frac = text.replace("£", "").replace(",", "").partition(".")
    sign = -1 if whole.startswith("-") else 1
    return sign * (abs(int(whole)) * 100 + int(frac.ljust(2, "0")))


def csv_rows(*args):
    code, out, err = run(*args, "--format", "csv")
    assert code == 0, err
    return list(csv.DictReader(io.StringIO(out)))


def table_blocks(text):
    """The blocks of a wrapped table: each a list of rows of cells (split on 2+ spaces), the
    header first, rules left out. Blocks end at a blank line; the table ends at 'Assumptions'."""
    body = text.split("\n\n", 1)[1].split("\nAssumptions", 1)[0]
    blocks = []
    for chunk in body.strip("\n").split("\n\n"):
        rows = [re.split(r" {2,}", line.strip()) for line in chunk.splitlines()
                if line and not set(line) <= {"-"}]
        blocks.append(rows)
    return blocks


class TableWidthTest(unittest.TestCase):
    def test_month_table_fits_80_columns_and_keeps_every_figure(self):
        code, out, err = run("forecast", "--period", "month", columns=80)
        self.assertEqual(code, 0, err)
        for line in out.splitlines():
            self.assertLessEqual(len(line), 80, line)
        blocks = table_blocks(out)
        self.assertGreater(len(blocks), 1, "a 36-month table cannot fit 80 columns in one block")
        cells, total_column = {}, {}
        for block in blocks:
            header = block[0]
            self.assertEqual(header[0], "programme", "each block repeats the row labels")
            for row in block[1:]:
                for period, cell in zip(header[1:], row[1:]):
                    if period == "Total":
                        total_column[row[0]] = pence(cell)
                    else:
                        self.assertNotIn((row[0], period), cells, "a cell shown twice")
                        cells[(row[0], period)] = pence(cell)
        self.assertIn("Total", blocks[-1][0], "the total column is in the last block")
        # Every figure of the CSV is in the table, once, and nothing else is.
        expected = {(r["programme"], r["period"]): pence(r["amount"])
                    for r in csv_rows("forecast", "--period", "month")}
        shown = {k: v for k, v in cells.items() if k[0] != "Total" and v != 0}
        self.assertEqual(shown, expected)
        grand = sum(expected.values())
        self.assertEqual(sum(v for k, v in cells.items() if k[0] == "Total"), grand)
        self.assertEqual(total_column["Total"], grand)

    def test_wide_terminal_keeps_one_block(self):
        code, out, _ = run("forecast", "--period", "month", columns=1000)
        self.assertEqual(code, 0)
        self.assertEqual(len(table_blocks(out)), 1)

    def test_transpose_puts_periods_in_rows(self):
        code, out, _ = run("forecast", "--period", "academic", "--transpose", columns=80)
        self.assertEqual(code, 0)
        rows = table_blocks(out)[0]
        self.assertEqual(rows[0][0], "period")
        self.assertEqual([r[0] for r in rows[1:]], ["2022/23", "2023/24", "2024/25", "Total"])


class NotesTest(unittest.TestCase):
    @unittest.skipUnless(GEN_ROSTER, "needs MHFUND_GEN_ROSTER")
    def test_200000_participants_notes_fit_a_screen(self):
        with tempfile.TemporaryDirectory() as d:
            roster = Path(d) / "roster.csv"
            with open(roster, "wb") as f:
                subprocess.run([GEN_ROSTER, "200000", "7"], stdout=f, check=True, timeout=300)
            args = ("forecast", "--roster", str(roster), "--set", "sle_rate=350.00",
                    "--by", "region")
            code, out, err = run(*args, columns=80)
            self.assertEqual(code, 0, err)
            tail = out.split("\nNotes", 1)
            self.assertEqual(len(tail), 2, "the generated roster has accredited PD Leads")
            notes = tail[1].strip("\n").splitlines()
            self.assertLess(len(notes), 20, notes[:25])
            self.assertIn("--notes", notes[0])
            counted = sum(int(m.group(1).replace(",", ""))
                          for m in re.finditer(r"^  ([\d,]+) × ", tail[1], re.M))
            self.assertEqual(counted, int(re.search(r"\(([\d,]+),", notes[0]).group(1)
                                          .replace(",", "")))
            code, listed, _ = run(*args, "--notes", columns=80)
            self.assertEqual(code, 0)
            # Every note listed: at least one line each (a long note wraps).
            self.assertGreaterEqual(len(listed.split("\nNotes\n", 1)[1].splitlines()), counted)


KEYS = ["hub", "programme", "edition", "cohort", "institution", "category", "participant"]


class WhereTest(unittest.TestCase):
    def test_filtered_total_is_the_matching_rows_of_the_whole(self):
        rng = random.Random(16)
        for key in KEYS:
            rows = csv_rows("forecast", "--by", key)
            values = sorted({r[key] for r in rows if r[key]})
            for value in rng.sample(values, min(3, len(values))):
                want = sum(pence(r["amount"]) for r in rows if r[key] == value)
                got = csv_rows("forecast", "--where", f"{key}={value}")
                self.assertEqual(sum(pence(r["amount"]) for r in got), want, (key, value))

    def test_or_within_a_key_and_across_keys(self):
        rows = csv_rows("forecast", "--by", "programme,cohort")
        cohorts = sorted({r["cohort"] for r in rows if r["cohort"]})[:2]
        programme = rows[0]["programme"]
        want = sum(pence(r["amount"]) for r in rows
                   if r["cohort"] in cohorts and r["programme"] == programme)
        got = csv_rows("forecast", "--where", f"cohort={cohorts[0]},cohort={cohorts[1]}",
                       "--where", f"programme={programme}")
        self.assertEqual(sum(pence(r["amount"]) for r in got), want)

    def test_unknown_key_is_a_usage_error_listing_the_keys(self):
        code, out, err = run("forecast", "--where", "colour=blue")
        self.assertEqual(code, 2)
        self.assertEqual(out, "")
        self.assertIn("'colour'", err)
        for key in KEYS:
            self.assertIn(key, err)


class FromToTest(unittest.TestCase):
    def test_month_boundaries_give_exactly_those_months(self):
        whole = csv_rows("forecast", "--period", "month")
        months = sorted({r["period"] for r in whole})
        rng = random.Random(25)
        for _ in range(4):
            a, b = sorted(rng.sample(range(len(months)), 2))
            first, last = months[a], months[b]
            want = [r for r in whole if first <= r["period"] <= last]
            self.assertEqual(csv_rows("forecast", "--period", "month", "--from", first,
                                      "--to", last), want)
            hledger = f"from {first.replace('-', '/')} to {last.replace('-', '/')}"
            self.assertEqual(csv_rows("forecast", "--period", "month", "-p", hledger), want)

    def test_year_labels_give_that_years_rows(self):
        whole = csv_rows("forecast")
        want = [r for r in whole if r["period"] == "2023/24"]
        self.assertEqual(csv_rows("forecast", "--from", "2023/24", "--to", "2023/24"), want)
        fy = csv_rows("forecast", "--period", "financial")
        want = [r for r in fy if r["period"] == "FY2023-24"]
        self.assertEqual(csv_rows("forecast", "--period", "financial", "-p", "FY2023-24"), want)

    def test_a_cut_period_holds_its_part_and_the_table_says_so(self):
        whole = csv_rows("forecast", "--period", "month")
        # September 2023 to February 2024 is the first half of academic year 2023/24.
        want = sum(pence(r["amount"]) for r in whole if "2023-09" <= r["period"] <= "2024-02")
        cut = csv_rows("forecast", "--from", "2023-09-01", "--to", "2024-02-29")
        self.assertEqual([r["period"] for r in cut], ["2023/24"] * len(cut))
        self.assertEqual(sum(pence(r["amount"]) for r in cut), want)
        code, out, _ = run("forecast", "--from", "2023-09", "--to", "2024-02")
        self.assertEqual(code, 0)
        self.assertIn("the totals are of these days alone", out)

    def test_bad_dates_are_usage_errors(self):
        for args in (["--from", "2024-13"], ["--from", "2025/26", "--to", "2024/25"],
                     ["-p", "between 2024 and 2025"]):
            code, out, err = run("forecast", *args)
            self.assertEqual(code, 2, args)
            self.assertEqual(out, "")


class OutputAndCommandTest(unittest.TestCase):
    def test_dash_is_standard_output(self):
        with tempfile.TemporaryDirectory() as d:
            code, out, _ = run("forecast", "--format", "csv", "-o", "-", cwd=d)
            self.assertEqual(code, 0)
            self.assertTrue(out.startswith("programme,period,amount"))
            self.assertEqual(os.listdir(d), [])

    def test_unknown_extension_is_a_usage_error(self):
        with tempfile.TemporaryDirectory() as d:
            code, out, err = run("forecast", "-o", "x.pdf", cwd=d)
            self.assertEqual(code, 2)
            self.assertIn("'.pdf'", err)
            self.assertIn(".csv", err)
            self.assertEqual(os.listdir(d), [])

    def test_extension_disagreeing_with_format_is_a_usage_error(self):
        with tempfile.TemporaryDirectory() as d:
            code, _, err = run("forecast", "--format", "json", "-o", "x.csv", cwd=d)
            self.assertEqual(code, 2)
            self.assertIn("--format is json", err)
            self.assertEqual(os.listdir(d), [])

    def test_mistyped_command_names_the_nearest(self):
        code, out, err = run("forecsat")
        self.assertEqual(code, 2)
        self.assertEqual(out, "")
        self.assertIn("unknown command 'forecsat'", err)
        self.assertIn("did you mean 'forecast'?", err)
        code, _, err = run("zzzzzzzz")
        self.assertEqual(code, 2)
        self.assertNotIn("did you mean", err)

    def test_help_command(self):
        code, out, _ = run("help", "forecast")
        self.assertEqual(code, 0)
        self.assertIn("--where", out)
        self.assertIn("Examples:", out)
        code, out, _ = run("help")
        self.assertEqual(code, 0)
        self.assertIn("forecast", out)
        code, _, err = run("help", "forecsat")
        self.assertEqual(code, 2)
        self.assertIn("did you mean 'forecast'?", err)


if __name__ == "__main__":
    unittest.main()
