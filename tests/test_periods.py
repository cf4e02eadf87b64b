"""Periods of flows (SPEC v2, "Periods"): when each amount or head count moved.

Each test is a small report written for it; ``period_of`` parses it and returns the
period of the flow whose quantity reads ``quantity``.
"""

import datetime as dt
import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

import gongbu
from gongbu.cli import app
from gongbu.report import Period, Report


def period_of(text: str, quantity: str, date=None) -> Period:
    report = gongbu.parse(text, date=date)
    (flow,) = [f for f in report.flows if report.entities[f.quantity].text == quantity]
    return flow.period


def years(p: Period) -> tuple:
    return p.start, p.end, p.cumulative


# ---------------------------------------------------------------- what the text says


def test_a_single_year():
    p = period_of("2019年,上海市向云南省投入财政援助资金5亿元。", "5亿元")
    assert years(p) == (2019, 2019, False)
    assert (p.text, p.span) == ("2019年", (0, 5))


def test_a_year_in_chinese_numerals():
    assert years(period_of("二〇一九年,上海市投入资金5亿元。", "5亿元")) == (2019, 2019, False)


def test_since_a_year_runs_to_the_document_year():
    text = "2016年以来,上海市累计投入财政援助资金133.08亿元,选派971名干部赴云南挂职。"
    assert years(period_of(text, "133.08亿元", date="2020-05-01")) == (2016, 2020, True)
    assert years(period_of(text, "971名干部", date="2020-05-01")) == (2016, 2020, True)
    # Without a date the end stays open, and the text is kept.
    p = period_of(text, "133.08亿元")
    assert years(p) == (2016, None, True) and p.text == "2016年以来"


@pytest.mark.parametrize("phrase", ["自2016年起", "2016年至今", "从2016年开始"])
def test_other_ways_of_saying_since(phrase):
    p = period_of(f"{phrase},浙江省投入资金3亿元。", "3亿元", date=dt.date(2021, 1, 1))
    assert years(p) == (2016, 2021, True) and p.text == phrase


@pytest.mark.parametrize(("phrase", "low", "high"), [("1996年至2011年", 1996, 2011), ("2018—2020年", 2018, 2020),
                                                     ("2016、2017两年", 2016, 2017)])
def test_ranges_of_years_are_totals(phrase, low, high):
    p = period_of(f"{phrase},天津市投入资金3亿元。", "3亿元")
    assert years(p) == (low, high, True) and p.text == phrase


def test_until_a_date_fixes_only_the_end():
    p = period_of("截至2020年8月底,广东省累计投入资金8亿元。", "8亿元")
    assert years(p) == (None, 2020, True) and p.text == "截至2020年8月底"


def test_cumulative_alone_gives_no_years():
    p = period_of("上海市累计投入资金5亿元。", "5亿元")
    assert p == Period(cumulative=True)


def test_no_time_at_all():
    assert period_of("上海市投入资金5亿元。", "5亿元") == Period()


# ---------------------------------------------------------------- against the document's date


@pytest.mark.parametrize(("phrase", "expected"), [
    ("今年", (2020, 2020, False)),
    ("去年", (2019, 2019, False)),
    ("前年", (2018, 2018, False)),
    ("三年来", (2017, 2020, True)),
    ("近年来", (None, 2020, True)),
    ("今年以来", (2020, 2020, True)),
])
def test_relative_times_resolve_against_the_date(phrase, expected):
    text = f"{phrase},上海市向云南省投入资金5亿元。"
    p = period_of(text, "5亿元", date="2020-06-30")
    assert years(p) == expected and p.text == phrase


def test_relative_times_without_a_date_keep_their_text():
    p = period_of("今年,上海市投入资金5亿元。", "5亿元")
    assert years(p) == (None, None, False) and p.text == "今年"


def test_years_back_start_where_the_text_names_the_start():
    p = period_of("自2016年结对以来,五年来累计投入资金5亿元。", "5亿元", date="2022-01-01")
    assert years(p) == (2016, 2022, True)


def test_a_dateline_gives_the_year_when_the_caller_does_not():
    text = "粤桂协作纪实\n来源:广西日报 时间:2018-06-14 09:07:08\n今年,广东省投入资金5亿元。"
    assert years(period_of(text, "5亿元")) == (2018, 2018, False)
    assert years(period_of(text, "5亿元", date="2019-01-01")) == (2019, 2019, False)  # the caller wins
    news = "新华社南宁2019年3月5日电 去年,广东省投入资金5亿元。"
    assert years(period_of(news, "5亿元")) == (2018, 2018, False)


def test_a_bad_date_is_refused_before_parsing():
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        gongbu.parse("上海市投入5亿元。", date="2020年5月")
    with pytest.raises(TypeError, match="int"):
        gongbu.parse("上海市投入5亿元。", date=2020)


# ---------------------------------------------------------------- plans, futures, events


def test_plan_periods_and_future_windows():
    text = "“十三五”期间,浙江省投入资金5亿元,十四五期间计划投入8亿元。未来三年,上海市将投入3亿元。"
    assert years(period_of(text, "5亿元")) == (2016, 2020, True)
    assert years(period_of(text, "8亿元")) == (2021, 2025, True)
    assert years(period_of(text, "3亿元", date="2023-03-01")) == (2023, 2026, True)


def test_an_event_anchor_keeps_its_text_with_no_years():
    p = period_of("项目建成运营后,可带动300名贫困群众就业。", "300名贫困群众")
    assert years(p) == (None, None, False) and p.text == "建成运营后"


# ---------------------------------------------------------------- totals


def test_a_stock_is_no_total_but_a_flow_verb_after_gong_is():
    text = "全县共有贫困人口3000人,共选派干部20名,先后派出医生15名。"
    assert period_of(text, "3000人").cumulative is False
    assert period_of(text, "20名").cumulative is True
    assert period_of(text, "15名").cumulative is True


