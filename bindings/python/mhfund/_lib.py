"""Loads the mhfund shared library (the C API) and declares every function's prototype.

The library, libmhfund.so.N (N = ABI_VERSION), is found, in order:
1. at the path in the environment variable MHFUND_LIBRARY, when it is set (to test a build);
2. next to this package: a libmhfund.so.N copied into it or beside it;
3. under the prefix this package is installed in: <prefix>/lib/python3.X/site-packages/mhfund
   (a virtual environment, `cmake --install --prefix`) or /usr/lib/python3/dist-packages/mhfund
   (python3-mhfund) looks in <prefix>/lib, <prefix>/lib64 and <prefix>/lib/<multiarch>;
4. where the system's loader finds libmhfund.so.N (libmhfundN, ldconfig), or else where
   ctypes.util.find_library("mhfund") does.
"""

import ctypes
import ctypes.util
import os
import sys
from ctypes import (
    POINTER,
    Structure,
    c_char_p,
    c_int,
    c_int64,
    c_size_t,
    c_uint,
    c_void_p,
)
from typing import List, Optional, Tuple

# Status codes (mhfund.h).
OK = 0
E_INPUT = -1
E_USAGE = -2
E_NOMEM = -3
E_OVERFLOW = -4
E_INTERNAL = -5
E_RANGE = -6

PD_LEAD_UNFUNDED = 0
PD_LEAD_REALLOCATE = 1

PRICE_OPTIONS_VERSION = 1


class PriceOptions(Structure):
    """mhf_price_options, version 1: the field order of mhfund.h."""

    _fields_ = [
        ("version", c_uint),
        ("pd_lead_accredited", c_int),
        ("pd_lead_policy", c_int),
        ("sle_rate_pence", c_int64),
        ("sle_half_days", c_int),
        ("hub_event_half_days", c_int),
        ("hub_event_rate_pence", c_int64),
        ("start", c_char_p),
    ]


# The ABI these prototypes are written for: MHF_ABI_VERSION of bindings/c/mhfund.h, the shared
# library's SONAME version (libmhfund.so.0). tests/packaging checks that the two agree.
ABI_VERSION = 1


def _library_names() -> List[str]:
    """The library's file names, best first: the SONAME this package is written for."""
    if sys.platform == "darwin":
        return [f"libmhfund.{ABI_VERSION}.dylib", "libmhfund.dylib"]
    if sys.platform == "win32":
        return ["mhfund.dll"]
    return [f"libmhfund.so.{ABI_VERSION}", "libmhfund.so"]


def _prefix_folders(package_dir: str) -> List[str]:
    """The library folders of the prefix a package in <prefix>/lib*/python3*/*-packages/ is
    installed in; none for a package elsewhere (a source tree)."""
    import sysconfig

    site = os.path.dirname(package_dir)
    python = os.path.dirname(site)
    libdir = os.path.dirname(python)
    if not (site.endswith("-packages") and os.path.basename(python).startswith("python")):
        return []
    prefix = os.path.dirname(libdir)
    folders = [libdir, os.path.join(prefix, "lib"), os.path.join(prefix, "lib64")]
    multiarch: Optional[str] = sysconfig.get_config_var("MULTIARCH")
    if multiarch:
        folders.append(os.path.join(prefix, "lib", multiarch))
    return list(dict.fromkeys(folders))


def _find_library() -> Optional[str]:
    """The library's path by steps 1-3 of the module's docstring; None when they find none."""
    explicit = os.environ.get("MHFUND_LIBRARY")
    if explicit:
        return explicit
    here = os.path.dirname(os.path.abspath(__file__))
    for folder in [here, os.path.dirname(here)] + _prefix_folders(here):
        for name in _library_names():
            candidate = os.path.join(folder, name)
            if os.path.exists(candidate):
                return candidate
    return None


def _load() -> Tuple[ctypes.CDLL, str]:
    """The loaded library and the path (or, from the system's loader, the name) it came from."""
    path = _find_library()
    if path is not None:
        try:
            return ctypes.CDLL(path), path
        except OSError as e:  # pragma: no cover - depends on the machine
            raise ImportError(f"mhfund: cannot load the shared library {path}: {e}") from e
    soname = _library_names()[0]
    try:
        return ctypes.CDLL(soname), soname
    except OSError:
        pass
    found = ctypes.util.find_library("mhfund")
    if found and os.path.basename(found) in _library_names():
        try:
            return ctypes.CDLL(found), found
        except OSError as e:  # pragma: no cover - depends on the machine
            raise ImportError(f"mhfund: cannot load the shared library {found}: {e}") from e
    other = f" (there is {found}, of another ABI version)" if found else ""
    raise ImportError(
        f"mhfund: cannot find the shared library {soname}{other}: install it (the Debian package "
        f"libmhfund{ABI_VERSION}, or `cmake --install` into the prefix this package is installed "
        f"in), or set MHFUND_LIBRARY to its path"
    )


