"""The normaliser against every gold norm (the hand-reviewed values in annotations/gold.jsonl)."""

import pytest

from gongbu.corpus import corpus_dir, read_text
from gongbu.data import read_gold
from gongbu.normalise import PlaceResolver, normalise
from gongbu.text import clean


def _pairs():
    for doc in read_gold():
        cleaned = clean(read_text(corpus_dir() / doc.file))
        spans = [cleaned.original_to_span(e.start, e.end) for e in doc.entities]
        resolver = PlaceResolver.for_document(
            [cleaned.text[s:t] for (s, t), e in zip(spans, doc.entities, strict=True) if e.label == "GPE"]
        )
        for (s, t), e in zip(spans, doc.entities, strict=True):
            got = normalise(e.label, cleaned.text[s:t], before=cleaned.text[max(0, s - 8) : s],
                            after=cleaned.text[t : t + 8], resolver=resolver).norm
            yield doc.id, e, got


PAIRS = list(_pairs())


def _rate(label: str, fields: tuple[str, ...]) -> tuple[float, list]:
    rows = [(d, e, got) for d, e, got in PAIRS if e.label == label]
    wrong = [(d, e.text, f, e.norm.get(f), got.get(f)) for d, e, got in rows for f in fields
             if _same(e.norm.get(f)) != _same(got.get(f))]
    bad_entities = {(w[0], w[1]) for w in wrong}
    return 1 - len(bad_entities) / max(len(rows), 1), wrong


def _same(value):
    return tuple(value) if isinstance(value, list) else value


def test_every_gold_money_value_is_reproduced_exactly():
    rate, wrong = _rate("MONEY", ("yuan", "approx", "low", "high"))
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


def test_org_and_programme_names():
    for label in ("ORG", "PROGRAMME"):
        rate, wrong = _rate(label, ("name",))
        assert rate >= 0.9, wrong
