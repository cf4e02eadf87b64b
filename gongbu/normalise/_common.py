"""Shared helpers of the normalisers: the result type, light cleaning, data loading."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from gongbu.lexicon import read_table

__all__ = ["Normalised", "clean_span", "read_tsv", "warning"]


@dataclass(frozen=True)
class Normalised:
    """The normalised value of one entity.

    ``norm`` has exactly SPEC's shape for the label; ``warnings`` holds strings
    ``"CODE: short message"`` (the code is the part before the colon).
    """

    norm: dict[str, Any]
    warnings: tuple[str, ...] = field(default=())

    @property
    def warning_codes(self) -> tuple[str, ...]:
        return tuple(w.split(":", 1)[0] for w in self.warnings)


def warning(code: str, message: str) -> str:
    return f"{code}: {message}"


# A pinyin gloss left inside a word by scraping: 協(xié)作, 東(dong)西.
_GLOSS = re.compile(r"[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+(?:\s+[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]+)*[)）]")
_TONED = re.compile(r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜǹḿ]")
_SPACE = re.compile(r"\s+")


def _gap(m: re.Match) -> str:
    """A run of whitespace between two Latin words (lingyun Government) stays one space."""
    s, i, j = m.string, m.start(), m.end()
    if 0 < i and j < len(s):
        a, b = s[i - 1], s[j]
        if a.isascii() and b.isascii() and a.isalnum() and b.isalnum() and (a.isalpha() or b.isalpha()):
            return " "
    return ""


@functools.cache
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def _drop_gloss(m: re.Match) -> str:
    inner = m.group(0)[1:-1]
    # Keep ordinary Latin words in parentheses (英文名); drop pinyin: toned, or lowercase short.
    if _TONED.search(inner) or (inner.islower() and len(inner) <= 12):
        return ""
    return m.group(0)


@functools.lru_cache(maxsize=65536)
def clean_span(text: str) -> str:
    """Simplified, half-width, no pinyin glosses — robust to raw input.

    Whitespace is deleted, except that a run of whitespace between two Latin words
    (``lingyun Government``, ``COVID 19``) becomes one space.
    """
    if not text:
        return ""
    s = _GLOSS.sub(_drop_gloss, text)
    s = unicodedata.normalize("NFKC", s)
    if not s.isascii():
        s = _t2s().convert(s)
    return _SPACE.sub(_gap, s)


def read_tsv(name: str, header: bool = False) -> list[list[str]]:
    """Rows of a lexicon table (``gongbu/lexicon/data``); see :func:`gongbu.lexicon.read_table`."""
    return read_table(name, header=header)
