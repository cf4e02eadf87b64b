"""The ``gongbu`` command line, in the style of spaCy's: one typer app, one sub-app per noun."""

from __future__ import annotations

import contextlib
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    name="gongbu",
    help="Structured facts from Chinese reports on East-West poverty-alleviation cooperation.",
    no_args_is_help=True,
    add_completion=False,
)
annotations_app = typer.Typer(help="Check, compare and convert the gold annotations.", no_args_is_help=True)
corpus_app = typer.Typer(help="The source documents.", no_args_is_help=True)
app.add_typer(annotations_app, name="annotations")
app.add_typer(corpus_app, name="corpus")


def _read_input(path: str) -> str:
    """The text of a file or of standard input, in whatever encoding it came (files.decode)."""
    from gongbu.files import DecodeError, decode, read_text_file

    try:
        if path == "-":
            text, enc = decode(sys.stdin.buffer.read(), "<stdin>")
        else:
            text, enc = read_text_file(path)
    except FileNotFoundError:
        raise typer.BadParameter(f"no such file: {path}") from None
    except (DecodeError, OSError) as exc:
        raise typer.BadParameter(str(exc)) from None
    if enc not in ("utf-8", "utf-8-sig"):
        where = "standard input" if path == "-" else path
        typer.echo(f"note: {where} is not UTF-8; read it as {enc.upper()}", err=True)
    return text


def _fail(message: str) -> None:
    typer.secho(message, fg=typer.colors.RED, err=True)
    raise typer.Exit(1)


@app.command()
def clean(
    path: Annotated[str, typer.Argument(help="A text file, or - for standard input.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON with the offset map.")] = False,
) -> None:
    """Print the cleaned working text of PATH, then the warnings (with original offsets)."""
    from gongbu.text import clean as clean_text

    cleaned = clean_text(_read_input(path))
    if as_json:
        json.dump(
            {
                "text": cleaned.text,
                "starts": list(cleaned.starts),
                "ends": list(cleaned.ends),
                "warnings": [w.to_dict() for w in cleaned.warnings],
            },
            sys.stdout,
            ensure_ascii=False,
        )
        print()
        return
    print(cleaned.text)
    print(f"\n--- {len(cleaned.warnings)} warning(s) ---")
    for w in cleaned.warnings:
        snippet = cleaned.original[w.start : w.end].replace("\n", " ")
        if len(snippet) > 40:
            snippet = snippet[:40] + "…"
        print(f"[{w.start}, {w.end}) {w.code}: {snippet}")


def _input_names(path: str) -> list[str]:
    """One file, every ``.txt`` file of a folder (any case of the suffix), or ``-`` for standard input."""
    if path == "-":
        return ["-"]
    p = Path(path)
    if p.is_dir():
        files = sorted(str(f) for f in p.iterdir() if f.suffix.lower() == ".txt" and f.is_file())
        if not files:
            raise typer.BadParameter(f"no .txt files in {path}")
        return files
    if not p.exists():
        raise typer.BadParameter(f"no such file: {path}")
    return [path]


def _check_output(out: Path, inputs: list[str]) -> None:
    """Refuse, before any parsing, an output that would replace an input or cannot be written."""
    import os

    target = Path(os.path.realpath(out))
    for name in inputs:
        if name != "-" and Path(os.path.realpath(name)) == target:
            _fail(f"refusing to write the output over its own input {name}; choose another -o")
    if target.is_dir():
        _fail(f"-o {out} is a folder; give a file name")
    if str(target).startswith(("/proc/", "/sys/", "/dev/")) and target != Path("/dev/null"):
        _fail(f"-o {out} is not a regular file")
    parent = target.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        _fail(f"cannot write {out}: {parent} is not a folder")
    if not os.access(parent, os.W_OK | os.X_OK):
        _fail(f"cannot write {out}: no write permission in {parent}")


def _readable(names: list[str]):
    """(name, text) of each input, skipping (and reporting) a file of a folder that cannot be read."""
    for name in names:
        try:
            yield name, _read_input(name)
        except typer.BadParameter as exc:
            if len(names) == 1:
                raise
            typer.secho(f"skipped: {exc.message}", fg=typer.colors.YELLOW, err=True)


class Format(StrEnum):
    json = "json"
    jsonl = "jsonl"
    table = "table"
    html = "html"
    csv = "csv"


class Engine(StrEnum):
    builtin = "builtin"
    dask = "dask"


class Rows(StrEnum):
    flows = "flows"
    partnerships = "partnerships"
    entities = "entities"


