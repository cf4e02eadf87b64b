"""Relations given gold entities, leave one document out: the rules against the learned comparison.

    python scripts/evaluate_relations.py                       # annotations/gold.jsonl
    python scripts/evaluate_relations.py --passes annotations/passes/A
    python scripts/evaluate_relations.py --errors              # the rules' misses and false positives
"""

import argparse
import json
import sys
from collections.abc import Sequence

from gongbu.evaluation.relations import _table, errors, evaluate, load_examples


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--passes", help="an annotation pass folder (annotations/passes/A); default: the gold file")
    ap.add_argument("--gold", help="a gold JSONL file (default annotations/gold.jsonl)")
    ap.add_argument("--model", choices=("rules", "learned", "both"), default="both")
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ap.add_argument("--errors", action="store_true", help="list the rules' misses and false positives")
    args = ap.parse_args(argv)
    examples = load_examples(args.passes, args.gold)
    if args.errors:
        print(errors(examples))
        return 0
    models = ("rules", "learned") if args.model == "both" else (args.model,)
    results = {m: evaluate(examples, m) for m in models}
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
    else:
        src = args.passes or args.gold or "annotations/gold.jsonl"
        print(f"{src}: {len(examples)} documents ({', '.join(e.id for e in examples)}), leave one document out\n")
        print(_table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
