"""Period accuracy: each gold quantity's period (``annotations/periods/gold.jsonl``) against the
period of the flow gongbu gives the same span.

A period is right when ``start``, ``end`` and ``cumulative`` all equal the annotators'
(SPEC v2; ``text`` and ``span`` are not scored, annotators placed them differently). A
quantity gongbu did not find is counted as missed, so the figure is end to end.

    >>> from gongbu.report import Report
    >>> gold = {"001": {(5, 10): {"start": 2019, "end": 2019, "cumulative": False}}}
    >>> score_periods({"001": Report.from_dict({"text": "x" * 10, "entities": [], "relations": []})}, gold)["missed"]
    1
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from gongbu.paths import annotations_dir
from gongbu.report import Report

SCORED = ("start", "end", "cumulative")


def read_period_gold(path: str | Path | None = None) -> dict[str, dict[tuple[int, int], dict[str, Any]]]:
    """``{doc id: {(start, end) of the quantity: period}}`` from the period gold file."""
    path = Path(path) if path else annotations_dir() / "periods" / "gold.jsonl"
    out: dict[str, dict[tuple[int, int], dict[str, Any]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            out[rec["id"]] = {(p["start"], p["end"]): p["period"] for p in rec["periods"]}
    return out


def score_periods(reports: Mapping[str, Report], gold: Mapping[str, Mapping[tuple[int, int], dict]]) -> dict:
    """Exact accuracy over the gold quantities of ``reports``' documents, and per field."""
    total = exact = missed = 0
    fields = dict.fromkeys(SCORED, 0)
    for doc_id, report in reports.items():
        flows = {(report.entities[f.quantity].start, report.entities[f.quantity].end): f.period.to_dict()
                 for f in report.flows}
        for span, want in gold.get(doc_id, {}).items():
            total += 1
            got = flows.get(span)
            if got is None:
                missed += 1
                continue
            hits = [got.get(k) == want.get(k) for k in SCORED]
            exact += all(hits)
            for k, hit in zip(SCORED, hits, strict=True):
                fields[k] += hit
    def share(n: int) -> float | None:
        return round(n / total, 4) if total else None

    return {"quantities": total, "exact": share(exact), "missed": missed,
            **{k: share(v) for k, v in fields.items()}}
