"""Leave-one-document-out evaluation of relation extraction, given gold entities.

    python scripts/evaluate_relations.py                       # annotations/gold.jsonl
    python scripts/evaluate_relations.py --passes annotations/passes/A
    python scripts/evaluate_relations.py --passes annotations/passes/B --json

For every document the relations are predicted from its gold entities (mapped
onto the cleaned working text, with their gold norms, or norms computed by
:func:`gongbu.normalise.normalise` when the source has none). The rules need no
training; the learned model is trained on the other documents and tested on the
held-out one. Scores: precision/recall/F1 per relation type and micro over all
types (summed over the folds), and document-level partnership F1, a partnership
being (helper canonical name, helped canonical name) from PAIRED relations plus
pair abbreviations (沪滇 → (上海市, 云南省)).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from gongbu.labels import RELATION_LABELS
from gongbu.metrics import prf

__all__ = ["Example", "Mention", "case_examples", "evaluate", "load_examples", "partnerships", "prf", "score"]


@dataclass
class Mention:
    """A gold entity in working-text offsets."""

    label: str
    start: int
    end: int
    text: str
    norm: dict | None = None


@dataclass
class Example:
    """One document: cleaned text, gold mentions, gold relations ``(label, head, tail)``."""

    id: str
    text: str
    entities: list[Mention]
    relations: set[tuple[str, int, int]] = field(default_factory=set)


def _norms(text: str, mentions: list[Mention]) -> None:
    from gongbu.normalise import PlaceResolver, normalise

    resolver = PlaceResolver.for_document([m.text for m in mentions if m.label == "GPE"])
    for m in mentions:
        if m.norm is None:
            m.norm = dict(normalise(m.label, m.text, before=text[max(0, m.start - 8) : m.start],
                                    after=text[m.end : m.end + 8], resolver=resolver).norm)


def load_examples(passes: str | Path | None = None, gold: str | Path | None = None, *,
                  include_test: bool = False) -> list[Example]:
    """Examples from one annotation pass folder or from the gold file (default).

    The locked test part (``annotations/splits.json``) is left out unless ``include_test``:
    it is scored once per change, by ``gongbu evaluate --split test``, never while developing.
    """
    from gongbu.corpus import documents
    from gongbu.text import clean

    if passes is not None:
        from gongbu.data.passes import read_pass

        docs = read_pass(passes)
    else:
        from gongbu.data import read_gold

        docs = read_gold(gold) if gold is not None else read_gold()
    texts = {d.id: d.text for d in documents()}
    if not include_test:
        from gongbu.data.splits import read_splits

        locked = set(read_splits()["test"])
        docs = [d for d in docs if d.id not in locked]
    out = []
    for doc in docs:
        cleaned = clean(texts[doc.id])
        mentions = []
        for e in doc.entities:
            s, t = cleaned.original_to_span(e.start, e.end)
            mentions.append(Mention(e.label, s, t, cleaned.text[s:t], dict(e.norm) if e.norm else None))
        _norms(cleaned.text, mentions)
        rels = {(r.label, r.head, r.tail) for r in doc.relations}
        out.append(Example(doc.id, cleaned.text, mentions, rels))
    return out


def case_examples(path: str | Path | None = None, rounds: set[int] | None = None) -> list[Example]:
    """The relation cases (``annotations/relations/cases.jsonl``) as examples with their marked
    entities and relations, optionally of some ``rounds`` only. Like the documents, each is read
    on its cleaned working text (Simplified, glosses and doubled punctuation gone), as ``parse``
    reads it: scraped cases read raw would teach the learned models holes the pipeline never has."""
    import json

    from gongbu.data.markup import parse_markup
    from gongbu.paths import annotations_dir
    from gongbu.text import clean

    path = Path(path) if path is not None else annotations_dir() / "relations" / "cases.jsonl"
    out = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        if rounds is not None and case["round"] not in rounds:
            continue
        doc = parse_markup(case["markup"])
        cleaned = clean(doc.text)
        mentions = []
        for e in doc.entities:
            s, t = cleaned.original_to_span(e.start, e.end)
            mentions.append(Mention(e.label, s, t, cleaned.text[s:t]))
        _norms(cleaned.text, mentions)
        out.append(Example(case["id"], cleaned.text, mentions, set(doc.relations)))
    return out


def partnerships(entities: Sequence[Mention], relations) -> set[tuple[str, str]]:
    """(helper, helped) canonical names, derived as :func:`gongbu.parse` derives them."""
    from gongbu.partnerships import derive

    return set(derive(entities, relations))


def score(gold: dict[str, set], pred: dict[str, set], examples: Sequence[Example]) -> dict:
    """Per-type and micro P/R/F1 over documents, plus partnership F1."""
    counts = {lab: [0, 0, 0] for lab in RELATION_LABELS}
    pt = [0, 0, 0]
    for ex in examples:
        g, p = gold[ex.id], pred[ex.id]
        for lab in RELATION_LABELS:
            gl = {r for r in g if r[0] == lab}
            pl = {r for r in p if r[0] == lab}
            counts[lab][0] += len(gl & pl)
            counts[lab][1] += len(pl - gl)
            counts[lab][2] += len(gl - pl)
        gp, pp = partnerships(ex.entities, g), partnerships(ex.entities, p)
        pt[0] += len(gp & pp)
        pt[1] += len(pp - gp)
        pt[2] += len(gp - pp)
    out = {lab: prf(*c) for lab, c in counts.items()}
    out["micro"] = prf(*(sum(c[i] for c in counts.values()) for i in range(3)))
    out["partnership"] = prf(*pt)
    return out


def _rules_predict(ex: Example) -> set[tuple[str, int, int]]:
    from gongbu.relations import extract_relations

    return set(extract_relations(ex.text, ex.entities, learned=False))


def evaluate(examples: Sequence[Example], model: str = "rules") -> dict:
    """Leave-one-document-out scores of ``model`` ('rules' or 'learned')."""
    gold = {ex.id: ex.relations for ex in examples}
    pred: dict[str, set] = {}
    for k, ex in enumerate(examples):
        if model == "rules":
            predict: Callable[[Example], set] = _rules_predict
        else:
            from gongbu.evaluation.learned import PairClassifier

            train = [e for j, e in enumerate(examples) if j != k]
            predict = PairClassifier().fit(train).predict_example
        pred[ex.id] = predict(ex)
    return score(gold, pred, examples)


def _table(results: dict[str, dict]) -> str:
    rows = ["| model | type | P | R | F1 | tp | fp | fn |", "|---|---|---|---|---|---|---|---|"]
    for model, res in results.items():
        for lab, m in res.items():
            rows.append(f"| {model} | {lab} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | "
                        f"{m['tp']} | {m['fp']} | {m['fn']} |")
    return "\n".join(rows)


def errors(examples: Sequence[Example]) -> str:
    """Missed and spurious rule relations, one line each (for working on the rules)."""
    from gongbu.relations import extract_relations

    lines = []
    for ex in examples:
        pred = set(extract_relations(ex.text, ex.entities, learned=False))
        for tag, rels in (("MISS", ex.relations - pred), ("FP", pred - ex.relations)):
            for lab, h, t in sorted(rels, key=lambda r: ex.entities[r[1]].start):
                a, b = ex.entities[h], ex.entities[t]
                lines.append(f"{ex.id} {tag} {lab} {a.text}@{a.start} -> {b.text}@{b.start}")
    return "\n".join(lines)
