"""Rows of the ledger from one Report: its flows, partnership statements, entities and a document row.

Everything here is plain dicts of scalars, so a ledger is four flat tables that write to
Parquet, CSV or DuckDB alike; what is merged across documents (facts, partnerships,
totals) is computed from these rows, never stored.

Parties are named as :mod:`gongbu.tables` names them (canonical names, several joined with
``、``); a flow's ``period`` is read from the report's dict with ``.get`` so that reports
without one (older releases) count as undated and non-cumulative.

>>> import gongbu
>>> from gongbu.ledger.build import document_rows
>>> rows = document_rows("a", gongbu.parse("2019年,上海市向云南省投入资金3亿元。"))
>>> [(r["text"], r["from"], r["to"], r["sentence_start"], r["sentence_end"]) for r in rows["flows"]]
[('3亿元', '上海市', '云南省', 0, 21)]
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from gongbu.report import Entity, Report
from gongbu.tables import SEPARATOR, entity_rows, flow_rows, partnership_rows
from gongbu.text.sentences import sentence_index, sentences

__all__ = ["date_of", "document_rows", "normalise_date", "read_dates", "years_named"]

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?=\s*年)")


def normalise_date(value: Any) -> str | None:
    """A document date as ISO text: ``2020-08-19``, ``2020-08`` or ``2020`` (None when absent).

    >>> normalise_date("2020/8/19"), normalise_date(2020), normalise_date(dt.date(2021, 3, 1))
    ('2020-08-19', '2020', '2021-03-01')
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = unicodedata.normalize("NFKC", str(value)).strip()
    m = re.fullmatch(r"((?:19|20)\d\d)(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?)?月?)?年?", text)
    if not m:
        raise ValueError(f"not a date: {value!r} (use YYYY-MM-DD, YYYY-MM or YYYY)")
    year, month, day = m.groups()
    if day:
        return dt.date(int(year), int(month), int(day)).isoformat()
    if month:
        return f"{year}-{int(month):02d}"
    return year


def years_named(sentence: str) -> list[int]:
    """The years a sentence names (2016年, full-width digits too).

    >>> years_named("２０１６年以来,上海市与云南省结对,至2020年")
    [2016, 2020]
    """
    return [int(y) for y in _YEAR.findall(unicodedata.normalize("NFKC", sentence))]


def _joined(values: list[Any]) -> str | None:
    """Distinct non-empty values in order, joined as tables.py joins parties (None when there are none)."""
    seen: list[str] = []
    for v in values:
        for part in v if isinstance(v, tuple | list) else (v,):
            if part and part not in seen:
                seen.append(str(part))
    return SEPARATOR.join(seen) or None


def _party_columns(report: Report, indices: tuple[int, ...], prefix: str) -> dict[str, Any]:
    ents: list[Entity] = [report.entities[i] for i in indices]
    return {f"{prefix}_{key}": _joined([e.norm.get(key) for e in ents]) for key in ("level", "province", "side")}


def _period(flow: Mapping[str, Any]) -> dict[str, Any]:
    period = flow.get("period") or {}
    return {
        "period_start": period.get("start"),
        "period_end": period.get("end"),
        "cumulative": bool(period.get("cumulative", False)),
        "period_text": period.get("text"),
    }


def _as_report(report: Report | Mapping[str, Any]) -> tuple[Report, dict[str, Any]]:
    """The Report and its dict: the dict carries what this release's Report may not (``period``)."""
    if isinstance(report, Report):
        return report, report.to_dict()
    if isinstance(report, Mapping) and "text" in report:
        return Report.from_dict(report), dict(report)
    raise TypeError(f"a ledger is built from Reports (or their dicts), not {type(report).__name__}")


