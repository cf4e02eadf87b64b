"""The normaliser against the annotators' norms of the train and dev documents (annotations/gold.jsonl).

The gold norms were written by annotators, never by this code; this measures how often
the normaliser agrees with them on the gold spans. Each document goes through
``normalise_mentions``, the call the pipeline uses, with the gold spans mapped to the
cleaned text. The locked test documents are left out (docs/test-protocol.md). Print
the rates per label and field, and the disagreements, with::

    python tests/test_gold_norms.py
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from gongbu.corpus import corpus_dir, read_text
from gongbu.data import read_gold
from gongbu.data.splits import read_splits
from gongbu.normalise import normalise_mentions
from gongbu.text import clean

FIELDS = {
    "MONEY": ("yuan", "approx", "low", "high"),
    "PERSON-COUNT": ("count", "unit", "approx", "low", "high", "category"),
    "GPE": ("name", "level", "province", "side"),
    "ORG": ("name",),
    "PROGRAMME": ("name",),
}


@dataclass(frozen=True)
class _Mention:
    label: str
    start: int
    end: int
    text: str


def _pairs():
    splits = read_splits()
    development = set(splits["train"]) | set(splits["dev"])
    for doc in read_gold():
        if doc.id not in development:
            continue
        cleaned = clean(read_text(corpus_dir() / doc.file))
        mentions = []
        for e in doc.entities:
            s, t = cleaned.original_to_span(e.start, e.end)
            mentions.append(_Mention(e.label, s, t, cleaned.text[s:t]))
        for e, n in zip(doc.entities, normalise_mentions(cleaned.text, mentions), strict=True):
            yield doc.id, e, n.norm


PAIRS = list(_pairs())


def _same(value):
    return tuple(value) if isinstance(value, list) else value


def _rate(label: str, fields: tuple[str, ...]) -> tuple[float, list]:
    """Share of the label's entities whose norm agrees on all ``fields``, and the disagreements."""
    rows = [(d, e, got) for d, e, got in PAIRS if e.label == label]
    wrong = [
        (d, e.start, e.text, f, e.norm.get(f), got.get(f))
        for d, e, got in rows
        for f in fields
        if _same(e.norm.get(f)) != _same(got.get(f))
    ]
    bad_entities = {(w[0], w[1]) for w in wrong}
    return 1 - len(bad_entities) / max(len(rows), 1), wrong


def rates() -> dict[tuple[str, str], tuple[float, int]]:
    """(label, field) → (rate, number of entities)."""
    out = {}
    for label, fields in FIELDS.items():
        n = sum(1 for _, e, _ in PAIRS if e.label == label)
        for f in fields:
            out[(label, f)] = (_rate(label, (f,))[0], n)
    return out


# Agreement measured on 2026-11-30 (MONEY ≥ 98.6 %, counts 99.7 %, category 93.5 %, GPE name 98.4 %,
# side 99.3 %, ORG 100 %, PROGRAMME 99.2 %); the floors stop a regression, not a wish.
@pytest.mark.parametrize(
    ("label", "field", "floor"),
    [
        ("MONEY", "yuan", 0.98), ("MONEY", "low", 0.98), ("MONEY", "high", 0.98), ("MONEY", "approx", 0.98),
        ("PERSON-COUNT", "count", 0.99), ("PERSON-COUNT", "unit", 0.99), ("PERSON-COUNT", "low", 0.99),
        ("PERSON-COUNT", "category", 0.93),
        ("GPE", "name", 0.98), ("GPE", "level", 0.98), ("GPE", "side", 0.99),
        ("ORG", "name", 0.99), ("PROGRAMME", "name", 0.98),
    ],
)  # fmt: skip
def test_the_normaliser_agrees_with_the_annotators(label, field, floor):
    rate, wrong = _rate(label, (field,))
    assert rate >= floor, wrong[:20]


if __name__ == "__main__":
    for (label, field), (rate, n) in rates().items():
        print(f"{label:13} {field:9} {rate:7.2%}  (n={n})")
    for label, fields in FIELDS.items():
        for w in _rate(label, fields)[1]:
            print("  differs:", *w)
