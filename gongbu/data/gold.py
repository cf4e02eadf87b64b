"""The gold annotation file: one JSON record per corpus document.

``annotations/gold.jsonl``::

    {"id": "000", "file": "000_637307140aa17640.txt", "sha256": "…",
     "entities": [{"label": "GPE", "start": 0, "end": 3, "text": "云南省", "norm": {…}}, …],
     "relations": [{"label": "FROM", "head": 5, "tail": 2}, …]}

Offsets are code points of the corpus file; ``head``/``tail`` index ``entities``.
Reading reports the file and line of the first malformed record; writing goes
through a temporary file, so a crash never leaves half a file.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from gongbu.files import atomic_write_text
from gongbu.labels import ENTITY_LABELS, RELATION_LABELS
from gongbu.paths import annotations_dir

__all__ = [
    "AnnotationError",
    "GoldDocument",
    "GoldEntity",
    "GoldRelation",
    "annotations_dir",
    "read_gold",
    "write_gold",
]


class AnnotationError(ValueError):
    """A problem in an annotation file; the message names file, line or document and offset."""


@dataclass(frozen=True)
class GoldEntity:
    label: str
    start: int
    end: int
    text: str
    norm: dict | None = None

    def to_dict(self) -> dict:
        d = {"label": self.label, "start": self.start, "end": self.end, "text": self.text}
        if self.norm is not None:
            d["norm"] = self.norm
        return d


@dataclass(frozen=True)
class GoldRelation:
    label: str
    head: int
    tail: int

    def to_dict(self) -> dict:
        return {"label": self.label, "head": self.head, "tail": self.tail}


@dataclass(frozen=True)
class GoldDocument:
    id: str
    file: str
    sha256: str
    entities: tuple[GoldEntity, ...]
    relations: tuple[GoldRelation, ...] = ()
    meta: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        d = {
            "id": self.id,
            "file": self.file,
            "sha256": self.sha256,
            "entities": [e.to_dict() for e in self.entities],
            "relations": [r.to_dict() for r in self.relations],
        }
        if self.meta:
            d["meta"] = self.meta
        return d


def _need(rec: dict, key: str, kind: type, where: str):
    if key not in rec:
        raise AnnotationError(f"{where}: missing key {key!r}")
    value = rec[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise AnnotationError(f"{where}: {key!r} must be {kind.__name__}, got {value!r}")
    return value


def document_from_dict(rec: dict, where: str) -> GoldDocument:
    if not isinstance(rec, dict):
        raise AnnotationError(f"{where}: a record must be a JSON object")
    ents = []
    for k, e in enumerate(_need(rec, "entities", list, where)):
        w = f"{where}: entity {k}"
        if not isinstance(e, dict):
            raise AnnotationError(f"{w}: must be an object")
        label = _need(e, "label", str, w)
        if label not in ENTITY_LABELS:
            raise AnnotationError(f"{w}: unknown label {label!r}; expected one of {ENTITY_LABELS}")
        norm = e.get("norm")
        if norm is not None and not isinstance(norm, dict):
            raise AnnotationError(f"{w}: 'norm' must be an object or absent")
        ents.append(
            GoldEntity(label, _need(e, "start", int, w), _need(e, "end", int, w),
                       _need(e, "text", str, w), norm)
        )
    rels = []
    for k, r in enumerate(rec.get("relations", [])):
        w = f"{where}: relation {k}"
        if not isinstance(r, dict):
            raise AnnotationError(f"{w}: must be an object")
        label = _need(r, "label", str, w)
        if label not in RELATION_LABELS:
            raise AnnotationError(f"{w}: unknown label {label!r}; expected one of {RELATION_LABELS}")
        rels.append(GoldRelation(label, _need(r, "head", int, w), _need(r, "tail", int, w)))
    return GoldDocument(
        id=_need(rec, "id", str, where),
        file=_need(rec, "file", str, where),
        sha256=_need(rec, "sha256", str, where),
        entities=tuple(ents),
        relations=tuple(rels),
        meta=rec.get("meta", {}),
    )


def read_gold(path: str | Path | None = None) -> list[GoldDocument]:
    """Read a gold JSONL file (default ``annotations/gold.jsonl``)."""
    path = Path(path) if path else annotations_dir() / "gold.jsonl"
    docs = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise AnnotationError(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise AnnotationError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})") from None
        docs.append(document_from_dict(rec, where))
    return docs


def write_gold(docs: Iterable[GoldDocument], path: str | Path | None = None) -> Path:
    """Write ``docs`` as JSONL, atomically."""
    path = Path(path) if path else annotations_dir() / "gold.jsonl"
    text = "".join(json.dumps(d.to_dict(), ensure_ascii=False) + "\n" for d in docs)
    atomic_write_text(path, text)
    return path
