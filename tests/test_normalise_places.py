"""GPE normalisation, the document resolver, the gazetteer and the pairing table."""

from __future__ import annotations

import pytest

from gongbu.normalise import PlaceResolver, gazetteer, is_official, normalise, official_pairings
from gongbu.normalise.places import lookup


def gpe(span, resolver=None):
    return normalise("GPE", span, resolver=resolver).norm


def g(name, level, province, side):
    return {"name": name, "level": level, "province": province, "side": side}


@pytest.mark.parametrize(
    ("span", "want"),
    [
        ("云南省", g("云南省", "province", "云南省", "west")),
        ("红河州", g("红河哈尼族彝族自治州", "prefecture", "云南省", "west")),
        ("黔东南州", g("黔东南苗族侗族自治州", "prefecture", "贵州省", "west")),
        ("沪", g("上海市", "province", "上海市", "east")),
        ("滇", g("云南省", "province", "云南省", "west")),
        ("平武", g("平武县", "county", "四川省", "west")),
        ("衢江", g("衢江区", "county", "浙江省", "east")),
        ("内蒙古", g("内蒙古自治区", "province", "内蒙古自治区", "west")),
        ("广西", g("广西壮族自治区", "province", "广西壮族自治区", "west")),
        ("北京", g("北京市", "province", "北京市", "east")),
        ("徐汇区", g("徐汇区", "county", "上海市", "east")),
        ("浙江省衢州市衢江区", g("衢江区", "county", "浙江省", "east")),
        ("绵阳市平武县", g("平武县", "county", "四川省", "west")),
        ("金平苗族瑶族傣族自治县金河镇大老塘村", g("大老塘村", "village", "云南省", "west")),
        ("天津港保税区", g("天津港保税区", "county", "天津市", "east")),
        ("昭通靖安新区", g("靖安新区", "county", "云南省", "west")),
        ("贵州黔东南州台江县", g("台江县", "county", "贵州省", "west")),
        # assisted prefectures outside the twelve western provinces are west; their provinces are not
        ("张家口", g("张家口市", "prefecture", "河北省", "west")),
        ("恩施州", g("恩施土家族苗族自治州", "prefecture", "湖北省", "west")),
        ("延边州", g("延边朝鲜族自治州", "prefecture", "吉林省", "west")),
        ("湘西州", g("湘西土家族苗族自治州", "prefecture", "湖南省", "west")),
        ("吉林省", g("吉林省", "province", "吉林省", None)),
        ("石家庄市", g("石家庄市", "prefecture", "河北省", None)),
    ],
)
def test_spans(span, want):
    assert gpe(span) == want


def test_a_county_by_its_name_before_it_became_a_city():
    """Older reports say 康定县 and 平泉县 (cities since 2015 and 2017): the unit of today's name."""
    assert gpe("康定县") == g("康定市", "county", "四川省", "west")
    assert gpe("四川省甘孜州康定县") == g("康定市", "county", "四川省", "west")
    assert gpe("东乡县")["name"] == "东乡族自治县"  # a county still, by its usual short name


def test_a_village_named_again_is_the_one_named_in_full():
    from gongbu.normalise.document import normalise_mentions
    from gongbu.pipeline import _Mention

    text = "上海市闵行区浦江镇革新村与元阳县新街镇土锅寨村结对，革新村捐赠50万元。"
    spans = [("上海市闵行区浦江镇革新村", 0), ("元阳县新街镇土锅寨村", 13), ("革新村", 26)]
    mentions = [_Mention("GPE", s, s + len(t), t, "rule") for t, s in spans]
    assert all(text[m.start : m.end] == m.text for m in mentions)
    again = normalise_mentions(text, mentions)[2].norm
    assert again == g("革新村", "village", "上海市", "east")


def test_traditional_and_glossed_spans():
    assert gpe("滬") == gpe("沪")
    assert gpe("雲(yún)南省") == gpe("云南省")


