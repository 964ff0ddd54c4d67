"""Pricing one allocation (an edition's programme year for one participant, or one Work Group
department's grant) without a scenario."""

import ctypes
from collections import namedtuple
from datetime import date
from decimal import Decimal
from typing import Any, Callable, List, Optional, Union

from . import _lib, _text, errors
from ._text import Number

Line = namedtuple("Line", ["category", "type", "days", "rate", "amount"])
Line.__doc__ = """One priced line: category ('central_events'), cost type ('release', 'sle',
'grant'), days (Decimal, in steps of 0.5), day rate (Decimal pounds; for a grant, the grant) and
amount (Decimal pounds)."""

Allocation = namedtuple("Allocation", ["total", "lines", "derivation"])
Allocation.__doc__ = """A priced programme year: total (Decimal), lines, and a derivation such as
'15 days × £200.00 secondary release day (sms-2022-cohort7, year 1) = £3,000.00'."""

_POLICIES = {"unfunded": _lib.PD_LEAD_UNFUNDED, "reallocate": _lib.PD_LEAD_REALLOCATE}
_INT_MAX = 2**31 - 1


def _options(
    pd_lead_accredited: bool,
    pd_lead_policy: str,
    sle_rate: Optional[Number],
    sle_days: Optional[Number],
    hub_event_rate: Optional[Number],
    hub_event_days: Optional[Number],
    start: Union[str, date, None],
) -> _lib.PriceOptions:
    opts = _lib.PriceOptions()
    errors.check(_lib.lib.mhf_price_options_init(ctypes.byref(opts), _lib.PRICE_OPTIONS_VERSION))
    opts.pd_lead_accredited = 1 if pd_lead_accredited else 0
    if pd_lead_policy not in _POLICIES:
        raise errors.UsageError(f"unknown pd_lead_policy {pd_lead_policy!r}: expected 'unfunded' or 'reallocate'")
    opts.pd_lead_policy = _POLICIES[pd_lead_policy]
    if sle_rate is not None:
        opts.sle_rate_pence = _positive_pence(sle_rate, "sle_rate")
    if hub_event_rate is not None:
        opts.hub_event_rate_pence = _positive_pence(hub_event_rate, "hub_event_rate")
    if sle_days is not None:
        opts.sle_half_days = _half_days(sle_days, "sle_days")
    if hub_event_days is not None:
        opts.hub_event_half_days = _half_days(hub_event_days, "hub_event_days")
    if start is not None:
        opts.start = _text.encode(start if isinstance(start, str) else start.isoformat(), "start")
    return opts


def _positive_pence(value: Number, what: str) -> int:
    pence = _text.to_pence(value, what)
    if pence <= 0:  # 0 would mean "not set" to the library
        raise errors.InputError(f"bad {what} '{value}': expected a positive amount")
    return pence


def _half_days(value: Number, what: str) -> int:
    halves = _text.to_half_days(value, what)
    if halves > _INT_MAX:
        raise errors.InputError(f"bad {what} '{value}': too many days")
    return halves


def _year(year: object, what: str) -> int:
    if isinstance(year, bool) or not isinstance(year, int):
        raise errors.UsageError(f"{what} must be an int, not {type(year).__name__}")
    if not -_INT_MAX <= year <= _INT_MAX:
        raise errors.InputError(f"bad {what} {year}")
    return year


def price(
    edition: str,
    cohort: str,
    year: int,
    pd_lead_accredited: bool = False,
    pd_lead_policy: str = "unfunded",
    sle_rate: Optional[Number] = None,
    sle_days: Optional[Number] = None,
    hub_event_rate: Optional[Number] = None,
    hub_event_days: Optional[Number] = None,
    start: Union[str, date, None] = None,
) -> Decimal:
    """The total of programme year `year` of a specialist edition for one participant, as a
    Decimal in pounds: price('sms-2022-cohort7', '7', 1) == Decimal('3000.00').

    Rates (sle_rate, hub_event_rate) are Decimal, str or int pounds; days (sle_days,
    hub_event_days) are days in steps of half a day; floats are refused. SMS year 3 needs
    sle_rate and sle_days (the documents give neither)."""
    opts = _options(pd_lead_accredited, pd_lead_policy, sle_rate, sle_days, hub_event_rate, hub_event_days, start)
    pence = ctypes.c_int64(0)
    errors.check(
        _lib.lib.mhf_price(
            ctypes.byref(pence),
            _text.encode(edition, "edition"),
            _text.encode(cohort, "cohort"),
            _year(year, "year"),
            ctypes.byref(opts),
        )
    )
    return _text.pounds(pence.value)


def price_workgroup(edition: str, year: int = 1) -> Decimal:
    """One Work Group department's grant for work-group year `year`, as a Decimal:
    price_workgroup('wg-2024') == Decimal('2000.00')."""
    pence = ctypes.c_int64(0)
    errors.check(
        _lib.lib.mhf_price_workgroup(ctypes.byref(pence), _text.encode(edition, "edition"), _year(year, "year"))
    )
    return _text.pounds(pence.value)


def _read_allocation(function: Callable[..., int], *args: Any) -> Allocation:
    lib = _lib.lib
    handle = ctypes.c_void_p()
    errors.check(function(ctypes.byref(handle), *args))
    try:
        value = ctypes.c_int64(0)
        n = ctypes.c_size_t(0)
        errors.check(lib.mhf_allocation_total(ctypes.byref(value), handle))
        total = _text.pounds(value.value)
        errors.check(lib.mhf_allocation_line_count(ctypes.byref(n), handle))
        lines: List[Line] = []
        for i in range(n.value):
            category = _text.text(lib.mhf_allocation_line_category, handle, i)
            kind = _text.text(lib.mhf_allocation_line_type, handle, i)
            errors.check(lib.mhf_allocation_line_half_days(ctypes.byref(value), handle, i))
            days = Decimal(value.value) / 2  # half-days to days: exact (15 -> 7.5, 10 -> 5)
            errors.check(lib.mhf_allocation_line_rate(ctypes.byref(value), handle, i))
            rate = _text.pounds(value.value)
            errors.check(lib.mhf_allocation_line_amount(ctypes.byref(value), handle, i))
            lines.append(Line(category, kind, days, rate, _text.pounds(value.value)))
        derivation = _text.text(lib.mhf_allocation_derivation, handle)
        return Allocation(total, lines, derivation)
    finally:
        lib.mhf_allocation_free(handle)


def price_detail(
    edition: str,
    cohort: str,
    year: int,
    pd_lead_accredited: bool = False,
    pd_lead_policy: str = "unfunded",
    sle_rate: Optional[Number] = None,
    sle_days: Optional[Number] = None,
    hub_event_rate: Optional[Number] = None,
    hub_event_days: Optional[Number] = None,
    start: Union[str, date, None] = None,
) -> Allocation:
    """As price(), with the lines and the derivation: an Allocation."""
    opts = _options(pd_lead_accredited, pd_lead_policy, sle_rate, sle_days, hub_event_rate, hub_event_days, start)
    return _read_allocation(
        _lib.lib.mhf_price_detail,
        _text.encode(edition, "edition"),
        _text.encode(cohort, "cohort"),
        _year(year, "year"),
        ctypes.byref(opts),
    )


def price_workgroup_detail(edition: str, year: int = 1) -> Allocation:
    """As price_workgroup(), with the line and the derivation: an Allocation."""
    return _read_allocation(_lib.lib.mhf_price_workgroup_detail, _text.encode(edition, "edition"), _year(year, "year"))
