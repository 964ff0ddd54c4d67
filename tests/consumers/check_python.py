"""The installed Python package, as an integrator uses it: <prefix>/lib/python3.X/site-packages
(or lib/python3/dist-packages under /usr) on the module path, and no MHFUND_LIBRARY: the package
finds libmhfund.so.N under the prefix it is installed in. Run with the install prefix as
argument."""

import glob
import os
import sys
from decimal import Decimal

prefix = os.path.realpath(sys.argv[1])
os.environ.pop("MHFUND_LIBRARY", None)
packages = glob.glob(os.path.join(prefix, "lib", "python3*", "*-packages", "mhfund"))
if len(packages) != 1:
    sys.exit(f"expected one mhfund package under {prefix}/lib/python3*/*-packages, found {packages}")
sys.path.insert(0, os.path.dirname(packages[0]))

import mhfund  # noqa: E402  (after setting the module path)

where = os.path.realpath(mhfund.__file__)
if not where.startswith(prefix + os.sep):
    sys.exit(f"imported mhfund from {where}, not from under {prefix}")

library = os.path.realpath(mhfund.library_path)
if not library.startswith(prefix + os.sep):
    sys.exit(f"loaded the library from {library}, not from under {prefix}")

amount = mhfund.price("sms-2022-cohort7", "7", 1)
print(f"mhfund {mhfund.__version__}: sms-2022-cohort7 cohort 7 year 1 = {amount}")
if amount != Decimal("3000.00"):
    sys.exit(f"expected 3000.00, got {amount}")
