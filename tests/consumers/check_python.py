"""The installed Python package, as an integrator uses it: PYTHONPATH=<prefix>/share/mhfund/python
and MHFUND_LIBRARY=<prefix>/lib/libmhfund.so.N. Run with the install prefix as argument."""

import os
import sys
from decimal import Decimal

prefix = os.path.realpath(sys.argv[1])

import mhfund  # noqa: E402  (after reading the prefix, for the message below)

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
