"""The package as a user imports it: what parse loads, what a Report supports, where files come from."""

import copy
import dataclasses
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
