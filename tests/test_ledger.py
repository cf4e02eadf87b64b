"""The corpus ledger: many reports as one set of tables, each fact once with all its sources."""

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

pd = pytest.importorskip("pandas")

import gongbu  # noqa: E402
from gongbu.ledger import Ledger  # noqa: E402

YUNNAN = "2019年,上海市向云南省投入财政援助资金3亿元,选派120名干部赴云南省挂职。"
# The same story as another site carries it: Traditional characters, full-width commas.
YUNNAN_COPY = "2019年，上海市向雲南省投入財政援助資金3億元，選派120名幹部赴雲南省掛職。"


def with_periods(report, periods: dict[str, tuple]) -> dict:
    """The report's dict with the SPEC v2 ``period`` of each quantity named in ``periods``
    (quantity text → (start, end, cumulative)); the others undated."""
    data = report.to_dict()
    for flow in data["flows"]:
        text = data["entities"][flow["quantity"]]["text"]
        start, end, cumulative = periods.get(text, (None, None, False))
        flow["period"] = {"start": start, "end": end, "cumulative": cumulative, "text": None, "span": None}
    return data


@pytest.fixture(scope="module")
def syndicated():
    return Ledger.from_reports([("a", gongbu.parse(YUNNAN)), ("b", gongbu.parse(YUNNAN_COPY))],
                               dates={"a": "2019-12-30", "b": "2020-01-02"})


def test_a_fact_copied_by_another_site_is_one_fact_with_both_sources(syndicated):
    facts = syndicated.facts().copy()
    money = facts[facts["kind"] == "money"].iloc[0]
    assert (money["amount"], money["from"], money["to"]) == (300_000_000, "上海市", "云南省")
    assert money["documents"] == ["a", "b"] and money["texts"] == ["3亿元", "3億元"]
    assert [(s["document"], s["start"]) for s in money["sources"]] == [("a", 21), ("b", 21)]
    assert len(syndicated.flows()) == 4 and len(syndicated.facts()) == 2


def test_flows_name_the_parties_with_their_level_province_and_side(syndicated):
    row = syndicated.flows().iloc[0]
    assert (row["document"], row["date"], row["kind"], row["text"]) == ("a", "2019-12-30", "money", "3亿元")
    assert (row["from_level"], row["from_side"], row["to_province"], row["to_side"]) == (
        "province", "east", "云南省", "west")
    assert YUNNAN[row["sentence_start"]:row["sentence_end"]] == YUNNAN and row["fact"] == "F1"


def test_a_repeated_passage_of_document_003_gives_each_fact_once(corpus_docs):
    doc = corpus_docs["003"]
    report = gongbu.parse(doc.text)
    (repeat,) = [w for w in report.warnings if w.code == "repeated_passage"]
    ledger = Ledger.from_reports([("003", report)])
    flows = ledger.flows()
    repeated = flows[(flows["start"] >= repeat.start) & (flows["end"] <= repeat.end)]
    assert len(repeated) > 30
    facts = ledger.facts().set_index("fact")
    for fact in repeated["fact"]:
        starts = [s["start"] for s in facts.loc[fact, "sources"]]
        assert any(s < repeat.start for s in starts), f"{fact} has no source before the repeat"
    assert len(ledger.facts()) <= len(flows) - len(repeated)


def test_a_quantity_without_parties_merges_only_with_the_same_words():
    a = gongbu.parse("每户补助3500元。")
    b = gongbu.parse("每人每月工资3500元。")
    facts = Ledger.from_reports([("a", a), ("b", b), ("c", a)]).facts()
    assert sorted(map(tuple, facts["documents"])) == [("a", "c"), ("b",)]


TEXT = ("2019年,上海市向云南省投入财政援助资金3亿元。2020年,上海市向云南省投入财政援助资金4亿元。"
        "2016年以来,上海市累计向云南省投入财政援助资金10亿元。")


def test_a_cumulative_total_is_never_added_to_the_yearly_figures_inside_it():
    report = with_periods(gongbu.parse(TEXT), {"3亿元": (2019, 2019, False), "4亿元": (2020, 2020, False),
                                               "10亿元": (2016, 2020, True)})
    ledger = Ledger.from_reports([("a", report)])
    total = ledger.totals(by=("from", "to"))
    assert total[["from", "to", "amount", "facts", "left_out"]].to_dict("records") == [
        {"from": "上海市", "to": "云南省", "amount": 700_000_000, "facts": 2, "left_out": 1}]
    yearly = ledger.totals(by=("from", "to", "year"))
    assert yearly[["year", "amount"]].to_dict("records") == [
        {"year": 2019, "amount": 300_000_000}, {"year": 2020, "amount": 400_000_000}]
    decided = ledger.decisions()
    why = decided.loc[decided["texts"].map(lambda texts: "10亿元" in texts), "reason"].item()
    assert why.startswith("left out: yearly figures inside")


