"""ORG and PROGRAMME normalisation (SPEC v2): the simplified surface form, one programme folded."""

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
        ("东西扶贫合作", "东西部扶贫协作"),
        ("東(dong)西部扶貧協(xié)作", "东西部扶贫协作"),
        ("携手奔小康", "携手奔小康"),  # the surface form: only 东西部扶贫协作's variants fold
        ("携手奔小康行动", "携手奔小康行动"),
        ("“万企帮万村”", "万企帮万村"),
        ("10.17扶贫日", "10·17扶贫日"),  # a dot between day numbers is the middle dot
        ("１０・１７扶贫日", "10·17扶贫日"),
        ("两不愁、三保障", "两不愁、三保障"),
        ("百日总攻行动", "百日总攻行动"),
    ],
)
def test_programmes(span, want):
    assert name("PROGRAMME", span) == {"name": want}


@pytest.mark.parametrize(
    ("span", "want"),
    [
        ("国务院扶贫办", "国务院扶贫办"),
        ("國務院扶貧辦", "国务院扶贫办"),
        ("云南省人民政府扶贫开发办公室", "云南省人民政府扶贫开发办公室"),
        ("宁波市政府", "宁波市政府"),  # not expanded: what the text says is the name
        ("市人社局", "市人社局"),
        ("上海市第10批援滇干部联络组", "上海市第10批援滇干部联络组"),
        ("華南理工大學", "华南理工大学"),
        ("「广西日报」", "广西日报"),
        (" 腾讯公司 ", "腾讯公司"),
        ("lingyun  Government", "lingyun Government"),  # a Latin space is kept, once
    ],
)
def test_organisations(span, want):
    assert name("ORG", span) == {"name": want}


def test_unknown_label_is_an_error():
    with pytest.raises(ValueError):
        normalise("DATE", "2016年")
