"""Cases: short texts with the reading their annotators gave them (``annotations/*/cases.jsonl``).

A period case names a quantity in a text and its period; a relation case is a passage in
inline markup with every entity and relation. Each is read here the way gongbu reads it:

>>> period_of({"text": "2019年，上海市向云南省投入资金5亿元。", "date": None, "quantity": "5亿元", "occurrence": 1})
(2019, 2019, False)
>>> read = compare("⟦GPE#a|上海市|PAIRED=b⟧对口帮扶⟦GPE#b|云南省⟧。")
>>> read.relations == read.found_relations
True
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, NamedTuple

__all__ = ["Compared", "compare", "period_of", "read_cases"]


class Compared(NamedTuple):
    """A relation case and gongbu's reading of it: entities as ``(label, start, end)``, relations
    as ``(label, head span, tail span)``."""

    entities: set[tuple[str, int, int]]
    found_entities: set[tuple[str, int, int]]
    relations: set[tuple[str, tuple[int, int], tuple[int, int]]]
    found_relations: set[tuple[str, tuple[int, int], tuple[int, int]]]


def read_cases(path: str | Path) -> list[dict[str, Any]]:
    """The cases of a JSON Lines file, in order."""
    return [json.loads(line) for line in Path(path).read_text("utf-8").splitlines() if line.strip()]


def _nth(text: str, part: str, n: int) -> int:
    at = -1
    for _ in range(n):
        at = text.index(part, at + 1)
    return at


def period_of(case: dict[str, Any]) -> tuple[int | None, int | None, bool] | None:
    """``(start, end, cumulative)`` of the period gongbu gives the case's quantity (its
    ``occurrence``-th mention in ``text``, parsed with ``date``); None when no flow holds it."""
    import gongbu

    report = gongbu.parse(case["text"], date=case["date"])
    start = _nth(case["text"], case["quantity"], case["occurrence"])
    end = start + len(case["quantity"])
    for flow in report.flows:
        span = report.entities[flow.quantity]
        if span.start < end and start < span.end:
            return flow.period.start, flow.period.end, flow.period.cumulative
    return None


def compare(markup: str) -> Compared:
    """The entities and relations a relation case marks, and those gongbu finds in its plain text."""
    import gongbu
    from gongbu.data.markup import parse_markup

    doc = parse_markup(markup)
    span = {k: (e.start, e.end) for k, e in enumerate(doc.entities)}
    report = gongbu.parse(doc.text)
    ents = report.entities
    return Compared(
        {(e.label, e.start, e.end) for e in doc.entities},
        {(e.label, e.start, e.end) for e in ents},
        {(label, span[h], span[t]) for label, h, t in doc.relations},
        {(r.label, (ents[r.head].start, ents[r.head].end), (ents[r.tail].start, ents[r.tail].end))
         for r in report.relations},
    )