def test_a_cumulative_total_counts_for_years_with_no_yearly_figure():
    report = with_periods(gongbu.parse(TEXT), {"3亿元": (2019, 2019, False), "4亿元": (2020, 2020, False),
                                               "10亿元": (2016, 2018, True)})
    total = Ledger.from_reports([("a", report)]).totals(by=("from", "to", "year"))
    assert total[["period_start", "period_end", "basis", "amount"]].to_dict("records") == [
        {"period_start": 2016, "period_end": 2018, "basis": "span", "amount": 1_000_000_000},
        {"period_start": 2019, "period_end": 2019, "basis": "yearly", "amount": 300_000_000},
        {"period_start": 2020, "period_end": 2020, "basis": "yearly", "amount": 400_000_000}]


def test_the_later_of_two_overlapping_cumulative_totals_counts():
    text = "上海市累计向云南省投入资金8亿元。上海市累计向云南省投入资金10亿元。"
    report = with_periods(gongbu.parse(text), {"8亿元": (2016, 2019, True), "10亿元": (2016, 2020, True)})
    total = Ledger.from_reports([("a", report)]).totals(by=("from", "to"))
    assert total["amount"].tolist() == [1_000_000_000]


def test_open_periods_from_real_reports_total_and_chart(corpus_docs):
    # 2016年以来 in a report without a date: a start year and no end. Totals by year and the
    # dashboard's period buckets must take such half-open periods as they come.
    text = "2016年以来，上海市累计向云南省投入财政援助资金133亿元。2019年，上海市向云南省投入资金36亿元。"
    report = gongbu.parse(text)
    assert {(f.period.start, f.period.end) for f in report.flows} == {(2016, None), (2019, 2019)}
    docs = [(i, gongbu.parse(corpus_docs[i].text)) for i in ("000", "002", "120")] + [("x", report)]
    ledger = Ledger.from_reports(docs)
    by_year = ledger.totals(by=("from", "to", "year"))
    assert not by_year.empty and by_year["amount"].notna().all()
    from gongbu.ledger.dashboard import to_html

    assert "money-chart" in to_html(ledger)


def test_documents_that_disagree_are_listed_as_a_conflict_and_not_added_up():
    y2019 = {"3亿元": (2019, 2019, False), "3.5亿元": (2019, 2019, False)}
    a = with_periods(gongbu.parse(YUNNAN), y2019)
    b = with_periods(gongbu.parse(YUNNAN.replace("3亿元", "3.5亿元")), y2019)
    c = with_periods(gongbu.parse(YUNNAN_COPY), {"3億元": (2019, 2019, False)})
    ledger = Ledger.from_reports([("a", a), ("b", b), ("c", c)])
    conflicts = ledger.conflicts()
    assert conflicts[["conflict", "amount", "documents"]].to_dict("records") == [
        {"conflict": "C1", "amount": 300_000_000, "documents": ["a", "c"]},
        {"conflict": "C1", "amount": 350_000_000, "documents": ["b"]}]
    money = ledger.totals(by=("from", "to", "year")).query("kind == 'money'")
    assert money["amount"].tolist() == [300_000_000]  # the figure with more sources, never 6.5亿
    people = ledger.totals(by=("from", "to", "year")).query("kind == 'people'")
    assert people["amount"].tolist() == [120]  # the same 120 cadres in all three: no conflict, counted once


def test_two_parts_in_one_document_are_no_conflict():
    text = "2019年,上海市向云南省投入财政资金3亿元,社会帮扶资金1.2亿元。"
    report = with_periods(gongbu.parse(text), {"3亿元": (2019, 2019, False), "1.2亿元": (2019, 2019, False)})
    ledger = Ledger.from_reports([("a", report)])
    assert ledger.conflicts().empty
    assert ledger.totals()["amount"].tolist() == [420_000_000]


