"""PERSON-COUNT → ``{"count", "unit", "approx", "category", "low", "high"}``.

>>> normalise_people("971名干部").norm
{'count': 971, 'unit': '名', 'approx': False, 'category': 'cadre', 'low': 971, 'high': 971}
>>> normalise_people("37.22万建档贫困人口").norm["count"]
372200
>>> normalise_people("五六十名女工").norm
{'count': 50, 'unit': '名', 'approx': True, 'category': 'worker', 'low': 50, 'high': 60}
"""

from __future__ import annotations

import functools
import re

from ._common import Normalised, clean_span, read_tsv, warning
from ._quantity import apply_hedges, hedged_bounds, parse_quantity, split_hedges

__all__ = ["category_from_verb", "category_of", "normalise_people", "span_noun"]

MEASURES = ("人次", "名", "位", "户", "人")
_NUMERIC = set("0123456789.,") | set("零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟")
_NUMERIC |= set("多余来几数—-~至到")
_RANGE = re.compile(r"(?P<a>.+?)(?P<mw>人次|名|位|户|人)(?:——|--|—|–|-|~|至|到)(?P<b>.+?)(?P=mw)(?P<noun>.*)")


@functools.cache
def _keywords() -> tuple[tuple[str, str], ...]:
    return tuple((row[0], row[1]) for row in read_tsv("person_categories.tsv"))


@functools.cache
def _verbs() -> frozenset[str]:
    return frozenset(row[0] for row in read_tsv("person_categories.tsv") if row[2:3] == ["verb"])


def _best_keyword(text: str, households: bool) -> tuple[str, str] | None:
    """The keyword ending last in ``text``, the longest of those; with its category."""
    # One search of the reversed text: its leftmost match is the keyword that ends last, and
    # the alternation, longest first, picks the longest there (a loop of rfind per keyword was
    # a twentieth of a parse).
    rx, category = _reversed_keywords(households)
    m = rx.search(text[::-1])
    if m is None:
        return None
    kw = m.group()[::-1]
    return kw, category[kw]


@functools.cache
def _reversed_keywords(households: bool) -> tuple[re.Pattern[str], dict[str, str]]:
    category: dict[str, str] = {}
    for kw, cat in _keywords():
        if households or cat != "household":
            category.setdefault(kw, cat)
    alternatives = sorted(category, key=len, reverse=True)
    return re.compile("|".join(re.escape(kw[::-1]) for kw in alternatives)), category


def category_of(text: str, *, households: bool = True) -> str | None:
    """Category of the noun phrase ``text``: the keyword ending last wins, then the longest."""
    best = _best_keyword(text, households)
    return best[1] if best else None


# SPEC v2: 「155名」浙江省援川干部 — the noun phrase stops before a place, and the count takes its
# category from the head noun after it. The words up to the first punctuation, 援X left out.
_AFTER_NP = re.compile(r"(?:援.)?([^，,。；;、：:\s\d（(“\"]{0,12})")


def _noun_category(text: str) -> str | None:
    """The category a noun in ``text`` names (a verb there, 实现就业, names none)."""
    best = _best_keyword(text, False)
    return best[1] if best and best[0] not in _verbs() else None


def _noun_after(after: str) -> str:
    m = _AFTER_NP.match(clean_span(after))
    return m.group(1) if m else ""


# 3200余名农牧民赴京务工, 带动600余名当地群众就业: people with no kind of their own who go to work.
_WORK_AFTER = re.compile(r"[^，,。；;]{0,10}?(?:务工|就业)")
_TEACHING = frozenset({"teacher", "medical_staff", "professional"})


def _list_category(before: str) -> str | None:
    """The kind of a bare count from the list of kinds before it: the head noun after 等 names them
    all (医生、护士等医疗人才56名); 教师、医生900余人次 are professionals; a list that opens with cadres
    (挂职干部和专业技术人才248名) counts cadres; None for one kind or none."""
    if "等" in before:
        head = _item_kind(before[before.rfind("等") + 1 :])
        if head is not None:
            return head
    items = [i for i in _LIST_SEP.split(before) if i]
    kinds = [_item_kind(i) for i in items]
    if len(kinds) < 2 or None in kinds or len(set(kinds)) < 2:
        return None
    if kinds[0] == "cadre" and set(kinds[1:]) <= _TEACHING:
        return "cadre"
    return "professional" if set(kinds) <= _TEACHING else None


_LIST_SEP = re.compile(r"[、和及与]")


def _item_kind(item: str) -> str | None:
    best = _best_keyword(item, False)
    if best is None or (best[0] in _verbs() and best[0] not in ("支教", "支医")):
        return None
    return best[1]


def category_from_verb(span_text: str, before: str = "") -> bool:
    """Whether the category of a count comes from a verb before it (就业, 培训), not a noun."""
    if span_noun(span_text):
        return False
    best = _best_keyword(clean_span(before), False)
    return best is not None and best[0] in _verbs()


def _split(s: str) -> tuple[str, str, str]:
    """(number, measure word or '', noun)."""
    m = _RANGE.fullmatch(s)
    if m:
        return f"{m['a']}-{m['b']}", m["mw"], m["noun"]
    i = 0
    while i < len(s) and s[i] in _NUMERIC:
        i += 1
    # a separator or 数 at the end of the number part belongs to the noun (…万人至…)
    while i > 0 and s[i - 1] in "—-~至到":
        i -= 1
    num, rest = s[:i], s[i:]
    for mw in MEASURES:
        if rest.startswith(mw):
            return num, mw, rest[len(mw) :]
    return num, "", rest


def span_noun(span_text: str) -> str:
    """The noun a PERSON-COUNT span carries after its number and measure word ('' if none)."""
    _, s, _ = split_hedges(clean_span(span_text))
    return _split(s)[2]


def _whole(d) -> int | None:
    # Exact integers for any size: a Decimal goes to int directly, never through float.
    return None if d is None else int(d)


def normalise_people(span_text: str, before: str = "", after: str = "") -> Normalised:
    """Normalise a PERSON-COUNT span; never raises."""
    s = clean_span(span_text)
    pre, s, post = split_hedges(s)
    before = clean_span(before) + pre
    after = post + clean_span(after)
    num, mw, noun = _split(s)
    q = parse_quantity(num)
    warnings = [f"COUNT_{w}" for w in q.warnings]
    if mw == "户" or (not mw and "户" in noun):
        unit = "户"
    else:
        unit = mw or "人"
    if unit == "户":
        category = "household"
    else:
        category = (category_of(noun) or (not noun and _noun_category(_noun_after(after)))
                    or (not noun and _list_category(before))
                    or category_of(before[before.rfind("、") + 1 :], households=False)  # 干部、贫困户代表60余人
                    or ("worker" if _WORK_AFTER.match(clean_span(after)) else "other"))
    count, low, high = q.value, q.low, q.high
    if count is not None and count == 0 and not q.is_range:
        # no report counts zero people: a masked or stripped figure (0户建档立卡贫困户)
        warnings.append(warning("COUNT_ZERO", "a count of 0: digits probably stripped"))
        count = low = high = None
    if count is not None and count != count.to_integral_value():
        warnings.append(warning("COUNT_FRACTION", f"{count} people rounded down"))
    low, high, approx = hedged_bounds(q, count, low, high, apply_hedges(before, after))
    if count is None:
        approx = True if q.value is not None else approx
    norm: dict = {
        "count": _whole(count),
        "unit": unit,
        "approx": approx,
        "category": category,
        "low": _whole(low),
        "high": _whole(high),
    }
    return Normalised(norm, tuple(warnings))
