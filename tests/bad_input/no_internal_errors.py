#!/usr/bin/env python3
"""No input ends in an internal error: every file of the bad-input corpus and of the fuzz seed
corpus, run through the `mhfund` tool in the role it was written for.

The corpus cases assert their exit codes one by one (runner.py, which also refuses exit 3 for
any case); this sweep adds every fuzz seed (rosters, work groups, claims, scenarios, editions,
amounts) and the corpus cases' files in every role that reads them. A run may accept its input
(exit 0) or refuse it (exit 1 or 2); an internal error (exit 3), a crash (a signal) or a hang
is a finding.

Environment: MHFUND_CLI (the binary), MHFUND_SOURCE_DIR (the source tree; defaults to the
folder two levels up from this file).
Usage: MHFUND_CLI=/path/to/mhfund python3 no_internal_errors.py
"""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = Path(os.environ.get("MHFUND_SOURCE_DIR") or HERE.parents[1])
FUZZ = SOURCE / "tests" / "fuzz" / "corpus"
CASES = HERE / "cases"
CLAIMS_PLAN = SOURCE / "tests" / "data" / "claims"
TIMEOUT = 60


def run(cli, args, cwd):
    env = dict(os.environ, TZ="Europe/London", LC_ALL="C")
    try:
        p = subprocess.run([cli, *args], cwd=cwd, env=env, capture_output=True, timeout=TIMEOUT,
                           check=False)
    except subprocess.TimeoutExpired:
        return None, ""
    return p.returncode, p.stderr.decode("utf-8", errors="backslashreplace")


def runs_for(path: Path, role: str, work: Path):
    """The command lines that read `path` as a `role`, after copying what they need to `work`."""
    if role == "roster":
        shutil.copy(path, work / "roster.csv")
        return [["check", "--roster", "roster.csv", "--set", "sle_rate=350.00"],
                ["forecast", "--roster", "roster.csv", "--set", "sle_rate=350.00", "--by",
                 "participant", "--period", "month", "--format", "csv"]]
    if role == "workgroups":
        shutil.copy(path, work / "workgroups.csv")
        shutil.copy(SOURCE / "src" / "data" / "default-roster.csv", work / "roster.csv")
        return [["check", "--roster", "roster.csv", "--workgroups", "workgroups.csv", "--set",
                 "sle_rate=350.00"]]
    if role == "claims":
        for name in ("scenario.toml", "roster.csv", "workgroups.csv"):
            shutil.copy(CLAIMS_PLAN / name, work / name)
        shutil.copy(path, work / "claims.csv")
        return [["claims", "scenario.toml", "--claims", "claims.csv", "--format", "csv"]]
    if role == "scenario":
        shutil.copy(path, work / "scenario.toml")
        return [["check", "scenario.toml"],
                ["forecast", "scenario.toml", "--period", "term", "--format", "json"]]
    if role == "edition":
        shutil.copy(path, work / "edition.toml")
        return [["programmes", "--edition", "edition.toml"]]
    if role == "amount":
        text = path.read_bytes().replace(b"\0", b"").decode("utf-8", errors="replace")
        text = text.splitlines()[0] if text.splitlines() else text
        return [["forecast", "--set", f"sle_rate={text}"],
                ["forecast", "--set", f"wg_grant={text}"],
                ["forecast", "--set", f"sle_days={text}"]]
    raise ValueError(role)


def inputs():
    """(file, role) for every seed and every case file."""
    roles = {"roster": "roster", "workgroups": "workgroups", "claims": "claims",
             "scenario": "scenario", "capi": "scenario", "edition": "edition", "money": "amount"}
    for folder, role in roles.items():
        for p in sorted((FUZZ / folder).iterdir()) if (FUZZ / folder).is_dir() else []:
            if p.is_file():
                yield p, role
    for case in sorted(CASES.iterdir()):
        for p in sorted(case.iterdir()):
            if not p.is_file() or p.is_symlink():
                continue
            name = p.name
            if name.startswith("roster") and name.endswith(".csv"):
                yield p, "roster"
            elif name.startswith("workgroups") and name.endswith(".csv"):
                yield p, "workgroups"
            elif name.startswith("claims") and name.endswith(".csv"):
                yield p, "claims"
            elif name.endswith(".toml") and name != "expect.toml":
                # An edition file names a programme at its top; a scenario does not.
                text = p.read_text(encoding="utf-8", errors="replace")
                yield p, "edition" if "\nprogramme = " in "\n" + text else "scenario"


def main() -> int:
    cli = os.environ.get("MHFUND_CLI", "")
    if not cli:
        print("no_internal_errors.py: set MHFUND_CLI to the mhfund executable", file=sys.stderr)
        return 2
    cli = str(Path(cli).resolve())
    findings = []
    count = 0
    for path, role in inputs():
        with tempfile.TemporaryDirectory(prefix="mhfund-sweep-") as tmp:
            work = Path(tmp)
            for args in runs_for(path, role, work):
                count += 1
                code, err = run(cli, args, work)
                if code is None:
                    findings.append(f"{path.relative_to(SOURCE)} ({role}): no answer within "
                                    f"{TIMEOUT} s: {args}")
                elif code < 0 or code not in (0, 1, 2):
                    what = f"signal {-code}" if code < 0 else f"exit {code}"
                    findings.append(f"{path.relative_to(SOURCE)} ({role}): {what}: {args}\n"
                                    f"    {err.strip()[:600]}")
    for f in findings:
        print("FAIL " + f)
    print(f"{count - len(findings)} of {count} runs end in exit 0, 1 or 2")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
