#!/usr/bin/env python3
"""Tests of the `mhfund` command-line tool, run as a user runs it.

Every expected figure is worked out here by hand from the documents' allocations
(domain.md sections 3 and 8) and the default scenario's data files, never copied from the
tool's output. Money is summed with decimal.Decimal or integer pence, never floats.

Environment: MHFUND_CLI (the binary), MHFUND_SOURCE_DIR (the source tree; defaults to the
folder two levels up from this file).
"""

import csv
import datetime
import io
import hashlib
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import unittest
from decimal import Decimal
from pathlib import Path

CLI = os.environ.get("MHFUND_CLI", "")
SOURCE_DIR = Path(os.environ.get("MHFUND_SOURCE_DIR") or Path(__file__).resolve().parents[2])
DATA = SOURCE_DIR / "src" / "data"


def run(*args, cwd=None):
    """Runs the tool; returns (exit code, stdout, stderr) as text."""
    env = dict(os.environ, TZ="Europe/London", LC_ALL="C")
    p = subprocess.run([CLI, *args], cwd=cwd, env=env, capture_output=True, timeout=120)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def round_half_up_div(n, d):
    """round_half_up(n / d) for integers, d > 0 (domain.md section 8: halves go up)."""
    return (2 * n + d) // (2 * d)


def weekdays(first, end):
    """Monday-to-Friday days in [first, end), counted one by one (a check on the hand counts)."""
    n, day = 0, first
    while day < end:
        n += day.weekday() < 5
        day += datetime.timedelta(days=1)
    return n


def pounds(pence):
    """Pence as the tool's plain decimal, e.g. 9696781 -> Decimal('96967.81'), 100 -> '1.00'."""
    return (Decimal(pence) / 100).quantize(Decimal("0.01"))


def display(pence):
    """Pence as £1,234.56."""
    sign = "-" if pence < 0 else ""
    whole, p = divmod(abs(pence), 100)
    return f"{sign}£{whole:,}.{p:02d}"


# ---------------------------------------------------------------------------------------------
# The default scenario's total, by hand.
#
# Allocations (domain.md 3.1, 3.2, 3.3), in days and pence per day:
#   SMS (000) year 1: central events 5 + personal development 10 = 15 days at £200
#   SMS year 2: central events 3 + development 8 + PD Lead accreditation 4 = 15 days at £200
#   SMS year 3: the roster's sle_days at the SLE rate (the default scenario sets £350.00)
#   FE (004) year 1: central events 6 + practice-based work 9 = 15 days at £400
#   FE year 2: central events 3 + development 8 + PD Lead 4 = 15 days at £400
#   Work Group (002, 003): £2,000 per department
# An accredited PD Lead's 4 days are not funded (default policy pd_lead_policy = unfunded).

SECONDARY = 20000  # pence per day (000)
FE = 40000  # pence per day (004)
SLE_RATE = 35000  # the default scenario's example setting sle_rate = "350.00"
GRANT = 200000  # per department (002, 003)

YEARS = {
    # (category, days, is the PD Lead line)
    "sms": {1: [("central_events", 5, False), ("personal_development", 10, False)],
            2: [("central_events", 3, False), ("development", 8, False),
                ("pd_lead_accreditation", 4, True)]},
    "fe": {1: [("central_events", 6, False), ("practice_based_work", 9, False)],
           2: [("central_events", 3, False), ("development", 8, False),
               ("pd_lead_accreditation", 4, True)]},
}
RATE = {"sms": SECONDARY, "fe": FE}

# S7-04 withdraws on 15 February 2024, in its year 2 window 1 Sep 2023 - 31 Aug 2024.
# W, weekdays in the window: 1 Sep 2023 is a Friday; the window has 366 days (29 Feb 2024) =
#   52 weeks (260 weekdays, ending Thursday 29 Aug 2024) + Fri 30 Aug + Sat 31 Aug -> 261.
# C(D), weekdays before 15 Feb 2024: 1 Sep 2023 - 14 Feb 2024 is 30+31+30+31+31+14 = 167 days
#   = 23 weeks (115 weekdays, Fri 1 Sep - Thu 8 Feb) + Fri 9 .. Wed 14 Feb (9, 12, 13, 14) -> 119.
W_S704_YEAR2 = 261
C_S704_WITHDRAWN = 119
S704_WITHDRAWN = datetime.date(2024, 2, 15)
S704_YEAR2 = (datetime.date(2023, 9, 1), datetime.date(2024, 9, 1))
# Kept per year-2 line = round_half_up(A x 119 / 261) (rule 6):
#   central events 3 x £200 = 60,000p -> 7,140,000 / 261 = 27,356.3 -> 27,356p
#   development    8 x £200 = 160,000p -> 19,040,000 / 261 = 72,950.2 -> 72,950p
#   PD Lead        4 x £200 = 80,000p -> 9,520,000 / 261 = 36,475.1 -> 36,475p
S704_KEPT = [27356, 72950, 36475]  # sum 136,781p = £1,367.81

# FE trailblazer year 1 (1 Jan 2023 - 31 Dec 2023): W = 260 weekdays, 174 before 1 Sep 2023
# (domain.md section 8 rule 5's worked example). Its 2022/23 share per line:
#   central events 6 x £400 = 240,000p x 174 / 260 = 160,615.4 -> 160,615p (£1,606.15)
#   practice-based 9 x £400 = 360,000p x 174 / 260 = 240,923.1 -> 240,923p
TRAILBLAZER_2022_23 = 160615 + 240923  # per trailblazer

# The expected figures, written out:
#   S7-01 3,000 + 3,000 + 20 x 350 = 13,000.00      S7-02 (accredited) 3,000 + 2,200 + 7,000 = 12,200.00
#   S7-03 13,000.00                                 S7-04 3,000 + 1,367.81 = 4,367.81
#   SMS 42,567.81
#   FT-01, FT-02, F1-01 6,000 + 6,000 = 12,000.00 each; F1-02 (accredited) 6,000 + 4,400 = 10,400.00
#   FE 46,400.00
#   Work Groups 4 x 2,000 = 8,000.00
#   Total 96,967.81
EXPECTED_BY_PROGRAMME = {"sms": 4256781, "fe": 4640000, "workgroup": 800000}
EXPECTED_TOTAL = 9696781


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def default_scenario_by_hand():
    """The default scenario's allocations by programme, in pence, from its data files."""
    settings = (DATA / "default-scenario.toml").read_text(encoding="utf-8")
    assert 'sle_rate = "350.00"' in settings, "the default scenario's SLE rate changed"
    by_programme = {"sms": 0, "fe": 0, "workgroup": 0}
    for row in read_csv(DATA / "default-roster.csv"):
        programme = row["programme"]
        accredited = row["pd_lead_accredited"] == "yes"
        withdrawn = datetime.date.fromisoformat(row["withdrawn"]) if row["withdrawn"] else None
        for year, lines in YEARS[programme].items():
            if withdrawn and year == 2:
                # Only S7-04 withdraws; its counts are worked out above.
                assert row["participant"] == "S7-04" and withdrawn == S704_WITHDRAWN
                assert S704_YEAR2[0] < withdrawn < S704_YEAR2[1]
                kept = [round_half_up_div(days * RATE[programme] * C_S704_WITHDRAWN,
                                          W_S704_YEAR2) for _, days, _ in lines]
                assert kept == S704_KEPT
                by_programme[programme] += sum(kept)
                continue
            for _, days, pd_lead in lines:
                if pd_lead and accredited:
                    continue  # pd_lead_policy = unfunded
                by_programme[programme] += days * RATE[programme]
        if row["sle_days"]:
            assert programme == "sms" and not withdrawn
            by_programme["sms"] += int(row["sle_days"]) * SLE_RATE
        # S7-04's year 3 starts on 1 Sep 2024, after its withdrawal: not priced (rule 6).
        assert not (withdrawn and row["sle_days"])
    departments = read_csv(DATA / "default-workgroups.csv")
    by_programme["workgroup"] += len(departments) * GRANT
    return by_programme


