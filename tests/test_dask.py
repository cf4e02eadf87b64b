"""gongbu on Dask, on a real LocalCluster of two worker processes: same Reports as parse_many, even
when a worker dies mid-run."""

import json
import os
import signal
import sys
from pathlib import Path

import pytest

db = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

import cloudpickle  # noqa: E402  (distributed brings it)
from typer.testing import CliRunner  # noqa: E402

import gongbu  # noqa: E402
from gongbu.cli import app  # noqa: E402
from gongbu.dask import (  # noqa: E402
    LoadPipeline,
    ledger,
    local_cluster,
    parse_bag,
    parse_frame,
    parse_partitions,
    read_texts,
)
from gongbu.tables import flow_rows  # noqa: E402

# The workers cannot import this file (tests/ is not on their path): its functions travel by value.
cloudpickle.register_pickle_by_value(sys.modules[__name__])

TEXTS = [
    "2016年以来,上海市累计投入财政援助资金133.08亿元,选派971名干部赴云南挂职。",
    "沪滇扶贫协作不断深化。",
    "",
    "广东省共选派71名干部来桂挂职扶贫。",
    "東西部扶貧協(xié)作中,江苏省向陕西省投入5000万元。",
    "上海市向云南省投入财政援助资金3亿元。",
    "今年以来,广东省向广西投入帮扶资金2亿元。",  # a period that needs the document's date
]
DATES = [None, None, None, "2019-05-01", None, "2020-12-31", "2021-03-01"]


@pytest.fixture(scope="module")
def client():
    # Short timeouts would fail on a loaded machine; a worker start includes loading the model.
    with local_cluster(2, memory_limit="2GiB") as cluster, distributed.Client(cluster) as c:
        c.register_plugin(LoadPipeline())
        yield c


@pytest.fixture(scope="module")
def expected():
    return [r.to_dict() for r in gongbu.parse_many(TEXTS)]


def test_bag_of_texts_gives_the_reports_of_parse_many(client, expected):
    records = parse_bag(db.from_sequence(TEXTS, npartitions=3)).compute()
    assert [{k: v for k, v in r.items() if k != "id"} for r in records] == expected
    assert len({r["id"] for r in records}) == len(TEXTS)


def test_partitions_come_back_in_order_with_the_reports_of_parse_many(client, expected):
    pairs = [(f"doc{k}", t, d) for k, (t, d) in enumerate(zip(TEXTS, DATES, strict=True))]
    parts = list(parse_partitions(client, db.from_sequence(pairs, npartitions=4)))
    assert len(parts) == 4
    records = [r for part in parts for r in part]
    assert [r.pop("id") for r in records] == [i for i, _, _ in pairs]
    assert records == [r.to_dict() for r in gongbu.parse_many(TEXTS, dates=DATES)]


def test_bag_of_pairs_keeps_ids_and_gives_rows(client):
    pairs = [(f"doc{k}", t) for k, t in enumerate(TEXTS)]
    rows = parse_bag(db.from_sequence(pairs, npartitions=2), output="flows").compute()
    assert rows == [{"id": i, **row} for i, t in pairs for row in flow_rows(gongbu.parse(t))]


def test_frame_of_texts_gives_json_reports_and_typed_rows(client, expected):
    import pandas as pd

    ddf = dd.from_pandas(pd.DataFrame({"id": [f"d{k}" for k in range(len(TEXTS))], "text": TEXTS}), npartitions=2)
    reports = parse_frame(ddf).compute()
    assert list(reports["id"]) == [f"d{k}" for k in range(len(TEXTS))]
    assert [json.loads(e) for e in reports["entities"]] == [r["entities"] for r in expected]
    flows = parse_frame(ddf, output="flows").compute()
    assert str(flows["amount"].dtype) == "Float64" and 13_308_000_000 in set(flows["amount"])


def test_dates_reach_the_periods_from_triples_and_from_a_date_column(client):
    import pandas as pd

    want = [r.to_dict() for r in gongbu.parse_many(TEXTS, dates=DATES)]
    assert want != [r.to_dict() for r in gongbu.parse_many(TEXTS)]  # the dates matter to these texts
    triples = [(k, t, d) for k, (t, d) in enumerate(zip(TEXTS, DATES, strict=True))]
    records = parse_bag(db.from_sequence(triples, npartitions=2)).compute()
    assert [{k: v for k, v in r.items() if k != "id"} for r in records] == want
    frame = pd.DataFrame({"id": range(len(TEXTS)), "text": TEXTS, "day": pd.to_datetime(DATES)})
    flows = parse_frame(dd.from_pandas(frame, npartitions=2), date_column="day", output="flows").compute()
    ends = [None if pd.isna(v) else v for v in flows["period_end"]]
    assert ends == [f.period.end for r in gongbu.parse_many(TEXTS, dates=DATES) for f in r.flows]
    assert 2021 in ends


