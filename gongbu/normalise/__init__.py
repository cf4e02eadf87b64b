"""Normalisation stage of gongbu: one ``norm`` dict per entity, in SPEC's shape.

>>> from gongbu.normalise import normalise
>>> normalise("MONEY", "133.08亿元").norm["yuan"]
13308000000
>>> normalise("GPE", "滬滇").norm["name"]
['上海市', '云南省']

``normalise(label, span_text, before="", after="", resolver=None)``:

- ``span_text`` is the entity text (cleaned working text; raw text is cleaned
  here too, so Traditional, full-width or glossed spans work);
- ``before``/``after``: a few characters of text around the span — hedges
  (近/约/超过/以上/不少于 …) for MONEY and PERSON-COUNT, and the noun before a
  PERSON-COUNT;
- ``resolver``: a :class:`PlaceResolver` built from all GPE spans of the document.

It never raises for a known label; problems come back in ``Normalised.warnings``.

For a whole document use ``normalise_mentions(text, mentions)`` (:mod:`.document`):
it builds the resolver, reads the context of each span and runs the passes that
need the document (categories of 其中 breakdowns, 援藏 outside Tibet).

The periods of flows (when each amount moved) come from :mod:`.periods`
(``flow_periods(cleaned, quantities, date)``), with its vocabulary in ``data/periods.json``.
"""

from __future__ import annotations

from gongbu.labels import ENTITY_LABELS as LABELS

from ._common import Normalised
from .document import MentionLike, normalise_mentions
from .pairings import is_official, official_pairings
from .places import PlaceResolver, gazetteer
from .single import normalise

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