def table_block(text):
    """The pivot table's lines: header, groups, total (the rules left out)."""
    lines = text.splitlines()
    start = next(i for i, l in enumerate(lines) if l.startswith("---")) - 1
    block = []
    for line in lines[start:]:
        if not line.strip():
            break
        if not line.startswith("---"):
            block.append(line)
    return block


def write_example_files(folder):
    """The files the --help examples name: a roster, work groups, claims, a scenario
    (plan.toml), a what-if of it (whatif.toml: another SLE rate) and its budget (budget.json)."""
    shutil.copy(DATA / "default-roster.csv", Path(folder) / "roster.csv")
    shutil.copy(DATA / "default-workgroups.csv", Path(folder) / "workgroups.csv")
    shutil.copy(SOURCE_DIR / "tests" / "data" / "claims" / "basic.csv",
                Path(folder) / "claims.csv")
    (Path(folder) / "plan.toml").write_text(
        'name = "Example plan"\nhub = "WM1"\nroster = "roster.csv"\n'
        'workgroups = "workgroups.csv"\nclaims = "claims.csv"\n\n[settings]\n'
        'sle_rate = "350.00"\n', encoding="utf-8")
    (Path(folder) / "whatif.toml").write_text(
        'name = "What if"\nhub = "WM1"\nroster = "roster.csv"\n'
        'workgroups = "workgroups.csv"\n\n[settings]\nsle_rate = "400.00"\n', encoding="utf-8")
    code, _, err = run("budget", "plan.toml", "-o", "budget.json", cwd=folder)
    assert code == 0, err


class ForecastTest(unittest.TestCase):
    def test_hand_derivation_matches_the_documents(self):
        # The counts written above, checked day by day so that the test's own arithmetic holds.
        self.assertEqual(weekdays(*S704_YEAR2), W_S704_YEAR2)
        self.assertEqual(weekdays(S704_YEAR2[0], S704_WITHDRAWN), C_S704_WITHDRAWN)
        self.assertEqual(weekdays(datetime.date(2023, 1, 1), datetime.date(2024, 1, 1)), 260)
        self.assertEqual(weekdays(datetime.date(2023, 1, 1), datetime.date(2023, 9, 1)), 174)
        self.assertEqual(default_scenario_by_hand(), EXPECTED_BY_PROGRAMME)
        self.assertEqual(sum(EXPECTED_BY_PROGRAMME.values()), EXPECTED_TOTAL)

    def test_default_forecast_table_total(self):
        code, out, err = run("forecast")
        self.assertEqual(code, 0, err)
        self.assertEqual(err, "")
        block = table_block(out)
        self.assertEqual(block[0].split()[0], "programme")
        self.assertEqual(block[0].split()[-1], "Total")
        total_line = block[-1].split()
        self.assertEqual(total_line[0], "Total")
        self.assertEqual(total_line[-1], display(EXPECTED_TOTAL))
        rows = {line.split()[0]: line.split()[-1] for line in block[1:-1]}
        self.assertEqual(rows, {p: display(v) for p, v in EXPECTED_BY_PROGRAMME.items()})

    def test_table_columns_are_aligned(self):
        code, out, err = run("forecast", "--by", "programme,cohort", "--period", "term")
        self.assertEqual(code, 0, err)
        block = table_block(out)
        # Amounts are right-aligned, so every line ends in the same column; len() counts
        # characters, so '£' (two bytes in UTF-8) counts once, as a terminal shows it.
        self.assertEqual({len(line) for line in block}, {len(block[0])})
        # A Work Group has no cohort: shown as '-'.
        self.assertTrue(any(re.match(r"workgroup\s+-\s", line) for line in block))

    def test_table_lists_assumptions_and_notes(self):
        code, out, err = run("forecast")
        self.assertEqual(code, 0, err)
        self.assertIn("\nAssumptions", out)
        self.assertRegex(out, r"\n  sle_rate = 350\.00 — ")
        self.assertIn("pd_lead_policy = unfunded", out)
        self.assertIn("\nNotes\n", out)
        self.assertIn("F1-02 year 2", out)

    def test_academic_year_split_by_hand(self):
        # 2022/23 holds all four cohort-7 year-1 allocations (window = the academic year) and
        # the trailblazers' year-1 shares before 1 September 2023; Work Groups start 2024/25.
        code, out, err = run("forecast", "--format", "csv")
        self.assertEqual(code, 0, err)
        cells = {(r["programme"], r["period"]): r["amount"] for r in csv.DictReader(io.StringIO(out))}
        self.assertEqual(cells[("sms", "2022/23")], str(pounds(4 * 15 * SECONDARY)))
        self.assertEqual(cells[("fe", "2022/23")], str(pounds(2 * TRAILBLAZER_2022_23)))
        self.assertEqual(cells[("workgroup", "2024/25")], str(pounds(4 * GRANT)))
        self.assertNotIn(("workgroup", "2023/24"), cells)

    def test_set_on_top_of_a_scenario_file(self):
        with tempfile.TemporaryDirectory() as d:
            write_example_files(d)
            code, out, err = run("forecast", "plan.toml", "--format", "json", cwd=d)
            self.assertEqual(code, 0, err)
            self.assertEqual(json.loads(out)["total_pence"], EXPECTED_TOTAL)
            # Three specialists with 20 SLE days each: 60 days x £50 more = £3,000.00.
            code, out, err = run("forecast", "plan.toml", "--set", "sle_rate=400.00",
                                 "--format", "json", cwd=d)
            self.assertEqual(code, 0, err)
            self.assertEqual(json.loads(out)["total_pence"], EXPECTED_TOTAL + 60 * 5000)

    def test_scoped_set_prices_one_participant_and_is_listed(self):
        # S7-01 alone at £400.00: 20 SLE days x £50 more = £1,000.00; the other two cohort-7
        # specialists with SLE days keep the sample's £350.00.
        code, out, err = run("forecast", "--set", "participant:S7-01:sle_rate=400.00")
        self.assertEqual(code, 0, err)
        self.assertIn("sle_rate for participant S7-01 = 400.00", out)
        code, out, err = run("forecast", "--set", "participant:S7-01:sle_rate=400.00",
                             "--format", "json")
        self.assertEqual(code, 0, err)
        self.assertEqual(json.loads(out)["total_pence"], EXPECTED_TOTAL + 20 * 5000)
        # A scope that matches nobody: a warning, and the total unchanged.
        code, out, err = run("forecast", "--set", "participant:NOBODY:sle_rate=400.00")
        self.assertEqual(code, 0, err)
        self.assertIn("participant NOBODY", out)
        self.assertIn("matches nobody", out)
        # A malformed scope: an input error, nothing on stdout.
        code, out, err = run("forecast", "--set", "team:S7-01:sle_rate=400.00")
        self.assertEqual(code, 1)
        self.assertEqual(out, "")
        self.assertIn("participant:ID", err)

    def test_reallocate_policy(self):
        # Under reallocate the two accredited specialists keep their 4 PD Lead days:
        # S7-02 4 x £200 = £800 and F1-02 4 x £400 = £1,600 more.
        code, out, err = run("forecast", "--set", "pd_lead_policy=reallocate", "--format", "json")
        self.assertEqual(code, 0, err)
        self.assertEqual(json.loads(out)["total_pence"], EXPECTED_TOTAL + 4 * SECONDARY + 4 * FE)

    def test_quick_forecast_from_a_roster(self):
        with tempfile.TemporaryDirectory() as d:
            write_example_files(d)
            code, out, err = run("forecast", "--roster", "roster.csv", "--workgroups",
                                 "workgroups.csv", "--set", "sle_rate=350.00", "--format",
                                 "json", cwd=d)
            self.assertEqual(code, 0, err)
            self.assertEqual(json.loads(out)["total_pence"], EXPECTED_TOTAL)
            # Without the SLE rate, year 3 cannot be priced: an input error naming the setting.
            code, out, err = run("forecast", "--roster", "roster.csv", cwd=d)
            self.assertEqual(code, 1)
            self.assertEqual(out, "")
            self.assertIn("sle_rate", err)

    def test_user_edition_file(self):
        # A hub's own edition, as data: the FE programme again for a cohort starting in
        # September 2025. One specialist, not accredited: 2 years x 15 days x £400 = £12,000.
        text = (DATA / "editions" / "fe-2023.toml").read_text(encoding="utf-8")
        text = text.replace('id = "fe-2023"', 'id = "fe-2025"')
        text = text.replace("2023-01-01", "2025-01-01").replace("2023-09-01", "2025-09-01")
        with tempfile.TemporaryDirectory() as d:
            (Path(d) / "fe-2025.toml").write_text(text, encoding="utf-8")
            (Path(d) / "roster.csv").write_text(
                "participant,hub,programme,edition,cohort,institution,pd_lead_accredited\n"
                "N-01,YH4,fe,fe-2025,1,10004599,no\n", encoding="utf-8")
            code, out, err = run("forecast", "--edition", "fe-2025.toml", "--roster",
                                 "roster.csv", "--period", "financial", "--format", "json", cwd=d)
            self.assertEqual(code, 0, err)
            doc = json.loads(out)
            self.assertEqual(doc["total_pence"], 2 * 15 * FE)
            self.assertEqual(doc["horizon"], {"from": "2025-09-01", "to": "2027-08-31"})
            code, out, err = run("forecast", "--roster", "roster.csv", cwd=d)
            self.assertEqual(code, 1)
            self.assertIn("fe-2025", err)
            code, out, err = run("programmes", "--edition", "fe-2025.toml", cwd=d)
            self.assertEqual(code, 0, err)
            self.assertIn("fe-2025:", out)
            self.assertIn("starts 2025-09-01", out)


