"""Score the relation cases (``annotations/relations/cases.jsonl``) per round, end to end.

    python scripts/score_relation_cases.py [--code CHECKOUT] [--json docs/scores/relation-cases-COMMIT.json]
                                           [--errors] [--note TEXT]

Each case is a short passage in inline markup with every entity and relation its annotators
gave. gongbu parses the plain text; an entity is right when its label and span match, a
relation when its label and both spans do. Micro P/R/F1 per round, and relation F1 per
structure tag. ``--code`` scores the gongbu of another checkout on this checkout's cases.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "annotations" / "relations" / "cases.jsonl"


def gold_and_found(case: dict) -> tuple[set, set, set, set]:
    """(gold entities, found entities, gold relations, found relations), by label and spans."""
    import gongbu
    from gongbu.data.markup import parse_markup

    doc = parse_markup(case["markup"])
    span = {k: (e.label, e.start, e.end) for k, e in enumerate(doc.entities)}
    gold_e = set(span.values())
    gold_r = {(label, span[h][1:], span[t][1:]) for label, h, t in doc.relations}
    report = gongbu.parse(doc.text)
    found_e = {(e.label, e.start, e.end) for e in report.entities}
    ents = report.entities
    found_r = {(r.label, (ents[r.head].start, ents[r.head].end), (ents[r.tail].start, ents[r.tail].end))
               for r in report.relations}
    return gold_e, found_e, gold_r, found_r


def _prf(tp: int, n_found: int, n_gold: int) -> dict[str, float]:
    p = tp / n_found if n_found else 1.0
    r = tp / n_gold if n_gold else 1.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--code", type=Path, default=ROOT, help="the checkout whose gongbu is scored")
    ap.add_argument("--json", type=Path, help="write the figures here")
    ap.add_argument("--errors", action="store_true", help="list the relations missed and the extra ones")
    ap.add_argument("--note", default="", help="what the figures say, for the docs (e.g. which rounds were unread)")
    args = ap.parse_args()
    sys.path.insert(0, str(args.code.resolve()))  # that checkout's gongbu, not an installed one
    tallies: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    per_structure: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for line in CASES.read_text("utf-8").splitlines():
        case = json.loads(line)
        gold_e, found_e, gold_r, found_r = gold_and_found(case)
        t = tallies[str(case["round"])]
        t["cases"] += 1
        t["e_tp"] += len(gold_e & found_e)
        t["e_found"] += len(found_e)
        t["e_gold"] += len(gold_e)
        t["r_tp"] += len(gold_r & found_r)
        t["r_found"] += len(found_r)
        t["r_gold"] += len(gold_r)
        s = per_structure[case["structure"]]
        s["cases"] += 1
        s["tp"] += len(gold_r & found_r)
        s["found"] += len(found_r)
        s["gold"] += len(gold_r)
        if args.errors and gold_r != found_r:
            print(f"{case['id']} ({case['structure']}): missed {sorted(gold_r - found_r)}, "
                  f"extra {sorted(found_r - gold_r)}")
    rounds = {}
    for name, t in sorted(tallies.items()):
        rounds[name] = {"cases": t["cases"], "entities": _prf(t["e_tp"], t["e_found"], t["e_gold"]),
                        "relations": _prf(t["r_tp"], t["r_found"], t["r_gold"])}
        r = rounds[name]["relations"]
        print(f"round {name}: {t['cases']} cases; entities F1 {rounds[name]['entities']['f1']:.3f}; "
              f"relations P {r['p']:.3f} R {r['r']:.3f} F1 {r['f1']:.3f}")
    structures = {k: {"cases": v["cases"], **_prf(v["tp"], v["found"], v["gold"])}
                  for k, v in sorted(per_structure.items())}
    if args.json:
        scored = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=args.code, capture_output=True,
                                text=True).stdout.strip()
        figures = {"commit": commit, "scored": scored, "note": args.note, "rounds": rounds, "structures": structures}
        args.json.write_text(json.dumps(figures, indent=1, ensure_ascii=False) + "\n", "utf-8")


if __name__ == "__main__":
    main()
