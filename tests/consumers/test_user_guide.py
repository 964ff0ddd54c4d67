"""Keeps docs/user-guide.md honest: runs every command the guide shows, with the installed
`mhfund`, and checks that the output is the one the guide prints.

The guide's conventions (its last section states them for its editors):

- A command is a line `$ mhfund ...` in a ```console block. The lines after it, up to the next
  `$ ` line or the end of the block, are its output: standard output and standard error, as a
  terminal shows them. Every command must succeed (exit status 0); an example of an error ends
  with `; echo "exit status $?"`, so that the status is part of the output shown.
- A file the reader writes is a fenced block (```toml, ```csv, ...) whose preceding line (blank
  lines aside) is only the file's name in backquotes and a colon, e.g. "`hub.toml`:". A later
  block with the same name replaces the file, as the reader would edit it.
- The commands run in the guide's order, in one empty folder, each after the files shown before
  it have been written, with the installed `mhfund` first on PATH, TZ=Europe/London and LC_ALL=C.
- Outputs are compared line by line, ignoring spaces at the ends of lines and blank lines at
  the end of an output.
- A `$ ` line in any other kind of block is an error: a command no test runs would go stale.

Run by ctest (consumers.user_guide) with MHFUND_GUIDE (the guide) and MHFUND_BIN_DIR (the
folder of the installed `mhfund`). After a change to the tool's output, refresh the guide with

    python3 tests/consumers/test_user_guide.py --update docs/user-guide.md BIN_DIR

and read the diff before committing it: the figures in the guide are what users check theirs
against.
"""

import difflib
import os
import re
import subprocess
import sys
import tempfile
import unittest

FENCE = re.compile(r"^(```+)\s*([A-Za-z0-9_+-]*)\s*$")
FILE_MARKER = re.compile(r"^`([A-Za-z0-9][A-Za-z0-9_.-]*)`:\s*$")
PROMPT = "$ "


class GuideError(Exception):
    pass


def parse(text, name="user-guide.md"):
    """The guide's steps in order: ("file", line, filename, content) and
    ("command", line, command, expected_lines, (first, end)), where (first, end) are the
    0-based indexes of the output lines in the guide (end exclusive)."""
    lines = text.split("\n")
    steps = []
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        fence, lang = m.group(1), m.group(2)
        start = i
        j = i + 1
        while j < len(lines) and lines[j].rstrip() != fence:
            j += 1
        if j == len(lines):
            raise GuideError(f"{name}:{start + 1}: a ``` block that is never closed")
        body = lines[start + 1 : j]

        # A file name marker on the last non-blank line before the block.
        k = start - 1
        while k >= 0 and lines[k].strip() == "":
            k -= 1
        marker = FILE_MARKER.match(lines[k]) if k >= 0 else None

        if lang == "console":
            if marker:
                raise GuideError(f"{name}:{start + 1}: a console block cannot be a file")
            if body and not body[0].startswith(PROMPT):
                raise GuideError(f"{name}:{start + 2}: a console block starts with a `$ ` command")
            b = 0
            while b < len(body):
                command = body[b][len(PROMPT) :].strip()
                if command != "mhfund" and not command.startswith("mhfund "):
                    raise GuideError(
                        f"{name}:{start + 2 + b}: the guide's commands are `mhfund` commands: '{command}'"
                    )
                e = b + 1
                while e < len(body) and not body[e].startswith(PROMPT):
                    e += 1
                steps.append(
                    ("command", start + 2 + b, command, body[b + 1 : e], (start + 2 + b, start + 1 + e))
                )
                b = e
        else:
            for n, line in enumerate(body):
                if line.startswith(PROMPT):
                    raise GuideError(
                        f"{name}:{start + 2 + n}: a `$ ` command outside a console block is never "
                        f"checked: put it in a ```console block with its output"
                    )
            if marker:
                steps.append(("file", start + 1, marker.group(1), "\n".join(body) + "\n"))
        i = j + 1
    return steps


def normalise(lines):
    out = [line.rstrip() for line in lines]
    while out and out[-1] == "":
        out.pop()
    return out