# ---------------------------------------------------------------- scope beyond the clause


def test_list_items_inherit_the_frame_of_the_first_item():
    text = "2019年,上海市投入资金5亿元;选派干部30名;引导企业投资2亿元。"
    for q in ("5亿元", "30名", "2亿元"):
        assert years(period_of(text, q)) == (2019, 2019, False)


def test_a_sub_amount_after_qizhong_inherits_its_total():
    text = "上海市累计投入资金5亿元,其中财政资金3亿元。"
    assert period_of(text, "3亿元") == Period(cumulative=True)
    text = "2016年以来,上海市投入资金5亿元。其中,财政资金3亿元。"
    assert years(period_of(text, "3亿元")) == (2016, None, True)


def test_a_time_phrase_opening_a_paragraph_scopes_it():
    text = "沪滇协作纪实\n2019年,两地协作持续深化。上海市投入资金5亿元。\n上海市还选派干部30名。"
    assert years(period_of(text, "5亿元")) == (2019, 2019, False)
    assert period_of(text, "30名").text is None  # the next paragraph is not scoped by it


def test_a_year_in_the_title_scopes_the_document():
    text = "2019年沪滇扶贫协作工作总结\n上海市投入资金5亿元。"
    p = period_of(text, "5亿元")
    assert years(p) == (2019, 2019, False) and p.span == (0, 5)


# ---------------------------------------------------------------- stripped and masked years


def test_a_stripped_year_gives_a_null_bound_and_a_warning():
    text = "自年10月起,上海市投入资金5亿元。"
    report = gongbu.parse(text, date="2020-01-01")
    (flow,) = report.flows
    assert years(flow.period) == (None, 2020, True) and flow.period.text == "自年10月起"
    (w,) = [w for w in report.warnings if w.code == "PERIOD_YEAR_MISSING"]
    assert (w.start, w.end) == flow.period.span == (0, 6)


def test_a_masked_year_nulls_only_the_bound_it_would_give():
    assert years(period_of("20××年,上海市投入资金5亿元。", "5亿元")) == (None, None, False)
    assert years(period_of("2016年至20××年,上海市投入资金5亿元。", "5亿元")) == (2016, None, True)


# ---------------------------------------------------------------- offsets of the caller's string


def test_traditional_full_width_and_glossed_text_keeps_original_offsets():
    text = "東西部扶貧協(xié)作:２０１６年(nián)以來,滬滇累計投入８９．６６億元。"
    report = gongbu.parse(text, date="2020-12-31")
    (flow,) = report.flows
    p = flow.period
    assert years(p) == (2016, 2020, True)
    a, b = p.span
    assert text[a:b] == p.text and p.text.startswith("２０１６年") and p.text.endswith("以來")


# ---------------------------------------------------------------- the Report, parse_many and the CLI


def test_periods_round_trip_and_validate():
    schema = json.loads(resources.files("gongbu").joinpath("schema/report.schema.json").read_text("utf-8"))
    report = gongbu.parse("2016年以来,上海市累计投入资金5亿元,选派干部30名。", date="2020-01-01")
    data = report.to_dict()
    jsonschema.validate(data, schema)
    assert data["flows"][0]["period"] == {"start": 2016, "end": 2020, "cumulative": True,
                                          "text": "2016年以来", "span": [0, 7]}
    assert Report.from_json(report.to_json()) == report
    assert Report.from_dict({**data, "flows": [{**f, "period": None} for f in data["flows"]]}).flows[0].period \
        == Period()
    assert gongbu.Period is Period and "Period" in gongbu.__all__


def test_parse_many_takes_one_date_or_one_per_text():
    texts = ["今年,上海市投入资金5亿元。", "去年,广东省投入资金3亿元。"]
    per_text = list(gongbu.parse_many(texts, dates=["2020-01-01", dt.date(2018, 1, 1)]))
    assert [r.flows[0].period.start for r in per_text] == [2020, 2017]
    shared = list(gongbu.parse_many(texts, dates="2021-01-01"))
    assert [r.flows[0].period.start for r in shared] == [2021, 2020]
    with pytest.raises(ValueError, match="one date"):
        list(gongbu.parse_many(texts, dates=["2020-01-01"]))


def test_cli_date(tmp_path):
    src = tmp_path / "doc.txt"
    src.write_text("今年,上海市投入资金5亿元。", encoding="utf-8")
    done = CliRunner().invoke(app, ["parse", str(src), "--date", "2020-05-01"])
    assert done.exit_code == 0, done.output
    assert json.loads(done.stdout)["flows"][0]["period"]["start"] == 2020
    bad = CliRunner().invoke(app, ["parse", str(src), "--date", "May 2020"])
    assert bad.exit_code != 0 and "YYYY-MM-DD" in bad.output


# ---------------------------------------------------------------- conventions settled in adjudication


def test_an_anchor_of_unknown_date_places_neither_bound():
    p = period_of("两市结对以来,上海市累计投入资金5亿元。", "5亿元", date="2020-03-01")
    assert years(p) == (None, None, True)
    assert years(period_of("党的十八大以来,上海市投入资金5亿元。", "5亿元", date="2020-03-01")) == (2012, 2020, True)


def test_the_whole_year_is_the_year_under_discussion_not_the_datelines():
    text = "协作回顾\n时间:2021-01-05\n2020年,浙江省投入资金3亿元。全年选派干部40名。"
    assert years(period_of(text, "40名")) == (2020, 2020, False)
    # 当年 with no year in its paragraph takes the lead's.
    text = "协作回顾\n2019年,两地协作不断深化。\n当年浙江省还选派医生12名。"
    assert years(period_of(text, "12名")) == (2019, 2019, False)


def test_the_same_period_copies_the_window_before_it():
    text = "2018年至2020年,江苏省投入资金9亿元;\n同期,江苏省选派干部60名。"
    assert years(period_of(text, "60名")) == (2018, 2020, True)


