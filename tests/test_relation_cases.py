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

from gongbu.data.markup import parse_markup
from gongbu.evaluation.cases import compare, read_cases

CASES = read_cases(Path(__file__).parents[1] / "annotations" / "relations" / "cases.jsonl")

# Each case the rules still read otherwise, with what they get wrong (round 1 by hand, round 2 as measured
# when it was added); a case that starts passing is taken out.
KNOWN: dict[str, str] = json.loads(
    (Path(__file__).parent / "fixtures" / "relation_cases_known.json").read_text("utf-8"))


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
    read = compare(case["markup"])
    want, got = read.relations, read.found_relations
    assert got == want, f"missed {sorted(want - got)}, extra {sorted(got - want)}: {case['why']}"
