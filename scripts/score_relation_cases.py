"""Score the relation cases (``annotations/relations/cases.jsonl``) per round, end to end.

    python scripts/score_relation_cases.py [--code CHECKOUT] [--json docs/scores/relation-cases-COMMIT.json]
                                           [--errors] [--note TEXT]

Each case is a short passage in inline markup with every entity and relation its annotators
gave. gongbu parses the plain text; an entity is right when its label and span match, a
relation when its label and both spans do. Micro P/R/F1 per round, and relation F1 per
structure tag. ``--code`` scores the gongbu of another checkout on this checkout's cases.
"""

from __future__ import annotations

from collections import defaultdict

from _cases import ROOT, case_reader, options, write_figures  # scripts/_cases.py

CASES = ROOT / "annotations" / "relations" / "cases.jsonl"


def _prf(tp: int, n_found: int, n_gold: int) -> dict[str, float]:
    p = tp / n_found if n_found else 1.0
    r = tp / n_gold if n_gold else 1.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def main() -> None:
    args = options(__doc__.splitlines()[0])
    tallies: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    per_structure: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    cases = case_reader()
    compare, read_cases = cases.compare, cases.read_cases
    for case in read_cases(CASES):
        gold_e, found_e, gold_r, found_r = compare(case["markup"])
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
    write_figures(args, {"rounds": rounds, "structures": structures})

if __name__ == "__main__":
    main()
