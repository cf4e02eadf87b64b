"""Score the period cases (``annotations/periods/cases.jsonl``) per round of writing.

    python scripts/score_period_cases.py [--code CHECKOUT] [--json docs/scores/period-cases-COMMIT.json]
                                         [--errors] [--note TEXT]

A case is right when the flow holding its quantity has the annotators' start, end and
cumulative; a quantity that no flow holds is wrong. ``--errors`` lists the wrong ones.
``--code`` scores the gongbu of another checkout (``git worktree add /tmp/old COMMIT``) on
this checkout's cases: how a round read before the rules had seen it.
"""

from __future__ import annotations

from _cases import ROOT, case_reader, options, write_figures  # scripts/_cases.py

CASES = ROOT / "annotations" / "periods" / "cases.jsonl"


def main() -> None:
    args = options(__doc__.splitlines()[0])
    rounds: dict[str, dict[str, int]] = {}
    cases = case_reader()
    period_of, read_cases = cases.period_of, cases.read_cases
    for case in read_cases(CASES):
        want = case["period"]
        got = period_of(case)
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
    write_figures(args, {"rounds": rounds})

if __name__ == "__main__":
    main()
