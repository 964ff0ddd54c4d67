"""Scenarios (what a hub plans) and forecasts (their spending by grouping and period)."""

import ctypes
import os
from collections import namedtuple
from decimal import Decimal
from typing import Any, Callable, Iterable, Iterator, List, Literal, Optional, Tuple, Union

from . import _lib, _text, errors, outturn
from ._text import Number

#: A file name: a str or a pathlib.Path.
PathType = Union[str, "os.PathLike[str]"]

Row = namedtuple("Row", ["keys", "period", "amount"])
Row.__doc__ = """One forecast row: `keys` maps each grouping dimension to its value (e.g.
{'programme': 'sms'}), `period` is the label ('2024/25', 'FY2024-25', '2024/25 autumn',
'2024-09') and `amount` a Decimal in pounds, exact to the penny."""


class Forecast:
    """A forecast's figures, copied out of the library when it was run: it needs no scenario
    and holds no library resources."""

    def __init__(
        self,
        by: Tuple[str, ...],
        period: str,
        rows: List[Row],
        total: Decimal,
        assumptions: List[str],
        warnings: List[str],
    ) -> None:
        self.by = by
        self.period = period
        self.rows = rows
        self.total = total
        self.assumptions = assumptions
        self.warnings = warnings

    @classmethod
    def _read(cls, handle: ctypes.c_void_p, period: str) -> "Forecast":
        lib = _lib.lib
        n = ctypes.c_size_t(0)
        errors.check(lib.mhf_forecast_key_count(ctypes.byref(n), handle))
        by = tuple(_text.text(lib.mhf_forecast_key_name, handle, k) for k in range(n.value))
        errors.check(lib.mhf_forecast_row_count(ctypes.byref(n), handle))
        rows: List[Row] = []
        pence = ctypes.c_int64(0)
        for r in range(n.value):
            keys = {name: _text.text(lib.mhf_forecast_row_key, handle, r, k) for k, name in enumerate(by)}
            label = _text.text(lib.mhf_forecast_row_period, handle, r)
            errors.check(lib.mhf_forecast_row_amount(ctypes.byref(pence), handle, r))
            rows.append(Row(keys, label, _text.pounds(pence.value)))
        errors.check(lib.mhf_forecast_total(ctypes.byref(pence), handle))
        total = _text.pounds(pence.value)
        errors.check(lib.mhf_forecast_assumption_count(ctypes.byref(n), handle))
        assumptions = [_text.text(lib.mhf_forecast_assumption, handle, i) for i in range(n.value)]
        errors.check(lib.mhf_forecast_warning_count(ctypes.byref(n), handle))
        warnings = [_text.text(lib.mhf_forecast_warning, handle, i) for i in range(n.value)]
        return cls(by, period, rows, total, assumptions, warnings)

    def __iter__(self) -> Iterator[Row]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __repr__(self) -> str:
        return f"<mhfund.Forecast by={','.join(self.by)!r} period={self.period!r} rows={len(self.rows)} total={self.total}>"


