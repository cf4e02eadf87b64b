"""End-to-end evaluation: entities predicted by a model, then normalisation and relations.

Used by ``gongbu evaluate``: for every leave-one-document-out fold the model
trained without that document parses it, and the relations and partnerships of
its Report are compared with the gold. A relation is correct when its type and
both end spans (original offsets) match the gold exactly; a partnership is a
(helper, helped) pair of canonical names per document.
"""

from __future__ import annotations

from collections.abc import Iterable

from gongbu.corpus import corpus_dir, read_text
from gongbu.data.gold import GoldDocument
from gongbu.evaluation.relations import partnerships as gold_partnerships
from gongbu.evaluation.relations import prf
from gongbu.labels import RELATION_LABELS
from gongbu.paths import checkout_root

__all__ = ["end_to_end", "run", "to_markdown"]


def _tally(counts: dict[str, list[int]], gold: set[tuple], pred: set[tuple]) -> None:
    """Add true positives, false positives and false negatives per relation type (key[0])."""
    for lab in counts:
        gl, pl = {x for x in gold if x[0] == lab}, {x for x in pred if x[0] == lab}
        counts[lab][0] += len(gl & pl)
        counts[lab][1] += len(pl - gl)
        counts[lab][2] += len(gl - pl)


def _scores(counts: dict[str, list[int]], part: list[int]) -> dict:
    out = {lab: prf(*c) for lab, c in counts.items()}
    out["micro"] = prf(*(sum(c[i] for c in counts.values()) for i in range(3)))
    out["partnership"] = prf(*part)
    return out


def _relation_keys(entities, relations) -> set[tuple]:
    return {
        (r.label, entities[r.head].start, entities[r.head].end, entities[r.tail].start, entities[r.tail].end)
        for r in relations
    }


def end_to_end(pairs: Iterable[tuple[GoldDocument, object]]) -> dict:
    """Scores of relations and partnerships for ``(gold document, spaCy pipeline)`` pairs."""
    from gongbu.pipeline import parse_many

    counts = {lab: [0, 0, 0] for lab in RELATION_LABELS}
    part = {"P": [0, 0, 0]}
    per_doc = {}
    for gold, nlp in pairs:
        text = read_text(corpus_dir() / gold.file)
        (report,) = parse_many([text], nlp=nlp)
        g = _relation_keys(gold.entities, gold.relations)
        p = _relation_keys(report.entities, report.relations)
        _tally(counts, g, p)
        gp = gold_partnerships(gold.entities, [(r.label, r.head, r.tail) for r in gold.relations])
        pp = {(x.helper, x.helped) for x in report.partnerships}
        _tally(part, {("P", *x) for x in gp}, {("P", *x) for x in pp})
        per_doc[gold.id] = {"relations": prf(len(g & p), len(p - g), len(g - p)),
                            "partnerships": prf(len(gp & pp), len(pp - gp), len(gp - pp))}
    out = _scores(counts, part["P"])
    out["documents"] = per_doc
    return out


# ---------------------------------------------------------------------- the whole evaluation
# The trained variants do not beat the rules alone (docs/entities.md): the rules-only pipeline ships.
SHIPPED_VARIANT = "rules"
NER_VARIANTS = ("rules", "hinted", "hinted+rules", "hinted+rules+numbers")
# Five document groups over train+dev (annotations/splits.json "cv_folds"), with the
# division-of-labour variants; the same augmentation as `gongbu train`.
CV_VARIANTS = (*NER_VARIANTS, "hinted+rules+org", "hinted+rules+org-heads", "hinted+rules+org-heads+programme")
CV_AUGMENT = 800


def hanlp_baseline(model: str) -> dict:
    """HanLP's pretrained NER on the train and dev documents (it trains on none); needs the model locally."""
    import spacy

    from gongbu.baselines.hanlp import HanLPBackend, predict_docs
    from gongbu.training import ner as training

    backend = HanLPBackend(model)
    gold = training.gold_docs(spacy.blank("zh"), training.development_ids())
    return training.score_examples(predict_docs(backend, gold))


