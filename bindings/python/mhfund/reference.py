"""Identifiers (TRN, URN, UKPRN) and the built-in reference data (editions, Maths Hubs)."""

import ctypes
from typing import List, Tuple

from . import _lib, _text, errors


def validate_trn(text: str) -> str:
    """A Teacher Reference Number, normalised: '1234567', 'RP12/34567' -> '1234567', 'uqt' ->
    'UQT'. Anything else raises InputError (the rejected value is masked in the message)."""
    return _text.text(_lib.lib.mhf_validate_trn, _text.encode(text, "text"))


def validate_urn(text: str) -> str:
    """A school's Unique Reference Number: 6 digits."""
    return _text.text(_lib.lib.mhf_validate_urn, _text.encode(text, "text"))


def validate_ukprn(text: str) -> str:
    """An FE provider's UK Provider Reference Number: 8 digits starting with 1."""
    return _text.text(_lib.lib.mhf_validate_ukprn, _text.encode(text, "text"))


def editions() -> List[str]:
    """The ids of the built-in programme editions."""
    n = ctypes.c_size_t(0)
    errors.check(_lib.lib.mhf_edition_count(ctypes.byref(n)))
    return [_text.text(_lib.lib.mhf_edition_id, i) for i in range(n.value)]


def hubs() -> List[Tuple[str, str]]:
    """The 40 Maths Hubs as (code, name) pairs, in the order of the documents' list."""
    n = ctypes.c_size_t(0)
    errors.check(_lib.lib.mhf_hub_count(ctypes.byref(n)))
    return [(_text.text(_lib.lib.mhf_hub_code, i), _text.text(_lib.lib.mhf_hub_name, i)) for i in range(n.value)]
