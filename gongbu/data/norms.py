"""Norms the normaliser proposes for gold entities that have none, for an annotator to review.

Gold norms are the annotators' word: a proposal is marked ``needs_review`` by the caller
(``gongbu annotations import-markup --propose-norms``) and never overwrites a written norm.
"""

from __future__ import annotations

from dataclasses import replace

from gongbu.corpus import corpus_dir, read_text
from gongbu.data.gold import GoldDocument

__all__ = ["fill_norms", "normalise_gold"]


def normalise_gold(doc: GoldDocument) -> list:
    """The normaliser's reading of every entity of ``doc``, with the whole document as context."""
    from gongbu.normalise import normalise_mentions
    from gongbu.text import clean

    cleaned = clean(read_text(corpus_dir() / doc.file))
    mentions = []
    for e in doc.entities:
        s, t = cleaned.original_to_span(e.start, e.end)
        mentions.append(replace(e, start=s, end=t, text=cleaned.text[s:t]))
    return normalise_mentions(cleaned.text, mentions)


def fill_norms(doc: GoldDocument, *, overwrite: bool = False) -> GoldDocument:
    """Give every entity without a norm the normaliser's reading of its cleaned span."""
    ents = []
    for e, n in zip(doc.entities, normalise_gold(doc), strict=True):
        ents.append(e if e.norm is not None and not overwrite else replace(e, norm=dict(n.norm)))
    return replace(doc, entities=tuple(ents))
