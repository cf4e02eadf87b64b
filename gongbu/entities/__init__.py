"""Entity recognition: rules and gazetteer (:mod:`.ruler`), synthetic training data
(:mod:`.augment`), training and evaluation helpers (:mod:`.training`).

Importing :mod:`.ruler` and :mod:`.hints` registers the ``gongbu_entity_rules`` and
``gongbu_entity_hints`` spaCy factories (the entry points in ``pyproject.toml`` do the
same for plain ``spacy.load``).
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gongbu.entities.hints import EntityHints, make_entity_hints
    from gongbu.entities.patterns import EntityPatterns, RuleMatch, default_patterns, load_places
    from gongbu.entities.ruler import FACTORY, EntityRules, make_entity_rules

__all__ = [
    "FACTORY",
    "EntityHints",
    "EntityPatterns",
    "EntityRules",
    "RuleMatch",
    "default_patterns",
    "load_places",
    "make_entity_hints",
    "make_entity_rules",
]

_HOMES = {
    "EntityHints": "hints", "make_entity_hints": "hints",
    "EntityPatterns": "patterns", "RuleMatch": "patterns", "default_patterns": "patterns", "load_places": "patterns",
    "FACTORY": "ruler", "EntityRules": "ruler", "make_entity_rules": "ruler",
}


def __getattr__(name: str):
    # Lazy: the rules-only parse reads gongbu.entities.patterns and never needs spaCy,
    # which the components (hints, ruler) import.
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'gongbu.entities' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f"gongbu.entities.{home}"), name)
