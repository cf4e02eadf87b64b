"""gongbu on Dask: parse a bag or a DataFrame of texts on a cluster (``pip install "gongbu[dask]"``).

>>> from dask.distributed import Client                                  # doctest: +SKIP
>>> from gongbu.dask import parse_frame, read_texts
>>> client = Client("tcp://scheduler:8786")                                  # doctest: +SKIP
>>> parse_frame(read_texts("scraped/**/*.txt"), output="flows").to_parquet("flows/")  # doctest: +SKIP

Each worker process loads the pipeline once (:func:`gongbu.pipeline.pipeline_for` caches it per model
path, and :class:`LoadPipeline` loads it as the worker starts) and then parses whole
partitions with :func:`gongbu.parse_many`. What comes out is chosen by ``output``:

- ``"reports"``: one dict per text, ``Report.to_dict()`` plus its ``id``;
- ``"flows"``, ``"partnerships"``, ``"entities"``: the rows of :mod:`gongbu.tables`, each with the ``id``
  of its text;
- any function ``Report -> list[dict]``: its rows, each with the ``id`` (a new kind of row is one
  more entry in :data:`ROWS`).

:func:`ledger` builds the corpus ledger (:class:`gongbu.Ledger`) from rows made on the workers.

Memory per worker stays flat because a partition is the unit of work: the model and one
partition's texts, Reports and rows are all a worker holds (about 250 MB at 1 MB of text per
partition). :func:`read_texts` makes partitions of about :data:`PARTITION_BYTES` of text; for a
bag or a DataFrame of your own, aim for 0.25–1 MB of text per partition (``bag.repartition`` /
``ddf.repartition``).
"""

from __future__ import annotations

import glob as globbing
import json
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gongbu.tables import entity_rows, flow_rows, partnership_rows

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pandas

__all__ = [
    "PARTITION_BYTES",
    "ROWS",
    "LoadPipeline",
    "iter_partitions",
    "ledger",
    "local_cluster",
    "parse_bag",
    "parse_frame",
    "parse_partitions",
    "read_texts",
    "text_files",
]

log = logging.getLogger(__name__)

try:  # the plugin's base class; without distributed the module still imports (and says what to install)
    from distributed import WorkerPlugin as _WorkerPlugin
except ImportError:  # pragma: no cover
    _WorkerPlugin = object

# Input text per partition of read_texts. A partition's Reports as dicts take about a hundred times
# its text in memory (benchmarks/bench_dask.py: a worker is 123 MB with the model loaded, peaks at
# 183 MB on 250 KB partitions and 231 MB on 1 MB ones), so 1 MB keeps a worker near 250 MB while a
# task still runs for tens of seconds against the scheduler's few milliseconds.
PARTITION_BYTES = 1_000_000

Rows = Callable[[Any], list[dict[str, Any]]]

# The rows one text can give besides its Report dict; a new kind of row is one more entry here.
# (The ledger's rows span four tables and merge across documents: ledger() below.)
ROWS: dict[str, Rows] = {"flows": flow_rows, "partnerships": partnership_rows, "entities": entity_rows}

# Column types of the named outputs as a DataFrame, fixed so that every partition (and every
# Parquet file) has the same schema whatever its first rows happen to hold.
COLUMNS: dict[str, dict[str, str]] = {
    "reports": {"id": "string", "text": "string", "entities": "string", "relations": "string",
                "partnerships": "string", "flows": "string", "warnings": "string"},
    "flows": {"id": "string", "kind": "string", "text": "string", "amount": "Float64", "approx": "boolean",
              "category": "string", "from": "string", "to": "string", "start": "Int64", "end": "Int64",
              "period_start": "Int64", "period_end": "Int64", "cumulative": "boolean"},
    "partnerships": {"id": "string", "helper": "string", "helped": "string", "official": "boolean",
                     "evidence": "Int64"},
    "entities": {"id": "string", "label": "string", "start": "Int64", "end": "Int64", "text": "string",
                 "name": "string", "level": "string", "province": "string", "side": "string",
                 "yuan": "Float64", "count": "Int64", "unit": "string", "approx": "boolean",
                 "category": "string", "low": "Float64", "high": "Float64"},
}
# In the "reports" frame the nested parts are JSON: norms differ in shape from label to label.
_NESTED = ("entities", "relations", "partnerships", "flows", "warnings")


