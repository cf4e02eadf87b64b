"""MONEY → ``{"yuan", "approx", "low", "high"}`` in yuan (SPEC "Normalised values").

>>> normalise_money("133.08亿元").norm
{'yuan': 13308000000, 'approx': False, 'low': 13308000000, 'high': 13308000000}
>>> normalise_money("20多亿元").norm
{'yuan': 2000000000, 'approx': True, 'low': 2000000000, 'high': None}
>>> normalise_money("60亿", before="协议总投资近").norm
{'yuan': 6000000000, 'approx': True, 'low': None, 'high': 6000000000}
"""

from __future__ import annotations

import re
from decimal import Decimal

from ._common import Normalised, clean_span, warning
from ._quantity import Quantity, apply_hedges, as_number, hedged_bounds, parse_quantity, split_hedges

__all__ = ["normalise_money"]

FOREIGN = (
    "新台币", "台币", "美元", "美金", "美刀", "港元", "港币", "日元", "日币", "欧元", "英镑",
    "韩元", "韩币", "卢布", "泰铢", "澳元", "澳币", "澳门元", "加元", "瑞士法郎", "新加坡元",
)  # fmt: skip
# Words that may open a span but are not hedges (SPEC keeps them outside; be lenient).
_LEAD_NOISE = ("累计", "共计", "合计", "总计", "共", "人民币", "RMB", "¥")
_RMB = re.compile(r"元人民币|人民币|块钱|元整|圆整|元正|圆正|元|圆|块")
_SUB = re.compile(
    r"(?P<main>.*?)(?:元|圆|块)(?:(?P<jiao>[0-9一二两三四五六七八九壹贰叁肆伍陆柒捌玖])[角毛])?"
    r"(?:(?P<fen>[0-9一二两三四五六七八九壹贰叁肆伍陆柒捌玖])分)?钱?(?:整|正)?"
)
_DIGIT = (
    {c: i for i, c in enumerate("0123456789")}
    | {c: i + 1 for i, c in enumerate("一二三四五六七八九")}
    | {c: i + 1 for i, c in enumerate("壹贰叁肆伍陆柒捌玖")}
    | {"两": 2}
)


# Plausibility: an amount under 10 yuan written in Arabic digits is, in these reports,
# almost always a figure whose digits were stripped or masked (每月…2元的工资, 收益0元) —
# unless it is a rate per unit of something larger (2元/斤, 每公斤5元, 单价3元).
IMPLAUSIBLE_BELOW = 10
_PER_UNIT = (
    r"(?:公斤|千克|平方米|平米|立方米|小时|人次|公里|斤|克|吨|亩|个|件|袋|箱|份|瓶|盒|只|头|株|棵|"
    r"度|升|米|张|次|人|天|日|位|条|方|kg|KG|km)"
)  # fmt: skip
_RATE_AFTER = re.compile(rf"(?:/|每|一){_PER_UNIT}")
_RATE_BEFORE = re.compile(
    rf"(?:(?:每|/|一){_PER_UNIT}(?:每{_PER_UNIT})?[^\d,，。；;、]{{0,4}}|(?:单价|价格|售价|价)[为是达]?)$"
)


def _is_rate(before: str, after: str) -> bool:
    return bool(_RATE_AFTER.match(after) or _RATE_BEFORE.search(before))


def _strip_currency(s: str) -> tuple[str, Decimal, str | None]:
    """(number part, 角/分 amount, foreign currency or None)."""
    foreign = None
    for f in FOREIGN:
        if f in s:
            foreign, s = f, s.replace(f, "")
            break
    extra = Decimal(0)
    m = _SUB.fullmatch(s)
    if m and (m.group("jiao") or m.group("fen")):
        if m.group("jiao"):
            extra += Decimal(_DIGIT[m.group("jiao")]) / 10
        if m.group("fen"):
            extra += Decimal(_DIGIT[m.group("fen")]) / 100
        s = m.group("main")
    s = _RMB.sub("", s)
    return s, extra, foreign


def normalise_money(span_text: str, before: str = "", after: str = "") -> Normalised:
    """Normalise a MONEY span; never raises, never invents an exact number."""
    s = clean_span(span_text)
    pre, s, post = split_hedges(s)
    for w in _LEAD_NOISE:
        if s.startswith(w) and len(s) > len(w):
            s = s[len(w) :]
    before = clean_span(before) + pre
    after = post + clean_span(after)
    number, extra, foreign = _strip_currency(s)
    q: Quantity = parse_quantity(number)
    warnings = [f"MONEY_{w}" for w in q.warnings]
    value, low, high, approx = q.value, q.low, q.high, q.approx
    if value is not None and extra:
        value += extra
        low = low + extra if low is not None else None
        high = high + extra if high is not None and not q.is_range else high
    low, high, approx = hedged_bounds(q, value, low, high, apply_hedges(before, after))
    if (
        value is not None and foreign is None and not q.is_range and not extra
        and value < IMPLAUSIBLE_BELOW and any(c.isdigit() and c.isascii() for c in number)
        and not _is_rate(before, after)
    ):  # fmt: skip
        warnings.append(warning("MONEY_IMPLAUSIBLE", f"{as_number(value)} yuan: digits probably stripped"))
        value = low = high = None
        approx = True
    if foreign is not None:
        warnings.append(warning("MONEY_NOT_CNY", f"amount in {foreign} ({as_number(value)}); not converted"))
        value = low = high = None
    norm = {
        "yuan": as_number(value),
        "approx": approx,
        "low": as_number(low),
        "high": as_number(high),
    }
    return Normalised(norm, tuple(warnings))
