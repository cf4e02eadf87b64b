"""Norms for gold entities, proposed by the normaliser for a reviewer to check."""

from __future__ import annotations

from dataclasses import replace

from gongbu.corpus import corpus_dir, read_text
from gongbu.data.gold import GoldDocument

__all__ = ["fill_norms"]


def fill_norms(doc: GoldDocument, *, overwrite: bool = False) -> GoldDocument:
    """Give every entity without a norm the normaliser's reading of its cleaned span."""
    from gongbu.normalise import PlaceResolver, normalise
    from gongbu.text import clean

    cleaned = clean(read_text(corpus_dir() / doc.file))
    spans = [cleaned.original_to_span(e.start, e.end) for e in doc.entities]
    resolver = PlaceResolver.for_document(
        [cleaned.text[s:t] for (s, t), e in zip(spans, doc.entities, strict=True) if e.label == "GPE"]
    )
    ents = []
    for (s, t), e in zip(spans, doc.entities, strict=True):
        if e.norm is not None and not overwrite:
            ents.append(e)
            continue
        n = normalise(
            e.label, cleaned.text[s:t], before=cleaned.text[max(0, s - 8) : s],
            after=cleaned.text[t : t + 8], resolver=resolver,
        )
        ents.append(replace(e, norm=n.norm))
    return replace(doc, entities=tuple(ents))