def _require() -> None:
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as err:
        raise ImportError('gongbu.dask needs dask and distributed: pip install "gongbu[dask]"') from err


def _rows_of(output: str | Rows) -> Rows | None:
    """None for Report dicts, else the row function ``output`` names or is."""
    if callable(output):
        return output
    if output == "reports":
        return None
    if output not in ROWS:
        raise ValueError(f"output must be 'reports', one of {sorted(ROWS)} or a function Report -> rows, "
                         f"not {output!r}")
    return ROWS[output]


def _missing(value: Any) -> bool:
    # None, NaN, NaT and pd.NA: what a DataFrame holds where a text or a date is absent.
    # (pd.NA first: comparing it gives NA, whose truth is an error.)
    return value is None or type(value).__name__ in ("NAType", "NaTType") or value != value


def _items(part: Iterable[Any], number: int | None = None) -> list[tuple[Any, str, Any]]:
    """``(id, text, date)`` of each item: a text, an ``(id, text)`` pair or an ``(id, text, date)`` triple."""
    out = []
    for k, item in enumerate(part):
        if isinstance(item, tuple | list) and len(item) in (2, 3):
            id_, text, date = (*item, None) if len(item) == 2 else item
        else:  # a bare text: its place in the bag is its id
            id_, text, date = f"{number}:{k}", item, None
        # A missing text is an empty Report, not a failed job.
        out.append((id_, "" if _missing(text) else text, None if _missing(date) else date))
    return out


def _reports(items: list[tuple[Any, str, Any]], model: str | None, date: Any, batch_size: int) -> Iterator:
    """``(id, date, Report)`` of each item, parsed by this process's cached pipeline."""
    from gongbu.pipeline import parse_many, pipeline_for

    dates = [d if d is not None else date for _, _, d in items]
    reports = parse_many([t for _, t, _ in items], dates=dates, batch_size=batch_size, nlp=pipeline_for(model))
    for (id_, _, _), d, report in zip(items, dates, reports, strict=True):
        yield id_, d, report


def parse_records(items: Iterable[Any], *, output: str | Rows = "reports", model: str | None = None,
                  date: Any = None, batch_size: int = 64) -> list[dict[str, Any]]:
    """Parse ``(id, text)`` pairs or ``(id, text, date)`` triples in this process: the records of one partition.

    ``date`` (a ``datetime.date`` or ``"YYYY-MM-DD"``) is the date of every text that has
    none of its own, as in ``parse_many(dates=...)``. The pipeline comes from
    :func:`gongbu.pipeline.pipeline_for`, cached per model path, so a worker loads it for its first partition
    only (or at start, with :class:`LoadPipeline`).

    >>> [(r["id"], r["amount"]) for r in parse_records([("a", "上海市投入5亿元。")], output="flows")]
    [('a', 500000000)]
    """
    from gongbu.pipeline import gc_paused

    rows = _rows_of(output)
    out: list[dict[str, Any]] = []
    with gc_paused():
        for id_, _, report in _reports(_items(items), model, date, batch_size):
            if rows is None:
                out.append({"id": id_, **report.to_dict()})
            else:
                out.extend({"id": id_, **row} for row in rows(report))
    return out


def _parse_partition(part: Iterable[Any], number: int, output: str | Rows, model: str | None,
                     date: Any) -> list[dict]:
    return parse_records(_items(part, number), output=output, model=model, date=date)


