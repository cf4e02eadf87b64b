"""Regression tests of the reliability review: each defect found, named after it, reproduced here.

Nothing here is timed: speed and scaling are measured by benchmarks/bench_scaling.py.
"""

import itertools
import json
import stat
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

import gongbu
from gongbu.cli import app
from gongbu.files import atomic_write_text, decode
from gongbu.text import clean
from gongbu.text.chunks import windows

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]


def _quantities(report):
    return [(e.label, e.text, e.norm.get("yuan", e.norm.get("count"))) for e in report.entities
            if e.label in ("MONEY", "PERSON-COUNT")]


# ---------------------------------------------------------------- wrong output, silently


@given(st.integers(min_value=0, max_value=700))
def test_chunking_never_cuts_an_entity_whatever_precedes_it(n):
    # A comma-free line longer than a window: the amount and the count must survive any cut.
    text = "亿" * n + "投入133.08亿元选派971名干部" + "亿" * 40
    got = _quantities(gongbu.parse(text))
    assert ("MONEY", "133.08亿元", 13308000000) in got
    assert ("PERSON-COUNT", "971名干部", 971) in got


def test_windows_cover_every_character_once():
    text = "甲" * 1000 + "\n" + "上海市投入5亿元，" * 60 + "\n\n" + "乙" * 10
    kept = []
    for w in windows(text):
        assert w.start <= w.keep_start <= w.keep_end <= w.end
        kept.append((w.keep_start, w.keep_end))
    covered = sorted(kept)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(covered))  # no character kept twice
    for k, ch in enumerate(text):
        if not ch.isspace():
            assert any(a <= k < b for a, b in covered), k  # and none lost


@pytest.mark.parametrize("mark", ["\u200b", "\u00ad", "\u200c", "\u2060", "\ufeff"])
def test_invisible_characters_do_not_break_entities(mark):
    plain = "上海市投入133.08亿元，选派971名干部赴云南。"
    marked = mark.join(plain)
    report = gongbu.parse(marked)
    assert [e.label for e in report.entities] == [e.label for e in gongbu.parse(plain).entities]
    for e in report.entities:
        assert marked[e.start : e.end] == e.text
    assert clean(marked).text == clean(plain).text


def test_inverted_money_range_is_read_upwards_with_a_warning():
    report = gongbu.parse("投入5—3亿元。")
    (money,) = report.entities
    assert (money.norm["low"], money.norm["high"]) == (300_000_000, 500_000_000)
    assert any("INVERTED_RANGE" in w.code or "runs downwards" in w.message for w in report.warnings)


def test_inverted_count_range_has_low_below_high():
    (count,) = gongbu.parse("选派5至3名干部。").entities
    assert count.norm["low"] <= count.norm["high"]


def test_huge_counts_stay_exact_integers():
    (count,) = gongbu.parse("帮助123456789012345678901名群众。").entities
    assert count.norm["count"] == 123456789012345678901


# ---------------------------------------------------------------- time and memory (correctness only)


def test_flows_of_many_lines_each_keep_their_giver():
    report = gongbu.parse("上海市投入5亿元\n" * 300)
    assert len(report.flows) == 300
    assert all(len(f.from_) == 1 for f in report.flows)


def test_a_sentence_with_thousands_of_counts_is_parsed_completely():
    report = gongbu.parse("，".join(["选派20名干部"] * 2000) + "。")
    assert sum(e.label == "PERSON-COUNT" for e in report.entities) == 2000


@pytest.mark.parametrize(
    "text",
    ["(a)" * 3000, "協" + "(xié)" * 3000 + "作", "*" * 5000, "\n" * 5000, " \n" * 3000, "中" + "á" * 5000],
)
def test_pathological_cleaner_inputs_keep_the_offset_map(text):
    c = clean(text)
    assert len(c.starts) == len(c.text) == len(c.ends)
    if c.text:
        assert c.span_to_original(0, len(c.text))[1] <= len(text)


def test_a_gloss_run_belongs_to_its_character():
    c = clean("協" + "(xié)" * 50 + "作")
    assert c.text == "协作"
    assert c.span_to_original(0, 1) == (0, 1 + 5 * 50)