def test_ledger_on_the_cluster_equals_the_ledger_of_parse_many(client):
    from pandas.testing import assert_frame_equal

    ids = [f"d{k}" for k in range(len(TEXTS))]
    here = gongbu.Ledger.from_reports(zip(ids, gongbu.parse_many(TEXTS, dates=DATES), strict=True),
                                      dates=dict(zip(ids, DATES, strict=True)))
    triples = list(zip(ids, TEXTS, DATES, strict=True))
    there = ledger(db.from_sequence(triples, npartitions=3))
    for table in ("flows", "entities", "documents", "statements", "facts"):
        assert_frame_equal(getattr(there, table)(), getattr(here, table)())
    with pytest.raises(ValueError, match="twice"):
        ledger(db.from_sequence([("a", TEXTS[0]), ("a", TEXTS[1])], npartitions=2))


def test_each_worker_loads_the_pipeline_once(client):
    from gongbu import pipeline

    parse_bag(db.from_sequence(TEXTS * 2, npartitions=4)).compute()
    loaded = client.run(lambda: (len(pipeline._loaded), id(pipeline.load())))
    assert len(loaded) == 2 and all(n == 1 for n, _ in loaded.values())


class KillOnce:
    """Report dicts as rows; the first time it meets ``target`` it kills its own worker process."""

    def __init__(self, marker: str, target: str) -> None:
        self.marker, self.target = marker, target

    def __call__(self, report):
        if report.text == self.target and not os.path.exists(self.marker):
            Path(self.marker).touch()
            os.kill(os.getpid(), signal.SIGKILL)
        return [report.to_dict()]


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(client, expected, tmp_path):
    marker = tmp_path / "killed"
    kill = KillOnce(str(marker), TEXTS[3])
    pairs = [(k, t) for k, t in enumerate(TEXTS)]
    records = parse_bag(db.from_sequence(pairs, npartitions=3), output=kill).compute()
    assert marker.exists()  # a worker did die, and Dask ran its partition again elsewhere
    assert [r["id"] for r in records] == list(range(len(TEXTS)))
    assert [{k: v for k, v in r.items() if k != "id"} for r in records] == expected
    client.wait_for_workers(2, timeout=120)  # the nanny restarted it, for the tests that follow


def test_read_texts_reads_a_folder_in_partitions(client, tmp_path):
    for k, t in enumerate(TEXTS):
        (tmp_path / f"{k}.txt").write_text(t, "utf-8")
    (tmp_path / "gbk.txt").write_bytes("沪滇扶贫协作。".encode("gb18030"))
    ddf = read_texts(tmp_path, partition_bytes=100)
    assert ddf.npartitions > 1
    frame = ddf.compute()
    assert list(frame["text"]) == [*TEXTS, "沪滇扶贫协作。"]


def test_cli_dask_engine_writes_what_the_builtin_engine_writes(client, tmp_path):
    runner = CliRunner()
    src = tmp_path / "in"
    src.mkdir()
    for k, t in enumerate(TEXTS):
        (src / f"{k}.txt").write_text(t, "utf-8")
    builtin, on_dask, parquet = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "flows.parquet"
    done = runner.invoke(app, ["parse", str(src), "--format", "jsonl", "--date", "2020-06-30", "-o", str(builtin)])
    assert done.exit_code == 0, done.output
    address = client.scheduler.address
    done = runner.invoke(app, ["parse", str(src / "*.txt"), "--engine", "dask", "--scheduler", address,
                               "--date", "2020-06-30", "--format", "jsonl", "-o", str(on_dask)])
    assert done.exit_code == 0, done.output
    assert on_dask.read_text("utf-8") == builtin.read_text("utf-8")
    done = runner.invoke(app, ["parse", str(src), "--engine", "dask", "--scheduler", address, "--rows", "flows",
                               "--format", "jsonl", "-o", str(parquet)])
    assert done.exit_code == 0, done.output
    import pandas as pd

    flows = pd.read_parquet(parquet)
    assert len(flows) == sum(len(flow_rows(gongbu.parse(t))) for t in TEXTS)


def test_cli_dask_options_need_the_dask_engine(tmp_path):
    (tmp_path / "a.txt").write_text(TEXTS[0], "utf-8")
    runner = CliRunner()
    done = runner.invoke(app, ["parse", str(tmp_path), "--scheduler", "tcp://127.0.0.1:1"])
    assert done.exit_code == 1 and "--engine dask" in done.output
    done = runner.invoke(app, ["parse", str(tmp_path), "--engine", "dask", "--format", "table"])
    assert done.exit_code == 1 and "jsonl" in done.output


def test_a_wrong_output_name_fails_before_any_work():
    with pytest.raises(ValueError, match="flows"):
        parse_bag(db.from_sequence(TEXTS), output="ledgers")