def test_pair_abbreviations():
    assert gpe("沪滇") == {
        "name": ["上海市", "云南省"], "level": "region_pair", "province": ["上海市", "云南省"], "side": None,
    }  # fmt: skip
    assert gpe("滬滇")["name"] == ["上海市", "云南省"]
    assert gpe("两广")["name"] == ["广东省", "广西壮族自治区"]
    assert gpe("闽宁")["province"] == ["福建省", "宁夏回族自治区"]
    assert gpe("苏铜")["province"] == ["江苏省", "贵州省"]  # a city pair: names are cities


def test_township_and_village_outside_the_table():
    assert gpe("金河镇")["level"] == "township"
    assert gpe("新华街道")["level"] == "township"
    assert gpe("大老塘村")["level"] == "village"
    doc = PlaceResolver.for_document(["云南省", "红河州", "金平县", "大老塘村"])
    assert gpe("大老塘村", doc) == g("大老塘村", "village", "云南省", "west")


def test_a_chain_decides_its_own_ambiguity():
    assert gpe("四川省长宁县")["province"] == "四川省"
    assert gpe("上海市长宁区")["province"] == "上海市"


def test_ambiguity_without_a_resolver_falls_back_to_the_default_and_warns():
    got = normalise("GPE", "宁")
    assert got.norm["name"] == "宁夏回族自治区"
    assert "GPE_AMBIGUOUS" in got.warning_codes


def test_resolver_prefers_a_candidate_named_in_the_document():
    doc = PlaceResolver.for_document(["江苏省", "南京市", "宁"])
    assert doc.resolve("宁")["name"] == "南京市"
    doc = PlaceResolver.for_document(["苏州市", "铜仁市"])
    assert doc.resolve("苏")["name"] == "苏州市"
    doc = PlaceResolver.for_document(["上海市", "徐汇区"])
    assert doc.resolve("长宁")["name"] == "长宁区"


def test_resolver_prefers_a_candidate_whose_province_is_in_the_document():
    doc = PlaceResolver.for_document(["四川省", "宜宾市", "长宁"])
    assert doc.resolve("长宁") == g("长宁县", "county", "四川省", "west")
    doc = PlaceResolver.for_document(["长春市"])
    assert doc.resolve("朝阳区")["province"] == "吉林省"


def test_resolver_falls_back_to_the_pairing_table():
    # 福建 pairs with 宁夏: in a 福建 document, 宁 is 宁夏
    assert PlaceResolver.for_document(["福建省"]).resolve("宁")["name"] == "宁夏回族自治区"
    # 江苏 pairs with 陕西: in a 陕西 document, 苏 is 江苏 rather than 苏州
    assert PlaceResolver.for_document(["陕西省"]).resolve("苏")["name"] == "江苏省"
    # 苏州 pairs with 铜仁
    assert PlaceResolver.for_document(["铜仁市"]).resolve("苏")["name"] == "苏州市"


def test_resolver_is_used_by_normalise():
    doc = PlaceResolver.for_document(["江苏省", "南京市"])
    got = normalise("GPE", "宁", resolver=doc)
    assert got.norm["name"] == "南京市" and not got.warnings


def test_unknown_names_do_not_raise():
    got = normalise("GPE", "西海固")
    assert got.norm["name"] == "西海固" and got.norm["level"] is None
    assert "GPE_UNKNOWN" in got.warning_codes


def test_gazetteer_lists_every_kind_of_surface_form():
    gz = set(gazetteer())
    for item in [
        ("云南省", "province"), ("红河哈尼族彝族自治州", "prefecture"), ("红河州", "prefecture"),
        ("内蒙古", "province"), ("广西", "province"), ("平武", "county"), ("沪", "province"),
        ("宁", "province"), ("宁", "prefecture"), ("沪滇", "region_pair"), ("两广", "region_pair"),
        ("天津港保税区", "county"),
    ]:  # fmt: skip
        assert item in gz, item
    assert gazetteer() is gazetteer()  # loaded once


def test_lookup_lists_candidates_in_default_order():
    assert [u.name for u in lookup("宁")] == ["宁夏回族自治区", "南京市"]
    assert [u.level for u in lookup("红河")] == ["prefecture", "county"]


