"""docs/evaluation.md is what `gongbu evaluate` wrote from docs/evaluation.json (the figures are not hand-edited)."""

import json
from pathlib import Path

from gongbu import evaluation

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_evaluation_markdown_matches_its_json():
    result = json.loads((DOCS / "evaluation.json").read_text("utf-8"))
    assert evaluation.to_markdown(result, "gongbu evaluate") == (DOCS / "evaluation.md").read_text("utf-8")


def test_targets_are_reported_for_the_shipped_variant():
    result = json.loads((DOCS / "evaluation.json").read_text("utf-8"))
    rows = {name: (value, goal) for name, value, goal in evaluation.targets(result)}
    assert rows["entity micro F1, LODO, shipped variant"][0] == result["entities_lodo"]["variants"][
        result["settings"]["shipped_variant"]]["f"]
