"""Reports for people: a plain-text table and an HTML page (displaCy for the entities)."""

from __future__ import annotations

import html

from gongbu.report import Report

__all__ = ["to_html", "to_table"]

COLORS = {
    "GPE": "#7aecec",
    "ORG": "#bfeeb7",
    "MONEY": "#e4e7d2",
    "PERSON-COUNT": "#feca74",
    "PROGRAMME": "#c887fb",
}


def _amount(norm) -> str:
    if "yuan" in norm:
        value = norm.get("yuan")
        if value is None:
            return "?"
        text = f"{value:,.0f} 元"
    else:
        value = norm.get("count")
        if value is None:
            return "?"
        text = f"{value:,} {norm.get('unit') or ''}".strip()
        if norm.get("category"):
            text += f" ({norm['category']})"
    return ("≈ " if norm.get("approx") else "") + text


def _period(period) -> str:
    """2016–2020 (cumulative), 2019, ?–2020, or - when the text gives no time."""
    if period.start is None and period.end is None:
        years = f"? ({period.text})" if period.text else ("" if period.cumulative else "-")
    elif period.start == period.end:
        years = str(period.start)
    else:
        years = f"{period.start or '?'}–{period.end or '?'}"
    return (years + " total").strip() if period.cumulative else years


def _names(report: Report, indices) -> str:
    out = []
    for k in indices:
        e = report.entities[k]
        name = e.norm.get("name")
        out.append(name if isinstance(name, str) and name else e.text)
    return "、".join(out)


def _rows(report: Report) -> tuple[list[list[str]], list[list[str]]]:
    partnerships = [[p.helper, p.helped, {True: "yes", False: "NO", None: "?"}[p.official]]
                    for p in report.partnerships]
    flows = [
        [report.entities[f.quantity].text, _amount(f.amount), _names(report, f.from_), _names(report, f.to),
         _period(f.period)]
        for f in report.flows
    ]
    return partnerships, flows


def to_table(report: Report, name: str = "") -> str:
    """A plain-text summary: entities per label, partnerships, flows and warnings."""
    partnerships, flows = _rows(report)
    lines = [f"== {name}" if name else "==", f"{len(report.entities)} entities, "
             f"{len(report.relations)} relations, {len(report.warnings)} warnings"]
    lines.append("\npartnerships (helper → helped, official?)")
    lines += [f"  {a} → {b}  [{c}]" for a, b, c in partnerships] or ["  (none)"]
    lines.append("\nflows (quantity, amount, from, to, period)")
    lines += [f"  {q}  {a}  from: {f or '-'}  to: {t or '-'}  period: {p}" for q, a, f, t, p in flows] or ["  (none)"]
    lines.append("\nwarnings")
    lines += [f"  [{w.start}, {w.end}) {w.code}: {w.message}" for w in report.warnings] or ["  (none)"]
    return "\n".join(lines) + "\n"


def _table_html(head: list[str], rows: list[list[str]]) -> str:
    th = "".join(f"<th>{html.escape(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>"


def to_html(reports: list[tuple[str, Report]]) -> str:
    """One self-contained page: each text with its entities highlighted, then its tables."""
    from spacy import displacy

    parts = []
    for name, report in reports:
        marked = displacy.render(
            {"text": report.text, "ents": [{"start": e.start, "end": e.end, "label": e.label}
                                           for e in report.entities], "title": html.escape(name) if name else None},
            style="ent", manual=True, page=False, options={"colors": COLORS},
        )
        partnerships, flows = _rows(report)
        parts.append(
            f"<section><h2>{html.escape(name)}</h2>{marked}"
            "<h3>Partnerships</h3>" + _table_html(["helper", "helped", "official"], partnerships)
            + "<h3>Flows</h3>" + _table_html(["quantity", "amount", "from", "to", "period"], flows)
            + "<h3>Warnings</h3>"
            + _table_html(["offsets", "code", "message"],
                          [[f"[{w.start}, {w.end})", w.code, w.message] for w in report.warnings])
            + "</section>"
        )
    style = ("body{font-family:sans-serif;max-width:60em;margin:auto}table{border-collapse:collapse;margin:.5em 0}"
             "td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}")
    return (f"<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>gongbu</title>"
            f"<style>{style}</style></head><body>{''.join(parts)}</body></html>\n")