@app.command()
def parse(
    path: Annotated[str, typer.Argument(help="A text file, a folder of .txt files, or - for standard input.")],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format (csv: the flow table).")] = Format.json,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of standard output.")] = None,
    n_process: Annotated[int, typer.Option(help="Worker processes for the model.")] = 1,
    date: Annotated[str | None, typer.Option(
        "--date", help="The documents' date, YYYY-MM-DD: 今年, 三年来, 2016年以来 … in periods end in its year.",
    )] = None,
    engine: Annotated[Engine, typer.Option(help="builtin: parse_many on this machine; dask: a Dask cluster "
                                                "(pip install \"gongbu[dask]\"), PATH may be a glob.")
                      ] = Engine.builtin,
    scheduler: Annotated[str | None, typer.Option(help="With --engine dask: the scheduler's address "
                                                       "(tcp://host:8786); without it a local cluster.")] = None,
    workers: Annotated[int | None, typer.Option(help="With --engine dask: local worker processes (default: "
                                                     "one per core), or workers to wait for on --scheduler.")] = None,
    rows: Annotated[Rows | None, typer.Option(help="With --engine dask: write these table rows, each with "
                                                   "its source, instead of whole reports.")] = None,
) -> None:
    """Parse reports into entities, relations, partnerships, flows and warnings.

    JSON Lines and tables are written as each document is parsed, so a large folder
    needs no more memory than one document; a bar on standard error shows progress.
    Without --date, each document's periods use a full date in its dateline or heading.
    With ``--engine dask``, ``-o`` a folder or a ``.parquet`` name writes Parquet partitions.
    """
    from tqdm import tqdm

    from gongbu.normalise.periods import as_date
    from gongbu.pipeline import parse_many

    try:
        day = as_date(date)
    except ValueError:
        raise typer.BadParameter(f"--date wants YYYY-MM-DD, not {date!r}") from None
    if engine is Engine.dask:
        if n_process != 1:
            _fail("--engine dask has --workers, not --n-process")
        _parse_on_dask(path, fmt, out, date=day, scheduler=scheduler, workers=workers, rows=rows)
        return
    if scheduler or workers or rows:
        _fail("--scheduler, --workers and --rows go with --engine dask")
    names = _input_names(path)
    if out is not None:
        _check_output(out, names)
    inputs = list(_readable(names)) if len(names) == 1 else _readable(names)
    shown: list[str] = []

    def texts():
        for name, text in inputs:
            shown.append(name)
            yield text

    reports = parse_many(texts(), dates=day, n_process=n_process)
    # A bar only when there is something to wait for; it goes to stderr, never into the output.
    bar = tqdm(reports, total=len(names), desc="parsing", unit="doc", disable=len(names) < 3, file=sys.stderr)
    named = ((shown[k], r) for k, r in enumerate(bar))
    with _output(out) as sink:
        _write_reports(sink, named, fmt, single=len(names) == 1)
    if out is not None:
        typer.echo(f"wrote {out}", err=True)


def _parquet_target(out: Path | None) -> bool:
    return out is not None and (out.is_dir() or out.suffix.lower() == ".parquet")


def _parse_on_dask(path: str, fmt: Format, out: Path | None, *, date, scheduler: str | None,
                   workers: int | None, rows: Rows | None) -> None:
    """``gongbu parse --engine dask``: JSON Lines in input order, or Parquet written by the workers."""
    from tqdm import tqdm

    try:
        from distributed import Client
    except ImportError:
        _fail('--engine dask needs dask: pip install "gongbu[dask]"')
    from gongbu import dask as on_dask

    parquet = _parquet_target(out)
    if fmt is not Format.jsonl:
        _fail("--engine dask writes --format jsonl (to a file, or Parquet to a folder or a .parquet name)")
    if path == "-":
        _fail("--engine dask reads files: give a folder or a glob, not standard input")
    files = on_dask.text_files(path)
    if not files:
        raise typer.BadParameter(f"no .txt files in {path}" if Path(path).is_dir() else f"no files match {path}")
    if parquet and out.exists() and any(out.iterdir()):
        _fail(f"-o {out} is a folder that is not empty; Parquet goes to a new or empty folder")
    if out is not None and not parquet:
        _check_output(out, files)
    texts = on_dask.read_texts(files)
    with contextlib.ExitStack() as stack:
        if scheduler:
            client = stack.enter_context(Client(scheduler))
            if workers:
                client.wait_for_workers(workers)
        else:
            client = stack.enter_context(Client(stack.enter_context(on_dask.local_cluster(workers))))
        # Loaded as each worker starts: a worker that cannot load the model fails before any task.
        client.register_plugin(on_dask.LoadPipeline())
        output = rows.value if rows else "reports"
        if parquet:
            # The workers write the partitions themselves: on a cluster, -o must be on a shared file system.
            on_dask.parse_frame(texts, output=output, date=date).to_parquet(str(out), write_index=False)
        else:
            bag = texts.to_bag(index=False)
            parts = tqdm(on_dask.parse_partitions(client, bag, output=output, date=date), total=bag.npartitions,
                         desc="parsing", unit="part", disable=bag.npartitions < 3, file=sys.stderr)
            with _output(out) as sink:
                for part in parts:
                    for record in part:
                        # "source", as the builtin engine writes, so both outputs read alike (and as gold).
                        record = {"source": record.pop("id"), **record}
                        sink.write(json.dumps(record, ensure_ascii=False) + "\n")
                    sink.flush()
    if out is not None:
        typer.echo(f"wrote {out}", err=True)


