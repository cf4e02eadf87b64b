"""The cleaner on small examples and on the seed documents."""

import re

import pytest

from gongbu.text import clean, sentences


def test_traditional_with_glosses_becomes_simplified():
    c = clean("東西部扶貧協(xié)作投入133.08億元")
    assert c.text == "东西部扶贫协作投入133.08亿元"
    start = c.text.index("协作")
    assert c.original[slice(*c.span_to_original(start, start + 2))] == "協(xié)作"


def test_gloss_after_digits_and_units():
    c = clean("7.8萬(wàn)名學(xué)生")
    assert c.text == "7.8万名学生"


def test_full_width_digits_and_doubled_punctuation():
    c = clean("投入８９．６６亿元,,其中。。")
    assert c.text == "投入89.66亿元,其中。"
    s = c.text.index("89.66")
    assert c.original[slice(*c.span_to_original(s, s + 5))] == "８９．６６"


@pytest.mark.parametrize(
    ("text", "working"),
    [
        ("投入4.25 亿元", "投入4.25亿元"),
        ("投入4.25 億元", "投入4.25亿元"),  # Traditional: the space goes before the characters are converted
        ("選派120 余人次", "选派120余人次"),
        ("派出20 多名教师", "派出20多名教师"),
        ("2019 年投入5 萬元", "2019年投入5万元"),
    ],
)
def test_space_between_a_number_and_its_unit_is_dropped(text, working):
    c = clean(text)
    assert c.text == working
    assert c.span_to_original(0, len(c.text)) == (0, len(text))


def test_an_amount_with_a_spaced_unit_is_found_in_traditional_text():
    import gongbu

    report = gongbu.parse("天津市投入4.25 億元，選派120 余人次赴甘肅。")
    found = {e.text: dict(e.norm) for e in report.entities if e.label in ("MONEY", "PERSON-COUNT")}
    assert found["4.25 億元"]["yuan"] == 425_000_000
    assert found["120 余人次"]["count"] == 120 and found["120 余人次"]["approx"] is True


@pytest.mark.parametrize(
    ("text", "working"),
    [("天津市,、青岛市", "天津市、青岛市"), ("天津市、，青岛市", "天津市、青岛市"), ("甲,,、乙", "甲、乙"),
     ("甲,乙", "甲,乙")],
)
def test_a_comma_next_to_a_list_mark_is_dropped(text, working):
    c = clean(text)
    assert c.text == working
    n = len(c.text)  # what follows the list mark still maps back to itself
    assert c.original[slice(*c.span_to_original(n - 1, n))] == text[-1]
    assert c.span_to_original(0, n) == (0, len(text))


def test_a_list_with_a_stray_comma_gives_and_pairs_as_one_list():
    import gongbu

    report = gongbu.parse("天津市,、青島市對口支援甘肅省，投入資金89.66億元。")
    names = {(r.label, report.entities[r.head].text, report.entities[r.tail].text) for r in report.relations}
    assert {("PAIRED", "天津市", "甘肅省"), ("PAIRED", "青島市", "甘肅省")} <= names
    assert {("FROM", "89.66億元", "天津市"), ("FROM", "89.66億元", "青島市")} <= names


def test_parenthesised_chinese_is_not_a_gloss():
    assert clean("新闻发布会现场(记者 赵嘉 摄影)").text == "新闻发布会现场(记者 赵嘉 摄影)"
    assert clean("相关州(市)").text == "相关州(市)"


@pytest.mark.parametrize(
    ("text", "code", "found"),
    [
        ("上海市长宁区投入万元,采取", "stripped_digits", "万元"),
        ("自年10月开始", "stripped_digits", "年"),
        ("共投入*.**亿元", "masked_digits", "*.**亿元"),
        ("实际投资4.81亿元?;浀峁", "garbled", "?"),
        ("转载请注明:http://example.org", "boilerplate", "转载请注明:http://example.org"),
    ],
)
def test_detects_noise_without_repairing_it(text, code, found):
    c = clean(text)
    hits = [text[w.start : w.end] for w in c.warnings if w.code == code]
    assert found in hits
    assert len(c.text) == len(text)  # detected, not repaired


def test_clean_words_are_not_flagged():
    text = "每年安排1400万元的帮扶资金,近年来多元化发展,3年投入46.65亿元。"
    assert [w for w in clean(text).warnings if w.code == "stripped_digits"] == []


