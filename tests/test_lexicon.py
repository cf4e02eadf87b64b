"""The lexicon is the one home of domain facts: every stage reads the same tables."""

import pytest

import gongbu
from gongbu.lexicon import pair_abbreviations
from gongbu.normalise import normalise


@pytest.mark.parametrize("abbr", sorted(pair_abbreviations()))
def test_every_pair_the_recogniser_knows_normalises_with_both_members(abbr):
    report = gongbu.parse(f"{abbr}协作不断深化。")
    (pair,) = [e for e in report.entities if e.text == abbr]
    assert pair.norm["level"] == "region_pair"
    assert list(pair.norm["name"]) == list(pair_abbreviations()[abbr])
    assert len(report.partnerships) == 1


def test_hu_qian_is_a_pair_with_a_partnership():
    # 沪黔 was tagged by the recogniser but unknown to the normaliser: GPE_UNKNOWN, no partnership.
    report = gongbu.parse("沪黔协作不断深化。")
    assert report.entities[0].norm["name"] == ("上海市", "贵州省")
    assert [(p.helper, p.helped) for p in report.partnerships] == [("上海市", "贵州省")]


def test_pair_members_keep_text_order_and_the_east_helps():
    report = gongbu.parse("滇沪协作结硕果。")
    assert report.entities[0].norm["name"] == ("云南省", "上海市")
    assert [(p.helper, p.helped) for p in report.partnerships] == [("上海市", "云南省")]


def test_city_pairs_name_cities():
    assert normalise("GPE", "京和").norm["name"] == ["北京市", "和田地区"]
    assert normalise("GPE", "厦临").norm["province"] == ["福建省", "甘肃省"]


def test_every_city_abbreviation_the_recogniser_takes_is_in_the_lexicon():
    import json
    from importlib import resources

    from gongbu.lexicon import read_table

    rules = [json.loads(line) for line in
             resources.files("gongbu.entities").joinpath("data/patterns.jsonl").read_text("utf-8").splitlines()]
    (city,) = [r for r in rules if r["id"] == "gpe.city_abbreviation_context"]
    cities = {row[0]: row[1] for row in read_table("abbreviations.tsv") if row[2] == "city"}
    for ch in city["chars"]:
        assert ch in cities, ch
        report = gongbu.parse(f"干部赴{ch}挂职。")
        assert [e.norm["name"] for e in report.entities] == [cities[ch]], ch
