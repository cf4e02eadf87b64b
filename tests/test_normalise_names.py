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
