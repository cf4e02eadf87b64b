"""The gold annotations: valid, loadable, and convertible without loss."""

import json

import pytest
import spacy

from gongbu.data import AnnotationError, load_annotations, read_gold, write_gold
from gongbu.data.convert import to_docbin, to_spacy_docs
from gongbu.data.interchange import from_doccano, from_labelstudio, to_doccano, to_labelstudio
from gongbu.data.markup import MarkupError, parse_markup, to_markup
from gongbu.data.splits import read_splits
from gongbu.data.validate import validate


@pytest.fixture(scope="module")
def gold():
    return read_gold()


def test_gold_is_valid(gold):
    assert validate(gold) == []
    ids = [d.id for d in gold]
    assert ids[:5] == ["000", "001", "002", "003", "004"]  # the real seeds, then the written documents
    assert len(ids) >= 45


def test_every_entity_has_a_norm(gold):
    assert all(e.norm is not None for d in gold for e in d.entities)


def test_validator_names_document_and_offset(gold):
    doc = gold[0]
    e = doc.entities[0]
    moved = type(e)(e.label, e.start, e.end + 1, e.text, e.norm)
    broken = type(doc)(doc.id, doc.file, doc.sha256, (moved, *doc.entities[1:]))
    (problem, *_) = validate([broken])
    assert f"document {doc.id}: entity 0 [{e.start}, {e.end + 1})" in problem


def test_splits_keep_documents_whole(gold):
    splits = read_splits()
    ids = {d.id for d in gold}
    assert set(splits["train"]) | set(splits["dev"]) | set(splits["test"]) == ids
    assert not set(splits["train"]) & set(splits["test"])
    assert sorted(i for fold in splits["folds"] for i in fold) == ["000", "001", "002", "003", "004"]
    pool = set(splits["train"]) | set(splits["dev"])
    assert sorted(i for fold in splits["cv_folds"] for i in fold) == sorted(pool)
    assert not pool & set(splits["test"])


def test_load_annotations_is_a_datasetdict(gold):
    ds = load_annotations()
    assert set(ds) == {"train", "dev", "test"}
    row = ds["test"][0]
    e = row["entities"][0]
    assert row["text"][e["start"] : e["end"]] == e["text"]
    assert sum(len(ds[s]) for s in ds) == len(gold)


@pytest.mark.parametrize("cleaned", [True, False])
def test_spacy_docs_align_strictly(gold, cleaned):
    nlp = spacy.blank("zh")
    docs = list(to_spacy_docs(gold, nlp, cleaned=cleaned))
    assert [len(d.ents) for d in docs] == [len(g.entities) for g in gold]
    assert len(to_docbin(gold, nlp)) == len(gold)


def test_misaligned_span_fails_loudly(gold):
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}})
    nlp.tokenizer = lambda text: spacy.tokens.Doc(nlp.vocab, words=[text[:2], text[2:]])
    doc = gold[0]
    with pytest.raises(AnnotationError, match="does not align"):
        list(to_spacy_docs([doc], nlp, cleaned=False))


@pytest.mark.parametrize(("write", "read"), [(to_labelstudio, from_labelstudio), (to_doccano, from_doccano)])
def test_interchange_round_trip(gold, write, read):
    back = read(write(gold), previous=gold)
    assert [d.to_dict() for d in back] == [d.to_dict() for d in gold]


def test_interchange_drops_norms_of_moved_spans(gold):
    data = json.loads(to_labelstudio(gold[:1]))
    value = data[0]["annotations"][0]["result"][0]["value"]
    value["end"] += 1  # the annotator widened the span; Label Studio sends its new text too
    value["text"] = data[0]["data"]["text"][value["start"] : value["end"]]
    (doc,) = from_labelstudio(json.dumps(data), previous=gold)
    assert doc.entities[0].norm is None


def test_malformed_gold_names_file_and_line_and_writes_nothing(tmp_path, gold):
    path = tmp_path / "gold.jsonl"
    write_gold(gold[:2], path)
    before = path.read_bytes()
    bad = tmp_path / "bad.jsonl"
    bad.write_text(path.read_text("utf-8") + '{"id": "x", "entities": [}\n', "utf-8")
    with pytest.raises(AnnotationError, match=r"bad\.jsonl:3: not valid JSON"):
        read_gold(bad)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_markup_round_trip(gold):
    from gongbu.corpus import corpus_dir, read_text

    doc = gold[4]
    text = read_text(corpus_dir() / doc.file)
    rels = [(r.label, r.head, r.tail) for r in doc.relations]
    parsed = parse_markup(to_markup(text, doc.entities, rels))
    assert parsed.text == text
    assert [(e.label, e.start, e.end) for e in parsed.entities] == [(e.label, e.start, e.end) for e in doc.entities]
    assert sorted(parsed.relations) == sorted(rels)


@pytest.mark.parametrize(
    ("markup", "message"),
    [("⟦GPE|云南", "unclosed"), ("云南⟧", "without"), ("⟦XYZ|云南⟧", "unknown label"),
     ("⟦MONEY|5亿|FROM=p9⟧", "unknown id"), ("⟦GPE#a|云南⟧⟦GPE#a|贵州⟧", "duplicate id")],
)
def test_markup_errors_say_where(markup, message):
    with pytest.raises(MarkupError, match=message):
        parse_markup(markup, name="x.mk")
