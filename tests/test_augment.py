"""Synthetic training sentences: deterministic, aligned, valid labels, negatives unlabelled."""

import spacy

from gongbu.labels import ENTITY_LABELS
from gongbu.training.augment import make_docs, make_examples, validate


def test_deterministic():
    assert make_examples(50, seed=7) == make_examples(50, seed=7)
    assert make_examples(50, seed=7) != make_examples(50, seed=8)


def test_spans_align_and_labels_valid():
    examples = make_examples(300, seed=3)
    validate(examples)
    labels = {lab for _, spans in examples for _, _, lab in spans}
    assert labels == set(ENTITY_LABELS)
    for text, spans in examples:
        for s, e, lab in spans:
            assert text[s:e].strip() == text[s:e]
            if lab == "PROGRAMME":
                assert "“" not in text[s:e] and "”" not in text[s:e]


def test_hedges_and_negatives_stay_outside():
    for text, spans in make_examples(400, seed=5):
        for s, e, lab in spans:
            if lab == "MONEY":
                assert not text[s:e].startswith(("近", "约", "超过", "累计", "共"))
                assert any(ch.isdigit() or ch in "一二三四五六七八九十两" for ch in text[s:e])
        covered = {i for s, e, _ in spans for i in range(s, e)}
        for word in ("浙商", "沪企", "ICP", "精准扶贫"):
            i = text.find(word)
            if i >= 0:
                assert i not in covered


def test_docs_have_entities():
    docs = make_docs(spacy.blank("zh"), 20, seed=1)
    assert len(docs) == 20
    assert all(doc.ents for doc in docs)
