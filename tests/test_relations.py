"""Relation rules on readable examples written in inline markup.

Each example states the entities and the expected relations inline
(``⟦MONEY|133.08亿元|FROM=a,b⟧``); the rules must find exactly those. Norms come
from the normaliser, as in the pipeline. Several examples use provinces,
organisations and phrasing that the five corpus documents do not contain.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from gongbu.data.markup import parse_markup
from gongbu.normalise import PlaceResolver, normalise
from gongbu.relations import extract_relations, find_relations


@dataclass
class M:
    label: str
    start: int
    end: int
    text: str
    norm: dict | None


def mentions(doc, with_norms: bool = True) -> list[M]:
    text = doc.text
    resolver = PlaceResolver.for_document([e.text for e in doc.entities if e.label == "GPE"])
    out = []
    for e in doc.entities:
        norm = None
        if with_norms:
            norm = dict(normalise(e.label, e.text, before=text[max(0, e.start - 8) : e.start],
                                  after=text[e.end : e.end + 8], resolver=resolver).norm)
        out.append(M(e.label, e.start, e.end, e.text, norm))
    return out


def check(markup: str, with_norms: bool = True) -> None:
    doc = parse_markup(markup)
    got = set(extract_relations(doc.text, mentions(doc, with_norms)))
    want = set(doc.relations)

    def show(rels):
        return sorted(f"{lab} {doc.entities[h].text}->{doc.entities[t].text}" for lab, h, t in rels)

    assert got == want, f"missing {show(want - got)}, spurious {show(got - want)}"


# -- PAIRED ------------------------------------------------------------------------------------

@pytest.mark.parametrize("markup", [
    # Plain verb, helper first.
    "⟦GPE#a|上海市|PAIRED=b⟧对口帮扶⟦GPE#b|云南省⟧。",
    # A list of helpers shares the helped.
    "⟦GPE#a|上海|PAIRED=c⟧、⟦GPE#b|广东|PAIRED=c⟧携手⟦GPE#c|云南⟧。",
    # 「A与B结对」: the eastern side helps, whatever the word order.
    "⟦GPE#w|西吉县⟧与⟦GPE#e|福州市|PAIRED=w⟧结对帮扶以来,两地交往密切。",
    "⟦GPE#e|天津市|PAIRED=w⟧与⟦GPE#w|甘肃省⟧签订扶贫协作协议。",
    # Passive: 在H的帮扶下, W …
    "在⟦GPE#e|北京市|PAIRED=w⟧的大力帮扶下,⟦GPE#w|内蒙古⟧贫困人口大幅减少。",
    # 对W的对口帮扶.
    "⟦GPE#e|青岛市|PAIRED=w⟧全面启动对⟦GPE#w|安顺市⟧的对口帮扶。",
    # An organisation helps a place it signs an agreement with.
    "⟦GPE#w|西盟县⟧与⟦ORG#o|安信农业保险股份有限公司|PAIRED=w⟧签订合作协议。",
])
def test_paired(markup):
    check(markup)


@pytest.mark.parametrize("markup", [
    # A pair abbreviation already states the pairing: never an end of PAIRED.
    "⟦GPE|闽宁⟧携手推进扶贫协作。",
    # A policy is a noun, not a pairing (D22).
    "⟦GPE|西盟县⟧依托⟦GPE|上海市⟧对口帮扶政策发展产业。",
    # Meeting or docking is no pairing verb.
    "⟦GPE|云南省⟧与⟦GPE|上海市⟧主动对接。",
    # 援X names a target inside a noun, not a party.
    "⟦GPE|上海⟧援⟦GPE|滇⟧干部王晨说。",
    # Money alone is no pairing.
    "⟦GPE#a|山东省⟧向⟦GPE#b|重庆市⟧投入资金⟦MONEY|5亿元|FROM=a|TO=b⟧。",
])
def test_no_paired(markup):
    check(markup)


def test_one_paired_per_pair_per_sentence():
    doc = parse_markup("⟦GPE#a|杭州市|PAIRED=b⟧帮扶⟦GPE#b|恩施州⟧,⟦GPE|杭州市⟧对口帮扶⟦GPE|恩施州⟧成效明显。")
    rels = [r for r in extract_relations(doc.text, mentions(doc)) if r[0] == "PAIRED"]
    assert len(rels) == 1


# -- FROM / TO ---------------------------------------------------------------------------------

@pytest.mark.parametrize("markup", [
    # Several givers share one amount.
    "⟦GPE#a|上海市⟧和⟦GPE#b|广东省⟧累计投入财政援助资金⟦MONEY|133.08亿元|FROM=a,b⟧。",
    # Sent people: giver FROM, destination list TO; the giver carries to the next clause.
    "⟦GPE#y|云南省⟧共选派⟦PERSON-COUNT|971名干部|FROM=y|TO=s,g⟧赴⟦GPE#s|上海⟧、⟦GPE#g|广东⟧挂职锻炼,"
    "选派专业技术人才⟦PERSON-COUNT|4326人次|FROM=y|TO=s2⟧到⟦GPE#s2|上海⟧学习。",
    # Buyer FROM, seller TO; the seller carries to the next buying clause.
    "⟦GPE#s|上海⟧就采购⟦GPE#y|云南⟧特色农产品⟦MONEY|5.48亿元|FROM=s|TO=y⟧,⟦GPE#g|广东⟧采购⟦MONEY|4.98亿元|FROM=g|TO=y⟧。",
    # 其中: the sub-amount takes its total's parties.
    "⟦GPE#g|广西⟧选派⟦PERSON-COUNT|92名干部|FROM=g|TO=d⟧到⟦GPE#d|广东省⟧挂职锻炼,其中有⟦PERSON-COUNT|33名贫困县干部|FROM=g|TO=d⟧。",
    # 其中 with its own destination.
    "其中,组织赴⟦GPE#s|上海⟧就业⟦PERSON-COUNT|2817人|TO=s⟧,到其他省区市就业⟦PERSON-COUNT|3.6万人⟧。",
    # 用于 names where the money goes.
    "安排⟦MONEY|1250万元|TO=a,b⟧用于对口帮扶⟦GPE#a|甘孜州九龙县⟧和⟦GPE#b|简阳市飞龙乡⟧。",
    # A company donates; origin right before a count of people.
    "⟦ORG#t|深圳腾讯公司⟧捐赠款项⟦MONEY|1亿元|FROM=t⟧。",
    "选派⟦ORG#u|广西大学⟧⟦PERSON-COUNT|6名教师|FROM=u|TO=h⟧到⟦ORG#h|华南理工大学⟧进修。",
    # Receiving verb: the subject receives; the visitors' place is their origin.
    "⟦GPE#x|广西⟧接待⟦GPE#g|广东⟧游客⟦PERSON-COUNT|4929.12万人次|FROM=g|TO=x⟧。",
    # Unseen pairing and phrasing: 来自X; 向X捐赠.
    "来自⟦GPE#f|福建⟧的⟦PERSON-COUNT|120名医生|FROM=f|TO=n⟧在⟦GPE#n|固原市⟧挂职。",
    "⟦ORG#c|江苏省慈善总会⟧向⟦GPE#q|青海省⟧捐赠⟦MONEY|300万元|FROM=c|TO=q⟧。",
])
def test_flows(markup):
    check(markup)


@pytest.mark.parametrize("markup", [
    # Lifted out of poverty, trained locally, employed nearby: no flow.
    "帮助⟦PERSON-COUNT|37.22万建档贫困人口⟧脱贫。",
    "两地人社部门在⟦GPE|平武⟧举办就业培训4期⟦PERSON-COUNT|1860名⟧。",
    "⟦GPE|沪滇⟧援建车间341个,吸纳就业⟦PERSON-COUNT|1.89万人⟧。",
    # A pair abbreviation is never a giver.
    "⟦GPE|粤滇⟧组织⟦PERSON-COUNT|4137名贫困生⟧到东部就读。",
])
def test_no_flow(markup):
    check(markup)


def test_parenthesis_breakdown_and_destination_inside():
    check("⟦GPE|粤滇⟧组织⟦PERSON-COUNT|4137名贫困生|TO=g⟧到⟦GPE#g|广东省⟧就读职校"
          "(⟦GPE#d|东莞⟧⟦PERSON-COUNT|2112人|TO=d⟧、⟦GPE#z|中山⟧⟦PERSON-COUNT|1065人|TO=z⟧)。")


def test_works_without_norms():
    # The fallback side guess still orients 「A与B结对」 and keeps pair abbreviations out.
    check("⟦GPE#w|宁夏⟧与⟦GPE#e|福建|PAIRED=w⟧结对。⟦GPE|闽宁⟧携手。", with_norms=False)


def test_relations_name_their_rule():
    doc = parse_markup("⟦GPE|上海市⟧对口帮扶⟦GPE|云南省⟧。")
    (rel,) = find_relations(doc.text, mentions(doc))
    assert rel.rule.startswith("paired:")


def test_sentence_boundary_is_respected():
    check("⟦GPE|上海市⟧累计投入。资金⟦MONEY|10亿元⟧用于产业。")


def relations_of(text: str) -> set[tuple[str, str, str]]:
    """(label, head text, tail text) of the relations gongbu.parse finds in ``text``."""
    import gongbu

    report = gongbu.parse(text)
    ents = report.entities
    return {(r.label, ents[r.head].text, ents[r.tail].text) for r in report.relations}


def test_a_party_after_wei_or_gei_receives_what_is_given_to_it():
    rels = relations_of("宁波市为和田县巴格其镇恰勒瓦西村捐助450万元。")
    assert ("FROM", "450万元", "宁波市") in rels and ("TO", "450万元", "和田县巴格其镇恰勒瓦西村") in rels
    rels = relations_of("普陀区还给东川区捐赠价值60万元的医疗设备。")
    assert ("FROM", "60万元", "普陀区") in rels and ("TO", "60万元", "东川区") in rels


def test_training_a_places_own_people_sends_them_nowhere():
    rels = relations_of("昆山市还为碧江区培训电商人才520人次。")
    assert not [r for r in rels if r[0] == "TO"]


def test_a_place_described_by_its_pairing_after_xiang_receives():
    rels = relations_of("2020年，南京农业大学向定点帮扶的麻江县投入帮扶资金1200万元。")
    assert ("FROM", "1200万元", "南京农业大学") in rels and ("TO", "1200万元", "麻江县") in rels


def test_per_county_amounts_go_to_the_counties_listed_in_the_clause_before():
    rels = relations_of("宁波市结对帮扶金阳县、昭觉县、布拖县，今年按每县5000万元安排财政援助资金。")
    assert {("TO", "5000万元", c) for c in ("金阳县", "昭觉县", "布拖县")} <= rels


def test_a_province_before_per_county_amounts_gives_them():
    rels = relations_of("今年浙江省按每县6000万元的标准向凉山州安排财政援助资金。")
    assert ("TO", "6000万元", "浙江省") not in rels


def test_qianshou_pairs():
    assert ("PAIRED", "河西区", "崆峒区") in relations_of("河西区牵手崆峒区。")


def test_a_place_that_obtains_funds_for_another_brings_them_in():
    rels = relations_of("吴江区为沿河县争取社会帮扶资金1260万元。")
    assert rels == {("FROM", "1260万元", "吴江区"), ("TO", "1260万元", "沿河县")}


def test_buyers_of_a_respective_list():
    rels = relations_of("去年，天津市和山东省分别买下甘肃省农特产品39.12亿元、27.26亿元。")
    assert {("FROM", "39.12亿元", "天津市"), ("FROM", "27.26亿元", "山东省")} <= rels


def test_a_subject_after_a_year_word_gives():
    rels = relations_of("这一年上海市向云南省投入财政帮扶资金39.16亿元。")
    assert ("FROM", "39.16亿元", "上海市") in rels and ("TO", "39.16亿元", "云南省") in rels


def test_a_back_reference_after_xiang_receives_as_the_place_it_points_to():
    # The adjudicators of rounds 22–24 (R46-16, R47-16): 该县 is the county named before it.
    rels = relations_of("2022年，中国农业发展银行定点帮扶马关县，向该县直接投入无偿帮扶资金1150万元。")
    assert ("TO", "1150万元", "马关县") in rels
    rels = relations_of("舟山市普陀区与铁矿镇白果坪村结对，向该村捐赠帮扶资金30万元。")
    assert ("TO", "30万元", "铁矿镇白果坪村") in rels


def test_where_a_reporter_got_the_figures_is_no_party():
    # 记者从X了解到 / 据X统计: the source of a figure neither pairs, gives nor receives.
    rels = relations_of("记者从省乡村振兴局了解到，为助力陕西巩固脱贫成果，2021年，"
                        "37家中央单位累计投入帮扶资金20.63亿元。")
    assert not [r for r in rels if "省乡村振兴局" in (r[1], r[2])]


def test_no_party_gives_and_receives_one_amount():
    rels = relations_of("今年上半年，全省到位上海市财政援助资金38.18亿元。")
    assert ("FROM", "38.18亿元", "上海市") in rels and ("TO", "38.18亿元", "上海市") not in rels
    rels = relations_of("2023年中国乡村发展基金会接受捐赠13.76亿元。")
    assert ("FROM", "13.76亿元", "中国乡村发展基金会") not in rels


def test_a_source_quoted_through_its_spokesman_is_no_party():
    rels = relations_of("据上海援疆工作前方指挥部副总指挥介绍，上海已选派464名援疆干部人才进疆工作。")
    assert not [r for r in rels if "上海援疆工作前方指挥部" in (r[1], r[2])]


def test_a_receiver_the_filler_finds_in_a_list_of_places_receives_with_the_list():
    rels = relations_of("宁波市持续加大对兴义市、安龙县、册亨县的协作资金投入——去年投入3500万元。")
    assert {("TO", "3500万元", p) for p in ("兴义市", "安龙县", "册亨县")} <= rels


def test_a_place_left_out_by_chu_wai_de_takes_part_in_nothing():
    # 除X外的…: X is left out, neither partner, giver nor receiver (the learned filler leaves it alone too).
    rels = relations_of("广州市对口帮扶除贵阳市以外的毕节市。")
    assert not [r for r in rels if "贵阳市" in (r[1], r[2])]
    rels = relations_of("除上海市外的东部省市向云南省投入资金2亿元。")
    assert ("FROM", "2亿元", "上海市") not in rels and ("TO", "2亿元", "云南省") in rels
    # 除…外，还…: besides, not except.
    rels = relations_of("杭州市除对口帮扶恩施州外，还帮扶黔东南州。")
    assert {("PAIRED", "杭州市", "恩施州"), ("PAIRED", "杭州市", "黔东南州")} <= rels


def test_a_clause_that_opens_with_a_pairing_names_its_helper_after_de():
    # 对口帮扶「陇县」的「铜山区」: the eastern district is the one that pairs, and it gives what its clause gives.
    rels = relations_of("对口帮扶陇县的铜山区投入资金500万元。")
    assert ("PAIRED", "铜山区", "陇县") in rels and ("FROM", "500万元", "铜山区") in rels
    assert ("TO", "500万元", "铜山区") not in rels
    # The same shape within one side is a place and a unit inside it (SPEC v2): only the unit is helped.
    assert relations_of("上海市对口支援喀什地区的巴楚县。") == {("PAIRED", "上海市", "巴楚县")}


def test_a_helper_described_by_its_pairing_pairs():
    # X作为/是对口帮扶Y的…: the pairing describes X, it does not only modify a noun.
    assert ("PAIRED", "铜山区", "陇县") in relations_of("铜山区作为对口帮扶陇县的东部城区，累计投入资金3000万元。")
    assert ("PAIRED", "江苏省", "陕西省") in relations_of("江苏省是对口帮扶陕西省的东部省份。")
    assert relations_of("江西省对口支援克州的干部到岗。") == set()


def test_the_people_a_gift_is_for_move_nowhere():
    # 为N名…送去/提供…: a count of beneficiaries has no FROM and no TO; the gift itself still flows.
    assert relations_of("衢江区慈善总会为200名贫困学生送去助学金。") == set()
    rels = relations_of("衢江区慈善总会为平武县200名贫困学生送去助学金10万元。")
    assert rels == {("FROM", "10万元", "衢江区慈善总会"), ("TO", "10万元", "平武县")}
    # …but people who then move are a flow.
    assert ("TO", "300名务工人员", "东莞") in relations_of("为300名务工人员提供交通补贴，组织他们赴东莞就业。")