def parse_bag(bag: dask.bag.Bag, *, output: str | Rows = "reports", model: str | Path | None = None,
              date: Any = None) -> dask.bag.Bag:
    """A bag of records (see the module's docstring) from a bag of texts, ``(id, text)`` pairs or
    ``(id, text, date)`` triples.

    A bare text's id is ``"partition:position"``; give pairs when ids must survive a
    repartition. ``date`` is the date of every text without one of its own (periods resolve
    今年, 2016年以来 … against it). Records come in input order. Nothing runs until you compute
    the bag.
    """
    _require()
    import dask
    import dask.bag as db

    _rows_of(output)  # a wrong name fails here, not on a worker
    path = str(model) if model is not None else None
    parse = dask.delayed(_parse_partition, pure=True)
    # Through delayed rather than map_partitions: a partition's number is the id of its bare texts.
    parts = [parse(part, k, output, path, date) for k, part in enumerate(bag.to_delayed())]
    return db.from_delayed(parts)


def _packed_partition(part: Iterable[Any], number: int, output: str | Rows, model: str | None,
                      date: Any) -> list[bytes]:
    import pickle

    from gongbu.pipeline import gc_paused

    records = _parse_partition(part, number, output, model, date)
    with gc_paused():
        return [pickle.dumps(records, protocol=pickle.HIGHEST_PROTOCOL)]


def parse_partitions(client: Any, bag: dask.bag.Bag, *, output: str | Rows = "reports",
                     model: str | Path | None = None, date: Any = None) -> Iterator[list[dict[str, Any]]]:
    """The records of each partition of ``bag`` (texts, pairs or triples, as :func:`parse_bag`
    takes), parsed on ``client``'s cluster and yielded here in order: what ``gongbu parse
    --engine dask`` writes out.

    Each partition's records come back as one pickled block, made on the worker while the
    records are fresh: a worker then holds bytes rather than thousands of dicts, which its
    garbage collector walked and its serialiser took apart again (a tenth of a worker's time,
    ``benchmarks/bench_dask.py``). In flight as :func:`iter_partitions` says.
    """
    _require()
    import pickle

    import dask
    import dask.bag as db

    from gongbu.pipeline import gc_paused

    _rows_of(output)
    path = str(model) if model is not None else None
    packed = dask.delayed(_packed_partition, pure=True)
    blocks = db.from_delayed([packed(part, k, output, path, date) for k, part in enumerate(bag.to_delayed())])
    for (block,) in iter_partitions(client, blocks):
        with gc_paused():
            records = pickle.loads(block)
        yield records


def _ledger_partition(part: Iterable[Any], number: int, model: str | None, date: Any) -> list[dict[str, list]]:
    from gongbu.ledger.build import document_rows
    from gongbu.pipeline import gc_paused

    tables: dict[str, list[dict]] = {}
    with gc_paused():
        for id_, d, report in _reports(_items(part, number), model, date, 64):
            for name, rows in document_rows(str(id_), report, d).items():
                tables.setdefault(name, []).extend(rows)
    return [tables]


def ledger(bag: dask.bag.Bag, *, model: str | Path | None = None, date: Any = None):
    """The corpus ledger (:class:`gongbu.Ledger`) of a bag of ``(id, text)`` pairs or ``(id, text, date)``
    triples, its rows made on the cluster.

    The workers parse each text and turn its Report into the ledger's rows
    (:func:`gongbu.ledger.build.document_rows`); this process receives only the rows and merges
    the facts across documents, as :meth:`gongbu.Ledger.from_reports` does for Reports parsed
    here. A document's date (its own, else ``date``) serves both its periods and the ledger's
    ``date`` columns. Ids must be unique. Needs pandas (``gongbu[ledger]``) here too.
    """
    _require()
    import dask
    import dask.bag as db

    from gongbu.ledger import Ledger
    from gongbu.ledger.schema import TABLES, frame

    path = str(model) if model is not None else None
    make = dask.delayed(_ledger_partition, pure=True)
    parts = db.from_delayed([make(part, k, path, date) for k, part in enumerate(bag.to_delayed())])
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    # All rows at once: the Ledger holds them all anyway, and they are far smaller than the Reports.
    for tables in parts.compute():
        for name, new in tables.items():
            rows[name].extend(new)
    seen: set[str] = set()
    for r in rows["documents"]:
        if r["document"] in seen:
            raise ValueError(f"document id {r['document']!r} given twice; ids must be unique")
        seen.add(r["document"])
    return Ledger({name: frame(name, rows[name]) for name in TABLES})