def test_for_now_is_a_stock_of_the_year_and_so_far_with_a_completed_flow():
    assert years(period_of("目前,扶贫车间吸纳800名群众就业。", "800名群众", date="2020-06-01")) == (2020, 2020, False)
    assert years(period_of("目前已组织300名劳动力赴沪就业。", "300名劳动力", date="2020-06-01")) == (None, 2020, True)


def test_an_issue_label_dates_the_document_but_scopes_nothing():
    assert years(period_of("协作简报(2020年第3期)\n今年,上海市投入资金5亿元。", "5亿元")) == (2020, 2020, False)
    assert years(period_of("协作简报(2020年第3期)\n上海市投入资金5亿元。", "5亿元")) == (None, None, False)


def test_a_relative_year_in_the_headline_does_not_scope_the_document():
    text = "今年帮扶再加码\n上海市共选派干部50名。"
    assert years(period_of(text, "50名", date="2020-05-01")) == (None, None, True)


def test_a_list_item_takes_the_frame_of_the_first_items_first_quantity():
    text = "上海市向云南省投入资金4亿元,其中今年安排1亿元;另有200名干部赴滇挂职。"
    assert years(period_of(text, "200名干部", date="2020-05-01")) == (None, None, False)


def test_an_introducing_line_scopes_its_items():
    text = "协作综述\n三年来,两省协作成效明显,各市情况如下:\n甲市:投入资金2亿元;\n乙市:投入资金1亿元。"
    assert years(period_of(text, "1亿元", date="2020-05-01")) == (2017, 2020, True)


def test_n_years_start_where_the_lead_or_the_paragraph_names_the_start():
    text = "协作纪实\n自2015年起,两地开展扶贫协作。\n五年来,浙江省累计投入资金8亿元。"
    assert years(period_of(text, "8亿元", date="2022-01-01")) == (2015, 2022, True)
    text = "协作纪实\n2019年,两市结为对子。两年来,累计投入资金3亿元。"
    assert years(period_of(text, "3亿元", date="2022-01-01")) == (2019, 2022, True)
    assert years(period_of("四年间,杭州市投入资金12亿元。", "12亿元", date="2020-05-01")) == (2016, 2020, True)


def test_the_level_before_a_change_takes_no_frame():
    text = "2019年,每县帮扶资金由1000万元增至3000万元。"
    assert period_of(text, "1000万元") == Period()
    assert years(period_of(text, "3000万元")) == (2019, 2019, False)


def test_a_total_marker_does_not_reach_a_per_unit_rate():
    text = "2020年,两市共向上海输出劳动力2万人,上海市按每人每月500元发放补贴。"
    assert years(period_of(text, "2万人")) == (2020, 2020, True)
    assert years(period_of(text, "500元")) == (2020, 2020, False)


def test_a_month_and_day_take_the_datelines_year():
    text = "协作动态\n2019-07-18 来源:州政府网\n7月12日,佛山市拨付资金1.7亿元。明年2月,将再选派干部20名。"
    assert years(period_of(text, "1.7亿元")) == (2019, 2019, False)
    assert years(period_of(text, "20名")) == (2020, 2020, False)


def test_since_a_plan_began_runs_to_the_document_year():
    p = period_of("“十四五”以来,山东省投入资金29亿元。", "29亿元", date="2023-09-01")
    assert years(p) == (2021, 2023, True)


def test_the_title_is_the_headline_under_the_navigation_not_a_span():
    text = "首页 > 动态 > 正文\n沪喀协作“十三五”回顾\n发布时间:2021-01-12 来源:日报\n上海市选派干部500名。"
    assert years(period_of(text, "500名")) == (2016, 2020, True)
    text = "甲乙协作三年投入8亿元\n上海市选派干部20名。"
    assert years(period_of(text, "20名", date="2020-01-01")) == (None, None, False)


def test_an_n_year_span_filling_the_leads_plan_takes_the_plan():
    text = "协作综述\n“十三五”期间,上海市持续帮扶喀什。\n五年间,上海市累计采购农产品15亿元。"
    assert years(period_of(text, "15亿元", date="2021-01-12")) == (2016, 2020, True)


def test_a_run_in_heading_does_not_hide_the_time_opening_the_paragraph():
    text = "协作纪实\n人才支援方面,2018年以来,浙江选派医生300名。据统计,共建科室50个;累计培训医护2000人次。"
    assert years(period_of(text, "2000人次", date="2020-12-01")) == (2018, 2020, True)
    text = "协作纪实\n扶智先行。2019年,江苏省选派教师80名。另有医生40名赴陕。"
    assert years(period_of(text, "40名", date="2020-12-01")) == (2019, 2019, False)


def test_two_years_joined_by_he_are_a_range():
    p = period_of("2016年和2017年,深圳市向百色市投入资金2000万元。", "2000万元")
    assert years(p) == (2016, 2017, True)


def test_this_month_is_the_year_of_the_document_date():
    p = period_of("那坡县本月实现14095户贫困户全部脱贫,深圳市投入资金500万元。", "500万元", date="2020-11-22")
    assert years(p) == (2020, 2020, False)


def test_the_same_period_after_a_cutoff_date_runs_up_to_that_date():
    text = "截至2020年9月底,珠海市累计投入资金13.6亿元。同期,怒江州累计转移24246名劳动力到广东就业。"
    assert years(period_of(text, "24246名劳动力")) == (None, 2020, True)


def _periods_of(text: str, quantity: str, date=None) -> list:
    """The periods of every occurrence of ``quantity`` in ``text``, straight from the scope rules."""
    from types import SimpleNamespace

    from gongbu.normalise.periods import flow_periods
    from gongbu.text import clean

    c = clean(text)
    spans, at = [], c.text.find(quantity)
    while at >= 0:
        spans.append(SimpleNamespace(start=at, end=at + len(quantity)))
        at = c.text.find(quantity, at + 1)
    return [years(p) for p in flow_periods(c, spans, date=date)[0]]


