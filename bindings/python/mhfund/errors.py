"""The exceptions mhfund raises: one per status code of the C API, all subclasses of Error."""

from . import _lib


class Error(Exception):
    """An error reported by the mhfund library. `code` is the C API's status code and the
    message is the library's (for input errors: file, line, field, value, what was expected)."""

    code = None

    def __init__(self, message, code=None):
        super().__init__(message)
        if code is not None:
            self.code = code


class InputError(Error):
    """Bad data: a file, a value, a missing setting (MHF_E_INPUT)."""

    code = _lib.E_INPUT


class UsageError(Error):
    """The API was used wrongly: an unknown period or grouping, a closed handle (MHF_E_USAGE)."""

    code = _lib.E_USAGE


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


_BY_CODE = {
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


def check(status):
    """Raises the exception of a failed call's status, with the calling thread's last error.
    Must be called right after the call, before any other call into the library."""
    if status == _lib.OK:
        return
    message = _lib.lib.mhf_last_error().decode("utf-8", errors="replace")
    raise _BY_CODE.get(status, Error)(message, status)
