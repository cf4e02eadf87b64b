"""Training and evaluation helpers for the entity recogniser (used by ``gongbu train``).

The model reads the CLEANED text (``gongbu.text.clean``), so gold spans, given
in offsets of the original corpus files, are mapped into the working copy
(:func:`original_to_cleaned` over the cleaner's offset lists, or
``gongbu.data.convert.to_spacy_docs``, which does the same). Documents are cut
into paragraphs, the unit the pipeline is fed at run time (MEASUREMENTS.md:
whole documents in a batch cost gigabytes), and synthetic paragraphs from
:mod:`gongbu.entities.augment` are added to the training set.

Training is spaCy's own ``train`` on ``configs/ner.cfg``; nothing here is a
hand-written loop or scorer.
"""

from __future__ import annotations

import bisect
import itertools
import shutil
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from gongbu.labels import ENTITY_LABELS

REPO = Path(__file__).resolve().parents[2]
CONFIG = REPO / "configs" / "ner.cfg"
HINTS_CONFIG = REPO / "configs" / "ner_hints.cfg"
MODEL_DIR = REPO / "models" / "gongbu_zh"
PATTERNS = Path(__file__).resolve().parent / "data" / "patterns.jsonl"


# ---------------------------------------------------------------------- offsets
def original_to_cleaned(start: int, end: int, starts: Sequence[int], ends: Sequence[int]) -> tuple[int, int]:
    """Map ``[start, end)`` of the original text to the working (cleaned) text.

    ``starts[i]``/``ends[i]`` are the original offsets that working character ``i``
    stands for (``gongbu.text.Cleaned.starts``/``.ends``); a removed pinyin gloss
    belongs to the character before it, so a span that ends after a gloss ends
    after that character. The result holds exactly the working characters whose
    original range starts inside ``[start, end)``.

    >>> # "協(xié)作" cleaned to "协作": 协 ← [0, 6), 作 ← [6, 7)
    >>> original_to_cleaned(0, 7, [0, 6], [6, 7])
    (0, 2)
    >>> original_to_cleaned(6, 7, [0, 6], [6, 7])
    (1, 2)
    """
    if len(starts) != len(ends):
        raise ValueError(f"offset lists differ in length: {len(starts)} != {len(ends)}")
    if start > end:
        raise ValueError(f"span ({start}, {end}) is reversed")
    return bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)


# ---------------------------------------------------------------------- corpora
def split_paragraphs(doc, *, max_chars: int = 400) -> list:
    """Cut a ``Doc`` with entities at line breaks (never inside an entity) into paragraph ``Doc``s."""
    from spacy.tokens import Doc

    text = doc.text
    ent_chars = bytearray(len(text) + 1)
    for e in doc.ents:
        ent_chars[e.start_char : e.end_char] = b"\1" * (e.end_char - e.start_char)
    cuts = [0]
    for i, ch in enumerate(text):
        if ch == "\n" and not ent_chars[i]:
            cuts.append(i + 1)
        elif i - cuts[-1] >= max_chars and ch in "。;!?" and not ent_chars[i]:
            cuts.append(i + 1)
    cuts.append(len(text))
    out = []
    for a, b in itertools.pairwise(cuts):
        span = doc.char_span(a, b, alignment_mode="contract")
        if span is None or not span.text.strip():
            continue
        sub = span.as_doc()
        if not sub.text.strip():
            continue
        out.append(sub)
    return [d for d in out if isinstance(d, Doc)]


def gold_docs(nlp, ids: Iterable[str] | None = None, *, paragraphs: bool = True) -> list:
    """Gold documents (``annotations/gold.jsonl``) as cleaned-text ``Doc``s, optionally as paragraphs."""
    from gongbu.data.convert import to_spacy_docs
    from gongbu.data.gold import read_gold

    want = set(ids) if ids is not None else None
    docs = [d for d in read_gold() if want is None or d.id in want]
    out = []
    for doc in to_spacy_docs(docs, nlp, cleaned=True):
        out.extend(split_paragraphs(doc) if paragraphs else [doc])
    return out


