#!/usr/bin/env python3
"""Functions a screen long, files of one idea: no function over 80 lines, no file over 500.

Scans src/, include/ and bindings/ (*.cpp *.hpp *.h *.c; src/data/ is data, not code) and
exits non-zero listing every file and function over its limit.

How a function is found, without a compiler: comments, string and character literals (raw
strings too, whose CSS or JavaScript braces would otherwise count) are blanked, keeping line
breaks, and preprocessor lines are dropped. Then braces are matched. A `{` met at namespace,
`extern "C"` or class scope opens a function body when the text before it, back to the
previous `;`, `{` or `}`, is a signature: it ends in `)` or in `)` followed by qualifiers
(`const`, `noexcept`, `override`, `-> type`, ...), or it is a constructor whose initialiser
list follows `) :`. A `struct`/`class`/`union` head opens a class scope, searched the same
way; anything else (an enum, an initialiser such as a sheet's table of columns) is skipped
whole. Everything inside a body, lambdas included, counts toward the function. A function's
length runs from the first line of its signature to its closing brace.

Offenders that belong to work in progress elsewhere are listed in pending.txt beside this
script, one `path` or `path function` a line: they are reported but do not fail the check,
and an entry that is no longer over a limit fails it until it is removed, so the list only
shrinks.

`--self-test` runs the scan over files written to a temporary folder, with known long and
short functions, so that the check cannot pass by finding nothing.
"""
import argparse
import os
import pathlib
import re
import subprocess
import sys
import tempfile

MAX_FUNCTION_LINES = 80
MAX_FILE_LINES = 500
ROOTS = ("src", "include", "bindings")
EXCLUDED = ("src/data",)
SUFFIXES = (".cpp", ".hpp", ".h", ".c")


def blank_literals(text):
    """The text with comments and literals replaced by spaces; newlines stay where they were."""
    out = []
    i, n = 0, len(text)

    def blank(s):
        return "".join("\n" if c == "\n" else " " for c in s)

    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(blank(text[i:j]))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(blank(text[i:j]))
            i = j
        elif c == "R" and text.startswith('"', i + 1) and not _in_name(text, i):
            m = re.match(r'R"([^()\\ ]{0,16})\(', text[i:])
            if not m:
                out.append(c)
                i += 1
                continue
            close = ")" + m.group(1) + '"'
            j = text.find(close, i + m.end())
            j = n if j < 0 else j + len(close)
            out.append('""' + blank(text[i + 2:j]))
            i = j
        elif c in "\"'":
            # A digit separator (1'000) is not a character literal.
            if c == "'" and i and text[i - 1].isalnum() and i + 1 < n and text[i + 1].isalnum():
                out.append(" ")
                i += 1
                continue
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            j = min(j + 1, n)
            out.append(c + blank(text[i + 1:j - 1]) + c)
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _in_name(text, i):
    """Whether text[i] continues an identifier (`fooR"` is no raw string)."""
    return i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_")


def drop_preprocessor(text):
    """Blank `#` lines (and their continuations): macros are not functions and may hold braces."""
    lines = text.split("\n")
    continuing = False
    for k, line in enumerate(lines):
        if continuing or line.lstrip().startswith("#"):
            continuing = line.rstrip().endswith("\\")
            lines[k] = ""
    return "\n".join(lines)


QUALIFIERS = (r"(?:\s*(?:const|volatile|noexcept\s*(?:\([^()]*\))?|override|final|mutable"
              r"|&&|&|->\s*[\w:<>,\s*&]+))*")
SIGNATURE = re.compile(r"\)" + QUALIFIERS + r"\s*$")
CONSTRUCTOR = re.compile(r"\)\s*(?:noexcept\s*)?:(?!:)")
CLASS_HEAD = re.compile(
    r"^(?:template\s*<.*>\s*)?(?:typedef\s+)?(?:struct|class|union)\b(?!.*=)", re.S)
ACCESS = re.compile(r"\b(?:public|private|protected)\s*$")
NAMESPACE_HEAD = re.compile(r'^(?:inline\s+)?namespace\b|^extern\s*""$')


