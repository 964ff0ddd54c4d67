"""mhfund: funding of England's Maths Hubs teaching-for-mastery programmes, from Python.

A ctypes binding of the mhfund C API (libmhfund.so). Amounts are decimal.Decimal pounds, exact
to the penny; errors raise mhfund.InputError (a ValueError), mhfund.UsageError (subclasses of
mhfund.Error) with the library's message; a missing file is also a FileNotFoundError, an
argument of the wrong type also a TypeError.

    >>> import mhfund
    >>> mhfund.price("sms-2022-cohort7", "7", 1)
    Decimal('3000.00')
    >>> with mhfund.Scenario.default() as s:
    ...     f = s.forecast(by="programme", period="financial")
"""

from . import _lib
from .errors import (
    AmountOverflowError,
    ArgumentTypeError,
    Error,
    IndexRangeError,
    InputError,
    InternalError,
    MissingFileError,
    OutOfMemoryError,
    UsageError,
)
from .pricing import Allocation, Line, price, price_detail, price_workgroup, price_workgroup_detail
from .reference import editions, hubs, validate_trn, validate_ukprn, validate_urn
from .outturn import Outturn, OutturnRow
from .scenario import Forecast, Row, Scenario
from .budget import Budget, Comparison, LineDifference, compare

__all__ = [
    "Allocation",
    "AmountOverflowError",
    "ArgumentTypeError",
    "Budget",
    "Comparison",
    "Error",
    "Forecast",
    "IndexRangeError",
    "InputError",
    "InternalError",
    "Line",
    "LineDifference",
    "Outturn",
    "OutturnRow",
    "MissingFileError",
    "OutOfMemoryError",
    "Row",
    "Scenario",
    "UsageError",
    "compare",
    "editions",
    "hubs",
    "library_path",
    "price",
    "price_detail",
    "price_workgroup",
    "price_workgroup_detail",
    "validate_trn",
    "validate_ukprn",
    "validate_urn",
    "version",
]


def version() -> str:
    """The loaded library's version, e.g. '0.1.0'."""
    text: bytes = _lib.lib.mhf_version()
    return text.decode("ascii")


#: The path (or name) the shared library was loaded from.
library_path = _lib._path

__version__ = version()