def test_official_pairings():
    assert is_official("上海市", "云南省") is True
    assert is_official("徐汇区", "红河州") is True  # inside 上海 → 云南
    assert is_official("衢江区", "平武县") is True  # inside 浙江 → 四川
    assert is_official("苏州市", "铜仁市") is True
    assert is_official("江苏省", "铜仁市") is True  # a province speaks for its city
    assert is_official("广东省", "贵州省", year=2021) is True
    assert is_official("上海市", "日喀则市") is True  # 对口援藏 is in the table too
    assert is_official("上海市", "甘肃省") is False
    assert is_official("成都市", "九龙县") is False
    assert is_official("云南省", "上海市") is False  # direction matters
    assert is_official("亚特兰蒂斯", "云南省") is None
    rows = official_pairings()
    assert {p.start for p in rows} == {1992, 1994, 2010, 2016, 2021}  # 三峡, 援藏, 援疆, East–West 2016 and 2021
    assert all(p.source for p in rows)
    assert all(lookup(p.helper) and lookup(p.helped) for p in rows)


def test_data_files_are_small_and_consistent():
    from pathlib import Path

    from gongbu.normalise._common import read_tsv

    data = Path(__file__).resolve().parents[1] / "gongbu" / "lexicon" / "data"
    assert (data / "divisions.tsv").stat().st_size < 1_000_000
    for abbr, full, kind in read_tsv("abbreviations.tsv"):
        assert len(abbr) == 1 and lookup(full), (abbr, full)
        assert kind in ("province", "city")
    for abbr, first, second, _note in read_tsv("pair_abbreviations.tsv"):
        assert lookup(first) and lookup(second), abbr
        # members come in text order; a pair of two helpers (京津) is no East–West pairing
        sides = {normalise("GPE", first).norm["side"], normalise("GPE", second).norm["side"]}
        if "west" in sides:
            assert is_official(first, second) or is_official(second, first), abbr
    for name, _side in read_tsv("sides.tsv"):
        assert lookup(name), name


# ---------------------------------------------------------------- village groups, masks, townships


@pytest.mark.parametrize(
    ("span", "name", "province"),
    [
        ("永胜县六德乡营山村委会三板桥村小组", "三板桥村民小组", "云南省"),  # 村小组 = 村民小组
        ("西盟县力所乡南亢村帕科村民小组", "帕科村民小组", "云南省"),
        ("永胜县六德乡营山村委会", "营山村", "云南省"),  # a village committee stands for its village
        ("三板桥村小组", "三板桥村民小组", None),
    ],
)
def test_village_groups_and_committees(span, name, province):
    got = gpe(span)
    assert (got["name"], got["level"], got["province"]) == (name, "village", province)


def test_a_masked_unit_name_falls_back_to_the_real_unit():
    got = normalise("GPE", "杨浦区国和0社区")
    assert got.norm == g("杨浦区", "county", "上海市", "east")
    assert "GPE_MASKED" in got.warning_codes
    alone = normalise("GPE", "国和0社区")
    assert alone.norm["level"] is None and "GPE_MASKED" in alone.warning_codes


@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("基诺山乡", "基诺山基诺族乡"),  # the only reading, no ordinary 基诺山乡 anywhere
        ("景洪市基诺山乡", "基诺山基诺族乡"),
        ("古城区金江乡", "金江白族乡"),  # the chain decides
    ],
)
def test_ethnic_townships_get_their_full_name(span, name):
    got = gpe(span)
    assert got["name"] == name and got["level"] == "township" and got["province"] == "云南省"
    assert got["side"] == "west"


def test_a_short_township_name_that_ordinary_townships_carry_needs_evidence():
    assert gpe("金江乡")["name"] == "金江乡"  # other 金江乡 exist
    resolver = PlaceResolver.for_document(["丽江市古城区", "金江乡"])
    assert gpe("金江乡", resolver)["name"] == "金江白族乡"


@pytest.mark.parametrize(("abbr", "name"), [("衢", "衢州市"), ("温", "温州市")])
def test_city_abbreviations_of_pairing_reports(abbr, name):
    assert gpe(abbr) == g(name, "prefecture", "浙江省", "east")
