"""Strings out of the C API by its buffer protocol, and exact conversions of money and days."""

import ctypes
from decimal import Decimal, InvalidOperation

from . import errors

_FIRST_TRY = 256


def text(function, *args):
    """Calls `function(out, out_size, &out_len, *args)` and returns the whole text as str."""
    length = ctypes.c_size_t(0)
    out = ctypes.create_string_buffer(_FIRST_TRY)
    errors.check(function(out, _FIRST_TRY, ctypes.byref(length), *args))
    if length.value >= _FIRST_TRY:
        out = ctypes.create_string_buffer(length.value + 1)
        errors.check(function(out, length.value + 1, ctypes.byref(length), *args))
    return out.raw[: length.value].decode("utf-8")


def encode(value, what):
    """A str argument as UTF-8 bytes; None and other types are usage errors."""
    if not isinstance(value, str):
        raise errors.UsageError(f"{what} must be a str, not {type(value).__name__}")
    if "\0" in value:
        raise errors.UsageError(f"{what} contains a NUL character")
    return value.encode("utf-8")


def pounds(pence):
    """int pence -> Decimal pounds, exactly (300000 -> Decimal('3000.00'))."""
    return Decimal(int(pence)).scaleb(-2)


def _exact(value, what):
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


def to_pence(value, what):
    """Decimal, str ('350.00', '£350.00', '1,234.56') or int pounds -> int pence; fractions of
    a penny are input errors, never rounded."""
    d = _exact(value, what)
    scaled = d.scaleb(2)
    if scaled != scaled.to_integral_value():
        raise errors.InputError(f"bad {what} '{value}': expected whole pence")
    return int(scaled)


def to_half_days(value, what):
    """Days (Decimal, str or int; steps of half a day) -> int half-days."""
    d = _exact(value, what)
    doubled = d * 2
    if doubled != doubled.to_integral_value() or d < 0:
        raise errors.InputError(
            f"bad {what} '{value}': expected a non-negative number of days in steps of half a day"
        )
    return int(doubled)


def setting_text(value, what):
    """A setting's value as the text mhf_scenario_set takes."""
    if isinstance(value, str):
        return value
    if isinstance(value, (Decimal, int)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        _exact(value, what)  # raises
    raise errors.UsageError(f"setting {what} must be a str, Decimal or int, not {type(value).__name__}")
