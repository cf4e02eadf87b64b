"""Give a trained pipeline the rule patterns and places that ship with the package now.

    python scripts/refresh_rules.py models/gongbu_zh

The rule and hint components save their patterns with the pipeline (as spaCy's
span ruler does), so a pipeline keeps the rules it was trained with. After the
pattern files or the lexicon change, this re-initialises both components from them
and writes the pipeline back in place; the statistical weights are untouched.
"""

import sys

import spacy

import gongbu.entities.hints
import gongbu.entities.ruler  # noqa: F401  (register the factories where the entry points are not installed)


def main(path: str) -> None:
    nlp = spacy.load(path)
    for name in ("gongbu_entity_rules", "gongbu_entity_hints"):
        if name in nlp.pipe_names:
            nlp.get_pipe(name).initialize(lambda: [], nlp=nlp)
    nlp.to_disk(path)
    print(f"{path}: rules and hints refreshed ({', '.join(nlp.pipe_names)})")


if __name__ == "__main__":
    main(sys.argv[1])