@contextlib.contextmanager
def _output(out: Path | None):
    """Standard output, or a temporary file beside ``out`` renamed onto it once complete."""
    if out is None:
        yield sys.stdout
        return
    from gongbu.files import atomic_writer

    with atomic_writer(out) as fh:
        yield fh


def _write_reports(sink, named, fmt: Format, *, single: bool) -> None:
    from gongbu.render import to_html, to_table

    if fmt is Format.html:
        sink.write(to_html(list(named)))
    elif fmt is Format.csv:
        _write_flow_csv(sink, named, single=single)
    elif fmt is Format.table:
        for name, report in named:
            sink.write(to_table(report, name))
    elif fmt is Format.jsonl:
        for name, report in named:
            sink.write(json.dumps({"source": name, **report.to_dict()}, ensure_ascii=False) + "\n")
            sink.flush()
    elif single:
        for _, report in named:
            sink.write(report.to_json(indent=1) + "\n")
    else:  # several documents as one JSON array, written item by item
        sink.write("[")
        for k, (name, report) in enumerate(named):
            sink.write(("," if k else "") + "\n" + json.dumps({"source": name, **report.to_dict()}, ensure_ascii=False))
        sink.write("\n]\n")


FLOW_CSV_COLUMNS = ["kind", "text", "amount", "approx", "category", "from", "to", "start", "end"]


def _write_flow_csv(sink, named, *, single: bool) -> None:
    """The flow table (names, not indices); with several documents a first ``source`` column says whose."""
    import csv

    writer = None
    for name, report in named:
        rows = report.named_flows()
        if writer is None:
            fields = list(rows[0]) if rows else FLOW_CSV_COLUMNS
            writer = csv.DictWriter(sink, fieldnames=fields if single else ["source", *fields],
                                    extrasaction="ignore", lineterminator="\n")
            writer.writeheader()
        for row in rows:
            writer.writerow(row if single else {"source": name, **row})
        sink.flush()


def _doc_ids(names: list[str]) -> list[str]:
    """Document ids: the corpus id of ``NNN_hash.txt`` names (003), else the file stem; stems where
    short ids would collide."""
    import re

    stems = [Path(n).stem for n in names]
    short = [m.group(1) if (m := re.fullmatch(r"(\d+)_[0-9a-f]{8,}", s)) else s for s in stems]
    return short if len(set(short)) == len(short) else stems


