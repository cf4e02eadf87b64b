"""The ledger as one self-contained HTML page: it works offline (plotly.js is inside it).

- Money and people moving between provinces, a Sankey each, with a selector per period
  (all periods, each year, each multi-year span, undated). The values are
  :meth:`gongbu.Ledger.totals` by province, so a cumulative figure is never added to the
  yearly figures inside it; origins on the left, destinations on the right, coloured by side
  (east blue, west orange). Clicking a band filters the table of facts to that pair.
- The partnerships, each flagged official (the pairing table knows it) or not, with links to
  the sentences that state them.
- Every fact with its amount, parties, period, whether the totals count it, and a link to each
  source: the sentence, embedded in the page, with the quantity highlighted.
- The conflicts (same parties and period, different amounts), listed, not hidden.
"""

from __future__ import annotations

import html
import json
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas

    from gongbu.ledger import Ledger

__all__ = ["to_html"]

SIDE_COLOURS = {"east": "#2f6db5", "west": "#d9822b", None: "#8c8c8c"}


def _na(v: Any) -> bool:
    import pandas as pd

    return v is None or (not isinstance(v, list | tuple) and pd.isna(v))


def money_text(yuan: Any) -> str:
    """Yuan in the units reports use.

    >>> money_text(13308000000), money_text(36000000), money_text(3500)
    ('133.08亿元', '3600万元', '3500元')
    """
    if _na(yuan):
        return "?"
    yuan = float(yuan)
    if abs(yuan) >= 1e8:
        return f"{yuan / 1e8:.2f}".rstrip("0").rstrip(".") + "亿元"
    if abs(yuan) >= 1e4:
        return f"{yuan / 1e4:.2f}".rstrip("0").rstrip(".") + "万元"
    return f"{yuan:.0f}元"


def people_text(count: Any) -> str:
    return "?" if _na(count) else f"{int(count):,}人"


def _amount(kind: str, value: Any) -> str:
    return money_text(value) if kind == "money" else people_text(value)


def _period(start: Any, end: Any, cumulative: Any = False) -> str:
    if _na(start) and _na(end):
        return "累计 (years unknown)" if cumulative is True else "undated"
    s = "…" if _na(start) else str(int(start))
    e = "…" if _na(end) else str(int(end))
    text = s if s == e else f"{s}–{e}"
    return text + (" cumulative" if cumulative is True and s != e else "")


def _anchor(doc: str, offset: int, prefix: str) -> str:
    return f"{prefix}-{re.sub(r'[^0-9A-Za-z_-]', '_', doc)}-{int(offset)}"


def _e(v: Any) -> str:
    return "" if _na(v) else html.escape(str(v))


# --- charts ---------------------------------------------------------------------------------


# Head counts that are no movement of people: the poor lifted out, households, and person-times
# (人次: visits, trainings) would dwarf the cadres, teachers and workers who moved.
NOT_MOVING = ("poor_population", "household")


def chart_facts(ledger: Ledger, kind: str) -> pandas.DataFrame:
    """The facts a chart draws: money, or the people who moved (no 人次, poor population or households)."""
    f = ledger.facts()
    f = f[f["kind"] == kind]
    if kind == "people":
        f = f[~f["category"].isin(NOT_MOVING).fillna(False) & (f["unit"] != "人次").fillna(True)]
    return f