def test_a_sub_heading_with_its_own_year_introduces_the_items_below_it():
    text = ("苏州帮扶铜仁\n\n2013年以来,两地协作不断加深。各县区的结对关系和到位资金如下：\n"
            "一、结对关系\n昆山市结对帮扶碧江区\n二、2019年到位帮扶资金\n昆山市　4860万元\n")
    assert _periods_of(text, "4860万元", date="2020-01-10") == [(2019, 2019, False)]


def test_the_announcing_sentence_of_a_line_scopes_its_items():
    text = ("苏州帮扶铜仁\n\n2013年以来,两地协作不断加深。各县区2019年到位资金如下：\n"
            "昆山市　4860万元\n常熟市　4530万元\n")
    assert _periods_of(text, "4530万元", date="2020-01-10") == [(2019, 2019, False)]


def test_a_span_longer_than_the_lead_partnership_counts_back_from_the_document_year():
    text = ("苏州帮扶铜仁\n\n2013年以来,苏州市对口帮扶铜仁市,两地协作不断加深,取得明显成效。\n\n"
            "另据消息,江苏对口支援青海海南州十年来,累计安排援青资金36.8亿元。\n")
    assert _periods_of(text, "36.8亿元", date="2020-01-10") == [(2010, 2020, True)]


def test_a_span_that_fits_the_lead_partnership_starts_where_the_lead_says():
    text = ("苏州帮扶铜仁\n\n2013年以来,苏州市对口帮扶铜仁市,两地协作不断加深,取得明显成效。\n\n"
            "七年来,苏州市累计投入帮扶资金30亿元。\n")
    assert _periods_of(text, "30亿元", date="2020-01-10") == [(2013, 2020, True)]


def test_n_years_of_a_partnership_in_a_headline_start_where_the_lead_says():
    text = ("粤桂协作五年 深圳累计向百色河池投入帮扶资金46.65亿元\n\n"
            "2016年以来,深圳市对口帮扶广西百色市、河池市两市17个贫困县,目前17县已全部摘帽。\n")
    assert _periods_of(text, "46.65亿元", date="2020-11-22") == [(2016, 2020, True)]


def test_the_whole_year_is_not_a_year_told_in_passing_in_an_earlier_sentence():
    text = ("三个东部城市结对甘肃三市州 2019年协作资金同比增长四成\n\n"
            "记者从甘肃省扶贫办获悉,福州市结对帮扶定西市,青岛市结对帮扶陇南市。\n\n"
            "青岛西海岸新区于2017年与陇南市武都区建立协作关系,此前的2015年,该区已与安顺结为对子。"
            "福州市各级工会全年采购定西农产品5600万元。\n")
    assert _periods_of(text, "5600万元", date="2019-12-30") == [(2019, 2019, False)]


def test_the_whole_year_still_takes_the_year_of_its_own_sentence():
    text = "标题\n\n劳务协作是重点。2019年,甲市向乙市转移劳动力1236人;全年累计投入资金200万元。\n"
    assert _periods_of(text, "200万元") == [(2019, 2019, True)]


def test_the_first_three_quarters_are_of_the_document_year():
    text = "东西部协作要闻速览\n\n【消费扶贫】宁波市前三季度采购黔西南州农特产品2.76亿元。\n"
    assert _periods_of(text, "2.76亿元", date="2020-11-02") == [(2020, 2020, False)]


def test_the_first_three_quarters_of_this_year_without_a_document_date_give_no_year():
    text = "津甘协作\n\n1996年以来,两地协作不断深化。\n\n企业今年前三季度采购农产品500万元。\n"
    assert _periods_of(text, "500万元") == [(None, None, False)]


# ---------------------------------------------------------------- third round (documents 320-335)


def test_n_years_and_more_since_a_named_start():
    text = "2017年以来，苏州市与铜仁市结对。三年多来，苏州市累计向铜仁市投入资金8亿元。"
    p = period_of(text, "8亿元", date="2020-11-02")
    assert years(p) == (2017, 2020, True)


def test_twenty_odd_years_of_a_partnership_in_a_headline():
    text = "沪滇协作二十四年　上海累计投入资金40亿元\n1996年，上海与云南建立对口帮扶关系。"
    assert years(period_of(text, "40亿元", date="2020-05-01")) == (1996, 2020, True)


def test_a_years_figure_to_a_date_is_a_total():
    text = "截至今年9月底，广东今年已向广西拨付财政援助资金18亿元。"
    assert years(period_of(text, "18亿元", date="2020-10-15")) == (2020, 2020, True)


def test_a_plan_names_the_years_of_a_span():
    text = "回看“十三五”，山东帮扶重庆五年间累计投入资金20亿元。"
    p = period_of(text, "20亿元")
    assert years(p) == (2016, 2020, True)
    assert p.text == "“十三五”"


def test_a_planned_number_of_years_runs_forward_from_the_document_year():
    text = "新华网兰州7月9日电 某公司与甘谷县结对，计划三年投入帮扶资金300万元。"
    assert years(period_of(text, "300万元", date="2023-07-09")) == (2023, 2026, True)


def test_a_report_named_after_its_year_dates_the_document():
    text = "福州市对口帮扶定西工作队2020年工作总结\n一、资金支持。今年福州市向定西市拨付财政帮扶资金3.62亿元。"
    assert years(period_of(text, "3.62亿元")) == (2020, 2020, False)


def test_a_time_phrase_after_the_dateline_opens_the_paragraph():
    text = ("人民网重庆2024年1月9日电（记者 王明）2021年新一轮东西部协作启动以来，聊城市结对帮扶彭水县。"
            "三年来，彭水累计到位资金4.6亿元。聊城还选派17名挂职干部到彭水工作。")
    assert years(period_of(text, "17名挂职干部")) == (2021, 2024, True)


