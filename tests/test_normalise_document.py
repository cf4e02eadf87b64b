"""Document-level normalisation: ``normalise_mentions`` and its passes, on small made-up texts."""

from __future__ import annotations

import time
from dataclasses import dataclass

import pytest

from gongbu.normalise import Normalised, normalise, normalise_mentions


@dataclass(frozen=True)
class M:
    label: str
    start: int
    end: int
    text: str


def doc(text: str, *spans: tuple[str, str]) -> tuple[str, list[M]]:
    """Mentions for (label, surface) pairs, found left to right in ``text``."""
    out, pos = [], 0
    for label, surface in spans:
        i = text.index(surface, pos)
        out.append(M(label, i, i + len(surface), surface))
        pos = i + len(surface)
    return text, out


def norms(text: str, *spans: tuple[str, str]) -> list[dict]:
    t, ms = doc(text, *spans)
    return [n.norm for n in normalise_mentions(t, ms)]


def cats(text: str, *counts: str) -> list[str]:
    return [n["category"] for n in norms(text, *(("PERSON-COUNT", c) for c in counts))]


# ---------------------------------------------------------------- the API


def test_one_result_per_mention_in_order_and_empty_input():
    assert normalise_mentions("", []) == []
    text, ms = doc("上海投入3000万元,选派干部20名。", ("GPE", "上海"), ("MONEY", "3000万元"), ("PERSON-COUNT", "20名"))
    out = normalise_mentions(text, ms)
    assert all(isinstance(n, Normalised) for n in out)
    assert [n.norm.get("name") or n.norm.get("yuan") or n.norm.get("category") for n in out] == [
        "上海市",
        30000000,
        "cadre",
    ]


def test_it_agrees_with_single_span_normalisation_where_no_pass_applies():
    text, ms = doc(
        "近60亿元投向红河州,约200名专业技术人才。",
        ("MONEY", "60亿元"),
        ("GPE", "红河州"),
        ("PERSON-COUNT", "200名专业技术人才"),
    )
    out = normalise_mentions(text, ms)
    assert out[0].norm == normalise("MONEY", "60亿元", before="", after="投向红河州").norm | {
        "approx": True,
        "low": None,
        "high": 6000000000,
    }
    assert out[1].norm["name"] == "红河哈尼族彝族自治州"
    assert out[2].norm == {
        "count": 200, "unit": "名", "approx": True, "category": "professional", "low": None, "high": None,
    }  # fmt: skip


def test_warnings_come_back_per_mention():
    text, ms = doc("每月还有2元的工资,覆盖0户贫困户。", ("MONEY", "2元"), ("PERSON-COUNT", "0户贫困户"))
    out = normalise_mentions(text, ms)
    assert "MONEY_IMPLAUSIBLE" in out[0].warning_codes
    assert "COUNT_ZERO" in out[1].warning_codes


def test_a_whole_report_is_fast():
    parts, spans = [], []
    for k in range(100):
        parts.append(f"上海市徐汇区投入{k + 1}00万元,选派干部{k + 1}名,其中医生{k}人,帮助贫困人口{k + 3}00人就业。")
        spans += [("GPE", "上海市徐汇区"), ("MONEY", f"{k + 1}00万元"), ("PERSON-COUNT", f"{k + 1}名"),
                  ("PERSON-COUNT", f"{k}人"), ("PERSON-COUNT", f"{k + 3}00人")]  # fmt: skip
    text, ms = doc("".join(parts), *spans)
    normalise_mentions(text, ms)  # tables loaded
    t0 = time.perf_counter()
    out = normalise_mentions(text, ms)
    assert time.perf_counter() - t0 < 0.2  # 500 mentions; a corpus document takes 1–4 ms
    assert len(out) == 500


# ---------------------------------------------------------------- 1. categories of breakdowns


def test_an_other_count_takes_the_category_of_the_previous_count_of_its_sentence():
    assert cats("上海市援派干部从首批的15名,增长到第十一批的152名。", "15名", "152名") == ["cadre", "cadre"]
    assert cats("贵州贫困人口已由2015年的493万减少到30.8万。", "493万", "30.8万") == ["poor_population"] * 2


def test_not_across_sentences_unless_the_sentence_starts_with_qizhong():
    assert cats("选派干部20名。新增45人。", "20名", "45人") == ["cadre", "other"]
    assert cats("选派干部20名。其中,新增45人。", "20名", "45人") == ["cadre", "cadre"]


def test_a_bare_count_in_a_qizhong_breakdown_takes_its_total_even_over_a_verb():
    got = cats(
        "组织5.78万贫困人口到省外就业。其中,组织赴上海就业2817人,到广东就业1.89万人。",
        "5.78万贫困人口",
        "2817人",
        "1.89万人",
    )
    assert got == ["poor_population"] * 3


def test_a_noun_of_its_own_wins_over_the_total():
    assert cats("吸纳就业2580人,其中贫困人口1399人。", "2580人", "1399人") == ["worker", "poor_population"]
    assert cats("培训1.8万多人次,其中贫困人口1.4万多人次。", "1.8万多人次", "1.4万多人次") == [
        "trainee",
        "poor_population",
    ]
    assert cats("培训干部50名,其中女干部20名。", "50名", "20名") == ["cadre", "cadre"]


