"""First stage of the pipeline: a clean working copy of scraped text, with an exact offset map.

The models read Simplified, half-width text without pinyin glosses; callers want
offsets into the string they passed. :func:`clean` gives both: ``Cleaned.text``
is the working copy and :meth:`Cleaned.span_to_original` maps any span of it
back to ``[start, end)`` of the original string.

>>> c = clean("東(dong)西部扶貧協(xié)作投入８９．６６億元,,")
>>> c.text
'东西部扶贫协作投入89.66亿元,'
>>> s = c.text.index("89.66亿元")
>>> a, b = c.span_to_original(s, s + len("89.66亿元"))
>>> c.original[a:b]
'８９．６６億元'
"""

from __future__ import annotations

import bisect
import functools
import json
import re
from array import array
from dataclasses import dataclass, field
from importlib import resources
from itertools import compress

import numpy as np

from gongbu.regex_gate import compile_gated

__all__ = ["Cleaned", "TextWarning", "clean"]


@dataclass(frozen=True)
class TextWarning:
    """Something in the input that the cleaner noticed but did not repair."""

    code: str
    message: str
    start: int
    end: int
    rule: str = ""

    def to_dict(self) -> dict:
        return {"code": self.code, "message": self.message, "start": self.start, "end": self.end}


@dataclass(frozen=True, eq=False)
class Cleaned:
    """The working text, the original it came from, and the map between them.

    ``starts[i]``/``ends[i]`` give the original characters that working
    character ``i`` stands for; a removed pinyin gloss is owned by the character
    it glosses, so a span ending on that character ends after the gloss.
    """

    original: str
    text: str
    starts: array = field(repr=False)
    ends: array = field(repr=False)
    warnings: tuple[TextWarning, ...] = ()

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map ``[start, end)`` of the working text to ``[start, end)`` of the original."""
        n = len(self.text)
        if not 0 <= start <= end <= n:
            raise IndexError(f"span ({start}, {end}) outside the working text of length {n}")
        if start == end:
            o = self.starts[start] if start < n else len(self.original)
            return o, o
        return self.starts[start], self.ends[end - 1]

    def original_to_span(self, start: int, end: int) -> tuple[int, int]:
        """The working-text span made of the characters that ``[start, end)`` of the original holds."""
        if not 0 <= start <= end <= len(self.original):
            raise IndexError(f"span ({start}, {end}) outside the original of length {len(self.original)}")
        return bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)


@functools.cache
def noise_rules() -> dict:
    raw = json.loads(resources.files("gongbu.text").joinpath("data/noise.json").read_text("utf-8"))
    return {
        "gloss": compile_gated(raw["gloss"]),
        "doubled": compile_gated(raw["doubled_punct"]),
        "comma_at_list_mark": compile_gated(raw["comma_at_list_mark"]),
        "warnings": [
            (w["id"], w["code"], w["message"], compile_gated(w["pattern"], re.M), frozenset(w.get("needs_any", "")))
            for w in raw["warnings"]
        ],
        "boilerplate": compile_gated("|".join(f"(?:{p})" for p in raw["boilerplate"]), re.M),
        "format": compile_gated(raw["format_chars"]),
        "number_spaces": compile_gated(raw["number_spaces"]),
        "repeat_min_chars": raw["repeat_min_chars"],
        "merge_gap": raw["merge_gap"],
        "variants": str.maketrans({k: v for k, v in raw["variants"].items() if len(k) == len(v) == 1}),
    }


@functools.cache
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


# Lone surrogates cannot be encoded for OpenCC and control characters confuse
# the tokenizer; both become one safe character, so offsets do not move.
_UNSAFE = re.compile(r"[\ud800-\udfff]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


@functools.cache
def _fold_table() -> tuple[dict[int, str], re.Pattern]:
    """Full-width ASCII to half-width, then the variants of noise.json, as one table; and the class of
    the characters it changes (most texts hold none, and a search is cheaper than a translation)."""
    variants = noise_rules()["variants"]
    table = {k: chr(v).translate(variants) for k, v in _WIDTH.items()}
    table |= {k: v for k, v in variants.items() if k not in _WIDTH}
    return table, re.compile("[" + "".join(re.escape(chr(k)) for k in sorted(table)) + "]")


def _fold(text: str) -> str:
    """``text.translate(_WIDTH).translate(variants)``, skipped where it would change nothing."""
    table, changed = _fold_table()
    return text.translate(table) if changed.search(text) else text


def _safe(text: str) -> str:
    return _UNSAFE.sub(lambda m: "\ufffd" if m.group() >= "\ud800" else " ", text)


def to_simplified(text: str) -> str:
    """OpenCC t2s, keeping the length so that the offset map stays one to one."""
    out = _t2s().convert(text)
    if len(out) == len(text):
        return out
    # A phrase rule changed the length somewhere: convert line by line, and
    # character by character where a line still changes length.
    lines = []
    for line in text.splitlines(keepends=True):
        conv = _t2s().convert(line)
        if len(conv) != len(line):
            conv = "".join(ch if len(s := _t2s().convert(ch)) != 1 else s for ch in line)
        lines.append(conv)
    return "".join(lines)


def clean(text: str) -> Cleaned:
    """Clean ``text`` for the models and report what looks broken.

    Repairs (with an exact offset map): Traditional → Simplified (OpenCC),
    pinyin glosses after characters removed (``統(tǒng)`` → ``统``), full-width
    ASCII folded to half-width, doubled punctuation reduced to one. Detects
    (warnings with original offsets, no repair): stripped and masked digits,
    garbled text, boilerplate lines and repeated passages.

    Raises ``TypeError`` when ``text`` is not a ``str``.
    """
    if not isinstance(text, str):
        raise TypeError(f"clean() expects str, got {type(text).__name__}")
    rules = noise_rules()
    safe = _safe(text)
    n = len(safe)
    keep = bytearray(b"\x01") * n
    owner_end: dict[int, int] = {}
    gloss_end, gloss_owner = -1, -1
    for m in rules["gloss"].finditer(safe):
        if m.start() == 0:
            continue
        # A gloss right after another gloss (協(xié)(xie)) glosses the same character:
        # remembering that owner keeps a long run of glosses linear.
        owner = gloss_owner if m.start() == gloss_end else m.start() - 1
        keep[m.start() : m.end()] = b"\x00" * (m.end() - m.start())
        owner_end[owner] = m.end()
        gloss_end, gloss_owner = m.end(), owner
    for m in rules["doubled"].finditer(safe):
        keep[m.start() + 1 : m.end()] = b"\x00" * (m.end() - m.start() - 1)
    # Four substring checks first: the regex alone scanned every text with a 、 (0.4 % of a corpus pass).
    if ",、" in safe or "，、" in safe or "、," in safe or "、，" in safe:
        for m in rules["comma_at_list_mark"].finditer(safe):
            keep[m.start() : m.end()] = b"\x00" * (m.end() - m.start())
    for m in rules["format"].finditer(safe):
        keep[m.start() : m.end()] = b"\x00" * (m.end() - m.start())
    for m in rules["number_spaces"].finditer(safe):
        keep[m.start() : m.end()] = b"\x00" * (m.end() - m.start())
    if not owner_end and b"\x00" not in keep:
        # Nothing removed (most paragraphs): the identity map, without the numpy round trip
        # that cost more than the rest of cleaning a short text.
        working = _fold(to_simplified(safe))
        return Cleaned(original=text, text=working, starts=_identity(0, n), ends=_identity(1, n + 1),
                       warnings=tuple(detect(safe)))
    # The offset map as machine integers (numpy ships with spaCy): Python int lists
    # cost about 36 bytes a character and dominated memory on long inputs.
    kept = np.flatnonzero(np.frombuffer(bytes(keep), dtype=np.uint8))
    ends = kept + 1
    # A gloss may follow a character that was itself dropped (doubled punctuation
    # before a gloss): the kept owner is the last kept character before it.
    for owner, end in owner_end.items():
        k = int(np.searchsorted(kept, owner, side="right")) - 1
        if k >= 0:
            ends[k] = max(int(ends[k]), end)
    working = safe if len(kept) == n else "".join(compress(safe, keep))
    working = _fold(to_simplified(working))
    return Cleaned(
        original=text,
        text=working,
        starts=_as_array(kept),
        ends=_as_array(ends),
        warnings=tuple(detect(safe)),
    )


_IDENTITY = array("q", range(1 << 16))  # 512 KiB: a long text builds its own, nothing that size is kept


def _identity(start: int, stop: int) -> array:
    """``array("q", range(start, stop))``, sliced from a kept one up to 65,536: building it number by
    number cost more than the rest of cleaning a short text."""
    return _IDENTITY[start:stop] if stop <= len(_IDENTITY) else array("q", range(start, stop))


def _as_array(values: np.ndarray) -> array:
    out = array("q")
    out.frombytes(values.astype(np.int64).tobytes())
    return out


def detect(text: str) -> list[TextWarning]:
    """Warnings for ``text`` (stripped or masked digits, garbled text, boilerplate, repeats)."""
    rules = noise_rules()
    found: list[TextWarning] = []
    chars = set(text)
    for rule_id, code, message, pattern, needs_any in rules["warnings"]:
        if needs_any and needs_any.isdisjoint(chars):
            continue  # no match can hold none of these characters
        for m in pattern.finditer(text):
            found.append(TextWarning(code, f"{message}: {m.group()!r}", m.start(), m.end(), rule_id))
    for m in rules["boilerplate"].finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        found.append(TextWarning("boilerplate", "a line of page boilerplate", start, end, "boilerplate"))
    found.extend(repeated_passages(text, rules["repeat_min_chars"]))
    # One warning per (code, span): boilerplate patterns can hit one line twice.
    unique = {(w.code, w.start, w.end): w for w in found}
    return merge_runs(sorted(unique.values(), key=lambda w: (w.start, w.end, w.code)), rules["merge_gap"])


def merge_runs(warnings: list[TextWarning], gap: int) -> list[TextWarning]:
    """One warning for a run of warnings of the same rule less than ``gap`` characters apart.

    >>> ws = [TextWarning("stripped_digits", "x", k * 2, k * 2 + 2, "r") for k in range(1000)]
    >>> [(w.start, w.end, w.message) for w in merge_runs(ws, 16)]
    [(0, 2000, 'x (and 999 more like it up to offset 2000)')]
    """
    out: list[TextWarning] = []
    runs: dict[tuple[str, str], list[int]] = {}  # (code, rule) → [index in out, count]

    def close(run: list[int]) -> None:
        k, count = run
        if count > 1:
            w = out[k]
            out[k] = TextWarning(
                w.code, f"{w.message} (and {count - 1} more like it up to offset {w.end})", w.start, w.end, w.rule
            )

    for w in warnings:
        key = (w.code, w.rule)
        run = runs.get(key)
        if run is not None and w.start - out[run[0]].end < gap:
            first = out[run[0]]
            out[run[0]] = TextWarning(w.code, first.message, first.start, max(first.end, w.end), w.rule)
            run[1] += 1
            continue
        if run is not None:
            close(run)
        runs[key] = [len(out), 1]
        out.append(w)
    for run in runs.values():
        close(run)
    return out


# Where str.splitlines cuts a line.
_LINE_BREAK = re.compile("[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


def repeated_passages(text: str, min_chars: int = 12) -> list[TextWarning]:
    """Runs of lines that repeat an earlier run of lines (whitespace ignored).

    Each warning covers the repeat; its message says where the first copy starts.
    """
    if not _LINE_BREAK.search(text):
        return []  # one line repeats nothing
    lines = []
    pos = 0
    for line in text.splitlines(keepends=True):
        lines.append((pos, pos + len(line.rstrip("\r\n")), "".join(line.split())))
        pos += len(line)
    first: dict[str, int] = {}
    out: list[TextWarning] = []
    run: list[tuple[int, int, int]] = []  # (start, end, first-copy start) of repeated lines

    def flush() -> None:
        if run and sum(len(text[s:e].strip()) for s, e, _ in run) >= min_chars:
            s, e = run[0][0], run[-1][1]
            out.append(
                TextWarning(
                    "repeated_passage",
                    f"repeats the passage at offset {run[0][2]} ({e - s} characters)",
                    s,
                    e,
                    "repeat",
                )
            )
        run.clear()

    for start, end, key in lines:
        if not key:
            continue  # blank lines neither extend nor break a run
        if key in first and len(key) >= 2:
            run.append((start, end, first[key]))
        else:
            flush()
            first.setdefault(key, start)
    flush()
    return out
