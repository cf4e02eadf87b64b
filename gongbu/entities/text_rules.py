"""The rules-only pipeline read straight from its folder, without spaCy.

The shipped pipeline is the rule component alone on spaCy's character segmenter
(``gongbu train --rules-only``): its entities come from the patterns and places
saved in the component's folder, and no spaCy doc is needed to find them. Reading
that folder here spares ``import spacy`` (three quarters of a second) on the first
``gongbu.parse``; a folder holding any other pipeline is left to ``spacy.load``.
"""

from __future__ import annotations

import configparser
import json
from collections.abc import Sequence
from pathlib import Path

from gongbu.entities.patterns import EntityPatterns, validate_pattern

FACTORY = "gongbu_entity_rules"  # the rule component's factory (gongbu.entities.ruler)


def text_spans(
    matcher: EntityPatterns, text: str, labels: Sequence[str] | None = None
) -> list[tuple[str, int, int, str]]:
    """``(label, start, end, rule)`` of the rule entities of ``text``, by start.

    On spaCy's character-segmented Chinese doc ``char_span(alignment_mode="contract")``
    keeps a match whole but for whitespace at its edges, which this drops the same way.
    """
    out = []
    for m in matcher.find(text):
        if labels is not None and m.label not in labels:
            continue
        start, end = m.start, m.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            out.append((m.label, start, end, m.rule))
    return sorted(out, key=lambda x: x[1])


class TextRules:
    """The entities of a rules-only pipeline folder, found in plain strings."""

    def __init__(self, patterns: Sequence[dict], places: Sequence[Sequence[str]],
                 labels: Sequence[str] | None = None) -> None:
        self.matcher = EntityPatterns([validate_pattern(dict(p)) for p in patterns],
                                      [(str(s), str(level)) for s, level in places])
        self.labels = None if labels is None else tuple(labels)
        self._path: str | None = None  # the folder read, for parse_many's worker processes

    def text_spans(self, text: str) -> list[tuple[str, int, int, str]]:
        return text_spans(self.matcher, text, self.labels)

    @classmethod
    def from_folder(cls, path: str | Path) -> TextRules | None:
        """The rules of the pipeline saved in ``path``, or None when it is not the rule component
        alone on the character segmenter (or its folder is not one this reads)."""
        path = Path(path)
        try:
            settings = _rules_only_settings(path / "config.cfg")
            if settings is None:
                return None
            folder = path / FACTORY
            patterns = [json.loads(line) for line in (folder / "patterns.jsonl").read_text(encoding="utf-8")
                        .splitlines() if line.strip()]
            rows = (folder / "places.tsv").read_text(encoding="utf-8").splitlines()[1:]
        except (OSError, ValueError, configparser.Error):
            return None
        places = [tuple(line.split("\t", 1)) for line in rows if "\t" in line]
        rules = cls(patterns, places, settings.get("labels"))
        rules._path = str(path)
        return rules


def _rules_only_settings(config: Path) -> dict | None:
    """The rule component's settings when ``config`` describes the rules-only pipeline, else None."""
    cfg = configparser.ConfigParser(interpolation=None)
    cfg.optionxform = str  # keys as written
    cfg.read_string(config.read_text(encoding="utf-8"))

    def value(section: str, key: str):
        return json.loads(cfg.get(section, key, fallback="null"))

    if value("nlp", "lang") != "zh" or value("nlp", "pipeline") != [FACTORY]:
        return None
    if value("nlp.tokenizer", "segmenter") != "char" or value(f"components.{FACTORY}", "factory") != FACTORY:
        return None
    return {"labels": value(f"components.{FACTORY}", "labels")}