def run(*, work_dir, augment: int = 1500, epochs: int = 10, seed: int = 0, jobs: int = 2, log=print,
        hanlp_model: str | None = None) -> dict:
    """Every figure of docs/crossval.md: entities and relations, seeds left out one at a time, and dev."""
    from pathlib import Path

    import spacy

    from gongbu.data import read_gold
    from gongbu.evaluation.relations import evaluate as relations_given_gold
    from gongbu.evaluation.relations import load_examples
    from gongbu.pipeline import load
    from gongbu.training import ner as training

    work_dir = Path(work_dir)
    gold = {d.id: d for d in read_gold()}
    result: dict = {"settings": {"augment": augment, "max_epochs": epochs, "seed": seed,
                                 "shipped_variant": SHIPPED_VARIANT}}
    root = checkout_root()
    agreement = root / "docs" / "agreement.json" if root else Path("docs") / "agreement.json"
    if agreement.exists():
        import json

        result["agreement_entity_f1"] = json.loads(agreement.read_text("utf-8"))["entities"]["micro"]["f1"]
    log("entities: leave-one-document-out (trains one model per fold)")
    cv = training.cross_validate(NER_VARIANTS, work_dir=work_dir / "lodo", augment=augment,
                                 max_epochs=epochs, seed=seed, n_jobs=jobs)
    result["entities_lodo"] = cv

    from gongbu.data.splits import read_splits

    splits = read_splits()
    log("entities: five folds over train+dev (trains one model per fold)")
    result["entities_cv"] = entities_cv(work_dir / "cv", seed=seed, epochs=epochs, jobs=jobs)

    log("entities: trained on the train split, scored on the dev split (never on the locked test part)")
    model = training.train_pipeline(work_dir / "split", splits["train"], splits["dev"], augment=augment,
                                    seed=seed, max_epochs=epochs, rules=None, quiet=True)
    nlp0 = spacy.blank("zh")
    dev_docs = training.gold_docs(nlp0, splits["dev"])
    result["entities_dev_split"] = {
        v: training.score_examples(training.predict_examples(training.load_variant(v, {"hinted": model}), dev_docs))
        for v in CV_VARIANTS
    }
    shipped = load()

    log("relations given gold entities: leave-one-document-out, rules and learned")
    examples = load_examples()
    result["relations_given_gold"] = {m: relations_given_gold(examples, m) for m in ("rules", "learned")}

    log("relations end to end: each fold's shipped-variant model parses its held-out document")
    pairs = []
    for fold in cv["settings"]["folds"]:  # the five seeds
        key = "-".join(fold)
        nlp = training.load_variant(SHIPPED_VARIANT, {"hinted": work_dir / "lodo" / key / "hinted" / "model-best"})
        pairs += [(gold[i], nlp) for i in fold]
    result["relations_end_to_end"] = end_to_end(pairs)
    result["relations_dev"] = end_to_end((gold[i], shipped) for i in splits["dev"] if i in gold)
    if hanlp_model:
        log(f"baseline: HanLP {hanlp_model}")
        result["entities_hanlp"] = hanlp_baseline(hanlp_model)
    return result


def entities_cv(work_dir, *, seed: int = 0, epochs: int = 10, jobs: int = 2) -> dict:
    """Entity scores of :data:`CV_VARIANTS` over the five ``cv_folds`` of train+dev."""
    from gongbu.data.splits import read_splits
    from gongbu.training import ner as training

    return training.cross_validate(CV_VARIANTS, work_dir=work_dir, folds=read_splits()["cv_folds"],
                                   augment=CV_AUGMENT, max_epochs=epochs, seed=seed, n_jobs=jobs)


def _row(name: str, s: dict, labels) -> str:
    per = s.get("per_label") or {}
    cells = []
    for lab in labels:
        x = per.get(lab)
        cells.append(f"{x['p']:.2f}/{x['r']:.2f}/{x['f']:.2f}" if x else "-")
    return f"| {name} | {s['p']:.3f} | {s['r']:.3f} | {s['f']:.3f} | " + " | ".join(cells) + " |"


