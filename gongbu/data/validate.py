"""Checks of the gold annotations against the corpus and SPEC (``gongbu annotations validate``)."""

from __future__ import annotations

from collections.abc import Iterable

from gongbu.corpus import corpus_dir, read_text, sha256_text
from gongbu.data.gold import GoldDocument
from gongbu.labels import RELATION_SIGNATURES
from gongbu.text import sentences
from gongbu.text.sentences import sentence_index

__all__ = ["validate"]

_NORM_KEYS = {
    "GPE": {"name", "level", "province", "side"},
    "ORG": {"name"},
    "PROGRAMME": {"name"},
    "MONEY": {"yuan", "approx", "low", "high"},
    "PERSON-COUNT": {"count", "unit", "approx", "category"},
}
# Values the validator re-derives from the span text and compares.
_DERIVED = {"MONEY": ("yuan", "low", "high", "approx"), "PERSON-COUNT": ("count", "unit", "approx")}


def validate(docs: Iterable[GoldDocument], *, source: str = "gold", check_norms: bool = True) -> list[str]:
    """Every problem found, as ``source: document id: offset: message`` lines (empty when valid)."""
    problems: list[str] = []
    folder = corpus_dir()
    seen = set()
    for doc in docs:
        where = f"{source}: document {doc.id}"
        if doc.id in seen:
            problems.append(f"{where}: appears twice")
        seen.add(doc.id)
        path = folder / doc.file
        if not path.is_file():
            problems.append(f"{where}: corpus file {doc.file} not found")
            continue
        text = read_text(path)
        if sha256_text(text) != doc.sha256:
            problems.append(f"{where}: sha256 does not match corpus/{doc.file} (the text changed)")
            continue
        problems += _check_entities(doc, text, where, check_norms)
        problems += _check_relations(doc, text, where)
    return problems


def _check_entities(doc: GoldDocument, text: str, where: str, check_norms: bool) -> list[str]:
    out = []
    prev_end, prev = -1, None
    for k, e in enumerate(doc.entities):
        at = f"{where}: entity {k} [{e.start}, {e.end})"
        if not 0 <= e.start < e.end <= len(text):
            out.append(f"{at}: offsets outside the text (length {len(text)})")
            continue
        if text[e.start : e.end] != e.text:
            out.append(f"{at}: text {e.text!r} but the corpus has {text[e.start:e.end]!r}")
        if e.text != e.text.strip():
            out.append(f"{at}: span {e.text!r} starts or ends with white space")
        if prev is not None and e.start < prev_end:
            out.append(f"{at}: overlaps or is out of order with entity {prev}")
        prev_end, prev = max(prev_end, e.end), k
        if not check_norms:
            continue
        if e.norm is None:
            out.append(f"{at}: {e.label} {e.text!r} has no norm")
            continue
        missing = _NORM_KEYS[e.label] - set(e.norm)
        if missing:
            out.append(f"{at}: norm of {e.text!r} lacks {sorted(missing)}")
    if check_norms:
        out += _check_derived(doc, text, where)
    return out


def _check_derived(doc: GoldDocument, text: str, where: str) -> list[str]:
    from gongbu.data.norms import normalise_gold

    out = []
    for k, (e, n) in enumerate(zip(doc.entities, normalise_gold(doc), strict=True)):
        if e.label not in _DERIVED or e.norm is None:
            continue
        got = n.norm
        diff = [key for key in _DERIVED[e.label] if got.get(key) != e.norm.get(key)]
        if diff:
            out.append(
                f"{where}: entity {k} [{e.start}, {e.end}) {e.text!r}: norm "
                + ", ".join(f"{key}={e.norm.get(key)!r}" for key in diff)
                + " but the span reads "
                + ", ".join(f"{key}={got.get(key)!r}" for key in diff)
            )
    return out


def _check_relations(doc: GoldDocument, text: str, where: str) -> list[str]:
    out = []
    spans = sentences(text)
    seen = set()
    n = len(doc.entities)
    for k, r in enumerate(doc.relations):
        at = f"{where}: relation {k} {r.label}({r.head} → {r.tail})"
        if not (0 <= r.head < n and 0 <= r.tail < n):
            out.append(f"{at}: index outside the {n} entities")
            continue
        head, tail = doc.entities[r.head], doc.entities[r.tail]
        heads, tails = RELATION_SIGNATURES[r.label]
        if head.label not in heads or tail.label not in tails:
            out.append(
                f"{at}: {r.label} goes from {'/'.join(heads)} to {'/'.join(tails)}, "
                f"not {head.label} {head.text!r} to {tail.label} {tail.text!r}"
            )
        if r.head == r.tail:
            out.append(f"{at}: links an entity to itself")
        if sentence_index(spans, head.start) != sentence_index(spans, tail.start):
            out.append(
                f"{at}: {head.text!r} at {head.start} and {tail.text!r} at {tail.start} are in different sentences"
            )
        if r.label == "PAIRED" and (
            (head.norm or {}).get("level") == "region_pair" or (tail.norm or {}).get("level") == "region_pair"
        ):
            out.append(f"{at}: PAIRED never starts or ends at a pair abbreviation")
        key = (r.label, r.head, r.tail)
        if key in seen:
            out.append(f"{at}: duplicate")
        seen.add(key)
    return out
