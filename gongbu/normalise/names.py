"""ORG / PROGRAMME → ``{"name": simplified canonical name}``.

Cleaning (Traditional → Simplified, pinyin glosses, width, whitespace, surrounding
quotes), then an exact alias lookup in ``data/name_aliases.tsv``; for ORG, an
abbreviated ending is expanded from ``data/org_abbreviations.tsv`` (市人社局 →
市人力资源和社会保障局) and the result is looked up again.

>>> normalise_name("PROGRAMME", "東(dong)西扶貧協(xié)作").norm
{'name': '东西部扶贫协作'}
>>> normalise_name("ORG", "国务院扶贫办").norm
{'name': '国务院扶贫开发领导小组办公室'}
"""

from __future__ import annotations

import functools
import re

from ._common import Normalised, clean_span, read_tsv

__all__ = ["normalise_name"]

_QUOTES = "“”\"'‘’「」『』〈〉《》【】"
# 10.17扶贫日, 10・17 → 10·17 (a dot between day numbers in a name is the middle dot)
_DAY_DOT = re.compile(r"(?<=\d)[.・•‧∙･](?=\d)")


@functools.cache
def _aliases() -> dict[tuple[str, str], str]:
    return {(label, alias): canon for alias, canon, label in read_tsv("name_aliases.tsv")}


@functools.cache
def _endings() -> tuple[tuple[str, str], ...]:
    rows = [(short, full) for short, full in read_tsv("org_abbreviations.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@functools.lru_cache(maxsize=65536)
def _canonical(label: str, text: str) -> str:
    s = clean_span(text).strip(_QUOTES)
    if label == "PROGRAMME":
        s = _DAY_DOT.sub("·", s)
    aliases = _aliases()
    if (label, s) in aliases:
        return aliases[(label, s)]
    if label == "ORG":
        for short, full in _endings():
            if s.endswith(short) and not s.endswith(full):
                expanded = s[: -len(short)] + full
                return aliases.get((label, expanded), expanded)
    return s


def normalise_name(label: str, span_text: str) -> Normalised:
    """Canonical name of an ORG or PROGRAMME span."""
    return Normalised({"name": _canonical(label, span_text)})
