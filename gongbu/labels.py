"""The label sets of SPEC.md, in one place."""

ENTITY_LABELS = ("GPE", "ORG", "MONEY", "PERSON-COUNT", "PROGRAMME")
RELATION_LABELS = ("PAIRED", "FROM", "TO")
QUANTITY_LABELS = ("MONEY", "PERSON-COUNT")
PARTY_LABELS = ("GPE", "ORG")

# (relation, allowed head labels, allowed tail labels)
RELATION_SIGNATURES = {
    "PAIRED": (PARTY_LABELS, ("GPE",)),
    "FROM": (QUANTITY_LABELS, PARTY_LABELS),
    "TO": (QUANTITY_LABELS, PARTY_LABELS),
}

# Levels of administrative units, from the top; zones count as counties (SPEC).
LEVELS = ("province", "prefecture", "county", "township", "village")
LEVEL_RANK = {level: rank for rank, level in enumerate(LEVELS)}