def test_n_years_of_a_window_named_before_are_that_window():
    text = ("中国石化自1990年开始参与扶贫工作。“十三五”期间，中国石化向定点县投入帮扶资金2亿元。"
            "五年来各县到位的直接帮扶资金如下：\n岳西县：6800万元；\n东乡县：5200万元；")
    assert years(period_of(text, "6800万元", date="2020-12-21")) == (2016, 2020, True)


def test_a_cut_off_after_a_starting_year_runs_from_that_year():
    text = "截至2020年10月，2019年7月进藏的工作队累计向山南四县投入资金3.1亿元。"
    assert years(period_of(text, "3.1亿元", date="2020-11-06")) == (2019, 2020, True)


def test_the_clause_after_a_count_dates_its_move():
    text = "江苏省第九批援藏干部人才共127名，于2019年7月进藏，目前已完成三年任务。"
    assert years(period_of(text, "127名", date="2022-07-26")) == (2019, 2019, False)


def test_every_match_holds_the_string_its_pattern_needs():
    """A pattern is skipped on a text without its ``needs`` string, so every match must hold it."""
    from gongbu.corpus import documents
    from gongbu.evaluation.cases import read_cases
    from gongbu.normalise.periods import _patterns
    from gongbu.text import clean

    texts = [case["text"] for case in read_cases(Path(__file__).parents[1] / "annotations/periods/cases.jsonl")]
    texts += [doc.text for doc in documents()]
    checked = 0
    working = [clean(text).text for text in texts]
    for rule, _, pattern, needs, needs_any in _patterns():
        for text in working:
            for m in pattern.finditer(text):
                if needs:
                    assert needs in m.group(), (rule, m.group())
                if needs_any:  # a lookbehind's character counts: (2019) holds its bracket
                    assert needs_any.intersection(text[max(0, m.start() - 1) : m.end()]), (rule, m.group())
                checked += 1
    assert checked > 500


def test_the_first_years_count_from_the_start_named_before_them():
    text = "2010年新一轮对口援疆启动后,天津市对口支援策勒县。头五年,天津市累计投入资金26.83亿元。"
    p = period_of(text, "26.83亿元", date="2024-05-01")
    assert years(p) == (2010, 2014, True) and p.text == "头五年"


def test_zhi_a_year_end_at_a_clause_start_is_up_to_then():
    text = "去年,两地签约项目61个。至2017年底,广东省累计向广西投入资金20亿元。"
    assert years(period_of(text, "20亿元")) == (None, 2017, True)


def test_a_year_in_brackets_closing_the_title_dates_the_document():
    text = "苏陕携手——江苏对口支援工作掠影（2019）\n常州市选派12名医生赴安康市支医。"
    assert years(period_of(text, "12名医生")) == (2019, 2019, False)


def test_a_year_named_report_title_gives_the_end_of_a_since():
    text = "上海市二〇二〇年对口帮扶云南工作总结\n自2016年起,上海市投向云南的资金逐年递增,五年累计达到115.6亿元。"
    assert years(period_of(text, "115.6亿元")) == (2016, 2020, True)


def test_a_short_motto_before_the_paragraphs_opener_does_not_hide_it():
    text = ("粤桂协作简讯\n2018年,两省区协作取得新成效。\n"
            "扶贫先扶智,治贫先治愚。截至今年3月,两省区共同组织招聘会135场,培训1.8万多人次。"
            "此外,共有949名贫困家庭学生与广东省企业签订了就业协议。")
    assert years(period_of(text, "949名贫困家庭学生", date="2018-05-01")) == (None, 2018, True)


def test_n_years_start_at_the_pairing_whose_n_agrees():
    text = ("1996年,上海与云南建立对口帮扶关系;2017年起,上海市普陀区结对帮扶昆明市东川区。\n"
            "四年来,普陀区累计投入财政帮扶资金3.53亿元。")
    assert years(period_of(text, "3.53亿元", date="2020-12-28")) == (2017, 2020, True)


def test_a_half_year_is_one_part_of_the_year_under_discussion():
    text = "今年以来,各项工作稳步推进。\n上半年新增转移到广东就业2156人。"
    assert years(period_of(text, "2156人", date="2023-07-01")) == (2023, 2023, False)


def test_gong_does_not_reach_a_clause_with_a_place_as_its_new_subject():
    text = "2022年,西湖区共选派教师、医生118名,我县选派56名干部赴西湖区跟岗学习。"
    assert years(period_of(text, "118名")) == (2022, 2022, True)
    assert years(period_of(text, "56名干部")) == (2022, 2022, False)


def test_a_year_in_a_column_header_dates_the_cells_below_it():
    text = ("某县2023年度协作资金项目公示\n序号｜项目名称｜建设年限｜2023年安排资金\n"
            "1｜蔬菜冷链仓储中心｜2022—2023年｜530万元\n合计｜｜｜1896万元\n")
    assert years(period_of(text, "530万元")) == (2023, 2023, False)
    assert years(period_of(text, "1896万元")) == (2023, 2023, False)


def test_that_year_and_the_next_year_follow_the_story():
    text = "1997年4月,两省区确定对口协作。那一年,福建省投入资金1500万元。次年,福建省又投入资金2000万元。"
    assert years(period_of(text, "1500万元")) == (1997, 1997, False)
    assert years(period_of(text, "2000万元")) == (1998, 1998, False)


def test_later_without_a_year_places_nothing():
    text = "次年春天,第一家企业投产,招收了86名群众。后来,车间用工规模扩大到300余人。"
    assert years(period_of(text, "300余人", date="2021-06-18")) == (None, None, False)


def test_the_year_just_past_is_last_year():
    p = period_of("刚刚过去的一年,江苏省投入资金28.6亿元。", "28.6亿元", date="2023-03-16")
    assert years(p) == (2022, 2022, False)


def test_entering_a_plan_period_runs_from_its_first_year():
    p = period_of("进入“十四五”时期,支援省市累计投入资金6.8亿元。", "6.8亿元", date="2024-05-01")
    assert years(p) == (2021, 2024, True)


