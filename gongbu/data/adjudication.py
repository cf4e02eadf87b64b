"""Adjudicating two annotation passes: list where they disagree, apply an adjudicator's decisions.

Pass A is the base. Each disagreement is one line of text (what an adjudicator reads
and answers); a decision names the pass whose version goes into the gold. Where pass A
has no norm for an entity both passes share, pass B's norm is taken (the fixtures'
first pass predates written norms). Nothing here decides anything itself.
"""

from __future__ import annotations

from dataclasses import replace

from gongbu.data.gold import GoldDocument, GoldEntity, GoldRelation

__all__ = ["apply_decisions", "disagreements"]

Key = tuple[str, int, int]


def _ent(e: GoldEntity) -> str:
    return f"{e.label} [{e.start},{e.end}) {e.text!r}"


def _rels(doc: GoldDocument) -> dict[tuple, tuple[GoldEntity, GoldEntity]]:
    ents = doc.entities
    return {(r.label, ents[r.head].start, ents[r.head].end, ents[r.tail].start, ents[r.tail].end):
            (ents[r.head], ents[r.tail]) for r in doc.relations}


def disagreements(a: GoldDocument, b: GoldDocument) -> list[tuple[str, str, tuple]]:
    """``(line, kind, key)`` for every disagreement of ``a`` and ``b``, in a fixed order."""
    out = []
    ka = {(e.label, e.start, e.end): e for e in a.entities}
    kb = {(e.label, e.start, e.end): e for e in b.entities}
    for key in sorted(set(ka) ^ set(kb), key=lambda k: (k[1], k[2])):
        mine, other = (ka, kb) if key in ka else (kb, ka)
        e = mine[key]
        near = [o for o in other.values() if o.start < e.end and e.start < o.end]
        side = "A" if key in ka else "B"
        where = f"   (other pass: {', '.join(map(_ent, near))})" if near else "   (other pass: nothing here)"
        out.append((f"ENTITY only in {side}: {_ent(e)}{where}", "entity", key))
    for key in sorted(set(ka) & set(kb), key=lambda k: (k[1], k[2])):
        na, nb = ka[key].norm, kb[key].norm
        if na != nb and na is not None:
            out.append((f"NORM differs on {_ent(ka[key])}: A {na} | B {nb}", "norm", key))
    ra, rb = _rels(a), _rels(b)
    for key in sorted(set(ra) ^ set(rb), key=lambda k: (k[1], k[3])):
        side = "A" if key in ra else "B"
        h, t = (ra if key in ra else rb)[key]
        out.append((f"RELATION only in {side}: {key[0]} {_ent(h)} -> {_ent(t)}", "relation", key))
    return out


def apply_decisions(a: GoldDocument, b: GoldDocument, take: dict[str, str]) -> tuple[GoldDocument, list[str]]:
    """The gold document: ``a`` with each disagreement resolved by ``take[line]`` ('A' or 'B').

    Returns the document and the lines that had no decision (left as pass A has them).
    """
    ents: dict[Key, GoldEntity] = {(e.label, e.start, e.end): e for e in a.entities}
    kb = {(e.label, e.start, e.end): e for e in b.entities}
    for key, e in ents.items():
        if e.norm is None and key in kb:
            ents[key] = replace(e, norm=kb[key].norm)
    rels = set(_rels(a))
    undecided = []
    items = disagreements(a, b)
    for line, kind, key in items:
        choice = take.get(line)
        if choice not in ("A", "B"):
            undecided.append(line)
            continue
        if kind == "norm" and choice == "B":
            ents[key] = replace(ents[key], norm=kb[key].norm)
        elif kind == "entity":
            in_a = key in {(e.label, e.start, e.end) for e in a.entities}
            if in_a and choice == "B":
                ents.pop(key, None)
            elif not in_a and choice == "B":
                ents[key] = kb[key]
        elif kind == "relation":
            in_a = key in _rels(a)
            if in_a and choice == "B":
                rels.discard(key)
            elif not in_a and choice == "B":
                rels.add(key)
    # Overlaps left by taking B's span beside A's: the later decision's span wins only if decided so;
    # keep the longest of overlapping spans (SPEC: the longest valid span wins).
    chosen: list[GoldEntity] = []
    for e in sorted(ents.values(), key=lambda e: (e.start, -(e.end - e.start))):
        if chosen and e.start < chosen[-1].end:
            continue
        chosen.append(e)
    index = {(e.start, e.end): k for k, e in enumerate(chosen)}
    relations = sorted(
        {GoldRelation(label, index[hs, he], index[ts, te])
         for label, hs, he, ts, te in rels if (hs, he) in index and (ts, te) in index},
        key=lambda r: (r.head, r.tail, r.label),
    )
    return replace(a, entities=tuple(chosen), relations=tuple(relations)), undecided
