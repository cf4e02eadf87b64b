"""Build annotations/periods/gold.jsonl from the two period passes and the adjudicator's decisions.

    python scripts/period_adjudicate.py

Pass A (``annotations/periods/passes/A``) is the base. Every scored disagreement (A and B
differ on ``period.start``, ``period.end`` or ``period.cumulative``; listed by
``scripts/period_disagreements.py``) must have a line in
``annotations/periods/adjudication/NNN.decisions.jsonl``:

    {"start", "end", "choose": "A"|"B"|"other", "period": {...} (only with "other"), "reason"}

Where the passes differ only in ``text``/``span`` pass A's is kept. A scored disagreement
without a decision stops the build (exit 1, listed on stderr), and so does any check that
fails: each quantity must be a MONEY or PERSON-COUNT span of ``annotations/gold.jsonl``
(all of them, in order), each period must have the SPEC's shape, and every period
``span`` must cover exactly its ``text`` in the document.

Output: one line per document, ``{"id", "file", "periods": [{"start", "end", "period"}]}``.
"""

import json
import sys
from pathlib import Path

PASSES = Path("annotations/periods/passes")
FOLDER = Path("annotations/periods/adjudication")
OUT = Path("annotations/periods/gold.jsonl")
GOLD = Path("annotations/gold.jsonl")
CORPUS = Path("corpus")
LABELS = ("MONEY", "PERSON-COUNT")
SCORED = ("start", "end", "cumulative")
KEYS = {"start", "end", "cumulative", "text", "span"}


def read_lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def decisions(doc_id: str) -> dict[tuple[int, int], dict]:
    path = FOLDER / f"{doc_id}.decisions.jsonl"
    return {(d["start"], d["end"]): d for d in read_lines(path)} if path.exists() else {}


def shape_errors(p: dict, text: str) -> list[str]:
    """What is wrong with one period (empty when nothing)."""
    if not isinstance(p, dict) or set(p) != KEYS:
        return [f"period keys {sorted(p) if isinstance(p, dict) else p!r}, want {sorted(KEYS)}"]
    errs = []
    for k in ("start", "end"):
        if p[k] is not None and (not isinstance(p[k], int) or isinstance(p[k], bool)):
            errs.append(f"{k} {p[k]!r} is not a year or null")
    if isinstance(p["start"], int) and isinstance(p["end"], int) and p["start"] > p["end"]:
        errs.append(f"start {p['start']} > end {p['end']}")
    if not isinstance(p["cumulative"], bool):
        errs.append(f"cumulative {p['cumulative']!r} is not a bool")
    if (p["text"] is None) != (p["span"] is None):
        errs.append("text and span must both be null or both set")
    elif p["span"] is not None:
        s = p["span"]
        ints = isinstance(s, list) and len(s) == 2 and all(isinstance(x, int) for x in s)
        if not (ints and 0 <= s[0] < s[1] <= len(text)):
            errs.append(f"span {s!r} is not [start, end) inside the document")
        elif text[s[0]:s[1]] != p["text"]:
            errs.append(f"span {s} covers {text[s[0]:s[1]]!r}, not text {p['text']!r}")
    return errs


def build(doc: dict) -> tuple[dict, list[str], list[str]]:
    """The gold line of one document, its undecided disagreements and its errors."""
    doc_id = doc["id"]
    text = (CORPUS / doc["file"]).read_text(encoding="utf-8")
    a = read_lines(PASSES / "A" / f"{doc_id}.jsonl")
    b = read_lines(PASSES / "B" / f"{doc_id}.jsonl")
    want = [(e["start"], e["end"]) for e in doc["entities"] if e["label"] in LABELS]
    errors, undecided = [], []
    for name, recs in (("A", a), ("B", b)):
        got = [(r["start"], r["end"]) for r in recs]
        if got != want:
            extra = sorted(set(got) - set(want))
            missing = sorted(set(want) - set(got))
            errors.append(f"pass {name}: quantities are not the gold {'/'.join(LABELS)} spans in order "
                          f"(not in gold: {extra}; missing: {missing})")
    if errors:
        return {}, [], errors
    todo = decisions(doc_id)
    periods = []
    for x, y in zip(a, b, strict=True):
        key = (x["start"], x["end"])
        pa, pb = x["period"], y["period"]
        for name, p in (("A", pa), ("B", pb)):
            errors += [f"[{key[0]}, {key[1]}) pass {name}: {e}" for e in shape_errors(p, text)]
        chosen = pa
        if tuple(pa[k] for k in SCORED) != tuple(pb[k] for k in SCORED):
            dec = todo.pop(key, None)
            if dec is None:
                undecided.append(f"[{key[0]}, {key[1]}) {text[key[0]:key[1]]!r}: "
                                 f"A {[pa[k] for k in SCORED]} vs B {[pb[k] for k in SCORED]}")
                continue
            if dec.get("choose") == "B":
                chosen = pb
            elif dec.get("choose") == "other":
                chosen = dec.get("period")
                errors += [f"[{key[0]}, {key[1]}) decision: {e}" for e in shape_errors(chosen, text)]
            elif dec.get("choose") != "A":
                errors.append(f"[{key[0]}, {key[1]}) decision: choose {dec.get('choose')!r} is not A, B or other")
            if not dec.get("reason"):
                errors.append(f"[{key[0]}, {key[1]}) decision without a reason")
        periods.append({"start": key[0], "end": key[1], "period": chosen})
    for key in todo:
        errors.append(f"[{key[0]}, {key[1]}) has a decision but no scored disagreement")
    return {"id": doc_id, "file": doc["file"], "periods": periods}, undecided, errors


def main() -> int:
    docs = read_lines(GOLD)
    out, n_undecided, n_errors = [], 0, 0
    for doc in docs:
        line, undecided, errors = build(doc)
        for u in undecided:
            print(f"{doc['id']}: undecided: {u}", file=sys.stderr)
        for e in errors:
            print(f"{doc['id']}: error: {e}", file=sys.stderr)
        n_undecided += len(undecided)
        n_errors += len(errors)
        out.append(line)
    if n_undecided or n_errors:
        print(f"{n_undecided} disagreement(s) without a decision, {n_errors} error(s); "
              f"{OUT} not written", file=sys.stderr)
        return 1
    OUT.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in out), encoding="utf-8")
    print(OUT, len(out), "documents,", sum(len(d["periods"]) for d in out), "periods")
    return 0


if __name__ == "__main__":
    sys.exit(main())
