"""Entity recognition: rules and gazetteer (:mod:`.ruler`), synthetic training data
(:mod:`.augment`), training and evaluation helpers (:mod:`.training`).

Importing this package registers the ``gongbu_entity_rules`` spaCy factory (the
entry point in ``pyproject.toml`` does the same for plain ``spacy.load``).
"""

from gongbu.entities.patterns import EntityPatterns, RuleMatch, default_patterns, load_places
from gongbu.entities.ruler import FACTORY, EntityRules, make_entity_rules

__all__ = [
    "FACTORY",
    "EntityPatterns",
    "EntityRules",
    "RuleMatch",
    "default_patterns",
    "load_places",
    "make_entity_rules",
]
