"""Every `mhfund ...` command the README shows (in its ```sh blocks) runs as written, from the
top of the source tree, with the built tool, and succeeds. Run with MHFUND_SOURCE_DIR and
MHFUND_BIN (the built tool)."""

import os
import re
import shlex
import shutil
import subprocess
import tempfile
import unittest
from pathlib import Path

SOURCE = Path(os.environ["MHFUND_SOURCE_DIR"])
MHFUND = os.environ["MHFUND_BIN"]


def readme_commands():
    text = (SOURCE / "README.md").read_text(encoding="utf-8")
    for block in re.findall(r"^```sh\n(.*?)^```", text, re.M | re.S):
        for line in block.splitlines():
            words = shlex.split(line, comments=True)
            if words and words[0] == "mhfund":
                yield line.split("#")[0].strip(), words


class Readme(unittest.TestCase):
    def test_commands_run_as_written(self):
        commands = list(readme_commands())
        self.assertGreaterEqual(len(commands), 8, "the README shows fewer mhfund commands than expected")
        with tempfile.TemporaryDirectory() as work:
            # The source tree's files as the README names them; what the commands write goes
            # into the scratch folder, not into the source tree.
            for entry in ("examples", "src"):
                os.symlink(SOURCE / entry, Path(work) / entry)
            for shown, words in commands:
                with self.subTest(command=shown):
                    run = subprocess.run([MHFUND] + words[1:], cwd=work, capture_output=True,
                                         text=True, timeout=300)
                    self.assertEqual(run.returncode, 0, f"{shown}\n{run.stderr}")
                    self.assertTrue(run.stdout or any(w.startswith("-o") for w in words), shown)


if __name__ == "__main__":
    unittest.main()
