"""The package as a user imports it: what parse loads, what a Report supports, where files come from."""

import copy
import dataclasses
import itertools
import json
import pickle
import subprocess
import sys

import pytest

import gongbu
from gongbu.report import CountNorm, GpeNorm, MoneyNorm, PairNorm


def test_parse_loads_no_training_evaluation_or_heavy_extras():
    code = (
        "import sys, gongbu; gongbu.parse('上海市投入5亿元'); "
        "print([m for m in sys.modules if m.split('.')[0] in ('sklearn', 'datasets', 'hanlp', 'torch') "
        "or m.startswith(('gongbu.training', 'gongbu.evaluation'))])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_report_pickles_deep_copies_and_converts_to_plain_data():
    report = gongbu.parse("2016年以来,上海市累计投入财政援助资金133.08亿元,选派971名干部赴云南挂职。沪滇协作。")
    assert pickle.loads(pickle.dumps(report)) == report
    assert copy.deepcopy(report) == report
    plain = dataclasses.asdict(report)
    assert plain["entities"][0]["norm"]["name"] == "上海市"
    assert json.loads(report.to_json())["flows"][0]["amount"]["yuan"] == 13308000000


def test_norms_are_typed_and_read_like_the_spec_dicts():
    report = gongbu.parse("上海市投入133.08亿元,选派971名干部赴云南。沪滇协作。")
    kinds = {e.text: type(e.norm) for e in report.entities}
    assert kinds == {"上海市": GpeNorm, "133.08亿元": MoneyNorm, "971名干部": CountNorm, "云南": GpeNorm,
                     "沪滇": PairNorm}
    money = report.entities[1].norm
    assert money["yuan"] == money.yuan == 13308000000 and dict(money)["low"] == 13308000000


def test_the_values_parse_builds_are_what_their_constructors_make():
    # build_report makes its Entities, Relations, Flows, Periods and norms without the frozen __init__
    # (report.made): each must equal, field for field, in field order and type, what the class makes.
    from gongbu.corpus import documents
    from gongbu.report import Entity, Flow, Period, Relation

    def same(value, remade):
        assert value == remade and type(value) is type(remade)
        assert list(value.__dict__) == [f.name for f in dataclasses.fields(remade)]
        for f in dataclasses.fields(remade):
            assert type(getattr(value, f.name)) is type(getattr(remade, f.name)), f.name

    texts = [d.text for d in itertools.islice(documents(), 6)] + ["上海市投入5亿元,选派971名干部赴云南。沪滇协作。"]
    reports = [gongbu.parse(t) for t in texts]
    for report in reports:
        for e in report.entities:
            same(e, Entity(e.label, e.start, e.end, e.text, e.norm.to_dict(), e.source))
            same(e.norm, type(e.norm)(**e.norm.to_dict()))
        for r in report.relations:
            same(r, Relation(r.label, r.head, r.tail))
        for f in report.flows:
            same(f, Flow(f.quantity, f.kind, f.amount.to_dict(), list(f.from_), list(f.to), f.period.to_dict()))
            same(f.period, Period.from_dict(f.period.to_dict()))
    kinds = {type(e.norm).__name__ for r in reports for e in r.entities}
    assert kinds >= {"GpeNorm", "MoneyNorm", "CountNorm", "NameNorm", "PairNorm"}
    assert any(f.period.span for r in reports for f in r.flows) and any(r.relations for r in reports)


def test_parse_many_works_in_a_process_pool():
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(1) as pool:
        (report,) = pool.map(gongbu.parse, ["上海市投入5亿元。"])
    assert report == gongbu.parse("上海市投入5亿元。")


def test_folders_outside_a_checkout_fail_with_a_clear_message(monkeypatch, tmp_path):
    from gongbu import paths

    monkeypatch.setattr(paths, "checkout_root", lambda: None)
    monkeypatch.delenv("GONGBU_CORPUS", raising=False)
    with pytest.raises(FileNotFoundError, match="set GONGBU_CORPUS"):
        paths.corpus_dir()
    monkeypatch.setenv("GONGBU_CORPUS", str(tmp_path / "missing"))
    with pytest.raises(FileNotFoundError, match="is not a folder"):
        paths.corpus_dir()