def _frame_partition(df: pandas.DataFrame, text_column: str, id_column: str | None, date_column: str | None,
                     output: str | Rows, model: str | None, date: Any, columns: dict[str, str]) -> pandas.DataFrame:
    import pandas as pd

    ids = (df.index if id_column is None else df[id_column]).tolist()
    dates = [None] * len(df) if date_column is None else df[date_column].tolist()
    items = zip(ids, df[text_column].tolist(), dates, strict=True)
    records = parse_records(items, output=output, model=model, date=date)
    if output == "reports":
        records = [{k: json.dumps(v, ensure_ascii=False) if k in _NESTED else v for k, v in r.items()}
                   for r in records]
    frame = pd.DataFrame.from_records(records, columns=list(columns))
    frame["id"] = frame["id"].map(str, na_action="ignore")
    return frame.astype(columns)


def parse_frame(ddf: dask.dataframe.DataFrame, text_column: str = "text", id_column: str | None = "id", *,
                date_column: str | None = None, output: str | Rows = "reports", model: str | Path | None = None,
                date: Any = None, columns: dict[str, str] | None = None) -> dask.dataframe.DataFrame:
    """A Dask DataFrame of records from a Dask DataFrame with a column of texts.

    ``id_column=None`` takes the index as the id. Each text's date comes from ``date_column``
    (dates or ``"YYYY-MM-DD"``; empty cells take ``date``) or is ``date`` for all.

    The ``"reports"`` output has a column per Report field, the nested ones (entities,
    relations, partnerships, flows, warnings) as JSON text, since their norms differ in shape
    from label to label; the row outputs have the columns of their rows plus ``id``, with the
    types in :data:`COLUMNS`. A row function of your own needs ``columns`` (name → pandas
    dtype, ``id`` included).
    """
    _require()
    import pandas as pd

    if columns is None:
        if callable(output):
            raise ValueError("parse_frame() with a row function needs columns={name: dtype, ...}")
        _rows_of(output)
        columns = COLUMNS[output]
    missing = [c for c in (text_column, id_column, date_column) if c is not None and c not in ddf.columns]
    if missing:
        raise KeyError(f"no column {missing[0]!r}; the frame has {list(ddf.columns)}")
    meta = pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in columns.items()})
    path = str(model) if model is not None else None
    return ddf.map_partitions(_frame_partition, text_column, id_column, date_column, output, path, date, columns,
                              meta=meta, enforce_metadata=False)


def text_files(pattern: str | os.PathLike) -> list[str]:
    """The files of ``pattern``, sorted: a folder's ``.txt`` files, or what a glob (``**`` too) matches."""
    path = Path(pattern)
    if path.is_dir():
        # A folder means its .txt files (any case of the suffix), as `gongbu parse DIR` reads them.
        return sorted(str(f) for f in path.iterdir() if f.suffix.lower() == ".txt" and f.is_file())
    return sorted(f for f in globbing.glob(str(pattern), recursive=True) if os.path.isfile(f))


def _groups(files: list[str], partition_bytes: int) -> list[list[str]]:
    groups: list[list[str]] = [[]]
    size = 0
    for f in files:
        n = os.path.getsize(f)
        if groups[-1] and size + n > partition_bytes:
            groups.append([])
            size = 0
        groups[-1].append(f)
        size += n
    return groups


def _read_group(files: list[str]) -> pandas.DataFrame:
    import pandas as pd

    from gongbu.files import DecodeError, read_text_file

    ids, texts = [], []
    for f in files:
        try:
            text, _ = read_text_file(f)
        except (DecodeError, OSError) as exc:
            # As `gongbu parse DIR` does: one unreadable file is reported and skipped, the rest goes on.
            log.warning("skipped %s: %s", f, exc)
            continue
        ids.append(f)
        texts.append(text)
    return pd.DataFrame({"id": pd.Series(ids, dtype="string"), "text": pd.Series(texts, dtype="string")})


