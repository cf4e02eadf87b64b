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


def variant(nlp, mode: str):
    """``nlp`` with the rules placed as ``mode``: "ner" (no rules), "after" (fill gaps),
    "override" (rules win), "before" (preset, ner predicts around them)."""
    import spacy

    names = [n for n in nlp.pipe_names if n != "gongbu_entity_rules"]
    if "gongbu_entity_rules" in nlp.pipe_names:
        rules = nlp.get_pipe("gongbu_entity_rules")
        patterns, places = rules.patterns, rules.places
        nlp.remove_pipe("gongbu_entity_rules")
    else:
        patterns = places = None
    if mode == "ner":
        return nlp
    cfg = {"overwrite_ents": mode == "override"}
    kw = {"before": "ner"} if mode == "before" else {}
    pipe = nlp.add_pipe("gongbu_entity_rules", config=cfg, **kw)
    if patterns is not None:
        pipe.set_patterns(patterns, places)
    assert set(names) <= set(nlp.pipe_names), spacy.__version__
    return nlp


def _main(argv: Sequence[str] | None = None) -> None:
    import argparse
    import json

    ap = argparse.ArgumentParser(description="Train the gongbu entity recogniser.")
    ap.add_argument("output", type=Path)
    ap.add_argument("--train-ids", nargs="*", default=[])
    ap.add_argument("--dev-ids", nargs="*", default=[])
    ap.add_argument("--augment", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--gold-repeat", type=int, default=1)
    ap.add_argument("--export", action="store_true", help="copy model-best to models/gongbu_zh")
    ap.add_argument("--set", dest="overrides", action="append", default=[], metavar="KEY=VALUE",
                    help="config override, e.g. --set training.max_epochs=15 (JSON values)")
    args = ap.parse_args(argv)
    tp, dp = build_corpora(
        args.output / "corpus",
        train_ids=args.train_ids,
        dev_ids=args.dev_ids,
        n_augment=args.augment,
        seed=args.seed,
        gold_repeat=args.gold_repeat,
    )
    ov = {}
    for o in args.overrides:
        k, v = o.split("=", 1)
        try:
            ov[k] = json.loads(v)
        except json.JSONDecodeError:
            ov[k] = v
    best = train(args.output, tp, dp, overrides=ov)
    if args.export:
        print(export_model(best))


if __name__ == "__main__":
    _main()
