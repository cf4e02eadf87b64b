"""The ``gongbu`` command line, in the style of spaCy's: one typer app, one sub-app per noun."""

from __future__ import annotations

import json
import sys
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
    if path == "-":
        return sys.stdin.read()
    p = Path(path)
    if not p.is_file():
        raise typer.BadParameter(f"no such file: {path}")
    data = p.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    # Chinese pages are often saved in GBK; GB18030 is its superset.
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise typer.BadParameter(
            f"{path} is neither UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) nor GB18030"
        ) from None
    typer.echo(f"note: {path} is not UTF-8; read it as GB18030", err=True)
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


def _inputs(path: str) -> list[tuple[str, str]]:
    """(name, text) of one file, every *.txt of a folder, or standard input."""
    if path == "-":
        return [("<stdin>", sys.stdin.read())]
    p = Path(path)
    if p.is_dir():
        files = sorted(f for f in p.iterdir() if f.suffix == ".txt" and f.is_file())
        if not files:
            raise typer.BadParameter(f"no .txt files in {path}")
        return [(str(f), _read_input(str(f))) for f in files]
    return [(path, _read_input(path))]


@app.command()
def parse(
    path: Annotated[str, typer.Argument(help="A text file, a folder of .txt files, or - for standard input.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="json, jsonl, table or html.")] = "json",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of standard output.")] = None,
    n_process: Annotated[int, typer.Option(help="Worker processes for the model.")] = 1,
) -> None:
    """Parse reports into entities, relations, partnerships, flows and warnings."""
    from tqdm import tqdm

    from gongbu.pipeline import parse_many
    from gongbu.render import to_html, to_table

    if fmt not in ("json", "jsonl", "table", "html"):
        raise typer.BadParameter("--format must be json, jsonl, table or html")
    inputs = _inputs(path)
    names = [name for name, _ in inputs]
    reports = parse_many((text for _, text in inputs), n_process=n_process)
    # A bar only when there is something to wait for; it goes to stderr, never into the output.
    reports = tqdm(reports, total=len(inputs), desc="parsing", unit="doc", disable=len(inputs) < 3, file=sys.stderr)
    if fmt == "html":
        result = to_html(list(zip(names, reports, strict=True)))
    elif fmt == "table":
        result = "".join(to_table(r, n) for n, r in zip(names, reports, strict=True))
    elif fmt == "jsonl":
        result = "".join(
            json.dumps({"source": n, **r.to_dict()}, ensure_ascii=False) + "\n"
            for n, r in zip(names, reports, strict=True)
        )
    elif len(inputs) == 1:
        result = next(iter(reports)).to_json(indent=1) + "\n"
    else:  # several documents as one JSON array
        items = [{"source": n, **r.to_dict()} for n, r in zip(names, reports, strict=True)]
        result = json.dumps(items, ensure_ascii=False, indent=1) + "\n"
    if out:
        from gongbu.data.gold import atomic_write_text

        atomic_write_text(out, result)
        typer.echo(f"wrote {out}", err=True)
    else:
        sys.stdout.write(result)


@app.command()
def train(
    output: Annotated[Path, typer.Option(help="Where the trained pipeline goes.")] = Path("models/gongbu_zh"),
    work_dir: Annotated[Path, typer.Option(help="Scratch folder for corpora and checkpoints.")] = Path("training"),
    augment: Annotated[int, typer.Option(help="Synthetic paragraphs added to the gold.")] = 1500,
    epochs: Annotated[int, typer.Option(help="Training epochs.")] = 10,
    seed: Annotated[int, typer.Option(help="Seed for everything random.")] = 0,
) -> None:
    """Train the shipped pipeline on all gold documents (hinted ner + rules), CPU, seeded."""
    import shutil

    from gongbu.data.gold import read_gold
    from gongbu.data.validate import validate
    from gongbu.entities import training

    docs = read_gold()
    problems = validate(docs)
    if problems:
        for p in problems:
            typer.echo(p, err=True)
        _fail("the gold does not validate; fix it before training")
    ids = [d.id for d in docs]
    # Every document trains; the last one also picks the checkpoint (there is no
    # held-out gold left: docs/evaluation.md measures held-out quality separately).
    best = training.train_pipeline(work_dir, ids, ids[-1:], augment=augment, seed=seed, max_epochs=epochs)
    if output.exists():
        shutil.rmtree(output)
    shutil.copytree(best, output)
    typer.echo(f"trained on {len(ids)} documents; pipeline written to {output}")


