"""The fast paths of the entity components give what the plain ones gave.

Each fast path is checked against the straightforward code it replaced, kept here as
the reference: the Aho-Corasick gazetteer scan against the trie-shaped regex, the
array write of the hints against ``doc.char_span`` and ``token.tag_``, and the rules
reading the hints' matches against the rules matching on their own.
"""

import random
import re

import pytest
import spacy

import gongbu
from gongbu.entities.hints import OUTSIDE, set_hints
from gongbu.entities.patterns import EntityPatterns, _matches_at, default_patterns, load_places, trie_regex
from gongbu.entities.store import SHARED_MATCHES, PatternStore
from gongbu.text import clean


@pytest.fixture(scope="module")
def paragraphs(corpus_docs):
    return [clean(p).text for d in corpus_docs.values() for p in d.text.split("\n") if p.strip()]


@pytest.fixture(scope="module")
def matcher():
    return EntityPatterns(default_patterns(), load_places())


def _windows(paragraphs, n=400, seed=3):
    """Corpus windows with whitespace and characters outside the BMP put in at random."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        p = list(rng.choice(paragraphs))
        for _ in range(rng.randrange(0, 6)):
            p.insert(rng.randrange(0, len(p) + 1), rng.choice([" ", "  ", "\n", "\t", "\u3000", "𠮷", "😀"]))
        out.append("".join(p))
    return out


def test_gazetteer_scan_finds_what_the_trie_regex_found(matcher, paragraphs):
    regex = re.compile(trie_regex(matcher.level))
    texts = [*paragraphs, *_windows(paragraphs), "𠮷上海市𠮷浙江省衢州市衢江区", "从江、榕江两县"]
    for text in texts:
        expected = {}
        for k in range(len(text)):
            m = regex.match(text, k)
            if m is not None and m.group():
                expected[k] = m.end()
        assert matcher._places_at(text) == expected, text


def _reference_hints(doc, spans):
    """set_hints as it was: doc.char_span per span, token.tag_ per token."""
    tags = [OUTSIDE] * len(doc)
    for s, e, lab in sorted(spans):
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or len(span) == 0 or any(tags[i] != OUTSIDE for i in range(span.start, span.end)):
            continue
        tags[span.start] = f"B-{lab}"
        for i in range(span.start + 1, span.end):
            tags[i] = f"I-{lab}"
    return tags


def test_hints_cover_the_tokens_char_span_gives(paragraphs):
    nlp = spacy.blank("zh")
    rng = random.Random(5)
    for text in [*_windows(paragraphs, 300), "", " ", "上海 市\n\n投入 5亿元  。"]:
        doc = nlp.make_doc(text)
        n = len(text)
        spans = [
            (s, s + rng.randrange(0, 6), rng.choice(("GPE", "ORG", "MONEY")))
            for s in (rng.randrange(0, n + 2) for _ in range(rng.randrange(0, 8)))
        ] if n else []
        spans = [(s, e, lab) for s, e, lab in spans if s < e]  # char_span of an empty span raises or is empty
        set_hints(doc, spans)
        assert [t.tag_ for t in doc] == _reference_hints(doc, spans), (text, spans)


def test_rules_reading_the_hints_matches_equal_rules_matching_alone(paragraphs, monkeypatch):
    nlp = gongbu.load()
    texts = _windows(paragraphs, 150, seed=9)
    shared = [[(e.start, e.end, e.label_, e.ent_id_) for e in d.ents] for d in nlp.pipe(texts)]
    monkeypatch.setattr(PatternStore, "shares_matches", lambda self: False)
    alone = [[(e.start, e.end, e.label_, e.ent_id_) for e in d.ents] for d in nlp.pipe(texts)]
    assert shared == alone


def test_a_doc_keeps_no_shared_matches_and_serialises():
    nlp = spacy.blank("zh")  # hints then rules, as in a hinted pipeline (the shipped one has rules alone)
    nlp.add_pipe("gongbu_entity_hints")
    nlp.add_pipe("gongbu_entity_rules")
    doc = nlp("上海市投入5亿元。")
    assert SHARED_MATCHES not in doc.user_data
    hints_only = spacy.blank("zh")
    hints_only.add_pipe("gongbu_entity_hints")
    assert SHARED_MATCHES not in hints_only("上海市投入5亿元。").user_data  # no reader after it
    nlp.get_pipe("gongbu_entity_hints")(doc)  # called by hand: the matches stay, as plain tuples
    assert doc.user_data[SHARED_MATCHES][1]
    assert spacy.tokens.Doc(nlp.vocab).from_bytes(doc.to_bytes()).text == doc.text


def test_the_rules_alone_need_no_doc(paragraphs, monkeypatch):
    from gongbu import pipeline

    nlp = gongbu.load()
    assert pipeline._rules_alone(nlp) is not None  # the shipped pipeline takes the fast path
    texts = _windows(paragraphs, n=200, seed=11)
    fast = [r.to_dict() for r in pipeline.parse_many(texts, nlp=nlp)]
    monkeypatch.setattr(pipeline, "_rules_alone", lambda nlp: None)
    through_docs = [r.to_dict() for r in pipeline.parse_many(texts, nlp=nlp)]
    assert fast == through_docs


def test_number_patterns_tried_where_numbers_start_find_what_a_full_scan_finds(matcher, paragraphs):
    assert matcher.number_anchored >= {"money.arabic", "person.arabic"}
    tricky = ["投入1,000.5万元，其中.5亿元、3.5亿元和12名干部", "第2名、2020年3.2亿元", "1.2.3万元 ５０万元", ""]
    for text in [*tricky, *paragraphs]:
        for pid, _, rx in matcher.regexes:
            if pid in matcher.number_anchored:
                starts = [m.start() for m in re.finditer(r"(?<![\d.])\.?\d", text)]
                fast = [(m.start(), m.end()) for m in _matches_at(rx, text, starts)]
                assert fast == [(m.start(), m.end()) for m in rx.finditer(text)], (pid, text)


def test_where_company_names_and_stop_words_end_is_what_endswith_says(matcher, paragraphs):
    # _org_left asks, at each character it walks back over, whether a company name or a stop word ends
    # there; one Aho-Corasick pass per text answers for every position.
    for text in paragraphs:
        for ac, words in ((matcher.company_ac, matcher.company_suffixes), (matcher.stop_ac, matcher.org_stop_words)):
            found = matcher._ends(ac, text)
            assert found == {i for i in range(len(text) + 1) if text.endswith(words, 0, i)}, text
