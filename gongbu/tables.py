"""A Report as flat tables: one row per flow, partnership or entity.

The rows are plain dicts, so they go to ``csv.DictWriter``, DuckDB or pandas alike;
:func:`frames` builds pandas DataFrames where pandas is installed (``pip install
"gongbu[tables]"``).

>>> import gongbu
>>> from gongbu.tables import flow_rows
>>> report = gongbu.parse("上海市向云南省投入财政援助资金3亿元。")
>>> [(r["amount"], r["from"], r["to"]) for r in flow_rows(report)]
[(300000000, '上海市', '云南省')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from gongbu.report import Entity, Report

if TYPE_CHECKING:
    import pandas

SEPARATOR = "、"  # joins several parties in one cell, as Chinese lists do


def _place(e: Entity) -> str:
    name = e.norm.get("name")
    return SEPARATOR.join(name) if isinstance(name, tuple) else (name or e.text)


def _parties(report: Report, indices: tuple[int, ...]) -> str:
    return SEPARATOR.join(_place(report.entities[i]) for i in indices)


def flow_rows(report: Report) -> list[dict[str, Any]]:
    """One row per MONEY or PERSON-COUNT entity: amount (yuan or head count), who gave, who received, when."""
    rows = []
    for f in report.flows:
        e = report.entities[f.quantity]
        money = f.kind == "money"
        rows.append({
            "kind": f.kind,
            "text": e.text,
            "amount": f.amount.get("yuan") if money else f.amount.get("count"),
            "approx": f.amount.get("approx"),
            "category": None if money else f.amount.get("category"),
            "from": _parties(report, f.from_),
            "to": _parties(report, f.to),
            "start": e.start,
            "end": e.end,
            "period_start": f.period.start,
            "period_end": f.period.end,
            "cumulative": f.period.cumulative,
        })
    return rows


def partnership_rows(report: Report) -> list[dict[str, Any]]:
    """One row per partnership: helper, helped, whether the pairing table knows it, how often stated."""
    return [{"helper": p.helper, "helped": p.helped, "official": p.official,
             "evidence": len(p.evidence) + len(p.evidence_entities)} for p in report.partnerships]


def entity_rows(report: Report) -> list[dict[str, Any]]:
    """One row per entity: label, offsets, surface text and the normalised name or value."""
    rows = []
    for e in report.entities:
        row = {"label": e.label, "start": e.start, "end": e.end, "text": e.text}
        row.update({k: SEPARATOR.join(v) if isinstance(v, tuple) else v for k, v in e.norm.items()})
        rows.append(row)
    return rows


def frames(report: Report) -> dict[str, pandas.DataFrame]:
    """``flows``, ``partnerships`` and ``entities`` as pandas DataFrames (columns even when empty).

    >>> import gongbu
    >>> from gongbu.tables import frames
    >>> t = frames(gongbu.parse("上海市向云南省投入财政援助资金3亿元。"))
    >>> t["flows"][["amount", "from", "to"]].to_dict("records")
    [{'amount': 300000000, 'from': '上海市', 'to': '云南省'}]
    """
    try:
        import pandas as pd
    except ImportError as err:
        raise ImportError('tables need pandas: pip install "gongbu[tables]"') from err
    columns = {
        "flows": ["kind", "text", "amount", "approx", "category", "from", "to", "start", "end",
                  "period_start", "period_end", "cumulative"],
        "partnerships": ["helper", "helped", "official", "evidence"],
        "entities": ["label", "start", "end", "text"],
    }
    made = {"flows": flow_rows(report), "partnerships": partnership_rows(report), "entities": entity_rows(report)}
    # convert_dtypes: nullable integers, so a missing amount does not turn a column of yuan into floats.
    return {name: pd.DataFrame(rows, columns=None if rows else columns[name]).convert_dtypes()
            for name, rows in made.items()}
