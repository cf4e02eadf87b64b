"""ORG / PROGRAMME → ``{"name": simplified canonical name}``.

Cleaning (Traditional → Simplified, pinyin glosses, width, whitespace, surrounding
quotes), then an exact alias lookup in ``data/name_aliases.tsv``. For ORG, then:
an informal place alias at the start (``place_aliases.tsv``: 广西区党委 →
广西壮族自治区党委) becomes the full name; X政府 after a level character becomes
X人民政府 (宁波市政府 → 宁波市人民政府); an abbreviated ending is expanded from
``data/org_abbreviations.tsv`` (市人社局 → 市人力资源和社会保障局, 省农科院 →
省农业科学院); the result is looked up again. For PROGRAMME, enumeration commas
inside the name go when that gives a name of the alias table (两不愁、三保障 →
两不愁三保障; 整乡规划、整村推进 stays).

Elided level prefixes (市人社局 → 宁波市…) and in-document short names (中源公司)
need the whole document: see :mod:`gongbu.normalise.document`.

>>> normalise_name("PROGRAMME", "東(dong)西扶貧協(xié)作").norm
{'name': '东西部扶贫协作'}
>>> normalise_name("ORG", "国务院扶贫办").norm
{'name': '国务院扶贫开发领导小组办公室'}
"""

from __future__ import annotations

import functools
import re

from ._common import Normalised, clean_span, read_tsv

__all__ = ["canonical_name", "expand_org", "normalise_name"]

_QUOTES = "“”\"'‘’「」『』〈〉《》【】"
# 10.17扶贫日, 10・17 → 10·17 (a dot between day numbers in a name is the middle dot)
_DAY_DOT = re.compile(r"(?<=\d)[.・•‧∙･](?=\d)")
# 两不愁、三保障 → 两不愁三保障: an enumeration comma between the parts of a name
_ENUM_COMMA = re.compile(r"(?<=[\u4e00-\u9fff])[、,，](?=[\u4e00-\u9fff])")
# 宁波市政府 → 宁波市人民政府, 县政府 → 县人民政府 (the official name of a government)
_GOVERNMENT = re.compile(r"(?<=[省市县区州旗盟乡镇])政府$")


@functools.cache
def _aliases() -> dict[tuple[str, str], str]:
    return {(label, alias): canon for alias, canon, label in read_tsv("name_aliases.tsv")}


@functools.cache
def _known(label: str) -> frozenset[str]:
    """Names of the alias table (aliases and canonical names) for ``label``."""
    return frozenset(n for (lab, alias), canon in _aliases().items() if lab == label for n in (alias, canon))


@functools.cache
def _endings() -> tuple[tuple[str, str], ...]:
    rows = [(short, full) for short, full in read_tsv("org_abbreviations.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@functools.cache
def _place_aliases() -> tuple[tuple[str, str], ...]:
    rows = [(alias, full) for alias, full in read_tsv("place_aliases.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def _expand_place_alias(s: str) -> str:
    """广西区党委 → 广西壮族自治区党委: an informal place alias opening an ORG name."""
    from .places import longest_place_prefix

    for alias, full in _place_aliases():
        if s.startswith(alias) and len(s) > len(alias) and longest_place_prefix(s) == alias:
            return full + s[len(alias) :]
    return s


def expand_org(s: str) -> str:
    """Government names and abbreviated endings of an already cleaned ORG name."""
    s = _expand_place_alias(s)
    s = _GOVERNMENT.sub("人民政府", s)
    for short, full in _endings():
        if s.endswith(short) and not s.endswith(full):
            s = s[: -len(short)] + full
            break
    return s


@functools.lru_cache(maxsize=65536)
def _canonical(label: str, text: str) -> str:
    s = clean_span(text).strip(_QUOTES)
    aliases = _aliases()
    if label == "PROGRAMME":
        s = _DAY_DOT.sub("·", s)
        bare = _ENUM_COMMA.sub("", s)
        if bare != s and bare in _known(label):
            s = bare
    if (label, s) in aliases:
        return aliases[(label, s)]
    if label == "ORG":
        expanded = expand_org(s)
        return aliases.get((label, expanded), expanded)
    return s


def canonical_name(label: str, text: str) -> str:
    """The canonical ORG or PROGRAMME name of ``text`` (cached)."""
    return _canonical(label, text)


def normalise_name(label: str, span_text: str) -> Normalised:
    """Canonical name of an ORG or PROGRAMME span."""
    return Normalised({"name": _canonical(label, span_text)})
