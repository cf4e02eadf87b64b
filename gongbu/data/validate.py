"""Checks of the gold annotations against the corpus and SPEC (``gongbu annotations validate``)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from gongbu.corpus import corpus_dir, read_text, sha256_text
from gongbu.data.gold import GoldDocument
from gongbu.data.norm_shape import norm_problems
from gongbu.labels import RELATION_SIGNATURES
from gongbu.text import sentences
from gongbu.text.sentences import sentence_index

__all__ = ["validate"]



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
        if not isinstance(doc.file, str) or doc.file in ("", ".", "..") or Path(doc.file).name != doc.file:
            # The gold names a file of corpus/, never a path that could lead elsewhere.
            problems.append(f"{where}: file {doc.file!r} is not a plain file name inside corpus/")
            continue
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
        out += [f"{at}: norm of {e.text!r}: {p}" for p in norm_problems(e.label, e.norm)]
        if e.label == "GPE" and isinstance(e.norm, dict):
            out += _check_place(e.norm, at, e.text)
    return out


def _check_place(norm: dict, at: str, text: str) -> list[str]:
    """A gold place's name must exist in the division table and its side match its province."""
    from gongbu.normalise.places import lookup, side_of

    names = norm.get("name")
    out = []
    # The table lists every province and prefecture; below that (zones, renamed counties,
    # townships, villages) a real unit may be missing from it, so only these two are checked.
    checked = names if isinstance(names, list) else [names] if norm.get("level") in ("province", "prefecture") else []
    for name in checked:
        if isinstance(name, str) and name and not lookup(name):
            out.append(f"{at}: {text!r}: name {name!r} is not in the division table")
    province = norm.get("province")
    if norm.get("level") != "region_pair" and isinstance(province, str) and lookup(province):
        expected = side_of(names if isinstance(names, str) else "", province=province)
        if expected is not None and norm.get("side") not in (expected, None):
            out.append(f"{at}: {text!r}: side {norm.get('side')!r} but {province} is {expected}")
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
