"""The lexicon: every domain fact gongbu relies on, as data files with one reader.

Place names, abbreviations, pair abbreviations, east/west sides, official pairings,
hedge words, person categories and organisation abbreviations live in
``gongbu/lexicon/data/`` as tab-separated files (``#`` lines are comments). The
recogniser, the augmenter, the normaliser and the relation rules read them here,
so a fact added once reaches every stage.

>>> pair_abbreviations()["滇沪"]
('云南省', '上海市')
>>> "沪黔" in pair_abbreviations()
True
"""

from __future__ import annotations

import functools
from importlib import resources

__all__ = ["org_heads", "pair_abbreviations", "read_table"]


@functools.cache
def _raw(name: str) -> str:
    return resources.files("gongbu.lexicon").joinpath(f"data/{name}").read_text("utf-8")


def read_table(name: str, header: bool = False) -> list[list[str]]:
    """Rows of ``gongbu/lexicon/data/NAME`` split at tabs; ``header`` drops the first non-comment row."""
    rows = [line.split("\t") for line in _raw(name).splitlines() if line.strip() and not line.startswith("#")]
    return rows[1:] if header else rows


@functools.cache
def pair_abbreviations() -> dict[str, tuple[str, str]]:
    """Pair abbreviation → its two members' canonical names, in text order."""
    return {row[0]: (row[1], row[2]) for row in read_table("pair_abbreviations.tsv")}


@functools.cache
def org_heads() -> tuple[str, ...]:
    """Head nouns an organisation name ends with (公司, 医院, 商会, 报, 网 …), for ``str.endswith``.

    >>> "慈善会".endswith(org_heads())
    True
    """
    return tuple(row[0] for row in read_table("org_heads.tsv", header=True))