def _buckets(ledger: Ledger, kind: str) -> list[tuple[str, pandas.DataFrame]]:
    """(label, rows of from_province → to_province totals) per period bucket, "all periods" first."""
    from gongbu.ledger.totals import _one_year, totals

    facts = chart_facts(ledger, kind)

    def usable(t: pandas.DataFrame) -> pandas.DataFrame:
        t = t[(t["kind"] == kind) & t["from_province"].notna() & t["to_province"].notna()]
        return t[t["amount"].notna() & (t["amount"] > 0)]

    out = [("all periods", usable(totals(facts, by=("from_province", "to_province"))))]
    by_year = usable(totals(facts, by=("from_province", "to_province", "year")))
    if by_year.empty:
        return out
    periods = by_year[["period_start", "period_end"]].drop_duplicates()
    ordered = sorted(periods.itertuples(index=False), key=lambda p: (
        _na(p.period_start) and _na(p.period_end),          # undated last
        not _one_year(p.period_start, p.period_end),        # years before spans
        -1 if _na(p.period_start) else p.period_start, 9999 if _na(p.period_end) else p.period_end))
    if len(ordered) == 1 and _na(ordered[0].period_start) and _na(ordered[0].period_end):
        return out  # only undated figures: the same as "all periods"
    for p in ordered:
        same = (by_year["period_start"].fillna(-1) == (-1 if _na(p.period_start) else p.period_start)) & (
            by_year["period_end"].fillna(-1) == (-1 if _na(p.period_end) else p.period_end))
        rows = by_year[same]
        label = _period(p.period_start, p.period_end, rows["basis"].iloc[0] == "span")
        out.append((label, rows))
    return out


def _side_of(ledger: Ledger) -> dict[str, str | None]:
    flows = ledger.flows()
    sides: dict[str, str | None] = {}
    for prov_col, side_col in (("from_province", "from_side"), ("to_province", "to_side")):
        for prov, side in zip(flows[prov_col], flows[side_col], strict=True):
            if not _na(prov) and (prov not in sides or sides[prov] is None):
                sides[prov] = None if _na(side) or "、" in str(side) else str(side)
    return sides