lib, _path = _load()

_size_p = POINTER(c_size_t)
_i64_p = POINTER(c_int64)
_handle_p = POINTER(c_void_p)
# The first three parameters of every function that gives text: (char* out, size_t out_size,
# size_t* out_len).
_TEXT = [c_char_p, c_size_t, _size_p]

# Every function's result and argument types: ctypes' default (int) would truncate pointers and
# accept anything as an argument. Outputs come first, as in mhfund.h.
_PROTOTYPES = {
    "mhf_version": (c_char_p, []),
    "mhf_version_number": (c_int, []),
    "mhf_last_error": (c_char_p, []),
    "mhf_error_clear": (None, []),
    "mhf_errstr": (c_char_p, [c_int]),
    # scenarios
    "mhf_scenario_load_file": (c_int, [_handle_p, c_char_p]),
    "mhf_scenario_load_string": (c_int, [_handle_p, c_char_p, c_char_p]),
    "mhf_scenario_default": (c_int, [_handle_p]),
    "mhf_scenario_set": (c_int, [c_void_p, c_char_p, c_char_p]),
    "mhf_scenario_read_changes": (c_int, [c_void_p, c_char_p]),
    "mhf_scenario_read_changes_text": (c_int, [c_void_p, c_char_p, c_char_p]),
    "mhf_scenario_free": (None, [c_void_p]),
    # forecasts
    "mhf_forecast_run": (c_int, [_handle_p, c_void_p, c_char_p, c_char_p]),
    "mhf_forecast_row_count": (c_int, [_size_p, c_void_p]),
    "mhf_forecast_key_count": (c_int, [_size_p, c_void_p]),
    "mhf_forecast_key_name": (c_int, _TEXT + [c_void_p, c_size_t]),
    "mhf_forecast_row_key": (c_int, _TEXT + [c_void_p, c_size_t, c_size_t]),
    "mhf_forecast_row_period": (c_int, _TEXT + [c_void_p, c_size_t]),
    "mhf_forecast_row_amount": (c_int, [_i64_p, c_void_p, c_size_t]),
    "mhf_forecast_total": (c_int, [_i64_p, c_void_p]),
    "mhf_forecast_assumption_count": (c_int, [_size_p, c_void_p]),
    "mhf_forecast_assumption": (c_int, _TEXT + [c_void_p, c_size_t]),
    "mhf_forecast_warning_count": (c_int, [_size_p, c_void_p]),
    "mhf_forecast_warning": (c_int, _TEXT + [c_void_p, c_size_t]),
    "mhf_forecast_free": (None, [c_void_p]),
    # approved budgets and comparisons
    "mhf_budget_make": (c_int, [_handle_p, c_void_p]),
    "mhf_budget_save": (c_int, [c_void_p, c_char_p]),
    "mhf_budget_read_file": (c_int, [_handle_p, c_char_p]),
    "mhf_budget_total": (c_int, [_i64_p, c_void_p]),
    "mhf_budget_forecast": (c_int, [_handle_p, c_void_p, c_char_p, c_char_p]),
    "mhf_budget_changed_input_count": (c_int, [_size_p, c_void_p]),
    "mhf_budget_changed_input": (c_int, _TEXT + [c_void_p, c_size_t]),
    "mhf_budget_free": (None, [c_void_p]),
    "mhf_compare_files": (c_int, [_handle_p, c_char_p, c_char_p, c_char_p, c_char_p]),
    "mhf_comparison_totals": (c_int, [_i64_p, _i64_p, c_void_p]),
    "mhf_comparison_line_count": (c_int, [_size_p, c_void_p]),
    "mhf_comparison_line_amounts": (c_int, [_i64_p, _i64_p, c_void_p, c_size_t]),
    "mhf_comparison_line": (c_int, _TEXT + [c_void_p, c_size_t]),
    "mhf_comparison_json": (c_int, _TEXT + [c_void_p]),
    "mhf_comparison_free": (None, [c_void_p]),
    # outturn
    "mhf_outturn_run": (c_int, [_handle_p, c_void_p, c_char_p, c_char_p, c_char_p, c_char_p]),
    "mhf_outturn_run_text": (c_int, [_handle_p, c_void_p, c_char_p, c_char_p, c_char_p, c_char_p, c_char_p]),
    "mhf_outturn_row_count": (c_int, [_size_p, c_void_p]),
    "mhf_outturn_key_count": (c_int, [_size_p, c_void_p]),
    "mhf_outturn_key_name": (c_int, _TEXT + [c_void_p, c_size_t]),
    "mhf_outturn_row_key": (c_int, _TEXT + [c_void_p, c_size_t, c_size_t]),
    "mhf_outturn_row_period": (c_int, _TEXT + [c_void_p, c_size_t]),
    "mhf_outturn_row_figures": (c_int, [_i64_p] * 5 + [c_void_p, c_size_t]),
    "mhf_outturn_totals": (c_int, [_i64_p] * 5 + [c_void_p]),
    "mhf_outturn_finding_count": (c_int, [_size_p, c_void_p]),
    "mhf_outturn_finding": (c_int, _TEXT + [c_void_p, c_size_t]),
    "mhf_outturn_free": (None, [c_void_p]),
    # money and days as text
    "mhf_money_parse": (c_int, [_i64_p, c_char_p, c_char_p]),
    "mhf_days_parse": (c_int, [_i64_p, c_char_p, c_char_p]),
    # pricing
    "mhf_price_options_init": (c_int, [POINTER(PriceOptions), c_uint]),
    "mhf_price": (c_int, [_i64_p, c_char_p, c_char_p, c_int, POINTER(PriceOptions)]),
    "mhf_price_workgroup": (c_int, [_i64_p, c_char_p, c_int]),
    "mhf_price_detail": (c_int, [_handle_p, c_char_p, c_char_p, c_int, POINTER(PriceOptions)]),
    "mhf_price_workgroup_detail": (c_int, [_handle_p, c_char_p, c_int]),
    "mhf_allocation_total": (c_int, [_i64_p, c_void_p]),
    "mhf_allocation_line_count": (c_int, [_size_p, c_void_p]),
    "mhf_allocation_line_category": (c_int, _TEXT + [c_void_p, c_size_t]),
    "mhf_allocation_line_type": (c_int, _TEXT + [c_void_p, c_size_t]),
    "mhf_allocation_line_half_days": (c_int, [_i64_p, c_void_p, c_size_t]),
    "mhf_allocation_line_rate": (c_int, [_i64_p, c_void_p, c_size_t]),
    "mhf_allocation_line_amount": (c_int, [_i64_p, c_void_p, c_size_t]),
    "mhf_allocation_derivation": (c_int, _TEXT + [c_void_p]),
    "mhf_allocation_free": (None, [c_void_p]),
    # identifiers and reference data
    "mhf_validate_trn": (c_int, _TEXT + [c_char_p]),
    "mhf_validate_urn": (c_int, _TEXT + [c_char_p]),
    "mhf_validate_ukprn": (c_int, _TEXT + [c_char_p]),
    "mhf_edition_count": (c_int, [_size_p]),
    "mhf_edition_id": (c_int, _TEXT + [c_size_t]),
    "mhf_hub_count": (c_int, [_size_p]),
    "mhf_hub_code": (c_int, _TEXT + [c_size_t]),
    "mhf_hub_name": (c_int, _TEXT + [c_size_t]),
    # deadlines and eligibility
    "mhf_deadline_check": (c_int, [POINTER(c_int), c_char_p, c_char_p]),
    "mhf_deadline_last_on_time": (c_int, _TEXT + [c_char_p]),
    "mhf_eligibility_check": (c_int, [_handle_p, c_char_p, c_char_p]),
    "mhf_eligibility_eligible": (c_int, [POINTER(c_int), c_void_p]),
    "mhf_eligibility_unmet_count": (c_int, [_size_p, c_void_p]),
    "mhf_eligibility_unmet_criterion": (c_int, _TEXT + [c_void_p, c_size_t]),
    "mhf_eligibility_unmet_field": (c_int, _TEXT + [c_void_p, c_size_t]),
    "mhf_eligibility_unmet_message": (c_int, _TEXT + [c_void_p, c_size_t]),
    "mhf_eligibility_free": (None, [c_void_p]),
}

for _name, (_restype, _argtypes) in _PROTOTYPES.items():
    _function = getattr(lib, _name)
    _function.restype = _restype
    _function.argtypes = _argtypes
