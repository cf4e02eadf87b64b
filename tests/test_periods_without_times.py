"""A text with quantities but no time expression, no marker of a total and no table gives every flow an
empty period, without building the document that scopes them. These tests ask, on every text of the
relation and period cases and every corpus paragraph where that shortcut applies, that it gives what
the full reading gives (a change to the scoping rules that breaks the shortcut fails here)."""

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

import gongbu
from gongbu.corpus import documents
from gongbu.data.markup import parse_markup
from gongbu.normalise import periods
from gongbu.text import clean

ROOT = Path(__file__).parents[1] / "annotations"


def _texts() -> list[str]:
    texts = [parse_markup(json.loads(line)["markup"]).text
             for line in (ROOT / "relations" / "cases.jsonl").read_text("utf-8").splitlines()]
    texts += [json.loads(line)["text"] for line in (ROOT / "periods" / "cases.jsonl").read_text("utf-8").splitlines()]
    texts += [p for d in documents() for p in d.text.split("\n") if p.strip()]
    return texts


def _spans(report: gongbu.Report, cleaned, labels) -> list[SimpleNamespace]:
    """The report's mentions of ``labels`` in working-text offsets, as the pipeline hands them over."""
    return [SimpleNamespace(start=a, end=b) for a, b in
            (cleaned.original_to_span(e.start, e.end) for e in report.entities if e.label in labels)]


def _full_reading(cleaned, quantities, parties) -> list:
    doc = periods._Document(cleaned.text, periods.document_year(cleaned.text), parties)
    frames: list = []
    for i in range(len(quantities)):
        frames.append(periods._frame(doc, quantities, i, frames))
    return [periods._period(cleaned, f) for f in frames]


def _without_times(text: str) -> bool:
    return (not periods.find_expressions(text) and not any(c in text for c in periods._CELL_CHARS)
            and periods._marker_pattern().search(text) is None)


@pytest.fixture(scope="module")
def shortcut_texts() -> list[str]:
    return [t for t in _texts() if _without_times(clean(t).text)]


def test_a_text_without_times_gives_what_the_full_reading_gives(shortcut_texts):
    asked = 0
    for text in shortcut_texts:
        cleaned, report = clean(text), gongbu.parse(text)
        quantities = _spans(report, cleaned, ("MONEY", "PERSON-COUNT"))
        if not quantities:
            continue
        parties = _spans(report, cleaned, ("GPE", "ORG"))
        shortcut, warnings = periods.flow_periods(cleaned, quantities, None, parties)
        assert shortcut == _full_reading(cleaned, quantities, parties), text
        assert warnings == []
        asked += 1
    assert asked >= 300  # the shortcut is asked on many texts, not a handful


def test_the_shortcut_needs_no_time_no_marker_and_no_table():
    assert _without_times("上海市投入5亿元。")
    assert not _without_times("2019年上海市投入5亿元。")  # a time expression
    assert not _without_times("上海市累计投入5亿元。")  # a marker of a total
    assert not _without_times("上海市 投入 5亿元")  # blanks may separate the cells of a table
    (flow,) = gongbu.parse("上海市投入5亿元。").flows
    assert flow.period.to_dict() == {"start": None, "end": None, "cumulative": False, "text": None, "span": None}