def _rgba(hex_colour: str, alpha: float) -> str:
    r, g, b = (int(hex_colour[k:k + 2], 16) for k in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def _sankey_figure(ledger: Ledger, kind: str, title: str):
    import plotly.graph_objects as go

    sides = _side_of(ledger)
    buckets = _buckets(ledger, kind)
    fig = go.Figure()
    for k, (_label, rows) in enumerate(buckets):
        sources = list(dict.fromkeys(rows["from_province"]))
        targets = list(dict.fromkeys(rows["to_province"]))
        out_sum = rows.groupby("from_province")["amount"].sum()
        in_sum = rows.groupby("to_province")["amount"].sum()
        labels = [f"{p} {_amount(kind, out_sum[p])}" for p in sources]
        labels += [f"{p} {_amount(kind, in_sum[p])}" for p in targets]
        colours = [SIDE_COLOURS.get(sides.get(p)) for p in sources + targets]
        fig.add_trace(go.Sankey(
            visible=k == 0, arrangement="snap", valueformat=",.0f",
            node={"label": labels, "color": colours, "pad": 12, "thickness": 16,
                  "line": {"width": 0}, "hovertemplate": "%{label}<extra></extra>"},
            link={
                "source": [sources.index(f) for f in rows["from_province"]],
                "target": [len(sources) + targets.index(t) for t in rows["to_province"]],
                "value": [float(v) for v in rows["amount"]],
                "color": [_rgba(SIDE_COLOURS.get(sides.get(f)) or "#8c8c8c", 0.38) for f in rows["from_province"]],
                "customdata": [[f, t, _amount(kind, v), int(n), b] for f, t, v, n, b in
                               zip(rows["from_province"], rows["to_province"], rows["amount"], rows["facts"],
                                   rows["basis"], strict=True)],
                "hovertemplate": "%{customdata[0]} → %{customdata[1]}<br><b>%{customdata[2]}</b>"
                                 "<br>%{customdata[3]} fact(s), %{customdata[4]}<extra></extra>",
            },
        ))
    buttons = [{"label": label, "method": "update",
                "args": [{"visible": [j == k for j in range(len(buckets))]}]}
               for k, (label, _) in enumerate(buckets)]
    n_pairs = len(buckets[0][1])
    fig.update_layout(
        title={"text": title, "x": 0.01, "font": {"size": 16}},
        height=max(420, min(900, 140 + 26 * n_pairs)), margin={"l": 10, "r": 10, "t": 80, "b": 10},
        font={"family": "system-ui, 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif", "size": 12},
        paper_bgcolor="white",
        updatemenus=[{"buttons": buttons, "direction": "down", "x": 1.0, "xanchor": "right", "y": 1.13,
                      "yanchor": "top", "showactive": True, "bgcolor": "#f3f5f8"}] if len(buckets) > 1 else [],
        annotations=[] if n_pairs else [{"text": "no flow with both provinces known", "showarrow": False,
                                         "x": 0.5, "y": 0.5, "xref": "paper", "yref": "paper"}],
    )
    return fig


# --- tables ---------------------------------------------------------------------------------


def _source_links(sources: list[dict], prefix: str = "q", most: int = 12) -> str:
    """Links to the sentences, grouped by document: ``003 @1205 @5455`` (the offsets link)."""
    by_doc: dict[str, list[int]] = {}
    for s in sources:
        offset = int(s["start"] if prefix == "q" else s["sentence_start"])
        if offset not in by_doc.setdefault(s["document"], []):
            by_doc[s["document"]].append(offset)
    out = []
    for doc, offsets in list(by_doc.items())[:most]:
        links = "".join(f'<a class="off" href="#{_anchor(doc, o, prefix)}">@{o}</a>' for o in offsets)
        out.append(f'<span class="doc"><a href="#{_anchor(doc, offsets[0], prefix)}">{html.escape(doc)}</a>'
                   f"{links}</span>")
    more = len(by_doc) - most
    return " ".join(out) + (f' <span class="muted">+{more} documents</span>' if more > 0 else "")


def _partnership_table(ledger: Ledger) -> str:
    p = ledger.partnerships()
    if p.empty:
        return '<p class="muted">No document states a partnership.</p>'
    st = ledger.statements()
    rows = []
    order = p.assign(_o=p["official"].map({True: 0, False: 1}).fillna(2)).sort_values(
        ["n_documents", "_o"], ascending=[False, True], kind="stable")
    for r in order.itertuples():
        flag = {True: '<span class="ok">official</span>', False: '<span class="warn">not in table</span>'}.get(
            None if _na(r.official) else bool(r.official), '<span class="unknown">unknown name</span>')
        mine = st[(st["helper"] == r.helper) & (st["helped"] == r.helped) & st["sentence_start"].notna()]
        links = _source_links([{"document": d, "sentence_start": s} for d, s in
                               zip(mine["document"], mine["sentence_start"], strict=True)], "s")
        years = _period(r.first_year, r.last_year) if not (_na(r.first_year) and _na(r.last_year)) else ""
        rows.append(f"<tr><td>{_e(r.helper)}</td><td>{_e(r.helped)}</td><td>{flag}</td>"
                    f"<td class=num>{r.n_documents}</td><td>{years}</td><td class=src>{links}</td></tr>")
    return ("<table><thead><tr><th>helper</th><th>helped</th><th>pairing table</th><th>documents</th>"
            "<th>years stated</th><th>stated in</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>")


def _fact_table(ledger: Ledger) -> str:
    d = ledger.decisions(by=("from_province", "to_province", "year"))
    d = d.assign(_parties=d["from"].notna().astype(int) + d["to"].notna().astype(int),
                 _amount=d["amount"].astype("Float64").fillna(-1))
    d = d.sort_values(["kind", "_parties", "_amount"], ascending=[True, False, False], kind="stable")
    rows = []
    for r in d.to_dict("records"):
        search = " ".join(str(x) for x in (r["fact"], r["kind"], r["category"], r["from"], r["to"],
                                          r["from_province"], r["to_province"], r["period_text"], *r["documents"])
                          if not _na(x))
        counted = ('<span class="ok">counted</span>' if r["counted"]
                   else f'<span class="muted" title="{_e(r["reason"])}">not counted</span>')
        conflict = f' <span class="warn">conflict {_e(r["conflict"])}</span>' if not _na(r["conflict"]) else ""
        approx = "≈ " if r["approx"] else ""
        who = f"{_e(r['from']) or '—'} → {_e(r['to']) or '—'}"
        what = " · ".join(html.escape(t) for t in r["texts"])
        category = _e(r["category"]) if r["kind"] == "people" else ""
        period = _period(r["period_start"], r["period_end"], r["cumulative"])
        rows.append(
            f'<tr id="{html.escape(r["fact"])}" data-search="{html.escape(search)}"><td class=fid>{_e(r["fact"])}</td>'
            f'<td class="num amt">{approx}{_amount(r["kind"], r["amount"])}</td><td>{category}</td><td>{who}</td>'
            f'<td>{period}</td><td class=txt>{what}</td><td class=src>{_source_links(r["sources"])}</td>'
            f"<td>{counted}{conflict}</td></tr>")
    return ('<table id="facts"><thead><tr><th>fact</th><th>amount</th><th>who</th><th>from → to</th><th>period</th>'
            "<th>as stated</th><th>sources (the sentence)</th><th>in totals</th></tr></thead><tbody>"
            + "".join(rows) + "</tbody></table>")


def _conflict_table(ledger: Ledger) -> str:
    c = ledger.conflicts()
    if c.empty:
        return '<p class="muted">No conflicts: no two documents give different amounts for the same parties and ' \
               "period.</p>"
    rows = [f"<tr><td>{_e(r['conflict'])}</td><td><a href='#{_e(r['fact'])}'>{_e(r['fact'])}</a></td>"
            f"<td>{_e(r['from'])} → {_e(r['to'])}</td>"
            f"<td>{_period(r['period_start'], r['period_end'], r['cumulative'])}</td>"
            f"<td class=num>{_amount(r['kind'], r['amount'])}</td><td>{_e(', '.join(r['documents']))}</td></tr>"
            for r in c.to_dict("records")]
    return ("<table><thead><tr><th>conflict</th><th>fact</th><th>from → to</th><th>period</th><th>amount</th>"
            "<th>documents</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>")


def _sources(ledger: Ledger) -> str:
    """Each cited sentence once, per document, with its quantities marked and anchored."""
    flows = ledger.flows()
    st = ledger.statements()
    dates = dict(zip(ledger.documents()["document"], ledger.documents()["date"], strict=True))
    parts = []
    sentence_rows = [(r.document, int(r.sentence_start), r.sentence) for r in flows.itertuples()]
    sentence_rows += [(r.document, int(r.sentence_start), r.sentence) for r in st.itertuples()
                      if not _na(r.sentence_start)]
    marks: dict[tuple[str, int], list[tuple[int, int, str]]] = {}
    for r in flows.itertuples():
        marks.setdefault((r.document, int(r.sentence_start)), []).append(
            (int(r.start) - int(r.sentence_start), int(r.end) - int(r.sentence_start), r.fact))
    by_doc: dict[str, dict[int, str]] = {}
    for doc, start, sentence in sentence_rows:
        by_doc.setdefault(doc, {})[start] = sentence
    for doc in ledger.documents()["document"]:
        sentences = by_doc.get(doc)
        if not sentences:
            continue
        items = []
        for start in sorted(sentences):
            sentence = sentences[start]
            pieces, pos = [], 0
            for s, e, fact in sorted(set(marks.get((doc, start), []))):
                if s < pos:
                    continue
                pieces.append(html.escape(sentence[pos:s]))
                pieces.append(f'<mark id="{_anchor(doc, start + s, "q")}"><a href="#{html.escape(fact)}" '
                              f'title="fact {html.escape(fact)}">{html.escape(sentence[s:e])}</a></mark>')
                pos = e
            pieces.append(html.escape(sentence[pos:]))
            items.append(f'<p class="sent" id="{_anchor(doc, start, "s")}"><span class="off">{start}</span>'
                         f'{"".join(pieces)}</p>')
        date = f' <span class="muted">{_e(dates.get(doc))}</span>' if not _na(dates.get(doc)) else ""
        parts.append(f'<article><h3>{html.escape(doc)}{date}</h3>{"".join(items)}</article>')
    return "".join(parts)


CSS = """
:root{--ink:#1d2733;--muted:#6b7785;--line:#e3e8ee;--east:#2f6db5;--west:#d9822b;--bg:#f6f8fb}
*{box-sizing:border-box}
body{margin:0;font:14px/1.5 system-ui,'Noto Sans CJK SC','Microsoft YaHei',sans-serif;color:var(--ink);
 background:var(--bg)}
header{background:#14324f;color:#fff;padding:22px 32px 18px}
header h1{margin:0 0 4px;font-size:22px;font-weight:600}
header p{margin:0;color:#c9d6e3}
.stats{display:flex;gap:14px;margin-top:14px;flex-wrap:wrap}
.stat{background:rgba(255,255,255,.09);border-radius:8px;padding:8px 14px;min-width:120px}
.stat b{display:block;font-size:20px;color:#fff}.stat span{color:#c9d6e3;font-size:12px}
main{padding:20px 32px 60px;max-width:1500px;margin:auto}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:18px}
.card{background:#fff;border:1px solid var(--line);border-radius:10px;padding:14px 16px;margin-bottom:18px;
 box-shadow:0 1px 2px rgba(20,50,79,.05)}
h2{font-size:17px;margin:4px 0 10px}
.legend{color:var(--muted);font-size:12px;margin:0 0 6px}
.dot{display:inline-block;width:10px;height:10px;border-radius:2px;margin:0 4px 0 10px;vertical-align:-1px}
table{border-collapse:collapse;width:100%;font-size:13px}
th{text-align:left;font-weight:600;color:var(--muted);border-bottom:2px solid var(--line);padding:6px 8px;
 position:sticky;top:0;background:#fff}
td{border-bottom:1px solid var(--line);padding:5px 8px;vertical-align:top}
tr:target td{background:#fff4d6}
td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
td.amt{font-weight:600}
td.fid{color:var(--muted);font-size:12px}
td.src .doc{display:inline-block;margin:0 10px 2px 0;white-space:nowrap;font-size:12px}
td.src a{color:var(--east);text-decoration:none}a.off{margin-left:3px}
td.src a:hover{text-decoration:underline}
.off{color:#9aa6b2;font-size:11px;margin-left:1px}
.ok{color:#1b7f3b;font-weight:600}.warn{color:#b3261e;font-weight:600}.unknown{color:#8a6d00}
.muted{color:var(--muted)}
.scroll{max-height:560px;overflow:auto}
input[type=search]{width:340px;padding:6px 10px;border:1px solid var(--line);border-radius:6px;font:inherit;
 margin-bottom:8px}
article{margin-bottom:14px}article h3{font-size:14px;margin:10px 0 4px}
p.sent{margin:2px 0;padding:4px 8px;border-left:3px solid var(--line);scroll-margin-top:80px}
p.sent .off{margin-right:8px}
p.sent:target{border-left-color:var(--west);background:#fff4d6}
mark{background:#fde7c2;border-radius:3px;padding:0 2px;scroll-margin-top:80px}
mark a{color:inherit;text-decoration:none}
mark:target{background:#f5b041;outline:2px solid #d9822b}
footer{color:var(--muted);font-size:12px;padding:0 32px 30px}
"""

SCRIPT = """
const box=document.getElementById('filter');
function applyFilter(){const terms=box.value.trim().split(/\\s+/).filter(Boolean);let shown=0;
 for(const tr of document.querySelectorAll('#facts tbody tr')){const s=tr.dataset.search+' '+tr.textContent;
  const ok=terms.every(t=>s.includes(t));tr.style.display=ok?'':'none';if(ok)shown++;}
 document.getElementById('shown').textContent=shown;}
box.addEventListener('input',applyFilter);
for(const id of ['money-chart','people-chart']){const el=document.getElementById(id);
 if(el&&el.on)el.on('plotly_click',ev=>{const p=ev.points&&ev.points[0];
  if(p&&p.customdata&&p.customdata.length>1){box.value=p.customdata[0]+' '+p.customdata[1];applyFilter();
   document.getElementById('facts-card').scrollIntoView({behavior:'smooth'});}});}
"""


def to_html(ledger: Ledger, title: str = "East–West cooperation ledger") -> str:
    """The dashboard of ``ledger`` as one HTML document (no network needed to view it)."""
    try:
        import plotly
        from plotly.offline import get_plotlyjs
    except ImportError as err:
        raise ImportError('the dashboard needs plotly: pip install "gongbu[ledger]"') from err
    del plotly
    facts = ledger.facts()
    partnerships = ledger.partnerships()
    conflicts = ledger.conflicts()
    docs = ledger.documents()
    charts = []
    for kind, heading in (("money", "Money between provinces (yuan)"),
                          ("people", "People who moved between provinces (heads; no 人次)")):
        fig = _sankey_figure(ledger, kind, heading)
        charts.append(fig.to_html(full_html=False, include_plotlyjs=False, div_id=f"{kind}-chart",
                                  config={"displaylogo": False, "responsive": True}))
    repeated = int((facts["n_sources"] > 1).sum()) if len(facts) else 0
    unofficial = int((partnerships["official"] == False).sum()) if len(partnerships) else 0  # noqa: E712
    stats = [(len(docs), "documents"), (len(ledger.flows()), "quantities stated"),
             (len(facts), "distinct facts"), (repeated, "facts stated more than once"),
             (len(partnerships), "partnerships"), (unofficial, "not in the pairing table"),
             (conflicts["conflict"].nunique() if len(conflicts) else 0, "conflicts")]
    stat_html = "".join(f'<div class="stat"><b>{n:,}</b><span>{html.escape(t)}</span></div>' for n, t in stats)
    legend = ('<p class="legend">Origins left, destinations right; bands coloured by the origin\'s side:'
              '<span class="dot" style="background:var(--east)"></span>east'
              '<span class="dot" style="background:var(--west)"></span>west'
              '<span class="dot" style="background:#8c8c8c"></span>other. A cumulative figure is never added to '
              "the yearly figures inside it. Click a band to list its facts.</p>")
    body = f"""<header><h1>{html.escape(title)}</h1>
<p>Built by gongbu from {len(docs):,} documents. Every figure links to the sentence it comes from.</p>
<div class="stats">{stat_html}</div></header>
<main>
<div class="grid"><div class="card">{legend}{charts[0]}</div><div class="card">{legend}{charts[1]}</div></div>
<div class="card"><h2>Partnerships</h2><div class="scroll">{_partnership_table(ledger)}</div></div>
<div class="card" id="facts-card"><h2>Facts</h2>
<input type="search" id="filter" placeholder="filter: a place, a document, a fact id…"> <span class="muted">
<span id="shown">{len(facts):,}</span> shown</span>
<div class="scroll">{_fact_table(ledger)}</div></div>
<div class="card"><h2>Conflicts</h2>{_conflict_table(ledger)}</div>
<div class="card"><h2>Sources</h2><p class="muted">The sentences the figures come from, quantities marked;
a marked quantity links back to its fact.</p>{_sources(ledger)}</div>
</main><footer>gongbu ledger · data: {json.dumps(len(docs))} documents</footer>"""
    return (f'<!doctype html>\n<html lang="zh"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width,initial-scale=1"><title>{html.escape(title)}</title>'
            f"<style>{CSS}</style><script>{get_plotlyjs()}</script></head><body>{body}"
            f"<script>{SCRIPT}</script></body></html>\n")
