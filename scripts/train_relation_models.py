"""Train the learned relation models that follow the rules (``gongbu/relations/data/``).

    python scripts/train_relation_models.py [--out-dir gongbu/relations/data] [--without-rounds 17,18]

Both learn from the annotators' gold only: the train documents and the relation cases (the dev
documents stay unseen, to check the models on; the locked test part is never read).

- ``flow_model.json``: (quantity, party) → NONE / FROM / TO, a multinomial logistic regression
  over the features of :func:`gongbu.relations.features.flow_features`;
- ``pair_model.json``: (party, place) → NONE / PAIRED, over
  :func:`gongbu.relations.features.pairing_features`, which include what the rules paired in the
  sentence: the rules run here over each example's marked entities.

scikit-learn, ``class_weight="balanced"``, C=1 (the comparison model's settings). The weights are
written as JSON and scored by :mod:`gongbu.relations.learned` without scikit-learn; the script
checks that the JSON gives scikit-learn's probabilities on every training row before it writes.
``--without-rounds`` leaves case rounds out, to measure the models on rounds they have not seen.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from gongbu.data.splits import read_splits
from gongbu.evaluation.relations import case_examples, load_examples
from gongbu.paths import annotations_dir
from gongbu.relations import iter_sentences, rules_by_sentence
from gongbu.relations.features import candidates, flow_features, pairing_features
from gongbu.relations.learned import MODEL_PATH, LinearModel

CASES = annotations_dir() / "relations" / "cases.jsonl"


def _rows(examples) -> dict[str, tuple[list[dict], list[str]]]:
    rows: dict[str, tuple[list[dict], list[str]]] = {"flow": ([], []), "pair": ([], [])}
    for ex in examples:
        for sent, found in rules_by_sentence(iter_sentences(ex.text, ex.entities, min_mentions=2), ex.entities):
            paired = {(h, t) for label, h, t in found if label == "PAIRED"}
            for kind, h, t in candidates(sent):
                if kind == "flow":
                    rows[kind][0].append(flow_features(sent, h, t))
                    rows[kind][1].append(next((lab for lab in ("FROM", "TO") if (lab, h, t) in ex.relations), "NONE"))
                else:
                    rows[kind][0].append(pairing_features(sent, h, t, paired))
                    rows[kind][1].append("PAIRED" if ("PAIRED", h, t) in ex.relations else "NONE")
    return rows


def _fit(x: list[dict], y: list[str]) -> tuple[LinearModel, float]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    matrix = vec.fit_transform(x)
    reg = LogisticRegression(C=1.0, max_iter=5000, class_weight="balanced").fit(matrix, y)
    weights = {name: [round(float(w), 6) for w in reg.coef_[:, col]]
               for name, col in vec.vocabulary_.items() if any(reg.coef_[:, col])}
    model = LinearModel(list(reg.classes_), [round(float(b), 6) for b in reg.intercept_], weights)
    want = reg.predict_proba(matrix)
    worst = max(abs(model.probabilities(row)[c] - want[i, k])
                for i, row in enumerate(x) for k, c in enumerate(reg.classes_))
    if worst > 1e-3:
        raise SystemExit(f"the JSON weights differ from scikit-learn's by {worst:.2g}")
    return model, worst


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out-dir", default=str(MODEL_PATH.parent))
    ap.add_argument("--without-rounds", default="", help="case rounds to leave out, e.g. 17,18")
    args = ap.parse_args()
    left_out = {int(r) for r in args.without_rounds.split(",") if r}
    every = {json.loads(line)["round"] for line in CASES.read_text("utf-8").splitlines() if line.strip()}
    cases = case_examples(CASES, rounds=every - left_out)
    held_out = set(read_splits()["dev"])  # dev stays unseen, to check the models on
    examples = [ex for ex in load_examples() if ex.id not in held_out] + cases
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for kind, (x, y) in _rows(examples).items():
        model, worst = _fit(x, y)
        path = out / f"{kind}_model.json"
        path.write_text(json.dumps(
            {"classes": model.classes, "intercept": model.intercept, "weights": model.weights,
             "trained_on": {"documents": len(examples) - len(cases), "cases": len(cases),
                            "rows": len(y), "without_rounds": sorted(left_out)}},
            ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n", "utf-8")
        print(f"{path}: {len(model.weights)} features, {len(y)} rows from {len(examples)} examples "
              f"({len(cases)} cases); largest probability difference from scikit-learn {worst:.1e}")


if __name__ == "__main__":
    main()
