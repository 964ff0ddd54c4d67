"""The exceptions mhfund raises: one per status code of the C API, all subclasses of Error, and
of the built-in exception a Python program would catch for the same fault:

    Error                   Exception
    ├── InputError          ValueError           bad data (MHF_E_INPUT)
    │   └── MissingFileError  FileNotFoundError  an input file that does not exist
    ├── UsageError                               the API used wrongly (MHF_E_USAGE)
    │   └── ArgumentTypeError TypeError          an argument of the wrong type
    ├── OutOfMemoryError    MemoryError
    ├── AmountOverflowError ArithmeticError
    ├── InternalError
    └── IndexRangeError     IndexError

`InputError(message)` and `UsageError(message)` give the subclass their message describes, so
every place that raises them (here or from a status code of the library) gets it.
"""

import errno
import os
import re
from typing import Dict, Optional, Type

from . import _lib


class Error(Exception):
    """An error reported by the mhfund library. `code` is the C API's status code and the
    message is the library's (for input errors: file, line, field, value, what was expected)."""

    code: Optional[int] = None

    def __init__(self, message: str, code: Optional[int] = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        # The library's message, also for the OSError subclasses (whose own __str__ would write
        # "[Errno 2] ...").
        return str(self.args[0]) if self.args else ""


# How the library (io/csv.cpp, read_text_file) says that a file does not exist: the C library's
# text for ENOENT, "cannot read plan.toml: No such file or directory".
_MISSING_FILE = re.compile(re.escape(os.strerror(errno.ENOENT)) + "|No such file or directory")
# How a wrong argument type is described, here and in the library: "year must be an int, not
# str", "rate must be a Decimal, str or int, not a float (...)".
_WRONG_TYPE = re.compile(r"\bmust be an? [^,]+(, [^,]+)*,? not ")


class InputError(Error, ValueError):
    """Bad data: a file, a value, a missing setting (MHF_E_INPUT). A ValueError; a file that does
    not exist raises MissingFileError, which is also a FileNotFoundError."""

    code = _lib.E_INPUT

    def __new__(cls, message: str, code: Optional[int] = None) -> "InputError":
        if cls is InputError and _MISSING_FILE.search(str(message)):
            cls = MissingFileError
        if issubclass(cls, OSError):  # its instances are OSError's, made by OSError.__new__
            return OSError.__new__(cls, message)  # type: ignore[call-arg]
        return super().__new__(cls, message)  # type: ignore[call-arg]


class MissingFileError(InputError, FileNotFoundError):
    """An input file that does not exist (MHF_E_INPUT): an InputError with the library's message,
    and a FileNotFoundError (errno ENOENT), as open() would raise."""

    def __init__(self, message: str, code: Optional[int] = None) -> None:
        super().__init__(message, code)
        self.errno = errno.ENOENT
        self.strerror = os.strerror(errno.ENOENT)


class UsageError(Error):
    """The API was used wrongly: an unknown period or grouping, a closed handle (MHF_E_USAGE). An
    argument of the wrong type raises ArgumentTypeError, which is also a TypeError."""

    code = _lib.E_USAGE

    def __new__(cls, message: str, code: Optional[int] = None) -> "UsageError":
        if cls is UsageError and _WRONG_TYPE.search(str(message)):
            cls = ArgumentTypeError
        return super().__new__(cls, message)  # type: ignore[call-arg]


class ArgumentTypeError(UsageError, TypeError):
    """An argument of the wrong type, e.g. a float for an amount (MHF_E_USAGE): a UsageError and
    a TypeError."""


class OutOfMemoryError(Error, MemoryError):
    """The library ran out of memory (MHF_E_NOMEM)."""

    code = _lib.E_NOMEM


class AmountOverflowError(Error, ArithmeticError):
    """An amount left the range of 64-bit pence (MHF_E_OVERFLOW)."""

    code = _lib.E_OVERFLOW


class InternalError(Error):
    """A bug in the library (MHF_E_INTERNAL)."""

    code = _lib.E_INTERNAL


class IndexRangeError(Error, IndexError):
    """An index out of range (MHF_E_RANGE)."""

    code = _lib.E_RANGE


_BY_CODE: Dict[Optional[int], Type[Error]] = {
    cls.code: cls
    for cls in (
        InputError,
        UsageError,
        OutOfMemoryError,
        AmountOverflowError,
        InternalError,
        IndexRangeError,
    )
}


def check(status: int) -> None:
    """Raises the exception of a failed call's status, with the calling thread's last error.
    Must be called right after the call, before any other call into the library."""
    if status == _lib.OK:
        return
    message: str = _lib.lib.mhf_last_error().decode("utf-8", errors="replace")
    raise _BY_CODE.get(status, Error)(message, status)