def test_reports_without_periods_are_undated():
    report = gongbu.parse(YUNNAN).to_dict()  # as an older gongbu wrote it: flows without periods
    for flow in report["flows"]:
        del flow["period"]
    ledger = Ledger.from_reports([("a", report)])
    flows = ledger.flows()
    assert flows["period_start"].isna().all() and not flows["cumulative"].any()
    assert set(ledger.totals()["basis"]) == {"undated"}


def test_partnerships_say_whether_the_pairing_table_knows_them_and_when_they_were_stated():
    a = gongbu.parse("上海市与云南省结对帮扶。")
    b = gongbu.parse("2018年,上海市徐汇区与云南省红河州结对帮扶,江苏省与云南省结对。")
    ledger = Ledger.from_reports([("a", a), ("b", b)], dates={"a": "2020-05-01"})
    p = ledger.partnerships().set_index(["helper", "helped"])
    assert p.loc[("上海市", "云南省"), "documents"] == ["a"]
    assert bool(p.loc[("上海市", "云南省"), "official"]) and p.loc[("上海市", "云南省"), "first_year"] == 2020
    assert p.loc[("徐汇区", "红河哈尼族彝族自治州"), "first_year"] == 2018  # the year its sentence names
    assert not p.loc[("江苏省", "云南省"), "official"]  # 江苏 pairs with 陕西 and 青海


def test_entities_and_documents_are_tables_too(syndicated):
    entities = syndicated.entities()
    assert set(entities["label"]) == {"GPE", "MONEY", "PERSON-COUNT"}
    assert syndicated.documents()["document"].tolist() == ["a", "b"]
    assert repr(syndicated) == "<Ledger: 2 documents, 4 flows, 2 facts, 0 partnerships>"


@pytest.mark.parametrize("suffix", [".parquet", ".csv", ".duckdb"])
def test_a_ledger_reads_back_equal(tmp_path, suffix):
    report = with_periods(gongbu.parse(TEXT + "上海市与云南省结对帮扶。"), {"3亿元": (2019, 2019, False)})
    ledger = Ledger.from_reports([("a", report), ("b", gongbu.parse(YUNNAN_COPY))], dates={"a": "2020-08"})
    written = ledger.write(tmp_path / f"ledger{suffix}")
    back = Ledger.read(tmp_path / f"ledger{suffix}")
    assert back == ledger
    for name, table in ledger.tables().items():
        pd.testing.assert_frame_equal(back.tables()[name], table)
    pd.testing.assert_frame_equal(back.facts(), ledger.facts())
    assert len(written) == (1 if suffix == ".duckdb" else 4)


def test_written_files_get_the_usual_permissions(tmp_path, syndicated):
    import os

    umask = os.umask(0)
    os.umask(umask)
    for path in syndicated.write(tmp_path / "ledger.parquet"):
        assert os.stat(path).st_mode & 0o777 == 0o666 & ~umask, path


def test_a_wrong_suffix_is_refused_with_the_ones_that_work(tmp_path):
    with pytest.raises(ValueError, match=r"\.parquet, \.csv, \.duckdb"):
        Ledger.from_reports([]).write(tmp_path / "ledger.xlsx")


def test_report_named_flows_has_names_not_indices():
    rows = gongbu.parse(YUNNAN).named_flows()
    assert [(r["text"], r["from"], r["to"]) for r in rows] == [("3亿元", "上海市", "云南省"),
                                                              ("120名干部", "上海市", "云南省")]


# --- the command line -----------------------------------------------------------------------


@pytest.fixture()
def folder(tmp_path):
    d = tmp_path / "docs"
    d.mkdir()
    (d / "001_aaaaaaaaaaaaaaaa.txt").write_text(YUNNAN, "utf-8")
    (d / "002_bbbbbbbbbbbbbbbb.txt").write_text(YUNNAN_COPY, "utf-8")
    (d / "003_cccccccccccccccc.txt").write_text("上海市与云南省结对帮扶。", "utf-8")
    return d


def _run(*args):
    from typer.testing import CliRunner

    from gongbu.cli import app

    return CliRunner().invoke(app, list(args))


def _said(result) -> str:
    """What the command printed, as one line (typer draws errors in a box that wraps them)."""
    return " ".join(result.output.replace("│", " ").split())


