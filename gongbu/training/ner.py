"""Training and evaluation helpers for the entity recogniser (used by ``gongbu train``).

The model reads the CLEANED text (``gongbu.text.clean``), so gold spans, given
in offsets of the original corpus files, are mapped into the working copy by
``gongbu.data.convert.to_spacy_docs``. Documents are cut
into paragraphs, the unit the pipeline is fed at run time (MEASUREMENTS.md:
whole documents in a batch cost gigabytes), and synthetic paragraphs from
:mod:`gongbu.training.augment` are added to the training set.

Training is spaCy's own ``train`` on ``configs/ner.cfg``; nothing here is a
hand-written loop or scorer.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from gongbu.labels import ENTITY_LABELS
from gongbu.paths import configs_dir
from gongbu.text.chunks import MAX_CHARS, windows


def config_path(hints: bool) -> Path:
    """``configs/ner_hints.cfg`` (rules as features) or ``configs/ner.cfg``."""
    return configs_dir() / ("ner_hints.cfg" if hints else "ner.cfg")


def patterns_path() -> Path:
    """The rule patterns that ship with the package (the training config reads them)."""
    return Path(str(resources.files("gongbu.entities").joinpath("data/patterns.jsonl")))


# ---------------------------------------------------------------------- offsets
# ---------------------------------------------------------------------- corpora
def split_paragraphs(doc, *, max_chars: int = MAX_CHARS) -> list:
    """Cut a ``Doc`` with entities into the pieces the pipeline reads at run time (:func:`gongbu.text.chunks.windows`).

    A cut that would fall inside a gold entity is not made (the two pieces stay one), so
    every entity is learned whole.
    """
    from spacy.tokens import Doc

    text = doc.text
    inside = bytearray(len(text) + 1)
    for e in doc.ents:
        inside[e.start_char + 1 : e.end_char] = b"\1" * max(0, e.end_char - e.start_char - 1)
    cuts = [0]
    for w in windows(text, max_chars=max_chars):
        for edge in (w.keep_start, w.keep_end):
            if edge > cuts[-1] and not inside[edge]:
                cuts.append(edge)
    if cuts[-1] < len(text):
        cuts.append(len(text))
    out = []
    for a, b in itertools.pairwise(cuts):
        span = doc.char_span(a, b, alignment_mode="contract")
        if span is None or not span.text.strip():
            continue
        sub = span.as_doc()
        if sub.text.strip():
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

    from gongbu.training.augment import make_docs

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
    config: str | Path | None = None,
    overrides: dict[str, Any] | None = None,
) -> Path:
    """Run ``spacy train`` on the config; returns ``output_path/model-best``."""
    from spacy.cli.train import train as spacy_train

    import gongbu.entities.hints
    import gongbu.entities.ruler  # noqa: F401  (registers the factory without the entry point)

    ov = {"paths.train": str(train_path), "paths.dev": str(dev_path), "paths.patterns": str(patterns_path())}
    ov.update(overrides or {})
    spacy_train(Path(config or config_path(True)), Path(output_path), overrides=ov)
    return Path(output_path) / "model-best"


# ---------------------------------------------------------------------- evaluation
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
    "ner+rules+org-heads": ("plain", "override-org-heads"),
    "hinted": ("hinted", "ner"),
    "hinted+rules": ("hinted", "override"),
    "hinted+rules[MONEY,PERSON-COUNT]": ("hinted", "override:MONEY,PERSON-COUNT"),
    "hinted+rules[GPE,MONEY,PERSON-COUNT]": ("hinted", "override:GPE,MONEY,PERSON-COUNT"),
    # Rules override everywhere, and amounts and head counts come from the rules alone.
    "hinted+rules+numbers": ("hinted", "override-numbers"),
    # Division of labour: every label from the rules; the ner adds ORG spans where no rule matched.
    "hinted+rules+org": ("hinted", "override-org"),
    # ... and only ORG spans that end with an organisation head noun (lexicon/data/org_heads.tsv).
    "hinted+rules+org-heads": ("hinted", "override-org-heads"),
    # ... and the ner's PROGRAMME spans where no rule matched.
    "hinted+rules+org-heads+programme": ("hinted", "override-org-heads-programme"),
}
# The rule settings of each placement after a trained ner (gongbu_entity_rules config).
PLACEMENTS: dict[str, dict[str, Any]] = {
    "after": {"overwrite_ents": False},
    "before": {"overwrite_ents": False},
    "override": {"overwrite_ents": True},
    "override-numbers": {"overwrite_ents": True, "rules_only_labels": ["MONEY", "PERSON-COUNT"]},
    "override-org": {"overwrite_ents": True, "model_labels": ["ORG"]},
    "override-org-heads": {"overwrite_ents": True, "model_labels": ["ORG"], "model_heads": True},
    "override-org-heads-programme": {"overwrite_ents": True, "model_labels": ["ORG", "PROGRAMME"],
                                     "model_heads": True},
}


def rules_settings(config: str | Path) -> dict[str, Any]:
    """The ``[components.gongbu_entity_rules]`` settings of a training config (how the rules follow the ner)."""
    from spacy.util import load_config

    block = dict(load_config(Path(config), interpolate=False)["components"].get(RULES) or {})
    block.pop("factory", None)
    return block


def variant(nlp, mode: str | dict[str, Any]):
    """``nlp`` with the rules placed as ``mode``: "ner" (no rules), "after" (fill gaps),
    "override" (rules win), "override:LAB,LAB" (rules win for these labels, the others
    are not used), "before" (preset, ner predicts around them), or another key of
    :data:`PLACEMENTS`; or a dict of ``gongbu_entity_rules`` settings (placed after the
    ner). Model entities get ``ent_id_`` "model"."""
    labels = None
    if isinstance(mode, str) and ":" in mode:
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
    if isinstance(mode, dict):
        cfg = {"mark_model": True, **mode}
    elif mode in PLACEMENTS:
        cfg = {"labels": labels, "mark_model": True, **PLACEMENTS[mode]}
    else:
        raise ValueError(f"unknown rule placement {mode!r}; expected 'ner' or one of {sorted(PLACEMENTS)}")
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
    rules: str | dict[str, Any] | None = "config",
    config: str | Path | None = None,
    quiet: bool = False,
) -> Path:
    """Train one pipeline on gold ``train_ids`` (+ ``augment`` synthetic paragraphs), dev on ``dev_ids``.

    ``hints`` picks ``configs/ner_hints.cfg`` (rules as features, noisy hints in
    training) over ``configs/ner.cfg``. CPU only; everything is seeded by ``seed``
    (corpus draw, spaCy's ``system.seed``, the hint noise). Returns ``output_dir/model-best``
    (checkpoint chosen on the gold dev documents, scored without the rules); ``rules``
    then adds ``gongbu_entity_rules`` after ``ner`` in that placement (:func:`variant`;
    ``"config"``: the settings of the config's ``[components.gongbu_entity_rules]``;
    ``None``: no rule component). ``config`` replaces the config ``hints`` picks.
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
    cfg = Path(config) if config else config_path(hints)
    if config:
        from spacy.util import load_config

        hints = HINTS in load_config(cfg, interpolate=False)["nlp"]["pipeline"]
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
    if rules == "config":
        rules = rules_settings(cfg)
    if quiet:
        import contextlib
        import io

        with contextlib.redirect_stdout(io.StringIO()):
            best = train(output_dir, tp, dp, config=cfg, overrides=ov)
    else:
        best = train(output_dir, tp, dp, config=cfg, overrides=ov)
    for path in (best, best.parent / "model-last"):
        if rules is not None and path.exists():
            attach_rules(path, rules)
    return best


def attach_rules(model_dir: str | Path, mode: str | dict[str, Any] = "override-org-heads") -> Path:
    """Add ``gongbu_entity_rules`` after ``ner`` in a saved pipeline (see :func:`variant` for ``mode``)."""
    import spacy

    import gongbu.entities.hints
    import gongbu.entities.ruler  # noqa: F401  (register the factories where the entry points are not installed)

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

    import gongbu.entities.hints
    import gongbu.entities.ruler  # noqa: F401  (register the factories where the entry points are not installed)

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
    from gongbu.data.splits import read_splits

    return read_splits()["folds"]


def development_ids() -> list[str]:
    """Every document a model may train on: train and dev, never the locked test part."""
    from gongbu.data.gold import read_gold
    from gongbu.data.splits import read_splits

    splits = read_splits()
    allowed = set(splits["train"]) | set(splits["dev"])
    return sorted(d.id for d in read_gold() if d.id in allowed)


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
    ids = development_ids()
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
