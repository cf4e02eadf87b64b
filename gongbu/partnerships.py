"""Partnerships: who helps whom, from PAIRED relations and pair abbreviations.

The one derivation of partnerships: :func:`gongbu.parse` builds the Report's from it,
and evaluation derives the gold's with the same function, so a score compares
relations and names, never two builders.

>>> from gongbu.report import Entity
>>> ents = [Entity("GPE", 0, 2, "滇沪", {"name": ["云南省", "上海市"], "level": "region_pair",
...                                     "province": ["云南省", "上海市"], "side": None})]
>>> list(derive(ents, []))
[('上海市', '云南省')]
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from typing import Any

__all__ = ["Evidence", "derive", "orient_pair"]


class Evidence:
    """The PAIRED relations and pair abbreviations that state one partnership, and where it is first met."""

    __slots__ = ("entities", "first", "relations")

    def __init__(self, first: int) -> None:
        self.relations: list[int] = []
        self.entities: list[int] = []
        self.first = first


@functools.cache
def orient_pair(first: str, second: str) -> tuple[str, str]:
    """(helper, helped) of a pair abbreviation's members, which come in text order: the east helps."""
    from gongbu.normalise import normalise

    if normalise("GPE", second).norm.get("side") == "east" and normalise("GPE", first).norm.get("side") != "east":
        return second, first
    return first, second


def _name(e: Any) -> str | None:
    name = (e.norm or {}).get("name")
    return name if isinstance(name, str) and name else None


def derive(entities: Sequence[Any], relations: Iterable[Any]) -> dict[tuple[str, str], Evidence]:
    """(helper, helped) → its evidence, in order of first mention.

    ``entities`` carry ``label``, ``start`` and ``norm``; ``relations`` are ``(label, head, tail)``
    triples or objects with those attributes.
    """
    found: dict[tuple[str, str], Evidence] = {}
    for k, r in enumerate(relations):
        label, head, tail = (r.label, r.head, r.tail) if hasattr(r, "label") else r
        if label != "PAIRED":
            continue
        helper, helped = _name(entities[head]), _name(entities[tail])
        if helper and helped and helper != helped:
            first = min(entities[head].start, entities[tail].start)
            ev = found.setdefault((helper, helped), Evidence(first))
            ev.relations.append(k)
            ev.first = min(ev.first, first)
    for k, e in enumerate(entities):
        norm = e.norm or {}
        names = norm.get("name")
        if e.label == "GPE" and norm.get("level") == "region_pair" and isinstance(names, list | tuple):
            if len(names) == 2:
                ev = found.setdefault(orient_pair(names[0], names[1]), Evidence(e.start))
                ev.entities.append(k)
                ev.first = min(ev.first, e.start)
    return dict(sorted(found.items(), key=lambda kv: kv[1].first))
