"""List the gold quantities whose period gongbu gets wrong, with their paragraph, to group errors by cause.

    PYTHONPATH=. python scripts/period_errors.py [dev|train|both] [--all]

Runs the rules-only pipeline (same periods as the shipped one for the same entities) over the
train and/or dev documents only; the locked test split (documents 200-211) is never read or
scored. ``--all`` prints right answers too. Ends with the exact share per split.
"""

import json
import sys

from gongbu.corpus import corpus_dir, read_text
from gongbu.data.splits import read_splits
from gongbu.paths import annotations_dir
from gongbu.pipeline import parse_many
from gongbu.training.ner import rules_only

SCORED = ("start", "end", "cumulative")
CONTEXT = 160  # characters of the paragraph shown on each side of the quantity


def period_gold(ids: set[str]) -> dict[str, dict]:
    """Gold periods of the documents ``ids`` only (the test split's lines are skipped unread)."""
    out = {}
    path = annotations_dir() / "periods" / "gold.jsonl"
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            if rec["id"] in ids:
                out[rec["id"]] = rec
    return out


def paragraph(text: str, s: int, e: int) -> str:
    lo = max(text.rfind("\n", 0, s) + 1, s - CONTEXT)
    hi = text.find("\n", e)
    hi = min(len(text) if hi < 0 else hi, e + CONTEXT)
    return (text[lo:s] + "【" + text[s:e] + "】" + text[e:hi]).replace("\n", " ")


def show(p: dict | None) -> str:
    if p is None:
        return "not found"
    return f"{p.get('start')}–{p.get('end')} {'cum' if p.get('cumulative') else 'one'} {p.get('text')!r}"


def run(which: str, show_all: bool) -> tuple[int, int]:
    splits = read_splits()
    test = set(splits["test"])
    ids = [i for i in splits[which] if i not in test]
    gold = period_gold(set(ids))
    texts = {i: read_text(corpus_dir() / gold[i]["file"]) for i in ids if i in gold}
    reports = dict(zip(texts, parse_many(list(texts.values()), nlp=rules_only()), strict=True))
    total = right = 0
    for doc_id, report in reports.items():
        title = report.text.lstrip().split("\n", 1)[0][:60]
        flows = {(report.entities[f.quantity].start, report.entities[f.quantity].end): f.period.to_dict()
                 for f in report.flows}
        for q in gold[doc_id]["periods"]:
            want, got = q["period"], flows.get((q["start"], q["end"]))
            ok = got is not None and all(got.get(k) == want.get(k) for k in SCORED)
            total += 1
            right += ok
            if ok and not show_all:
                continue
            print(f"{'OK ' if ok else 'ERR'} {which} {doc_id} [{q['start']}:{q['end']}] title: {title}")
            print(f"    gold {show(want)}\n    got  {show(got)}")
            print(f"    {paragraph(report.text, q['start'], q['end'])}\n")
    return right, total


def main(argv: list[str]) -> None:
    which = next((a for a in argv if not a.startswith("-")), "both")
    names = ["dev", "train"] if which == "both" else [which]
    figures = {name: run(name, "--all" in argv) for name in names}
    for name, (right, total) in figures.items():
        print(f"{name}: exact {right}/{total} = {right / total:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
