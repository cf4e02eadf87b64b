"""ORG and PROGRAMME normalisation: cleaning and alias merging."""

from __future__ import annotations

import pytest

from gongbu.normalise import normalise


def name(label, span):
    return normalise(label, span).norm


@pytest.mark.parametrize(
    ("span", "want"),
    [
        ("东西部扶贫协作", "东西部扶贫协作"),
        ("东西扶贫协作", "东西部扶贫协作"),
        ("东西部协作", "东西部扶贫协作"),
        ("東(dong)西部扶貧協(xié)作", "东西部扶贫协作"),
        ("携手奔小康", "携手奔小康行动"),
        ("携手奔小康行动", "携手奔小康行动"),
        ("“万企帮万村”", "万企帮万村"),
        ("10·17扶贫日", "10·17扶贫日"),
        ("10.17扶贫日", "10·17扶贫日"),
        ("１０・１７扶贫日", "10·17扶贫日"),
        ("保险+期货", "保险+期货"),
        ("两不愁三保障", "两不愁三保障"),
        ("百日总攻行动", "百日总攻行动"),
    ],
)
def test_programmes(span, want):
    assert name("PROGRAMME", span) == {"name": want}


@pytest.mark.parametrize(
    ("span", "want"),
    [
        ("国务院扶贫办", "国务院扶贫开发领导小组办公室"),
        ("國務院扶貧辦", "国务院扶贫开发领导小组办公室"),
        ("国务院扶贫开发领导小组办公室", "国务院扶贫开发领导小组办公室"),
        ("云南省人民政府扶贫开发办公室", "云南省人民政府扶贫开发办公室"),
        ("云南省扶贫办", "云南省人民政府扶贫开发办公室"),
        ("市人社局", "市人力资源和社会保障局"),
        ("省扶贫办", "省扶贫开发办公室"),
        ("浙江省发展改革委", "浙江省发展和改革委员会"),
        ("上海市第10批援滇干部联络组", "上海市第10批援滇干部联络组"),
        ("广西日报", "广西日报"),
        ("华南理工大学", "华南理工大学"),
        (" 腾讯公司 ", "腾讯公司"),
    ],
)
def test_organisations(span, want):
    assert name("ORG", span) == {"name": want}


def test_unknown_label_is_an_error():
    with pytest.raises(ValueError):
        normalise("DATE", "2016年")


# ---------------------------------------------------------------- general expansions


@pytest.mark.parametrize(
    ("label", "span", "want"),
    [
        ("ORG", "lingyun  Government", "lingyun Government"),  # a Latin space is kept, once
        ("ORG", "广西区党委", "广西壮族自治区党委"),  # an informal place alias opens the name
        ("ORG", "宁夏区政府", "宁夏回族自治区人民政府"),
        ("ORG", "广西日报", "广西日报"),  # a short form that is no alias stays
        ("ORG", "内蒙古日报", "内蒙古日报"),  # 内蒙 is an alias, but 内蒙古 is the longer place
        ("ORG", "宁波市政府", "宁波市人民政府"),
        ("ORG", "平武县政府", "平武县人民政府"),
        ("ORG", "省政府", "省人民政府"),
        ("ORG", "市政府办公室", "市政府办公室"),  # only a final 政府 is the government itself
        ("ORG", "省农科院", "省农业科学院"),
        ("ORG", "市科技局", "市科学技术局"),
        ("ORG", "市人社局", "市人力资源和社会保障局"),
        ("PROGRAMME", "期货+保险", "保险+期货"),
        ("PROGRAMME", "两不愁、三保障", "两不愁三保障"),
        ("PROGRAMME", "整乡规划、整村推进", "整乡规划、整村推进"),  # no known name without the comma
        ("PROGRAMME", "10.17", "10·17扶贫日"),
    ],
)
def test_general_name_rules(label, span, want):
    assert name(label, span) == {"name": want}
