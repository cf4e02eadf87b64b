"""Period cases from annotators who had not read the rules (``annotations/periods/cases.jsonl``).

In each round two annotators studied public reports and wrote about 45 cases each in their
own words (round 1 short passages, later rounds whole scraped-style documents), with the period
the SPEC and ``annotations/periods/GUIDELINES.md`` give the quantity; another annotated the
same texts blind, and an adjudicator decided where the two differed. Each case is one call of
:func:`gongbu.parse`:

>>> import gongbu
>>> report = gongbu.parse("2019年，上海市向云南省投入资金5亿元。")
>>> report.flows[0].period.start, report.flows[0].period.cumulative
(2019, False)

``KNOWN`` lists the cases the rules still read otherwise, each with why; such a case must
fail (strict xfail), so one that starts passing is moved out of the list.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from gongbu.evaluation.cases import period_of, read_cases

CASES = read_cases(Path(__file__).parents[1] / "annotations" / "periods" / "cases.jsonl")

KNOWN: dict[str, str] = {
    # The adjudicated gold of train document 118 (东西部协作要闻速览（2020年第12期）) resolves 今年 against
    # the issue label's year; these three annotators read C4 as leaving it unresolved. The rules follow
    # the adjudicated corpus until the guidelines settle it.
    "A20": "issue label as the document's year: conflicts with the adjudicated gold of train document 118",
    "B42": "issue label as the document's year: conflicts with the adjudicated gold of train document 118",
    # The adjudicated gold of train documents 118 and 132 lets 累计/先后 reach a clause with another kind of
    # flow (累计投入…，带动…户增收); these annotators read C2's "same kind of flow" as stopping it.
    "C37": "a marker reaching a clause of another kind: conflicts with the adjudicated gold of train 118 and 132",
    # Train documents 103, 110, 127 and 129 give a ；-list item the first item's marker (累计/先后/共) even
    # under a new subject; this case reads C2 as stopping it there.
    "E32": "a ；-item under a new subject: conflicts with the adjudicated gold of train 103, 110, 127 and 129",
    # Rows of a table, then a prose sentence after them (上述园区吸纳…): C4 sends the prose to the title;
    # the rules cannot yet tell a short prose line from a row that ends with a full stop (dev 303, 330).
    "F42": "prose after the rows of a table: not told apart from rows that end with a full stop",
    # Dev 018 and train 101, 107 and 126 give X以来 of an undated event (结对以来) no end; these read 以来 as
    # running to the document's year.
    "H11": "以来 of an undated event: conflicts with the adjudicated gold of dev 018 and train 101, 107, 126",
    "H12": "以来 of an undated event: conflicts with the adjudicated gold of dev 018 and train 101, 107, 126",
    # 三年来 in an undated document that names a pairing start of 1996 and no later year: the rules take
    # 1996 as the start (C6); the annotators read the span as one the text does not place.
    "H39": "N年来 against a pairing start in an undated document: not told apart from C13 and D20",
    # C2 lets 共 reach a comma clause that continues its subject; the rules stop it at a clause with a
    # time of its own (2019年，北京共选派…，同年选派…), which most clauses with their own year need.
    "J43": "共 reaching a next clause that has its own 同年: not told apart from clauses with a year of their own",
    # The undated event of H11 and H12 again (县第十七届人大一次会议以来).
    "K09": "以来 of an undated event: conflicts with the adjudicated gold of dev 018 and train 101, 107, 126",
    # 前16年 after a named start: both annotators let C6 keep the end open; the adjudicated gold of
    # train 106 closes the first years (头五年 after 2010 → 2010–2014).
    "K42": "the first N years: conflicts with the adjudicated gold of train 106 (头五年 → 2010–2014)",
    # A yearless 截至12月底 inside a year's frame: both annotators keep the start open; case A37 and the
    # adjudication of K38 give the frame's year to both bounds.
    "L04": "a yearless 截至 inside a year's frame: conflicts with case A37 and the adjudication of K38",
    # A yearless 截至12月底 again (see L04), here adjudicated for the open start.
    "N27": "a yearless 截至 inside a year's frame: conflicts with case A37 and the adjudication of K38",
    # 今年1至8月: the adjudicator reads a month range as a total; the adjudicated gold of dev (今年1—9月 in
    # 12 quantities of dev 3xx) reads it as one year, not cumulative.
    "N03": "a month range inside a year: conflicts with the adjudicated gold of dev (今年1—9月 not cumulative)",
    # 合计 of a table whose rows are years: the rules find no year in the row and read no range from the title.
    # 其中一季度 under a total whose year is stripped: the rules resolve 一季度 against the document's year.
    # A report on last year's assessment: the annotators give the title's 2022年度; the rules take the lead's
    # 今年3月, which dates the feedback.
    "N05": "a title's 年度 against the lead's 今年3月: the rules take the lead's",
    # 三年间 of a batch that 2022年7月进藏: no partnership word in that sentence, and no document year.
    "P10": "N年间 of a cadre batch whose start names no pairing word: not found",
    # 后两年 after 按照规划 means the plan of the lead (十四五), not the 十三五 named just before it.
    "P20": "the last N years of a plan named earlier than the nearest one: not read",
    # 五年来 inside an item that names its own window (2015年至2019年): the annotators end it there.
    "Q05": "N年来 ending at the window its item names: the rules end it at the document's year",
    # N年间 of a cadre batch whose arrival (2016年7月进藏) names its start, in an undated document.
    "S22": "N年间 of a cadre batch in an undated document: the start is not found",
    # 目前已 + a completed flow in a sentence whose clause before holds 去年.
    "T12": "目前已 after a 去年 clause: the rules take 去年's year",
    # 2019年春季学期起: a semester start; reading it as a since breaks 同年 after it (T15).
    "T14": "a since that starts with a semester (春季学期起): not read",
    # 今年1至9月 in round 12 (scored unread at 0fbf4db and a5315df, then read): the same conflict as N03.
    "X22": "a month range inside one year: N03's adjudication says cumulative, the dev gold does not",
    # Rounds 13 and 14 were scored when they arrived (13558ce, 352d017) and read afterwards.
    # SPEC: no number, no span; the annotators dated a masked 资金*.**亿元, which no flow carries.
    "Z18": "a masked amount (*.**亿元) is no entity, so no flow carries a period",
    "Z34": "a 合计 row under an introduction naming a range: the rules give it the last row's year",
    # 截至11月底 inside a year's frame again (see L04): three more cases for the open start, against
    # A37, K38 and the cases of rounds 1, 3, 7 and 12 that the rules follow (flipping costs eight).
    **{k: "a yearless 截至 inside a year's frame: conflicts with case A37 and the adjudication of K38"
       for k in ("AA06", "AA07", "AA42", "AF14")},
    "AA48": "四年 in a title, dated through a table's introduction and 2017年以来: not read",
    # Round 15 was scored at 60f368b and a3084d9 without being read; round 16 when it arrived (at
    # 9b8a1a9, 0.839); both were read afterwards.
    "AC24": ("三年来 after a lead naming 2018年至2020年, posted in 2021: the rules end it at the posting year, "
             "as rounds 1, 7, 10, 12 and 13 read N年来"),
    "AC36": "整改以来, an event the text dates (2023年3月，…召开专题会议): not read",
    # Rounds 17 and 18 were scored unread at 56010cf (0.913, 0.872) and read in the next stop.
    "AH11": ("a per-unit rate whose sentence names 上半年 only in a later clause: the rules take the "
             "paragraph's 今年以来"),
    "AI16": "N年间 that a ten-year story does not place: the rules count it back from the document's year (C6)",
    # 截至11月底 under a title's 今年: adjudicated for the frame's year at both bounds (like A37 and K38);
    # the rules keep the open start of L04, N27 and AA06.
    **{k: "a yearless 截至 inside a year's frame: adjudicated like A37 and K38, against L04, N27 and AA06"
       for k in ("AI18", "AI19", "AI20", "AI24", "AI25")},
    # A school year is a range, a total of its two years, in round 19 (three passes agree); P44 read it as
    # one period.
    "P44": "a school year (2022—2023学年): round 19 reads it as a range, a total, as the rules now do",
    # Round 19 was scored unread at 56010cf and ecb80bf (0.785 both), then read.
    "AL19": "a per-unit rate after 累计 under 今年…以来: the rules keep C2's marker from the rate",
    "AL26": "两个学期 naming the two terms told before it: not read",
    "AL29": "2020级 (the class that enrolled in 2020) inside a school year: not read",
    "AL35": "a range whose second month a scraper garbled (2018年8?): not read",
    # Round 20 was scored unread at 56010cf and 7160c65 (0.750 both), then read.
    **{k: "过去五年 under a heading naming “十三五”时期: the rules let the plan close the span (C6's plan "
          "case); the annotators end it at the report's date"
       for k in ("AM01", "AM02")},
    "AM06": "共 reaching a count of people after a total of money: the rules follow train 118 and 132 (see O33)",
    "AM31": "a yearless 截至 inside a year's frame: adjudicated like A37 and K38, against L04, N27 and AA06",
    "AN44": "上年结转资金 (money carried over from last year): the rules read 上年结转 as no time, for the 合计 "
            "line after it (AN45)",
    # Round 21 was written at the end of the seventh stop and scored unread (0.870 at 56010cf and at 0cc134b); the
    # eighth stop read its errors and mended 年内 (AO25, AO26) and a year wrapped before 年 (AP05).
    **{k: "round 21, written at the end of the seventh stop; read in the eighth, these structures left to the rules"
       for k in ("AO01", "AO09", "AO10", "AO14", "AO15", "AO18", "AO22", "AP27", "AP38")},
    # Round 22 was written in the eighth stop and scored unread (0.888 at ad60618 and at c5ecd30), then read: the
    # rules learned a byline's date, a table's 合计 row and a year that dates an agreement; these two are left.
    "AR20": "三年来 after a new phase named in the sentence before (2021年…新阶段): the rules start it at the "
            "partnership's first year (C6 names either)",
    "AR31": "自2017年…以来 in an undated page: the rules end it at the year the page's title or lead implies",
    # Round 23 was scored unread (0.809 at ad60618, 0.851 at 59b7093) and then read in the eighth stop: the rules
    # learned headings that name a year (二、2022年工作计划, 附：2020年度…指标), a title above an ellipsis line and
    # 结为 as a pairing's start; these four are left.
    "AS02": "上年 in 较上年的4150万元: a compared figure dated by its own 上年 (the rules give it the frame)",
    "AS06": "截至年末 with 自2021年…以来: 年末 as the end of the title's year",
    "AT12": "a count before 任期为2022年7月至2025年7月 in the next clause: the term dates the batch",
    "AT37": "共 before a money clause does not reach the people of the next clause (C2)",
    # Round 24 was written at the end of the eighth stop and only scored (0.862 at ad60618, 0.894 at 0325a22);
    # its errors were not looked at.
    **{k: "round 24, written at the end of the eighth stop and only scored, never read by the rules"
       for k in ("AU14", "AU15", "AU18", "AU42", "AU43", "AU44", "AU47", "AU48")},
    # Round 25 was written in the ninth stop and scored unread (0.958 at 280fb8d and at this stop's rules); read
    # after, and left to the rules.
    "AW28": "三年来 in an undated speech: the rules start it at the partnership's 1996, the annotators leave it open",
    "AX09": "三年来 whose start the document names elsewhere (自2021年以来, C6): the rules count back from 2023",
    "AX48": "累计 under a heading with no year after year headings: the frame of the last year no longer holds",
    # Round 26 was written in the ninth stop and only scored (0.899 at 280fb8d); its errors were not looked at.
    **{k: "round 26, written in the ninth stop and only scored, never read by the rules"
       for k in ("AY09", "AY19", "AY20", "AY21", "AY32", "AY46", "AZ08", "AZ14", "AZ17", "AZ37")},
    # Round 27 was written in the tenth stop, scored unread (0.812 at e28b379), then read: its month ranges
    # (1至5月, not cumulative, the round's adjudication) are now read as the other rounds read them, which
    # leaves round 3's one cumulative month range.
    "F35": "a month range (1—11月) annotated cumulative: rounds 9–27 and round 27's adjudication read it as one year",
    "BA09": "截至2020年底 after 2018年…签订…后 in the sentence: the rules take 2018 as the start, the annotators none",
    "BA22": "a ；-item of the same subject after 共: C14 and the corpus gold carry 共, the writers do not",
    "BA42": "2020年资金中含… after 说明：: a year that dates a noun, read as the paragraph's frame",
    # Round 28 was written at the end of the tenth stop and only scored (0.938 at e28b379, 0.958 at this
    # stop's rules); its errors were not looked at.
    **{k: "round 28, written in the tenth stop and only scored, never read by the rules"
       for k in ("BD12", "BD23", "BD38", "BD47")},
}


def test_the_cases_are_well_formed():
    assert len(CASES) == 2586 and len({c["id"] for c in CASES}) == 2586
    assert {c["round"] for c in CASES} == set(range(1, 29))
    for case in CASES:
        assert case["text"].count(case["quantity"]) >= case["occurrence"]
        period = case["period"]
        assert period["text"] is None or period["text"] in case["text"]
        assert set(period) == {"start", "end", "cumulative", "text"}


@pytest.mark.parametrize("case", [
    pytest.param(c, id=c["id"], marks=pytest.mark.xfail(reason=KNOWN[c["id"]], strict=True) if c["id"] in KNOWN else ())
    for c in CASES
])
def test_a_case_reads_as_the_annotators_read_it(case):
    want = case["period"]
    assert period_of(case) == (want["start"], want["end"], want["cumulative"]), case["why"]
