"""The same fact across documents: one row per fact with all its sources, and the conflicts.

Two flow mentions state **the same fact** when they have the same kind, amount (yuan or
head count), parties (``from`` and ``to`` by canonical name) and period (start, end,
cumulative), as SPEC says. A mention with no party at all (「3500元」 a head, a count
nobody sent) says too little to be matched by value alone, so it merges only with a
mention in the same words (the cleaned sentence: a repeated passage, or the same wire
copy in Traditional characters); otherwise two documents' unrelated 「3500元」 would
become one fact.

A **conflict** is two facts with the same kind, head-count category, both parties and
the same dated period, different amounts, and no document in common (one document
giving 财政资金 3亿元 and 社会资金 1.2亿元 for one pair and year states two parts, not a
conflict). Conflicts are listed for a person to judge; :mod:`.totals` never adds them up.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas

__all__ = ["assign_facts", "conflicts", "facts"]

KEY = ["kind", "amount", "from", "to", "period_start", "period_end", "cumulative"]


@functools.lru_cache(maxsize=4096)
def wording(sentence: str) -> str:
    """A sentence as compared for party-less mentions: simplified, glosses and blanks removed.

    >>> wording("勞務協(xié)作 方面，") == wording("劳务协作方面,")
    True
    """
    import re
    import unicodedata

    from gongbu.text import clean

    text = unicodedata.normalize("NFKC", clean(sentence).text)
    return re.sub(r"[\s,，、。;；]+", "", text)


def _key(row: dict[str, Any]) -> tuple:
    value = row["amount"] if row["amount"] is not None else ("text", wording(row["text"]))
    key = (row["kind"], value, row["from"], row["to"], row["period_start"], row["period_end"], row["cumulative"])
    if row["from"] is None and row["to"] is None:
        key += (wording(row["sentence"] or ""),)
    return key


def _plain(value: Any) -> Any:
    """pandas' NA as None, so keys compare and hash."""
    try:
        import pandas as pd

        return None if value is pd.NA or (isinstance(value, float) and value != value) else value
    except ImportError:  # pragma: no cover
        return value


def assign_facts(flows: pandas.DataFrame) -> pandas.Series:
    """The fact id of each flow row: ``F1``, ``F2``… in order of first mention."""
    import pandas as pd

    ids: dict[tuple, str] = {}
    out = []
    for row in flows[[*KEY, "text", "sentence"]].to_dict("records"):
        row = {k: _plain(v) for k, v in row.items()}
        out.append(ids.setdefault(_key(row), f"F{len(ids) + 1}"))
    return pd.Series(out, index=flows.index, dtype="string")


def facts(flows: pandas.DataFrame) -> pandas.DataFrame:
    """One row per fact: its value, parties and period, every quantity text that stated it, its
    documents and its sources (one ``{document, start, end, sentence_start, sentence_end}`` each)."""
    import pandas as pd

    columns = ["fact", "kind", "category", "unit", "amount", "approx", "low", "high", "from", "to",
               "from_province", "from_side", "to_province", "to_side",
               "period_start", "period_end", "cumulative", "period_text",
               "texts", "documents", "n_sources", "sources", "conflict"]
    if flows.empty:
        return pd.DataFrame(columns=columns)
    rows = []
    for fact, g in flows.groupby("fact", sort=False):
        first = g.iloc[0]
        rows.append({
            "fact": fact, **{c: first[c] for c in ("kind", "amount", "from", "to", "from_province", "from_side",
                                                   "to_province", "to_side", "period_start", "period_end",
                                                   "cumulative")},
            "category": _first(g["category"]), "unit": _first(g["unit"]),
            "approx": bool(g["approx"].fillna(False).any()),
            "low": _first(g["low"]), "high": _first(g["high"]), "period_text": _first(g["period_text"]),
            "texts": list(dict.fromkeys(g["text"])), "documents": list(dict.fromkeys(g["document"])),
            "n_sources": len(g),
            "sources": [{"document": r.document, "start": int(r.start), "end": int(r.end),
                         "sentence_start": int(r.sentence_start), "sentence_end": int(r.sentence_end)}
                        for r in g.itertuples()],
        })
    out = pd.DataFrame(rows, columns=columns[:-1])
    for col in ("fact", "kind", "category", "unit", "from", "to", "from_province", "from_side", "to_province",
                "to_side", "period_text"):
        out[col] = out[col].astype("string")
    for col in ("amount", "low", "high"):
        out[col] = out[col].astype(flows[col].dtype)
    for col in ("period_start", "period_end"):
        out[col] = out[col].astype("Int64")
    out["cumulative"] = out["cumulative"].astype("boolean")
    groups = _conflict_groups(out)
    out["conflict"] = pd.Series([groups.get(f) for f in out["fact"]], dtype="string")
    return out


def _first(values: pandas.Series) -> Any:
    present = values.dropna()
    return present.iloc[0] if len(present) else None


def _conflict_groups(facts: pandas.DataFrame) -> dict[str, str]:
    """fact id → conflict id (``C1``…) for facts that disagree with another one (see the module)."""
    dated = facts[facts["from"].notna() & facts["to"].notna()
                  & (facts["period_start"].notna() | facts["period_end"].notna())]
    keys = ["kind", "category", "from", "to", "period_start", "period_end", "cumulative"]
    out: dict[str, str] = {}
    for _, g in dated.groupby(keys, sort=False, dropna=False):
        if g["amount"].nunique(dropna=False) < 2:
            continue
        items = list(g.itertuples())
        # Union-find over "different amount, no document in common".
        parent = {r.fact: r.fact for r in items}

        def root(f: str, parent: dict[str, str] = parent) -> str:
            while parent[f] != f:
                f = parent[f]
            return f

        linked = set()
        for i, a in enumerate(items):
            for b in items[i + 1:]:
                if a.amount != b.amount and not set(a.documents) & set(b.documents):
                    parent[root(a.fact)] = root(b.fact)
                    linked.update((a.fact, b.fact))
        for f in (r.fact for r in items):
            if f in linked:
                out[f] = root(f)
    names = {r: f"C{k + 1}" for k, r in enumerate(dict.fromkeys(out[f] for f in facts["fact"] if f in out))}
    return {f: names[r] for f, r in out.items()}


def conflicts(facts: pandas.DataFrame) -> pandas.DataFrame:
    """The facts that disagree, grouped by ``conflict`` id: one row per fact, with its documents."""
    cols = ["conflict", "fact", "kind", "category", "from", "to", "period_start", "period_end", "cumulative",
            "amount", "texts", "documents", "n_sources"]
    return facts.loc[facts["conflict"].notna(), cols].sort_values(["conflict", "amount"]).reset_index(drop=True)
