"""List where two annotation passes disagree, one file per document, for an adjudicator.

    python scripts/disagreements.py annotations/passes/A annotations/passes/B annotations/adjudication [ID ...]

Writes ``NNN.disagreements.txt`` (one disagreement per line) for each document with any.
"""

import sys
from pathlib import Path

from gongbu.data.adjudication import disagreements
from gongbu.data.passes import read_pass


def main(a: str, b: str, out: str, ids: list[str]) -> None:
    want = set(ids) if ids else None
    pa = {d.id: d for d in read_pass(a, want)}
    pb = {d.id: d for d in read_pass(b, want)}
    Path(out).mkdir(parents=True, exist_ok=True)
    for doc_id in sorted(set(pa) & set(pb)):
        lines = [line for line, _, _ in disagreements(pa[doc_id], pb[doc_id])]
        if lines:
            (Path(out) / f"{doc_id}.disagreements.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(doc_id, len(lines), "disagreements")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:])