def test_warnings_of_a_run_are_merged():
    report = gongbu.parse("亿元" * 5000)
    stripped = [w for w in report.warnings if w.code == "stripped_digits"]
    assert len(stripped) == 1 and "more like it" in stripped[0].message


def test_parse_many_reads_a_generator_only_as_fast_as_it_parses():
    taken = []

    def texts():
        for k in range(200):
            taken.append(k)
            yield f"上海市投入{k + 1}亿元。"

    reports = gongbu.parse_many(texts(), batch_size=4)
    next(reports)
    assert len(taken) <= 8
    assert len(list(reports)) == 199


def test_parse_many_rejects_a_single_string():
    with pytest.raises(TypeError, match="single string"):
        gongbu.parse_many("上海市投入5亿元")


# ---------------------------------------------------------------- worker processes


def test_worker_pool_results_equal_one_process_and_a_dead_worker_raises():
    from gongbu.pipeline import _pools, close_pools

    texts = [f"上海市投入{k + 1}亿元，选派{k + 2}名干部赴云南。" for k in range(40)]
    one = [r.to_dict() for r in gongbu.parse_many(texts)]
    two = [r.to_dict() for r in gongbu.parse_many(texts, n_process=2)]
    assert two == one
    # The pool is kept for the next call, then a killed worker must raise, not hang.
    (pool,) = _pools.values()
    for proc in list(pool._processes.values()):
        proc.kill()
    with pytest.raises(RuntimeError, match="worker process died"):
        list(gongbu.parse_many(texts, n_process=2))
    close_pools()


# ---------------------------------------------------------------- lost data


def test_train_refuses_the_working_folder_and_non_pipelines(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "keep.txt").write_text("mine", "utf-8")
    for target in (".", "..", "notes"):
        done = runner.invoke(app, ["train", "--output", target])
        assert done.exit_code != 0 and "refusing" in done.output, target
    assert (tmp_path / "notes" / "keep.txt").read_text("utf-8") == "mine"


def _gold(tmp_path, ids=("000", "001")):
    from gongbu.data.gold import read_gold, write_gold

    docs = [d for d in read_gold() if d.id in ids]
    path = tmp_path / "gold.jsonl"
    write_gold(docs, path)
    return path, docs


def test_import_of_some_documents_keeps_the_others(tmp_path):
    from gongbu.data.gold import read_gold
    from gongbu.data.interchange import to_labelstudio

    path, docs = _gold(tmp_path)
    export = tmp_path / "ls.json"
    export.write_text(to_labelstudio(docs[:1]), "utf-8")
    done = runner.invoke(app, ["annotations", "import", "--format", "labelstudio", str(export), "--out", str(path)])
    assert done.exit_code == 0, done.output
    assert [d.id for d in read_gold(path)] == ["000", "001"]


def test_import_replace_and_dry_run(tmp_path):
    from gongbu.data.gold import read_gold
    from gongbu.data.interchange import to_labelstudio

    path, docs = _gold(tmp_path)
    export = tmp_path / "ls.json"
    export.write_text(to_labelstudio(docs[:1]), "utf-8")
    before = path.read_bytes()
    args = ["annotations", "import", "--format", "labelstudio", str(export), "--out", str(path)]
    assert runner.invoke(app, [*args, "--replace", "--dry-run"]).exit_code == 0
    assert path.read_bytes() == before
    assert runner.invoke(app, [*args, "--replace"]).exit_code == 0
    assert [d.id for d in read_gold(path)] == ["000"]