def test_cli_writes_a_ledger_with_dates_and_reads_back(folder, tmp_path):
    dates = tmp_path / "dates.csv"
    dates.write_text("document,date\n001,2019-12-30\n002_bbbbbbbbbbbbbbbb,2020/1/2\n", "utf-8")
    out = tmp_path / "ledger.parquet"
    result = _run("ledger", str(folder), "--dates", str(dates), "-o", str(out))
    assert result.exit_code == 0, result.output
    ledger = Ledger.read(out)
    assert ledger.documents()[["document", "date"]].to_dict("records") == [
        {"document": "001", "date": "2019-12-30"}, {"document": "002", "date": "2020-01-02"},
        {"document": "003", "date": None}]
    assert ledger.facts()["documents"].tolist() == [["001", "002"], ["001", "002"]]


@pytest.mark.parametrize(("args", "message"), [
    (["ledger", "{folder}", "-o", "{tmp}/ledger.xlsx"], "is none of them"),
    (["ledger", "{tmp}/nothing-here", "-o", "{tmp}/ledger.csv"], "no such file"),
    (["ledger", "{folder}", "--dates", "{tmp}/none.csv", "-o", "{tmp}/ledger.csv"], "no such file"),
])
def test_cli_says_clearly_what_is_wrong(folder, tmp_path, args, message):
    result = _run(*[a.format(folder=folder, tmp=tmp_path) for a in args])
    assert result.exit_code == 2 and message in _said(result)
    assert not (tmp_path / "ledger.csv").exists()


def test_cli_refuses_a_bad_dates_file(folder, tmp_path):
    dates = tmp_path / "dates.json"
    dates.write_text(json.dumps({"001": "last spring"}), "utf-8")
    result = _run("ledger", str(folder), "--dates", str(dates), "-o", str(tmp_path / "l.csv"))
    assert result.exit_code == 2 and "not a date: 'last spring'" in _said(result)


def test_parse_format_csv_writes_the_flow_table(folder):
    result = _run("parse", str(folder / "001_aaaaaaaaaaaaaaaa.txt"), "--format", "csv")
    assert result.exit_code == 0
    header, first = result.stdout.splitlines()[:2]
    assert header == "kind,text,amount,approx,category,from,to,start,end,period_start,period_end,cumulative"
    assert first.startswith("money,3亿元,300000000,False,,上海市,云南省,21,24,")
    several = _run("parse", str(folder), "--format", "csv").stdout.splitlines()
    assert several[0].startswith("source,kind,text") and len(several) == 5


# --- the dashboard, in a real browser -------------------------------------------------------


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def _browser(*args: str) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", *args], capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def dashboard(tmp_path_factory):
    a = with_periods(gongbu.parse(TEXT), {"3亿元": (2019, 2019, False), "4亿元": (2020, 2020, False),
                                          "10亿元": (2016, 2020, True)})
    b = gongbu.parse("浙江省向四川省投入资金2亿元,选派155名干部赴四川省。上海市与云南省结对帮扶。")
    path = tmp_path_factory.mktemp("dash") / "ledger.html"
    ledger = Ledger.from_reports([("a", a), ("b", b), ("c", gongbu.parse(YUNNAN_COPY))])
    ledger.write(path)
    return path, ledger


def test_the_dashboard_links_every_figure_to_its_highlighted_sentence(dashboard):
    path, ledger = dashboard
    page = path.read_text("utf-8")
    assert "<script src=" not in page and "cdn." not in page.split("<style>")[0]  # nothing fetched
    for r in ledger.flows().itertuples():
        anchor = f"q-{r.document}-{r.start}"
        assert f'href="#{anchor}"' in page and f'<mark id="{anchor}">' in page
    assert "official" in page and "2016–2020 cumulative" in page


@pytest.mark.skipif(_chromium() is None, reason="no chromium on PATH (apt-get install chromium) for the browser test")
def test_the_dashboard_draws_its_sankeys_offline_in_a_headless_browser(dashboard, tmp_path):
    path, _ = dashboard
    dom = _browser("--virtual-time-budget=5000", "--dump-dom", path.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert dom.stdout.count('class="sankey"') == 2  # plotly ran: one Sankey per chart, from the page alone
    assert "上海市" in dom.stdout and "浙江省" in dom.stdout
    shot = tmp_path / "dashboard.png"
    done = _browser(f"--screenshot={shot}", "--window-size=1400,1800", path.as_uri())
    assert done.returncode == 0 and shot.stat().st_size > 20_000


def test_the_screenshot_in_the_docs_exists():
    assert (Path(__file__).resolve().parents[1] / "docs" / "ledger-dashboard.png").is_file()
