"""List where the two period passes disagree, one file per document, for an adjudicator.

    python scripts/period_disagreements.py [ID ...]

Reads ``annotations/periods/passes/A`` and ``.../B`` (one JSON line per gold quantity, in
the same order) and writes ``annotations/periods/adjudication/NNN.disagreements.txt`` for
each document with any difference. Two kinds:

- ``scored``: the passes differ on ``period.start``, ``period.end`` or
  ``period.cumulative`` (the fields that are scored); each needs a line in
  ``NNN.decisions.jsonl`` before ``scripts/period_adjudicate.py`` builds the gold;
- ``text/span``: they agree on those but differ in ``period.text`` / ``period.span``
  (informational; the gold keeps pass A's).

Prints the agreement of the raw passes: the share of quantities on which A and B agree
exactly on (start, end, cumulative), and per field.
"""

import json
import sys
from pathlib import Path

PASSES = Path("annotations/periods/passes")
OUT = Path("annotations/periods/adjudication")
GOLD = Path("annotations/gold.jsonl")
CORPUS = Path("corpus")
SCORED = ("start", "end", "cumulative")


def read_lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def read_pass(name: str, doc_id: str) -> list[dict]:
    return read_lines(PASSES / name / f"{doc_id}.jsonl")


def documents() -> dict[str, dict]:
    return {d["id"]: d for d in read_lines(GOLD)}


def paragraph(text: str, start: int, end: int) -> tuple[int, str]:
    """The line (paragraph) holding ``[start, end)``, with its start offset."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    if hi < 0:
        hi = len(text)
    return lo, text[lo:hi]


def scored(rec: dict) -> tuple:
    return tuple(rec["period"][k] for k in SCORED)


def show(rec: dict) -> str:
    p = rec["period"]
    return (f"start={p['start']} end={p['end']} cumulative={p['cumulative']} "
            f"text={json.dumps(p['text'], ensure_ascii=False)} span={p['span']}")


def compare(doc: dict, text: str, a: list[dict], b: list[dict]) -> tuple[list[str], list[str]]:
    """Blocks of the scored and the text/span disagreements of one document."""
    if len(a) != len(b) or any((x["start"], x["end"]) != (y["start"], y["end"]) for x, y in zip(a, b, strict=True)):
        raise SystemExit(f"{doc['id']}: passes A and B do not list the same quantities")
    hard, soft = [], []
    for n, (x, y) in enumerate(zip(a, b, strict=True)):
        if scored(x) != scored(y):
            kind, into = "scored", hard
        elif (x["period"]["text"], x["period"]["span"]) != (y["period"]["text"], y["period"]["span"]):
            kind, into = "text/span", soft
        else:
            continue
        lo, para = paragraph(text, x["start"], x["end"])
        fields = [k for k in SCORED if x["period"][k] != y["period"][k]] or ["text/span"]
        into.append("\n".join([
            f"## [{kind}] quantity {n} [{x['start']}, {x['end']}) "
            f"{json.dumps(text[x['start']:x['end']], ensure_ascii=False)}  differs on: {', '.join(fields)}",
            f"paragraph @{lo}: {para}",
            f"A: {show(x)}",
            f"   note: {x.get('note') or ''}",
            f"B: {show(y)}",
            f"   note: {y.get('note') or ''}",
        ]))
    return hard, soft


def main(ids: list[str]) -> int:
    docs = documents()
    want = sorted(ids) if ids else sorted(docs)
    OUT.mkdir(parents=True, exist_ok=True)
    total, exact, hard_n, soft_n = 0, 0, 0, 0
    same = {k: 0 for k in (*SCORED, "text", "span")}
    for doc_id in want:
        doc = docs[doc_id]
        text = (CORPUS / doc["file"]).read_text(encoding="utf-8")
        a, b = read_pass("A", doc_id), read_pass("B", doc_id)
        hard, soft = compare(doc, text, a, b)
        for x, y in zip(a, b, strict=True):
            total += 1
            exact += scored(x) == scored(y)
            for k in same:
                same[k] += x["period"][k] == y["period"][k]
        path = OUT / f"{doc_id}.disagreements.txt"
        if hard or soft:
            head = f"# {doc_id} {doc['file']}: {len(hard)} scored, {len(soft)} text/span-only disagreement(s)\n\n"
            path.write_text(head + "\n\n".join(hard + soft) + "\n", encoding="utf-8")
        elif path.exists():
            path.unlink()
        hard_n += len(hard)
        soft_n += len(soft)
        print(f"{doc_id} {len(a)} quantities, {len(hard)} scored, {len(soft)} text/span-only")
    print(f"{len(want)} documents, {total} quantities: {hard_n} scored disagreements, "
          f"{soft_n} text/span-only")
    print(f"exact agreement on (start, end, cumulative): {exact}/{total} = {exact / total:.1%}")
    for k, v in same.items():
        print(f"  {k:<10} {v}/{total} = {v / total:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
