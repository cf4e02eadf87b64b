"""Annotation passes written in inline markup (``NNN.mk``) with the annotator's norms beside them.

``NNN.norms.jsonl`` holds one ``{"label", "text", "norm"}`` line per entity in markup
order: the norms are the annotator's reading, never the normaliser's.
"""

from __future__ import annotations

import json
from pathlib import Path

from gongbu.corpus import documents
from gongbu.data.gold import AnnotationError, GoldDocument, GoldEntity, GoldRelation
from gongbu.data.markup import MarkupDocument, read_markup

__all__ = ["read_norms", "read_pass"]


def read_norms(path: Path, markup: MarkupDocument) -> list[dict | None]:
    """The norms of ``markup``'s entities from ``path`` (all None when the file is absent)."""
    if not path.exists():
        return [None] * len(markup.entities)
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    if len(lines) != len(markup.entities):
        raise AnnotationError(f"{path}: {len(lines)} norms for {len(markup.entities)} entities")
    out = []
    for n, (line, e) in enumerate(zip(lines, markup.entities, strict=True), 1):
        rec = json.loads(line)
        if rec.get("label") != e.label or rec.get("text") != e.text:
            raise AnnotationError(f"{path}:{n}: norm of {rec.get('text')!r} but entity {n} is {e.text!r}")
        out.append(rec.get("norm"))
    return out


def read_pass(folder: str | Path, ids: set[str] | None = None) -> list[GoldDocument]:
    """Read ``NNN.mk`` files of one pass (with their norms); each must strip back to its corpus document."""
    folder = Path(folder)
    out = []
    for doc in documents():
        path = folder / f"{doc.id}.mk"
        if not path.exists() or (ids is not None and doc.id not in ids):
            continue
        mk = read_markup(path, doc.text)
        norms = read_norms(folder / f"{doc.id}.norms.jsonl", mk)
        ents = sorted(range(len(mk.entities)), key=lambda k: (mk.entities[k].start, mk.entities[k].end))
        new_index = {old: new for new, old in enumerate(ents)}
        out.append(
            GoldDocument(
                id=doc.id,
                file=doc.file,
                sha256=doc.sha256,
                entities=tuple(
                    GoldEntity(mk.entities[k].label, mk.entities[k].start, mk.entities[k].end, mk.entities[k].text,
                               norms[k])
                    for k in ents
                ),
                relations=tuple(
                    sorted(
                        {GoldRelation(label, new_index[h], new_index[t]) for label, h, t in mk.relations},
                        key=lambda r: (r.head, r.tail, r.label),
                    )
                ),
            )
        )
    return out
