"""A learned comparison model: logistic regression over candidate pairs of a sentence.

It exists to check the rules against a model that learns from the annotated
relations (``python scripts/evaluate_relations.py`` trains it on every development document
but one and tests it on that one). It is not what :func:`gongbu.relations.extract_relations`
uses.

>>> from gongbu.evaluation.relations import load_examples   # doctest: +SKIP
>>> model = PairClassifier().fit(load_examples())         # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from gongbu.relations.features import candidates, flow_features, pair_features

__all__ = ["PairClassifier"]


class PairClassifier:
    """Two logistic regressions: (quantity, party) → NONE/FROM/TO and (party, GPE) → NONE/PAIRED."""

    def __init__(self, *, C: float = 1.0, threshold: float = 0.5, class_weight: str | None = "balanced") -> None:
        self.C = C
        self.threshold = threshold
        self.class_weight = class_weight
        self._models: dict[str, Any] = {}

    @staticmethod
    def _rows(text: str, entities: Sequence[Any], gold: set | None = None):
        from gongbu.relations import sentence_objects

        rows: dict[str, tuple[list[dict], list[str], list[tuple[int, int]]]] = {
            "flow": ([], [], []), "pair": ([], [], [])}
        for sent in sentence_objects(text, entities):
            for kind, h, t in candidates(sent):
                feats = flow_features(sent, h, t) if kind == "flow" else pair_features(sent, h, t)
                if kind == "flow":
                    y = next((lab for lab in ("FROM", "TO") if gold and (lab, h, t) in gold), "NONE")
                else:
                    y = "PAIRED" if gold and ("PAIRED", h, t) in gold else "NONE"
                rows[kind][0].append(feats)
                rows[kind][1].append(y)
                rows[kind][2].append((h, t))
        return rows

    def fit(self, examples: Sequence[Any]) -> PairClassifier:
        """Train on examples with ``.text``, ``.entities`` and ``.relations`` (see evaluate.Example)."""
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline

        data: dict[str, tuple[list, list]] = {"flow": ([], []), "pair": ([], [])}
        for ex in examples:
            for kind, (x, y, _) in self._rows(ex.text, ex.entities, ex.relations).items():
                data[kind][0].extend(x)
                data[kind][1].extend(y)
        for kind, (x, y) in data.items():
            if len(set(y)) < 2:
                self._models[kind] = None
                continue
            classifier = LogisticRegression(C=self.C, max_iter=5000, class_weight=self.class_weight)
            model = make_pipeline(DictVectorizer(), classifier)
            self._models[kind] = model.fit(x, y)
        return self

    def predict(self, text: str, entities: Sequence[Any]) -> list[tuple[str, int, int]]:
        """``(label, head, tail)`` relations for the working ``text`` and its ``entities``."""
        from gongbu.relations import valid

        out: list[tuple[str, int, int]] = []
        best_pair: dict[tuple, tuple[float, tuple[str, int, int]]] = {}
        for kind, (x, _, pairs) in self._rows(text, entities).items():
            model = self._models.get(kind)
            if model is None or not x:
                continue
            probs = model.predict_proba(x)
            classes = list(model.classes_)
            for (h, t), row in zip(pairs, probs, strict=True):
                k = max(range(len(classes)), key=lambda i: row[i])
                label = classes[k]
                if label == "NONE" or row[k] < self.threshold:
                    continue
                if kind == "pair":
                    # One PAIRED per (helper, helped) names and sentence: keep the most probable.
                    key = (_name(entities[h]), _name(entities[t]), _sentence_key(text, entities[h].start))
                    if key not in best_pair or row[k] > best_pair[key][0]:
                        best_pair[key] = (row[k], (label, h, t))
                else:
                    out.append((label, h, t))
        out.extend(rel for _, rel in best_pair.values())
        return valid(out, entities)

    def predict_example(self, ex: Any) -> set[tuple[str, int, int]]:
        return set(self.predict(ex.text, ex.entities))


def _name(ent: Any) -> str:
    name = (getattr(ent, "norm", None) or {}).get("name")
    return name if isinstance(name, str) else ent.text


def _sentence_key(text: str, pos: int) -> int:
    from gongbu.text import sentences

    for k, (s, e) in enumerate(sentences(text)):
        if s <= pos < e:
            return k
    return -1