def run(command, folder, bin_dir):
    env = dict(os.environ)
    env["PATH"] = bin_dir + os.pathsep + env.get("PATH", "")
    env["TZ"] = "Europe/London"
    env["LC_ALL"] = "C"
    env["COLUMNS"] = "80"  # tables wrap as in an 80-column terminal
    p = subprocess.run(
        command,
        shell=True,
        cwd=folder,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        timeout=120,
    )
    return p.returncode, p.stdout.decode("utf-8", errors="replace")


def execute(steps, bin_dir):
    """Runs the steps in a fresh folder; yields (step, exit status, output lines)."""
    with tempfile.TemporaryDirectory(prefix="mhfund-guide-") as folder:
        for step in steps:
            if step[0] == "file":
                with open(os.path.join(folder, step[2]), "w", encoding="utf-8", newline="\n") as f:
                    f.write(step[3])
                continue
            status, output = run(step[2], folder, bin_dir)
            yield step, status, normalise(output.split("\n"))


def guide_and_bin_dir():
    guide = os.environ.get("MHFUND_GUIDE")
    bin_dir = os.environ.get("MHFUND_BIN_DIR")
    if not guide or not bin_dir:
        raise unittest.SkipTest("MHFUND_GUIDE and MHFUND_BIN_DIR are not set")
    return guide, bin_dir


class UserGuideTest(unittest.TestCase):
    def test_every_command_prints_what_the_guide_shows(self):
        guide, bin_dir = guide_and_bin_dir()
        with open(guide, encoding="utf-8") as f:
            steps = parse(f.read(), os.path.basename(guide))
        commands = [s for s in steps if s[0] == "command"]
        self.assertGreater(len(commands), 0, "the guide shows no command")
        for step, status, actual in execute(steps, bin_dir):
            _, line, command, expected, _ = step
            with self.subTest(line=line, command=command):
                expected = normalise(expected)
                diff = "\n".join(
                    difflib.unified_diff(
                        expected, actual, "the guide", "the tool", lineterm="", n=2
                    )
                )
                self.assertEqual(
                    status, 0, f"{guide}:{line}: `{command}` exited with {status}:\n" + "\n".join(actual)
                )
                # assertTrue, not assertEqual: the unified diff reads better than a list diff.
                self.assertTrue(
                    expected == actual, f"{guide}:{line}: `{command}` prints otherwise:\n{diff}"
                )

    def test_conventions(self):
        good = "`a.csv`:\n\n```csv\nx\n```\n```console\n$ mhfund hubs\nout\n\n$ mhfund check\n```\n"
        steps = parse(good)
        self.assertEqual(steps[0], ("file", 3, "a.csv", "x\n"))
        self.assertEqual(steps[1][:4], ("command", 7, "mhfund hubs", ["out", ""]))
        self.assertEqual(steps[2][:4], ("command", 10, "mhfund check", []))
        for bad in ("```sh\n$ mhfund forecast\n```\n", "```console\n$ ls\n```\n",
                    "```console\nmhfund forecast\n```\n", "```console\n$ mhfund hubs\n"):
            with self.assertRaises(GuideError, msg=bad):
                parse(bad)


def update(guide, bin_dir):
    """Rewrites the outputs in the guide with the tool's."""
    with open(guide, encoding="utf-8") as f:
        text = f.read()
    steps = parse(text, os.path.basename(guide))
    lines = text.split("\n")
    results = []
    for step, status, actual in execute(steps, bin_dir):
        if status != 0:
            sys.exit(f"{guide}:{step[1]}: `{step[2]}` exited with {status}:\n" + "\n".join(actual))
        results.append((step[4], actual))
    for (first, end), actual in reversed(results):
        # Keep one blank line between commands of a block when the guide had one.
        gap = [""] if end > first and lines[end - 1] == "" and end < len(lines) and lines[end].startswith(PROMPT) else []
        lines[first:end] = actual + gap
    with open(guide, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--update":
        update(sys.argv[2], sys.argv[3])
    else:
        unittest.main()