def test_import_of_an_empty_task_keeps_the_gold(tmp_path):
    from gongbu.data.gold import read_gold
    from gongbu.data.interchange import to_labelstudio

    path, docs = _gold(tmp_path)
    tasks = json.loads(to_labelstudio(docs[:1]))
    tasks[0]["annotations"][0]["result"] = []
    export = tmp_path / "ls.json"
    export.write_text(json.dumps(tasks, ensure_ascii=False), "utf-8")
    done = runner.invoke(app, ["annotations", "import", "--format", "labelstudio", str(export), "--out", str(path)])
    assert done.exit_code == 0 and "kept" in done.output
    assert len(read_gold(path)[0].entities) == len(docs[0].entities)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"start": True}, "whole numbers"),
        ({"start": "3"}, "whole numbers"),
        ({"start": None}, "whole numbers"),
        ({"text": "不是这个"}, "differs from the corpus"),
        ({"labels": []}, "exactly one label"),
    ],
)
def test_import_rejects_bad_values_naming_the_task(tmp_path, change, message):
    from gongbu.data.interchange import to_labelstudio

    path, docs = _gold(tmp_path)
    before = path.read_bytes()
    tasks = json.loads(to_labelstudio(docs[:1]))
    tasks[0]["annotations"][0]["result"][0]["value"].update(change)
    export = tmp_path / "ls.json"
    export.write_text(json.dumps(tasks, ensure_ascii=False), "utf-8")
    done = runner.invoke(app, ["annotations", "import", "--format", "labelstudio", str(export), "--out", str(path)])
    assert done.exit_code != 0 and message in done.output and "task 0" in done.output
    assert path.read_bytes() == before


def test_import_rejects_a_result_without_value(tmp_path):
    from gongbu.data.interchange import to_labelstudio

    path, docs = _gold(tmp_path)
    tasks = json.loads(to_labelstudio(docs[:1]))
    del tasks[0]["annotations"][0]["result"][0]["value"]
    export = tmp_path / "ls.json"
    export.write_text(json.dumps(tasks, ensure_ascii=False), "utf-8")
    done = runner.invoke(app, ["annotations", "import", "--format", "labelstudio", str(export), "--out", str(path)])
    assert done.exit_code != 0 and "'value'" in done.output


def test_parse_refuses_to_write_over_its_input(tmp_path):
    src = tmp_path / "x.txt"
    src.write_text("上海市投入5亿元。", "utf-8")
    done = runner.invoke(app, ["parse", str(src), "-o", str(src)])
    assert done.exit_code != 0 and "its own input" in done.output
    assert src.read_text("utf-8") == "上海市投入5亿元。"


