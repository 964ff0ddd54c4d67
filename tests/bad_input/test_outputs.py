#!/usr/bin/env python3
"""What `mhfund ... -o FILE` does to the thing FILE names: it never destroys it.

docs/design/outputs.md: a device node, a FIFO or a pipe is written, never replaced; a symbolic
link is written through (the file it names is replaced, the link kept); a read-only file and an
input of the same run are refused and kept byte for byte; a signal during a large write leaves
no temporary file; a workbook too big for a worksheet is an input error (exit 1).

Environment: MHFUND_CLI (the binary); MHFUND_GEN_ROSTER (optional: tests/bench's
mhfund_gen_roster, which writes the large roster; without it, a roster as large is written
here).
"""

import os
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time
import unittest
from pathlib import Path

# Absolute: the tests run the tool in folders of their own.
CLI = str(Path(os.environ["MHFUND_CLI"]).resolve()) if os.environ.get("MHFUND_CLI") else ""
GEN_ROSTER = (str(Path(os.environ["MHFUND_GEN_ROSTER"]).resolve())
              if os.environ.get("MHFUND_GEN_ROSTER") else "")
ENV = dict(os.environ, TZ="Europe/London", LC_ALL="C")

ROSTER = """participant,hub,programme,edition,cohort,start,institution,trn,pd_lead_accredited,withdrawn,sle_days
S7-01,WM1,sms,sms-2022-cohort7,7,,137083,1234567,no,,20
S7-02,WM1,sms,sms-2022-cohort7,7,,138412,RP12/34568,yes,,20
FT-01,WM1,fe,fe-2023,trailblazer,,10004599,3456789,no,,
"""
SCENARIO = """name = "Outputs"
hub = "WM1"
roster = "roster.csv"

[settings]
sle_rate = "350.00"
"""
FORECAST = ["forecast", "--roster", "roster.csv", "--set", "sle_rate=350.00", "--format", "csv"]
PREVIOUS = b"previous,report\n1,2\n"


def run(args, cwd, timeout=300):
    p = subprocess.run([CLI, *args], cwd=cwd, env=ENV, capture_output=True, timeout=timeout,
                       check=False)
    return p.returncode, p.stdout, p.stderr.decode("utf-8", errors="backslashreplace")


def state(folder: Path) -> dict:
    """Every entry of `folder` (not recursive): a link's target, a file's mode and bytes, or
    the type of anything else."""
    out = {}
    for p in sorted(folder.iterdir()):
        st = p.lstat()
        if stat.S_ISLNK(st.st_mode):
            out[p.name] = ("link", os.readlink(p))
        elif stat.S_ISREG(st.st_mode):
            out[p.name] = ("file", stat.S_IMODE(st.st_mode), p.read_bytes())
        else:
            out[p.name] = ("special", stat.S_IFMT(st.st_mode), st.st_rdev)
    return out


def large_roster(path: Path, participants: int = 200_000):
    if GEN_ROSTER:
        with path.open("wb") as f:
            subprocess.run([GEN_ROSTER, str(participants), "7"], stdout=f, check=True)
        return
    hubs = ["WM1", "EM2", "NW3", "SE1"]
    lines = ["participant,hub,programme,edition,cohort,institution,sle_days"]
    for i in range(participants):
        lines.append(f"P{i:07d},{hubs[i % 4]},sms,sms-2022-cohort7,7,{100000 + i % 50000},20")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


class OutputTargetTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="mhfund-outputs-")
        self.dir = Path(self.tmp.name)
        (self.dir / "roster.csv").write_text(ROSTER, encoding="utf-8")
        code, self.expected, err = run(FORECAST, self.dir)
        self.assertEqual(code, 0, err)

    def tearDown(self):
        self.tmp.cleanup()

    def refused(self, args, needles, code=1):
        """Runs a command that must be refused, and checks it changed nothing."""
        before = state(self.dir)
        got, out, err = run(args, self.dir)
        self.assertEqual(got, code, err)
        self.assertEqual(out, b"")
        self.assertTrue(err.startswith("mhfund: "), err)
        for needle in needles:
            self.assertIn(needle, err)
        self.assertEqual(state(self.dir), before)
        return err

    def test_device_node_is_written_not_replaced(self):
        if os.geteuid() == 0:
            # A character device made for the test: 1,3 is what /dev/null is.
            os.mknod(self.dir / "device", 0o666 | stat.S_IFCHR, os.makedev(1, 3))
            code, out, err = run(FORECAST + ["-o", "device"], self.dir)
            self.assertEqual(code, 0, err)
            st = (self.dir / "device").lstat()
            self.assertTrue(stat.S_ISCHR(st.st_mode))
            self.assertEqual(st.st_rdev, os.makedev(1, 3))
            self.assertEqual(sorted(os.listdir(self.dir)), ["device", "roster.csv"])
        else:
            self.check_fifo("device")

    def test_fifo_is_written_not_replaced(self):
        self.check_fifo("fifo")

    def check_fifo(self, name):
        fifo = self.dir / name
        os.mkfifo(fifo)
        received = []
        reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
        reader.start()
        code, out, err = run(FORECAST + ["-o", name], self.dir)
        if reader.is_alive():  # the tool never opened the FIFO: let the reader go
            with open(fifo, "wb"):
                pass
        reader.join()
        self.assertEqual(code, 0, err)
        self.assertEqual(received, [self.expected])
        self.assertTrue(stat.S_ISFIFO(fifo.lstat().st_mode))
        self.assertEqual(sorted(os.listdir(self.dir)), sorted([name, "roster.csv"]))

    def test_dev_null_stays_a_device(self):
        if not os.access("/dev/null", os.W_OK):
            self.skipTest("/dev/null is not writable here")
        before = os.stat("/dev/null")
        code, out, err = run(FORECAST + ["-o", "/dev/null"], self.dir)
        self.assertEqual(code, 0, err)
        after = os.stat("/dev/null")
        self.assertTrue(stat.S_ISCHR(after.st_mode))
        self.assertEqual((after.st_ino, after.st_rdev), (before.st_ino, before.st_rdev))

    def test_dev_stdout_is_standard_output(self):
        code, out, err = run(FORECAST + ["-o", "/dev/stdout"], self.dir)
        self.assertEqual(code, 0, err)
        self.assertEqual(out, self.expected)

    def test_symbolic_link_is_written_through(self):
        (self.dir / "reports").mkdir()
        (self.dir / "reports" / "forecast.csv").write_bytes(PREVIOUS)
        os.symlink("reports/forecast.csv", self.dir / "link.csv")
        code, out, err = run(FORECAST + ["-o", "link.csv"], self.dir)
        self.assertEqual(code, 0, err)
        self.assertTrue((self.dir / "link.csv").is_symlink())
        self.assertEqual(os.readlink(self.dir / "link.csv"), "reports/forecast.csv")
        self.assertEqual((self.dir / "reports" / "forecast.csv").read_bytes(), self.expected)
        # No temporary file in either folder.
        self.assertEqual(sorted(os.listdir(self.dir)), ["link.csv", "reports", "roster.csv"])
        self.assertEqual(os.listdir(self.dir / "reports"), ["forecast.csv"])

    def test_dangling_symbolic_link_creates_its_file(self):
        os.symlink("made.csv", self.dir / "link.csv")
        code, out, err = run(FORECAST + ["-o", "link.csv"], self.dir)
        self.assertEqual(code, 0, err)
        self.assertTrue((self.dir / "link.csv").is_symlink())
        self.assertEqual((self.dir / "made.csv").read_bytes(), self.expected)

    def test_read_only_file_is_refused_and_kept(self):
        target = self.dir / "out.csv"
        target.write_bytes(PREVIOUS)
        target.chmod(0o444)
        self.refused(FORECAST + ["-o", "out.csv"], ["cannot write out.csv", "read-only"])
        # The same through a link: the link and the file are kept.
        os.symlink("out.csv", self.dir / "link.csv")
        self.refused(FORECAST + ["-o", "link.csv"],
                     ["cannot write link.csv (out.csv)", "read-only"])
        # And for a workbook, whose writer opens the file itself.
        book = self.dir / "out.xlsx"
        book.write_bytes(PREVIOUS)
        book.chmod(0o444)
        self.refused(FORECAST[:-2] + ["--format", "xlsx", "-o", "out.xlsx"], ["read-only"])
        # A name whose extension disagrees with --format is refused before anything is read.
        self.refused(FORECAST[:-2] + ["--format", "xlsx", "-o", "out.csv"],
                     ["names csv output but --format is xlsx"], code=2)

    def test_input_of_the_same_run_is_refused_and_kept(self):
        (self.dir / "scenario.toml").write_text(SCENARIO, encoding="utf-8")
        os.symlink("roster.csv", self.dir / "link.csv")
        os.link(self.dir / "roster.csv", self.dir / "hard.csv")
        claims = "participant,date,category,days,reference\nS7-01,2022-10-12,central_events,2,C-1\n"
        (self.dir / "claims.csv").write_text(claims, encoding="utf-8")
        needle = "it is one of this run's input files"
        self.refused(FORECAST + ["-o", "roster.csv"], ["cannot write roster.csv", needle])
        self.refused(FORECAST + ["-o", "link.csv"], ["cannot write link.csv (roster.csv)", needle])
        self.refused(FORECAST + ["-o", "hard.csv"], ["cannot write hard.csv", needle])
        self.refused(["forecast", "scenario.toml", "-o", "roster.csv"], [needle])
        # A .toml output is refused for its extension before the input check is reached.
        self.refused(["forecast", "scenario.toml", "-o", "scenario.toml"],
                     ["unknown extension '.toml'"], code=2)
        self.refused(["claims", "scenario.toml", "--claims", "claims.csv", "-o", "claims.csv"],
                     [needle])
        self.refused(["forecast", "--roster", "roster.csv", "--set", "sle_rate=350.00",
                      "--format", "csv", "-o", "roster.csv"], [needle])
        # As standard output, when the shell sends it there.
        with open(self.dir / "roster.csv", "ab") as stdout:
            p = subprocess.run([CLI, "forecast", "--roster", "hard.csv", "--set", "sle_rate=350.00",
                                "--format", "csv", "-o", "/dev/stdout"],
                               cwd=self.dir, env=ENV, stdout=stdout, stderr=subprocess.PIPE,
                               timeout=60, check=False)
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertIn(needle, p.stderr.decode())
        self.assertEqual((self.dir / "roster.csv").read_text(encoding="utf-8"), ROSTER)

    def test_folder_is_refused(self):
        (self.dir / "reports").mkdir()
        self.refused(FORECAST + ["-o", "reports"], ["cannot write reports", "folder"])

    def test_long_name(self):
        name = "f" * 246 + ".csv"
        code, out, err = run(FORECAST + ["-o", name], self.dir)
        self.assertEqual(code, 0, err)
        self.assertEqual((self.dir / name).read_bytes(), self.expected)
        self.assertEqual(sorted(os.listdir(self.dir)), sorted([name, "roster.csv"]))

    def test_empty_name_is_a_usage_error(self):
        self.refused(FORECAST + ["-o", ""], ["output file name is empty"], code=2)

    def test_extension_in_any_case(self):
        code, out, err = run(FORECAST[:-2] + ["-o", "out.CSV"], self.dir)
        self.assertEqual(code, 0, err)
        self.assertEqual((self.dir / "out.CSV").read_bytes(), self.expected)


class LargeWriteTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="mhfund-large-")
        cls.dir = Path(cls.tmp.name)
        large_roster(cls.dir / "big.csv")

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def temporary_files(self):
        return [n for n in os.listdir(self.dir) if n.startswith(".mhf-")]

    def test_sigterm_during_a_large_write_leaves_no_temporary_file(self):
        # Term by term for each of 200,000 participants: tens of MB of CSV, so that the write
        # takes long enough to be caught. The signal is sent as soon as the temporary file
        # appears; the previous report must survive whole, and no temporary file remain.
        target = self.dir / "out.csv"
        args = [CLI, "forecast", "--roster", "big.csv", "--set", "sle_rate=350.00",
                "--by", "participant", "--period", "term", "--format", "csv", "-o", "out.csv"]
        caught = 0
        for _ in range(5):
            target.write_bytes(PREVIOUS)
            p = subprocess.Popen(args, cwd=self.dir, env=ENV, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.PIPE)
            sent = False
            deadline = time.monotonic() + 300
            while p.poll() is None and time.monotonic() < deadline:
                if self.temporary_files():
                    p.send_signal(signal.SIGTERM)
                    sent = True
                    break
            p.wait(timeout=300)
            self.assertEqual(self.temporary_files(), [])
            if sent and p.returncode == -signal.SIGTERM:
                caught += 1
                self.assertEqual(target.read_bytes(), PREVIOUS)
            else:  # the write finished first: the report is whole
                self.assertEqual(p.returncode, 0, p.stderr.read())
                self.assertTrue(target.read_bytes().startswith(b"participant,period,amount\n"))
            p.stderr.close()
            if caught >= 2:
                break
        self.assertGreater(caught, 0, "the signal never reached a write in progress")

    def test_too_big_a_worksheet_is_an_input_error(self):
        (self.dir / "out.xlsx").write_bytes(PREVIOUS)
        before = sorted(os.listdir(self.dir))
        code, out, err = run(["forecast", "--roster", "big.csv", "--set", "sle_rate=350.00",
                              "-o", "out.xlsx"], self.dir)
        self.assertEqual(code, 1, err)
        self.assertIn("cannot write out.xlsx", err)
        self.assertIn("write this forecast with --format csv instead", err)
        self.assertEqual((self.dir / "out.xlsx").read_bytes(), PREVIOUS)
        self.assertEqual(sorted(os.listdir(self.dir)), before)


if __name__ == "__main__":
    if not CLI:
        print("test_outputs.py: set MHFUND_CLI to the mhfund executable", file=sys.stderr)
        sys.exit(2)
    unittest.main()
