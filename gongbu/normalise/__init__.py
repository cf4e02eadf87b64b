"""Normalisation stage of gongbu: one ``norm`` dict per entity, in SPEC's shape.

>>> from gongbu.normalise import normalise
>>> normalise("MONEY", "133.08亿元").norm["yuan"]
13308000000
>>> normalise("GPE", "滬滇").norm["name"]
['上海市', '云南省']

``normalise(label, span_text, before="", after="", resolver=None)``:

- ``span_text`` is the entity text (cleaned working text; Traditional, full-width
  or glossed text is cleaned again here, so raw text works too);
- ``before``/``after``: a few characters of text around the span — hedges
  (近/约/超过/以上/不少于 …) for MONEY and PERSON-COUNT, and the noun before a
  PERSON-COUNT;
- ``resolver``: a :class:`PlaceResolver` built from all GPE spans of the document.

It never raises for a known label; problems come back in ``Normalised.warnings``.

For a whole document use ``normalise_mentions(text, mentions)`` (:mod:`.document`):
it builds the resolver, reads the context of each span and runs the passes that
need the document (categories of 其中 breakdowns, elided 市/省 prefixes of ORG
names, in-document short names, 援藏 outside Tibet).
"""

from __future__ import annotations

from ._common import Normalised
from .document import MentionLike, normalise_mentions
from .money import normalise_money
from .names import normalise_name
from .pairings import is_official, official_pairings
from .people import normalise_people
from .places import PlaceResolver, gazetteer, normalise_place

__all__ = [
    "LABELS",
    "MentionLike",
    "Normalised",
    "PlaceResolver",
    "gazetteer",
    "is_official",
    "normalise",
    "normalise_mentions",
    "official_pairings",
]

LABELS = ("GPE", "ORG", "MONEY", "PERSON-COUNT", "PROGRAMME")


def normalise(
    label: str,
    span_text: str,
    before: str = "",
    after: str = "",
    resolver: PlaceResolver | None = None,
) -> Normalised:
    """The SPEC ``norm`` of one entity, with warnings (codes + short messages)."""
    if label == "MONEY":
        return normalise_money(span_text, before, after)
    if label == "PERSON-COUNT":
        return normalise_people(span_text, before, after)
    if label == "GPE":
        return normalise_place(span_text, resolver)
    if label in ("ORG", "PROGRAMME"):
        return normalise_name(label, span_text)
    raise ValueError(f"unknown label {label!r}; expected one of {LABELS}")
