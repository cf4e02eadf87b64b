"""A learned model that fills the rules' holes: a FROM or TO for a quantity the rules leave without one.

The rules are precise but miss structures they were never written for (on relation case rounds
14 and 15, written by annotators who never read the rules, their recall was 0.77 at a precision
of 0.92). A multinomial logistic regression over (quantity, party) pairs of one sentence
(features in :mod:`gongbu.relations.features`), trained on the annotators' gold, adds for each
amount of money without a giver the party it finds most probably the giver, when that
probability is at least one half, and likewise for an amount without a receiver; a party that is
already one end of the amount is never made its other end, and a pair a rule proposed and a later
rule took back (``Sentence.vetoed``) stays apart. It never removes or changes what the rules
found, and it proposes no PAIRED (there it lost more precision than it gained recall). Its weights
are data: ``data/flow_model.json``, written by ``python scripts/train_flow_model.py``; scoring is
a dot product here, so scikit-learn stays off the parse path.

The rules give the share (2600万元) of a county named after its total neither giver nor receiver;
the model gives it both (and the total no receiver: the county receives only its share):

>>> from gongbu.data.markup import parse_markup
>>> from gongbu.relations import extract_relations
>>> doc = parse_markup("2020年⟦GPE|宁波⟧安排的协作资金⟦MONEY|8000万元⟧中，⟦GPE|望谟县⟧分得⟦MONEY|2600万元⟧。")
>>> extract_relations(doc.text, doc.entities, learned=False)
[('FROM', 1, 0)]
>>> extract_relations(doc.text, doc.entities)
[('FROM', 1, 0), ('FROM', 3, 0), ('TO', 3, 2)]
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from gongbu.relations.features import flow_features
from gongbu.relations.rules import PARTY, Sentence, is_pair

__all__ = ["THRESHOLD", "FlowModel", "fill_holes", "flow_model"]

MODEL_PATH = Path(__file__).with_name("data") / "flow_model.json"
THRESHOLD = 0.5  # the classifier's own decision point; 0.7 was no better on dev or rounds 14–15
# Amounts only: filling counts of people gained 0.002 F1 on rounds 14–15 and lost as much on dev.
FILLED = frozenset({"MONEY"})


class FlowModel:
    """``classes`` (NONE, FROM, TO in the file's order), ``intercept`` and sparse ``weights``
    (feature → one weight per class), as scikit-learn's multinomial regression learned them."""

    def __init__(self, classes: Sequence[str], intercept: Sequence[float],
                 weights: dict[str, Sequence[float]]) -> None:
        self.classes = list(classes)
        self.intercept = list(intercept)
        self.weights = weights

    @classmethod
    def read(cls, path: str | Path = MODEL_PATH) -> FlowModel:
        data = json.loads(Path(path).read_text("utf-8"))
        return cls(data["classes"], data["intercept"], data["weights"])

    def probabilities(self, features: dict[str, float]) -> dict[str, float]:
        """Class → probability (softmax of the linear scores)."""
        scores = list(self.intercept)
        for name, value in features.items():
            w = self.weights.get(name)
            if w is not None:
                for k, wk in enumerate(w):
                    scores[k] += wk * value
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}


@lru_cache(maxsize=1)
def flow_model() -> FlowModel:
    """The shipped model, read once."""
    return FlowModel.read()


def fill_holes(sentences: Iterable[Sentence], found: Iterable[tuple[str, int, int]], *,
               model: FlowModel | None = None, threshold: float = THRESHOLD) -> list[tuple[str, int, int]]:
    """FROM and TO relations for the amounts of ``sentences`` that ``found`` leaves without one.

    ``sentences`` are those the rules read (their ``vetoed`` pairs set), ``found`` what they found.
    """
    found = list(found)
    have = {(label, head) for label, head, _ in found}
    # A party that already gives or receives a quantity is not also its other end.
    ends = {(head, tail) for _, head, tail in found}
    model = model or flow_model()
    out: list[tuple[str, int, int]] = []
    for sent in sentences:
        ents = sent.entities
        quantities = [k for k in sent.indices if ents[k].label in FILLED
                      and (("FROM", k) not in have or ("TO", k) not in have)]
        if not quantities:
            continue
        excluded = sent.excluded()
        parties = [k for k in sent.indices if ents[k].label in PARTY and not is_pair(ents[k]) and k not in excluded]
        for q in quantities:
            best: dict[str, tuple[float, int]] = {}
            for p in parties:
                if (q, p) in ends or (q, p) in sent.vetoed:
                    continue
                probs = model.probabilities(flow_features(sent, q, p))
                for label in ("FROM", "TO"):
                    pr = probs.get(label, 0.0)
                    if (label, q) not in have and pr >= threshold and pr > best.get(label, (0.0, -1))[0]:
                        best[label] = (pr, p)
            for label, (_, p) in best.items():
                out.append((label, q, p))
                # 对「东川区」、「寻甸县」、「禄劝县」的帮扶资金: a receiver in a list of places receives with the list.
                # Not a list that already receives another amount of the sentence (…万源市按每县5000万元，
                # 其余受援县按每县3900万元): that list is the other amount's.
                if label == "TO":
                    group = next((g for g in sent.groups(sent.clause_of(p)) if p in g and len(g) > 1), ())
                    taken = {t for lab, h, t in found if lab == "TO" and h != q}
                    if not taken.intersection(group):
                        out.extend(("TO", q, k) for k in group if k != p and (q, k) not in ends
                                   and (q, k) not in sent.vetoed)
    return out


def explain(sent: Sentence, q: int, p: int, model: FlowModel | None = None) -> list[tuple[str, Any]]:
    """The features of one (quantity, party) pair with their weights, strongest first (debugging)."""
    model = model or flow_model()
    feats = flow_features(sent, q, p)
    rows = [(name, model.weights.get(name)) for name in feats if name in model.weights]
    return sorted(rows, key=lambda r: -max(abs(w) for w in r[1]))
