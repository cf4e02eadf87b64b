"""Document-level splits (``annotations/splits.json``): folds for leave-one-document-out and a fixed split.

Splitting by document keeps every repeated passage (seed 003 repeats its
briefing) inside one split, so nothing leaks from training into evaluation.
"""

from __future__ import annotations

import json
from pathlib import Path

from gongbu.data.gold import annotations_dir

__all__ = ["read_splits"]


def read_splits(path: str | Path | None = None) -> dict:
    path = Path(path) if path else annotations_dir() / "splits.json"
    data = json.loads(Path(path).read_text("utf-8"))
    for key in ("train", "dev", "test", "folds"):
        if key not in data:
            raise ValueError(f"{path}: missing {key!r}")
    return data
