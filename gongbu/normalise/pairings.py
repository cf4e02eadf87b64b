"""The official East–West pairings (``data/pairings.tsv``) and a check against them.

>>> is_official("徐汇区", "红河州")      # 上海市 → 云南省
True
>>> is_official("成都市", "九龙县")      # within 四川: not an East–West pairing
False
>>> is_official("Atlantis", "云南省") is None
True

A stated pair matches a row when each side is the row's unit, lies inside it, or
contains it: 徐汇区 → 红河州 matches 上海市 → 云南省; 江苏省 → 铜仁市 matches
苏州市 → 铜仁市 (a province speaks for its city's pairing). Without ``year`` every
period counts.
"""

from __future__ import annotations

import functools

from .pairing_table import Pairing, official_pairings, partners_of
from .places import lookup

__all__ = ["Pairing", "is_official", "official_pairings", "partners_of"]


@functools.cache
def _chains(name: str) -> tuple[tuple[str, ...], ...]:
    """Ancestor chains (self, prefecture, province) of every unit the name may stand for."""
    return tuple(u.ancestors() for u in lookup(name))


def _related(chain: tuple[str, ...], row_name: str) -> bool:
    """The unit is the row's unit, lies inside it, or contains it."""
    if row_name in chain:
        return True
    row_chains = _chains(row_name)
    return any(chain[0] in rc for rc in row_chains)


def is_official(helper_name: str, helped_name: str, year: int | None = None) -> bool | None:
    """Whether the pairing table knows helper → helped; None when either name is unknown."""
    if not isinstance(helper_name, str) or not isinstance(helped_name, str):
        return None
    return _is_official(helper_name, helped_name, year)


# Asked once per partnership of every report, of a table of hundreds of rows: answers are kept.
@functools.lru_cache(maxsize=65536)
def _is_official(helper_name: str, helped_name: str, year: int | None) -> bool | None:
    hs, ws = _chains(helper_name), _chains(helped_name)
    if not hs or not ws:
        return None
    for p in official_pairings():
        if year is not None and not p.in_force(year):
            continue
        if any(_related(h, p.helper) for h in hs) and any(_related(w, p.helped) for w in ws):
            return True
    return False
