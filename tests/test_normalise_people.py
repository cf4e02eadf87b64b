"""PERSON-COUNT normalisation: count, unit, approx, category (+ low/high for ranges)."""

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


def people(span, before="", after=""):
    """The count, unit, approx and category of a span (bounds have tests of their own)."""
    norm = normalise("PERSON-COUNT", span, before, after).norm
    return {k: v for k, v in norm.items() if k not in ("low", "high")}


@pytest.mark.parametrize(
    ("before", "span", "low", "high"),
    [
        ("选派", "971名干部", 971, 971),
        ("", "300余人", 300, None),
        ("近", "2000名", None, 2000),
        ("超过", "5万人", 50000, None),
        ("", "800人至1000人", 800, 1000),
        ("", "5至3名干部", 3, 5),  # written downwards: read upwards, with a warning
    ],
)
def test_count_bounds_follow_hedges_as_money_does(before, span, low, high):
    norm = normalise("PERSON-COUNT", span, before).norm
    assert (norm["low"], norm["high"]) == (low, high)


def n(count, unit, category, approx=False):
    return {"count": count, "unit": unit, "approx": approx, "category": category}


# (document, text before, span, expected) — real spans of the corpus
CORPUS_PEOPLE = [
    ("000", "云南省共选派", "971名干部", n(971, "名", "cadre")),
    ("000", "", "2448名专业技术人才", n(2448, "名", "professional")),
    ("000", "帮助", "37.22万建档贫困人口", n(372200, "人", "poor_population")),
    ("000", "选派农业、教育、卫生等专业技术人才", "4326人次", n(4326, "人次", "professional")),
    ("000", "共组织", "108名挂职干部", n(108, "名", "cadre")),
    ("000", "组织", "5.78万贫困人口", n(57800, "人", "poor_population")),
    ("000", "组织赴上海就业", "2817人", n(2817, "人", "worker")),
    ("000", "到广东就业", "1.89万人", n(18900, "人", "worker")),
    ("000", "其中贫困人口", "1399人", n(1399, "人", "poor_population")),
    ("000", "组织", "1万多名贫困家庭学生", n(10000, "名", "student", approx=True)),
    ("000", "沪滇组织", "5953名贫困生", n(5953, "名", "student")),
    ("000", "", "17.92万贫困群众", n(179200, "人", "poor_population")),
    ("001", "两地党委、政府11批", "57名干部", n(57, "名", "cadre")),
    ("002", "培训", "1.8万多人次", n(18000, "人次", "trainee", approx=True)),
    ("002", "广东省共选派", "71名干部", n(71, "名", "cadre")),
    ("002", "其中有", "33名贫困县党政干部", n(33, "名", "cadre")),
    ("002", "培训学员", "483人次", n(483, "人次", "trainee")),
    ("002", "百色、河池两市各派", "45名医务人员", n(45, "名", "medical_staff")),
    ("002", "共资助贫困高中生", "750人", n(750, "人", "student")),
    ("002", "培训中职校长", "50名", n(50, "名", "teacher")),
    ("002", "广西接待广东游客", "4929.12万人次", n(49291200, "人次", "other")),
    ("003", "衢江选派医疗、教育、农技等", "41名专业技术骨干", n(41, "名", "professional")),
    ("003", "平武选派", "3名医疗骨干", n(3, "名", "medical_staff")),
    ("003", "“土专家”", "120余名", n(120, "名", "professional", approx=True)),
    ("003", "互访15批", "133人次", n(133, "人次", "other")),
    ("003", "九龙县7个贫困村、", "635户贫困家庭", n(635, "户", "household")),
    ("003", "635户贫困家庭、", "2355名贫困人员", n(2355, "名", "poor_population")),
    ("003", "选派援藏干部人才", "148人次", n(148, "人次", "cadre")),
    ("003", "在派遣第四批、第五批", "56名援藏干部人才", n(56, "名", "cadre")),
    ("003", "帮扶贫困户", "60户", n(60, "户", "household")),
    ("003", "参加培训", "700余人次", n(700, "人次", "trainee", approx=True)),
    ("003", "走访慰问", "25户贫困户", n(25, "户", "household")),
    ("004", "选派了", "400多名党政干部", n(400, "名", "cadre", approx=True)),
    ("004", "和", "7000多名专技人才", n(7000, "名", "professional", approx=True)),
    ("004", "有组织输出贫困劳动力赴浙江就业", "2.76万人", n(27600, "人", "worker")),
    ("004", "3948个贫困村、", "196万贫困户", n(1960000, "户", "household")),
    ("004", "惠及超过", "15万贫困人口", n(150000, "人", "poor_population", approx=True)),
    ("004", "来自浙江的", "3747名专业技术人才", n(3747, "名", "professional")),
    ("004", "残疾人就业培训", "14777人次", n(14777, "人次", "trainee")),
]