@app.command()
def evaluate(
    work_dir: Annotated[Path, typer.Option(help="Scratch folder for the fold models.")] = Path("training/eval"),
    augment: Annotated[int, typer.Option(help="Synthetic paragraphs per training.")] = 1500,
    epochs: Annotated[int, typer.Option(help="Training epochs per fold.")] = 10,
    jobs: Annotated[int, typer.Option(help="Trainings run in parallel.")] = 2,
    docs: Annotated[Path, typer.Option(help="Where evaluation.md and evaluation.json go.")] = Path("docs"),
    hanlp: Annotated[str | None, typer.Option(help="Also score HanLP's NER (a model name or local folder).")] = None,
) -> None:
    """Leave-one-document-out, test-split and unseen-report scores per label; writes docs/evaluation.*."""
    from gongbu import evaluation

    if hanlp:
        from gongbu.baselines.hanlp import HanLPBackend, HanLPUnavailable

        try:  # fail before an hour of training, not after
            HanLPBackend(hanlp)
        except HanLPUnavailable as exc:
            _fail(str(exc))
    result = evaluation.run(work_dir=work_dir, augment=augment, epochs=epochs, jobs=jobs,
                            log=lambda m: typer.echo(m, err=True), hanlp_model=hanlp)
    command = "gongbu evaluate" + (f" --augment {augment}" if augment != 1500 else "") + (
        f" --epochs {epochs}" if epochs != 10 else "")
    md = evaluation.to_markdown(result, command)
    from gongbu.data.gold import atomic_write_text

    atomic_write_text(docs / "evaluation.json", json.dumps(result, ensure_ascii=False, indent=1) + "\n")
    atomic_write_text(docs / "evaluation.md", md)
    print(md)


@corpus_app.command("manifest")
def corpus_manifest() -> None:
    """Rebuild corpus/manifest.jsonl from the documents."""
    from gongbu.corpus import write_manifest

    print(write_manifest())


@annotations_app.command("validate")
def annotations_validate(
    path: Annotated[Path | None, typer.Argument(help="Gold JSONL (default annotations/gold.jsonl).")] = None,
) -> None:
    """Check gold annotations against the corpus and SPEC; exit 1 listing every problem."""
    from gongbu.data.gold import AnnotationError, annotations_dir, read_gold
    from gongbu.data.validate import validate

    path = path or annotations_dir() / "gold.jsonl"
    try:
        docs = read_gold(path)
    except (AnnotationError, OSError) as exc:
        _fail(str(exc))
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
    folder: Annotated[Path, typer.Argument(help="Folder of NNN.mk markup files.")],
    out: Annotated[Path | None, typer.Option(help="Gold JSONL to write.")] = None,
    norms: Annotated[bool, typer.Option(help="Fill norms with the normaliser.")] = True,
) -> None:
    """Turn markup files into a gold JSONL (norms proposed by the normaliser, to be reviewed)."""
    from gongbu.data.gold import annotations_dir, write_gold
    from gongbu.data.passes import read_pass

    docs = read_pass(folder)
    if norms:
        from gongbu.data.norms import fill_norms

        docs = [fill_norms(d) for d in docs]
    path = write_gold(docs, out or annotations_dir() / "gold.jsonl")
    typer.echo(f"wrote {len(docs)} documents to {path}")


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
    from gongbu.data.gold import atomic_write_text

    atomic_write_text(out, text)
    typer.echo(f"wrote {out}")


@annotations_app.command("import")
def annotations_import(
    fmt: Annotated[str, typer.Option("--format", help="labelstudio or doccano")],
    source: Annotated[Path, typer.Argument(help="Exported file, corrected by annotators.")],
    out: Annotated[Path | None, typer.Option(help="Gold JSONL to write (default annotations/gold.jsonl).")] = None,
) -> None:
    """Import corrected annotations from Label Studio or doccano, keeping reviewed norms."""
    from gongbu.data import interchange
    from gongbu.data.gold import AnnotationError, annotations_dir, read_gold, write_gold
    from gongbu.data.validate import validate

    reader = {"labelstudio": interchange.from_labelstudio, "doccano": interchange.from_doccano}.get(fmt)
    if reader is None:
        raise typer.BadParameter("--format must be labelstudio or doccano")
    target = out or annotations_dir() / "gold.jsonl"
    previous = read_gold(target) if target.exists() else []
    try:
        docs = reader(source.read_text("utf-8"), previous=previous, source=str(source))
    except AnnotationError as exc:
        _fail(str(exc))
    problems = validate(docs, source=str(source), check_norms=False)
    if problems:
        for p in problems:
            typer.echo(p, err=True)
        _fail(f"{len(problems)} problem(s); nothing written")
    write_gold(docs, target)
    typer.echo(f"wrote {len(docs)} documents to {target}")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
