"""Scores of Reports against gold: entities, relations, partnerships and norms, per label and per structure.

A predicted entity is right when its label and original offsets equal a gold entity's;
a relation when its type and both end spans do; a partnership when the (helper, helped)
canonical names do (both sides derived by :func:`gongbu.partnerships.derive`). Norm
accuracy is measured on the spans both sides share. Counts are summed over documents
(micro averages), and each structure tag of the corpus manifest gets the scores of the
documents that contain it.

>>> from gongbu.data.gold import GoldDocument, GoldEntity
>>> from gongbu.report import Report, Entity
>>> gold = GoldDocument("x", "x.txt", "", (GoldEntity("GPE", 0, 2, "上海", {"name": "上海市"}),))
>>> pred = Report("上海", (Entity("GPE", 0, 2, "上海", {"name": "上海市"}),))
>>> score([(gold, pred)])["entities"]["micro"]["f1"]
1.0
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from gongbu.data.gold import GoldDocument
from gongbu.labels import ENTITY_LABELS, RELATION_LABELS
from gongbu.metrics import prf
from gongbu.partnerships import derive
from gongbu.report import Report

__all__ = ["NORM_FIELDS", "prf", "score"]

# The norm fields whose accuracy is reported, per label.
NORM_FIELDS = {
    "GPE": ("name", "side"),
    "MONEY": ("yuan", "low", "high"),
    "PERSON-COUNT": ("count", "category"),
    "ORG": ("name",),
    "PROGRAMME": ("name",),
}


class _Tally:
    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])

    def add(self, key: str, gold: set, pred: set) -> None:
        c = self.counts[key]
        c[0] += len(gold & pred)
        c[1] += len(pred - gold)
        c[2] += len(gold - pred)

    def scores(self, keys: Sequence[str]) -> dict:
        out = {k: prf(*self.counts[k]) for k in keys}
        out["micro"] = prf(*(sum(self.counts[k][i] for k in keys) for i in range(3)))
        return out


def _norm_value(norm: Mapping[str, Any] | None, key: str) -> Any:
    value = (norm or {}).get(key)
    return list(value) if isinstance(value, tuple) else value


def _doc_sets(gold: GoldDocument, report: Report):
    g_ent = {(e.label, e.start, e.end) for e in gold.entities}
    p_ent = {(e.label, e.start, e.end) for e in report.entities}

    def rels(ents, relations):
        return {(r.label, ents[r.head].start, ents[r.head].end, ents[r.tail].start, ents[r.tail].end)
                for r in relations}

    g_rel, p_rel = rels(gold.entities, gold.relations), rels(report.entities, report.relations)
    g_part = set(derive(gold.entities, gold.relations))
    p_part = {(p.helper, p.helped) for p in report.partnerships}
    return g_ent, p_ent, g_rel, p_rel, g_part, p_part


def score(pairs: Iterable[tuple[GoldDocument, Report]], structures: Mapping[str, Sequence[str]] | None = None) -> dict:
    """Entity, relation, partnership and norm scores of ``(gold, report)`` pairs.

    ``structures`` maps a document id to its structure tags; each tag gets the entity,
    relation and partnership micro F1 of its documents.
    """
    ents, rels, parts = _Tally(), _Tally(), _Tally()
    by_structure: dict[str, tuple[_Tally, _Tally, _Tally]] = defaultdict(lambda: (_Tally(), _Tally(), _Tally()))
    norm_hits: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    per_doc = {}
    for gold, report in pairs:
        g_ent, p_ent, g_rel, p_rel, g_part, p_part = _doc_sets(gold, report)
        tallies = [(ents, rels, parts)] + [by_structure[t] for t in (structures or {}).get(gold.id, ())]
        for te, tr, tp in tallies:
            for label in ENTITY_LABELS:
                te.add(label, {k for k in g_ent if k[0] == label}, {k for k in p_ent if k[0] == label})
            for label in RELATION_LABELS:
                tr.add(label, {k for k in g_rel if k[0] == label}, {k for k in p_rel if k[0] == label})
            tp.add("partnership", g_part, p_part)
        predicted = {(e.label, e.start, e.end): e for e in report.entities}
        for e in gold.entities:
            p = predicted.get((e.label, e.start, e.end))
            if p is None or e.norm is None:
                continue
            for key in NORM_FIELDS[e.label]:
                hit = norm_hits[e.label, key]
                hit[0] += _norm_value(e.norm, key) == _norm_value(p.norm, key)
                hit[1] += 1
        per_doc[gold.id] = {
            "entities": prf(len(g_ent & p_ent), len(p_ent - g_ent), len(g_ent - p_ent))["f1"],
            "relations": prf(len(g_rel & p_rel), len(p_rel - g_rel), len(g_rel - p_rel))["f1"],
            "partnerships": prf(len(g_part & p_part), len(p_part - g_part), len(g_part - p_part))["f1"],
        }
    return {
        "documents": len(per_doc),
        "entities": ents.scores(ENTITY_LABELS),
        "relations": rels.scores(RELATION_LABELS),
        "partnerships": parts.scores(["partnership"])["partnership"],
        "norms": {f"{label}.{key}": round(h[0] / h[1], 4) if h[1] else None
                  for (label, key), h in sorted(norm_hits.items())},
        "norm_counts": {f"{label}.{key}": h[1] for (label, key), h in sorted(norm_hits.items())},
        "structures": {
            tag: {"documents": sum(tag in (structures or {}).get(d, ()) for d in per_doc),
                  "entities": te.scores(ENTITY_LABELS)["micro"]["f1"],
                  "relations": tr.scores(RELATION_LABELS)["micro"]["f1"],
                  "partnerships": tp.scores(["partnership"])["partnership"]["f1"]}
            for tag, (te, tr, tp) in sorted(by_structure.items())
        },
        "per_document": per_doc,
    }