def read_texts(pattern: str | os.PathLike | list[str], *,
               partition_bytes: int = PARTITION_BYTES) -> dask.dataframe.DataFrame:
    """A Dask DataFrame ``id`` (the file's path) and ``text`` of a folder's ``.txt`` files or a glob (``**`` too).

    ``pattern`` may also be a list of paths (as :func:`text_files` gives).
    Files are decoded as ``gongbu parse`` decodes them (UTF-8, GB18030, Big5, UTF-16); one that
    cannot be read is logged on its worker and skipped. Partitions hold about
    ``partition_bytes`` of files each, in sorted path order; the workers read the files, so on
    a cluster they must see the same paths (a shared file system).
    """
    _require()
    import dask.dataframe as dd

    files = list(pattern) if isinstance(pattern, list | tuple) else text_files(pattern)
    if not files:
        raise FileNotFoundError(f"no files match {str(pattern)!r}")
    return dd.from_map(_read_group, _groups(files, partition_bytes), meta=_read_group([]),
                       divisions=None, enforce_metadata=False)


class LoadPipeline(_WorkerPlugin):
    """A ``distributed`` worker plugin that loads the pipeline as each worker starts (and restarts).

    Without it a worker loads the pipeline with its first partition; with it the load happens
    before any task arrives, so task times are parse times and a worker that cannot load the
    model fails at once.

    >>> client.register_plugin(LoadPipeline())   # doctest: +SKIP
    """

    name = "gongbu-load-pipeline"

    def __init__(self, model: str | Path | None = None) -> None:
        self.model = str(model) if model is not None else None

    def setup(self, worker: Any) -> None:
        from gongbu.pipeline import freeze_loaded, pipeline_for

        pipeline_for(self.model)
        freeze_loaded()


def local_cluster(n_workers: int | None = None, **kwargs: Any):
    """A ``LocalCluster`` sized to this machine: one process per core, one thread each.

    One thread per process because parsing holds the GIL; one process per core because each
    holds its own copy of the model.
    """
    _require()
    import dask
    from distributed import LocalCluster

    n = n_workers or os.cpu_count() or 1
    kwargs.setdefault("dashboard_address", None)  # no port to clash with; pass ":8787" to have one
    # The workers' statistical profiler samples every thread's stack every few milliseconds:
    # on a machine with one core per worker that is CPU taken from parsing.
    with dask.config.set({"distributed.worker.profile.enabled": False}):
        return LocalCluster(n_workers=n, threads_per_worker=1, processes=True, **kwargs)


# Per worker: partitions queued or running, and finished ones held until the caller takes them in order.
RUNNING_PER_WORKER = 2
HELD_PER_WORKER = 8


def _workers(client: Any) -> int:
    return max(1, len(client.scheduler_info().get("workers", {})))


def iter_partitions(client: Any, bag: dask.bag.Bag) -> Iterator[list[dict[str, Any]]]:
    """The partitions of ``bag``, computed on ``client`` and yielded in order.

    Each worker has :data:`RUNNING_PER_WORKER` partitions queued or running; a worker that
    finishes ahead of the partition the caller waits for goes on with the next ones, their
    results held on the cluster, up to :data:`HELD_PER_WORKER` partitions a worker. So the
    caller holds one partition and the cluster a few, however large the bag, and no worker
    idles while another finishes the partition next in order.
    """
    from collections import deque

    from distributed import wait

    parts = iter(bag.to_delayed())
    pending: deque = deque()  # submitted and not yet yielded, in order
    workers = _workers(client)
    more = True

    def fill() -> None:
        nonlocal more
        running = sum(not f.done() for f in pending)
        while more and running < RUNNING_PER_WORKER * workers and len(pending) < HELD_PER_WORKER * workers:
            part = next(parts, None)
            if part is None:
                more = False
                return
            pending.append(client.compute(part))
            running += 1

    try:
        fill()
        while pending:
            head = pending[0]
            if not head.done():
                # Wake when any partition finishes: a worker that is free gets the next one at once.
                wait([f for f in pending if not f.done()], return_when="FIRST_COMPLETED")
                fill()
                continue
            pending.popleft()
            records = head.result()
            head.release()
            fill()
            yield records
    finally:  # a consumer that stops early (an error, a closed pipe) leaves no work running on the cluster
        for future in pending:
            future.cancel()

