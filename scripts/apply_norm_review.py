"""Apply the hand corrections in annotations/norm_review.jsonl to annotations/gold.jsonl.

Each review line is ``{"doc", "start", "end", "text", "field", "proposed", "correct", "why"}``.
The entity is matched by document id, start, end and text; the script fails loudly if an
entity is not found (or is ambiguous), or if the field holds neither the proposed nor the
correct value (the gold changed since the review). Lines already applied are skipped, so
running the script twice is harmless. The gold file is written atomically.

    python scripts/apply_norm_review.py [--review PATH] [--gold PATH] [--dry-run]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

from gongbu.data.gold import annotations_dir, read_gold, write_gold

FIELDS = {"doc", "start", "end", "text", "field", "proposed", "correct", "why"}


def read_review(path: Path) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                sys.exit(f"{path}:{lineno}: not valid JSON ({exc.msg})")
            if set(row) != FIELDS:
                sys.exit(f"{path}:{lineno}: keys must be {sorted(FIELDS)}, got {sorted(row)}")
            row["_where"] = f"{path}:{lineno}"
            rows.append(row)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--review", type=Path, default=annotations_dir() / "norm_review.jsonl")
    ap.add_argument("--gold", type=Path, default=annotations_dir() / "gold.jsonl")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args(argv)

    docs = read_gold(args.gold)
    by_id = {d.id: d for d in docs}
    # mutable copies of the norms: (doc id, entity index) -> dict
    norms: dict[tuple[str, int], dict] = {}
    applied = skipped = 0
    for row in read_review(args.review):
        where = row["_where"]
        doc = by_id.get(row["doc"])
        if doc is None:
            raise SystemExit(f"{where}: document {row['doc']!r} not in {args.gold}")
        hits = [
            i for i, e in enumerate(doc.entities)
            if e.start == row["start"] and e.end == row["end"] and e.text == row["text"]
        ]
        if len(hits) != 1:
            raise SystemExit(
                f"{where}: entity {row['text']!r} [{row['start']}:{row['end']}] of doc {row['doc']} "
                f"{'not found' if not hits else 'ambiguous'} in {args.gold}"
            )
        key = (row["doc"], hits[0])
        norm = norms.setdefault(key, dict(doc.entities[hits[0]].norm or {}))
        current = norm.get(row["field"])
        if current == row["correct"] and row["field"] in norm:
            skipped += 1
            continue
        if current != row["proposed"]:
            raise SystemExit(
                f"{where}: {row['field']!r} of {row['text']!r} in doc {row['doc']} is {current!r}, "
                f"expected the proposed {row['proposed']!r} (or the correction {row['correct']!r})"
            )
        norm[row["field"]] = row["correct"]
        applied += 1

    new_docs = []
    for d in docs:
        ents = tuple(
            dataclasses.replace(e, norm=norms[(d.id, i)]) if (d.id, i) in norms else e
            for i, e in enumerate(d.entities)
        )
        new_docs.append(dataclasses.replace(d, entities=ents))
    if args.dry_run:
        print(f"would apply {applied} correction(s), {skipped} already applied")
        return 0
    write_gold(new_docs, args.gold)
    print(f"applied {applied} correction(s) to {len(norms)} entities, {skipped} already applied -> {args.gold}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