def test_atomic_writes_keep_the_mode_and_write_through_symlinks(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("old", "utf-8")
    target.chmod(0o644)
    link = tmp_path / "link.json"
    link.symlink_to(target)
    atomic_write_text(link, "new")
    assert link.is_symlink() and target.read_text("utf-8") == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


# ---------------------------------------------------------------- clear errors


@pytest.mark.parametrize(
    ("out", "message"),
    [("{dir}", "is a folder"), ("/proc/gongbu.json", "not a regular file"), ("{src}/x.json", "not a folder")],
)
def test_parse_checks_the_output_before_parsing(tmp_path, out, message):
    src = tmp_path / "x.txt"
    src.write_text("上海市投入5亿元。", "utf-8")
    done = runner.invoke(app, ["parse", str(src), "-o", out.format(dir=tmp_path, src=src)])
    assert done.exit_code != 0 and message in done.output


def test_a_folder_with_an_undecodable_file_reports_it_and_parses_the_rest(tmp_path):
    (tmp_path / "a.txt").write_text("上海市投入5亿元。", "utf-8")
    (tmp_path / "b.TXT").write_text("广东省投入3亿元。", "utf-8")
    (tmp_path / "c.txt").write_bytes(b"\x80\x81\xfe\xff\xfa\xfb\x80")
    done = runner.invoke(app, ["parse", str(tmp_path), "--format", "jsonl"])
    assert done.exit_code == 0
    sources = [json.loads(line)["source"] for line in done.stdout.splitlines()]
    assert [Path(s).name for s in sources] == ["a.txt", "b.TXT"]
    assert "skipped" in done.output and "c.txt" in done.output


def test_stdin_is_decoded_like_a_file():
    text = "上海市投入5亿元。"
    for data in (text.encode("gb18030"), text.encode("utf-16"), text.encode("utf-8")):
        done = runner.invoke(app, ["parse", "-", "--format", "jsonl"], input=data)
        assert done.exit_code == 0 and json.loads(done.stdout.splitlines()[-1])["text"] == text


def test_stdin_that_is_no_text_fails_clearly():
    done = runner.invoke(app, ["parse", "-"], input=b"\x80\x81\xfe\xff\xfa\xfb\x80")
    assert done.exit_code != 0 and "UTF-16" in done.output


def test_big5_and_utf16_files_are_detected():
    text = "臺灣與上海攜手合作推動發展"
    assert decode(text.encode("big5")) == (text, "big5")
    assert decode(text.encode("utf-16")) == (text, "utf-16")


def test_annotation_files_that_are_not_utf8_fail_clearly(tmp_path):
    bad = tmp_path / "gold.jsonl"
    bad.write_bytes('{"id": "上海"}'.encode("gb18030"))
    done = runner.invoke(app, ["annotations", "validate", str(bad)])
    assert done.exit_code != 0 and "not UTF-8" in done.output


# ---------------------------------------------------------------- security


def test_html_escapes_the_file_name(tmp_path):
    src = tmp_path / "<img src=x onerror=alert(9)>.txt"
    src.write_text("上海市投入5亿元。", "utf-8")
    done = runner.invoke(app, ["parse", str(src), "--format", "html"])
    assert done.exit_code == 0
    assert "<img src=x" not in done.stdout and "&lt;img src=x" in done.stdout


def test_validate_refuses_a_gold_file_path_outside_the_corpus(tmp_path):
    from gongbu.data.gold import read_gold
    from gongbu.data.validate import validate

    doc = read_gold()[0]
    from dataclasses import replace

    for file in ("../README.md", "/etc/passwd", ".."):
        problems = validate([replace(doc, file=file)])
        assert problems and "plain file name" in problems[0]


def test_an_entity_added_in_label_studio_gets_a_proposed_norm_marked_for_review(tmp_path):
    from gongbu.data.gold import read_gold
    from gongbu.data.interchange import to_labelstudio

    path, docs = _gold(tmp_path, ids=("001",))
    tasks = json.loads(to_labelstudio(docs))
    text = tasks[0]["data"]["text"]
    start = text.index("金沙江")  # an annotator marks a span that no pass had
    tasks[0]["annotations"][0]["result"].append(
        {"id": "new", "from_name": "label", "to_name": "text", "type": "labels",
         "value": {"start": start, "end": start + 3, "text": "金沙江", "labels": ["ORG"]}})
    export = tmp_path / "ls.json"
    export.write_text(json.dumps(tasks, ensure_ascii=False), "utf-8")
    done = runner.invoke(app, ["annotations", "import", "--format", "labelstudio", str(export), "--out", str(path)])
    assert done.exit_code == 0, done.output
    (doc,) = read_gold(path)
    (k,) = doc.meta["needs_review"]
    assert doc.entities[k].text == "金沙江" and doc.entities[k].norm == {"name": "金沙江"}
    listed = runner.invoke(app, ["annotations", "review", str(path)])
    assert "金沙江" in listed.stdout


def test_predictions_become_label_studio_pre_annotations(tmp_path):
    src = tmp_path / "x.txt"
    src.write_text("上海市投入5亿元。", "utf-8")
    out = tmp_path / "tasks.json"
    done = runner.invoke(app, ["annotations", "predict", str(src), "-o", str(out)])
    assert done.exit_code == 0, done.output
    (task,) = json.loads(out.read_text("utf-8"))
    pred = task["predictions"][0]
    assert [r["value"]["labels"] for r in pred["result"] if r["type"] == "labels"] == [["GPE"], ["MONEY"]]
    assert pred["model_version"] and all("source" in r["meta"] for r in pred["result"] if r["type"] == "labels")
    config = runner.invoke(app, ["annotations", "labelstudio-config"]).stdout
    assert 'name="label"' in config and 'Relation value="PAIRED"' in config
    import xml.dom.minidom

    xml.dom.minidom.parseString(config)  # Label Studio refuses a config that is not well-formed XML
