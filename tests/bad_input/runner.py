#!/usr/bin/env python3
"""Runs the bad-input corpus against the `mhfund` command-line tool.

Each case is a folder under cases/ holding the input files and an expect.toml:

    description = "what the case is about"
    args = ["check", "scenario.toml"]      # the command line, after `mhfund`
    exit = 1                               # the exit code expected
    stderr = ["roster.csv:4:", "field 'start'", "'2024-02-30'", "expected"]
    stderr_absent = ["1234567"]            # optional: text that must not appear in stderr
    prefix = true                          # optional (default true): stderr starts "mhfund: "
    readonly = ["out.csv"]                 # optional: files made read-only (mode 0444) first

    [output]                               # optional, for accepted cases: an output file's
    file = "out.csv"                       # text must hold each of `contains` and none of
    contains = ["'=HYPERLINK("]            # `absent`
    absent = ["\n=HYPERLINK("]

    [compare]                              # optional, for accepted cases: a second run in the
    args = ["forecast", "..."]             # same folder whose output file must be byte-identical
    files = ["out.csv", "plain.csv"]       # to the first run's

A case is copied to a temporary folder and run there (symbolic links copied as links), so
messages name the files as the case does (`roster.csv`, `./roster.csv`). No case may end in an
internal error (exit 3), whatever exit code it expects: every input is either accepted or
refused with a message. For every failing run (exit code other than 0) the runner also checks
that the run wrote nothing: stdout is empty and the folder holds exactly the files it held
before, byte for byte, with the same permissions, and links still links to the same place (no
output file, no temporary file, a pre-existing output file left as it was).

Usage: MHFUND_CLI=/path/to/mhfund python3 runner.py [CASE ...]
With no CASE, every case runs. Exit status 0 when every case passes.
"""

import os
import shutil
import stat
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"
TIMEOUT = 60  # seconds per run; a hang is a failure


def snapshot(folder: Path) -> dict:
    """Every file and link under `folder` (relative path -> what it is: a link's target, or a
    file's permission bits and bytes; special files by their type)."""
    out = {}
    for p in sorted(folder.rglob("*")):
        st = p.lstat()
        if stat.S_ISLNK(st.st_mode):
            out[str(p.relative_to(folder))] = ("link", os.readlink(p))
        elif stat.S_ISREG(st.st_mode):
            out[str(p.relative_to(folder))] = ("file", stat.S_IMODE(st.st_mode), p.read_bytes())
        elif not stat.S_ISDIR(st.st_mode):
            out[str(p.relative_to(folder))] = ("special", stat.S_IFMT(st.st_mode))
    return out