def test_a_cut_off_before_an_undated_since_gives_the_end():
    text = "截至目前,两地结对以来累计到位帮扶资金9700万元。"
    p = period_of(text, "9700万元", date="2022-12-05")
    assert years(p) == (None, 2022, True) and p.text == "截至目前"


def test_gong_with_a_place_before_its_verb_is_a_total():
    assert years(period_of("2022年,全县共在天津销售农产品2.36亿元。", "2.36亿元")) == (2022, 2022, True)


def test_a_since_in_the_lead_whose_n_disagrees_does_not_start_a_later_span():
    text = ("2010年新一轮对口援疆工作启动以来,广东省对口支援喀什地区。\n"
            "在伽师,佛山市第一人民医院组团帮扶伽师县人民医院,三年来先后派出42名医护人员。")
    assert years(period_of(text, "42名医护人员", date="2021-03-01")) == (2018, 2021, True)


def test_since_last_year_runs_to_the_document_year():
    p = period_of("去年起,工商银行每年向南部县投入帮扶资金1000万元。", "1000万元", date="2020-06-01")
    assert years(p) == (2019, 2020, True)


def test_a_reporters_source_before_the_opener_does_not_hide_it():
    text = ("【本报讯】记者从天津市人社局获悉,2020年天津帮助甘肃农村劳动力实现就业4.3万人。"
            "定西等市还组织5200余名贫困劳动力返岗天津。")
    assert years(period_of(text, "5200余名贫困劳动力")) == (2020, 2020, False)


def test_a_cut_off_at_the_end_of_that_year():
    text = "2022年,北仑区拨付财政援助资金4860万元,截至当年12月底仍有1210万元未支出。"
    assert years(period_of(text, "1210万元")) == (None, 2022, True)


def test_a_work_report_named_after_its_year_dates_today():
    text = "百色市2020年度粤桂扶贫协作工作汇报\n一、劳务协作。今年新增帮助贫困劳动力到广东就业2.1万人。"
    assert years(period_of(text, "2.1万人")) == (2020, 2020, False)


def test_a_headline_span_before_its_verb_starts_where_the_lead_does():
    text = "余杭结对台江乡镇 三年落地帮扶资金2680万元\n2018年以来,余杭区19个镇街与台江县9个乡镇结对。"
    assert years(period_of(text, "2680万元")) == (2018, None, True)


def test_a_partnership_of_n_years_in_digits():
    text = "对口援藏25年:各援藏省市累计投入资金逾400亿元\n自1994年中央确定对口援藏以来,各省市累计投入资金401.6亿元。"
    assert years(period_of(text, "400亿元", date="2019-08-26")) == (1994, 2019, True)


def test_n_years_of_a_posting_start_at_the_cadres_arrival():
    text = ("三年,把异乡当故乡\n2018年6月,陈立新作为上海援滇干部来到绿春县挂职。\n"
            "三年来,他累计为绿春引进各类帮扶资金1.36亿元。")
    assert years(period_of(text, "1.36亿元", date="2020-11-05")) == (2018, 2020, True)


def test_the_first_years_of_a_plan_and_the_same_window_later():
    text = ("“十四五”前三年,上海累计拨付援疆资金68.5亿元。\n“十三五”时期,上海援疆资金合计95.3亿元。\n"
            "就业援疆方面,前三年帮助喀什籍劳动力就业累计4.1万人。")
    assert years(period_of(text, "68.5亿元", date="2024-01-18")) == (2021, 2023, True)
    assert years(period_of(text, "4.1万人", date="2024-01-18")) == (2021, 2023, True)


def test_a_school_year_is_a_range_of_its_two_years():
    # Round 19 (three passes agree): like any range, a total of its years.
    assert years(period_of("2022—2023学年,广东省选派64名教师赴林芝支教。", "64名教师")) == (2022, 2023, True)


def test_a_month_with_an_event_and_early_in_the_year_are_parts_of_the_year():
    text = ("2020-11-13 来源：毕节日报\n\n今年以来，广州把消费帮扶作为重要抓手。"
            "9月“消费扶贫月”期间，广州采购毕节产品1.47亿元；年初的“粤黔年货节”上，两地企业签约金额达8600万元。")
    assert years(period_of(text, "1.47亿元")) == (2020, 2020, False)
    assert years(period_of(text, "8600万元")) == (2020, 2020, False)


def test_a_lunar_day_is_a_day_of_the_datelines_year():
    text = "宁夏务工人员赴闽返岗\n2022年02月10日 来源：宁夏新闻网\n\n正月初八，1160名务工人员乘专列赴福州返岗。"
    assert years(period_of(text, "1160名务工人员")) == (2022, 2022, False)


def test_a_clause_that_says_what_the_figure_is_dates_it():
    text = "5.1亿元，这是2019年苏州市向铜仁市投入的财政帮扶资金总额。"
    assert years(period_of(text, "5.1亿元")) == (2019, 2019, False)
    assert years(period_of("销售额达到约23.32亿元，为2019年的1.3倍。", "23.32亿元")) == (None, None, False)


def test_a_year_that_opens_a_sentence_is_the_year_under_discussion():
    text = "会议认为，2022年，河西区向崆峒区拨付资金1.26亿元。全年共接收赴津跟岗的教师96人次。"
    assert years(period_of(text, "96人次")) == (2022, 2022, True)
    # 2021年是…之年 names the year, not a start (…调整后 is no 以后).
    text = "一、总体情况\n2021年是新一轮结对关系调整后的开局之年。全年，天津市向甘肃省投入资金21.8亿元。"
    assert years(period_of(text, "21.8亿元")) == (2021, 2021, False)


def test_a_report_signed_at_its_end_is_dated_there():
    text = "某县东西部协作工作总结\n\n今年以来，我县争取协作资金3200万元。\n\n某县乡村振兴局\n2022年12月20日"
    assert years(period_of(text, "3200万元")) == (2022, 2022, True)