@app.command()
def ledger(
    path: Annotated[str, typer.Argument(help="A text file or a folder of .txt files.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="ledger.parquet, .csv, .duckdb or .html (the dashboard).")],
    dates: Annotated[Path | None, typer.Option(help="CSV or JSON of document id (file stem, file name or corpus "
                                                    "id) → date, for periods and the years stated.")] = None,
    n_process: Annotated[int, typer.Option(help="Worker processes for the model.")] = 1,
) -> None:
    """Parse every document into one corpus ledger: flows, partnerships and entities, the same fact
    once with all its sources; write it as Parquet, CSV, DuckDB or a self-contained HTML dashboard.

    Parquet and CSV put the flows in OUT and each other table beside it (OUT.statements.parquet …).
    Documents are parsed one after another (a bar on standard error shows progress), so a large
    folder needs the memory of its rows, not of its reports.
    """

    from tqdm import tqdm

    from gongbu.ledger import Ledger
    from gongbu.ledger.build import date_of, read_dates
    from gongbu.ledger.export import SUFFIXES
    from gongbu.pipeline import parse_many

    suffix = out.suffix.lower()
    if suffix not in (*SUFFIXES, ".htm"):
        raise typer.BadParameter(f"-o {out}: the ledger is written as {', '.join(SUFFIXES)}; "
                                 f"{out.suffix or 'no suffix'} is none of them", param_hint="'--out'")
    if path == "-":
        raise typer.BadParameter("the ledger reads files (a file or a folder), not standard input")
    names = _input_names(path)
    _check_output(out, names)
    try:
        known = read_dates(dates) if dates else {}
    except FileNotFoundError:
        raise typer.BadParameter(f"no such file: {dates}", param_hint="'--dates'") from None
    except (ValueError, OSError) as exc:
        raise typer.BadParameter(str(exc), param_hint="'--dates'") from None
    ids = _doc_ids(names)
    id_of = dict(zip(names, ids, strict=True))
    doc_dates = {id_of[n]: date_of(n, known) for n in names}
    if len(set(ids)) != len(ids):
        _fail("two input files have the same name stem; a ledger needs one id per document")
    inputs = _readable(names)
    shown: list[str] = []

    def texts():
        for name, text in inputs:
            shown.append(name)
            yield text

    def text_dates():
        # parse_many takes a text, then its date: the date of the file just read.
        n = 0
        while n < len(shown):
            yield doc_dates[id_of[shown[n]]]
            n += 1

    reports = parse_many(texts(), dates=text_dates() if known else None, n_process=n_process)
    bar = tqdm(reports, total=len(names), desc="ledger", unit="doc", file=sys.stderr)
    built = Ledger.from_reports(((id_of[shown[k]], r) for k, r in enumerate(bar)), dates=doc_dates)
    try:
        written = built.write(out)
    except ImportError as exc:
        _fail(str(exc))
    unmatched = set(known) - {k for n in names for k in (Path(n).stem, Path(n).name, Path(n).stem.split("_")[0])}
    if unmatched:
        typer.echo(f"note: {len(unmatched)} date(s) in {dates} name no input document", err=True)
    typer.echo(f"{built!r}\nwrote " + ", ".join(str(w) for w in written), err=True)


def _safe_model_dir(output: Path) -> None:
    """Refuse an output that is not a new folder or an earlier gongbu pipeline."""
    here = Path.cwd().resolve()
    target = output.resolve()
    if target == here or target in here.parents:
        _fail(f"refusing --output {output}: it is the working folder or one of its parents")
    if target.exists():
        is_pipeline = (target / "meta.json").is_file() and (target / "config.cfg").is_file()
        if not target.is_dir() or (any(target.iterdir()) and not is_pipeline):
            _fail(f"refusing --output {output}: it exists and is not a gongbu pipeline; choose a new folder")


@app.command()
def train(
    output: Annotated[Path, typer.Option(help="A new folder for the trained pipeline (an earlier one is kept as "
                                              "FOLDER.previous).")] = Path("training/gongbu_zh"),
    work_dir: Annotated[Path, typer.Option(help="Scratch folder for corpora and checkpoints.")] = Path("training"),
    augment: Annotated[int, typer.Option(help="Synthetic paragraphs added to the gold.")] = 800,
    epochs: Annotated[int, typer.Option(help="Training epochs.")] = 10,
    seed: Annotated[int, typer.Option(help="Seed for everything random.")] = 0,
    rules_only: Annotated[bool, typer.Option("--rules-only", help="Write the rules-only pipeline instead "
                                                                   "(no training): what ships.")] = False,
    config: Annotated[Path | None, typer.Option(help="Training config (default configs/ner_hints.cfg); its "
                                                     "[components.gongbu_entity_rules] block says how rules and "
                                                     "model combine.")] = None,
) -> None:
    """Train a pipeline on the train split (hinted ner + rules), CPU, seeded; the checkpoint is chosen on dev.

    The locked test part is never trained on or looked at. The dev scores printed and written
    into the pipeline's meta.json come from documents it did not train on, next to the rules
    alone on the same documents: a trained pipeline is worth its cost only where it beats them. The shipped model
    is never overwritten unless you name its folder; what was there before is kept as
    ``OUTPUT.previous``. Use the result with ``gongbu.parse(text, model=OUTPUT)``.
    """
    import shutil
    import tempfile

    from gongbu.data.gold import read_gold
    from gongbu.data.splits import read_splits
    from gongbu.data.validate import validate
    from gongbu.training import ner as training

    _safe_model_dir(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=output.parent, prefix=f".{output.name}."))
    if rules_only:
        training.rules_only().to_disk(staging)
        trained_on: list[str] = []
    else:
        docs = read_gold()
        problems = validate(docs)
        if problems:
            for p in problems:
                typer.echo(p, err=True)
            shutil.rmtree(staging)
            _fail("the gold does not validate; fix it before training")
        splits = read_splits()
        trained_on = splits["train"]
        best = training.train_pipeline(work_dir, trained_on, splits["dev"], augment=augment, seed=seed,
                                       max_epochs=epochs, config=config)
        shutil.copytree(best, staging, dirs_exist_ok=True)
    dev = _dev_scores(staging)
    rules_dev = dev if rules_only else _dev_scores(None)
    settings = {"rules_only": True} if rules_only else {
        "augment": augment, "epochs": epochs, "seed": seed, "rules_only": False,
        "config": str(config or training.config_path(True).name)}
    _write_meta(staging, trained_on, dev, settings, rules_dev)
    backup = output.with_name(output.name + ".previous")
    if output.exists():
        if backup.exists():
            shutil.rmtree(backup)
        output.rename(backup)
    staging.rename(output)
    kept = f"; the previous one is in {backup}" if backup.exists() else ""
    typer.echo(f"dev (not trained on): entities {dev['entities']:.3f}, relations {dev['relations']:.3f}, "
               f"partnerships {dev['partnerships']:.3f}")
    if not rules_only:
        per = "; ".join(f"{lab} {dev['per_label'][lab]:.3f} ({rules_dev['per_label'][lab]:.3f})"
                        for lab in dev["per_label"] if lab != "micro")
        typer.echo(f"rules alone on dev: entities {rules_dev['entities']:.3f}; per label, trained (rules): {per}")
    typer.echo(f"pipeline written to {output}{kept}")


def _dev_scores(model_dir: Path | None) -> dict:
    """Scores on the dev split of the pipeline in ``model_dir`` (``None``: the rules alone)."""
    from gongbu.evaluation.scoring import score
    from gongbu.pipeline import load, parse_many
    from gongbu.training.ner import rules_only

    pairs, structures = _gold_split("dev")
    nlp = load(model_dir) if model_dir is not None else rules_only()
    result = score(zip([g for g, _ in pairs], parse_many([t for _, t in pairs], nlp=nlp), strict=True),
                   structures)
    return {"entities": result["entities"]["micro"]["f1"], "relations": result["relations"]["micro"]["f1"],
            "partnerships": result["partnerships"]["f1"],
            "per_label": {k: v["f1"] for k, v in result["entities"].items()}}


def _write_meta(model_dir: Path, trained_on: list[str], dev: dict, settings: dict, rules_dev: dict) -> None:
    # The version of the gongbu that wrote the pipeline (this source tree, also when it is
    # run from a checkout that is not the installed distribution).
    from gongbu import __version__

    meta_path = model_dir / "meta.json"
    meta = json.loads(meta_path.read_text("utf-8")) if meta_path.exists() else {}
    kind = "rules and gazetteer" if settings.get("rules_only") else "rules, gazetteer hints and a trained ner"
    meta.update({"name": "gongbu_zh", "version": __version__,
                 "description": f"gongbu's Chinese entity pipeline: {kind}"})
    meta["gongbu"] = {"gongbu_version": __version__, "trained_on": trained_on, "dev_scores": dev,
                      "rules_only_dev_scores": rules_dev, "settings": settings,
                      "note": "dev scores come from the dev split, which the model did not train on; the rules "
                              "were written while reading it (in-sample for them), docs/evaluation.md has the "
                              "locked test part"}
    from gongbu.files import atomic_write_text

    atomic_write_text(meta_path, json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


def _gold_from_reports(path: Path) -> list:
    """(gold document, text) pairs from JSON Lines in the Report shape (what ``gongbu parse --format jsonl`` writes)."""
    from gongbu.data.gold import AnnotationError, GoldDocument, GoldEntity, GoldRelation

    out = []
    for n, line in enumerate(_read_input(str(path)).splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            ents = tuple(GoldEntity(e["label"], e["start"], e["end"], e["text"], e.get("norm"))
                         for e in rec["entities"])
            rels = tuple(GoldRelation(r["label"], r["head"], r["tail"]) for r in rec.get("relations", ()))
            text = rec["text"]
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise AnnotationError(f"{path}:{n}: not a Report record (text, entities, relations): {exc}") from None
        for e in ents:
            if text[e.start : e.end] != e.text:
                raise AnnotationError(f"{path}:{n}: entity {e.text!r} does not stand at [{e.start}, {e.end})")
        doc_id = str(rec.get("id") or rec.get("source") or n)
        out.append((GoldDocument(doc_id, "", "", ents, rels), text))
    return out


def _thresholds(specs: list[str]) -> dict[str, float]:
    out = {}
    for spec in specs:
        key, eq, value = spec.partition("=")
        try:
            out[key] = float(value)
        except ValueError:
            raise typer.BadParameter(f"--min takes NAME=NUMBER, not {spec!r}") from None
        if not eq:
            raise typer.BadParameter(f"--min takes NAME=NUMBER, not {spec!r}")
    return out


def _figure(result: dict, name: str) -> float | None:
    """The F1 that a --min name stands for: entity, relation, partnership or a label."""
    if name == "entity":
        return result["entities"]["micro"]["f1"]
    if name == "relation":
        return result["relations"]["micro"]["f1"]
    if name == "partnership":
        return result["partnerships"]["f1"]
    for kind in ("entities", "relations"):
        if name in result[kind]:
            return result[kind][name]["f1"]
    return result["norms"].get(name)


@app.command()
def package(
    model: Annotated[Path, typer.Argument(help="A trained pipeline folder (from gongbu train).")],
    output: Annotated[Path, typer.Argument(help="Folder for the wheel.")] = Path("dist"),
    name: Annotated[str, typer.Option(help="Package name; spaCy prefixes the language: zh_NAME.")] = "gongbu_zh",
    version: Annotated[str | None, typer.Option(help="Package version (default: the pipeline's).")] = None,
) -> None:
    """Build a wheel of a trained pipeline: ``pip install`` it, then ``spacy.load("zh_NAME")``."""
    from gongbu.training.package import PackageError, package_pipeline

    try:
        wheel = package_pipeline(model, output, name=name, version=version)
    except PackageError as err:
        _fail(str(err))
    typer.echo(str(wheel))


@app.command()
def evaluate(
    split: Annotated[str, typer.Option(help="Gold documents to score: dev, train, seeds (000–004), test "
                                            "(locked: once per submitted change) or all.")] = "dev",
    gold: Annotated[Path | None, typer.Option(help="Score against this JSONL in the Report shape instead.")] = None,
    model: Annotated[Path | None, typer.Option(help="A trained pipeline folder (default: the shipped one).")] = None,
    rules_only: Annotated[bool, typer.Option("--rules-only", help="Entities from the rules alone.")] = False,
    minimum: Annotated[list[str] | None, typer.Option("--min", help="NAME=F1 a run must reach, e.g. entity=0.95, "
                                                      "ORG=0.8, relation=0.85, partnership=0.9.")] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write every figure as JSON here.")] = None,
    cv: Annotated[bool, typer.Option("--cv", help="Instead: train fold models, leave one document out "
                                               "(about ten minutes), and write docs/crossval.*.")] = False,
    hanlp: Annotated[str | None, typer.Option(help="With --cv: also score HanLP's NER (a model name or "
                                                  "local folder).")] = None,
) -> None:
    """Score the pipeline against gold: entities, relations and partnerships per label, norms, per structure.

    Exits 1 with one line per missed threshold when a --min is not reached, so CI can gate on it.
    The test split is locked: score it once per submitted change, never to choose settings.
    """
    if hanlp:
        from gongbu.baselines.hanlp import HanLPBackend, HanLPUnavailable

        try:  # fail before an hour of training, not after
            HanLPBackend(hanlp)
        except HanLPUnavailable as exc:
            _fail(str(exc))
    if cv or hanlp:
        _evaluate_cv(hanlp)
        return
    from gongbu.data.gold import AnnotationError
    from gongbu.evaluation.scoring import score
    from gongbu.pipeline import load, parse_many

    limits = _thresholds(minimum or [])
    structures: dict = {}
    try:
        if gold is not None:
            pairs = _gold_from_reports(gold)
        else:
            pairs, structures = _gold_split(split)
    except (AnnotationError, OSError, ValueError) as exc:
        _fail(str(exc))
    if rules_only:
        from gongbu.training.ner import rules_only as make_rules

        nlp = make_rules()
    else:
        nlp = load(model) if model else load()
    reports = parse_many([text for _, text in pairs], nlp=nlp)
    reports = list(reports)
    result = score(((g, r) for (g, _), r in zip(pairs, reports, strict=True)), structures)
    if gold is None:
        from gongbu.evaluation.periods import read_period_gold, score_periods

        result["periods"] = score_periods({g.id: r for (g, _), r in zip(pairs, reports, strict=True)},
                                          read_period_gold())
    result["split"] = str(gold) if gold else split
    result["pipeline"] = "rules-only" if rules_only else str(model or "shipped")
    if json_out:
        from gongbu.files import atomic_write_text

        atomic_write_text(json_out, json.dumps(result, ensure_ascii=False, indent=1) + "\n")
    _print_scores(result)
    _check_thresholds(result, limits)


def _check_thresholds(result: dict, limits: dict[str, float]) -> None:
    """Exit 1 with one line naming every figure below its --min."""
    missed = []
    for name, limit in limits.items():
        got = _figure(result, name)
        if got is None:
            _fail(f"--min {name}: no such figure (entity, relation, partnership, a label, or LABEL.field)")
        if got < limit:
            missed.append(f"{name} {got:.3f} < {limit:.3f}")
    if missed:
        _fail("below threshold: " + "; ".join(missed))


def _gold_split(split: str) -> tuple[list, dict]:
    from gongbu.corpus import corpus_dir, read_manifest, read_text
    from gongbu.data.gold import read_gold
    from gongbu.data.splits import read_splits

    docs = read_gold()
    if split != "all":
        splits = read_splits()
        splits["seeds"] = [i for fold in splits["folds"] for i in fold]
        if split not in ("train", "dev", "test", "seeds"):
            raise ValueError(f"--split must be train, dev, test, seeds or all, not {split!r}")
        wanted = set(splits[split])
        docs = [d for d in docs if d.id in wanted]
    manifest = {r["id"]: r for r in read_manifest()}
    structures = {d.id: manifest.get(d.id, {}).get("structures", []) for d in docs}
    return [(d, read_text(corpus_dir() / d.file)) for d in docs], structures


def _print_scores(result: dict) -> None:
    print(f"{result['documents']} documents ({result['split']}), pipeline {result['pipeline']}")
    print("| kind | label | P | R | F1 |\n|---|---|---:|---:|---:|")
    for kind in ("entities", "relations"):
        for label, r in result[kind].items():
            print(f"| {kind} | {label} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} |")
    p = result["partnerships"]
    print(f"| partnerships | | {p['precision']:.3f} | {p['recall']:.3f} | {p['f1']:.3f} |")
    print("norms on matched spans: " + ", ".join(f"{k} {v:.3f}" for k, v in result["norms"].items() if v is not None))
    if result.get("periods", {}).get("quantities"):
        p = result["periods"]
        print(f"periods of gold quantities ({p['quantities']}, {p['missed']} not found): exact {p['exact']:.3f}, "
              f"start {p['start']:.3f}, end {p['end']:.3f}, cumulative {p['cumulative']:.3f}")


def _evaluate_cv(hanlp: str | None) -> None:
    from gongbu.evaluation import crossval as evaluation
    from gongbu.files import atomic_write_text

    result = evaluation.run(work_dir=Path("training/eval"), log=lambda m: typer.echo(m, err=True), hanlp_model=hanlp)
    md = evaluation.to_markdown(result, "gongbu evaluate --cv")
    atomic_write_text(Path("docs") / "crossval.json", json.dumps(result, ensure_ascii=False, indent=1) + "\n")
    atomic_write_text(Path("docs") / "crossval.md", md)
    print(md)


@corpus_app.command("manifest")
def corpus_manifest() -> None:
    """Rebuild corpus/manifest.jsonl from the documents."""
    from gongbu.corpus import write_manifest

    print(write_manifest())


def _read_gold_or_fail(path: Path | None) -> tuple[Path, list]:
    """The gold file (default annotations/gold.jsonl) and its documents, or one line saying what is wrong."""
    from gongbu.data.gold import AnnotationError, annotations_dir, read_gold

    path = path or annotations_dir() / "gold.jsonl"
    try:
        return path, read_gold(path)
    except (AnnotationError, OSError) as exc:
        _fail(str(exc))
        raise  # unreachable: _fail exits


@annotations_app.command("validate")
def annotations_validate(
    path: Annotated[Path | None, typer.Argument(help="Gold JSONL (default annotations/gold.jsonl).")] = None,
) -> None:
    """Check gold annotations against the corpus and SPEC; exit 1 listing every problem."""
    from gongbu.data.validate import validate

    path, docs = _read_gold_or_fail(path)
    problems = validate(docs, source=str(path))
    for p in problems:
        typer.echo(p, err=True)
    if problems:
        _fail(f"{len(problems)} problem(s) in {path}")
    n_ent = sum(len(d.entities) for d in docs)
    n_rel = sum(len(d.relations) for d in docs)
    typer.echo(f"{path}: {len(docs)} documents, {n_ent} entities, {n_rel} relations: valid")


@annotations_app.command("agreement")
def annotations_agreement(
    a: Annotated[Path, typer.Argument(help="Folder of pass A markup files.")],
    b: Annotated[Path, typer.Argument(help="Folder of pass B markup files.")],
    out: Annotated[Path | None, typer.Option(help="Also write the figures as JSON here.")] = None,
) -> None:
    """Inter-annotator agreement of two passes: entity F1 per label, relation F1 per type."""
    from gongbu.data.agreement import agreement
    from gongbu.data.passes import read_pass

    result = agreement(read_pass(a), read_pass(b))
    if out:
        out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print("| kind | label | pass A | pass B | agreed | F1 |\n|---|---|---:|---:|---:|---:|")
    for kind in ("entities", "relations"):
        for label, r in result[kind].items():
            print(f"| {kind} | {label} | {r['a']} | {r['b']} | {r['tp']} | {r['f1']:.3f} |")


@annotations_app.command("import-markup")
def annotations_import_markup(
    folder: Annotated[Path, typer.Argument(help="Folder of NNN.mk markup files (with NNN.norms.jsonl beside them).")],
    out: Annotated[Path | None, typer.Option(help="Gold JSONL to write.")] = None,
    propose_norms: Annotated[bool, typer.Option("--propose-norms", help="Fill norms the annotator did not write "
                                                "with the normaliser's proposal, marked needs_review.")] = False,
) -> None:
    """Turn markup files (and the annotators' norms beside them) into a gold JSONL."""
    from gongbu.data.gold import annotations_dir, write_gold
    from gongbu.data.passes import read_pass

    docs = read_pass(folder)
    if propose_norms:
        docs = [_propose_norms(d) for d in docs]
    path = write_gold(docs, out or annotations_dir() / "gold.jsonl")
    review = sum(len(d.meta.get("needs_review", ())) for d in docs)
    typer.echo(f"wrote {len(docs)} documents to {path}" + (f"; {review} proposed norms need review" if review else ""))


def _propose_norms(doc):
    """New or moved spans get the normaliser's proposal, listed under meta.needs_review for a person."""
    from dataclasses import replace

    from gongbu.data.norms import fill_norms

    missing = [k for k, e in enumerate(doc.entities) if e.norm is None]
    if not missing:
        return doc
    return replace(fill_norms(doc), meta={**doc.meta, "needs_review": missing})


@annotations_app.command("review")
def annotations_review(
    path: Annotated[Path | None, typer.Argument(help="Gold JSONL (default annotations/gold.jsonl).")] = None,
) -> None:
    """List the norms a person still has to confirm (proposed by the normaliser on import)."""
    path, docs = _read_gold_or_fail(path)
    n = 0
    for doc in docs:
        for k in doc.meta.get("needs_review", ()):
            e = doc.entities[k]
            n += 1
            print(f"{doc.id}\t{k}\t{e.label}\t{e.text}\t{json.dumps(e.norm, ensure_ascii=False)}")
    typer.echo(f"{n} proposed norm(s) to review in {path}", err=True)


@annotations_app.command("labelstudio-config")
def annotations_labelstudio_config() -> None:
    """Print the Label Studio labelling config (paste it into a project's Labeling Interface)."""
    from gongbu.data.interchange import labelstudio_config

    sys.stdout.write(labelstudio_config())


@annotations_app.command("predict")
def annotations_predict(
    path: Annotated[str, typer.Argument(help="A text file or a folder of .txt files.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Label Studio task file (JSON) to write.")],
    model: Annotated[Path | None, typer.Option(help="A trained pipeline folder (default: the shipped one).")] = None,
) -> None:
    """Write Label Studio tasks with gongbu's predictions as pre-annotations (model version, span sources)."""
    from gongbu.data.interchange import predictions_to_labelstudio
    from gongbu.files import atomic_write_text
    from gongbu.pipeline import load, model_path, parse_many

    names = _input_names(path)
    _check_output(out, names)
    inputs = list(_readable(names))
    nlp = load(model) if model else load()
    meta = json.loads(((model or model_path()) / "meta.json").read_text("utf-8"))
    version = f"{meta.get('name', 'gongbu_zh')} {meta.get('version', '?')}"
    reports = parse_many([t for _, t in inputs], nlp=nlp)
    items = [(Path(n).stem.split("_")[0], t, r) for (n, t), r in zip(inputs, reports, strict=True)]
    atomic_write_text(out, predictions_to_labelstudio(items, version))
    typer.echo(f"wrote {len(items)} tasks with predictions ({version}) to {out}")


@annotations_app.command("export")
def annotations_export(
    fmt: Annotated[str, typer.Option("--format", help="labelstudio or doccano")],
    out: Annotated[Path, typer.Option(help="File to write.")],
    path: Annotated[Path | None, typer.Option(help="Gold JSONL (default annotations/gold.jsonl).")] = None,
) -> None:
    """Export the gold annotations for Label Studio (JSON) or doccano (JSONL)."""
    from gongbu.data import interchange
    from gongbu.data.gold import read_gold

    writer = {"labelstudio": interchange.to_labelstudio, "doccano": interchange.to_doccano}.get(fmt)
    if writer is None:
        raise typer.BadParameter("--format must be labelstudio or doccano")
    text = writer(read_gold(path))
    from gongbu.files import atomic_write_text

    atomic_write_text(out, text)
    typer.echo(f"wrote {out}")


@annotations_app.command("import")
def annotations_import(
    fmt: Annotated[str, typer.Option("--format", help="labelstudio or doccano")],
    source: Annotated[Path, typer.Argument(help="Exported file, corrected by annotators.")],
    out: Annotated[Path | None, typer.Option(help="Gold JSONL to write (default annotations/gold.jsonl).")] = None,
    replace: Annotated[bool, typer.Option("--replace", help="Make the gold exactly the imported documents.")] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Report what would change; write nothing.")] = False,
) -> None:
    """Import corrected annotations from Label Studio or doccano into the gold, document by document.

    Imported documents replace their own gold records; every other document of the
    gold is kept (``--replace`` drops them). A task with no annotations keeps the
    document's gold. Entities whose label and offsets are unchanged keep their norms.
    """
    from gongbu.data import interchange
    from gongbu.data.gold import AnnotationError, annotations_dir, read_gold, write_gold
    from gongbu.data.validate import validate

    reader = {"labelstudio": interchange.from_labelstudio, "doccano": interchange.from_doccano}.get(fmt)
    if reader is None:
        raise typer.BadParameter("--format must be labelstudio or doccano")
    target = out or annotations_dir() / "gold.jsonl"
    try:
        previous = read_gold(target) if target.exists() else []
        docs = reader(_read_input(str(source)), previous=previous, source=str(source))
    except AnnotationError as exc:
        _fail(str(exc))
    problems = validate(docs, source=str(source), check_norms=False)
    if problems:
        for p in problems:
            typer.echo(p, err=True)
        _fail(f"{len(problems)} problem(s); nothing written")
    docs = [_propose_norms(d) for d in docs]
    old = {d.id: d for d in previous}
    merged = {} if replace else dict(old)
    for doc in docs:
        before = old.get(doc.id)
        if not doc.entities and before is not None and before.entities and not replace:
            typer.echo(f"{doc.id}: the import has no annotations for it; its gold is kept", err=True)
            continue
        merged[doc.id] = doc
        was = {(e.label, e.start, e.end) for e in before.entities} if before else set()
        now = {(e.label, e.start, e.end) for e in doc.entities}
        pending = len(doc.meta.get("needs_review", ()))
        typer.echo(f"{doc.id}: {len(now - was)} entities added, {len(was - now)} removed, "
                   f"{len(doc.relations)} relations" + (f", {pending} proposed norms to review" if pending else ""),
                   err=True)
    for doc_id in sorted(set(old) - set(merged)):
        typer.echo(f"{doc_id}: dropped (--replace)", err=True)
    if dry_run:
        typer.echo(f"dry run: {target} not written")
        return
    write_gold([merged[k] for k in sorted(merged)], target)
    pending = sum(len(d.meta.get("needs_review", ())) for d in merged.values())
    typer.echo(f"wrote {len(merged)} documents to {target}"
               + (f"; {pending} proposed norms to review (gongbu annotations review)" if pending else ""))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
