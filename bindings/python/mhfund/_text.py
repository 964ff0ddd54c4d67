"""Strings in and out of the C API (its buffer protocol), and money and days as text for the
library's own parsers."""

import ctypes
from decimal import Decimal
from typing import Any, Callable, Union

from . import _lib, errors

#: What the functions taking an amount or a number of days accept (a float is refused).
Number = Union[Decimal, str, int]

_FIRST_TRY = 256


def text(function: Callable[..., int], *args: Any) -> str:
    """Calls `function(out, out_size, &out_len, *args)` and returns the whole text as str."""
    length = ctypes.c_size_t(0)
    out = ctypes.create_string_buffer(_FIRST_TRY)
    errors.check(function(out, _FIRST_TRY, ctypes.byref(length), *args))
    if length.value >= _FIRST_TRY:
        out = ctypes.create_string_buffer(length.value + 1)
        errors.check(function(out, length.value + 1, ctypes.byref(length), *args))
    return out.raw[: length.value].decode("utf-8")


def encode(value: object, what: str) -> bytes:
    """A str argument as UTF-8 bytes; None and other types are usage errors. A str that UTF-8
    cannot hold (a lone surrogate, as decoding with errors='surrogateescape' leaves) is bad data:
    an input error."""
    if not isinstance(value, str):
        raise errors.UsageError(f"{what} must be a str, not {type(value).__name__}")
    if "\0" in value:
        raise errors.UsageError(f"{what} contains a NUL character")
    try:
        return value.encode("utf-8")
    except UnicodeEncodeError as e:
        # Named by position and code point: the text itself cannot be printed.
        raise errors.InputError(
            f"bad {what}: not valid Unicode text (a lone surrogate U+{ord(value[e.start]):04X} at "
            f"position {e.start})"
        ) from None


def pounds(pence: int) -> Decimal:
    """int pence -> Decimal pounds, exactly (300000 -> Decimal('3000.00'))."""
    return Decimal(int(pence)).scaleb(-2)


def _number_text(value: object, what: str) -> str:
    """A Decimal, str or int as the text the library parses: a str as it is, an int in digits,
    a Decimal in plain notation (Decimal('3.5E+2') -> '350'). Floats are refused: binary
    floating point cannot hold amounts exactly."""
    if isinstance(value, float):
        raise errors.UsageError(
            f"{what} must be a Decimal, str or int, not a float (binary floating point cannot "
            f"hold amounts exactly): write Decimal('350.00') or '350.00'"
        )
    if isinstance(value, bool) or not isinstance(value, (Decimal, str, int)):
        raise errors.UsageError(f"{what} must be a Decimal, str or int, not {type(value).__name__}")
    if isinstance(value, Decimal):
        return format(value, "f")  # NaN and Infinity stay words, which the library refuses
    return str(value)


def _parse(function: Callable[..., int], value: object, what: str) -> int:
    out = ctypes.c_int64(0)
    text = encode(_number_text(value, what), what)
    errors.check(function(ctypes.byref(out), text, encode(what, "what")))
    return out.value


def to_pence(value: object, what: str) -> int:
    """Decimal, str ('350.00', '£350.00', '1,234.56') or int pounds -> int pence, read by the
    library as it reads a scenario's settings: more than two decimals, exponents, '_' and
    misplaced commas are input errors with the library's message, never rounded or guessed."""
    return _parse(_lib.lib.mhf_money_parse, value, what)


def to_half_days(value: object, what: str) -> int:
    """Days (Decimal, str or int; steps of half a day) -> int half-days, read by the library."""
    return _parse(_lib.lib.mhf_days_parse, value, what)


def setting_text(value: object, what: str) -> str:
    """A setting's value as the text mhf_scenario_set takes: a str as it is, an int or a Decimal
    as plain digits (the library parses it)."""
    if isinstance(value, str):
        return value
    if isinstance(value, (Decimal, int, float)) and not isinstance(value, bool):
        return _number_text(value, what)
    raise errors.UsageError(f"setting {what} must be a str, Decimal or int, not {type(value).__name__}")