def test_a_bracketed_breakdown_takes_its_total():
    got = cats("输送4137名贫困生到广东就读职校(东莞2112人、中山1065人)。", "4137名贫困生", "2112人", "1065人")
    assert got == ["student"] * 3
    got = cats("选派152名(其中常委副州市长3名、贫困县副县长14名)。", "152名", "3名", "14名")
    assert got[1:] == ["cadre", "cadre"]


def test_a_money_total_breaks_down_money_not_people():
    text, ms = doc(
        "选派干部20名,投入资金500万元(其中带动就业300人)。",
        ("PERSON-COUNT", "20名"),
        ("MONEY", "500万元"),
        ("PERSON-COUNT", "300人"),
    )
    assert normalise_mentions(text, ms)[2].norm["category"] == "worker"


def test_households_are_not_inherited_by_people():
    assert cats("覆盖贫困户300户1200人。", "300户", "1200人") == ["household", "other"]


def test_the_noun_is_read_up_to_16_characters_back_within_its_clause():
    assert cats("扶持贫困残疾人自主创业2470人。", "2470人") == ["poor_population"]
    # not across an enumeration comma: 干部、贫困户代表 is no count of cadres
    assert cats("飞龙乡干部、贫困户代表共60余人赴成都学习。", "60余人") == ["other"]


def test_a_closed_qizhong_bracket_ends_the_breakdown():
    got = cats("选派干部20名(其中医生5名),另有教师8名。", "20名", "5名", "8名")
    assert got == ["cadre", "medical_staff", "teacher"]


# ---------------------------------------------------------------- 2. 援藏 outside Tibet


def test_aid_to_tibetan_areas_in_a_sichuan_report():
    text = "青白江区帮扶甘孜州九龙县,选派援藏干部人才148人。"
    got = norms(text, ("GPE", "青白江区"), ("GPE", "甘孜州九龙县"), ("GPE", "藏"), ("PERSON-COUNT", "148人"))
    assert got[2] == {"name": "甘孜藏族自治州", "level": "prefecture", "province": "四川省", "side": "west"}


@pytest.mark.parametrize(
    "text",
    [
        "上海选派援藏干部赴日喀则市,拉萨市也有。",  # the report speaks of Tibet itself
        "浙江帮扶甘孜州和阿坝州,选派援藏干部。",  # two Tibetan prefectures: which one?
        "浙江帮扶四川省,选派援藏干部。",  # no Tibetan prefecture named
    ],
)
def test_aid_to_tibet_stays_tibet_otherwise(text):
    names = ("上海", "日喀则市", "拉萨市", "浙江", "甘孜州", "阿坝州", "四川省", "藏")
    spans = sorted((("GPE", s) for s in names if s in text), key=lambda p: text.index(p[1]))
    got = norms(text, *spans)
    assert got[[s for _, s in spans].index("藏")]["name"] == "西藏自治区"


# ---------------------------------------------------------------- 3. names as written (SPEC v2)


def test_organisation_names_stay_as_the_text_writes_them():
    got = norms("杭州市和黔东南州结对。宁波市政府、市人社局联合发文,到中源公司上班。", ("GPE", "杭州市"),
                ("GPE", "黔东南州"), ("ORG", "宁波市政府"), ("ORG", "市人社局"), ("ORG", "中源公司"))  # fmt: skip
    assert [n["name"] for n in got[2:]] == ["宁波市政府", "市人社局", "中源公司"]


def test_aid_to_tibetan_areas_is_no_evidence_for_tibet():
    text = "来源:省扶贫开发局。甘孜州九龙县:援藏干部、援藏警察、援藏医生。"
    spans = [("ORG", "省扶贫开发局"), ("GPE", "甘孜州九龙县"), ("GPE", "藏"), ("GPE", "藏"), ("GPE", "藏")]
    got = norms(text, *spans)
    assert {n["name"] for n in got[2:]} == {"甘孜藏族自治州"}  # 四川's Tibetan areas, not 西藏


def test_mentions_out_of_order_come_back_in_the_callers_order():
    text, ms = doc("选派干部20名,其中医生5人。", ("PERSON-COUNT", "20名"), ("PERSON-COUNT", "5人"))
    out = normalise_mentions(text, ms[::-1])
    assert [n.norm["count"] for n in out] == [5, 20]
    assert [n.norm["category"] for n in out] == ["medical_staff", "cadre"]


def test_a_list_of_kinds_before_a_bare_count():
    assert cats("两市互派医生、教师320人次开展交流。", "320人次") == ["professional"]
    assert cats("选派党政干部和专业技术人才156名赴黔。", "156名") == ["cadre"]
    assert cats("派出骨干教师35人次。", "35人次") == ["teacher"]  # one compound noun, no list


def test_people_with_no_kind_of_their_own_who_go_to_work_are_workers():
    assert cats("今年共有2100余名农牧民赴津务工。", "2100余名农牧民") == ["worker"]
    assert cats("项目建成后可安置460名易地搬迁群众。", "460名易地搬迁群众") == ["poor_population"]


def test_the_head_noun_after_deng_names_the_whole_list():
    assert cats("选派医生、护士等医疗人才56名赴怒江。", "56名") == ["medical_staff"]
