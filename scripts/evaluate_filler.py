"""The learned filler on case rounds it has not seen: leave one round of relation cases out.

    python scripts/evaluate_filler.py [--rounds 1-20] [--keep-out 21]

For each round of ``annotations/relations/cases.jsonl`` the filler is trained without it
(``scripts/train_flow_model.py --without-rounds N``: the train documents and the other rounds)
and the round is read given its marked entities, by the rules alone and by the rules with the
filler. Micro precision / recall / F1 over FROM, TO and PAIRED, per round and over all.
``--keep-out`` names rounds no training reads (rounds kept as a fresh measure).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from gongbu.evaluation.relations import case_examples, score
from gongbu.relations import extract_relations
from gongbu.relations.learned import FlowModel

HERE = Path(__file__).resolve().parent


def _rounds(spec: str) -> list[int]:
    lo, _, hi = spec.partition("-")
    return list(range(int(lo), int(hi or lo) + 1))


def _prf(m: dict) -> str:
    return f"{m['precision']:.3f} / {m['recall']:.3f} / {m['f1']:.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", default="1-20", help="a round or a range of rounds, e.g. 14-15")
    ap.add_argument("--keep-out", default="21", help="rounds the filler is never trained on")
    args = ap.parse_args()
    keep_out = [r for r in args.keep_out.split(",") if r]
    gold: dict = {}
    rules: dict = {}
    filled: dict = {}
    every = []
    print("| round | cases | rules P / R / F1 | rules + filler P / R / F1 |\n|---|---:|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for r in _rounds(args.rounds):
            out = Path(tmp) / f"without-{r}.json"
            subprocess.run([sys.executable, str(HERE / "train_flow_model.py"),
                            "--without-rounds", ",".join([str(r), *keep_out]), "--out", str(out)],
                           check=True, capture_output=True)
            model = FlowModel.read(out)
            examples = case_examples(rounds={r})
            for ex in examples:
                gold[ex.id] = ex.relations
                rules[ex.id] = set(extract_relations(ex.text, ex.entities, learned=False))
                filled[ex.id] = set(extract_relations(ex.text, ex.entities, model=model))
            a = score(gold, rules, examples)["micro"]
            b = score(gold, filled, examples)["micro"]
            print(f"| {r} | {len(examples)} | {_prf(a)} | {_prf(b)} |", flush=True)
            every += examples
    a, b = score(gold, rules, every)["micro"], score(gold, filled, every)["micro"]
    print(f"| all | {len(every)} | {_prf(a)} | **{_prf(b)}** |")


if __name__ == "__main__":
    main()
