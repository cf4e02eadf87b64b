"""ORG / PROGRAMME → ``{"name": simplified canonical name}``.

SPEC v2: the canonical name is the simplified surface form: Traditional → Simplified,
pinyin glosses, width and whitespace cleaned, surrounding quotes stripped. The one
folding is of the programme's variants (东西部协作, 东西扶贫协作, 东西部对口扶贫协作 …)
into 「东西部扶贫协作」, listed in ``gongbu/lexicon/data/name_aliases.tsv``. Names are
not expanded (宁波市政府 stays 宁波市政府): what the text says is what the name is.

>>> normalise_name("PROGRAMME", "東(dong)西扶貧協(xié)作").norm
{'name': '东西部扶贫协作'}
>>> normalise_name("ORG", "「国务院扶贫办」").norm
{'name': '国务院扶贫办'}
"""

from __future__ import annotations

import functools
import re

from ._common import Normalised, clean_span, read_tsv

__all__ = ["canonical_name", "normalise_name"]

_QUOTES = "“”\"'‘’「」『』〈〉《》【】"
EAST_WEST = "东西部扶贫协作"
# 10.17扶贫日, 10・17 → 10·17 (a dot between day numbers in a name is the middle dot)
_DAY_DOT = re.compile(r"(?<=\d)[.・•‧∙･](?=\d)")


@functools.cache
def _aliases() -> dict[tuple[str, str], str]:
    return {(label, alias): canon for alias, canon, label in read_tsv("name_aliases.tsv")}


@functools.lru_cache(maxsize=65536)
def _canonical(label: str, text: str) -> str:
    # SPEC v2: the canonical name is the simplified surface form (glosses, width and quotes
    # cleaned); only the variants of 东西部扶贫协作 fold into one programme name.
    s = clean_span(text).strip(_QUOTES)
    if label == "PROGRAMME":
        s = _DAY_DOT.sub("·", s)
        folded = _aliases().get((label, s))
        if folded == EAST_WEST:
            return folded
    return s


def canonical_name(label: str, text: str) -> str:
    """The canonical ORG or PROGRAMME name of ``text`` (cached)."""
    return _canonical(label, text)


def normalise_name(label: str, span_text: str) -> Normalised:
    """Canonical name of an ORG or PROGRAMME span."""
    return Normalised({"name": _canonical(label, span_text)})
