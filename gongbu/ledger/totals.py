"""Totals that never add a cumulative figure to the figures inside it.

Facts (see :mod:`.facts`, each counted once however many documents state it) are grouped
by the parties asked for (``by`` without ``"year"``; the kind always, so yuan and heads
never mix). Inside each group, the rule is:

1. **Yearly figures** (a period of one year, 2019年 → 2019–2019) are all counted.
2. **A multi-year or cumulative figure** (2016年以来…累计, 2016–2020, 截至2020年; a missing
   bound is open) is counted only when no yearly figure of the group falls inside its
   years and it does not overlap a span already counted; the latest, then the widest span
   is tried first, so 2016–2020 wins over 2016–2019.
3. **Undated figures** (no year known) are counted only in a group with no dated figure:
   the largest cumulative one alone if there is one (it may contain the rest), else all.
4. **Conflicts** (:func:`.facts.conflicts`): of facts that disagree, only the one stated by
   the most sources (then the larger) is counted.
5. A fact with no amount (masked or foreign digits) is not counted.

So a total can be an underestimate, never a double count. :func:`decide` says, fact by
fact, whether it was counted and why not.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas

__all__ = ["decide", "totals"]

DIMENSIONS = ("kind", "category", "unit", "from", "to", "from_province", "to_province", "from_side", "to_side")


def _bounds(r: Any) -> tuple[float, float] | None:
    import pandas as pd

    s = None if pd.isna(r.period_start) else int(r.period_start)
    e = None if pd.isna(r.period_end) else int(r.period_end)
    if s is None and e is None:
        return None
    return (-math.inf if s is None else s, math.inf if e is None else e)


def _one_year(start: Any, end: Any) -> bool:
    """Both bounds known and equal (a half-open period, 2016年以来, has a missing end)."""
    import pandas as pd

    return not pd.isna(start) and not pd.isna(end) and start == end


def _dims(by: Iterable[str]) -> tuple[list[str], bool]:
    by = list(by)
    unknown = [b for b in by if b != "year" and b not in DIMENSIONS]
    if unknown:
        raise ValueError(f"totals(by=...) takes {', '.join(('year', *DIMENSIONS))}; not {', '.join(unknown)}")
    return ["kind", *[b for b in by if b not in ("kind", "year")]], "year" in by


def decide(facts: pandas.DataFrame, by: Iterable[str] = ("from", "to", "year")) -> pandas.DataFrame:
    """Each fact with ``counted`` (bool) and ``reason``: yearly, span, undated, or why it was left out."""
    import pandas as pd

    dims, _ = _dims(by)
    reason: dict[str, str] = {}
    disputed = _disputed(facts)
    for _, g in facts.groupby(dims, sort=False, dropna=False):
        yearly, spans, undated = [], [], []
        for r in g.itertuples():
            if pd.isna(r.amount):
                reason[r.fact] = "left out: no amount"
            elif r.fact in disputed:
                reason[r.fact] = f"left out: conflict {r.conflict}, another figure has more sources"
            elif (b := _bounds(r)) is None:
                undated.append(r)
            elif b[0] == b[1]:
                yearly.append((r, b))
            else:
                spans.append((r, b))
        years = {b[0] for _, b in yearly}
        for r, _ in yearly:
            reason[r.fact] = "yearly"
        taken: list[tuple[float, float]] = []
        for r, (s, e) in sorted(spans, key=lambda x: (-x[1][1], x[1][0], -float(x[0].amount))):
            if any(s <= y <= e for y in years):
                reason[r.fact] = "left out: yearly figures inside its years are counted"
            elif any(s <= te and ts <= e for ts, te in taken):
                reason[r.fact] = "left out: overlaps a later or wider span that is counted"
            else:
                taken.append((s, e))
                reason[r.fact] = "span"
        dated = bool(yearly or spans)
        cumulative = [r for r in undated if r.cumulative is True]
        keep = max(cumulative, key=lambda r: float(r.amount)) if cumulative else None
        for r in undated:
            if dated:
                reason[r.fact] = "left out: undated, and the group has dated figures"
            elif keep is not None and r is not keep:
                reason[r.fact] = "left out: undated, inside the largest undated cumulative figure"
            else:
                reason[r.fact] = "undated"
    out = facts.copy()
    out["reason"] = pd.Series([reason.get(f, "left out") for f in out["fact"]], index=out.index, dtype="string")
    out["counted"] = ~out["reason"].str.startswith("left out")
    return out


def _disputed(facts: pandas.DataFrame) -> set[str]:
    """Facts of a conflict other than the best supported one."""
    import pandas as pd

    out: set[str] = set()
    for _, g in facts[facts["conflict"].notna()].groupby("conflict"):
        best = max(g.itertuples(), key=lambda r: (r.n_sources, -1 if pd.isna(r.amount) else float(r.amount)))
        out.update(f for f in g["fact"] if f != best.fact)
    return out


def totals(facts: pandas.DataFrame, by: Iterable[str] = ("from", "to", "year")) -> pandas.DataFrame:
    """Sums of the counted facts per group of ``by`` (and per period when ``"year"`` is in ``by``).

    Columns: the dimensions, ``period_start``/``period_end`` (a yearly row has both equal,
    and ``year`` set), ``basis`` (yearly, span, undated; joined when periods are summed),
    ``amount``, ``facts`` counted, ``left_out`` (facts of the group not counted) and
    ``documents``.
    """
    import pandas as pd

    dims, by_year = _dims(by)
    columns = [*dims, "year", "period_start", "period_end", "basis", "amount", "facts", "left_out", "documents"]
    if facts.empty:
        return pd.DataFrame(columns=columns)
    decided = decide(facts, by)
    rows = []
    for key, g in decided.groupby(dims, sort=False, dropna=False):
        key = dict(zip(dims, key if isinstance(key, tuple) else (key,), strict=True))
        counted = g[g["counted"]]
        left_out = int((~g["counted"]).sum())
        if by_year:
            buckets = counted.groupby(["period_start", "period_end", "reason"], sort=True, dropna=False)
            parts = [(k, part) for k, part in buckets]
        else:
            parts = [((None, None, None), counted)]
        for (start, end, basis), part in parts:
            if part.empty:
                continue
            if not by_year:
                start, end = part["period_start"].min(), part["period_end"].max()
                basis = "+".join(sorted(set(part["reason"])))
            rows.append({
                **key, "year": start if by_year and _one_year(start, end) else None,
                "period_start": start, "period_end": end, "basis": basis,
                "amount": part["amount"].sum(), "facts": len(part), "left_out": left_out,
                "documents": sorted({d for ds in part["documents"] for d in ds}),
            })
    out = pd.DataFrame(rows, columns=columns)
    for col in ("year", "period_start", "period_end"):
        out[col] = out[col].astype("Int64")
    return out.sort_values([*dims, "period_start", "period_end"], na_position="last", kind="stable",
                           ignore_index=True)
