"""`gongbu evaluate` as a CI gate: a user's own gold in the Report shape, thresholds, JSON out."""

import json

from typer.testing import CliRunner

import gongbu
from gongbu.cli import app

runner = CliRunner()


def _gold(tmp_path):
    # A user corrects gongbu's own output and keeps it as gold.
    report = gongbu.parse("上海市对口帮扶云南省，投入资金5亿元，选派20名干部。").to_dict()
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(report, ensure_ascii=False) + "\n", "utf-8")
    return path


def test_a_gold_file_in_the_report_shape_is_scored_and_written_as_json(tmp_path):
    out = tmp_path / "scores.json"
    done = runner.invoke(app, ["evaluate", "--gold", str(_gold(tmp_path)), "--json", str(out),
                               "--min", "entity=0.9", "--min", "partnership=0.9"])
    assert done.exit_code == 0, done.output
    scores = json.loads(out.read_text("utf-8"))
    assert scores["entities"]["micro"]["f1"] == 1.0 and scores["partnerships"]["f1"] == 1.0


def test_a_missed_threshold_exits_1_naming_it(tmp_path):
    gold = _gold(tmp_path)
    rec = json.loads(gold.read_text("utf-8"))
    rec["relations"] = rec["relations"] + [{"label": "TO", "head": 2, "tail": 0}]  # one relation the tool misses
    gold.write_text(json.dumps(rec, ensure_ascii=False) + "\n", "utf-8")
    done = runner.invoke(app, ["evaluate", "--gold", str(gold), "--min", "relation=0.99"])
    assert done.exit_code == 1 and "relation" in done.output and "below threshold" in done.output


def test_a_malformed_gold_file_fails_in_one_line(tmp_path):
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"text": "上海", "entities": [{"label": "GPE", "start": 0, "end": 1, "text": "上海"}]}\n', "utf-8")
    done = runner.invoke(app, ["evaluate", "--gold", str(bad)])
    assert done.exit_code == 1 and "does not stand at" in done.output


def test_an_unknown_threshold_name_is_refused(tmp_path):
    done = runner.invoke(app, ["evaluate", "--gold", str(_gold(tmp_path)), "--min", "nonsense=0.5"])
    assert done.exit_code == 1 and "no such figure" in done.output