def to_markdown(result: dict, command: str) -> str:
    from gongbu.labels import ENTITY_LABELS

    head = ("| variant | P | R | F | " + " | ".join(f"{lab} P/R/F" for lab in ENTITY_LABELS) + " |\n"
            + "|---|---:|---:|---:|" + "---|" * len(ENTITY_LABELS))
    out = [
        "# Cross-validation", "",
        f"Produced by `{command}` (settings: {json_settings(result['settings'])}); the raw figures are in",
        "`docs/crossval.json`. Strict span match throughout; relations count as correct when the",
        "type and both end spans match. The shipped pipeline is the "
        f"`{result['settings']['shipped_variant']}` variant (docs/entities.md).", "",
        "## Entities, leave one document out", "",
        "Each fold holds out one of the five real seeds and trains on every other train and dev",
        "document (+ synthetic paragraphs). The rules were written while reading these documents,",
        "so their row is in-sample; the locked test part (docs/evaluation.md) is the fair test.", "",
        head,
    ]
    out += [_row(v, s, ENTITY_LABELS) for v, s in result["entities_lodo"]["variants"].items()]
    if "entities_hanlp" in result:
        out.append(_row("HanLP baseline (all documents)", result["entities_hanlp"], ENTITY_LABELS))
    else:
        out += ["", "HanLP's pretrained NER, the baseline, is scored with `gongbu evaluate --hanlp MODEL`",
                "where its model is available locally; HanLP's models are downloads this machine cannot",
                "make, so no HanLP figure is given here."]
    if "entities_cv" in result:
        cv = result["entities_cv"]
        out += ["", "## Entities, five folds over train and dev", "",
                "Each fold holds out one document group of `cv_folds` (annotations/splits.json) and trains on the",
                f"others (+ {cv['settings']['augment']} synthetic paragraphs, {cv['settings']['max_epochs']} epochs, "
                "the checkpoint chosen on one training document).",
                "The rules were written while reading these documents, so their row is in-sample.", "", head]
        out += [_row(v, s, ENTITY_LABELS) for v, s in cv["variants"].items()]
    out += ["", "## Entities, trained on the train split, scored on the dev split", "", head]
    out += [_row(v, s, ENTITY_LABELS) for v, s in result["entities_dev_split"].items()]
    rel_head = "| setting | PAIRED F1 | FROM F1 | TO F1 | micro P | micro R | micro F1 | partnership F1 |\n" \
               "|---|---:|---:|---:|---:|---:|---:|---:|"

    def rel_row(name: str, r: dict) -> str:
        return (f"| {name} | {r['PAIRED']['f1']:.3f} | {r['FROM']['f1']:.3f} | {r['TO']['f1']:.3f} | "
                f"{r['micro']['precision']:.3f} | {r['micro']['recall']:.3f} | {r['micro']['f1']:.3f} | "
                f"{r['partnership']['f1']:.3f} |")

    out += ["", "## Relations and partnerships", "", rel_head]
    for m, r in result["relations_given_gold"].items():
        out.append(rel_row(f"given gold entities, LODO, {m}", r))
    out.append(rel_row("end to end, LODO (fold models)", result["relations_end_to_end"]))
    out.append(rel_row("end to end, dev split (shipped)", result["relations_dev"]))
    out += ["", "The relation rules were also developed on these documents (in-sample); the learned",
            "comparison is trained per fold and is honestly held out.", ""]
    out += ["## Targets", "", "| target | measured | met |", "|---|---:|---|"]
    for name, value, goal in targets(result):
        out.append(f"| {name} ≥ {goal:.3f} | {value:.3f} | {'yes' if value >= goal else 'no'} |")
    out.append("")
    return "\n".join(out) + "\n"


def targets(result: dict) -> list[tuple[str, float, float]]:
    """(what, measured, target) for the targets of the entity and relation issues."""
    lodo = result["entities_lodo"]["variants"][result["settings"]["shipped_variant"]]
    per = lodo["per_label"]
    agreement = result.get("agreement_entity_f1")
    rows = [
        ("entity micro F1, LODO, shipped variant", lodo["f"], 0.92),
        ("MONEY F1, LODO", per["MONEY"]["f"], 0.95),
        ("PERSON-COUNT F1, LODO", per["PERSON-COUNT"]["f"], 0.95),
        ("GPE F1, LODO", per["GPE"]["f"], 0.92),
    ]
    if agreement is not None:
        rows.append((f"entity micro F1 within 3 points of the two-pass agreement ({agreement:.3f})",
                     lodo["f"], agreement - 0.03))
    rel = result["relations_given_gold"]["rules"]
    rows += [
        ("relation micro F1 given gold entities, LODO (rules)", rel["micro"]["f1"], 0.85),
        ("relation micro F1 end to end, LODO", result["relations_end_to_end"]["micro"]["f1"], 0.75),
        ("partnership F1, LODO end to end", result["relations_end_to_end"]["partnership"]["f1"], 0.90),
        ("relation micro F1 end to end, dev", result["relations_dev"]["micro"]["f1"], 0.85),
        ("partnership F1, dev end to end", result["relations_dev"]["partnership"]["f1"], 0.90),
    ]
    return rows


def json_settings(settings: dict) -> str:
    return ", ".join(f"{k}={v}" for k, v in settings.items())