class Scenario:
    """A scenario handle. Create one with Scenario.load(path), Scenario.from_string(text) or
    Scenario.default(); close it with close() or a `with` block (it is also closed when
    collected)."""

    _handle: Optional[ctypes.c_void_p]

    def __init__(self, handle: ctypes.c_void_p) -> None:
        if not handle:
            raise errors.InternalError("mhfund returned no scenario")
        self._handle = handle

    @classmethod
    def _create(cls, function: Callable[..., int], *args: Any) -> "Scenario":
        handle = ctypes.c_void_p()
        errors.check(function(ctypes.byref(handle), *args))
        return cls(handle)

    @classmethod
    def load(cls, path: PathType) -> "Scenario":
        """Reads a scenario file (TOML); relative paths in it resolve from its folder."""
        return cls._create(_lib.lib.mhf_scenario_load_file, _text.encode(os.fspath(path), "path"))

    @classmethod
    def from_string(cls, text: str, base_dir: Optional[PathType] = None) -> "Scenario":
        """Reads scenario text; `base_dir` is where its relative paths resolve from (default:
        the current directory)."""
        base = None if base_dir is None else _text.encode(os.fspath(base_dir), "base_dir")
        return cls._create(_lib.lib.mhf_scenario_load_string, _text.encode(text, "text"), base)

    @classmethod
    def default(cls) -> "Scenario":
        """The built-in sample hub (WM1) with every programme in the documents."""
        return cls._create(_lib.lib.mhf_scenario_default)

    def _live(self) -> ctypes.c_void_p:
        if self._handle is None:
            raise errors.UsageError("the scenario is closed")
        return self._handle

    def set(self, name: str, value: Number) -> "Scenario":
        """Applies a setting as `mhfund --set NAME=VALUE` does, e.g. s.set('sle_rate',
        Decimal('350.00')) or s.set('pd_lead_policy', 'reallocate'). Returns self."""
        errors.check(
            _lib.lib.mhf_scenario_set(
                self._live(),
                _text.encode(name, "name"),
                _text.encode(_text.setting_text(value, name), "value"),
            )
        )
        return self

    def read_changes(self, path: PathType) -> "Scenario":
        """Reads a changes file (CSV: participant, date, field, value, reference) and applies
        it, in date order: a payee (`institution`) or `hub` change splits every line at its
        date, `pd_lead_accredited` = yes applies the PD Lead exemption to the programme years
        that start on or after its date, `withdrawn` sets a withdrawal (empty cancels one),
        `sle_days` replaces the year-3 SLE days. All or nothing: a bad row raises InputError
        naming the file, line and field, and the scenario is unchanged; a file that does not
        exist raises MissingFileError. May be called again with another file. Returns self."""
        errors.check(_lib.lib.mhf_scenario_read_changes(self._live(), _text.encode(os.fspath(path), "path")))
        return self

    def read_changes_text(self, text: str, name: Optional[str] = None) -> "Scenario":
        """As read_changes, from CSV text; `name` names it in messages (default "(changes
        text)"). Returns self."""
        encoded_name = None if name is None else _text.encode(name, "name")
        errors.check(
            _lib.lib.mhf_scenario_read_changes_text(self._live(), _text.encode(text, "text"), encoded_name)
        )
        return self

    def forecast(self, by: Union[str, Iterable[str]] = "programme", period: str = "academic") -> Forecast:
        """Runs a forecast. `by` is a comma-separated str or a sequence of dimensions (hub,
        region, programme, edition, cohort, year, participant, workgroup, institution,
        cost_type, category; empty for none); `period` is academic, financial, term or month."""
        if not isinstance(by, str):
            by = ",".join(by)
        handle = ctypes.c_void_p()
        errors.check(
            _lib.lib.mhf_forecast_run(
                ctypes.byref(handle), self._live(), _text.encode(by, "by"), _text.encode(period, "period")
            )
        )
        try:
            return Forecast._read(handle, period)
        finally:
            _lib.lib.mhf_forecast_free(handle)

    def outturn(
        self,
        as_of: str,
        claims: Optional[PathType] = None,
        claims_text: Optional[str] = None,
        by: Union[str, Iterable[str]] = "programme",
        period: str = "academic",
        name: Optional[str] = None,
    ) -> "outturn.Outturn":
        """The outturn as of `as_of` ('YYYY-MM-DD'; claims dated before it are actual), from a
        claims file (`claims`) or claims CSV text (`claims_text`, named `name` in messages);
        `by` and `period` as in forecast()."""
        if (claims is None) == (claims_text is None):
            raise errors.UsageError("give the claims as a file (claims=) or as text (claims_text=)")
        if not isinstance(by, str):
            by = ",".join(by)
        if claims_text is not None:
            return outturn.run(self._live(), claims_text, True, name or "", as_of, by, period)
        return outturn.run(self._live(), os.fspath(claims), False, "", as_of, by, period)  # type: ignore[arg-type]

    def close(self) -> None:
        """Frees the scenario; closing twice does nothing."""
        handle, self._handle = self._handle, None
        if handle is not None:
            _lib.lib.mhf_scenario_free(handle)

    @property
    def closed(self) -> bool:
        return self._handle is None

    def __enter__(self) -> "Scenario":
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
