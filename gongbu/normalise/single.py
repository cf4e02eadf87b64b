"""The norm of one entity, by its label: the dispatch that every stage calls."""

from __future__ import annotations

from gongbu.labels import ENTITY_LABELS

from ._common import Normalised
from .money import normalise_money
from .names import normalise_name
from .people import normalise_people
from .places import PlaceResolver, normalise_place

__all__ = ["normalise"]


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
    raise ValueError(f"unknown label {label!r}; expected one of {ENTITY_LABELS}")
