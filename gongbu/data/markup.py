"""Inline annotation markup: ``⟦LABEL#id|text|REL=id,id⟧`` inside the document text.

The markup is what the two independent annotation passes were written in and
what the tests use to state expected entities readably. Removing the markup
gives back the document text exactly; :func:`parse_markup` checks nothing else,
:func:`read_markup` also compares the result with the corpus text.

>>> doc = parse_markup("⟦GPE#a|上海市⟧对口帮扶⟦GPE#b|云南省|⟧")
>>> doc.text
'上海市对口帮扶云南省'
>>> [(e.label, e.start, e.end) for e in doc.entities]
[('GPE', 0, 3), ('GPE', 7, 10)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from gongbu.labels import ENTITY_LABELS, RELATION_LABELS

OPEN, CLOSE = "⟦", "⟧"
_HEAD = re.compile(r"(?P<label>[A-Z][A-Z-]*)(?:#(?P<id>[^|⟦⟧]+))?\|")


class MarkupError(ValueError):
    """Markup that cannot be read; the message names the line and column."""


@dataclass(frozen=True)
class MarkupEntity:
    label: str
    start: int
    end: int
    text: str
    id: str | None = None


@dataclass(frozen=True)
class MarkupDocument:
    text: str
    entities: tuple[MarkupEntity, ...]
    # (label, head entity index, tail entity index)
    relations: tuple[tuple[str, int, int], ...] = field(default_factory=tuple)


def _where(src: str, pos: int, name: str) -> str:
    line = src.count("\n", 0, pos) + 1
    col = pos - (src.rfind("\n", 0, pos) + 1) + 1
    return f"{name}:{line}:{col}"


def parse_markup(src: str, *, name: str = "<markup>") -> MarkupDocument:
    """Strip the markup from ``src`` and return the plain text with its entities."""
    out: list[str] = []
    entities: list[MarkupEntity] = []
    pending: list[tuple[int, str, list[str], int]] = []  # entity index, rel, targets, pos
    ids: dict[str, int] = {}
    pos = 0
    n_out = 0
    while True:
        i = src.find(OPEN, pos)
        stray = src.find(CLOSE, pos, len(src) if i < 0 else i)
        if stray >= 0:
            raise MarkupError(f"{_where(src, stray, name)}: '{CLOSE}' without '{OPEN}'")
        if i < 0:
            out.append(src[pos:])
            break
        out.append(src[pos:i])
        n_out += i - pos
        j = src.find(CLOSE, i)
        nested = src.find(OPEN, i + 1, j if j >= 0 else len(src))
        if j < 0 or nested >= 0:
            raise MarkupError(f"{_where(src, i, name)}: unclosed or nested '{OPEN}'")
        body = src[i + 1 : j]
        head = _HEAD.match(body)
        if not head:
            raise MarkupError(f"{_where(src, i, name)}: expected LABEL|text or LABEL#id|text")
        label = head["label"]
        if label not in ENTITY_LABELS:
            raise MarkupError(
                f"{_where(src, i, name)}: unknown label {label!r}; expected one of "
                + ", ".join(ENTITY_LABELS)
            )
        rest = body[head.end() :].split("|")
        text, attrs = rest[0], [a for a in rest[1:] if a]
        if not text:
            raise MarkupError(f"{_where(src, i, name)}: empty entity text")
        index = len(entities)
        ent_id = head["id"]
        if ent_id is not None:
            if ent_id in ids:
                raise MarkupError(f"{_where(src, i, name)}: duplicate id {ent_id!r}")
            ids[ent_id] = index
        entities.append(MarkupEntity(label, n_out, n_out + len(text), text, ent_id))
        for attr in attrs:
            for part in attr.split(";"):
                if not part:
                    continue
                rel, eq, targets = part.partition("=")
                if not eq or rel not in RELATION_LABELS:
                    raise MarkupError(
                        f"{_where(src, i, name)}: bad relation {part!r}; expected "
                        "REL=id[,id] with REL one of " + ", ".join(RELATION_LABELS)
                    )
                pending.append((index, rel, [t for t in targets.split(",") if t], i))
        out.append(text)
        n_out += len(text)
        pos = j + 1
    relations = []
    for index, rel, targets, at in pending:
        for target in targets:
            if target not in ids:
                raise MarkupError(f"{_where(src, at, name)}: {rel} names unknown id {target!r}")
            relations.append((rel, index, ids[target]))
    return MarkupDocument("".join(out), tuple(entities), tuple(relations))


def read_markup(path: str | Path, original: str | None = None) -> MarkupDocument:
    """Read a markup file; if ``original`` is given, the stripped text must equal it."""
    path = Path(path)
    doc = parse_markup(path.read_text(encoding="utf-8"), name=str(path))
    if original is not None and doc.text != original:
        k = next(
            (i for i, (a, b) in enumerate(zip(doc.text, original, strict=False)) if a != b),
            min(len(doc.text), len(original)),
        )
        raise MarkupError(
            f"{path}: text without markup differs from the corpus at character {k}: "
            f"markup {doc.text[k : k + 15]!r} vs corpus {original[k : k + 15]!r}"
        )
    return doc


def to_markup(text: str, entities, relations=()) -> str:
    """Write ``text`` with ``entities`` (objects with label/start/end) as inline markup.

    ``relations`` are ``(label, head_index, tail_index)``; ids are made up as
    ``e<index>`` for the entities that take part in one.
    """
    involved = {h for _, h, _ in relations} | {t for _, _, t in relations}
    by_head: dict[int, dict[str, list[int]]] = {}
    for label, head, tail in relations:
        by_head.setdefault(head, {}).setdefault(label, []).append(tail)
    parts, pos = [], 0
    order = sorted(range(len(entities)), key=lambda k: entities[k].start)
    for k in order:
        e = entities[k]
        parts.append(text[pos : e.start])
        ident = f"#e{k}" if k in involved else ""
        rels = "".join(
            f"|{label}=" + ",".join(f"e{t}" for t in tails)
            for label, tails in sorted(by_head.get(k, {}).items())
        )
        parts.append(f"{OPEN}{e.label}{ident}|{text[e.start:e.end]}{rels}{CLOSE}")
        pos = e.end
    parts.append(text[pos:])
    return "".join(parts)
