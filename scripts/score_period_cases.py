"""Score the period cases (``annotations/periods/cases.jsonl``) per round of writing.

    python scripts/score_period_cases.py [--code CHECKOUT] [--json docs/scores/period-cases-COMMIT.json]
                                         [--errors] [--note TEXT]

A case is right when the flow holding its quantity has the annotators' start, end and
cumulative; a quantity that no flow holds is wrong. ``--errors`` lists the wrong ones.
``--code`` scores the gongbu of another checkout (``git worktree add /tmp/old COMMIT``) on
this checkout's cases: how a round read before the rules had seen it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "annotations" / "periods" / "cases.jsonl"


def _nth(text: str, part: str, n: int) -> int:
    at = -1
    for _ in range(n):
        at = text.index(part, at + 1)
    return at


def read(case: dict) -> tuple | None:
    import gongbu

    report = gongbu.parse(case["text"], date=case["date"])
    start = _nth(case["text"], case["quantity"], case["occurrence"])
    end = start + len(case["quantity"])
    for flow in report.flows:
        span = report.entities[flow.quantity]
        if span.start < end and start < span.end:
            return flow.period.start, flow.period.end, flow.period.cumulative
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--code", type=Path, default=ROOT, help="the checkout whose gongbu is scored")
    ap.add_argument("--json", type=Path, help="write the figures here")
    ap.add_argument("--errors", action="store_true", help="list the cases read otherwise")
    ap.add_argument("--note", default="", help="what the figures say, for the docs (e.g. which rounds were unread)")
    args = ap.parse_args()
    sys.path.insert(0, str(args.code.resolve()))  # that checkout's gongbu, not an installed one
    rounds: dict[str, dict[str, int]] = {}
    for line in CASES.read_text("utf-8").splitlines():
        case = json.loads(line)
        want = case["period"]
        got = read(case)
        right = got == (want["start"], want["end"], want["cumulative"])
        tally = rounds.setdefault(str(case["round"]), {"cases": 0, "right": 0})
        tally["cases"] += 1
        tally["right"] += right
        if args.errors and not right:
            print(f"{case['id']}: want {want['start']}–{want['end']} cum={want['cumulative']} "
                  f"({want['text']}), got {got}")
    for name, t in rounds.items():
        t["exact"] = round(t["right"] / t["cases"], 3)
        print(f"round {name}: {t['right']}/{t['cases']} = {t['exact']:.3f}")
    if args.json:
        scored = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=args.code, capture_output=True,
                                text=True).stdout.strip()
        figures = {"commit": commit, "scored": scored, "note": args.note, "rounds": rounds}
        args.json.write_text(json.dumps(figures, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main()
