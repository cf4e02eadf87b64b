"""The normaliser against every gold norm (the hand-reviewed values in annotations/gold.jsonl).

Each document goes through ``normalise_mentions`` — the one call that the pipeline, the
gold-norm filler and the validator use — with the gold spans mapped to the cleaned text.
Print the rates per label and field with::

    /work/venv/bin/python tests/test_gold_norms.py
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from gongbu.corpus import corpus_dir, read_text
from gongbu.data import read_gold
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
    for doc in read_gold():
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


def test_every_gold_money_value_is_reproduced_exactly():
    _, wrong = _rate("MONEY", FIELDS["MONEY"])
    assert wrong == []


def test_person_counts_exact_and_categories_mostly():
    _, wrong = _rate("PERSON-COUNT", ("count", "unit", "approx", "low", "high"))
    assert wrong == []
    rate, wrong = _rate("PERSON-COUNT", ("category",))
    assert rate >= 0.95, wrong


@pytest.mark.parametrize("field", ["name", "side"])
def test_place_names_and_sides(field):
    rate, wrong = _rate("GPE", (field,))
    assert rate >= 0.98, wrong


@pytest.mark.parametrize("label", ["ORG", "PROGRAMME"])
def test_org_and_programme_names(label):
    rate, wrong = _rate(label, ("name",))
    assert rate >= 0.9, wrong


if __name__ == "__main__":
    for (label, field), (rate, n) in rates().items():
        print(f"{label:13} {field:9} {rate:7.2%}  (n={n})")
    for label, fields in FIELDS.items():
        for w in _rate(label, fields)[1]:
            print("  differs:", *w)
