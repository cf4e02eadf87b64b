"""Annotation passes written in inline markup, turned into gold records."""

from __future__ import annotations

from pathlib import Path

from gongbu.corpus import documents
from gongbu.data.gold import GoldDocument, GoldEntity, GoldRelation
from gongbu.data.markup import read_markup

__all__ = ["read_pass"]


def read_pass(folder: str | Path) -> list[GoldDocument]:
    """Read ``NNN.mk`` files of one pass; each must strip back to its corpus document."""
    folder = Path(folder)
    out = []
    for doc in documents():
        path = folder / f"{doc.id}.mk"
        if not path.exists():
            continue
        mk = read_markup(path, doc.text)
        ents = sorted(range(len(mk.entities)), key=lambda k: (mk.entities[k].start, mk.entities[k].end))
        new_index = {old: new for new, old in enumerate(ents)}
        out.append(
            GoldDocument(
                id=doc.id,
                file=doc.file,
                sha256=doc.sha256,
                entities=tuple(
                    GoldEntity(mk.entities[k].label, mk.entities[k].start, mk.entities[k].end, mk.entities[k].text)
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
