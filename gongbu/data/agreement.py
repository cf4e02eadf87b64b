"""Agreement between two annotation passes: strict entity F1 per label, relation F1 per type."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from gongbu.data.gold import GoldDocument
from gongbu.labels import ENTITY_LABELS, RELATION_LABELS
from gongbu.metrics import prf as score_prf

__all__ = ["agreement", "prf"]


def prf(tp: int, n_a: int, n_b: int) -> dict:
    """Precision of pass ``a`` against pass ``b``, recall, F1 (symmetric), with the pass sizes."""
    return score_prf(tp, n_a - tp, n_b - tp) | {"a": n_a, "b": n_b}


def _entity_keys(doc: GoldDocument) -> set[tuple]:
    return {(doc.id, e.label, e.start, e.end) for e in doc.entities}


def _relation_keys(doc: GoldDocument) -> set[tuple]:
    ents = doc.entities
    return {
        (doc.id, r.label, ents[r.head].start, ents[r.head].end, ents[r.tail].start, ents[r.tail].end)
        for r in doc.relations
    }


def agreement(a: Iterable[GoldDocument], b: Iterable[GoldDocument]) -> dict:
    """Per-label entity and per-type relation agreement of pass ``a`` with pass ``b``.

    A relation counts as agreed when both passes link the same two spans with
    the same type, so it presupposes agreement on both ends.
    """
    a, b = list(a), list(b)
    ea = set().union(*map(_entity_keys, a)) if a else set()
    eb = set().union(*map(_entity_keys, b)) if b else set()
    ra = set().union(*map(_relation_keys, a)) if a else set()
    rb = set().union(*map(_relation_keys, b)) if b else set()
    out: dict = {"entities": {}, "relations": {}}
    for label in ENTITY_LABELS:
        sa = {k for k in ea if k[1] == label}
        sb = {k for k in eb if k[1] == label}
        out["entities"][label] = prf(len(sa & sb), len(sa), len(sb))
    out["entities"]["micro"] = prf(len(ea & eb), len(ea), len(eb))
    for label in RELATION_LABELS:
        sa = {k for k in ra if k[1] == label}
        sb = {k for k in rb if k[1] == label}
        out["relations"][label] = prf(len(sa & sb), len(sa), len(sb))
    out["relations"]["micro"] = prf(len(ra & rb), len(ra), len(rb))
    out["documents"] = sorted({d.id for d in a} | {d.id for d in b})
    out["counts"] = {
        "a": dict(Counter(k[1] for k in ea)),
        "b": dict(Counter(k[1] for k in eb)),
    }
    return out