def test_cells_cut_by_wide_spaces_take_their_column_header():
    text = ("附：部分区县到位资金对比\n区县\u3000\u30002021年到位资金\u3000\u30002022年到位资金\n"
            "岳池县\u3000\u30004200万元\u3000\u30005100万元\n")
    assert years(period_of(text, "4200万元")) == (2021, 2021, False)
    assert years(period_of(text, "5100万元")) == (2022, 2022, False)


def test_years_listed_before_fenbie_go_with_the_amounts_in_turn():
    text = "2021年、2022年分别采购广安农特产品3.1亿元和4.4亿元。"
    assert years(period_of(text, "3.1亿元")) == (2021, 2021, False)
    assert years(period_of(text, "4.4亿元")) == (2022, 2022, False)


def test_since_a_school_was_founded_is_a_since():
    text = "2012年建校以来,福建省先后为学校投入资金4800万元。"
    assert years(period_of(text, "4800万元", date="2022-11-20")) == (2012, 2022, True)


def test_gong_before_more_flow_verbs_is_a_total():
    text = "2020年,专列共接送务工人员8360人。"
    assert years(period_of(text, "8360人")) == (2020, 2020, True)


def test_a_speaker_label_before_the_opener_does_not_hide_it():
    text = ("记者:三年来协作成效如何?\n沈建明:三年来,我们共引进帮扶资金1.2亿元。去年又新建车间5个。"
            "此外,社会各界捐赠款物折合4100多万元。")
    assert years(period_of(text, "4100多万元", date="2021-05-20")) == (2018, 2021, True)


def test_an_authors_line_under_a_title_with_a_year_is_not_the_title():
    text = ("杭州市2020年对口帮扶黔东南州工作情况报告\n杭州市对口帮扶黔东南州工作领导小组办公室\n"
            "　　2020年是脱贫攻坚收官之年,杭州市把对口帮扶摆在突出位置。\n"
            "五、推进消费扶贫\n　　杭州市发动机关食堂采购黔东南农特产品14.7亿元。"
            "2018年以来,两地消费扶贫累计销售额已突破30亿元。")
    assert years(period_of(text, "14.7亿元")) == (2020, 2020, False)


def test_gong_does_not_reach_a_training_clause():
    text = "今年上半年深圳共派出支教教师和医生286人次,帮助喀什市培训本地教师3200人次。"
    assert years(period_of(text, "286人次", date="2020-08-01")) == (2020, 2020, True)
    assert years(period_of(text, "3200人次", date="2020-08-01")) == (2020, 2020, False)


def test_xianhou_does_not_reach_a_clause_whose_named_place_acts():
    text = "2020年,青岛先后选派120名专业技术人才到陇南挂职帮扶,陇南选派305名干部赴青岛跟岗学习。"
    assert years(period_of(text, "120名专业技术人才")) == (2020, 2020, True)
    assert years(period_of(text, "305名干部")) == (2020, 2020, False)


def test_a_chronicles_dotted_dates_date_their_lines():
    text = ("某县东西部协作大事记（2021—2022年）\n"
            "2021.06.22　东丽区选派的3名挂职干部抵达皋兰县。\n"
            "2021.12.30　截至当日，在天津稳定就业的脱贫劳动力累计达到412人。\n")
    assert years(period_of(text, "3名挂职干部")) == (2021, 2021, False)
    assert years(period_of(text, "412人")) == (None, 2021, True)


def test_last_year_is_the_year_before_unless_it_is_compared_with():
    text = "某县2022年东西部协作工作总结\n时间：2022-12-20\n\n上年，东丽区向我县投入资金2800万元。"
    assert years(period_of(text, "2800万元")) == (2021, 2021, False)
    text = "资金方面，大连市2020年向六盘水市拨付资金4.36亿元，比上年增加1.1亿元。"
    assert years(period_of(text, "1.1亿元")) == (2020, 2020, False)


def test_a_pages_address_and_furniture_do_not_date_or_title_it():
    text = ("http://www.xidexian.gov.cn/art/2019/7/3/art_1589.html\n首页 > 扶贫协作\n"
            "顺德帮扶喜德 山海携手\n\n今年以来，顺德区向喜德县拨付协作资金2600万元。")
    assert years(period_of(text, "2600万元")) == (None, None, True)
    text = ("首页 > 统计公报\n某州2019年国民经济和社会发展统计公报\n【字体：大 中 小】【打印本页】\n……（前略）\n"
            "十二、东西部扶贫协作\n全年全州组织农村劳动力赴浙江就业2.3万人，其中建档立卡贫困劳动力9800人。")
    assert years(period_of(text, "2.3万人")) == (2019, 2019, False)


def test_a_range_whose_end_year_was_stripped_keeps_its_start():
    assert years(period_of("2017年至年，杭州市累计投入协作资金13.5亿元。", "13.5亿元")) == (2017, None, True)


# ---------------------------------------------------------------- read from period round 21


def test_nian_nei_is_the_year_under_discussion():
    # 年内 reads like 全年 (C10): the year of the paragraph's heading or lead; 三年内 and 学年内 are not it.
    text = "【概况】2019年，两区深化协作。\n\n【资金项目】年内，甲区到位帮扶资金4600万元。"
    assert _periods_of(text, "4600万元") == [(2019, 2019, False)]
    assert _periods_of("三年内，投入资金3亿元。", "3亿元") == [(None, None, False)]


def test_a_year_wrapped_onto_the_next_line_before_nian_still_dates():
    # PDF text wraps lines anywhere: 截至2021⏎年11月底 is one date (the line break is dropped in the working text).
    text = "部分项目开工偏晚，截至2021\n年11月底仍有援助资金1460万元未拨付。"
    assert _periods_of(text, "1460万元") == [(None, 2021, True)]


# ---------------------------------------------------------------- read from period round 22


