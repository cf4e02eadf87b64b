"""Gold documents as spaCy ``Doc``s and as a Hugging Face ``DatasetDict``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from gongbu.corpus import corpus_dir, read_text
from gongbu.data.gold import AnnotationError, GoldDocument, read_gold
from gongbu.data.splits import read_splits

__all__ = ["load_annotations", "to_docbin", "to_spacy_docs"]


def to_spacy_docs(docs: Iterable[GoldDocument], nlp, *, cleaned: bool = True) -> Iterator:
    """One ``Doc`` per gold document with ``doc.ents`` set.

    With ``cleaned`` (what the model reads) the text is the cleaner's working
    copy and each span is mapped into it; otherwise the original text. Spans go
    through ``doc.char_span(..., alignment_mode="strict")``: a span that does not
    align with tokens raises ``AnnotationError`` naming document and offsets.
    """
    from gongbu.text import clean

    for gd in docs:
        text = read_text(corpus_dir() / gd.file)
        c = clean(text) if cleaned else None
        doc = nlp.make_doc(c.text if c else text)
        spans = []
        for e in gd.entities:
            s, t = c.original_to_span(e.start, e.end) if c else (e.start, e.end)
            span = doc.char_span(s, t, label=e.label, alignment_mode="strict")
            if span is None:
                raise AnnotationError(
                    f"document {gd.id}: entity {e.text!r} [{e.start}, {e.end}) does not align with tokens"
                )
            spans.append(span)
        doc.ents = spans
        doc.user_data["gongbu_id"] = gd.id
        yield doc


def to_docbin(docs: Iterable[GoldDocument], nlp, path: str | Path | None = None, *, cleaned: bool = True):
    """A ``DocBin`` of :func:`to_spacy_docs`; written to ``path`` when given."""
    from spacy.tokens import DocBin

    db = DocBin(docs=to_spacy_docs(docs, nlp, cleaned=cleaned), store_user_data=True)
    if path is not None:
        db.to_disk(path)
    return db


def load_annotations(path: str | Path | None = None, splits: str | Path | None = None):
    """The gold annotations as a ``datasets.DatasetDict`` with train/dev/test splits.

    Built locally from ``annotations/``; nothing is fetched. Each row is a
    document: id, text (original), entities (label/start/end/text) and
    relations (label/head/tail).

    >>> ds = load_annotations()          # doctest: +SKIP
    >>> ds["test"][0]["entities"][0]     # doctest: +SKIP
    {'label': 'GPE', 'start': 52, 'end': 54, 'text': '浙江'}
    """
    try:
        import datasets
    except ImportError as exc:  # pragma: no cover - the data extra is missing
        raise ImportError("load_annotations() needs `pip install gongbu[data]` (datasets)") from exc
    gold = {d.id: d for d in read_gold(path)}
    split_ids = read_splits(splits)
    features = datasets.Features(
        {
            "id": datasets.Value("string"),
            "text": datasets.Value("string"),
            "entities": [
                {"label": datasets.Value("string"), "start": datasets.Value("int32"),
                 "end": datasets.Value("int32"), "text": datasets.Value("string")}
            ],
            "relations": [
                {"label": datasets.Value("string"), "head": datasets.Value("int32"),
                 "tail": datasets.Value("int32")}
            ],
        }
    )

    def rows(ids):
        for i in ids:
            d = gold[i]
            yield {
                "id": d.id,
                "text": read_text(corpus_dir() / d.file),
                "entities": [{"label": e.label, "start": e.start, "end": e.end, "text": e.text} for e in d.entities],
                "relations": [r.to_dict() for r in d.relations],
            }

    return datasets.DatasetDict(
        {
            name: datasets.Dataset.from_list(list(rows(split_ids[name])), features=features)
            for name in ("train", "dev", "test")
        }
    )
