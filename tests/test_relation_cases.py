"""Relation cases from annotators who had not read the rules (``annotations/relations/cases.jsonl``).

Each case is a short passage in inline markup with every entity and relation its writer
gave it under SPEC and ``docs/annotation-guidelines.md``; a second annotator marked the
plain text blind, and where the two differed an adjudicator who had not read the rules
decided. The test parses the plain text and expects exactly the marked relations:

>>> from gongbu.data.markup import parse_markup
>>> doc = parse_markup("⟦GPE#a|上海市|PAIRED=b⟧对口帮扶⟦GPE#b|云南省⟧。")
>>> [(label, doc.entities[h].text, doc.entities[t].text) for label, h, t in doc.relations]
[('PAIRED', '上海市', '云南省')]

``KNOWN`` lists the cases the rules still read otherwise, each with why; such a case must
fail (strict xfail), so one that starts passing is moved out of the list.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import gongbu
from gongbu.data.markup import parse_markup

CASES = [json.loads(line) for line in
         (Path(__file__).parents[1] / "annotations" / "relations" / "cases.jsonl").read_text("utf-8").splitlines()]

KNOWN: dict[str, str] = {
    "R1-05": "另有…到…: a clause with no giver of its own does not carry the university over",
    "R1-07": "签订…合作协议 with a locating place (在昆明) between the parties pairs nothing yet",
    "R1-13": "按每县区不少于X: a distributive amount inside its clause, not opening it",
    "R1-16": "the helped side of a pairing with counted sub-units is taken as the receiver (D40 says not)",
    "R1-21": "宁波—黔西南协作 as the head noun of its clause is not read as a pairing",
    "R1-31": "「杭州市」的「桐庐县」与「恩施州」的「巴东县」: the sub-unit after 的 is not the party",
    "R1-34": "a count standing before its place (155名浙江省援川干部) takes neither giver nor 援X",
    "R2-05": "安排资金…支持「毕节市」、「黔南州」: 支持 with money is not read as a pairing",
    "R2-09": "分别对口支援「喀什地区」的4个、2个…县市: counted sub-units of one place after 分别",
    "R2-12": "a pairing in brackets after one member of a list is spread over the whole list",
    "R2-13": "援疆干部人才进疆: the count also goes to the 疆 of 进疆 (the annotators: only the nearer 援疆)",
    "R2-15": "援疆资金安排「和田地区」127亿元: a place between the verb and its amount is not its receiver",
    "R2-16": "对口支援…以来，已投入资金: the helped place of a 以来 pairing clause is not the receiver",
    "R2-20": "吸纳来自「X」的劳动力: 吸纳 is no receiving verb and 来自 names no origin yet",
    "R2-31": "在「恩施州」实施项目 after the amount: the place where projects run is not its receiver",
    "R2-33": "浙商…投资: a giver carried from the pairing clause reaches what a place's businesspeople invest",
    "R2-37": "接受「上海市」、「山东省」援藏干部: 接受 with a list of givers before the count",
}


def relations_of(markup: str) -> tuple[set, set]:
    """(the marked relations, the relations gongbu finds), each as (label, head span, tail span)."""
    doc = parse_markup(markup)
    span = {k: (e.start, e.end) for k, e in enumerate(doc.entities)}
    want = {(label, span[h], span[t]) for label, h, t in doc.relations}
    report = gongbu.parse(doc.text)
    ents = report.entities
    got = {(r.label, (ents[r.head].start, ents[r.head].end), (ents[r.tail].start, ents[r.tail].end))
           for r in report.relations}
    return want, got


def test_the_cases_are_well_formed():
    assert len({c["id"] for c in CASES}) == len(CASES) > 0
    for case in CASES:
        doc = parse_markup(case["markup"])
        assert doc.entities and case["structure"] and case["why"]


@pytest.mark.parametrize("case", [
    pytest.param(c, id=c["id"], marks=pytest.mark.xfail(reason=KNOWN[c["id"]], strict=True) if c["id"] in KNOWN else ())
    for c in CASES
])
def test_a_case_reads_as_the_annotators_read_it(case):
    want, got = relations_of(case["markup"])
    assert got == want, f"missed {sorted(want - got)}, extra {sorted(got - want)}: {case['why']}"
