"""The numbers that are written in more than one place agree: the Python package's version
(bindings/python/pyproject.toml) with the project's (include/mhfund/version.hpp), and the ABI
version the Python package loads (_lib.ABI_VERSION) with the C header's MHF_ABI_VERSION and the
built library's SONAME. Run with MHFUND_SOURCE_DIR and MHFUND_SONAME (libmhfund.so.N)."""

import os
import re
import unittest
from pathlib import Path

SOURCE = Path(os.environ["MHFUND_SOURCE_DIR"])


def define(path, name):
    text = (SOURCE / path).read_text(encoding="utf-8")
    return int(re.search(rf"^#define {name} (\d+)", text, re.M).group(1))


class Versions(unittest.TestCase):
    def test_python_package_version(self):
        project = ".".join(str(define("include/mhfund/version.hpp", f"MHFUND_VERSION_{p}"))
                           for p in ("MAJOR", "MINOR", "PATCH"))
        pyproject = (SOURCE / "bindings/python/pyproject.toml").read_text(encoding="utf-8")
        self.assertEqual(re.search(r'^version = "([^"]+)"', pyproject, re.M).group(1), project,
                         "bindings/python/pyproject.toml's version")

    def test_abi_version(self):
        header = define("bindings/c/mhfund.h", "MHF_ABI_VERSION")
        lib_py = (SOURCE / "bindings/python/mhfund/_lib.py").read_text(encoding="utf-8")
        python = int(re.search(r"^ABI_VERSION = (\d+)", lib_py, re.M).group(1))
        self.assertEqual(python, header, "ABI_VERSION in bindings/python/mhfund/_lib.py")
        self.assertEqual(os.environ["MHFUND_SONAME"], f"libmhfund.so.{header}")


if __name__ == "__main__":
    unittest.main()