def run(cli: str, args: list, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env["TZ"] = "Europe/London"
    env["LC_ALL"] = "C"
    return subprocess.run([cli, *args], cwd=cwd, env=env, capture_output=True,
                          timeout=TIMEOUT, check=False)


def describe_exit(code: int) -> str:
    if code < 0:
        return f"killed by signal {-code}"
    return f"exit {code}"


def text(b: bytes) -> str:
    return b.decode("utf-8", errors="backslashreplace")


def check_case(cli: str, case: Path) -> list:
    """Runs one case; returns a list of problems (empty when it passes)."""
    expect_file = case / "expect.toml"
    with expect_file.open("rb") as f:
        expect = tomllib.load(f)
    problems = []

    with tempfile.TemporaryDirectory(prefix=f"mhfund-bad-{case.name}-") as tmp:
        work = Path(tmp)
        for p in case.iterdir():
            if p.name == "expect.toml":
                continue
            if p.is_dir() and not p.is_symlink():
                shutil.copytree(p, work / p.name, symlinks=True)
            else:
                shutil.copy2(p, work / p.name, follow_symlinks=False)
        for name in expect.get("readonly", []):
            os.chmod(work / name, 0o444)
        before = snapshot(work)

        try:
            result = run(cli, expect["args"], work)
        except subprocess.TimeoutExpired:
            return [f"no answer within {TIMEOUT} s (args {expect['args']})"]
        stderr = text(result.stderr)
        stdout = text(result.stdout)
        want_exit = expect.get("exit", 1)

        if result.returncode != want_exit:
            problems.append(f"expected exit {want_exit}, got {describe_exit(result.returncode)}")
        if result.returncode == 3 or result.returncode < 0:
            problems.append("an internal error or a crash on input: every input must be "
                            "accepted or refused with a message (exit 0, 1 or 2)")
        if want_exit != 0:
            if expect.get("prefix", True) and not stderr.startswith("mhfund: "):
                problems.append("stderr does not start with 'mhfund: '")
            for needle in expect.get("stderr", []):
                if needle not in stderr:
                    problems.append(f"stderr lacks {needle!r}")
            if stdout:
                problems.append("the failing run wrote to stdout: " + stdout[:400].rstrip())
            after = snapshot(work)
            for name in sorted(set(after) - set(before)):
                problems.append(f"the failing run left a file behind: {name}")
            for name in sorted(set(before) - set(after)):
                problems.append(f"the failing run removed a file: {name}")
            for name in sorted(set(before) & set(after)):
                if before[name] != after[name]:
                    problems.append(f"the failing run changed the file {name}")
        else:
            for needle in expect.get("stderr", []):
                if needle not in stderr:
                    problems.append(f"stderr lacks {needle!r}")
            output = expect.get("output")
            if output:
                path = work / output["file"]
                written = text(path.read_bytes()) if path.is_file() else None
                if written is None:
                    problems.append(f"no output file {output['file']}")
                else:
                    for needle in output.get("contains", []):
                        if needle not in written:
                            problems.append(f"{output['file']} lacks {needle!r}")
                    for needle in output.get("absent", []):
                        if needle in written:
                            problems.append(f"{output['file']} holds {needle!r}, which it must not")
                    if problems:
                        problems.append(f"{output['file']}:\n{written[:1500]}")
        for needle in expect.get("stderr_absent", []):
            if needle in stderr:
                problems.append(f"stderr shows {needle!r}, which it must not")

        compare = expect.get("compare")
        if compare and not problems:
            try:
                second = run(cli, compare["args"], work)
            except subprocess.TimeoutExpired:
                return [f"the comparison run gave no answer within {TIMEOUT} s"]
            if second.returncode != 0:
                problems.append(f"the comparison run ({compare['args']}) gave "
                                f"{describe_exit(second.returncode)}: {text(second.stderr).strip()}")
            else:
                first_name, second_name = compare["files"]
                a, b = work / first_name, work / second_name
                if not a.is_file() or not b.is_file():
                    missing = [n for n, p in ((first_name, a), (second_name, b)) if not p.is_file()]
                    problems.append(f"no output file {', '.join(missing)}")
                elif a.read_bytes() != b.read_bytes():
                    problems.append(f"{first_name} differs from {second_name}:\n--- {first_name}\n"
                                    f"{text(a.read_bytes())[:1500]}\n--- {second_name}\n"
                                    f"{text(b.read_bytes())[:1500]}")
                elif not a.read_bytes().strip():
                    problems.append(f"{first_name} is empty")

        if problems:
            problems.append(f"args: {expect['args']}")
            problems.append(f"actual stderr: {stderr.strip() or '(empty)'}")
    return problems


def main(argv: list) -> int:
    cli = os.environ.get("MHFUND_CLI", "")
    if not cli:
        print("runner.py: set MHFUND_CLI to the mhfund executable", file=sys.stderr)
        return 2
    cli = str(Path(cli).resolve())
    if not os.access(cli, os.X_OK):
        print(f"runner.py: MHFUND_CLI={cli} is not an executable file", file=sys.stderr)
        return 2
    if argv:
        cases = [CASES / name for name in argv]
        for c in cases:
            if not (c / "expect.toml").is_file():
                print(f"runner.py: no case {c.name} (no {c / 'expect.toml'})", file=sys.stderr)
                return 2
    else:
        cases = sorted(p for p in CASES.iterdir() if (p / "expect.toml").is_file())

    failed = []
    for case in cases:
        problems = check_case(cli, case)
        if problems:
            failed.append(case.name)
            print(f"FAIL {case.name}")
            for p in problems:
                print("    " + p.replace("\n", "\n    "))
        else:
            print(f"ok   {case.name}")
    print(f"{len(cases) - len(failed)} of {len(cases)} cases pass")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
