"""gongbu.parse end to end, on the shipped pipeline."""

import json
from importlib import resources

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import gongbu
from gongbu.cli import app
from gongbu.report import Report

EXAMPLE = "2016年以来,上海市累计投入财政援助资金133.08亿元,选派971名干部赴云南挂职。"


@pytest.fixture(scope="module")
def schema():
    return json.loads(resources.files("gongbu").joinpath("schema/report.schema.json").read_text("utf-8"))


def test_parse_finds_parties_amounts_and_flows():
    report = gongbu.parse(EXAMPLE)
    found = {(e.label, e.text) for e in report.entities}
    assert {("GPE", "上海市"), ("MONEY", "133.08亿元"), ("PERSON-COUNT", "971名干部"), ("GPE", "云南")} <= found
    money = next(e for e in report.entities if e.label == "MONEY")
    assert money.norm["yuan"] == 13_308_000_000
    (flow,) = [f for f in report.flows if report.entities[f.quantity] == money]
    assert [report.entities[k].text for k in flow.from_] == ["上海市"]


def test_offsets_refer_to_the_callers_string():
    text = "東西部扶貧協(xié)作:滬滇兩地投入８９．６６億元,,選派2448名專業(yè)技術人才。"
    report = gongbu.parse(text)
    assert report.entities
    for e in report.entities:
        assert text[e.start : e.end] == e.text
    assert any(e.text == "８９．６６億元" and e.norm["yuan"] == 8_966_000_000 for e in report.entities)
    assert any(e.text.startswith("協") or e.text.endswith("協(xié)作") for e in report.entities)


def test_pair_abbreviation_is_a_partnership():
    report = gongbu.parse("沪滇扶贫协作不断深化。")
    assert [(p.helper, p.helped) for p in report.partnerships] == [("上海市", "云南省")]


@pytest.mark.parametrize("doc_id", ["000", "001", "002", "003", "004"])
def test_corpus_reports_validate_against_the_schema(corpus_docs, schema, doc_id):
    text = corpus_docs[doc_id].text
    report = gongbu.parse(text)
    data = report.to_dict()
    jsonschema.validate(data, schema)
    assert Report.from_dict(json.loads(report.to_json())) == report
    assert all(text[e.start : e.end] == e.text for e in report.entities)
    assert [e.start for e in report.entities] == sorted(e.start for e in report.entities)
    assert len(report.flows) == sum(e.label in ("MONEY", "PERSON-COUNT") for e in report.entities)


def test_seed_warnings_reach_the_report(corpus_docs):
    codes = {w.code for w in gongbu.parse(corpus_docs["001"].text).warnings}
    assert {"stripped_digits", "boilerplate"} <= codes
    codes = {w.code for w in gongbu.parse(corpus_docs["003"].text).warnings}
    assert "repeated_passage" in codes


def test_bad_input():
    with pytest.raises(TypeError, match="int"):
        gongbu.parse(42)
    for empty in ("", "  \n\t "):
        report = gongbu.parse(empty)
        assert report == Report(empty) and report.entities == ()


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=60) | st.sampled_from([EXAMPLE, "沪滇", "投入万元", "*.**亿元", "\ud800\x00云南"]))
def test_parse_never_raises_and_offsets_hold(text):
    report = gongbu.parse(text)
    for e in report.entities:
        assert text[e.start : e.end] == e.text
    n = len(report.entities)
    assert all(0 <= r.head < n and 0 <= r.tail < n for r in report.relations)


def test_parse_many_keeps_order_and_matches_parse():
    texts = [EXAMPLE, "", "沪滇扶贫协作。", "广东省共选派71名干部来桂挂职扶贫。"]
    assert list(gongbu.parse_many(texts, batch_size=2)) == [gongbu.parse(t) for t in texts]


def test_parse_many_gives_the_collector_back_between_batches(monkeypatch):
    """The collector pauses while a batch is parsed; the caller's code between reports runs with it
    as the caller left it, and a batch that fails leaves it on."""
    import gc

    import gongbu.pipeline

    seen = [gc.isenabled() for _ in gongbu.parse_many([EXAMPLE] * 3, batch_size=1)]
    assert seen == [True, True, True]
    gc.disable()
    try:
        assert [gc.isenabled() for _ in gongbu.parse_many([EXAMPLE] * 2, batch_size=1)] == [False, False]
    finally:
        gc.enable()
    def broken(*args, **kwargs):
        raise RuntimeError("a rule failed")

    monkeypatch.setattr(gongbu.pipeline, "build_report", broken)
    with pytest.raises(RuntimeError):
        list(gongbu.parse_many([EXAMPLE]))
    assert gc.isenabled()


def test_load_is_cached():
    assert gongbu.load() is gongbu.load()


runner = CliRunner()


def test_cli_parse_json_and_table(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(EXAMPLE, "utf-8")
    done = runner.invoke(app, ["parse", str(path)])
    assert done.exit_code == 0, done.output
    assert json.loads(done.stdout)["entities"]
    done = runner.invoke(app, ["parse", str(path), "--format", "table"])
    assert "上海市" in done.stdout and "flows" in done.stdout


def test_cli_parse_folder_jsonl_html_and_stdin(tmp_path):
    for k in range(3):
        (tmp_path / f"{k}.txt").write_text(EXAMPLE, "utf-8")
    done = runner.invoke(app, ["parse", str(tmp_path), "--format", "jsonl"])
    assert [json.loads(line)["source"].endswith(".txt") for line in done.stdout.splitlines()] == [True] * 3
    out = tmp_path / "page.html"
    done = runner.invoke(app, ["parse", str(tmp_path), "--format", "html", "-o", str(out)])
    assert done.exit_code == 0 and "<mark" in out.read_text("utf-8")
    done = runner.invoke(app, ["parse", "-"], input="沪滇携手。")
    assert json.loads(done.stdout)["partnerships"]


def test_cli_parse_missing_file_is_a_clear_error(tmp_path):
    done = runner.invoke(app, ["parse", str(tmp_path / "nope.txt")])
    assert done.exit_code != 0 and "no such file" in done.output


def test_parse_many_in_two_processes_gives_the_same_reports():
    texts = [EXAMPLE, "沪滇扶贫协作。", "", "广东省共选派71名干部来桂挂职扶贫。"] * 3
    assert list(gongbu.parse_many(texts, n_process=2, batch_size=4)) == list(gongbu.parse_many(texts))


def test_two_processes_keep_the_order_and_each_text_s_date():
    texts = [f"今年上海市投入{k + 1}亿元，选派{k % 7 + 2}名干部赴云南。" for k in range(60)]
    dates = [f"20{10 + k % 9}-03-15" if k % 3 else None for k in range(60)]
    one = list(gongbu.parse_many(texts, dates=dates, batch_size=3))
    two = list(gongbu.parse_many(texts, dates=dates, batch_size=3, n_process=2))
    assert two == one
    assert [r.text for r in two] == texts
    assert [two[k].flows[0].period.start for k in (1, 2, 3)] == [2011, 2012, None]  # 今年 read with each date


def test_a_pipeline_loaded_through_spacy_is_the_one_parse_uses(monkeypatch):
    from gongbu import pipeline

    monkeypatch.setattr(pipeline, "_loaded", {})  # as in a fresh process
    nlp = gongbu.load()
    assert pipeline.pipeline_for() is nlp  # the rule tables once in memory, not twice
    assert gongbu.parse(EXAMPLE) == gongbu.parse(EXAMPLE, model=nlp)


def test_parse_many_rejects_non_strings():
    with pytest.raises(TypeError, match="bytes"):
        list(gongbu.parse_many(["沪滇", b"x"]))