def build_corpora(
    out_dir: str | Path,
    *,
    train_ids: Iterable[str] = (),
    dev_ids: Iterable[str] = (),
    n_augment: int = 3000,
    seed: int = 0,
    gold_repeat: int = 1,
) -> tuple[Path, Path]:
    """Write ``train.spacy`` (gold ``train_ids`` paragraphs + augmentation) and ``dev.spacy``.

    Without ``dev_ids`` the dev set is a separate draw of synthetic paragraphs
    (another seed), which only tells whether training converged.
    """
    import spacy
    from spacy.tokens import DocBin

    from gongbu.entities.augment import make_docs

    nlp = spacy.blank("zh")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    train_ids, dev_ids = list(train_ids), list(dev_ids)
    train = (gold_docs(nlp, train_ids) if train_ids else []) * gold_repeat
    train += make_docs(nlp, n_augment, seed=seed) if n_augment else []
    dev = gold_docs(nlp, dev_ids) if dev_ids else make_docs(nlp, max(50, n_augment // 10), seed=seed + 9973)
    tp, dp = out_dir / "train.spacy", out_dir / "dev.spacy"
    DocBin(docs=train).to_disk(tp)
    DocBin(docs=dev).to_disk(dp)
    return tp, dp


# ---------------------------------------------------------------------- training
def train(
    output_path: str | Path,
    train_path: str | Path,
    dev_path: str | Path,
    *,
    config_path: str | Path = CONFIG,
    overrides: dict[str, Any] | None = None,
) -> Path:
    """Run ``spacy train`` on the config; returns ``output_path/model-best``."""
    from spacy.cli.train import train as spacy_train

    import gongbu.entities.hints
    import gongbu.entities.ruler  # noqa: F401  (registers the factory without the entry point)

    ov = {"paths.train": str(train_path), "paths.dev": str(dev_path), "paths.patterns": str(PATTERNS)}
    ov.update(overrides or {})
    spacy_train(Path(config_path), Path(output_path), overrides=ov)
    return Path(output_path) / "model-best"


def export_model(best: str | Path, dest: str | Path = MODEL_DIR) -> Path:
    """Copy a trained pipeline to ``dest`` (default ``models/gongbu_zh``) without training leftovers."""
    best, dest = Path(best), Path(dest)
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(best, dest)
    return dest


def export_rules_only(dest: str | Path = MODEL_DIR) -> Path:
    """Write the rules-only pipeline (blank ``zh`` + ``gongbu_entity_rules``) to ``dest``.

    This is what ships while no trained variant beats the rules (docs/entities.md):
    ``doc.ents`` are the rule entities, ``ent.ent_id_`` their rule ids.
    """
    import spacy

    import gongbu.entities  # noqa: F401

    dest = Path(dest)
    if dest.exists():
        shutil.rmtree(dest)
    nlp = spacy.blank("zh")
    nlp.add_pipe(RULES, config={"overwrite_ents": True, "mark_model": True}).initialize()
    nlp.meta.update(
        {
            "name": "gongbu_zh",
            "version": "0.1.0",
            "description": "gongbu entities (GPE, ORG, MONEY, PERSON-COUNT, PROGRAMME) on cleaned text: "
            "rules and gazetteer; ent.ent_id_ is the rule id. See docs/entities.md.",
        }
    )
    nlp.to_disk(dest)
    return dest


# ---------------------------------------------------------------------- evaluation
def evaluate_docs(nlp, gold_docs: Iterable, *, batch_size: int = 64) -> dict[str, Any]:
    """P/R/F per label with strict span match: ``nlp`` run on each gold doc's text.

    Returns ``{"p", "r", "f", "per_label": {label: {"p", "r", "f"}}, "n_gold", "n_pred"}``,
    computed by spaCy's ``Scorer`` (``get_ner_prf``) over ``Example``s.
    """
    from spacy.scorer import get_ner_prf
    from spacy.training import Example

    gold = list(gold_docs)
    preds = nlp.pipe((g.text for g in gold), batch_size=batch_size)
    examples = [Example(p, g) for p, g in zip(preds, gold, strict=True)]
    scores = get_ner_prf(examples)
    per = scores.get("ents_per_type") or {}
    return {
        "p": scores["ents_p"],
        "r": scores["ents_r"],
        "f": scores["ents_f"],
        "per_label": {lab: per.get(lab, {"p": 0.0, "r": 0.0, "f": 0.0}) for lab in ENTITY_LABELS},
        "n_gold": sum(len(g.ents) for g in gold),
        "n_pred": sum(len(e.predicted.ents) for e in examples),
    }


def rules_only(nlp_or_none=None):
    """A blank Chinese pipeline with only the rule component (for comparisons)."""
    import spacy

    import gongbu.entities.ruler  # noqa: F401

    nlp = nlp_or_none or spacy.blank("zh")
    nlp.add_pipe("gongbu_entity_rules")
    return nlp


RULES = "gongbu_entity_rules"
HINTS = "gongbu_entity_hints"

# Evaluation variants: name -> (trained model kind or None, placement of the rules).
# Model kinds: "plain" (configs/ner.cfg: tok2vec + ner) and "hinted" (configs/ner_hints.cfg:
# gongbu_entity_hints writes the rule matches into token.tag_, tok2vec embeds TAG).
VARIANTS: dict[str, tuple[str | None, str]] = {
    "rules": (None, "rules"),
    "ner": ("plain", "ner"),
    "ner+rules": ("plain", "override"),
    "hinted": ("hinted", "ner"),
    "hinted+rules": ("hinted", "override"),
    "hinted+rules[MONEY,PERSON-COUNT]": ("hinted", "override:MONEY,PERSON-COUNT"),
    "hinted+rules[GPE,MONEY,PERSON-COUNT]": ("hinted", "override:GPE,MONEY,PERSON-COUNT"),
    # Rules override everywhere, and amounts and head counts come from the rules alone.
    "hinted+rules+numbers": ("hinted", "override-numbers"),
}
KIND_CONFIG = {"plain": CONFIG, "hinted": HINTS_CONFIG}
# How train_pipeline places the rules after a trained ner: override on all labels was the best
# trained arrangement in LODO and on the unseen reports (docs/entities.md).
SHIP_RULES = "override-numbers"


def variant(nlp, mode: str):
    """``nlp`` with the rules placed as ``mode``: "ner" (no rules), "after" (fill gaps),
    "override" (rules win), "override:LAB,LAB" (rules win for these labels, the others
    are not used), "before" (preset, ner predicts around them). Model entities get
    ``ent_id_`` "model"."""
    labels = None
    if ":" in mode:
        mode, lab = mode.split(":", 1)
        labels = [x for x in lab.split(",") if x]
    if RULES in nlp.pipe_names:
        rules = nlp.get_pipe(RULES)
        patterns, places = rules.patterns, rules.places
        nlp.remove_pipe(RULES)
    else:
        patterns = places = None
    if mode == "ner":
        return nlp
    if mode not in ("after", "override", "override-numbers", "before"):
        raise ValueError(f"unknown rule placement {mode!r}")
    cfg = {"overwrite_ents": mode.startswith("override"), "labels": labels, "mark_model": True,
           "rules_only_labels": ["MONEY", "PERSON-COUNT"] if mode == "override-numbers" else None}
    kw = {"before": "ner"} if mode == "before" else {}
    pipe = nlp.add_pipe(RULES, config=cfg, **kw)
    if patterns is not None:
        pipe.set_patterns(patterns, places)
    return nlp


# ---------------------------------------------------------------------- one model
def train_pipeline(
    output_dir: str | Path,
    train_ids: Iterable[str],
    dev_ids: Iterable[str],
    *,
    augment: int = 2000,
    seed: int = 0,
    hints: bool = True,
    gold_repeat: int = 2,
    max_epochs: int = 10,
    overrides: dict[str, Any] | None = None,
    rules: str | None = SHIP_RULES,
    quiet: bool = False,
) -> Path:
    """Train one pipeline on gold ``train_ids`` (+ ``augment`` synthetic paragraphs), dev on ``dev_ids``.

    ``hints`` picks ``configs/ner_hints.cfg`` (rules as features, noisy hints in
    training) over ``configs/ner.cfg``. CPU only; everything is seeded by ``seed``
    (corpus draw, spaCy's ``system.seed``, the hint noise). Returns ``output_dir/model-best``
    (checkpoint chosen on the gold dev documents, scored without the rules); ``rules``
    then adds ``gongbu_entity_rules`` after ``ner`` in that placement (:func:`variant`;
    ``None``: no rule component).
    """
    output_dir = Path(output_dir)
    tp, dp = build_corpora(
        output_dir / "corpus",
        train_ids=train_ids,
        dev_ids=dev_ids,
        n_augment=augment,
        seed=seed,
        gold_repeat=gold_repeat,
    )
    ov: dict[str, Any] = {
        "system.seed": seed,
        "training.seed": seed,
        "training.max_epochs": max_epochs,
        "training.eval_frequency": 50,
        "training.patience": 600,
    }
    # The rules are left out while training: with them, the dev score (and so the choice
    # of checkpoint) measures the rules, and an untrained ner can win (it did).
    ov["nlp.pipeline"] = [HINTS, "tok2vec", "ner"] if hints else ["tok2vec", "ner"]
    ov.update(overrides or {})
    cfg = HINTS_CONFIG if hints else CONFIG
    if quiet:
        import contextlib
        import io

        with contextlib.redirect_stdout(io.StringIO()):
            best = train(output_dir, tp, dp, config_path=cfg, overrides=ov)
    else:
        best = train(output_dir, tp, dp, config_path=cfg, overrides=ov)
    for path in (best, best.parent / "model-last"):
        if rules is not None and path.exists():
            attach_rules(path, rules)
    return best


def attach_rules(model_dir: str | Path, mode: str = SHIP_RULES) -> Path:
    """Add ``gongbu_entity_rules`` after ``ner`` in a saved pipeline (see :func:`variant` for ``mode``)."""
    import spacy

    import gongbu.entities  # noqa: F401

    nlp = variant(spacy.load(model_dir), mode)
    nlp.to_disk(model_dir)
    return Path(model_dir)


def _train_job(args: tuple) -> str:
    """Worker for :func:`cross_validate` (one training in its own process, log to a file)."""
    out, train_ids, dev_ids, kw = args
    import contextlib
    import sys

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "train.log", "w") as log, contextlib.redirect_stdout(log), contextlib.redirect_stderr(log):
        best = train_pipeline(out, train_ids, dev_ids, **kw)
        sys.stdout.flush()
    return str(best)


def load_variant(name: str, models: dict[str, Path]):
    """The pipeline of variant ``name`` (see :data:`VARIANTS`) from the trained ``models`` by kind."""
    import spacy

    import gongbu.entities  # noqa: F401

    kind, mode = VARIANTS[name] if name in VARIANTS else _parse_variant(name)
    if kind is None:
        return rules_only()
    return variant(spacy.load(models[kind]), mode)


def _parse_variant(name: str) -> tuple[str | None, str]:
    """``hinted+rules[GPE,MONEY]`` style names not in :data:`VARIANTS`."""
    base, _, rest = name.partition("+rules")
    kind = {"ner": "plain", "hinted": "hinted"}[base]
    if not rest:
        return kind, "override"
    return kind, "override:" + rest.strip("[]")


# ---------------------------------------------------------------------- LODO
def _folds() -> list[list[str]]:
    import json

    return json.loads((REPO / "annotations" / "splits.json").read_text("utf-8"))["folds"]


def _all_ids() -> list[str]:
    from gongbu.data.gold import read_gold

    return sorted(d.id for d in read_gold())


def score_examples(examples: Sequence) -> dict[str, Any]:
    """Micro P/R/F overall and per label (spaCy ``get_ner_prf``, strict spans)."""
    from spacy.scorer import get_ner_prf

    scores = get_ner_prf(list(examples))
    per = scores.get("ents_per_type") or {}
    return {
        "p": scores["ents_p"],
        "r": scores["ents_r"],
        "f": scores["ents_f"],
        "per_label": {lab: per.get(lab, {"p": 0.0, "r": 0.0, "f": 0.0}) for lab in ENTITY_LABELS},
        "n_gold": sum(len(e.reference.ents) for e in examples),
        "n_pred": sum(len(e.predicted.ents) for e in examples),
    }


def predict_examples(nlp, gold: Iterable, *, batch_size: int = 64) -> list:
    from spacy.training import Example

    gold = list(gold)
    return [Example(p, g) for p, g in zip(nlp.pipe((g.text for g in gold), batch_size=batch_size), gold, strict=True)]


def cross_validate(
    variants: Iterable[str] = tuple(VARIANTS),
    *,
    work_dir: str | Path = Path("/tmp/gongbu-lodo"),
    folds: Sequence[Sequence[str]] | None = None,
    augment: int = 800,
    max_epochs: int = 6,
    seed: int = 0,
    n_jobs: int = 2,
    reuse: bool = True,
) -> dict[str, Any]:
    """Leave-one-document-out: per held-out document, train on the other four (+ ``augment``
    synthetic paragraphs), choose the checkpoint on one of them (the next id after the held-out
    one), and score every variant on the held-out document's paragraphs.

    Returns ``{"variants": {name: micro scores over all folds (per label)}, "folds": {id: {name: f}},
    "settings": {...}}``. Trained models stay in ``work_dir/<held-out>/<kind>`` and are reused.
    """
    import concurrent.futures as cf
    import multiprocessing as mp

    import spacy

    variants = list(variants)
    folds = [list(f) for f in (folds or _folds())]
    ids = _all_ids()
    work_dir = Path(work_dir)
    kinds = sorted({(VARIANTS[v] if v in VARIANTS else _parse_variant(v))[0] for v in variants} - {None})
    plan = {}
    jobs = []
    for held in folds:
        train_ids = [i for i in ids if i not in held]
        dev = [train_ids[(ids.index(held[0])) % len(train_ids)]]
        for kind in kinds:
            out = work_dir / "-".join(held) / kind
            plan[("-".join(held), kind)] = out / "model-best"
            if reuse and (out / "model-best" / "meta.json").exists():
                continue
            kw = {"augment": augment, "seed": seed, "hints": kind == "hinted", "max_epochs": max_epochs}
            jobs.append((str(out), train_ids, dev, kw))
    if jobs:
        with cf.ProcessPoolExecutor(max_workers=n_jobs, mp_context=mp.get_context("spawn")) as ex:
            for _ in ex.map(_train_job, jobs):
                pass
    nlp0 = spacy.blank("zh")
    examples: dict[str, list] = {v: [] for v in variants}
    per_fold: dict[str, dict[str, float]] = {}
    for held in folds:
        key = "-".join(held)
        gold = gold_docs(nlp0, held)
        models = {kind: plan[(key, kind)] for kind in kinds}
        per_fold[key] = {}
        for v in variants:
            ex = predict_examples(load_variant(v, models), gold)
            examples[v].extend(ex)
            per_fold[key][v] = score_examples(ex)["f"]
    return {
        "variants": {v: score_examples(examples[v]) for v in variants},
        "folds": per_fold,
        "settings": {"augment": augment, "max_epochs": max_epochs, "seed": seed, "folds": folds},
    }


# ---------------------------------------------------------------------- unseen reports
def unseen_docs(nlp, folder: str | Path, *, paragraphs: bool = True) -> list:
    """``*.mk`` reports (inline markup) as cleaned-text gold ``Doc``s (spans mapped through ``clean``)."""
    from gongbu.data.markup import parse_markup
    from gongbu.text import clean

    out = []
    for path in sorted(Path(folder).glob("*.mk")):
        md = parse_markup(path.read_text("utf-8"), name=str(path))
        c = clean(md.text)
        doc = nlp.make_doc(c.text)
        spans = []
        for e in md.entities:
            s, t = c.original_to_span(e.start, e.end)
            span = doc.char_span(s, t, label=e.label, alignment_mode="expand")
            if span is not None and len(span):
                spans.append(span)
        from spacy.util import filter_spans

        doc.ents = filter_spans(spans)
        doc.user_data["gongbu_id"] = path.stem
        out.extend(split_paragraphs(doc) if paragraphs else [doc])
    return out


def evaluate_unseen(nlp, folder: str | Path = REPO / "tests" / "fixtures" / "unseen") -> dict[str, Any]:
    """P/R/F per label of ``nlp`` on the unseen reports in ``folder`` (strict spans, cleaned text)."""
    import spacy

    gold = unseen_docs(spacy.blank("zh"), folder)
    if not gold:
        raise FileNotFoundError(f"no *.mk reports in {folder}")
    res = score_examples(predict_examples(nlp, gold))
    res["n_docs"] = len(list(Path(folder).glob("*.mk")))
    return res


# ---------------------------------------------------------------------- report
def format_table(results: dict[str, dict[str, Any]]) -> str:
    """A markdown table: one row per variant, P/R/F overall and F per label."""
    head = "| variant | P | R | F | " + " | ".join(f"{lab} P/R/F" for lab in ENTITY_LABELS) + " |"
    sep = "|" + "---|" * (4 + len(ENTITY_LABELS))
    rows = [head, sep]
    for name, r in results.items():
        cells = [f"{r['p']:.3f}", f"{r['r']:.3f}", f"{r['f']:.3f}"]
        for lab in ENTITY_LABELS:
            x = r["per_label"][lab]
            cells.append(f"{x['p']:.2f}/{x['r']:.2f}/{x['f']:.2f}")
        rows.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def _main(argv: Sequence[str] | None = None) -> None:
    import argparse
    import json

    ap = argparse.ArgumentParser(description="Train and evaluate the gongbu entity recogniser.")
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("train", help="train one pipeline (default: all gold docs, hinted)")
    t.add_argument("output", type=Path)
    t.add_argument("--train-ids", nargs="*", default=None)
    t.add_argument("--dev-ids", nargs="*", default=["004"])
    t.add_argument("--augment", type=int, default=2000)
    t.add_argument("--seed", type=int, default=0)
    t.add_argument("--epochs", type=int, default=10)
    t.add_argument("--no-hints", action="store_true")
    t.add_argument("--export", action="store_true", help="copy model-best to models/gongbu_zh")
    sub.add_parser("export-rules", help="write the rules-only pipeline (what ships) to models/gongbu_zh")
    t.add_argument(
        "--set",
        dest="overrides",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="config override, e.g. --set training.max_epochs=15 (JSON values)",
    )
    c = sub.add_parser("cv", help="leave-one-document-out over the gold documents")
    c.add_argument("--work-dir", type=Path, default=Path("/tmp/gongbu-lodo"))
    c.add_argument("--variants", nargs="*", default=list(VARIANTS))
    c.add_argument("--augment", type=int, default=800)
    c.add_argument("--epochs", type=int, default=6)
    c.add_argument("--seed", type=int, default=0)
    c.add_argument("--jobs", type=int, default=2)
    c.add_argument("--json", type=Path, default=None)
    u = sub.add_parser("unseen", help="evaluate variants of trained models on the unseen reports")
    u.add_argument("--plain", type=Path, help="model dir of the plain (no hints) pipeline")
    u.add_argument("--hinted", type=Path, help="model dir of the hinted pipeline")
    u.add_argument("--folder", type=Path, default=REPO / "tests" / "fixtures" / "unseen")
    u.add_argument("--variants", nargs="*", default=list(VARIANTS))
    u.add_argument("--json", type=Path, default=None)
    args = ap.parse_args(argv)
    if args.cmd == "train":
        ov = {}
        for o in args.overrides:
            k, v = o.split("=", 1)
            try:
                ov[k] = json.loads(v)
            except json.JSONDecodeError:
                ov[k] = v
        best = train_pipeline(
            args.output,
            args.train_ids if args.train_ids is not None else _all_ids(),
            args.dev_ids,
            augment=args.augment,
            seed=args.seed,
            hints=not args.no_hints,
            max_epochs=args.epochs,
            overrides=ov,
        )
        print(best)
        if args.export:
            print(export_model(best))
    elif args.cmd == "export-rules":
        print(export_rules_only())
    elif args.cmd == "cv":
        res = cross_validate(
            args.variants,
            work_dir=args.work_dir,
            augment=args.augment,
            max_epochs=args.epochs,
            seed=args.seed,
            n_jobs=args.jobs,
        )
        print(format_table(res["variants"]))
        print(json.dumps(res["folds"], indent=1))
        if args.json:
            args.json.write_text(json.dumps(res, indent=1, ensure_ascii=False))
    else:
        models = {k: v for k, v in (("plain", args.plain), ("hinted", args.hinted)) if v is not None}
        res = {}
        for v in args.variants:
            kind = (VARIANTS[v] if v in VARIANTS else _parse_variant(v))[0]
            if kind is not None and kind not in models:
                continue
            res[v] = evaluate_unseen(load_variant(v, models), args.folder)
        print(format_table(res))
        if args.json:
            args.json.write_text(json.dumps(res, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    _main()