def find_functions(code):
    """(first line, last line) of each function body at namespace or class scope, 1-based."""
    found = []
    depth_kinds = []  # for each open brace: "scope" (searched), "skip" or "function"
    head_start = 0  # where the text before the next `{` at a searched scope begins
    i, n = 0, len(code)
    line_of = _line_index(code)
    while i < n:
        c = code[i]
        searching = all(k == "scope" for k in depth_kinds)
        if c == "{":
            if not searching:
                depth_kinds.append("inner")
                i += 1
                continue
            head = code[head_start:i].strip()
            kind = classify(head)
            if kind == "constructor":
                i = _skip_initialisers(code, head_start, i)
                kind = "function"
            if kind == "function":
                first = line_of(head_start + _first_code(code[head_start:]))
                close = _matching_brace(code, i)
                found.append((first, line_of(close)))
                i = close + 1
                head_start = i
                continue
            depth_kinds.append(kind)
            head_start = i + 1
        elif c == "}":
            if depth_kinds:
                depth_kinds.pop()
            if all(k == "scope" for k in depth_kinds):
                head_start = i + 1
        elif c == ";" and searching:
            head_start = i + 1
        elif c == ":" and searching and ACCESS.search(code[head_start:i]):
            head_start = i + 1
        i += 1
    return found


def classify(head):
    if NAMESPACE_HEAD.search(head):
        return "scope"
    if CLASS_HEAD.search(head) and "(" not in head:
        return "scope"
    if SIGNATURE.search(head):
        return "function"
    if CONSTRUCTOR.search(head):
        return "constructor"
    return "skip"


def _skip_initialisers(code, head_start, i):
    """The `{` that opens a constructor's body, past brace initialisers such as `a_{x}`: a `{`
    right after a name (or a template's `>`) initialises a member; after `)` or `}` it opens
    the body."""
    while i < len(code) and re.search(r"[\w>]\s*$", code[head_start:i]):
        i = _matching_brace(code, i) + 1
        while i < len(code) and code[i] != "{":
            i += 1
    return i


def _matching_brace(code, i):
    depth = 0
    for j in range(i, len(code)):
        if code[j] == "{":
            depth += 1
        elif code[j] == "}":
            depth -= 1
            if depth == 0:
                return j
    return len(code) - 1


def _first_code(text):
    m = re.search(r"\S", text)
    return m.start() if m else 0


def _line_index(code):
    starts = [0]
    for k, c in enumerate(code):
        if c == "\n":
            starts.append(k + 1)

    def line_of(pos):
        lo, hi = 0, len(starts)
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if starts[mid] <= pos:
                lo = mid
            else:
                hi = mid
        return lo + 1

    return line_of


def signature_name(code_line):
    m = re.search(r"([~\w:]+(?:operator\s*\S+?)?)\s*\(", code_line)
    return m.group(1) if m else code_line.strip()[:40]


def scan_file(path, display):
    """(key, message) for each limit the file breaks; the key is `path` or `path function`."""
    text = path.read_text(encoding="utf-8", errors="replace")
    problems = []
    lines = text.count("\n") + (0 if text.endswith("\n") or not text else 1)
    if lines > MAX_FILE_LINES:
        problems.append((display, f"{display}: {lines} lines (file limit {MAX_FILE_LINES})"))
    code = drop_preprocessor(blank_literals(text))
    code_lines = code.split("\n")
    for first, last in find_functions(code):
        length = last - first + 1
        if length > MAX_FUNCTION_LINES:
            name = signature_name(" ".join(code_lines[first - 1:first + 2]))
            problems.append((f"{display} {name}",
                             f"{display}:{first}: function {name} is {length} lines "
                             f"(function limit {MAX_FUNCTION_LINES})"))
    return problems


def sources(root):
    for top in ROOTS:
        for dirpath, dirnames, filenames in os.walk(root / top):
            rel = pathlib.Path(dirpath).relative_to(root).as_posix()
            dirnames[:] = sorted(d for d in dirnames if f"{rel}/{d}" not in EXCLUDED)
            for f in sorted(filenames):
                if f.endswith(SUFFIXES):
                    yield pathlib.Path(dirpath) / f


def scan(root):
    problems = []
    for path in sorted(sources(root)):
        problems += scan_file(path, path.relative_to(root).as_posix())
    return problems


def read_pending(path):
    """The keys of pending.txt: one `path` or `path function` a line; `#` starts a comment."""
    if not path.exists():
        return []
    keys = []
    for line in path.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            keys.append(" ".join(line.split()))
    return keys


