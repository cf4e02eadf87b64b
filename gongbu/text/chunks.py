"""Paragraph-sized windows of the working text for the statistical model.

Short lines share a window up to ``max_chars`` (one model call instead of many: a
line break ends a sentence, so no entity spans it). The model is fast and its memory
flat on pieces of a few hundred characters
(whole documents in one batch peaked above 1 GB), but a cut inside an entity
changes what it reads: 「133.08亿元」 cut after 1 becomes 33.08亿元. So a window
ends at a line break, else at a sentence end, else at a comma or a space (no
entity spans those), and only a run with none of these within ``max_chars`` is
cut hard. Hard cuts use overlapping windows: each window *keeps* only the
entities that start in its core, at least ``overlap`` characters away from a
hard edge, so every entity shorter than ``overlap`` is read whole by the window
that keeps it.

>>> [(w.start, w.end) for w in windows("上海市投入5亿元。\\n援建学校3所。")]
[(0, 17)]
>>> [(w.start, w.end) for w in windows("上海市投入5亿元。\\n援建学校3所。", max_chars=12, overlap=4)]
[(0, 10), (10, 17)]
>>> ws = windows("亿" * 700, max_chars=300, overlap=40)
>>> [(w.start, w.end, w.keep_start, w.keep_end) for w in ws]
[(0, 300, 0, 260), (220, 520, 260, 480), (440, 700, 480, 700)]
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["MAX_CHARS", "OVERLAP", "Window", "windows"]

MAX_CHARS = 300
OVERLAP = 48
# Where a window may end, best first: after a sentence end, after a comma, a 、 or a space.
# An ASCII comma between digits is a thousands separator (1,000万元), not a break.
_SENTENCE = re.compile(r"[。；;！？!?．]")
_SOFT = re.compile(r"[，、：:\s]|,(?![0-9])")


class Window(NamedTuple):
    """``text[start:end]`` goes to the model; entities starting in ``[keep_start, keep_end)`` are kept."""

    start: int
    end: int
    keep_start: int
    keep_end: int


def _last_break(text: str, lo: int, hi: int) -> int | None:
    """The position after the last break in ``text[lo:hi]``, sentence ends first."""
    for pattern in (_SENTENCE, _SOFT):
        last = None
        for m in pattern.finditer(text, lo, hi):
            last = m.end()
        if last is not None and last > lo:
            return last
    return None


def windows(text: str, *, max_chars: int = MAX_CHARS, overlap: int = OVERLAP) -> list[Window]:
    """The windows of ``text``, in order, covering every non-blank line."""
    if max_chars <= 2 * overlap:
        raise ValueError(f"max_chars ({max_chars}) must exceed twice the overlap ({overlap})")
    out: list[Window] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        line_start, line_end = pos, pos + len(line)
        pos = line_end
        if not line.strip():
            continue
        last = out[-1] if out else None
        if (last is not None and last.keep_end == last.end and line_end - last.start <= max_chars
                and not text[last.end : line_start].strip()):
            # Short lines share a window (one model call instead of many); a line break is a
            # sentence end, so nothing spans it.
            out[-1] = Window(last.start, line_end, last.keep_start, line_end)
            continue
        start, keep_start = line_start, line_start
        while line_end - start > max_chars:
            cut = _last_break(text, start + 1, start + max_chars)
            if cut is not None:
                out.append(Window(start, cut, keep_start, cut))
                start = keep_start = cut
                continue
            # No break at all: overlapping windows, each keeping its core.
            end = start + max_chars
            out.append(Window(start, end, keep_start, end - overlap))
            keep_start = end - overlap
            start = end - 2 * overlap
        if text[start:line_end].strip():
            out.append(Window(start, line_end, keep_start, line_end))
    return out
