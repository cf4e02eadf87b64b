"""Train the model that fills the rules' holes (``gongbu/relations/data/flow_model.json``).

    python scripts/train_flow_model.py [--out gongbu/relations/data/flow_model.json] [--without-rounds 14,15]

It learns (quantity, party) → NONE / FROM / TO from the annotators' gold: the train documents
and the relation cases (the dev documents stay unseen, to check it on; the locked test part is
never read). A multinomial logistic
regression (scikit-learn, ``class_weight="balanced"``, C=1, the comparison model's settings)
over the features of :mod:`gongbu.relations.features`; the weights are written as JSON and
scored by :mod:`gongbu.relations.learned` without scikit-learn. The script checks that the
JSON gives scikit-learn's probabilities on every training row before it writes.
``--without-rounds`` leaves case rounds out, to measure the filler on rounds it has not seen.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from gongbu.data.splits import read_splits
from gongbu.evaluation.learned import PairClassifier
from gongbu.evaluation.relations import case_examples, load_examples
from gongbu.paths import annotations_dir
from gongbu.relations.learned import MODEL_PATH, FlowModel

CASES = annotations_dir() / "relations" / "cases.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(MODEL_PATH))
    ap.add_argument("--without-rounds", default="", help="case rounds to leave out, e.g. 14,15")
    args = ap.parse_args()
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    left_out = {int(r) for r in args.without_rounds.split(",") if r}
    every = {json.loads(line)["round"] for line in CASES.read_text("utf-8").splitlines() if line.strip()}
    cases = case_examples(CASES, rounds=every - left_out)
    held_out = set(read_splits()["dev"])  # dev stays unseen, to check the filler on
    examples = [ex for ex in load_examples() if ex.id not in held_out] + cases
    x: list[dict] = []
    y: list[str] = []
    for ex in examples:
        rows = PairClassifier._rows(ex.text, ex.entities, ex.relations)["flow"]
        x.extend(rows[0])
        y.extend(rows[1])
    vec = DictVectorizer()
    matrix = vec.fit_transform(x)
    reg = LogisticRegression(C=1.0, max_iter=5000, class_weight="balanced").fit(matrix, y)
    weights = {name: [round(float(reg.coef_[k, col]), 6) for k in range(len(reg.classes_))]
               for name, col in vec.vocabulary_.items() if any(reg.coef_[:, col])}
    model = FlowModel(list(reg.classes_), [round(float(b), 6) for b in reg.intercept_], weights)
    want = reg.predict_proba(matrix)
    worst = max(abs(model.probabilities(row)[c] - want[i, k])
                for i, row in enumerate(x) for k, c in enumerate(reg.classes_))
    if worst > 1e-3:
        raise SystemExit(f"the JSON weights differ from scikit-learn's by {worst:.2g}")
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(
        {"classes": model.classes, "intercept": model.intercept, "weights": weights,
         "trained_on": {"documents": len(examples) - len(cases), "cases": len(cases),
                        "rows": len(y), "without_rounds": sorted(left_out)}},
        ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n", "utf-8")
    print(f"{args.out}: {len(weights)} features, {len(y)} rows from {len(examples)} examples "
          f"({len(cases)} cases); largest probability difference from scikit-learn {worst:.1e}")


if __name__ == "__main__":
    main()