def report(root, pending_file):
    problems = scan(root)
    pending = read_pending(pending_file)
    failures = [message for key, message in problems if key not in pending]
    found = {key for key, _ in problems}
    # A pending entry that is now within the limits must go, so that the list only shrinks.
    stale = [key for key in pending if key not in found]
    for message in failures:
        print(message)
    for key in stale:
        print(f"{key}: within the limits now; remove it from {pending_file.name}")
    waiting = len(pending) - len(stale)
    if waiting:
        print(f"{waiting} known offenders left in {pending_file.name}, owned by other work")
    if failures:
        print(f"{len(failures)} over the limits: split them into functions a screen long and "
              "files of one idea (docs/design/architecture.md)")
    return 1 if failures or stale else 0


def _lines(line, count):
    return line * count


SELF_TEST_FILES = {
    # A function one line over the limit, inside a namespace and after a class with members.
    "src/long.cpp": (
        "namespace a {\nnamespace {\nstruct s {\n    int x;\n};\n}  // namespace\n"
        "int long_one(int v) {\n" + _lines("    v += 1;\n", MAX_FUNCTION_LINES - 1) + "}\n"
        "int short_one() { return 1; }\n}  // namespace a\n"),
    # Raw strings and comments full of braces, a lambda counted toward its function, a table
    # initialiser (not a function), a class member and a constructor with brace initialisers.
    "include/tricky.hpp": (
        "#define BRACE {\nconst char* css = R\"(a { b: c; }\n}\n}\n)\";\n// }}}\n"
        "struct t : base {\n    t(int v) : a_{v}, b_(v) {\n" + _lines("        ;\n", 3) + "    }\n"
        "    int member() const noexcept {\n        auto f = [](int q) {\n"
        + _lines("            q++;\n", MAX_FUNCTION_LINES)
        + "        };\n        return 0;\n    }\n"
        "  private:\n    int a_{0};\n};\n"
        "const int table[] = {\n" + _lines("    1,\n", MAX_FUNCTION_LINES * 2) + "};\n"),
    # A file one line over the file limit, made of short functions.
    "bindings/c/big.c": "".join(f"int f{k}(void) {{ return {k}; }}\n"
                                for k in range(MAX_FILE_LINES + 1)),
    # Data is not code: a long file under src/data/ is not scanned.
    "src/data/long.cpp": "int d() {\n" + _lines("    ;\n", MAX_FUNCTION_LINES * 2) + "}\n",
}
SELF_TEST_EXPECTED = [
    "bindings/c/big.c: 501 lines (file limit 500)",
    "include/tricky.hpp:13: function member is 85 lines (function limit 80)",
    "src/long.cpp:7: function long_one is 81 lines (function limit 80)",
]


def self_test():
    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp) / "tree"
        for name, text in SELF_TEST_FILES.items():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_text(text)
        got = [message for _, message in scan(root)]

        def run(pending_keys):
            pending = pathlib.Path(tmp) / "pending.txt"
            pending.write_text("# known\n" + "".join(k + "  # why\n" for k in pending_keys))
            return subprocess.run([sys.executable, __file__, "--root", str(root), "--pending",
                                   str(pending)], capture_output=True, text=True).returncode

        keys = ["bindings/c/big.c", "include/tricky.hpp member", "src/long.cpp long_one"]
        # Each offender fails the run; listed as pending all pass; a stale entry fails again.
        statuses = (run([]), run(keys[:2]), run(keys), run(keys + ["src/long.cpp short_one"]))
    if got != SELF_TEST_EXPECTED or statuses != (1, 1, 0, 1):
        print("the length check missed or invented offenders")
        print("expected:", *SELF_TEST_EXPECTED, sep="\n  ")
        print("found:", *got, sep="\n  ")
        print("exit statuses with none, some, all and a stale one pending:", statuses,
              "(expected (1, 1, 0, 1))")
        return 1
    print("the length check finds each planted offender and nothing else")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", type=pathlib.Path,
                        default=pathlib.Path(__file__).resolve().parents[2])
    parser.add_argument("--pending", type=pathlib.Path,
                        default=pathlib.Path(__file__).resolve().parent / "pending.txt",
                        help="offenders known and left to other work (default: pending.txt)")
    parser.add_argument("--self-test", action="store_true")
    args = parser.parse_args()
    return self_test() if args.self_test else report(args.root, args.pending)


if __name__ == "__main__":
    sys.exit(main())