def document_rows(doc_id: str, report: Report | Mapping[str, Any], date: Any = None) -> dict[str, list[dict]]:
    """The rows one document adds to each table of the ledger (``flows``, ``statements``, ``entities``,
    ``documents``)."""
    report, data = _as_report(report)
    date = normalise_date(date)
    text = report.text
    spans = sentences(text)

    def sentence_of(offset: int) -> tuple[int, int]:
        k = sentence_index(spans, offset)
        return spans[k] if k >= 0 else (offset, offset)

    flows = []
    for flow, row, flow_dict in zip(report.flows, flow_rows(report), data.get("flows", ()), strict=True):
        s, e = sentence_of(row["start"])
        amount = flow.amount
        flows.append({
            "document": doc_id, "date": date, "kind": row["kind"], "text": row["text"],
            "category": row["category"], "unit": None if flow.kind == "money" else amount.get("unit"),
            "amount": row["amount"], "approx": row["approx"], "low": amount.get("low"), "high": amount.get("high"),
            "from": row["from"] or None, "to": row["to"] or None,
            **_party_columns(report, flow.from_, "from"), **_party_columns(report, flow.to, "to"),
            **_period(flow_dict),
            "start": row["start"], "end": row["end"], "sentence_start": s, "sentence_end": e, "sentence": text[s:e],
        })

    statements = []
    for p, row in zip(report.partnerships, partnership_rows(report), strict=True):
        offsets = [report.entities[report.relations[k].head].start for k in p.evidence]
        offsets += [report.entities[k].start for k in p.evidence_entities]
        for s, e in sorted({sentence_of(o) for o in offsets}) or [(None, None)]:
            sentence = text[s:e] if s is not None else None
            named = years_named(sentence) if sentence else []
            statements.append({
                "document": doc_id, "date": date, "helper": row["helper"], "helped": row["helped"],
                "official": _official(p.helper, p.helped, row["official"]),
                "year": int(date[:4]) if date else (max(named) if named else None),
                "sentence_start": s, "sentence_end": e, "sentence": sentence,
            })

    entities = [{"document": doc_id, **row} for row in entity_rows(report)]
    documents = [{
        "document": doc_id, "date": date, "chars": len(text), "flows": len(flows),
        "partnerships": len(report.partnerships), "warnings": len(report.warnings),
        "repeated_passages": sum(w.code == "repeated_passage" for w in report.warnings),
    }]
    return {"flows": flows, "statements": statements, "entities": entities, "documents": documents}


def _official(helper: str, helped: str, stated: bool | None) -> bool | None:
    """What the report says, else the pairing table's answer (None: a name the table cannot place)."""
    if stated is not None:
        return stated
    from gongbu.normalise.pairings import is_official

    return is_official(helper, helped)


_ID_COLUMNS = ("document", "doc_id", "id", "doc", "file", "name")


def read_dates(path: str | Path) -> dict[str, str]:
    """Document id → ISO date from a CSV (a header with an id column — document, id, file … —
    and ``date``; or two columns without a header) or a JSON object ``{id: date}`` / list of
    ``{"id": …, "date": …}``. Raises ``ValueError`` naming the line or key that is wrong."""
    import csv
    import io
    import json

    from gongbu.files import read_text_file

    path = Path(path)
    text, _ = read_text_file(path)
    pairs: list[tuple[str, Any, str]] = []
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}: not JSON: {exc}") from None
        if isinstance(data, dict):
            pairs = [(str(k), v, f"key {k!r}") for k, v in data.items()]
        elif isinstance(data, list) and all(isinstance(d, dict) for d in data):
            for n, d in enumerate(data):
                key = next((d[c] for c in _ID_COLUMNS if c in d), None)
                if key is None or "date" not in d:
                    raise ValueError(f"{path}: item {n} needs an id ({', '.join(_ID_COLUMNS)}) and a date")
                pairs.append((str(key), d["date"], f"item {n}"))
        else:
            raise ValueError(f"{path}: expected an object {{id: date}} or a list of {{id, date}} objects")
    else:
        rows = [r for r in csv.reader(io.StringIO(text)) if any(c.strip() for c in r)]
        header = [c.strip().lower() for c in rows[0]] if rows else []
        if "date" in header:
            id_col = next((header.index(c) for c in _ID_COLUMNS if c in header), None)
            if id_col is None:
                raise ValueError(f"{path}: the header needs an id column ({', '.join(_ID_COLUMNS)}) beside date")
            date_col, body, first = header.index("date"), rows[1:], 2
        else:
            id_col, date_col, body, first = 0, 1, rows, 1
        for n, row in enumerate(body, first):
            if len(row) <= max(id_col, date_col):
                raise ValueError(f"{path}:{n}: expected an id and a date, got {row!r}")
            pairs.append((row[id_col].strip(), row[date_col].strip(), f"line {n}"))
    out = {}
    for key, value, where in pairs:
        try:
            out[key] = normalise_date(value)
        except ValueError as exc:
            raise ValueError(f"{path}, {where}: {exc}") from None
    return out


def date_of(name: str, dates: Mapping[str, Any]) -> Any:
    """The date of the file ``name`` under its stem, its file name or its corpus id (``003`` of
    ``003_e215….txt``)."""
    p = Path(name)
    for key in (p.stem, p.name, p.stem.split("_")[0], name):
        if key in dates:
            return dates[key]
    return None
