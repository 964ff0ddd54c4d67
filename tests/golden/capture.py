#!/usr/bin/env python3
"""Writes every output of a set of sample scenarios, in every format, into a folder.

A refactoring guard: tests/golden/expected/ holds what the 0.1 series wrote for these runs, and
test_golden.py checks the current build writes the same (figures, words and layout). The figures
themselves are asserted by hand elsewhere (tests/unit, tests/cli); this test only says that a
change meant to move code did not move a penny. A change that is meant to alter an output
regenerates the expected files with `capture.py MHFUND OUT_DIR` and says why in its commit.

Usage: capture.py MHFUND OUT_DIR
"""
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

SOURCE = pathlib.Path(__file__).resolve().parents[2]

# (name, scenario args). An empty list is the embedded default scenario. Paths are relative to
# the source folder, where the tool runs: a message that names a file then reads the same, and
# wraps at the same place, wherever the source is checked out.
SCENARIOS = [
    ("default", []),
    ("claims", ["tests/data/claims/scenario.toml"]),
    ("lead-withdrawn", ["tests/data/lead-withdrawn.toml"]),
    ("term-phasing", ["tests/data/term-phasing.toml"]),
    ("horizon", ["tests/data/horizon-2024-25.toml"]),
]
PERIODS = ["academic", "financial", "term", "month"]
GROUPINGS = ["programme", "hub,region", "edition,cohort,year", "participant,workgroup",
             "institution", "cost_type,category", ""]


# The HTML page's footer dates it: a fixed SOURCE_DATE_EPOCH (1 January 2026 00:00 UTC) keeps
# the golden pages the same from run to run.
ENV = dict(os.environ, SOURCE_DATE_EPOCH="1767225600")


def run(mhfund, args):
    # Tables wrap at 80 columns, as they do when standard output is not a terminal.
    env = dict(ENV, COLUMNS="80")
    r = subprocess.run([mhfund] + args, cwd=SOURCE, capture_output=True, text=True, env=env)
    return f"exit {r.returncode}\n--- stdout\n{r.stdout}--- stderr\n{r.stderr}"


def ids(mhfund, scenario):
    """The participant and Work Group ids of a scenario, from its CSV forecast."""
    out = subprocess.run([mhfund, "forecast"] + scenario +
                         ["--by", "participant,workgroup", "--format", "csv"],
                         cwd=SOURCE, capture_output=True, text=True, check=True).stdout
    people, groups = set(), set()
    for line in out.splitlines()[1:]:
        p, w = line.split(",")[:2]
        (people.add(p) if p else groups.add(w))
    return sorted(people), sorted(groups)


# LibreOffice trusts an xlsx file's cached results unless told to recalculate on load.
RECALC_ALWAYS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def workbook_values(path, tmp):
    """Every sheet's values as LibreOffice recalculates them, one CSV per sheet."""
    out = pathlib.Path(tmp) / "csv"
    out.mkdir(exist_ok=True)
    profile = pathlib.Path(tmp) / "profile"
    (profile / "user").mkdir(parents=True, exist_ok=True)
    (profile / "user" / "registrymodifications.xcu").write_text(RECALC_ALWAYS)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to",
                    'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
                    "--outdir", str(out), str(path)], check=True, capture_output=True)
    sheets = sorted(out.glob("*.csv"))
    return "".join(f"=== {s.name}\n{s.read_text()}" for s in sheets)


def capture(mhfund, out_dir):
    out_dir = pathlib.Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, scen in SCENARIOS:
            files = {}
            extra = ["--claims", "tests/data/claims/basic.csv"] if name == "claims" else []
            files["table"] = run(mhfund, ["forecast"] + scen)
            for p in PERIODS:
                files[f"table-{p}"] = run(mhfund, ["forecast"] + scen + ["--period", p])
                for g in GROUPINGS:
                    files[f"csv-{p}-{g or 'none'}"] = run(
                        mhfund, ["forecast"] + scen + ["--by", g, "--period", p, "--format", "csv"])
            files["json"] = run(mhfund, ["forecast"] + scen +
                                ["--by", "programme,category", "--period", "term", "--format",
                                 "json"])
            people, groups = ids(mhfund, scen)
            for p in people:
                files[f"explain-{p}"] = run(mhfund, ["explain"] + scen + ["--participant", p])
            for w in groups:
                files[f"explain-{w}"] = run(mhfund, ["explain"] + scen + ["--workgroup", w])
            if extra:
                files["claims-table"] = run(mhfund, ["claims"] + scen + extra)
                files["claims-csv"] = run(mhfund, ["claims"] + scen + extra + ["--format", "csv"])
                files["claims-json"] = run(mhfund, ["claims"] + scen + extra + ["--format", "json"])
            html = pathlib.Path(tmp) / f"{name}.html"
            run(mhfund, ["forecast"] + scen + ["-o", str(html)])
            files["html"] = html.read_text()
            run(mhfund, ["forecast"] + scen + ["--by", "hub,cost_type", "--period", "financial",
                                               "-o", str(html)])
            files["html-by-hub,cost_type-financial"] = html.read_text()
            xlsx = pathlib.Path(tmp) / f"{name}.xlsx"
            run(mhfund, ["forecast"] + scen + ["-o", str(xlsx)])
            files["xlsx-values"] = workbook_values(xlsx, tmp)
            shutil.rmtree(pathlib.Path(tmp) / "csv", ignore_errors=True)
            for key, text in files.items():
                text = text.replace(str(SOURCE), "SOURCE").replace(tmp, "TMP")
                (out_dir / f"{name}.{key}.txt").write_text(text)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    capture(sys.argv[1], sys.argv[2])