@pytest.mark.parametrize(("doc", "before", "span", "want"), CORPUS_PEOPLE)
def test_corpus_counts(doc, before, span, want):
    assert before + span in cleaned_corpus(doc)
    assert people(span, before[-8:]) == want


def test_ranges_carry_low_and_high():
    def people(span):
        return normalise("PERSON-COUNT", span).norm

    assert people("五六十名女工") == {
        "count": 50, "unit": "名", "approx": True, "category": "worker", "low": 50, "high": 60,
    }  # fmt: skip
    assert people("800人至1000人") == {
        "count": 800, "unit": "人", "approx": True, "category": "other", "low": 800, "high": 1000,
    }  # fmt: skip


@pytest.mark.parametrize(
    ("span", "unit"),
    [("971名干部", "名"), ("10位专家", "位"), ("4326人次", "人次"), ("196万贫困户", "户"),
     ("300户农户", "户"), ("37.22万建档贫困人口", "人"), ("2.76万", "人")],
)  # fmt: skip
def test_unit_is_the_measure_word_or_households_or_people(span, unit):
    assert people(span)["unit"] == unit


@pytest.mark.parametrize(
    ("span", "before", "category"),
    [
        ("12名挂职干部", "", "cadre"),
        ("30名专技人才", "", "professional"),
        ("50名女工", "", "worker"),
        ("3000人", "劳务输出", "worker"),
        ("100名贫困群众", "", "poor_population"),
        ("20名本科生", "", "student"),
        ("200名学员", "", "trainee"),
        ("500人次", "举办培训班", "trainee"),
        ("8名医疗队员", "", "medical_staff"),
        ("15名教师", "", "teacher"),
        ("60余人", "贫困户代表共", "other"),  # 贫困户 before a count of people is not households
        ("12人", "", "other"),
    ],
)
def test_category_from_the_noun_in_or_before_the_span(span, before, category):
    assert people(span, before)["category"] == category


@pytest.mark.parametrize("before", ["近", "约", "超过"])
def test_hedges_make_counts_approximate(before):
    assert people("100名干部", before)["approx"] is True


def test_traditional_and_glossed_input():
    assert people("7.8萬(wàn)名貧困學(xué)生") == n(78000, "名", "student")


def test_stripped_digits_give_no_count_and_a_warning():
    got = normalise("PERSON-COUNT", "名干部")
    assert got.norm["count"] is None and got.warnings


@given(st.text(alphabet="0123456789.多余几十百千万名人次户位干部学生—至", max_size=10))
def test_never_raises(s):
    got = normalise("PERSON-COUNT", s)
    assert {"count", "unit", "approx", "category"} <= set(got.norm)


# ---------------------------------------------------------------- zero counts, new nouns


@pytest.mark.parametrize("span", ["0户建档立卡贫困户", "0人", "0名干部"])
def test_a_count_of_zero_is_a_stripped_figure(span):
    got = normalise("PERSON-COUNT", span)
    assert got.norm["count"] is None and got.norm["approx"] is True
    assert "COUNT_ZERO" in got.warning_codes


def test_a_range_from_zero_is_kept():
    assert people("0至5人")["count"] == 0


@pytest.mark.parametrize(
    ("span", "before", "category"),
    [
        ("3万人", "实际到位10.57亿元,带贫", "poor_population"),
        ("2470人", "扶持贫困残疾人自主创业", "poor_population"),
        ("14名", "贫困县常委副县长", "cadre"),
        ("3名", "常委副州市长", "cadre"),
    ],
)
def test_new_category_nouns(span, before, category):
    assert people(span, before)["category"] == category
