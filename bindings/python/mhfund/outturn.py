"""The outturn as of a date (domain.md 9.4): claims before it, what was expected by then but not
yet claimed, and what is still to come, by grouping and period."""

import ctypes
from collections import namedtuple
from decimal import Decimal
from typing import Dict, Iterator, List, Tuple

from . import _lib, _text, errors

OutturnRow = namedtuple("OutturnRow", ["keys", "period", "actual", "unclaimed", "to_come", "outturn", "paid"])
OutturnRow.__doc__ = """One outturn row: `keys` maps each grouping dimension to its value,
`period` is the label, and the figures are Decimals in pounds: `actual` (claims dated in the
period and before the as-of date), `unclaimed` (expected by then, not yet claimed, shown in the
as-of date's period), `to_come` (the rest, phased), `outturn` (their sum) and `paid` (claims
whose paid date is in the period)."""

_FIGURES = ("actual", "unclaimed", "to_come", "outturn", "paid")


def _figures(function, *args) -> Tuple[Decimal, ...]:  # type: ignore[no-untyped-def]
    out = [ctypes.c_int64(0) for _ in _FIGURES]
    errors.check(function(*(ctypes.byref(o) for o in out), *args))
    return tuple(_text.pounds(o.value) for o in out)


class Outturn:
    """An outturn's figures, copied out of the library when it was run: it needs no scenario and
    holds no library resources. `total` maps each figure's name to its sum over the rows."""

    def __init__(self, by: Tuple[str, ...], period: str, as_of: str, rows: List[OutturnRow],
                 total: Dict[str, Decimal], findings: List[str]) -> None:
        self.by = by
        self.period = period
        self.as_of = as_of
        self.rows = rows
        self.total = total
        self.findings = findings

    @classmethod
    def _read(cls, handle: ctypes.c_void_p, period: str, as_of: str) -> "Outturn":
        lib = _lib.lib
        n = ctypes.c_size_t(0)
        errors.check(lib.mhf_outturn_key_count(ctypes.byref(n), handle))
        by = tuple(_text.text(lib.mhf_outturn_key_name, handle, k) for k in range(n.value))
        errors.check(lib.mhf_outturn_row_count(ctypes.byref(n), handle))
        rows: List[OutturnRow] = []
        for r in range(n.value):
            keys = {name: _text.text(lib.mhf_outturn_row_key, handle, r, k) for k, name in enumerate(by)}
            label = _text.text(lib.mhf_outturn_row_period, handle, r)
            rows.append(OutturnRow(keys, label, *_figures(lib.mhf_outturn_row_figures, handle, r)))
        total = dict(zip(_FIGURES, _figures(lib.mhf_outturn_totals, handle)))
        errors.check(lib.mhf_outturn_finding_count(ctypes.byref(n), handle))
        findings = [_text.text(lib.mhf_outturn_finding, handle, i) for i in range(n.value)]
        return cls(by, period, as_of, rows, total, findings)

    def __iter__(self) -> Iterator[OutturnRow]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __repr__(self) -> str:
        return (f"<mhfund.Outturn as_of={self.as_of!r} by={','.join(self.by)!r} period={self.period!r} "
                f"rows={len(self.rows)} outturn={self.total['outturn']}>")


def run(scenario: ctypes.c_void_p, claims: str, is_text: bool, name: str, as_of: str, by: str,
        period: str) -> Outturn:
    """Runs mhf_outturn_run (a claims file) or mhf_outturn_run_text (claims CSV text)."""
    handle = ctypes.c_void_p()
    lib = _lib.lib
    args = [_text.encode(as_of, "as_of"), _text.encode(by, "by"), _text.encode(period, "period")]
    if is_text:
        errors.check(lib.mhf_outturn_run_text(ctypes.byref(handle), scenario, _text.encode(claims, "claims"),
                                              _text.encode(name, "name") if name else None, *args))
    else:
        errors.check(lib.mhf_outturn_run(ctypes.byref(handle), scenario, _text.encode(claims, "claims"), *args))
    try:
        return Outturn._read(handle, period, as_of)
    finally:
        lib.mhf_outturn_free(handle)
