"""Fuzzing parse and clean with text made of the domain's own pieces (and its noise).

The invariants: offsets always point into the caller's string, the Report validates
against the schema and survives a JSON round trip, parsing is deterministic, and an
entity keeps its span and value whatever text precedes it.
"""

import json
from importlib import resources

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import gongbu
from gongbu.report import Report
from gongbu.text import clean

PIECES = [
    "上海市", "云南省", "红河州", "沪滇", "蘇陜", "京和", "援藏", "援疆", "从江", "会同", "白银", "和田",
    "投入", "累计投入", "选派", "赴", "向", "对口帮扶", "对口", "结对", "携手奔小康", "与", "和", "、",
    "东西部扶贫协作", "東西部協(xié)作", "其中", "按每县", "133.08亿元", "5—3亿元", "８９．６６億元", "20多亿元",
    "971名干部", "5至3名干部", "1万余人次", "两千余人", "百亿元", "万元", "*.**亿元", "***", "(a)", "(xié)",
    "有限公司", "新华社", "兵团十四师", "，", "，，", "。", "；", "：", "\n", "\n\n", " ", "\u200b", "\u00ad",
    "\ufeff", "?", "浀", "年", "2019年", "以来", "（", "）", "“", "”", "帮扶", "采购", "就业",
]
domain_text = st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=40).map("".join)
SCHEMA = json.loads(resources.files("gongbu").joinpath("schema/report.schema.json").read_text("utf-8"))
FUZZ = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(domain_text)
def test_parse_keeps_offsets_schema_round_trip_and_determinism(text):
    report = gongbu.parse(text)
    for e in report.entities:
        assert text[e.start : e.end] == e.text
    for w in report.warnings:
        assert 0 <= w.start <= w.end <= len(text)
    data = report.to_dict()
    jsonschema.validate(data, SCHEMA)
    assert Report.from_json(report.to_json()) == report
    assert gongbu.parse(text) == report


@FUZZ
@given(domain_text, st.sampled_from(["上海市投入133.08亿元。", "选派971名干部赴云南。", "沪滇协作。"]))
def test_an_entity_keeps_its_span_whatever_precedes_it(prefix, sentence):
    alone = [(e.label, e.text, dict(e.norm)) for e in gongbu.parse(sentence).entities]
    text = prefix + "\n" + sentence
    got = [(e.label, e.text, dict(e.norm)) for e in gongbu.parse(text).entities if e.start > len(prefix)]
    assert got == alone


@given(domain_text)
def test_clean_maps_every_character_back(text):
    c = clean(text)
    assert len(c.starts) == len(c.text) == len(c.ends)
    prev = -1
    for k in range(len(c.text)):
        assert prev < c.starts[k] < c.ends[k] <= len(text)
        prev = c.starts[k]
