"""The learned relation models on case rounds they have not seen: leave one round of relation cases out.

    python scripts/evaluate_filler.py [--rounds 1-16] [--keep-out 17,18]

For each round of ``annotations/relations/cases.jsonl`` both models are trained without it
(``scripts/train_relation_models.py --without-rounds N``: the train documents and the other
rounds) and the round is read given its marked entities three ways: by the rules alone, by the
rules with the flow filler, and by the rules with both models (what ships). Micro precision /
recall / F1 over FROM, TO and PAIRED, PAIRED F1 and partnership F1, per round and over all.
``--keep-out`` names rounds that no training reads (rounds kept as a fresh measure).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from gongbu.evaluation.relations import case_examples, score
from gongbu.relations import extract_relations
from gongbu.relations.learned import LinearModel

HERE = Path(__file__).resolve().parent
WAYS = ("rules", "rules + flows", "rules + flows + pairings")


def _rounds(spec: str) -> list[int]:
    lo, _, hi = spec.partition("-")
    return list(range(int(lo), int(hi or lo) + 1))


def _cell(s: dict) -> str:
    m = s["micro"]
    return (f"{m['precision']:.3f} / {m['recall']:.3f} / {m['f1']:.3f} "
            f"({s['PAIRED']['f1']:.3f}; {s['partnership']['f1']:.3f})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", default="1-16", help="a round or a range of rounds, e.g. 14-15")
    ap.add_argument("--keep-out", default="17,18", help="rounds no model is trained on")
    args = ap.parse_args()
    keep_out = [r for r in args.keep_out.split(",") if r]
    gold: dict = {}
    read: dict[str, dict] = {way: {} for way in WAYS}
    every = []
    print("micro P / R / F1 (PAIRED F1; partnership F1)\n")
    print("| round | cases | " + " | ".join(WAYS) + " |\n|---|---:|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for r in _rounds(args.rounds):
            out = Path(tmp) / f"without-{r}"
            subprocess.run([sys.executable, str(HERE / "train_relation_models.py"),
                            "--without-rounds", ",".join([str(r), *keep_out]), "--out-dir", str(out)],
                           check=True, capture_output=True)
            flows, pairs = LinearModel.read(out / "flow_model.json"), LinearModel.read(out / "pair_model.json")
            never = LinearModel(["NONE", "PAIRED"], [-1000.0], {})
            examples = case_examples(rounds={r})
            for ex in examples:
                gold[ex.id] = ex.relations
                read["rules"][ex.id] = set(extract_relations(ex.text, ex.entities, learned=False))
                read[WAYS[1]][ex.id] = set(extract_relations(ex.text, ex.entities, model=flows, pair_model=never))
                read[WAYS[2]][ex.id] = set(extract_relations(ex.text, ex.entities, model=flows, pair_model=pairs))
            cells = [_cell(score(gold, read[way], examples)) for way in WAYS]
            print(f"| {r} | {len(examples)} | " + " | ".join(cells) + " |", flush=True)
            every += examples
    cells = [_cell(score(gold, read[way], every)) for way in WAYS]
    print(f"| all | {len(every)} | " + " | ".join(cells[:-1]) + f" | **{cells[-1]}** |")


if __name__ == "__main__":
    main()
