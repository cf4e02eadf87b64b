"""MONEY normalisation: SPEC's examples and every amount found in the corpus."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gongbu.normalise import normalise
from gongbu.normalise._common import clean_span

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@cache
def cleaned_corpus(doc: str) -> str:
    (path,) = CORPUS.glob(f"{doc}_*.txt")
    return "\n".join(clean_span(line) for line in path.read_text(encoding="utf-8").splitlines())


def money(span, before="", after=""):
    return normalise("MONEY", span, before, after)


def exact(v):
    return {"yuan": v, "approx": False, "low": v, "high": v}


# (document, text before the span, span, text after, expected norm) — real spans of the corpus
CORPUS_MONEY = [
    ("000", "3年累计投入", "133.08亿元", "", exact(13308000000)),
    ("000", "上海社会各界捐赠资金", "6.1亿元", ",", exact(610000000)),
    ("000", "广东捐赠资金", "5.6亿元", "。", exact(560000000)),
    ("000", "实际到位", "10.57亿元", ",", exact(1057000000)),
    ("000", "实际到位", "19.12亿元", ",", exact(1912000000)),
    ("000", "实际投资", "4.81亿元", "", exact(481000000)),
    ("000", "实际投资", "1.43亿元", "。", exact(143000000)),
    ("000", "上海就采购云南特色农产品", "5.48亿元", ",", exact(548000000)),
    ("000", "广东采购", "4.98亿元", "。", exact(498000000)),
    ("001", "共销售产品", "94.万元", ",", {"yuan": 940000, "approx": True, "low": 940000, "high": None}),
    # a monthly wage of 2 yuan: digits stripped (MONEY_IMPLAUSIBLE)
    ("001", "包吃包住还有", "2元", "的工资", {"yuan": None, "approx": True, "low": None, "high": None}),
    ("002", "捐款捐物共计", "20多亿元", "。", {"yuan": 2000000000, "approx": True, "low": 2000000000, "high": None}),
    ("002", "计划总投资", "276.5亿元", "。", exact(27650000000)),
    ("002", "计划总投资", "56.7亿元", "。", exact(5670000000)),
    ("002", "完成工业总产值", "171.83亿元", ",", exact(17183000000)),
    ("002", "招商引资到位资金", "78.05亿元", "。", exact(7805000000)),
    ("002", "社会帮扶资金已达", "1.83亿元", "。", exact(183000000)),
    ("002", "腾讯公司捐赠款项", "1亿元", ",", exact(100000000)),
    (
        "002",
        "爱心人士和企业捐款",
        "2300多万元",
        "及",
        {"yuan": 23000000, "approx": True, "low": 23000000, "high": None},
    ),
    ("002", "教学物资", "2200多万元", ",", {"yuan": 22000000, "approx": True, "low": 22000000, "high": None}),
    ("002", "广东方面的捐款超过", "2000万元", "。", {"yuan": 20000000, "approx": True, "low": 20000000, "high": None}),
    ("002", "个人累计捐款", "19万元", "用于", exact(190000)),
    ("003", "协议总投资近", "60亿", "。", {"yuan": 6000000000, "approx": True, "low": None, "high": 6000000000}),
    ("003", "签订总投资", "50亿", "的", exact(5000000000)),
    ("003", "年产值将达", "12亿", ",", exact(1200000000)),
    ("003", "税收", "1—2亿", "。", {"yuan": 100000000, "approx": True, "low": 100000000, "high": 200000000}),
    ("003", "确定总投资", "3600万元", "的", exact(36000000)),
    ("003", "完成投资", "3.3亿元", "。", exact(330000000)),
    ("003", "月均工资", "3500元", "以上", {"yuan": 3500, "approx": True, "low": 3500, "high": None}),
    ("003", "给予每人", "1000元", "/月", exact(1000)),
    ("003", "社会帮扶资金", "534万元", ",", exact(5340000)),
    ("003", "安排", "1250万元", "用于", exact(12500000)),
    ("003", "盘活资金", "2000万元", ",", exact(20000000)),
    ("003", "捐款捐物价值约", "170余万元", "。", {"yuan": 1700000, "approx": True, "low": 1700000, "high": None}),
    ("003", "送去慰问金", "2400元", "和", exact(2400)),
    ("003", "捐赠款物", "21万余元", "。", {"yuan": 210000, "approx": True, "low": 210000, "high": None}),
    ("004", "投入财政帮扶资金", "113.83亿元", ",", exact(11383000000)),
    ("004", "基本务工收入不低于", "5000元", "。", {"yuan": 5000, "approx": True, "low": 5000, "high": None}),
    ("004", "投入财政帮扶资金", "46.65亿元", ",", exact(4665000000)),
    (
        "004",
        "撬动社会资本投入",
        "60多亿元",
        "建成",
        {"yuan": 6000000000, "approx": True, "low": 6000000000, "high": None},
    ),
    ("004", "总额", "31亿元", ",", exact(3100000000)),
    ("004", "每年安排", "1400万元", "帮扶资金", exact(14000000)),
    ("004", "引资额", "774.2亿元", ",", exact(77420000000)),
    ("004", "到位资金", "317.8亿元", ",", exact(31780000000)),
]


@pytest.mark.parametrize(("doc", "before", "span", "after", "want"), CORPUS_MONEY)
def test_corpus_amounts(doc, before, span, after, want):
    assert before + span + after in cleaned_corpus(doc)
    assert money(span, before, after).norm == want


@pytest.mark.parametrize(
    ("doc", "before", "span"),
    [
        ("001", "上海市长宁区投入", "万元"),  # digits stripped by the scraper
        ("001", "金额", "万元"),
        ("001", "共理赔保险金", ".1万元"),  # digits before the dot stripped
    ],
)
def test_corpus_amounts_with_lost_digits_give_null_and_a_warning(doc, before, span):
    assert before + span in cleaned_corpus(doc)
    n = money(span, before)
    assert n.norm["yuan"] is None and n.norm["low"] is None and n.norm["high"] is None
    assert n.warnings


def test_spec_examples():
    assert money("133.08亿元").norm == exact(13308000000)
    assert money("三千六百万元").norm == exact(36000000)
    assert money("壹佰贰拾万").norm == exact(1200000)
    assert money("８９．６６亿元").norm == exact(8966000000)
    assert money("7.45亿—15.66亿元").norm == {
        "yuan": 745000000, "approx": True, "low": 745000000, "high": 1566000000,
    }  # fmt: skip
    assert money("1-2亿").norm == money("1—2亿").norm
    assert money("13.亿元").norm == {"yuan": 1300000000, "approx": True, "low": 1300000000, "high": None}
    assert "MONEY_STRAY_DOT" in money("13.亿元").warning_codes


def test_traditional_and_full_width_input():
    assert money("6.1億元").norm == exact(610000000)
    assert money("３萬元").norm == exact(30000)


@pytest.mark.parametrize(
    ("span", "want"),
    [("1万多", 10000), ("2300多万元", 23000000), ("170余万元", 1700000), ("21万余元", 210000)],
)
def test_more_than(span, want):
    assert money(span).norm == {"yuan": want, "approx": True, "low": want, "high": None}


@pytest.mark.parametrize(
    ("before", "after", "low", "high"),
    [
        ("近", "", None, 100),
        ("将近", "", None, 100),
        ("约", "", None, None),
        ("超过", "", 100, None),
        ("不少于", "", 100, None),
        ("", "以上", 100, None),
        ("", "左右", None, None),
        ("上", "", 100, None),   # 上千万元: over ten million
        ("过", "", 100, None),
    ],
)
def test_hedges_next_to_the_span(before, after, low, high):
    assert money("100元", before, after).norm == {"yuan": 100, "approx": True, "low": low, "high": high}


@pytest.mark.parametrize("word", ["累计", "共", "合计", "共计投入"])
def test_totals_are_not_hedges(word):
    assert money("100元", before=word).norm == exact(100)


def test_a_hedge_inside_the_span_is_still_read():
    assert money("近700万元").norm == {"yuan": 7000000, "approx": True, "low": None, "high": 7000000}


@pytest.mark.parametrize("span", ["万元", "*.**亿元", "亿元", "", "元", "?.?万元"])
def test_missing_or_masked_digits(span):
    n = money(span)
    assert n.norm["yuan"] is None and n.warnings


@given(st.text(alphabet="0123456789.,多余几数十百千万亿元块角分—-~至到近约以上零一二两三四五六七八九*", max_size=12))
def test_never_raises(s):
    n = money(s)
    assert set(n.norm) == {"yuan", "approx", "low", "high"}
    if n.norm["yuan"] is None:
        assert n.warnings or not s


@given(st.decimals(min_value="0.01", max_value=10**6, places=2, allow_nan=False, allow_infinity=False))
def test_decimal_wan_amounts_are_exact(d):  # 0万元 would be MONEY_IMPLAUSIBLE
    n = money(f"{d}万元").norm
    want = d * 10000
    assert n["yuan"] == (int(want) if want == want.to_integral_value() else float(want))


# ---------------------------------------------------------------- plausibility (MONEY_IMPLAUSIBLE)

UNKNOWN = {"yuan": None, "approx": True, "low": None, "high": None}


@pytest.mark.parametrize(
    ("span", "before", "after"),
    [
        ("2元", "每月包吃包住还有", "的工资"),  # a monthly wage of 2 yuan
        ("0元", "户均可获得收益", "。"),
        ("5元", "人均增收", "。"),
        ("8.5元", "共投入", ""),
        ("3.元", "投入", ""),  # a stray dot on a tiny figure: no lower bound worth giving
    ],
)
def test_tiny_arabic_amounts_are_stripped_figures(span, before, after):
    got = normalise("MONEY", span, before, after)
    assert got.norm == UNKNOWN
    assert "MONEY_IMPLAUSIBLE" in got.warning_codes


@pytest.mark.parametrize(
    ("span", "before", "after", "yuan"),
    [
        ("2元", "", "/斤", 2),  # a price per unit
        ("5元", "收购价每公斤", "", 5),
        ("3元", "每人每天补助", "", 3),
        ("2元", "单价", "", 2),
        ("2.5元", "", "每斤", 2.5),
        ("10元", "人均", "", 10),  # 10 is not under the threshold
        ("一元", "", "", 1),  # Chinese numerals are written out, not stripped
        ("五块钱", "", "", 5),
        ("2元5角", "", "", 2.5),  # 角/分 say the amount is small on purpose
    ],
)
def test_small_amounts_that_are_plausible(span, before, after, yuan):
    got = normalise("MONEY", span, before, after)
    assert got.norm["yuan"] == yuan
    assert "MONEY_IMPLAUSIBLE" not in got.warning_codes


def test_a_small_range_is_kept():
    assert money("1-5元").norm == {"yuan": 1, "approx": True, "low": 1, "high": 5}