def test_a_local_papers_byline_date_dates_the_document():
    text = ("台江讯（记者 潘某 通讯员 杨某）2023年12月28日，记者从县乡村振兴局获悉，"
            "今年以来，佛山市拨付协作资金8650万元。")
    assert _periods_of(text, "8650万元") == [(2023, 2023, True)]


def test_a_tables_total_row_spans_the_years_of_its_caption():
    text = ("甲县—乙县协作帮扶情况一览表（2017—2020年）\n年度 财政援助资金 挂职干部\n2017年 860万元 2名\n"
            "2018年 1500万元 3名\n合计 2360万元 5名\n")
    assert _periods_of(text, "2360万元") == [(2017, 2020, True)]
    assert _periods_of(text, "860万元") == [(2017, 2017, False)]


def test_a_year_that_dates_an_agreement_is_not_the_year_under_discussion():
    text = ("上海市援疆工作2019年总结\n一、就业协作。依托2017年两地签订的劳务协作框架协议，"
            "全年组织富余劳动力到上海就业4860人。")
    assert _periods_of(text, "4860人") == [(2019, 2019, False)]


# ---------------------------------------------------------------- read from period round 23


def test_a_numbered_heading_with_a_year_and_a_name_scopes_its_section():
    text = ("甲县东西部协作办公室2021年工作总结及2022年工作计划\n\n"
            "一、2021年工作完成情况\n全年争取财政援助资金6820万元。\n\n"
            "二、2022年工作计划\n力争全年到位财政援助资金不低于7000万元。\n")
    assert _periods_of(text, "7000万元") == [(2022, 2022, False)]
    assert _periods_of(text, "6820万元") == [(2021, 2021, False)]


def test_an_ellipsis_line_is_no_title():
    text = ("甲县2022年国民经济和社会发展统计公报（节选）\n甲县统计局\n……\n十一、东西部协作\n"
            "全年到位财政援助资金5260万元，实施协作项目38个。")
    assert _periods_of(text, "5260万元") == [(2022, 2022, False)]


def test_the_year_two_places_became_partners_starts_their_n_years():
    text = "2016年，结对关系调整，东莞与昭通结为帮扶“亲戚”。\n\n五年来，东莞累计向昭通派出挂职干部97名。"
    assert _periods_of(text, "97名", date="2020-12-28") == [(2016, 2020, True)]


def test_an_overlong_sentence_is_scoped_in_pieces():
    """A line of thousands of amounts with no 。 is read in pieces of at most 1,000 characters, cut
    after a comma where there is one: each amount's scope stays near it (and a long line linear)."""
    from gongbu.normalise.periods import MAX_SENTENCE_CHARS, _bounded

    assert _bounded([(0, 50)], [10, 20], MAX_SENTENCE_CHARS) == [(0, 50)]
    pieces = _bounded([(0, 2500)], [700, 1400, 2300], 1000)
    assert pieces == [(0, 701), (701, 1401), (1401, 2301), (2301, 2500)]
    assert _bounded([(0, 2500)], [], 1000) == [(0, 1000), (1000, 2000), (2000, 2500)]
    line = "2019年投入5亿元，" + "，".join(["投入5亿元"] * 400)
    flows = gongbu.parse(line).flows
    # The pieces keep the paragraph's frame: the year that opens it still dates the last amount.
    assert len(flows) == 401 and {(f.period.start, f.period.end) for f in flows} == {(2019, 2019)}


def test_a_year_that_dates_a_noun_does_not_date_the_money():
    """2021年规划的产业园: the year of a relative clause dates the park; the paragraph's year dates the money."""
    text = "2023年，南浔区投入财政援助资金4300万元，其中用于2021年规划的产业园一期配套建设1200万元。"
    periods = {gongbu.parse(text).entities[f.quantity].text: f.period for f in gongbu.parse(text).flows}
    assert (periods["1200万元"].start, periods["1200万元"].end) == (2023, 2023)
    later = gongbu.parse("其中2021年投入1200万元。").flows[0].period
    assert (later.start, later.end) == (2021, 2021)


# Round 27 (long summaries and scraped bulletins) taught these.
def test_months_of_one_year_are_that_year_not_a_total():
    text = "新华社南宁2023年6月18日电 1至5月，广西依托粤桂劳务协作帮助农村劳动力转移就业1.86万人。"
    assert years(period_of(text, "1.86万人")) == (2023, 2023, False)


def test_the_past_year_is_the_year_before():
    text = "同志们：过去一年，我区安排协作资金9200万元。"
    assert years(period_of(text, "9200万元", date="2023-02-20")) == (2022, 2022, False)


def test_respectively_over_a_range_gives_each_amount_its_year():
    text = "2017年至2019年，江苏援疆资金分别为15.2亿元、16.8亿元、17.5亿元。"
    assert [years(period_of(text, q)) for q in ("15.2亿元", "16.8亿元", "17.5亿元")] == [
        (2017, 2017, False), (2018, 2018, False), (2019, 2019, False)]


def test_a_yearless_cut_off_after_last_year_is_this_year():
    text = "2023-06-18 10:21 来源：文山日报\n正文\n去年，上海在文山投入资金3.7亿元。截至5月底，全州完成投资2.2亿元。"
    assert years(period_of(text, "2.2亿元")) == (None, 2023, True)


def test_a_masked_year_leaves_the_whole_year_unknown():
    text = "2021年，天津选派人才1200余名。\n20××年，天津市全年向甘肃拨付协作资金20.8亿元。"
    assert years(period_of(text, "20.8亿元")) == (None, None, False)


def test_a_target_year_inside_a_plan_runs_from_the_plan_start():
    text = "十四五期间，我区每年安排协作资金不低于8000万元，到2025年累计帮助脱贫劳动力转移就业1.5万人次。"
    assert years(period_of(text, "1.5万人次", date="2022-01-12")) == (2021, 2025, True)
