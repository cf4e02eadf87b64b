"""docs/crossval.md is what `gongbu evaluate --cv` wrote from docs/crossval.json (the figures are not hand-edited)."""

import json
from pathlib import Path

from gongbu.evaluation import crossval as evaluation

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_evaluation_markdown_matches_its_json():
    result = json.loads((DOCS / "crossval.json").read_text("utf-8"))
    assert evaluation.to_markdown(result, "gongbu evaluate --cv") == (DOCS / "crossval.md").read_text("utf-8")


def test_targets_are_reported_for_the_shipped_variant():
    result = json.loads((DOCS / "crossval.json").read_text("utf-8"))
    rows = {name: (value, goal) for name, value, goal in evaluation.targets(result)}
    assert rows["entity micro F1, LODO, shipped variant"][0] == result["entities_lodo"]["variants"][
        result["settings"]["shipped_variant"]]["f"]


def test_evaluation_markdown_is_generated_from_the_score_files():
    import subprocess
    import sys

    done = subprocess.run([sys.executable, str(DOCS.parent / "scripts" / "evaluation_report.py"), "--check"])
    assert done.returncode == 0, "docs/evaluation.md differs: run python scripts/evaluation_report.py"
