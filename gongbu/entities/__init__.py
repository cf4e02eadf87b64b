"""Entity recognition: rules and gazetteer (:mod:`.ruler`), synthetic training data
(:mod:`.augment`), training and evaluation helpers (:mod:`.training`).

Importing this package registers the ``gongbu_entity_rules`` and ``gongbu_entity_hints``
spaCy factories (the entry points in ``pyproject.toml`` do the same for plain
``spacy.load``).
"""

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
