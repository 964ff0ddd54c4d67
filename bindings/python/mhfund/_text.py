"""Strings out of the C API by its buffer protocol, and exact conversions of money and days."""

import ctypes
from decimal import Decimal, InvalidOperation
from typing import Any, Callable, Union

from . import errors

#: What the functions taking an amount or a number of days accept (a float is refused).
Number = Union[Decimal, str, int]

_FIRST_TRY = 256


def text(function: Callable[..., int], *args: Any) -> str:
    """Calls `function(*args, buf, buflen, &needed)` and returns the whole text as str."""
    needed = ctypes.c_size_t(0)
    buf = ctypes.create_string_buffer(_FIRST_TRY)
    errors.check(function(*args, buf, _FIRST_TRY, ctypes.byref(needed)))
    if needed.value >= _FIRST_TRY:
        buf = ctypes.create_string_buffer(needed.value + 1)
        errors.check(function(*args, buf, needed.value + 1, ctypes.byref(needed)))
    return buf.raw[: needed.value].decode("utf-8")


def encode(value: object, what: str) -> bytes:
    """A str argument as UTF-8 bytes; None and other types are usage errors."""
    if not isinstance(value, str):
        raise errors.UsageError(f"{what} must be a str, not {type(value).__name__}")
    if "\0" in value:
        raise errors.UsageError(f"{what} contains a NUL character")
    return value.encode("utf-8")


def pounds(pence: int) -> Decimal:
    """int pence -> Decimal pounds, exactly (300000 -> Decimal('3000.00'))."""
    return Decimal(int(pence)).scaleb(-2)


def _exact(value: object, what: str) -> Decimal:
    if isinstance(value, float):
        raise errors.UsageError(
            f"{what} must be a Decimal, str or int, not a float (binary floating point cannot "
            f"hold amounts exactly): write Decimal('350.00') or '350.00'"
        )
    if isinstance(value, bool) or not isinstance(value, (Decimal, str, int)):
        raise errors.UsageError(f"{what} must be a Decimal, str or int, not {type(value).__name__}")
    try:
        d = Decimal(value.strip().replace(",", "").lstrip("\u00a3")) if isinstance(value, str) else Decimal(value)
    except InvalidOperation:
        raise errors.InputError(f"bad {what} '{value}': expected a number such as 350.00") from None
    if not d.is_finite():
        raise errors.InputError(f"bad {what} '{value}': expected a finite number")
    return d


def to_pence(value: object, what: str) -> int:
    """Decimal, str ('350.00', '£350.00', '1,234.56') or int pounds -> int pence; fractions of
    a penny are input errors, never rounded."""
    d = _exact(value, what)
    scaled = d.scaleb(2)
    if scaled != scaled.to_integral_value():
        raise errors.InputError(f"bad {what} '{value}': expected whole pence")
    return int(scaled)


def to_half_days(value: object, what: str) -> int:
    """Days (Decimal, str or int; steps of half a day) -> int half-days."""
    d = _exact(value, what)
    doubled = d * 2
    if doubled != doubled.to_integral_value() or d < 0:
        raise errors.InputError(
            f"bad {what} '{value}': expected a non-negative number of days in steps of half a day"
        )
    return int(doubled)


def setting_text(value: object, what: str) -> str:
    """A setting's value as the text mhf_scenario_set takes."""
    if isinstance(value, str):
        return value
    if isinstance(value, (Decimal, int)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        _exact(value, what)  # raises
    raise errors.UsageError(f"setting {what} must be a str, Decimal or int, not {type(value).__name__}")