class FormatsTest(unittest.TestCase):
    PERIOD_LABEL = {
        "academic": r"\d{4}/\d{2}",
        "financial": r"FY\d{4}-\d{2}",
        "term": r"\d{4}/\d{2} (autumn|spring|summer)",
        "month": r"\d{4}-(0[1-9]|1[0-2])",
    }

    def test_every_period_sums_to_the_same_total(self):
        for period, label in self.PERIOD_LABEL.items():
            with self.subTest(period=period):
                code, out, err = run("forecast", "--period", period, "--format", "csv")
                self.assertEqual(code, 0, err)
                reader = csv.reader(io.StringIO(out))
                self.assertEqual(next(reader), ["programme", "period", "amount"])
                total = Decimal(0)
                for row in reader:
                    self.assertRegex(row[1], "^" + label + "$")
                    self.assertRegex(row[2], r"^-?\d+\.\d{2}$")
                    total += Decimal(row[2])
                self.assertEqual(total, pounds(EXPECTED_TOTAL))

    def test_financial_years_split_an_academic_year(self):
        # Cohort 7's year 1 (1 Sep 2022 - 31 Aug 2023) straddles FY2022-23 and FY2023-24; the
        # two sum to 4 x £3,000.
        code, out, err = run("forecast", "--by", "programme,year", "--period", "financial",
                             "--format", "csv")
        self.assertEqual(code, 0, err)
        rows = [r for r in csv.DictReader(io.StringIO(out))
                if r["programme"] == "sms" and r["year"] == "1"]
        self.assertEqual([r["period"] for r in rows], ["FY2022-23", "FY2023-24"])
        self.assertEqual(sum(Decimal(r["amount"]) for r in rows), pounds(4 * 15 * SECONDARY))

    def test_csv_header_names_each_grouping(self):
        code, out, err = run("forecast", "--by", "hub,programme,cohort,cost_type", "--format", "csv")
        self.assertEqual(code, 0, err)
        rows = list(csv.reader(io.StringIO(out)))
        self.assertEqual(rows[0], ["hub", "programme", "cohort", "cost_type", "period", "amount"])
        self.assertNotIn("Total", out)
        self.assertEqual(sum(Decimal(r[-1]) for r in rows[1:]), pounds(EXPECTED_TOTAL))
        sle = sum(Decimal(r[-1]) for r in rows[1:] if r[3] == "sle")
        self.assertEqual(sle, pounds(3 * 20 * SLE_RATE))  # three specialists, 20 days, £350

    def test_json(self):
        def no_floats(text):
            raise AssertionError("a JSON float in the output: " + text)

        code, out, err = run("forecast", "--by", "programme,cohort", "--period", "month",
                             "--format", "json")
        self.assertEqual(code, 0, err)
        doc = json.loads(out, parse_float=no_floats)
        self.assertEqual(doc["total_pence"], EXPECTED_TOTAL)
        self.assertEqual(doc["total"], str(pounds(EXPECTED_TOTAL)))
        self.assertEqual(doc["by"], ["programme", "cohort"])
        self.assertEqual(doc["period_type"], "month")
        self.assertEqual(doc["scenario"], "Central Maths Hub (WM1) — sample plan")
        self.assertEqual(set(doc["horizon"]), {"from", "to"})
        self.assertEqual(sum(r["amount_pence"] for r in doc["rows"]), EXPECTED_TOTAL)
        for r in doc["rows"]:
            self.assertEqual(Decimal(r["amount"]), pounds(r["amount_pence"]))
            self.assertRegex(r["period"], r"^\d{4}-\d{2}$")
            self.assertIn("programme", r)
            self.assertIn("cohort", r)
        settings = {a["setting"]: a["value"] for a in doc["assumptions"]}
        self.assertEqual(settings["sle_rate"], "350.00")
        self.assertEqual(len(doc["notes"]), 2)  # S7-02 and F1-02: PD Lead days not funded
        # The one plan warning of the sample plan (UQT_WARNING, without its "warning: ").
        self.assertEqual(doc["warnings"], [UQT_WARNING[len("warning: "):-1]])


