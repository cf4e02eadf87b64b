"""Numbers of MONEY and PERSON-COUNT spans: exact Decimal values, fuzziness, ranges, hedges.

Arabic numbers (with 十/百/千/万/亿/k/w multipliers) are parsed here with Decimal so
that 133.08亿 is exactly 13308000000. Chinese numerals (三千六百万, 壹佰贰拾万, 一百点五)
go to cn2an's ``smart`` mode (the plain written-out ones are read here first, with cn2an's values,
to spare its import); this module only splits off what cn2an does not read:
多/余/来, 几/数, 五六十-style ranges, range separators, 个 in 两个亿, stray dots.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ._common import read_tsv, warning

__all__ = ["Quantity", "apply_hedges", "as_number", "parse_quantity", "split_hedges"]

MULT = {
    "十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000, "k": 1000, "K": 1000,
    "万": 10_000, "w": 10_000, "W": 10_000, "亿": 100_000_000, "兆": 10**12,
}  # fmt: skip
CN_DIGIT = {
    "零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3, "四": 4,
    "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}  # fmt: skip
NUMERAL_CHARS = set("0123456789") | set(CN_DIGIT) | set("十拾百佰千仟廿")
_ARABIC = re.compile(r"(\d+(?:\.\d*)?)([十拾百佰千仟万亿兆kKwW]*)")
_SEP = re.compile(r"——|--|~~|—|–|―|-|~|至|到")
_FUZZY = re.compile(r"[多余来]")
_MAGNITUDES = "百千"
_VAGUE_LEAD = re.compile(r"(数|几)([十百千万亿]+)")
_VAGUE_TAIL = re.compile(r"(.*[十百千])几([万亿]*)")
_SEQ = re.compile(
    r"(?<![一二两三四五六七八九十])([一二两三四五六七八九])([二三四五六七八九])(?=[十百千万亿])"
    r"|(?<=十)([一二三四五六七八])([二三四五六七八九])(?=[万亿]|$)"
)
_MASK = re.compile(r"[*＊×xX?]")


# A range whose bare left end is this many times below its right end shares the right end's unit.
SHARED_UNIT_RATIO = 1000


class QuantityError(ValueError):
    pass


@dataclass(frozen=True)
class Quantity:
    """A parsed number. ``value`` is the point value (the lower end for ranges)."""

    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    approx: bool
    is_range: bool = False
    warnings: tuple[str, ...] = ()


def as_number(d: Decimal | None) -> int | float | None:
    """int when integral (exactly), else float."""
    if d is None:
        return None
    if d == d.to_integral_value():
        return int(d)
    return float(d)


def _mult(units: str) -> Decimal:
    m = Decimal(1)
    for ch in units:
        m *= MULT[ch]
    return m


# Chinese numerals in their written-out form (三千二百万, 一亿二千万, 十五, 两千): read here, because
# importing cn2an and building its patterns costs about 0.2 s in the first document that has one.
# Only what cn2an reads the same way (checked against cn2an on every string of up to six numeral
# characters and on 280,000 of its own renderings when this was written; tests/test_quantity_fast_path.py
# repeats it up to four); 零, spoken short forms (两万五, 三百五), 万亿 and anything else go to cn2an.
_D = "[一二两三四五六七八九]"
_SECTION_FROM_THOUSANDS = f"{_D}千(?:{_D}百(?:{_D}十{_D}?)?)?"
_SECTION = f"(?:{_SECTION_FROM_THOUSANDS}|{_D}百(?:{_D}十{_D}?)?|{_D}十{_D}?|{_D})"
_LEADING = f"(?:{_SECTION}|十{_D}?)"
_WRITTEN_OUT = re.compile(
    f"{_LEADING}亿(?:{_SECTION_FROM_THOUSANDS}万(?:{_SECTION_FROM_THOUSANDS})?)?"
    f"|{_LEADING}万(?:{_SECTION_FROM_THOUSANDS})?|{_LEADING}"
)
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}


def written_out(s: str) -> int | None:
    """The value of a written-out Chinese numeral (三千二百万 → 32000000), None for any other string."""
    if _WRITTEN_OUT.fullmatch(s) is None:
        return None
    total = section = 0
    digit = None
    for ch in s:
        if ch in _SMALL_UNITS:
            section += (1 if digit is None else digit) * _SMALL_UNITS[ch]
            digit = None
        elif ch in "万亿":
            total += (section + (digit or 0)) * (10_000 if ch == "万" else 100_000_000)
            section, digit = 0, None
        else:
            digit = CN_DIGIT[ch]
    return total + section + (digit or 0)


@functools.lru_cache(maxsize=4096)
def _cn2an(s: str) -> Decimal:
    if (fast := written_out(s)) is not None:
        return Decimal(fast)
    import cn2an

    try:
        v = cn2an.cn2an(s, "smart")
    except Exception as e:  # cn2an raises ValueError and friends on bad input
        raise QuantityError(f"not a number: {s!r}") from e
    # 15 significant digits drop the float noise of cn2an's decimal arithmetic
    return Decimal(format(v, ".15g")) if isinstance(v, float) else Decimal(v)


def _number(s: str) -> tuple[Decimal, bool]:
    """Exact value of a number without fuzzy markers; second item: a stray trailing dot."""
    if not s:
        raise QuantityError("empty number")
    m = _ARABIC.fullmatch(s)
    if m:
        try:
            d = Decimal(m.group(1))
        except InvalidOperation as e:  # pragma: no cover - regex guarantees digits
            raise QuantityError(s) from e
        return d * _mult(m.group(2)), m.group(1).endswith(".")
    if s[0] in _MAGNITUDES:  # 百亿, 千万: a magnitude alone counts one of it
        return _number("一" + s)
    if s[0] == "-" or s.startswith("负"):
        raise QuantityError("negative amount")
    if len(s) > 1 and s.endswith("点") and "点" not in s[:-1]:  # 十三点: a stray dot
        return _cn2an(s[:-1]), True
    try:
        return _cn2an(s), False
    except QuantityError:
        # cn2an does not read 一点五亿: read 一点五, then multiply.
        j = len(s)
        while j > 0 and s[j - 1] in "万亿":
            j -= 1
        if 0 < j < len(s):
            return _cn2an(s[:j]) * _mult(s[j:]), False
        raise


def _single(s: str) -> Quantity:
    fuzzy = bool(_FUZZY.search(s))
    if fuzzy:
        s = _FUZZY.sub("", s)
    if s[:1] == "上" and s[1:2] in _MAGNITUDES:  # 上千万: at least a thousand ten-thousands
        low = _number(s[1:])[0]
        return Quantity(low, low, None, True)
    m = _VAGUE_LEAD.fullmatch(s)  # 几十万, 数十亿: 1e5..1e6
    if m:
        low = _mult(m.group(2))
        return Quantity(low, low, low * 10, True, True)
    m = _VAGUE_TAIL.fullmatch(s)  # 十几, 二十几亿: 10..20, 20亿..30亿
    if m:
        mult = _mult(m.group(2))
        low = _number(m.group(1))[0] * mult
        return Quantity(low, low, low + MULT[m.group(1)[-1]] * mult, True, True)
    m = _SEQ.search(s)  # 五六十, 两三万, 八九亿, 十五六万
    if m:
        a, b = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if CN_DIGIT[b] > CN_DIGIT[a]:
            i, j = m.span()
            low = _number(s[:i] + a + s[j:])[0]
            high = _number(s[:i] + b + s[j:])[0]
            return Quantity(low, low, high, True, True)
    value, stray = _number(s)
    if stray:
        return Quantity(
            value, value, None, True,
            warnings=(warning("STRAY_DOT", f"digits after the dot were lost; {value} is a lower bound"),),
        )  # fmt: skip
    if fuzzy:
        return Quantity(value, value, None, True)
    return Quantity(value, value, value, False)


def _trailing_units(s: str, left_has_units: bool) -> str:
    """The multiplier a bare left end of a range borrows from the right end."""
    m = _ARABIC.fullmatch(_FUZZY.sub("", s))
    if m:
        return m.group(2)
    core = _FUZZY.sub("", s)
    if not left_has_units:  # 两到三仟 → 仟; 八到九百亿 → 百亿
        i = 0
        while i < len(core) and core[i] in CN_DIGIT:
            i += 1
        if i == 1:
            return core[1:]
    j = len(core)
    while j > 0 and core[j - 1] in "万亿":
        j -= 1
    return core[j:]


@functools.lru_cache(maxsize=65536)  # a pure function of the string; the same figures recur across reports
def parse_quantity(s: str) -> Quantity:
    """Parse the number part of a span (unit and hedge words already removed).

    Never raises: problems come back as ``value=None`` with a warning.
    """
    s = s.replace("(含)", "").replace("个", "").replace(",", "")
    if s.startswith("从"):
        s = s[1:]
    if not s:
        return Quantity(None, None, None, False, warnings=(warning("NO_DIGITS", "no number in the span"),))
    if _MASK.search(s):
        return Quantity(None, None, None, True, warnings=(warning("MASKED", f"masked digits in {s!r}"),))
    if s[0] == ".":
        return Quantity(
            None, None, None, True,
            warnings=(warning("DIGITS_STRIPPED", f"digits before the dot were lost in {s!r}"),),
        )  # fmt: skip
    if not any(c in NUMERAL_CHARS for c in s):
        return Quantity(None, None, None, False, warnings=(warning("NO_DIGITS", f"no number in {s!r}"),))
    try:
        m = _SEP.search(s, 1)
        if m and m.end() < len(s):
            left, right = s[: m.start()], s[m.end() :]
            rq = _single(right)
            high = rq.high if rq.high is not None else rq.value
            lq = _single(left)
            left_core = _FUZZY.sub("", left)
            has_units = any(c in MULT for c in left_core)
            if not has_units or all(c in "十拾百佰千仟" for c in left_core if c in MULT):
                # 1—2亿 → 1亿—2亿, 两到三仟 → 两仟, but 8500到3万 stays 8500
                borrowed = _trailing_units(right, has_units)
                if borrowed:
                    try:
                        bq = _single(left + borrowed)
                    except QuantityError:
                        bq = None
                    if bq is not None and high is not None and (
                        bq.value <= high
                        # 5—3亿: without the unit the range would span a factor of millions,
                        # so the unit is shared and the range runs downwards.
                        or (lq.value and lq.value > 0 and high / lq.value > SHARED_UNIT_RATIO)
                    ):
                        lq = bq
            if lq.value is None or high is None:
                raise QuantityError("open range")
            if lq.value > high:
                # 5—3亿元: the ends were written the wrong way round; read it as 3—5亿 and say so.
                low = rq.value if rq.value is not None else high
                return Quantity(low, low, lq.value, True, True, lq.warnings + rq.warnings + (
                    warning("INVERTED_RANGE", f"range {s!r} runs downwards; read as {low} to {lq.value}"),))
            return Quantity(lq.value, lq.value, high, True, True, lq.warnings + rq.warnings)
        return _single(s)
    except QuantityError as e:
        return Quantity(None, None, None, False, warnings=(warning("UNPARSED", str(e)),))


# ---------------------------------------------------------------- hedges


@functools.cache
def _hedges() -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    before, after = [], []
    for pos, word, effect in read_tsv("hedges.tsv"):
        (before if pos == "before" else after).append((word, effect))
    key = lambda we: -len(we[0])  # noqa: E731 - longest first
    return tuple(sorted(before, key=key)), tuple(sorted(after, key=key))


@functools.cache
def _hedge_index() -> tuple[dict[str, str], tuple[int, ...], dict[str, str], tuple[int, ...]]:
    """The hedge words by position as word → effect, with their lengths, longest first: the longest word
    that fits is the one the lists (longest first) would find first."""
    out: list = []
    for words in _hedges():
        index: dict[str, str] = {}
        for w, effect in words:
            index.setdefault(w, effect)
        out += [index, tuple(sorted({len(w) for w in index}, reverse=True))]
    return tuple(out)  # type: ignore[return-value]


def split_hedges(span: str) -> tuple[str, str, str]:
    """Move hedge words found inside the span to (before, core, after) — for robustness."""
    before_words, before_lengths, after_words, after_lengths = _hedge_index()
    pre = post = ""
    for n in before_lengths:
        if len(span) > n and span[:n] in before_words:
            pre, span = span[:n], span[n:]
            break
    for n in after_lengths:
        if len(span) > n and span[-n:] in after_words:
            post, span = span[-n:], span[:-n]
            break
    return pre, span, post


def apply_hedges(before: str, after: str) -> set[str]:
    """Effects ({'approx','upper','lower'}) of hedge words ending ``before`` / starting ``after``."""
    before_words, before_lengths, after_words, after_lengths = _hedge_index()
    effects: set[str] = set()
    b = before.rstrip()
    for n in before_lengths:
        if len(b) >= n and (effect := before_words.get(b[-n:])) is not None:
            effects.add(effect)
            break
    a = after.lstrip()
    for n in after_lengths:
        if len(a) >= n and (effect := after_words.get(a[:n])) is not None:
            effects.add(effect)
            break
    return effects


def hedged_bounds(q: Quantity, value: Decimal | None, low: Decimal | None, high: Decimal | None,
                  effects: set[str]) -> tuple[Decimal | None, Decimal | None, bool]:
    """``(low, high, approx)`` of a value once the hedge words around it are read (SPEC: 近X → high = X;
    超过X / X以上 → low = X; 约X → approx with unknown bounds); the same for money and head counts."""
    approx = q.approx
    if effects and value is not None:
        approx = True
        if not q.is_range:
            exact = not q.approx
            if "upper" in effects:
                high = value
                if exact:
                    low = None
            if "lower" in effects:
                low, high = value, None
            if effects == {"approx"} and exact:
                low = high = None
    return low, high, approx
