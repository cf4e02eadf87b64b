"""Build annotations/gold.jsonl from the two passes and the adjudicator's decisions.

    python scripts/adjudicate.py

Pass A is the base; ``annotations/adjudication/NNN.decisions.jsonl`` (one JSON line per
disagreement: item, take A|B, why) settles every disagreement that
``scripts/disagreements.py`` listed. Norms are the annotators' (pass A's, pass B's
where pass A wrote none, the adjudicator's choice where they differ); no code fills
them. A disagreement without a decision stops the build.
"""

import json
import sys
from pathlib import Path

from gongbu.data.adjudication import apply_decisions
from gongbu.data.gold import write_gold
from gongbu.data.passes import read_pass

FOLDER = Path("annotations/adjudication")


def decisions(doc_id: str) -> dict[str, str]:
    path = FOLDER / f"{doc_id}.decisions.jsonl"
    if not path.exists():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            out[rec["item"]] = rec["take"]
    return out


def main() -> int:
    a = {d.id: d for d in read_pass("annotations/passes/A")}
    b = {d.id: d for d in read_pass("annotations/passes/B")}
    gold, missing = [], 0
    for doc_id in sorted(a):
        if doc_id not in b:
            print(f"{doc_id}: no pass B; skipped", file=sys.stderr)
            continue
        doc, undecided = apply_decisions(a[doc_id], b[doc_id], decisions(doc_id))
        for line in undecided:
            print(f"{doc_id}: undecided: {line}", file=sys.stderr)
        missing += len(undecided)
        gold.append(doc)
    if missing:
        print(f"{missing} disagreement(s) without a decision; gold not written", file=sys.stderr)
        return 1
    print(write_gold(gold), len(gold), "documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
