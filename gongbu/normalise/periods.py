"""Periods of flows: the years in which each amount or head count moved (SPEC v2, "Periods").

>>> from gongbu.text import clean
>>> from types import SimpleNamespace as M
>>> c = clean("2016年以來,上海市累計投入資金133億元。")
>>> s = c.text.index("133亿元")
>>> (p,), _ = flow_periods(c, [M(start=s, end=s + 6)], date="2020-05-01")
>>> (p.start, p.end, p.cumulative, p.text, p.span)
(2016, 2020, True, '2016年以來', (0, 7))

Three steps, each a few small functions:

1. **Time expressions** (:func:`find_expressions`): the patterns of ``data/periods.json`` run on the
   cleaned working text; where two overlap, the one listed first in the data wins. Each is read
   into a :class:`TimeExpression` with its bounds, resolved against the document year
   (:func:`document_year`: the caller's ``date``, else a full date in a dateline or heading).
2. **Cumulative markers** (累计, 先后, 共/合计 before a flow verb): they make a quantity a total but
   fix no years, so they are kept apart from the expressions.
3. **Scope** (:func:`flow_periods`): for each quantity the expression of its own clause, then of
   a 其中 total, then of its sentence before it, then of the first item of its ；-list, then an
   expression opening its paragraph, then a year in the title (the first line).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from typing import Any, Protocol

from gongbu.regex_gate import compile_gated
from gongbu.report import Period, made
from gongbu.text import Cleaned, sentences

__all__ = ["TimeExpression", "as_date", "document_year", "find_expressions", "flow_periods"]

MISSING_YEAR = "PERIOD_YEAR_MISSING"
# A dateline or heading is a short line near the top: how many lines are read and how long one may be.
HEAD_LINES = 10
HEAD_LINE_CHARS = 80
# A news dateline (新华社北京2020年3月5日电) may open a long first paragraph: how far it is looked for.
DATELINE_CHARS = 500


class Span(Protocol):
    start: int
    end: int


@dataclass(frozen=True)
class TimeExpression:
    """A time expression of the working text and the years it gives (None where unknown)."""

    start: int
    end: int
    rule: str  # the id of its pattern in periods.json
    kind: str
    low: int | None
    high: int | None
    cumulative: bool
    missing_year: bool = False  # a year was stripped (自年10月) or masked (20××年)
    count: int | None = None  # the N of N年来 / N年间

    @property
    def has_year(self) -> bool:
        return self.low is not None or self.high is not None


# ---------------------------------------------------------------- data


@functools.cache
def _data() -> dict[str, Any]:
    raw = resources.files("gongbu.normalise").joinpath("data/periods.json").read_text("utf-8")
    return json.loads(raw)


@functools.cache
def _patterns() -> tuple[tuple[str, str, re.Pattern, str, frozenset[str]], ...]:
    """(id, kind, compiled pattern, needs, needs_any) of each expression, in the data's order of
    precedence; ``needs`` is a string every match holds ("" for none), ``needs_any`` characters one
    of which the text holds wherever it matches (empty for none)."""
    fragments = _data()["fragments"]
    out = []
    for e in _data()["expressions"]:
        source = e["pattern"]
        for name, value in fragments.items():
            source = source.replace("{" + name + "}", f"(?:{value})")
        # Gated: most of these open with a lookbehind, which re runs at every position of the text.
        out.append((e["id"], e["kind"], compile_gated(source, re.M), e.get("needs", ""),
                    frozenset(e.get("needs_any", ""))))
    return tuple(out)


@functools.cache
def _scope_patterns() -> dict[str, re.Pattern]:
    """The patterns that cut a document into scopes, compiled once (not per document)."""
    conf = _data()
    return {
        "breaks": compile_gated(f"[{re.escape(conf['clause_breaks'])}]"),
        "lead": compile_gated(conf["paragraph_lead"], re.M),  # re.M: its ^ anchors at any line start
        "new_subject": compile_gated(conf["new_subject"]),
        "pairing_words": compile_gated("|".join(map(re.escape, conf["pairing_words"]))),
        "pairing_began": compile_gated("|".join(map(re.escape, conf["pairing_began"]))),
    }


@functools.cache
def _flow_verbs() -> frozenset[str]:
    """The verbs of a flow: the relation cues giving, buying, selling and receiving, and extra_verbs."""
    from gongbu.relations.rules import cues

    verbs = {w for key in ("giving", "buying", "selling", "receiving") for w in cues()[key]["words"]}
    return frozenset(verbs | set(_data()["cumulative"]["extra_verbs"]))


@functools.cache
def _other_kind() -> tuple[tuple[str, ...], tuple[str, ...]]:
    conf = _data()["cumulative"]
    return tuple(conf["other_kind"]), tuple(conf["other_kind_of_verb"])


@functools.cache
def _always() -> tuple[str, ...]:
    return tuple(_data()["cumulative"]["always"])


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.cache
def _subject_verb() -> re.Pattern:
    """A party's name right before a flow verb (陇南选派…, 「青岛市」还安排…): the party is the clause's subject."""
    return compile_gated(f"(?:也|亦|则|还|又|共|另)?(?:{_alt(_flow_verbs())})")


@functools.cache
def _marker_pattern() -> re.Pattern:
    conf = _data()["cumulative"]
    verbs = _flow_verbs()
    alt = _alt

    # 共 may name a party or place before its verb (共向云南投入, 共在天津销售); 共有 and 共建 name no verb.
    not_after = "".join(map(re.escape, conf["not_after"]))
    return compile_gated(
        f"(?:{alt(conf['always'])})|(?<![{not_after}])(?:{alt(conf['before_verb'])})"
        f"(?:[向在到从为给][^，,。；;]{{1,20}}?)?(?:{alt(verbs)})"
    )


# ---------------------------------------------------------------- 1. dates and expressions


def as_date(value: Any) -> dt.date | None:
    """The document date from ``parse(..., date=...)``: a ``datetime.date`` or an ISO string.

    >>> as_date("2020-05-01")
    datetime.date(2020, 5, 1)
    >>> as_date("May 2020")
    Traceback (most recent call last):
    ...
    ValueError: date must be a datetime.date or an ISO date 'YYYY-MM-DD', not 'May 2020'
    """
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"date must be a datetime.date or an ISO date 'YYYY-MM-DD', not {value!r}") from None
    raise TypeError(f"date must be a datetime.date or an ISO date string, not {type(value).__name__}")


_FULL_DATE = compile_gated(r"(?<!\d)((?:19|20)\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})(?!\d)")
_NEWS_DATELINE = compile_gated(r"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日电")
# 台江讯（记者 …）2023年12月28日，记者从…获悉: a local paper's byline, then the day of the report.
_BYLINE_DATE = compile_gated(r"(?:讯|电|消息)[^。\n]{0,40}?[)）]\s*((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日[，,]")


def _valid_date(m: re.Match) -> dt.date | None:
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def document_date(text: str) -> dt.date | None:
    """A full date (with its year) in a dateline or heading of the working ``text``, else None.

    A heading or dateline is one of the first lines, and short; a news agency's dateline
    (…2020年3月5日电) may also open the first paragraph.

    >>> document_date("标题\\n来源：广西日报 时间:2018-06-14 09:07:08\\n正文")
    datetime.date(2018, 6, 14)
    """
    lines = [line for line in text[: HEAD_LINES * HEAD_LINE_CHARS * 4].splitlines() if line.strip()]
    for line in lines[:HEAD_LINES]:
        # A line with a full stop is a sentence of the body: its dates are events (…在2019年1月10日召开的会议上公布。).
        # A page's address (…/art/2019/7/3/…) is no dateline (round 20's passes).
        if len(line.strip()) <= HEAD_LINE_CHARS and "。" not in line and "://" not in line:
            for m in _FULL_DATE.finditer(line):
                if (found := _valid_date(m)) is not None:
                    return found
    m = _NEWS_DATELINE.search(text, 0, DATELINE_CHARS) or _BYLINE_DATE.search(text, 0, DATELINE_CHARS)
    if m is not None:
        return _valid_date(m)
    return _footer_date(text)


# A signature or publication line at the end: 2022年1月10日 / 发布日期：2023-05-12 / 某某县乡村振兴局 2023年5月12日.
_FOOTER_LINES = 6
_FOOTER_LINE_CHARS = 40


def _footer_date(text: str) -> dt.date | None:
    """The full date of a short signature or publication line among the last lines, else None: a report
    signed at its end (…特此报告。⏎某某县人民政府⏎2022年1月10日) is dated there."""
    lines = [line.strip() for line in text[-_FOOTER_LINES * HEAD_LINE_CHARS * 2:].splitlines() if line.strip()]
    for line in reversed(lines[-_FOOTER_LINES:]):
        if len(line) > _FOOTER_LINE_CHARS or "。" in line:
            continue
        for m in _FULL_DATE.finditer(line):
            rest = (line[: m.start()] + line[m.end():]).strip(" 　日()（）")
            if (_DATELINE.search(line) or len(rest) <= 20) and (found := _valid_date(m)) is not None:
                return found
    return None


def document_year(text: str, date: Any = None) -> int | None:
    """The year relative expressions (今年, 三年来) are resolved against: ``date``'s, else the dateline's."""
    given = as_date(date)
    if given is not None:
        return given.year
    found = document_date(text)
    return found.year if found else _heading_year(text)


# An issue label (2020年第12期) or a year closing a heading ((2019), （2016—2020）) dates the document.
_HEADING_YEAR = compile_gated(
    r"((?:19|20)\d{2})年第\s*\d+\s*期|[(（](?:(?:19|20)\d{2}年?\s*[—\-–~～至]\s*)?((?:19|20)\d{2})年?[)）]\s*$"
    # …工作队2020年工作总结, 上海市二〇二〇年对口帮扶云南工作总结: a report named after its year
    r"|((?:19|20)\d{2}|[一二][〇零○九][〇零○一二三四五六七八九]{2})年度?[^\d。，,；;（(]{0,16}?"
    r"(?:总结|报告|年报|通报|情况|汇报|简报)(?:[（(](?:节选|摘要|全文|摘编)[）)])?\s*$"
)


def _heading_year(text: str) -> int | None:
    """The year of an issue label or of a year closing a heading line, else None."""
    lines = [line.strip() for line in text[: HEAD_LINES * HEAD_LINE_CHARS * 4].splitlines() if line.strip()]
    for line in lines[:HEAD_LINES]:
        if len(line) > HEAD_LINE_CHARS or "。" in line:
            break  # the body has begun: a short line below it is a row of a list (——云阳县 1.2亿元(2022—2024年))
        if m := _HEADING_YEAR.search(line):
            return _year(m.group(1) or m.group(2) or m.group(3))
    return None


_CN_DIGITS = str.maketrans("〇零○一二三四五六七八九", "00012345678" + "9")


def _year(s: str | None) -> int | None:
    """A year written with digits or Chinese numerals (二〇一九); None for a masked one (20××)."""
    if not s:
        return None
    digits = s.translate(_CN_DIGITS)
    return int(digits) if digits.isdigit() else None


def _count(s: str) -> int | None:
    """The N of N年来 / 未来N年 (digits or a Chinese numeral)."""
    if s.isdigit():
        return int(s)
    from gongbu.normalise._quantity import written_out

    if (value := written_out(s)) is not None:  # 三年来, 十四五: read without importing cn2an
        return value
    import cn2an

    try:
        return int(cn2an.cn2an(s, "smart"))
    except (ValueError, TypeError, KeyError):
        return None


def _relative(m: re.Match, year: int | None) -> int | None:
    rel = m.groupdict().get("rel")
    if rel is None or year is None:
        return None
    return year + _data()["relative_years"][rel]


def _plus(year: int | None, n: int | None) -> int | None:
    return None if year is None or n is None else year + n


def _bounds(kind: str, m: re.Match, year: int | None) -> tuple[int | None, int | None, bool] | None:
    """(low, high, cumulative) of one match of an expression of ``kind``; None if it is no period."""
    g = m.groupdict()
    y1, y2 = _year(g.get("y1")), _year(g.get("y2"))
    if kind == "range":
        if g.get("y2stripped"):
            return y1, None, True  # 2017年至年: the end year was stripped
        # 2020年1月至6月: the range stays inside the first year.
        return y1, y2 if g.get("y2") else y1, True
    if kind == "since":
        return y1, year, True
    if kind == "until":
        if g.get("stripped"):
            return None, None, True
        return None, y2 if g.get("y2") else _relative(m, year) if g.get("rel") else year, True
    if kind == "relative_since":
        return _relative(m, year), year, True
    if kind == "years_back":
        n = _count(g["n"]) if g.get("n") else None
        if n is not None and n >= 1900:  # 2016年来 is a start year, not 2016 years back
            return n, year, True
        if n == 1 and m.group().startswith("过去") and not m.group().endswith("来"):
            return _plus(year, -1), _plus(year, -1), False  # 过去一年, said early in 2023: the year 2022
        return _plus(year, -n if n is not None else None), year, True
    if kind == "span":  # 在河池工作的3年零3个月里: a stretch of time the text does not place
        return None, None, True
    if kind == "plan":
        low, high = _data()["plans"][g["plan"]]
        return low, high, True
    if kind == "plan_since":  # “十四五”以来, 进入“十四五”时期: from the plan's first year to the document's
        return _data()["plans"][g["plan"] or g["plan2"]][0], year, True
    if kind == "future":
        return year, _plus(year, _count(g["n"])), True
    if kind == "single":
        value = y1 if "y1" in g else _relative(m, year)
        return value, value, False
    if kind == "event_since":
        known = [y for name, y in _data()["events"].items() if not name.startswith("_") and name in g["anchor"]]
        # An anchor of unknown date (结对以来) places neither bound; a dated one (十八大) runs to the document year.
        return (known[0], year, True) if known else (None, None, True)
    if kind == "plan_head":  # “十四五”前三年: the plan's first N years
        low = _data()["plans"][g["plan"]][0]
        return low, low + _count(g["n"]) - 1, True
    if kind == "school_year":  # 2022—2023学年: a range, a total of its two years (round 19; P44 said one period)
        return y1, y2, True
    if kind == "first_years":  # 头五年: counted from a start named before it, found in context
        return None, None, True
    if kind in ("event", *ANAPHORIC):  # the anaphoric kinds are resolved in context
        return None, None, False
    raise ValueError(f"unknown kind of time expression in periods.json: {kind!r}")


def _missing_year(m: re.Match) -> bool:
    """A year slot that is empty (stripped: 自年10月) or masked (20××年)."""
    g = m.groupdict()
    if ("y1" in m.re.groupindex and g["y1"] is None) or g.get("stripped"):
        return True
    return any(g.get(k) and _year(g[k]) is None for k in ("y1", "y2"))


def _read(rule: str, kind: str, m: re.Match, year: int | None) -> TimeExpression | None:
    bounds = _bounds(kind, m, year)
    # An anchored expression (开展对口帮扶以来) starts at its anchor, after the blanks that open a line.
    start = m.start("anchor") if "anchor" in m.re.groupindex else m.start()
    if bounds is None or m.end() == start:
        return None
    n = m.groupdict().get("n")
    return TimeExpression(start, m.end(), rule, kind, *bounds, missing_year=_missing_year(m),
                          count=_count(n) if n else None)


def find_expressions(text: str, year: int | None = None) -> list[TimeExpression]:
    """The time expressions of the working ``text``, by start, none overlapping another.

    >>> [(e.rule, e.low, e.high) for e in find_expressions("1996年至2011年，三年来", 2020)]
    [('year-range', 1996, 2011), ('years-back', 2017, 2020)]
    """
    taken: list[tuple[int, int]] = []  # accepted spans, sorted
    found: list[TimeExpression] = []
    chars = None
    for rule, kind, pattern, needs, needs_any in _patterns():
        # Most patterns cannot match without 年 (or their one word): a substring test is far
        # cheaper than a regex scan that finds nothing.
        if needs and needs not in text:
            continue
        if needs_any:
            chars = set(text) if chars is None else chars
            if needs_any.isdisjoint(chars):
                continue
        for m in pattern.finditer(text):
            k = bisect.bisect_left(taken, (m.start(), m.end()))
            overlaps = (k > 0 and taken[k - 1][1] > m.start()) or (k < len(taken) and taken[k][0] < m.end())
            if overlaps or (expr := _read(rule, kind, m, year)) is None:
                continue
            taken.insert(k, (m.start(), m.end()))
            found.append(expr)
    return sorted(found, key=lambda e: e.start)


# ---------------------------------------------------------------- 2 and 3. markers and scope


@dataclass(frozen=True)
class _Frame:
    """What scopes one quantity: an expression (or none) and whether the quantity is a total."""

    expr: TimeExpression | None = None
    cumulative: bool = False


# A "sentence" longer than this is a flattened table or a run-on list (the longest in the corpus and
# the cases is under 200 characters): it is read in pieces, so that the scope of each quantity, which
# reaches back to its sentence's start, stays bounded and a long line stays linear.
MAX_SENTENCE_CHARS = 1000


def _bounded(sents: list[tuple[int, int]], breaks: list[int], limit: int) -> list[tuple[int, int]]:
    """``sents`` with each longer than ``limit`` cut into pieces, after the last clause break
    (``breaks``) of each stretch of ``limit`` characters, else at the limit."""
    out: list[tuple[int, int]] = []
    for s, e in sents:
        while e - s > limit:
            i = bisect.bisect_left(breaks, s + limit) - 1
            cut = breaks[i] + 1 if i >= 0 and breaks[i] >= s + limit // 2 else s + limit
            out.append((s, cut))
            s = cut
        out.append((s, e))
    return out


class _Document:
    """The working text cut into what scopes a quantity: clauses, sentences, ；-lists, paragraphs, title."""

    def __init__(self, text: str, year: int | None, parties: Sequence[Span] = (),
                 sentence_spans: Sequence[tuple[int, int]] | None = None,
                 exprs: list[TimeExpression] | None = None) -> None:
        conf = _data()
        scope = _scope_patterns()
        self.text = text
        self.year = year
        self.exprs = find_expressions(text, year) if exprs is None else exprs
        self.expr_starts = [e.start for e in self.exprs]
        self.parties = sorted((p.start, p.end) for p in parties)
        self.markers = [m.start() for m in _marker_pattern().finditer(text)]
        self.breaks = [m.start() for m in scope["breaks"].finditer(text)]
        spans = sentences(text) if sentence_spans is None else list(sentence_spans)
        self.sents = _bounded(spans, self.breaks, MAX_SENTENCE_CHARS)
        self.sent_starts = [s for s, _ in self.sents]
        self.heads = self._list_heads(conf["list_item_ends"])
        self.lead = scope["lead"]
        self.new_subject = scope["new_subject"]
        self.pairing_words = scope["pairing_words"]
        self.pairing_began = scope["pairing_began"]
        self.lead_span = _lead(text)
        self._cells: dict[tuple[int, int], list[tuple[int, int]]] = {}
        # Every cell separator is a blank, a tab or a bar: a text without any holds no table.
        self.may_hold_cells = any(c in text for c in _CELL_CHARS)
        self.title = self._title()
        self.sections = self._year_headings()
        self.exprs = _resolve_anaphora(self, year)
        self.intros = self._intros()

    def _year_headings(self) -> list[tuple[int, TimeExpression]]:
        """Lines that are a year alone (a chronicle's 2016年, 二、2019年度): (line start, the year), in order."""
        out = []
        pos = 0
        for line in self.text.splitlines(keepends=True):
            if _YEAR_HEADING.fullmatch(line.strip()):
                i = bisect.bisect_left(self.expr_starts, pos)
                if i < len(self.exprs) and self.exprs[i].start < pos + len(line) and self.exprs[i].has_year:
                    out.append((pos, self.exprs[i]))
            pos += len(line)
        return out

    def section(self, offset: int) -> TimeExpression | None:
        """The year heading the section that holds ``offset`` (C3 for a chronicle's year headings), else None."""
        i = bisect.bisect_right([p for p, _ in self.sections], offset) - 1
        return self.sections[i][1] if i >= 0 and self.sections[i][1].end <= offset else None

    # -- where a quantity stands

    def sentence(self, offset: int) -> int:
        return bisect.bisect_right(self.sent_starts, offset) - 1

    def clause(self, q: Span, k: int) -> tuple[int, int]:
        s, e = self.sents[k] if k >= 0 else (0, len(self.text))
        i = bisect.bisect_left(self.breaks, q.start)
        lo = self.breaks[i - 1] + 1 if i > 0 and self.breaks[i - 1] >= s else s
        j = bisect.bisect_left(self.breaks, q.end)
        hi = self.breaks[j] if j < len(self.breaks) and self.breaks[j] < e else e
        return lo, hi

    def opens_with_subject(self, lo: int, hi: int) -> bool:
        """Whether the clause ``[lo, hi)`` opens with a named party that acts (陇南选派305名干部): a new
        subject, which a 先后 or 共 of the clause before does not reach (C2)."""
        i = bisect.bisect_left(self.parties, (lo, lo))
        if i == len(self.parties) or self.parties[i][0] >= hi or self.text[lo : self.parties[i][0]].strip():
            return False
        return _subject_verb().match(self.text, self.parties[i][1], hi) is not None

    def list_head(self, k: int) -> int:
        """The first item of the ；-list that sentence ``k`` belongs to (``k`` itself if none)."""
        return self.heads[k] if k >= 0 else k

    def _list_heads(self, item_ends: str) -> list[int]:
        # A sentence continues a list when the one before it ends with ； on the same line.
        heads: list[int] = []
        for k, (s, _) in enumerate(self.sents):
            prev_end = self.sents[k - 1][1] if k else 0
            continues = k > 0 and self.text[prev_end - 1] in item_ends and "\n" not in self.text[prev_end:s]
            heads.append(heads[k - 1] if continues else k)
        return heads

    def line_start(self, offset: int) -> int:
        return self.text.rfind("\n", 0, offset) + 1

    def cells(self, start: int, end: int) -> list[tuple[int, int]]:
        """:func:`_cells` of a line, once per line: a long line of amounts asked for each of them."""
        found = self._cells.get((start, end))
        if found is None:
            found = self._cells[start, end] = _cells(self.text, start, end)
        return found

    # -- expressions and markers in a stretch

    def last_before(self, lo: int, hi: int) -> TimeExpression | None:
        """The expression inside ``[lo, hi)`` that ends last (a bisect: long run-on sentences stay linear)."""
        i = bisect.bisect_left(self.expr_starts, hi) - 1
        while i >= 0 and self.exprs[i].end > hi:
            i -= 1
        return self.exprs[i] if i >= 0 and self.exprs[i].start >= lo else None

    def first_after(self, lo: int, hi: int) -> TimeExpression | None:
        """The first expression inside ``[lo, hi)``."""
        i = bisect.bisect_left(self.expr_starts, lo)
        return self.exprs[i] if i < len(self.exprs) and self.exprs[i].end <= hi else None

    def marked(self, lo: int, hi: int) -> bool:
        i = bisect.bisect_left(self.markers, lo)
        return i < len(self.markers) and self.markers[i] < hi

    # -- paragraph, introductions and title

    def paragraph_start(self, offset: int) -> int:
        """The start of the paragraph holding ``offset``: its line's, or an earlier line's where a
        scraper broke a sentence (a line that ends on a comma, or holds one and no end of sentence)."""
        start = self.line_start(offset)
        while start > 0:
            prev = self.line_start(start - 1)
            line = self.text[prev:start].rstrip()
            commas = "，" in line or "," in line
            broken = line and (line[-1] in "，,、" or (commas and line[-1] not in _SENTENCE_ENDS))
            if not broken:
                break
            start = prev
        return start

    def paragraph_opener(self, offset: int) -> TimeExpression | None:
        """An expression that opens the paragraph holding ``offset``, before it."""
        at = self.lead.match(self.text, self.paragraph_start(offset)).end()
        # Only the first expression at or after the lead can open the paragraph: one bisect, not a scan.
        i = bisect.bisect_left(self.expr_starts, at)
        first = self.exprs[i] if i < len(self.exprs) else None
        return first if first is not None and first.start == at and first.end <= offset else None

    def intro(self, offset: int) -> TimeExpression | None:
        """The expression of the line that introduces the item (line) holding ``offset`` (C4), else None."""
        return self.intros.get(self.line_start(offset))

    def _intros(self) -> dict[int, TimeExpression]:
        """Item lines (by start) and the expression of the line introducing them.

        An introduction ends with ： or 如下, or is a short heading line without a full stop; its items
        are the short or numbered lines after it, blank lines skipped, up to the first other line.
        """
        out: dict[int, TimeExpression] = {}
        current: TimeExpression | None = None
        numbered = False  # whether the current items are numbered
        rows = 0  # unnumbered items of the current introduction
        pos, body_start = 0, self.lead_span[0]
        heading_above = False  # whether the last line was a numbered heading (二、人才交流)
        for line in self.text.splitlines(keepends=True):
            start, body = pos, line.strip()
            pos += len(line)
            if not body:
                continue
            was_heading, heading_above = heading_above, (
                _ENUMERATED.match(body) is not None and len(body) <= HEAD_LINE_CHARS and "。" not in body)
            announces = body[-1] in "：:" or "如下" in body[-8:]
            # Prose after the items (C4): an unnumbered sentence that opens with a time of its own
            # (去年，两地共组织…。), or that follows numbered items (一、…二、…此外，…。).
            sentence = body.endswith("。") and _ENUMERATED.match(body) is None
            prose = sentence and (numbered or self.paragraph_opener(start + len(line.rstrip())) is not None)
            # 二、人才交流 / 两地互派…: the body under a numbered heading line is that item's, not prose after it.
            prose = prose and not (was_heading and self.paragraph_opener(start + len(line.rstrip())) is None)
            # An introduction that names no year (截至9月底，…如下：) reaches numbered items only.
            numbered_only = current is not None and not current.has_year
            # A numbered item that announces rows of its own (一、财政援助。…分县拨付情况如下：) is still an
            # item of the introduction above it, and its rows are too unless it names a year of its own.
            if current is not None and announces and _ENUMERATED.match(body):
                numbered = True
                out[start] = current
                current = self._introduces(start, start + len(line)) or current
                continue
            enumerated = _ENUMERATED.match(body) is not None
            # Rows of a table, then 一是…: the numbered lines are the report's own, not more rows.
            switches = enumerated and not numbered and rows > 0
            if (current is not None and not announces and not prose and _is_item(body) and not switches
                    and (not numbered_only or enumerated)):
                numbered = numbered or enumerated
                rows += not enumerated
                out[start] = current
                # A sub-heading among the items (二、2019年到位帮扶资金) that names its own year
                # introduces the items after it.
                if ("。" not in body and _AMOUNT.search(body) is None
                        and (own := self._introduces(start, start + len(line))) is not None):
                    current = own
                continue
            # A short line above the body is a headline or a dateline, not a heading over items.
            heading = (start >= body_start and len(body) <= HEAD_LINE_CHARS and "。" not in body
                       and _AMOUNT.search(body) is None)  # a row of a table is no heading
            current, numbered, rows = None, False, 0
            if announces:  # the sentence that announces (…2019年到位资金如下：) first, else the line
                last = self.sents[self.sentence(start + len(line.rstrip()) - 1)][0]
                current = self._introduces(max(start, last), start + len(line))
            if current is None and (announces or heading):
                current = self._introduces(start, start + len(line))
                # 2016年，…青岛市与我市建立…关系。…现将主要情况报告如下。: the year the pairing began
                # tells the story's start, not the years the items report (the title's range does).
                if current is not None and announces and current.kind == "single" and self._tells_start(current):
                    current = None
        return out

    def _tells_start(self, expr: TimeExpression) -> bool:
        """Whether the sentence of ``expr`` tells how a pairing began (2016年，…与我市建立…关系)."""
        k = self.sentence(expr.start)
        a, b = self.sents[k] if k >= 0 else (0, len(self.text))
        return (self.pairing_began.search(self.text, expr.end, b) is not None
                and self.pairing_words.search(self.text, a, b) is not None)

    def _introduces(self, start: int, end: int) -> TimeExpression | None:
        first = self.first_after(start, end)
        # 截至9月底，…如下： introduces its items as totals to date even when it names no year.
        if first is None or not (first.has_year or first.kind == "until") or _ISSUE_LABEL.match(self.text, first.start):
            return None
        return _named_start(self, first, start)

    def _title(self) -> TimeExpression | None:
        start, end = _title_line(self.text, self.lead_span[0])
        first = self.first_after(start, end)
        # 今年 in a headline is the news of its day, not a year that scopes the whole document.
        # A span (三年投入) or 今年 in a headline tells that story only, not the document's years.
        if first is None or not first.has_year or first.rule in RELATIVE_RULES or first.kind == "years_back":
            # …五年回顾（2016—2020）: a range in brackets is the whole document's, whatever the headline says.
            i = bisect.bisect_left(self.expr_starts, start)
            return next((e for e in itertools.islice(self.exprs, i, None)
                         if e.start < end and e.rule == "year-range-bracketed"), None)
        return None if _ISSUE_LABEL.match(self.text, first.start) else first

    def partnership_start(self, expr: TimeExpression) -> TimeExpression | None:
        """The expression naming the start of an N-year span (C6): the time opening its paragraph,
        else the 'since a year' or plan opening the lead, which tells the partnership's story.
        A closed window of that very length named earlier (“十三五”期间 … 五年间, 2017—2019年 … 三年间)
        is the span itself."""
        if expr.count:
            k = bisect.bisect_left(self.expr_starts, expr.start)
            window = next((e for e in reversed(self.exprs[:k]) if e.kind in ("plan", "range")
                           and e.low is not None and e.high is not None and e.high - e.low + 1 == expr.count
                           and not _COMPARED_BEFORE.search(self.text, max(0, e.start - 3), e.start)), None)
            if window is not None:
                # N年来 runs up to the document's year (C6); N年间 is the window itself.
                since = self.text[expr.start:expr.end].endswith("来")
                return replace(window, high=expr.high) if since else window
        opener = self.paragraph_opener(expr.start)
        if opener is not None and opener.kind in ("single", "since", "plan", "range") and opener.low is not None:
            return opener
        if opener is not None and opener.kind == "since" and opener.low is None:
            return opener  # 自年6月进藏以来，…三年来: the start is named, but its year was stripped
        # A one-year span (一年来) is the latest year, never the partnership's whole story.
        lo, hi = self.lead_span
        i = bisect.bisect_left(self.expr_starts, lo)
        # The lead's first expression, a date (本报1月11日电) aside.
        first = next((e for e in itertools.islice(self.exprs, i, None) if e.kind != "day"), None)
        first = first if first is not None and first.start < hi else None
        if (expr.count or 0) < 2:
            return None
        if first is not None and first.kind == "since" and first.low is None and (
                self.pairing_began.search(self.text, first.start, first.end)
                or self.pairing_words.search(self.text, first.start, first.end)):
            return first  # the lead's 自年6月进藏以来 names the start of the tour; the scraper stripped its year
        if first is None or first.low is None:
            return self._pairing_start(expr) or self._earlier_since(expr)
        # A plan holds the span only when the span fills it (五年间 in 十三五).
        fits = first.kind == "since" or (first.kind == "plan" and first.high - first.low + 1 == expr.count)
        # A span longer than the partnership (十年来 in a 2020 report whose lead opens 2013年以来) tells
        # another story: it counts back from the document year.
        if first.kind == "since" and expr.high is not None and expr.high - expr.count < first.low - 1:
            return None
        # 2010年…以来 in the lead, 三年来 (2021) in a paragraph on one hospital: a since more than twice
        # the span back tells the partnership's story, not this span's (自2015年起 … 五年来 in 2022 still is).
        if first.kind == "since" and expr.high is not None and expr.high - first.low > 2 * expr.count:
            return self._pairing_start(expr)
        return first if fits else self._pairing_start(expr)

    def _earlier_since(self, expr: TimeExpression) -> TimeExpression | None:
        """In a document with no year of its own, the latest 'since a year' before an N-year span
        names its start (２０１９年７月以来，第四批…。三年来，… → 2019): nothing else can place it."""
        if expr.high is not None:
            return None
        k = bisect.bisect_left(self.expr_starts, expr.start)
        return next((e for e in reversed(self.exprs[:k]) if e.kind == "since" and e.low is not None), None)

    def _pairing_start(self, expr: TimeExpression) -> TimeExpression | None:
        """The year the pairing began, told anywhere in the document (1996年，中央确定由福建省对口帮扶宁夏;
        自2021年结对以来): the first year or 'since' in a sentence that names the pairing, when the
        span's N agrees with it (or the document's year is unknown)."""
        for e in self.exprs:
            if e.kind not in ("single", "since") or e.low is None:
                continue
            k = self.sentence(e.start)
            a, b = self.sents[k] if k >= 0 else (0, len(self.text))
            # 自2021年结对以来 names the pairing itself, and 2017年起 starts what its sentence pairs; a plain
            # year (or month: 1995年5月，首批援藏干部抵达) must open a sentence on how the pairing began.
            pairing = self.pairing_words.search(self.text, a, b) is not None
            named = self.pairing_words.search(self.text, e.start, e.end) is not None or (
                pairing and e.kind == "since" and expr.high is not None and "月" not in self.text[e.start:e.end])
            began = pairing and self.pairing_began.search(self.text, a, b) is not None
            # 这批干部人才…于2019年7月进藏: the year a batch of aid cadres arrived starts their span.
            began = began or self.pairing_began.match(self.text, e.end) is not None
            if not (named or began):
                continue
            if expr.high is not None:
                # 1996年建立对口帮扶关系；2017年起结对… 四年来 (2020): the start whose N agrees.
                if abs(expr.high - e.low - expr.count) <= 1:
                    return e
                continue
            # No document year to count back from: the latest year the text names stands in for it, and a
            # start more than N years before that belongs to another story (1996年起 … 3年来).
            latest = max((y for x in self.exprs for y in (x.low, x.high) if y is not None), default=e.low)
            return e if latest - e.low <= expr.count + 1 else None
        return None


_SENTENCE_ENDS = "。！？!?；;：:）)】」”"
# An author's line under a title: an office, a group, a bureau (杭州市对口帮扶黔东南州工作领导小组办公室).
_AUTHOR_LINE = compile_gated(r"(?:办公室|领导小组|委员会|局|厅|办|指挥部|工作队|工作组|人民政府|[省市县区州]委)\s*$")
# 2020年第6期 numbers an issue: it is no period (C4).
_ISSUE_LABEL = compile_gated(r"(?:19|20)\d{2}年第\s*\d+\s*期")
# A part of the year under discussion (一季度, 1—9月, 9月, 年初), where a day (12月6日) is one of the dateline's year.
PARTS_OF_THE_YEAR = ("quarter", "month-event", "early-year")
RELATIVE_RULES = ("relative-year", "now", "same-year", "half-year", "same-period", "month-day", "quarter",
                  "month-event", "early-year", "lunar-day")
ANAPHORIC = ("same_year", "next_year", "until_same_year", "same_period", "day")
# N年来 / N年间 with a count, whose start may be named elsewhere (C6).
COUNTED_SPANS = ("recent-n-years", "years-back", "n-years-span", "partnership-years")
# A line that is a year alone, perhaps numbered and named: 2016年, 二、2019年度, （三）2020年：,
# 二、2022年工作计划, 附：2020年度闽宁协作主要指标 (a heading names what follows; it holds no digit or comma).
_YEAR_HEADING = compile_gated(r"(?:[(（]?[一二三四五六七八九十\d]+[)）、.．]\s*)?(?:附[：:]\s*)?"
                           r"(?:(?:19|20)\d{2}|[一二][〇零○][〇零○一二三四五六七八九]{2})年度?"
                           r"[^\d，,。；;：:、\s]{0,12}[：:]?")
# 一、 （二） 3. and the run-in 一是… 第二，… of work reports
_ENUMERATED = compile_gated(r"^(?:[(（]?[一二三四五六七八九十\d]+[)）、.．]"
                         r"|[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，、,是])")
# A row of a table (2020年　5.12亿元) holds an amount: it is an item, not a sub-heading over the rows after it.
# An amount, also one whose digits a scraper masked (2019年　*.**亿元　70个 is a row, not a heading).
_AMOUNT = compile_gated(r"[\d*＊]\s*(?:万|亿)?元|\d\s*(?:名|人)")


# A dateline or source line above the body (发布时间：2021-01-12 来源：…, …办公室编 2019年12月).
_DATELINE = compile_gated(r"来源|來源|发布|發布|编辑|編輯|作者|时间|時間|[编編][\s　]*(?:19|20)\d{2}年")


# 【字体：大 中 小】【打印本页】, ……（前略）, 首页 > 统计信息: a page's furniture, no title.
_PAGE_FURNITURE = compile_gated(r"(?:[【\[][^】\]]*[】\]][\s　]*)+|[…\.。·]+(?:[（(]?[前后中]?略[）)]?)?|.*[>＞»].*")
# 第四章　助力脱贫攻坚: a chapter of an excerpted report heads a part of it, not the document.
_CHAPTER = compile_gated(r"第[一二三四五六七八九十百\d]+[章节篇部分]")


def _title_line(text: str, lead_start: int) -> tuple[int, int]:
    """The title: the last line above the body that is no dateline (navigation comes before it) and
    not an author's line right under a title with a year (…2020年…工作情况报告 / …工作领导小组办公室),
    else the first."""
    pos, found = 0, None
    for line in text[:lead_start].splitlines(keepends=True):
        body = line.strip()
        if (body and not _DATELINE.search(body) and not _FULL_DATE.search(body) and not _ENUMERATED.match(body)
                and not _CHAPTER.match(body) and not _PAGE_FURNITURE.fullmatch(body)):
            if not (found is not None and _AUTHOR_LINE.search(body) and _YEAR_IN_LIST.search(text, *found)):
                found = (pos, pos + len(line))
        pos += len(line)
    if found is not None:
        return found
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    return start, len(text) if end < 0 else end


def _is_item(body: str) -> bool:
    return len(body) <= HEAD_LINE_CHARS or _ENUMERATED.match(body) is not None


def _resolve_anaphora(doc: _Document, year: int | None) -> list[TimeExpression]:
    """全年 / 当年 / 同期 and a bare month-day take the years of the year under discussion (C10)."""
    out: list[TimeExpression] = []
    last: dict[str, TimeExpression] = {}  # the last year named in the body so far, per kind of anaphor
    for k, e in enumerate(doc.exprs):
        if e.kind == "first_years":
            e = _first_years(doc, e, out)
        elif e.kind in ANAPHORIC:
            ref = _referent(doc, e, out, itertools.islice(doc.exprs, k, None), year)
            if ref is None and not (e.kind == "day" and year is not None):
                ref = last.get(e.kind)
            if ref is None or (ref.missing_year and ref.low is None):
                low = year if e.kind == "day" and ref is None else None
                e = replace(e, low=low, high=low, cumulative=e.kind == "until_same_year")
            elif e.kind == "same_period":
                e = replace(e, low=ref.low, high=ref.high, cumulative=ref.cumulative)
            elif e.kind == "next_year":  # 次年: the year after the year under discussion
                e = replace(e, low=ref.low + 1, high=ref.low + 1, cumulative=False)
            elif e.kind == "until_same_year":  # 截至当年12月底: up to the end of the year under discussion
                e = replace(e, low=None, high=ref.low, cumulative=True)
            else:
                e = replace(e, low=ref.low, high=ref.low, cumulative=False)
        out.append(e)
        if e.start >= doc.lead_span[0]:  # a dateline above the body is not the year discussed
            last.update({kind: e for kind in ANAPHORIC if _names_year(e, kind)})
    return out


def _first_years(doc: _Document, e: TimeExpression, before: list[TimeExpression]) -> TimeExpression:
    """头五年: the first N years of the window or from the start named last before it
    (2010年…启动后，…。头五年，… → 2010–2014; “十四五”前三年 … 前三年 → 2021–2023); unknown bounds
    without one."""
    if not e.count:
        return e
    # The same window named before (“十四五”前三年 … 前三年), else a start, plan or range told anywhere
    # before, else a year of this paragraph or the one before.
    for r in reversed(before):
        if r.kind in ("plan_head", "first_years") and r.low is not None and r.high - r.low + 1 == e.count:
            return replace(e, low=r.low, high=r.high)
    for r in reversed(before):
        if r.kind in ("since", "range", "event_since", "plan", "plan_head") and r.low is not None:
            return replace(e, low=r.low, high=r.low + e.count - 1)
    lo = doc.line_start(max(0, doc.line_start(e.start) - 1))
    for r in reversed(before):
        if r.start < lo:
            break
        if r.kind == "single" and r.low is not None:
            return replace(e, low=r.low, high=r.low + e.count - 1)
    return e


def _names_year(ref: TimeExpression, kind: str) -> bool:
    # 同期 after 截至今年9月底 is the same window up to that date.
    if kind == "same_period" and ref.kind == "until" and ref.has_year:
        return True
    if ref.kind in (*ANAPHORIC, "years_back", "future", "until", "event_since", "event") or not ref.has_year:
        return False
    return kind == "same_period" or (ref.low is not None and ref.low == ref.high)


def _referent(doc: _Document, e: TimeExpression, before: list[TimeExpression], after: Iterable[TimeExpression],
              year: int | None) -> TimeExpression | None:
    """The nearest explicit year before ``e`` in its paragraph (the ；-item before it included),
    else the first of the lead paragraph, else the title's; a bare month-day first falls back to
    the dateline's year (None here). Each search stops at its stretch: long inputs stay linear."""
    lo = sent = doc.line_start(e.start)
    if lo >= 2 and doc.text[max(0, lo - HEAD_LINE_CHARS):lo - 1].rstrip()[-1:] in "；;":
        lo = sent = doc.line_start(lo - 1)  # the ；-item on the line before: all of it counts
    elif (k := doc.sentence(e.start)) >= 0:
        # 全年 / 当年 look to their own sentence (its ；-list included) and to the paragraph's opener: a year
        # told in passing in an earlier sentence (此前的2015年，该区已…) is background, not the year discussed.
        sent = doc.sents[doc.list_head(k)][0]
    opener = doc.paragraph_opener(e.start) if e.kind == "same_year" else None
    for r in reversed(before):
        if r.start < lo:
            break
        if e.kind == "same_year" and r.start < sent and r is not opener and not _opens_sentence(doc, r):
            continue
        if e.kind == "next_year" and doc.text[r.end - 1] == "度":
            continue  # 签订2021年度协作协议，次年…: a year that names an agreement is not the year discussed
        if e.kind == "same_year" and _SIGNED_THEN.match(doc.text, r.end):
            continue  # 依托2017年两地签订的协议，全年…: the year dates the agreement, not the year discussed
        if _names_year(r, e.kind):
            return r
        if r.missing_year and r.start >= sent:
            return r  # 20××年，…全年…: the year under discussion was masked, no other year stands in
    if e.kind == "day" and year is not None and e.rule not in PARTS_OF_THE_YEAR:
        return None  # 12月6日 is a day of the dateline's year; 一季度 a part of the year under discussion
    if (section := doc.section(e.start)) is not None and _names_year(section, e.kind):
        return section  # 2016年 (a chronicle's heading) … 3月，…当年安排…
    a, b = doc.lead_span
    for r in itertools.chain(before, after):
        if r.start >= b:
            break
        signed = e.kind == "same_year" and _SIGNED_THEN.match(doc.text, r.end) is not None
        if r.start >= a and _names_year(r, e.kind) and not signed:
            return r
    return doc.title if doc.title is not None and _names_year(doc.title, e.kind) else None


# 2017年沪喀两地签订的…协议: a year inside a relative clause that dates a document or an agreement.
# A year in a relative clause before a noun (2021年规划的产业园, 2019年建成的车间): it dates the noun.
_DATES_A_NOUN = compile_gated(r"[^，,。；;\d年]{0,4}?(?:规划|建成|启动|开工|成立|设立|签订|签署|引进|入驻|认定|评为)的")
def _dates_a_noun(doc: _Document, expr: TimeExpression) -> bool:
    return expr.rule == "year" and _DATES_A_NOUN.match(doc.text, expr.end) is not None


_SIGNED_THEN = compile_gated(r"[^，,。；;\d]{0,10}?(?:签订|签署|印发|出台|制定|通过)的")
# 会议认为，2022年，…: a short lead-in before the year that opens a sentence.
_LEAD_IN = compile_gated(r"[^，,。；;：:\d\n]{1,6}[，,：:]\s*")


def _opens_sentence(doc: _Document, r: TimeExpression) -> bool:
    """A year that opens its sentence (2022年，河西区… / 会议认为，2022年，…) sets the year under
    discussion for a later 全年 of the paragraph, where one told in passing does not (C10)."""
    k = doc.sentence(r.start)
    if k < 0:
        return False
    lead = doc.text[doc.sents[k][0]:r.start]
    return not lead.strip() or _LEAD_IN.fullmatch(lead) is not None


def _lead(text: str) -> tuple[int, int]:
    """The first paragraph of the body: the first line that is long or holds a full stop."""
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.strip()
        # 今年以来，…现将有关情况报告如下： opens the body too, though it holds no full stop.
        announces = body.endswith(("：", ":")) and ("，" in body or "," in body)
        if len(body) > HEAD_LINE_CHARS or "。" in body or announces:
            return pos, pos + len(line)
        pos += len(line)
    return 0, 0


# 干部人才共127名，于2019年7月进藏: the clause after the count dates its move.
_MOVED_AT = compile_gated(r"[，,]+\s*(将)?(?:已|并|均|全部)?于")
# 将于明年2月进疆 dates a move; 将于今年7月完成轮换 the end of a stay.
_ARRIVES = compile_gated(r"(?:全部|陆续|分批)?(?:进疆|进藏|入藏|入疆|进青|抵达|到达|到岗|赴|前往|出发|启程|报到|进驻)")


def _own_clause(doc: _Document, q: Span, lo: int, hi: int) -> TimeExpression | None:
    """The expression of the quantity's own clause: the nearest before it, else the first after it,
    else the time of a 于… clause right after it."""
    own = doc.last_before(lo, q.start)
    if own is not None and _dates_a_noun(doc, own):
        own = None  # 其中用于2021年规划的产业园…1200万元: the year dates the park, not the money
    own = own or doc.first_after(q.end, hi)
    if own is None and (m := _MOVED_AT.match(doc.text, hi)) is not None:
        nxt = doc.first_after(m.end(), len(doc.text))
        own = nxt if nxt is not None and nxt.start == m.end() else None
        if own is not None and m.group(1) and not _ARRIVES.match(doc.text, own.end):
            own = None
    return own


def _named_start(doc: _Document, expr: TimeExpression, lo: int) -> TimeExpression:
    """N年来 starts at the document year minus N, unless the text names the start (C6)."""
    if expr.rule not in COUNTED_SPANS:
        return expr
    # The expression that names the start fixes both years (its end is the document year too).
    named = doc.last_before(lo, expr.start)
    if named is not None and named.low is not None and named.kind in ("since", "range", "plan"):
        return named  # 回看“十三五”，…五年间累计投入: the plan names the five years
    named = doc.partnership_start(expr)
    if named is None:
        return expr
    # A window the text closes (十三五期间, 2016年至2020年) holds the span; an open start runs to the document year.
    return named if named.kind in ("plan", "range") else replace(named, high=expr.high, cumulative=True)


def _to_date(doc: _Document, own: TimeExpression, s: int, lo: int) -> _Frame | None:
    """A 截至 earlier in the sentence over a single year of the quantity's own clause: 截至今年6月底，…今年
    已下达「38.6亿元」 is the year's total to date (the years from one expression, cumulative from the
    other); 截至2020年10月，2019年7月进藏的工作队累计… runs from that year to the cut-off."""
    until = doc.last_before(s, lo)
    if own.kind == "event_since" and not own.has_year:
        # 截至目前，两地结对以来累计…: the undated 以来 places nothing, the 截至 before it the end.
        return _Frame(until, True) if until is not None and until.kind == "until" and until.has_year else None
    if own.kind == "until" and own.low is None and own.high is not None:
        # “十四五”期间，…计划累计投入25亿元，目前已到位「17.3亿元」: the window opened before names the start.
        if until is not None and until.kind in ("plan", "since", "range") and until.low is not None and (
                until.low <= own.high):
            return _Frame(replace(own, low=until.low), True)
        return None
    if own.kind == "single" and own.high is None and own.rule == "relative-year" and until is not None and (
            until.kind == "until" and until.high is None):
        return _Frame(own, True)  # 截至9月底，今年…已到位 with no date anywhere: a total to date of an unknown year
    if (own.rule == "year" and own.high is not None
            and _TARGET_YEAR_BEFORE.search(doc.text, max(0, own.start - 3), own.start)
            and until is not None and until.kind in ("plan", "since", "range") and until.low is not None
            and until.low <= own.high and (until.high is None or own.high <= until.high)):
        # 十四五期间，…到2025年累计帮助…: a target year inside the window opened before it.
        return _Frame(replace(own, low=until.low), True)
    if own.kind != "single" or own.high is None:
        return None
    if until is None or until.kind != "until" or until.high is None or until.high < own.high:
        return None
    return _Frame(own if until.high == own.high else replace(until, low=own.low), True)


# …，到2025年累计…: 到 opening its clause before a year that the sentence's window holds (not 增至今年的…).
_TARGET_YEAR_BEFORE = compile_gated(r"(?:^|[，,。；;：:\n\s])(?:到|至)$")
_PAST_RELATIVE = ("去年", "前年", "上年", "上一年", "刚刚过去的一年")


def _cut_off_year(doc: _Document, q: Span, expr: TimeExpression, s: int) -> TimeExpression | None:
    """截至9月底 names no year: the years are those of the time before it in its sentence, else of
    its paragraph, introduction or title, when that names whole years (2023年，…。截至11月底，…投入
    → 2023, cumulative).
    None for any other expression, or when nothing around names a year."""
    if expr.rule != "until-month":
        return None

    def whole_years(e: TimeExpression | None) -> bool:  # 今年2月 dates an event of the month, not the window
        # 去年，…投入3.7亿元。截至5月底，…: a past year told relative to now leaves the cut-off in the
        # document's own year.
        return (e is not None and e.has_year and "月" not in doc.text[e.start:e.end]
                and not doc.text.startswith(_PAST_RELATIVE, e.start))

    before = doc.last_before(s, expr.start)
    if whole_years(before):
        return _named_start(doc, before, s)
    return next((_named_start(doc, e, s) for e in _outer(doc, q) if whole_years(e)), None)


def _total_of(doc: _Document, q: Span, k: int, quantities: Sequence[Span], i: int) -> int | None:
    """Index of the total that a 其中 sub-amount breaks down (the quantity before 其中), else None."""
    s = doc.sents[k][0] if k >= 0 else 0
    opens_with = doc.text[s : s + 8].lstrip(" \t“”\"、,，:：").startswith("其中")
    floor = doc.sents[k - 1][0] if opens_with and k > 0 else s
    qz = doc.text.rfind("其中", floor, q.start)
    if qz < 0:
        return None
    for j in range(i - 1, -1, -1):
        if quantities[j].start < floor:
            return None
        if quantities[j].end <= qz and not _COMPARED_WITH.search(doc.text, max(floor, quantities[j].start - 16),
                                                                   quantities[j].start):
            return j  # …18.62亿元，比“十二五”时期的9.71亿元增长近一倍，其中…: not the base compared with
    return None


# 比“十二五”时期 / 对照“十二五”: a window compared with, not the one a span counts.
_COMPARED_BEFORE = compile_gated(r"(?:比|较|对照|相比|同比)[“\"]?$")
# 比“十二五”时期的9.71亿元 / 较上年的…: a figure compared with, no total that 其中 breaks down.
_COMPARED_WITH = compile_gated(r"(?:比|较|相比|同比)[^，,。；;]{0,14}$")
# The X of 由X增至Y: the level before a change, not an amount that moved in the dated window (C9).
_CHANGE_TO = compile_gated(
    r"[^，,。；;]{0,3}?(?:(?:增|减|增加|减少|下降|降|提高|上升|增长|扩大|发展)(?:至|到)|发展成为)"
)
_CHANGE_FROM = compile_gated(r"[由从][^，,。；;]{0,12}$")
_CHANGE_TO_BEFORE = compile_gated(r"(?:增|减|增加|减少|下降|降|提高|上升|增长|扩大|发展)(?:至|到)(?=[^，,。；;]{0,3}$)")
# A per-unit amount (每人每月500元, 户均): a rate, which a total's marker does not reach (C2).
_PER_UNIT = compile_gated(r"(?:每|人均|户均|县均)[^，,。；;]{0,8}$")


def _from_value(doc: _Document, q: Span, lo: int) -> bool:
    return bool(_CHANGE_TO.match(doc.text, q.end)) and bool(_CHANGE_FROM.search(doc.text[lo:q.start]))


# Cells of a table: cut by ｜, |, a tab, or two or more (ideographic) spaces; else by one space between words.
_CELL_CHARS = (" ", "\u3000", "\t", "｜", "|")  # what the two patterns below cut at
_CELL_SEPARATORS = compile_gated(r"[｜|\t]|[ \u3000]{2,}")
_WEAK_CELL_SEPARATORS = compile_gated(r"(?<=[\u4e00-\u9fff\d%])[ \u3000](?=[\u4e00-\u9fff\d])")


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of the line ``text[start:end]``, as spans: cut by the strong separators where the
    line has any (县 名  2021年度计划资金: 县 名 is one cell), else by single spaces between words
    (cleaning leaves one space of a scraped table's 序号　指标　2023年完成)."""
    for separators in (_CELL_SEPARATORS, _WEAK_CELL_SEPARATORS):
        cells, pos = [], start
        for m in separators.finditer(text, start, end):
            cells.append((pos, m.start()))
            pos = m.end()
        cells.append((pos, end))
        if len(cells) > 1:
            return cells
    return cells


def _table_header(doc: _Document, q: Span) -> tuple[list[tuple[int, int]], list[tuple[int, int]]] | None:
    """The cells of the quantity's row and of its table's header (the nearest line above with as many
    cells that holds no amount); None outside such a table."""
    if not doc.may_hold_cells:
        return None
    a = doc.line_start(q.start)
    b = doc.text.find("\n", q.start)
    row = doc.cells(a, len(doc.text) if b < 0 else b)
    if len(row) < 3:
        return None
    end = a - 1
    while end > 0:
        start = doc.line_start(end)
        cells = doc.cells(start, end)
        if len(cells) == len(row) and not _AMOUNT.search(doc.text, start, end):
            return row, cells
        if len(cells) < 3:
            return None  # the table ended above without a header
        end = start - 1
    return None


def _column_header(doc: _Document, q: Span,
                   table: tuple[list[tuple[int, int]], list[tuple[int, int]]]) -> TimeExpression | None:
    """序号｜项目名称｜建设年限｜2023年安排资金 over a row's cell: a year in the cell's column header dates
    the cell (the row's 建设年限 is the project's, not the money's)."""
    row, header = table
    column = next(k for k, (_, e) in enumerate(row) if q.start < e or k == len(row) - 1)
    first = doc.first_after(*header[column])
    return first if first is not None and first.has_year else None


# A row's year cell: 2019, 2019年度, 2019—2020.
_YEAR_CELL = compile_gated(r"((?:19|20)\d{2})(?:年度?)?(?:\s*[—–－\-~～至到]+\s*((?:19|20)\d{2})(?:年度?)?)?")


def _row_year(doc: _Document, table: tuple[list[tuple[int, int]], list[tuple[int, int]]]) -> TimeExpression | None:
    """序号｜项目名称｜年度｜资金 over 2｜…｜2019—2020｜95万元: the row's cell under a 年度 header
    dates its amounts; a range is a total of its years."""
    row, header = table
    for (ha, hb), (ca, cb) in zip(header, row, strict=True):
        if doc.text[ha:hb].strip() not in _YEAR_HEADERS:
            continue
        cell = doc.text[ca:cb]
        m = _YEAR_CELL.fullmatch(cell.strip())
        if m is None:
            return None
        at = ca + cell.index(m.group())
        low, high = int(m.group(1)), int(m.group(2) or m.group(1))
        if high < low:
            return None
        return TimeExpression(at, at + len(m.group()), "table-year", "range" if high > low else "single",
                              low, high, high > low)
    return None


_YEAR_HEADERS = frozenset({"年度", "年份", "年", "实施年度", "资金年度", "项目年度"})
_TOTAL_CELLS = frozenset({"合计", "总计", "共计", "累计", "小计", "合 计", "总 计"})


def _range_above(doc: _Document, header_start: int) -> TimeExpression | None:
    """The nearest range of years (2017—2020年, not 今年以来) stated above a table's header."""
    k = bisect.bisect_left(doc.expr_starts, header_start)
    return next((e for e in reversed(doc.exprs[:k]) if e.has_year and e.low is not None and e.high is not None
                 and e.high > e.low and e.rule not in RELATIVE_RULES and e.kind not in ("years_back", "future")),
                None)


def _total_row(doc: _Document, table: tuple[list[tuple[int, int]], list[tuple[int, int]]]) -> bool:
    """Whether the row's cell under a 年度 header says it sums the rows (合计, 总计)."""
    row, header = table
    return any(doc.text[ha:hb].strip() in _YEAR_HEADERS and doc.text[ca:cb].strip() in _TOTAL_CELLS
               for (ha, hb), (ca, cb) in zip(header, row, strict=True))


_YEAR_IN_LIST = compile_gated(r"(?:19|20)\d{2}")


def _respective_year(doc: _Document, quantities: Sequence[Span], i: int, own: TimeExpression,
                     s: int) -> TimeExpression | None:
    """2021年、2022年分别…3.1亿元和4.4亿元: the n-th year of a list goes with the n-th quantity after 分别;
    2017年至2019年…分别为a、b、c likewise, when the range has one year for each quantity after 分别."""
    if own.rule not in ("year-list", "year-range", "year-range-short"):
        return None
    cue = doc.text.find("分别", own.end, quantities[i].start)
    if cue < 0:
        return None
    n = sum(1 for q in quantities[:i] if q.start > cue and q.start >= s)
    if own.rule != "year-list":
        if own.low is None or own.high is None or not 0 < own.high - own.low < 10:
            return None
        end = doc.sents[doc.sentence(cue)][1]
        if sum(1 for q in quantities if cue < q.start < end) != own.high - own.low + 1:
            return None
        year = own.low + n
        return replace(own, kind="single", low=year, high=year, cumulative=False)
    years = list(_YEAR_IN_LIST.finditer(doc.text, own.start, own.end))
    if n >= len(years):
        return None
    m = years[n]
    year = int(m.group())
    return replace(own, start=m.start(), end=m.end() + (doc.text[m.end():m.end() + 1] == "年"),
                   kind="single", low=year, high=year, cumulative=False)


def _frame(doc: _Document, quantities: Sequence[Span], i: int, frames: list[_Frame]) -> _Frame:
    q = quantities[i]
    k = doc.sentence(q.start)
    s = doc.sents[k][0] if k >= 0 else 0
    if (table := _table_header(doc, q)) is not None:
        if (header := _column_header(doc, q, table)) is not None:
            return _Frame(header, header.cumulative)
        if (row_year := _row_year(doc, table)) is not None:
            return _Frame(row_year, row_year.cumulative)
        # 合计｜107.29亿元｜… under a 年度 header: the total of the rows, over the range of years that the
        # table's title or caption above its header gives (…一览表（2017—2020年）).
        if _total_row(doc, table) and (caption := _range_above(doc, table[1][0][0])) is not None:
            return _Frame(caption, True)
    lo, hi = doc.clause(q, k)
    if _from_value(doc, q, lo):
        dated = doc.last_before(max(doc.text.rfind("由", lo, q.start), doc.text.rfind("从", lo, q.start)) + 1 or lo,
                                q.start)
        return _Frame(dated, False) if dated is not None else _Frame()
    # 由2017年的1800万元增至5470万元: the year dates the value changed from, not this one.
    until = q.start
    if (change := _CHANGE_TO_BEFORE.search(doc.text, lo, q.start)) is not None and (
            (frm := max(doc.text.rfind("由", lo, change.start()), doc.text.rfind("从", lo, change.start()))) >= 0):
        until = frm
        own = doc.last_before(change.end(), q.start) or doc.first_after(q.end, hi) or doc.last_before(lo, frm)
    else:
        own = _own_clause(doc, q, lo, hi)
    if own is not None and (respective := _respective_year(doc, quantities, i, own, s)) is not None:
        return _Frame(respective, False)
    # A marker counts in the quantity's clause; without a time of its own it carries over the sentence,
    # except to a per-unit rate or to a clause with a subject of its own (C2).
    per_unit = _PER_UNIT.search(doc.text[lo:q.start]) is not None
    # C2: nor to a clause of another kind of flow (共派出医生286人次，培训本地教师3200人次).
    before, clause = doc.text[s:lo], doc.text[lo:q.start]
    other, of_verb = _other_kind()
    trains = any(w in clause and w not in before for w in other) or (
        any(w in clause and w not in before for w in of_verb) and not any(w in before for w in _always()))
    reaches = (not per_unit and not trains and doc.new_subject.match(doc.text, lo, q.start) is None
               and not doc.opens_with_subject(lo, q.start))
    marked = doc.marked(lo, q.start) or (own is None and reaches and doc.marked(_marker_reach(doc, s, lo), q.start))
    if own is not None:
        if (to_date := _to_date(doc, own, s, lo)) is not None:
            return to_date
        if (year_of := _cut_off_year(doc, q, own, s)) is not None:
            return _Frame(year_of, True)
        return _Frame(_named_start(doc, own, s), own.cumulative or marked)
    total = _total_of(doc, q, k, quantities, i)
    if total is not None:
        # 其中“十二五”期间，…60.7亿元: a part with a time of its own after 其中 takes that time.
        part = doc.last_before(doc.text.rfind("其中", 0, q.start), q.start)
        if part is not None and part.has_year and not _dates_a_noun(doc, part):
            return _Frame(_named_start(doc, part, s), part.cumulative or marked)
        return _Frame(frames[total].expr, frames[total].cumulative or marked)
    if (before := doc.last_before(s, until)) is not None:
        if (respective := _respective_year(doc, quantities, i, before, s)) is not None:
            return _Frame(respective, False)
        if (year_of := _cut_off_year(doc, q, before, s)) is not None:
            return _Frame(year_of, True)
        if (to_date := _to_date(doc, before, s, before.start)) is not None:
            return to_date  # 截至6月30日，…今年已下达4.36亿元，已拨付「3.05亿元」
        return _Frame(_named_start(doc, before, s), before.cumulative or marked)
    if (later := _later_in_sentence(doc, quantities, i, hi, k)) is not None:
        return _Frame(_named_start(doc, later, s), later.cumulative or marked)
    head = doc.list_head(k)
    first = _head_frame(doc, quantities, frames, head) if head != k else None
    if first is not None:
        # The item takes the first item's frame (C14), but a 共/先后 of the first item does not reach an
        # item with a subject of its own (C2: …先后选派…；我县选派42名干部…).
        a = doc.sents[k][0]
        own_subject = doc.new_subject.match(doc.text, a, q.start) is not None or doc.opens_with_subject(a, q.start)
        carried = first.cumulative if not own_subject else first.expr is not None and first.expr.cumulative
        return _Frame(first.expr, carried or marked)
    marked = marked or (head != k and doc.marked(*doc.sents[head]))
    for expr in _outer(doc, q):
        return _Frame(_named_start(doc, expr, s), expr.cumulative or marked)
    return _Frame(None, marked)


def _later_in_sentence(doc: _Document, quantities: Sequence[Span], i: int, hi: int, k: int) -> TimeExpression | None:
    """「5.1亿元」，这是2019年苏州市…投入的资金总额: with no time before it in its sentence, a quantity takes
    one told later in the sentence (SPEC: clause, then sentence), up to the next clause that holds a quantity
    of its own."""
    if k < 0:
        return None
    end = doc.sents[k][1]
    if i + 1 < len(quantities) and quantities[i + 1].start < end:
        end = quantities[i + 1].start
        # the clause of the next quantity has its own time
        j = bisect.bisect_left(doc.breaks, end)
        end = doc.breaks[j - 1] if j > 0 and doc.breaks[j - 1] >= hi else hi
    # Only a clause that says what the figure is (这是2019年…投入的总额) dates it; a year told in passing
    # (…，比2015年增长…) does not.
    m = _RESTATES.match(doc.text, hi)
    if m is None:
        return None
    e = doc.first_after(m.end(), end)
    # …，为2019年的1.3倍: a base compared with, not the figure's own years.
    return e if e is not None and e.start == m.end() and not doc.text.startswith("的", e.end) else None


_RESTATES = compile_gated(r"[，,\s]*(?:这|这也|此)?(?:是|为|系)")


def _marker_reach(doc: _Document, s: int, lo: int) -> int:
    """Where a marker of the sentence must stand to reach the clause at ``lo``: after the last clause
    before it that opens with a time of its own (…先后选派21名，今年集团还组织…，共「1300人次」: the
    先后 scopes the years before 今年, not this clause), else anywhere in the sentence."""
    # Nor past a ；: the items of a ；-list are clauses of their own (round 27: 先后…；我县选派…).
    s = max(s, doc.text.rfind("；", s, lo) + 1, doc.text.rfind(";", s, lo) + 1)
    if (t := doc.last_before(s, lo)) is None:
        return s
    i = bisect.bisect_left(doc.breaks, t.start)
    opens = doc.breaks[i - 1] + 1 if i > 0 and doc.breaks[i - 1] >= s else s
    return opens if opens > s and not doc.text[opens:t.start].strip() else s


def _head_frame(doc: _Document, quantities: Sequence[Span], frames: list[_Frame], head: int) -> _Frame | None:
    """The frame of a ；-list's first item (C14): its first quantity's, else its first expression;
    None when it has neither (the paragraph's frame then reaches the items)."""
    a, b = doc.sents[head]
    # Quantities are sorted by start: the first at or after the item's start (a bisect, not a scan).
    j = bisect.bisect_left(range(len(frames)), a, key=lambda n: quantities[n].start)
    if j < len(frames) and quantities[j].start < b:
        return frames[j]
    first = doc.first_after(a, b)
    return _Frame(first, first.cumulative or doc.marked(a, b)) if first is not None else None


def _outer(doc: _Document, q: Span):
    """The scopes beyond the sentence, innermost first: paragraph, introduction, title."""
    if (opener := doc.paragraph_opener(q.start)) is not None:
        yield opener
    if (intro := doc.intro(q.start)) is not None:
        yield intro
    if (section := doc.section(q.start)) is not None:
        yield section
    if doc.title is not None and doc.title.end <= q.start:
        yield doc.title


def _period(cleaned: Cleaned, frame: _Frame) -> Period:
    e = frame.expr
    if e is None:
        return made(Period, {"start": None, "end": None, "cumulative": frame.cumulative, "text": None, "span": None})
    a, b = cleaned.span_to_original(e.start, e.end)
    return made(Period, {"start": e.low, "end": e.high, "cumulative": frame.cumulative,
                         "text": cleaned.original[a:b], "span": (a, b)})


def flow_periods(
    cleaned: Cleaned, quantities: Sequence[Span], date: Any = None, parties: Sequence[Span] = (),
    sentence_spans: Sequence[tuple[int, int]] | None = None,
) -> tuple[list[Period], list[tuple[str, str, int, int]]]:
    """The :class:`~gongbu.report.Period` of each quantity, and warnings ``(code, message, start, end)``.

    ``quantities`` are the MONEY and PERSON-COUNT mentions in working-text offsets, sorted by
    start; ``date`` the document's date (``datetime.date`` or ISO string; None: from a dateline);
    ``parties`` the GPE and ORG mentions, which tell a clause with a subject of its own (C2);
    ``sentence_spans`` :func:`gongbu.text.sentences` of the working text, when the caller has them.
    Spans and texts of the periods are in the original string's offsets.
    """
    if not quantities:  # a third of a corpus' paragraphs: no need to find their time expressions
        return [], []
    text = cleaned.text
    year = document_year(text, date)
    exprs = find_expressions(text, year)
    if not exprs and not any(c in text for c in _CELL_CHARS) and _marker_pattern().search(text) is None:
        # Every time a frame gives comes from an expression (or, in a table, a year cell), and only a
        # marker makes one a total: without any, each quantity's frame is empty, which _frame would
        # find only after building the whole document (tests/test_periods_without_times.py asks both ways).
        return [_period(cleaned, _Frame()) for _ in quantities], []
    doc = _Document(text, year, parties, sentence_spans, exprs)
    frames: list[_Frame] = []
    for i in range(len(quantities)):
        frames.append(_frame(doc, quantities, i, frames))
    periods = [_period(cleaned, f) for f in frames]
    return periods, _missing_year_warnings(cleaned, frames)


def _missing_year_warnings(cleaned: Cleaned, frames: list[_Frame]) -> list[tuple[str, str, int, int]]:
    """One warning per stripped or masked year that scopes a flow."""
    out = {}
    for f in frames:
        if f.expr is not None and f.expr.missing_year:
            a, b = cleaned.span_to_original(f.expr.start, f.expr.end)
            out[(a, b)] = (MISSING_YEAR, f"the year of {cleaned.original[a:b]!r} is stripped or masked: "
                                         "the bound it would give is unknown", a, b)
    return list(out.values())