class OutputFileTest(unittest.TestCase):
    def test_output_file_is_written(self):
        code, expected, err = run("forecast", "--format", "csv")
        self.assertEqual(code, 0, err)
        with tempfile.TemporaryDirectory() as d:
            code, out, err = run("forecast", "--format", "csv", "-o", "f.csv", cwd=d)
            self.assertEqual(code, 0, err)
            self.assertEqual(out, "")
            self.assertEqual((Path(d) / "f.csv").read_text(encoding="utf-8"), expected)
            self.assertEqual(os.listdir(d), ["f.csv"])  # no temporary file left behind

    def test_format_follows_the_extension(self):
        with tempfile.TemporaryDirectory() as d:
            code, _, err = run("forecast", "-o", "f.json", cwd=d)
            self.assertEqual(code, 0, err)
            doc = json.loads((Path(d) / "f.json").read_text(encoding="utf-8"))
            self.assertEqual(doc["total_pence"], EXPECTED_TOTAL)

    def test_html_footer_date_and_inputs(self):
        # 1767225600 s = 20,454 days × 86,400 s: 1 January 2026 00:00 UTC (20,454 days from
        # 1970: 56 years with 14 leap days, 56 × 365 + 14).
        self.assertEqual(20454 * 86400, 1767225600)
        self.assertEqual(56 * 365 + 14, 20454)
        roster = DATA / "default-roster.csv"
        with tempfile.TemporaryDirectory() as d:
            env = dict(os.environ, TZ="Europe/London", LC_ALL="C", SOURCE_DATE_EPOCH="1767225600")
            p = subprocess.run([CLI, "forecast", "--roster", str(roster), "--set",
                                "sle_rate=350.00", "-o", "r.html"], cwd=d, env=env,
                               capture_output=True, timeout=120)
            self.assertEqual(p.returncode, 0, p.stderr)
            page = (Path(d) / "r.html").read_text(encoding="utf-8")
            self.assertIn('<span id="generated">1 January 2026 00:00 UTC</span>', page)
            # Each input with its size and its SHA-256, computed here (hashlib) from the file.
            digest = hashlib.sha256(roster.read_bytes()).hexdigest()
            self.assertIn(f"<li>roster: {roster} ({roster.stat().st_size} bytes, SHA-256 "
                          f"{digest})</li>", page)
            # The built-in rate card it priced with: no file size, a fingerprint.
            self.assertRegex(page, r"<li>rate card: [^<(]+ \(SHA-256 [0-9a-f]{64}\)</li>")
            # A date that is not whole seconds is a usage error, and nothing is written.
            env["SOURCE_DATE_EPOCH"] = "yesterday"
            p = subprocess.run([CLI, "forecast", "-o", "s.html"], cwd=d, env=env,
                               capture_output=True, timeout=120)
            self.assertEqual(p.returncode, 2)
            self.assertIn("SOURCE_DATE_EPOCH", p.stderr.decode("utf-8"))
            self.assertIn("yesterday", p.stderr.decode("utf-8"))
            self.assertFalse((Path(d) / "s.html").exists())

    def test_failed_run_writes_nothing(self):
        with tempfile.TemporaryDirectory() as d:
            code, out, err = run("forecast", "--set", "sle_rate=abc", "-o", "f.csv", cwd=d)
            self.assertEqual(code, 1)
            self.assertIn("sle_rate", err)
            self.assertIn("abc", err)
            self.assertEqual(os.listdir(d), [])

    def test_failed_run_keeps_the_previous_file(self):
        with tempfile.TemporaryDirectory() as d:
            target = Path(d) / "f.csv"
            target.write_bytes(b"previous,content\n1,2\n")
            code, out, err = run("forecast", "--set", "sle_rate=abc", "-o", "f.csv", cwd=d)
            self.assertEqual(code, 1)
            self.assertEqual(target.read_bytes(), b"previous,content\n1,2\n")
            self.assertEqual(os.listdir(d), ["f.csv"])

    def test_unwritable_output_is_an_input_error(self):
        with tempfile.TemporaryDirectory() as d:
            missing = str(Path(d) / "no-such-folder" / "f.csv")
            code, out, err = run("forecast", "-o", missing)
            self.assertEqual(code, 1)
            self.assertIn(missing, err)


class ExplainTest(unittest.TestCase):
    def test_trailblazer_worked_example(self):
        # Section 8 rule 5: 240,000p x 174 / 260 = 160,615.4 -> £1,606.15 in 2022/23, and
        # £2,400.00 - £1,606.15 = £793.85 in 2023/24.
        code, out, err = run("explain", "--participant", "FT-01")
        self.assertEqual(code, 0, err)
        self.assertIn("£1,606.15", out)
        self.assertIn("£793.85", out)
        self.assertIn(display(15 * FE * 2), out)  # total funded £12,000.00

    def test_withdrawal(self):
        code, out, err = run("explain", "--participant", "S7-04")
        self.assertEqual(code, 0, err)
        for kept in S704_KEPT:
            self.assertIn(display(kept), out)
        self.assertIn(f"{C_S704_WITHDRAWN} / {W_S704_YEAR2}", out)
        self.assertIn(display(15 * SECONDARY + sum(S704_KEPT)), out)

    def test_workgroup(self):
        code, out, err = run("explain", "--workgroup", "WG-A")
        self.assertEqual(code, 0, err)
        self.assertIn(display(2 * GRANT), out)  # two departments

    def test_needs_exactly_one_id(self):
        self.assertEqual(run("explain")[0], 2)
        self.assertEqual(run("explain", "--participant", "FT-01", "--workgroup", "WG-A")[0], 2)
        code, out, err = run("explain", "--participant", "NOBODY")
        self.assertEqual(code, 1)
        self.assertIn("NOBODY", err)


# The default roster's line 5 is S7-04, UQT ("unqualified", 003) on cohort 7, whose essential
# criteria include Qualified Teacher Status (000): the one plan warning of the sample plan.
UQT_WARNING = ("warning: built-in default-roster.csv:5: field 'trn': participant S7-04 is UQT (no "
               "Qualified Teacher Status), but edition sms-2022-cohort7 has 'Qualified Teacher "
               "Status' as an essential criterion (000: Essential, Qualified Teacher Status)\n")


def write_clean_plan(folder, extra_roster_row=""):
    """The example files with S7-04 given a TRN (so that no plan check speaks), and
    `extra_roster_row` appended to the roster (on line 10)."""
    write_example_files(folder)
    roster = Path(folder) / "roster.csv"
    text = roster.read_text(encoding="utf-8").replace(",136920,UQT,", ",136920,7654321,")
    roster.write_text(text + extra_roster_row, encoding="utf-8")


