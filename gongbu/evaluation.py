"""End-to-end evaluation: entities predicted by a model, then normalisation and relations.

Used by ``gongbu evaluate``: for every leave-one-document-out fold the model
trained without that document parses it, and the relations and partnerships of
its Report are compared with the gold. A relation is correct when its type and
both end spans (original offsets) match the gold exactly; a partnership is a
(helper, helped) pair of canonical names per document.
"""

from __future__ import annotations

from collections.abc import Iterable

from gongbu.corpus import corpus_dir, read_text
from gongbu.data.gold import GoldDocument
from gongbu.labels import RELATION_LABELS
from gongbu.relations.evaluate import partnerships as gold_partnerships

__all__ = ["end_to_end", "prf"]


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def _relation_keys(entities, relations) -> set[tuple]:
    return {
        (r.label, entities[r.head].start, entities[r.head].end, entities[r.tail].start, entities[r.tail].end)
        for r in relations
    }


def end_to_end(pairs: Iterable[tuple[GoldDocument, object]]) -> dict:
    """Scores of relations and partnerships for ``(gold document, spaCy pipeline)`` pairs."""
    from gongbu.pipeline import parse_many

    counts = {lab: [0, 0, 0] for lab in RELATION_LABELS}
    part = [0, 0, 0]
    per_doc = {}
    for gold, nlp in pairs:
        text = read_text(corpus_dir() / gold.file)
        (report,) = parse_many([text], nlp=nlp)
        g = _relation_keys(gold.entities, gold.relations)
        p = _relation_keys(report.entities, report.relations)
        for lab in RELATION_LABELS:
            gl, pl = {x for x in g if x[0] == lab}, {x for x in p if x[0] == lab}
            counts[lab][0] += len(gl & pl)
            counts[lab][1] += len(pl - gl)
            counts[lab][2] += len(gl - pl)
        gp = gold_partnerships(gold.entities, [(r.label, r.head, r.tail) for r in gold.relations])
        pp = {(x.helper, x.helped) for x in report.partnerships}
        part[0] += len(gp & pp)
        part[1] += len(pp - gp)
        part[2] += len(gp - pp)
        per_doc[gold.id] = {"relations": prf(len(g & p), len(p - g), len(g - p)),
                            "partnerships": prf(len(gp & pp), len(pp - gp), len(gp - pp))}
    out = {lab: prf(*c) for lab, c in counts.items()}
    out["micro"] = prf(*(sum(c[i] for c in counts.values()) for i in range(3)))
    out["partnership"] = prf(*part)
    out["documents"] = per_doc
    return out
