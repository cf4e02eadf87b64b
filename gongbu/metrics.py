"""Precision, recall and F1: the one implementation every score of gongbu uses.

>>> prf(8, 2, 2)["f1"]
0.8
"""

from __future__ import annotations

__all__ = ["prf"]


def prf(tp: int, fp: int, fn: int) -> dict:
    """Precision, recall and F1 from true positives, false positives and false negatives, with the counts."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}