class CheckTest(unittest.TestCase):
    def test_default_scenario(self):
        code, out, err = run("check")
        self.assertEqual(code, 0, err)
        self.assertEqual(out, f"OK: 8 participants, 4 departments, total {display(EXPECTED_TOTAL)}\n"
                         + UQT_WARNING)

    def test_strict_fails_on_a_warning_and_says_so(self):
        code, out, err = run("check", "--strict")
        self.assertEqual(code, 1)
        self.assertIn(UQT_WARNING, out)
        self.assertEqual(err, "mhfund: --strict: 1 warning, so the check fails\n")

    def test_strict_passes_a_clean_plan(self):
        with tempfile.TemporaryDirectory() as d:
            write_clean_plan(d)
            code, out, err = run("check", "--strict", "plan.toml", cwd=d)
            self.assertEqual(code, 0, err)
            self.assertEqual(out, "OK: 8 participants, 4 departments, total "
                             f"{display(EXPECTED_TOTAL)}\n")

    def test_plan_warnings_name_file_line_and_field(self):
        # Line 10: a cohort-7 specialist in another hub's area (EE1) whose TRN is S7-01's
        # (1234567, line 2) in its payslip form, priced at the rates of 2022 from 2030.
        row = "S7-09,EE1,sms,sms-2022-cohort7,7,2030-09-02,137084,RP12/34567,no,,20\n"
        with tempfile.TemporaryDirectory() as d:
            write_clean_plan(d, row)
            code, out, err = run("check", "plan.toml", cwd=d)
            self.assertEqual(code, 0, err)
            self.assertIn("roster.csv:10: field 'hub': participant S7-09 is in hub EE1, "
                          "not the scenario's hub WM1: its lines count in EE1\n", out)
            self.assertIn("roster.csv:10: field 'trn': TRN 12***** is also on "
                          "participant S7-01 (line 2): one teacher funded twice\n", out)
            self.assertIn("roster.csv:10: field 'start': participant S7-09 starts on "
                          "2030-09-02, more than a term from sms-2022-cohort7 cohort 7's start "
                          "on 2022-09-01", out)
            self.assertNotIn("1234567", out + err)
            self.assertEqual(run("check", "--strict", "plan.toml", cwd=d)[0], 1)
            # Every report lists them: the forecast's JSON too.
            code, out, err = run("forecast", "plan.toml", "--format", "json", cwd=d)
            self.assertEqual(code, 0, err)
            warnings = json.loads(out)["warnings"]
            self.assertEqual(len(warnings), 3, warnings)
            self.assertIn("roster.csv:10: field 'hub': participant S7-09 is in hub EE1", warnings[0])

    def test_an_empty_plan_warns(self):
        with tempfile.TemporaryDirectory() as d:
            (Path(d) / "empty.toml").write_text('name = "Nothing yet"\nhub = "WM1"\n',
                                                encoding="utf-8")
            code, out, err = run("check", "empty.toml", cwd=d)
            self.assertEqual(code, 0, err)
            self.assertEqual(out, "OK: 0 participants, 0 departments, total £0.00\n"
                             "warning: empty.toml: the plan has no participants and no Work Group "
                             "departments: nothing is priced (a roster or work groups file "
                             "missing?)\n")
            self.assertEqual(run("check", "--strict", "empty.toml", cwd=d)[0], 1)

    def test_missing_sle_rate_is_caught(self):
        with tempfile.TemporaryDirectory() as d:
            write_example_files(d)
            code, out, err = run("check", "--roster", "roster.csv", cwd=d)
            self.assertEqual(code, 1)
            self.assertTrue(err.startswith("mhfund: "), err)
            self.assertIn("sle_rate", err)

    def test_bad_roster_names_file_and_line(self):
        with tempfile.TemporaryDirectory() as d:
            write_example_files(d)
            rows = (Path(d) / "roster.csv").read_text(encoding="utf-8").splitlines()
            rows[3] = rows[3].replace(",WM1,", ",XX9,")  # line 4 of the file
            (Path(d) / "roster.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
            code, out, err = run("check", "--roster", "roster.csv", "--set", "sle_rate=350.00",
                                 cwd=d)
            self.assertEqual(code, 1)
            self.assertIn("roster.csv:4", err)
            self.assertIn("XX9", err)


class ReferenceTest(unittest.TestCase):
    def test_hubs(self):
        code, out, err = run("hubs")
        self.assertEqual(code, 0, err)
        codes = re.findall(r"^  ([A-Z]{2}\d) ", out, re.M)
        self.assertEqual(len(codes), 40)  # 003 appendix: "the 40 Maths Hubs"
        self.assertEqual(len(set(codes)), 40)
        self.assertRegex(out, r"West Midlands \(WM\)\n  WM1  Central Maths Hub\n")
        self.assertIn("Möbius Maths Hub", out)

    def test_programmes(self):
        code, out, err = run("programmes")
        self.assertEqual(code, 0, err)
        for edition in ("sms-2022-cohort7", "fe-2023", "wg-2024", "post16-dev"):
            self.assertIn(edition + ":", out)
        self.assertIn(display(15 * SECONDARY), out)  # SMS years 1 and 2: £3,000.00
        self.assertIn(display(11 * SECONDARY), out)  # accredited PD Lead, unfunded: £2,200.00
        self.assertIn(display(15 * FE), out)  # FE: £6,000.00
        self.assertIn(display(11 * FE), out)  # £4,400.00
        self.assertIn("setting sle_days", out)
        self.assertIn("setting sle_rate", out)
        self.assertIn(display(GRANT), out)
        self.assertIn(display(2 * GRANT), out)  # per Work Group of two departments
        self.assertIn("is covered by", out)  # 10 days x £200 = £2,000 (003)

    def test_one_edition(self):
        code, out, err = run("programmes", "--edition", "wg-2024")
        self.assertEqual(code, 0, err)
        self.assertIn("wg-2024:", out)
        self.assertNotIn("sms-2022-cohort7:", out)
        self.assertIn("at least 6 half-day meetings", out)
        self.assertIn("alternative 4", out)
        code, out, err = run("programmes", "--edition", "no-such-edition")
        self.assertEqual(code, 1)
        self.assertIn("no-such-edition", err)


class HelpTest(unittest.TestCase):
    # calendar, deadline and eligibility: EligibilityTest.test_help_examples_run.
    COMMANDS = [[], ["forecast"], ["explain"], ["check"], ["programmes"], ["claims"], ["outturn"],
                ["hubs"], ["budget"], ["compare"]]

    def examples(self, text):
        """The command lines under 'Examples:' in a help text."""
        lines = text.split("Examples:\n", 1)[1].splitlines()
        out = []
        for line in lines:
            if not line.startswith("  mhfund "):
                break
            out.append(shlex.split(line.strip()))
        return out

    def test_every_help_has_examples(self):
        for command in self.COMMANDS:
            with self.subTest(command=command):
                code, out, err = run(*command, "--help")
                self.assertEqual(code, 0, err)
                self.assertIn("Example", out)
                self.assertTrue(self.examples(out))
        _, out, _ = run("forecast", "--help")
        self.assertIn(["mhfund", "forecast", "--by", "programme,cohort", "--period", "financial"],
                      self.examples(out))
        self.assertIn(["mhfund", "forecast", "--roster", "roster.csv", "--set", "sle_rate=350.00",
                       "--format", "csv", "-o", "forecast.csv"], self.examples(out))

    def test_every_example_runs(self):
        for command in self.COMMANDS:
            code, help_text, _ = run(*command, "--help")
            for example in self.examples(help_text):
                with self.subTest(example=" ".join(example)), tempfile.TemporaryDirectory() as d:
                    write_example_files(d)
                    code, out, err = run(*example[1:], cwd=d)
                    self.assertEqual(code, 0, err)
                    if "-o" in example:
                        written = Path(d) / example[example.index("-o") + 1]
                        self.assertTrue(written.stat().st_size > 0)
                    else:
                        self.assertTrue(out)

    def test_every_command_is_covered(self):
        # The commands `mhfund --help` lists, each with a help whose examples run here or in
        # EligibilityTest: a new command file cannot slip in without them.
        code, out, err = run("--help")
        self.assertEqual(code, 0, err)
        block = re.split(r"(?im)^subcommands:$", out, maxsplit=1)[1].split("\n\n", 1)[0]
        listed = re.findall(r"^  (\w+)  ", block, re.M)
        # `help` is tested in test_terminal.py.
        covered = {c[0] for c in self.COMMANDS if c} | {"calendar", "deadline", "eligibility",
                                                        "help"}
        self.assertEqual(len(listed), 13)
        self.assertEqual(set(listed), covered)

    def test_version(self):
        header = (SOURCE_DIR / "include" / "mhfund" / "version.hpp").read_text(encoding="utf-8")
        parts = [re.search(rf"#define MHFUND_VERSION_{p} (\d+)", header).group(1)
                 for p in ("MAJOR", "MINOR", "PATCH")]
        code, out, err = run("--version")
        self.assertEqual(code, 0, err)
        lines = out.strip().splitlines()
        self.assertEqual(lines[0], "mhfund " + ".".join(parts))
        # Then the data the tool carries: every built-in edition, and the rate card's date.
        editions = [re.search(r'^id = "([^"]+)"', p.read_text(encoding="utf-8"), re.M).group(1)
                    for p in (SOURCE_DIR / "src" / "data" / "editions").glob("*.toml")]
        self.assertEqual(sorted(lines[1].partition("Built-in editions: ")[2].split(", ")),
                         sorted(editions))
        self.assertRegex(lines[2], r"^Built-in rate card: latest value effective \d{4}-\d\d-\d\d$")
        self.assertEqual(len(lines), 3, out)


class BudgetTest(unittest.TestCase):
    """`mhfund budget` and `mhfund compare` (domain.md rule 14, section 7 question 4), with the
    differences derived by hand."""

    def compare_json(self, folder, a, b, *options):
        code, out, err = run("compare", a, b, *options, "--format", "json", cwd=folder)
        self.assertEqual(code, 0, err)
        return json.loads(out)

    def test_round_trip_compares_as_zero(self):
        with tempfile.TemporaryDirectory() as d:
            write_example_files(d)
            code, out, err = run("budget", "plan.toml", "-o", "saved.json", cwd=d)
            self.assertEqual(code, 0, err)
            self.assertIn("saved.json", out)
            doc = json.loads((Path(d) / "saved.json").read_text(encoding="utf-8"))
            self.assertEqual(doc["format"], "mhfund budget")
            self.assertIn("never edit it by hand", doc["notice"].lower())
            c = self.compare_json(d, "saved.json", "saved.json", "--by", "participant,category",
                                  "--period", "month")
            self.assertEqual(c["lines"], [])
            self.assertTrue(c["rows"])
            for row in c["rows"]:
                self.assertEqual(row["amount_a"], row["amount_b"])
                self.assertEqual(row["difference_pence"], 0)
            self.assertEqual(c["difference_pence"], 0)
            self.assertEqual(c["total_a"], doc["total"])

    def test_outturn_against_its_own_budget(self):
        # With no claims and T before every window (the plan starts 1 September 2022), the
        # outturn is the forecast (rule 12: F = 0, K = 0, so R = A), so against the budget saved
        # from the same plan the variance is zero in every row and the budget equals the outturn.
        with tempfile.TemporaryDirectory() as d:
            write_example_files(d)
            (Path(d) / "none.csv").write_text(
                "participant,workgroup,date,category,days,amount,reference\n", encoding="utf-8")
            code, _, err = run("budget", "plan.toml", "-o", "saved.json", cwd=d)
            self.assertEqual(code, 0, err)
            code, out, err = run("outturn", "plan.toml", "--claims", "none.csv", "--as-of",
                                 "2022-08-01", "--budget", "saved.json", "--by", "programme",
                                 "--period", "month", "--format", "csv", cwd=d)
            self.assertEqual(code, 0, err)
            rows = list(csv.DictReader(io.StringIO(out)))
            self.assertTrue(rows)
            for row in rows:
                self.assertEqual(row["budget"], row["outturn"], row)
                self.assertEqual(Decimal(row["variance"]), 0, row)
            # An SLE rate £50.00 higher in the plan than in the budget: the variance is 20 SLE
            # days × £50.00 = £1,000.00 for each year-3 specialist with 20 days, in total the
            # difference of the two forecasts' totals.
            (Path(d) / "higher.toml").write_text(
                (Path(d) / "plan.toml").read_text(encoding="utf-8").replace(
                    'sle_rate = "350.00"', 'sle_rate = "400.00"'), encoding="utf-8")
            code, out, err = run("outturn", "higher.toml", "--claims", "none.csv", "--as-of",
                                 "2022-08-01", "--budget", "saved.json", "--period", "academic",
                                 "--format", "csv", cwd=d)
            self.assertEqual(code, 0, err)
            total = sum(Decimal(r["variance"]) for r in csv.DictReader(io.StringIO(out)))
            _, a, _ = run("forecast", "plan.toml", "--format", "json", cwd=d)
            _, b, _ = run("forecast", "higher.toml", "--format", "json", cwd=d)
            self.assertEqual(total, Decimal(json.loads(b)["total"]) - Decimal(json.loads(a)["total"]))
            self.assertGreater(total, 0)
            self.assertEqual(total % Decimal("1000.00"), 0)

    def test_changed_roster_is_named_with_both_fingerprints(self):
        with tempfile.TemporaryDirectory() as d:
            write_example_files(d)
            roster = Path(d) / "roster.csv"
            saved = hashlib.sha256(roster.read_bytes()).hexdigest()
            code, _, err = run("budget", "plan.toml", "-o", "saved.json", cwd=d)
            self.assertEqual(code, 0, err)
            roster.write_bytes(roster.read_bytes().replace(b"S7-03,WM1", b"S7-03,EM1"))
            now = hashlib.sha256(roster.read_bytes()).hexdigest()
            code, out, err = run("compare", "saved.json", "plan.toml", cwd=d)
            self.assertEqual(code, 0, err)
            self.assertIn(f"roster ./roster.csv: saved {saved}, now {now}", out)
            c = self.compare_json(d, "saved.json", "plan.toml")
            self.assertEqual(c["changed_inputs_a"], [{"role": "roster", "file": "./roster.csv",
                                                      "saved_sha256": saved,
                                                      "current_sha256": now}])

    def test_sle_rate_moves(self):
        # S7-01, S7-02 and S7-03 have 20 year-3 SLE days each (S7-04 withdraws before year 3):
        # B - A = 3 × 20 × (£400.00 - £350.00) = £3,000.00, all in 2024/25, on three lines.
        with tempfile.TemporaryDirectory() as d:
            write_example_files(d)
            c = self.compare_json(d, "budget.json", "whatif.toml", "--by", "cost_type")
            self.assertEqual(c["difference_pence"], 3 * 20 * 5000)
            for row in c["rows"]:
                expected = 60000 * 5 if (row["cost_type"], row["period"]) == ("sle", "2024/25") else 0
                self.assertEqual(row["difference_pence"], expected)
            self.assertEqual(len(c["lines"]), 3)
            for line in c["lines"]:
                self.assertEqual((line["year"], line["category"]), (3, "sle"))
                self.assertEqual(line["amount_a_pence"], 20 * 35000)
                self.assertEqual(line["amount_b_pence"], 20 * 40000)
                self.assertIn("rate sle changed: £350.00 → £400.00", line["reasons"])
            self.assertEqual(c["settings"], [{"setting": "sle_rate", "a": "350.00", "b": "400.00"}])

    def test_withdrawal(self):
        # FT-01 (trailblazer) withdrawn on 1 Sep 2023. Year 1 runs 1 Jan-31 Dec 2023: W = 260
        # weekdays, C(2023-09-01) = 174 (checked in ForecastTest). Kept (rule 6):
        # round_half_up(240,000 × 174 / 260) = 160,615p of central events and
        # round_half_up(360,000 × 174 / 260) = 240,923p of practice-based work; year 2 starts
        # after the withdrawal and is not priced (600,000p).
        self.assertEqual(round_half_up_div(240000 * 174, 260), 160615)
        self.assertEqual(round_half_up_div(360000 * 174, 260), 240923)
        with tempfile.TemporaryDirectory() as d:
            write_example_files(d)
            roster = Path(d) / "roster.csv"
            text = roster.read_text(encoding="utf-8")
            (Path(d) / "withdrawn.csv").write_text(
                text.replace("FT-01,WM1,fe,fe-2023,trailblazer,,10004599,3456789,no,,",
                             "FT-01,WM1,fe,fe-2023,trailblazer,,10004599,3456789,no,2023-09-01,"),
                encoding="utf-8")
            (Path(d) / "withdrawn.toml").write_text(
                (Path(d) / "plan.toml").read_text(encoding="utf-8").replace("roster.csv",
                                                                            "withdrawn.csv"),
                encoding="utf-8")
            c = self.compare_json(d, "budget.json", "withdrawn.toml", "--by", "participant")
            self.assertEqual(c["difference_pence"], 160615 + 240923 - 1200000)
            by_period = {r["period"]: r["difference_pence"] for r in c["rows"]
                         if r["participant"] == "FT-01"}
            # 2022/23 (Jan-Aug 2023) keeps all it had; the later years lose the rest.
            self.assertEqual(by_period["2022/23"], 0)
            self.assertEqual(sum(by_period.values()), 160615 + 240923 - 1200000)
            central = [l for l in c["lines"] if (l["subject"], l["year"], l["category"]) ==
                       ("FT-01", 1, "central_events")]
            self.assertEqual(central[0]["amount_b_pence"], 160615)
            self.assertIn("withdrawal: not withdrawn → 2023-09-01", central[0]["reasons"])


class ErrorsTest(unittest.TestCase):
    def assert_usage_error(self, *args):
        code, out, err = run(*args)
        self.assertEqual(code, 2, err)
        self.assertEqual(out, "")
        self.assertTrue(err.startswith("mhfund: "), err)
        return err

    def test_usage_errors(self):
        self.assertIn("weekly", self.assert_usage_error("forecast", "--period", "weekly"))
        self.assertIn("colour", self.assert_usage_error("forecast", "--by", "programme,colour"))
        self.assert_usage_error("forecast", "--format", "pdf")
        self.assert_usage_error("forecast", "--no-such-option")
        self.assert_usage_error("forecast", "--set", "sle_rate")
        self.assert_usage_error()
        self.assert_usage_error("no-such-command")

    def test_missing_scenario_file(self):
        with tempfile.TemporaryDirectory() as d:
            path = str(Path(d) / "no-such-plan.toml")
            code, out, err = run("forecast", path)
            self.assertEqual(code, 1)
            self.assertEqual(out, "")
            self.assertTrue(err.startswith("mhfund: "), err)
            self.assertIn(path, err)

    def test_bad_setting_value(self):
        code, out, err = run("forecast", "--set", "meetings=many")
        self.assertEqual(code, 1)
        self.assertIn("meetings", err)
        self.assertIn("many", err)

    def test_bad_scenario_file(self):
        with tempfile.TemporaryDirectory() as d:
            (Path(d) / "plan.toml").write_text('name = "x"\nsle_rate = 350.0\n', encoding="utf-8")
            code, out, err = run("check", "plan.toml", cwd=d)
            self.assertEqual(code, 1)
            self.assertIn("plan.toml", err)


# ---------------------------------------------------------------------------------------------
# Key dates, deadlines and eligibility. Deadlines are UK local time: 001 "by 5pm on 14 March
# 2025" (GMT, BST starting on 30 March 2025) and 003 "Friday 28th June 2024" (BST, UTC+1; the
# whole day counts).

APPLICATIONS_HEADER = ("applicant,edition,hub,institution,trn,qts,qtls,ect,years_teaching_maths,"
                       "phase,state_funded,condition_of_funding,head_of_department_trn,"
                       "advocate1_trn,advocate2_trn")
APPLICATIONS = "\n".join([
    APPLICATIONS_HEADER,
    "S-01,sms-2025-26,WM1,137083,1234567,yes,,no,5,secondary,yes,,,,",  # line 2: eligible
    "S-02,sms-2025-26,WM1,138412,,yes,,yes,6,secondary,yes,,,,",  # 3: an ECT (001)
    "F-01,fe-2023,EM1,10004599,,,,,1,fe,,yes,,,",  # 4: one year teaching maths (004)
    "W-01,wg-2024,WM1,141120,,,,,,secondary,yes,,2345678,,UQT",  # 5: a blank TRN (003)
    "W-02,wg-2024,WM1,143557,,,,,,secondary,yes,,RP23/45678,3456789,UQT",  # 6: eligible
]) + "\n"

BST_EDITION = """id = "bst-test"
programme = "workgroup"
kind = "workgroup"
[workgroup]
first_year = "2024/25"
  [[workgroup.grant]]
  year = 1
  amount = "2000.00"
[deadline]
date = 2024-06-28
time = "17:00"
"""


def write_calendar_example_files(folder):
    """The files the calendar, deadline and eligibility examples name."""
    write_example_files(folder)
    (Path(folder) / "applications.csv").write_text(APPLICATIONS, encoding="utf-8")


def calendar_rows(out):
    """The dated rows of `mhfund calendar`: (when, edition, what), source lines left out."""
    rows = []
    for line in out.split("\n\n", 1)[1].split("\n\nNot dated", 1)[0].splitlines():
        cells = re.split(r"\s{2,}", line.strip())
        if len(cells) >= 3:
            rows.append(tuple(cells[:3]))
    return rows


class CalendarTest(unittest.TestCase):
    def test_default_calendar_in_date_order(self):
        code, out, err = run("calendar")
        self.assertEqual(code, 0, err)
        rows = calendar_rows(out)
        whens = [r[0] for r in rows]
        # Hand-ordered: the Work Group deadline (end of 28 June 2024, BST), the Work Group
        # year (September 2024 to July 2025, sorted at 1 September 2024), the SMS 2025/26
        # deadline (5pm GMT on 14 March 2025), the Mastery conference (June 2025).
        wanted = ["2024-06-28 23:59:59 BST (end of the day)", "September 2024 to July 2025",
                  "2025-03-14 17:00:00 GMT", "June 2025"]
        for w in wanted:
            self.assertIn(w, whens)
        self.assertEqual([w for w in whens if w in wanted], wanted)
        self.assertEqual(rows[whens.index(wanted[0])][1], "wg-2024")
        self.assertEqual(rows[whens.index(wanted[2])][1], "sms-2025-26")
        self.assertIn("conference", rows[whens.index("June 2025")][2])
        # Deadlines with their UTC instants.
        self.assertIn("on time up to 2024-06-28T22:59:59Z", out)
        self.assertIn("on time up to 2025-03-14T17:00:00Z", out)
        # Terms sort at their first day: spring 2022 (form, 000) comes first of all.
        self.assertEqual(whens[0], "spring term 2022")
        # The senior leader's launch has no date in 000 or 004: listed as not dated.
        undated = out.split("Not dated by the documents", 1)[1]
        self.assertIn("half-day launch", undated)
        self.assertIn("half-day online launch", undated)

    def test_from(self):
        code, out, err = run("calendar", "--from", "2025-01-01")
        self.assertEqual(code, 0, err)
        whens = [r[0] for r in calendar_rows(out)]
        self.assertEqual(whens, ["2024/25", "September 2024 to July 2025",
                                 "2025-03-14 17:00:00 GMT", "June 2025"])
        code, out, err = run("calendar", "--from", "2025-02-30")
        self.assertEqual(code, 2)
        self.assertEqual(out, "")

    def test_all_editions(self):
        code, out, err = run("calendar", "--all")
        self.assertEqual(code, 0, err)
        self.assertIn("post16-dev", out)  # its deadline, recorded as not given (002)
        self.assertIn("2025/26", out)  # 001: the programme begins in 2025/26


class DeadlineTest(unittest.TestCase):
    def verdict(self, edition, submitted, cwd=None):
        code, out, err = run("deadline", "--edition", edition, "--submitted", submitted, cwd=cwd)
        self.assertEqual(code, 0, err)
        return out.split(":", 1)[0], out

    def test_five_pm_on_14_march_2025(self):
        self.assertEqual(self.verdict("sms-2025-26", "2025-03-14 16:59")[0], "on time")
        self.assertEqual(self.verdict("sms-2025-26", "2025-03-14 17:01")[0], "late")
        self.assertEqual(self.verdict("sms-2025-26", "2025-03-14T16:59:00+00:00")[0], "on time")
        self.assertEqual(self.verdict("sms-2025-26", "2025-03-14T17:00:00Z")[0], "on time")
        self.assertEqual(self.verdict("sms-2025-26", "2025-03-14T17:00:01Z")[0], "late")

    def test_bst_day_offset_and_utc_agree(self):
        local, out_local = self.verdict("wg-2024", "2024-06-28T16:59:00+01:00")
        utc, out_utc = self.verdict("wg-2024", "2024-06-28T15:59Z")
        self.assertEqual(local, "on time")
        self.assertEqual(out_local, out_utc)  # the same instant, the same answer
        self.assertIn("2024-06-28T15:59:00Z", out_local)
        self.assertEqual(self.verdict("wg-2024", "2024-06-28T22:59:59Z")[0], "on time")
        self.assertEqual(self.verdict("wg-2024", "2024-06-29 00:00")[0], "late")
        with tempfile.TemporaryDirectory() as d:
            (Path(d) / "bst.toml").write_text(BST_EDITION, encoding="utf-8")
            # 17:00 BST is 16:00 UTC: 16:30 UTC is late, though 16:30 GMT would not be.
            for submitted, want in (("2024-06-28T16:59:00+01:00", "on time"),
                                    ("2024-06-28T15:59Z", "on time"),
                                    ("2024-06-28 16:59", "on time"),
                                    ("2024-06-28T16:30Z", "late"),
                                    ("2024-06-28T17:01+01:00", "late")):
                with self.subTest(submitted=submitted):
                    self.assertEqual(self.verdict("bst.toml", submitted, cwd=d)[0], want)

    def test_errors(self):
        code, out, err = run("deadline", "--edition", "fe-2023", "--submitted", "2023-01-31 12:00")
        self.assertEqual(code, 1)
        self.assertEqual(out, "")
        self.assertIn("no application deadline", err)
        code, out, err = run("deadline", "--edition", "sms-2025-26", "--submitted", "14/03/2025")
        self.assertEqual(code, 1)
        self.assertIn("14/03/2025", err)
        code, out, err = run("deadline", "--edition", "sms-2025-26", "--submitted",
                             "2025-03-30 01:30")
        self.assertEqual(code, 1)
        self.assertIn("does not exist", err)
        code, out, err = run("deadline", "--edition", "sms-2025-26")
        self.assertEqual(code, 2)


class EligibilityTest(unittest.TestCase):
    def test_refusals_name_file_line_and_field(self):
        with tempfile.TemporaryDirectory() as d:
            write_calendar_example_files(d)
            code, out, err = run("eligibility", "applications.csv", cwd=d)
        self.assertEqual(code, 0, err)
        self.assertRegex(out, r"S-01  sms-2025-26  WM1  line 2: meets the checked essential")
        self.assertIn("S-02  sms-2025-26  WM1  line 3: REFUSED", out)
        self.assertIn("applications.csv:3: field 'ect': not an early career teacher (ECT)", out)
        self.assertIn("F-01  fe-2023  EM1  line 4: REFUSED", out)
        self.assertIn("applications.csv:4: field 'years_teaching_maths'", out)
        self.assertIn("applications.csv:5: field 'advocate1_trn'", out)
        self.assertIn("a blank TRN makes an application unprocessable", out)
        self.assertIn("W-02  wg-2024  WM1  line 6: meets the checked essential", out)
        self.assertIn("at least 6 separate half-day meetings", out)
        self.assertIn("at least 10 (combined) days", out)
        self.assertIn("2 of 5 applications meet the checked essential criteria; 3 refused", out)
        for trn in ("1234567", "2345678", "3456789", "RP23/45678"):
            self.assertNotIn(trn, out)  # TRNs are personal data

    def test_csv_and_edition_filter(self):
        with tempfile.TemporaryDirectory() as d:
            write_calendar_example_files(d)
            code, out, err = run("eligibility", "applications.csv", "--edition", "wg-2024",
                                 "-o", "checked.csv", cwd=d)
            self.assertEqual(code, 0, err)
            self.assertEqual(out, "")
            rows = list(csv.DictReader(io.StringIO(
                (Path(d) / "checked.csv").read_text(encoding="utf-8"))))
        self.assertEqual({r["applicant"] for r in rows}, {"W-01", "W-02"})
        unmet = [(r["applicant"], r["line"], r["field"]) for r in rows
                 if r["outcome"] == "unmet" and r["level"] == "essential"]
        self.assertEqual(unmet, [("W-01", "5", "advocate1_trn")])

    def test_bad_input_writes_nothing(self):
        with tempfile.TemporaryDirectory() as d:
            bad = APPLICATIONS.replace("RP23/45678", "RP23/4567")
            (Path(d) / "applications.csv").write_text(bad, encoding="utf-8")
            code, out, err = run("eligibility", "applications.csv", "-o", "checked.csv", cwd=d)
            self.assertEqual(code, 1)
            self.assertEqual(out, "")
            self.assertIn("applications.csv:6:", err)
            self.assertIn("field 'head_of_department_trn'", err)
            self.assertNotIn("RP23/4567", err)
            self.assertFalse((Path(d) / "checked.csv").exists())

    def test_help_examples_run(self):
        for command in (["calendar"], ["deadline"], ["eligibility"]):
            code, help_text, err = run(*command, "--help")
            self.assertEqual(code, 0, err)
            examples = HelpTest.examples(None, help_text)
            self.assertTrue(examples, command)
            for example in examples:
                with self.subTest(example=" ".join(example)), \
                        tempfile.TemporaryDirectory() as d:
                    write_calendar_example_files(d)
                    code, out, err = run(*example[1:], cwd=d)
                    self.assertEqual(code, 0, err)
                    if "-o" in example:
                        written = Path(d) / example[example.index("-o") + 1]
                        self.assertTrue(written.stat().st_size > 0)
                    else:
                        self.assertTrue(out)


if __name__ == "__main__":
    if not CLI:
        sys.exit("MHFUND_CLI must name the mhfund binary")
    unittest.main()
