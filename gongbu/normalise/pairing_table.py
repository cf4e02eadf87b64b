"""The official pairing table (``gongbu/lexicon/data/pairings.tsv``) as rows, and who is paired with whom.

Apart from :mod:`.pairings` (which resolves names through the place table) so that the
place resolver can ask for a unit's partners without an import cycle.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from ._common import read_tsv

__all__ = ["Pairing", "official_pairings", "partners_of"]


@dataclass(frozen=True, slots=True)
class Pairing:
    helper: str
    helped: str
    level: str  # province | prefecture
    start: int
    end: int | None  # None: still in force
    source: str

    def in_force(self, year: int) -> bool:
        return self.start <= year and (self.end is None or year <= self.end)


@functools.cache
def official_pairings() -> tuple[Pairing, ...]:
    """All rows of ``pairings.tsv``, in file order."""
    out = []
    for helper, helped, level, period, source in read_tsv("pairings.tsv", header=True):
        a, _, b = period.partition("-")
        out.append(Pairing(helper, helped, level, int(a), int(b) if b else None, source))
    return tuple(out)


@functools.cache
def partners_of(name: str) -> frozenset[str]:
    """Names paired with ``name`` (either direction) when ``name`` is exactly a row's unit."""
    out: set[str] = set()
    for p in official_pairings():
        if p.helper == name:
            out.add(p.helped)
        if p.helped == name:
            out.add(p.helper)
    return frozenset(out)
