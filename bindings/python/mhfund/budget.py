"""Approved budgets (a forecast saved with the fingerprints of its inputs) and comparisons of
two plans, each a scenario file or a budget file (domain.md rule 14 and section 7 question 4)."""

import ctypes
import json
import os
from collections import namedtuple
from decimal import Decimal
from typing import Any, Dict, Iterable, List, Literal, Optional, Union

from . import _lib, _text, errors
from .scenario import Forecast, PathType, Scenario

LineDifference = namedtuple("LineDifference", ["text", "amount_a", "amount_b"])
LineDifference.__doc__ = """One line that differs between two plans: `text` names it and its
reasons ("S7-01 year 3 sle: rate sle changed: £350.00 → £400.00"); `amount_a` and `amount_b`
are Decimals in pounds, exact to the penny."""


def _by_text(by: Union[str, Iterable[str]]) -> bytes:
    return _text.encode(by if isinstance(by, str) else ",".join(by), "by")


class Budget:
    """An approved budget. Make one from a scenario with Budget.make(scenario), or read a saved
    one with Budget.read(path); close it with close() or a `with` block."""

    _handle: Optional[ctypes.c_void_p] = None

    def __init__(self, handle: ctypes.c_void_p) -> None:
        if not handle:
            raise errors.InternalError("mhfund returned no budget")
        self._handle = handle

    @classmethod
    def make(cls, scenario: Scenario) -> "Budget":
        """Prices `scenario` as a budget, fingerprinting its input files."""
        handle = ctypes.c_void_p()
        errors.check(_lib.lib.mhf_budget_make(ctypes.byref(handle), scenario._live()))
        return cls(handle)

    @classmethod
    def read(cls, path: PathType) -> "Budget":
        """Reads a budget file. A malformed one raises InputError naming the JSON path; one whose
        inputs changed since it was saved still reads (see changed_inputs)."""
        handle = ctypes.c_void_p()
        errors.check(_lib.lib.mhf_budget_read_file(ctypes.byref(handle), _text.encode(os.fspath(path), "path")))
        return cls(handle)

    def _live(self) -> ctypes.c_void_p:
        if self._handle is None:
            raise errors.UsageError("the budget is closed")
        return self._handle

    def save(self, path: PathType) -> None:
        """Writes the budget file (JSON), whole or not at all."""
        errors.check(_lib.lib.mhf_budget_save(self._live(), _text.encode(os.fspath(path), "path")))

    @property
    def total(self) -> Decimal:
        """The grand total, in pounds."""
        pence = ctypes.c_int64(0)
        errors.check(_lib.lib.mhf_budget_total(ctypes.byref(pence), self._live()))
        return _text.pounds(pence.value)

    def forecast(self, by: Union[str, Iterable[str]] = "programme", period: str = "academic") -> Forecast:
        """The budget grouped and phased as Scenario.forecast would be: budget(P) per group."""
        handle = ctypes.c_void_p()
        errors.check(
            _lib.lib.mhf_budget_forecast(ctypes.byref(handle), self._live(), _by_text(by), _text.encode(period, "period"))
        )
        try:
            return Forecast._read(handle, period)
        finally:
            _lib.lib.mhf_forecast_free(handle)

    @property
    def changed_inputs(self) -> List[str]:
        """The inputs whose bytes differ now from when the budget was saved, one line each:
        "roster roster.csv: saved <sha256>, now <sha256>"."""
        n = ctypes.c_size_t(0)
        handle = self._live()
        errors.check(_lib.lib.mhf_budget_changed_input_count(ctypes.byref(n), handle))
        return [_text.text(_lib.lib.mhf_budget_changed_input, handle, i) for i in range(n.value)]

    def close(self) -> None:
        """Frees the budget; closing twice does nothing."""
        handle, self._handle = self._handle, None
        if handle is not None:
            _lib.lib.mhf_budget_free(handle)

    def __enter__(self) -> "Budget":
        self._live()
        return self

    def __exit__(self, *exc: object) -> Literal[False]:
        self.close()
        return False

    def __del__(self) -> None:
        # At interpreter exit the module may be half torn down: freeing is then best effort.
        try:
            self.close()
        except Exception:  # pragma: no cover
            pass


class Comparison:
    """Two plans compared (B - A), copied out of the library: totals, the lines that differ
    with their reasons, and `data`, the whole comparison as `mhfund compare --format json`
    gives it, with every amount a Decimal."""

    def __init__(self, total_a: Decimal, total_b: Decimal, lines: List[LineDifference], data: Dict[str, Any]) -> None:
        self.total_a = total_a
        self.total_b = total_b
        self.lines = lines
        self.data = data

    @property
    def difference(self) -> Decimal:
        return self.total_b - self.total_a


def _decimal_amounts(value: Any) -> Any:
    """The JSON with every amount string ("1234.56") as a Decimal, and the _pence twins dropped."""
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if key.endswith("_pence"):
                continue
            if key.startswith(("amount", "total", "difference")) and isinstance(item, str):
                out[key] = Decimal(item)
            else:
                out[key] = _decimal_amounts(item)
        return out
    if isinstance(value, list):
        return [_decimal_amounts(v) for v in value]
    return value


def compare(a: PathType, b: PathType, by: Union[str, Iterable[str]] = "programme", period: str = "academic") -> Comparison:
    """Compares plan `b` against plan `a`, each a scenario file (TOML) or a budget file (JSON)."""
    lib = _lib.lib
    handle = ctypes.c_void_p()
    errors.check(
        lib.mhf_compare_files(
            ctypes.byref(handle),
            _text.encode(os.fspath(a), "a"),
            _text.encode(os.fspath(b), "b"),
            _by_text(by),
            _text.encode(period, "period"),
        )
    )
    try:
        pa, pb = ctypes.c_int64(0), ctypes.c_int64(0)
        errors.check(lib.mhf_comparison_totals(ctypes.byref(pa), ctypes.byref(pb), handle))
        totals = (_text.pounds(pa.value), _text.pounds(pb.value))
        n = ctypes.c_size_t(0)
        errors.check(lib.mhf_comparison_line_count(ctypes.byref(n), handle))
        lines = []
        for i in range(n.value):
            errors.check(lib.mhf_comparison_line_amounts(ctypes.byref(pa), ctypes.byref(pb), handle, i))
            text = _text.text(lib.mhf_comparison_line, handle, i)
            lines.append(LineDifference(text, _text.pounds(pa.value), _text.pounds(pb.value)))
        data = _decimal_amounts(json.loads(_text.text(lib.mhf_comparison_json, handle)))
        return Comparison(totals[0], totals[1], lines, data)
    finally:
        lib.mhf_comparison_free(handle)
