"""A report as tables: flows, partnerships and entities, for pandas or csv."""

import csv
import io
import sys

import pytest

import gongbu
from gongbu.report import Report
from gongbu.tables import entity_rows, flow_rows, frames, partnership_rows

TEXT = "沪滇扶贫协作中,上海市投入财政援助资金3亿元,选派120名专业技术人才赴云南省,其中教师40名。"


@pytest.fixture(scope="module")
def report():
    return gongbu.parse(TEXT)


def test_each_flow_is_a_row_with_its_value_and_parties(report):
    rows = {r["text"]: r for r in flow_rows(report)}
    assert rows["3亿元"]["amount"] == 300_000_000 and rows["3亿元"]["from"] == "上海市"
    assert rows["120名专业技术人才"]["amount"] == 120
    assert rows["120名专业技术人才"]["category"] == "professional"
    assert rows["120名专业技术人才"]["to"] == "云南省"


def test_partnerships_and_entities_are_rows_too(report):
    assert ("上海市", "云南省") in {(r["helper"], r["helped"]) for r in partnership_rows(report)}
    pair = next(r for r in entity_rows(report) if r["text"] == "沪滇")
    assert pair["name"] == "上海市、云南省"  # several members in one cell


def test_rows_write_straight_to_csv(report):
    out = io.StringIO()
    rows = flow_rows(report)
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    assert out.getvalue().splitlines()[0].startswith("kind,text,amount")


def test_frames_keep_amounts_as_integers(report):
    flows = report.tables()["flows"]
    assert str(flows["amount"].dtype) == "Int64"
    assert flows.loc[flows["text"] == "3亿元", "amount"].item() == 300_000_000


def test_an_empty_report_still_has_its_columns():
    t = frames(Report(text="今天天气很好。"))
    assert list(t["flows"].columns)[:3] == ["kind", "text", "amount"] and t["flows"].empty
    assert list(t["partnerships"].columns) == ["helper", "helped", "official", "evidence"]


def test_without_pandas_the_error_says_what_to_install(report, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"gongbu\[tables\]"):
        report.tables()