def test_repeated_passage_is_found():
    para = "两地党委政府认真贯彻落实东西部扶贫协作的部署。\n"
    text = "标题\n" + para * 2 + "结尾\n"
    (w,) = [w for w in clean(text).warnings if w.code == "repeated_passage"]
    assert text[w.start : w.end] == para.strip()


def test_bad_input():
    with pytest.raises(TypeError, match="bytes"):
        clean(b"abc")
    empty = clean("")
    assert empty.text == "" and empty.warnings == () and empty.span_to_original(0, 0) == (0, 0)
    weird = "云\x00南\ud800省\x1b"
    c = clean(weird)
    assert len(c.text) == len(weird)
    assert c.span_to_original(0, len(c.text)) == (0, len(weird))


def test_seed_000_is_simplified_without_glosses(corpus_docs):
    import opencc

    c = clean(corpus_docs["000"].text)
    assert opencc.OpenCC("t2s").convert(c.text) == c.text
    assert not re.search(r"[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+\)", c.text)
    assert "东西部扶贫协作" in c.text and "沪滇" in c.text


def test_seed_003_repeated_briefing(corpus_docs):
    doc = corpus_docs["003"]
    (w,) = [w for w in clean(doc.text).warnings if w.code == "repeated_passage"]
    assert w.end - w.start > 4000
    assert "衢江平武" in doc.text[w.start : w.end]
    assert doc.repeats == ((w.start, w.end),)


def test_seed_001_stripped_digits(corpus_docs):
    doc = corpus_docs["001"]
    found = [w for w in clean(doc.text).warnings if w.code == "stripped_digits"]
    assert len(found) >= 20
    assert any(doc.text[w.start - 5 : w.end] == "长宁区投入万元" for w in found)


def test_sentences_follow_spec():
    text = "赴沪就业?好。云南省?浀峁步;下一句!\n最后"
    assert [text[s:e] for s, e in sentences(text)] == ["赴沪就业?好。", "云南省?浀峁步;", "下一句!", "最后"]


def test_every_warning_match_holds_a_character_its_pattern_needs():
    """A warning pattern is skipped on a text without any of its ``needs_any`` characters, so every
    match must hold one (checked on the corpus, the case texts and the noise examples of this file)."""
    import json
    from pathlib import Path

    from gongbu.corpus import documents
    from gongbu.text.clean import noise_rules

    root = Path(__file__).parents[1]
    texts = [doc.text for doc in documents()]
    for name in ("relations", "periods"):
        for line in (root / "annotations" / name / "cases.jsonl").read_text("utf-8").splitlines():
            case = json.loads(line)
            texts.append(case.get("text") or case["markup"])
    texts += ["发放补助万元", "投入元", "共计人次", "年，全县", "近多公里", "资金**万元", "帮扶?资金", "åˆ†é…",
              "帮扶zhōng资金"]
    checked = 0
    for rule_id, _, _, pattern, needs_any in noise_rules()["warnings"]:
        for text in texts:
            for m in pattern.finditer(text):
                assert not needs_any or needs_any.intersection(m.group()), (rule_id, m.group())
                checked += 1
    assert checked > 100


def test_folding_in_one_table_is_both_translations_in_turn():
    # clean folds full-width ASCII and the character variants with one table, and not at all where no
    # character of the table occurs; the answer is what the two translations gave one after the other.
    import random

    from gongbu.text.clean import _WIDTH, _fold, noise_rules

    variants = noise_rules()["variants"]
    chars = [chr(c) for c in [*_WIDTH, *variants]] + list("abc上海市12　陝")
    rng = random.Random(7)
    for _ in range(5000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 12)))
        assert _fold(text) == text.translate(_WIDTH).translate(variants), text


@pytest.mark.parametrize("n", [0, 1, 30, 65_535, 65_536, 70_001])
def test_the_offset_map_of_an_unchanged_text_is_the_identity(n):
    # Short maps are sliced from a kept array, long ones built: both are the identity.
    cleaned = clean("县" * n)
    assert list(cleaned.starts) == list(range(n)) and list(cleaned.ends) == list(range(1, n + 1))
    assert cleaned.span_to_original(0, n) == (0, n)
