"""Features of candidate entity pairs inside a sentence, for the learned models (the shipped
hole filler, :mod:`gongbu.relations.learned`, and the comparison in :mod:`gongbu.evaluation.learned`).

Two candidate kinds, both inside one sentence:

- ``flow``: (quantity, party) — classes NONE / FROM / TO;
- ``pair``: (party, GPE), ordered as (head, tail) — classes NONE / PAIRED.

Features are plain dicts (for :class:`sklearn.feature_extraction.DictVectorizer`):
labels, order, distance in characters and in mentions, clause distance, the cue
families (``data/cues.json``) found between, before and after, the two
characters around the party, the east/west side of GPEs and list structure.
They use the same sentence model as the rules (clauses, list groups) but not
the rules' decisions.
"""

from __future__ import annotations

from collections.abc import Iterator

from gongbu.relations.rules import PARTY, QUANTITY, Sentence, cue_patterns, is_pair, side_of
from gongbu.report import Entity

__all__ = ["FAMILIES", "candidates", "flow_features", "pair_features"]

FAMILIES = ("giving", "buying", "selling", "receiving", "pairing", "movement", "location_flow")


def _bucket(n: int, edges=(0, 1, 2, 4, 8, 16, 32)) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def _cues(text: str, prefix: str) -> dict[str, float]:
    pats = cue_patterns()
    return {f"{prefix}:{fam}": 1.0 for fam in FAMILIES if pats[fam].search(text)}


def _party_context(sent: Sentence, p: int) -> dict[str, float]:
    ent = sent.entities[p]
    text = sent.text
    group = next((g for g in sent.groups(sent.clause_of(p)) if p in g), [p])
    f = {
        f"p.label={ent.label}": 1.0,
        f"p.side={side_of(ent)}": 1.0,
        f"p.short={len(ent.text) == 1}": 1.0,
        f"p.before2={text[max(sent.start, ent.start - 2) : ent.start]}": 1.0,
        f"p.before1={text[max(sent.start, ent.start - 1) : ent.start]}": 1.0,
        f"p.after1={text[ent.end : ent.end + 1]}": 1.0,
        f"p.after2={text[ent.end : ent.end + 2]}": 1.0,
        f"p.group={_bucket(len(group), (1, 2, 3))}": 1.0,
        "p.dest": float(sent.is_destination(group)),
        "p.origin": float(sent.is_origin(group)),
        "p.location": float(sent.is_location(group)),
        "p.modifier": float(sent.is_modifier(p)),
        "p.quoted": float(sent.in_quotes(p)),
        "p.opens_clause": float(not sent.prefix(group).strip(",，:： ")),
    }
    return f


def _gap(text: str, a: Entity, b: Entity) -> tuple[int, int, str]:
    """The span between two entities, in either order, and its text."""
    lo, hi = (a.end, b.start) if a.start < b.start else (b.end, a.start)
    return lo, hi, text[lo:hi] if lo < hi else ""


def flow_features(sent: Sentence, q: int, p: int) -> dict[str, float]:
    ents, text = sent.entities, sent.text
    qe, pe = ents[q], ents[p]
    lo, hi, between = _gap(text, pe, qe)
    n_between = sum(1 for k in sent.indices if lo <= ents[k].start < hi)
    n_parties_between = sum(1 for k in sent.indices if lo <= ents[k].start < hi and ents[k].label in PARTY)
    qc, pc = sent.clause_of(q), sent.clause_of(p)
    cs, ce, paren = sent.clauses[qc]
    order = "p<q" if pe.start < qe.start else "q<p"
    f = {
        "bias": 1.0,
        f"q.label={qe.label}": 1.0,
        f"order={order}": 1.0,
        f"chars={_bucket(len(between))}": 1.0,
        f"ents={_bucket(n_between, (0, 1, 2, 3, 5))}": 1.0,
        f"parties_between={_bucket(n_parties_between, (0, 1, 2))}": 1.0,
        f"clauses={_bucket(abs(qc - pc), (0, 1, 2, 3))}": 1.0,
        f"clauses.{order}={_bucket(abs(qc - pc), (0, 1, 2))}": 1.0,
        "q.paren": float(paren),
        "q.subsection": float(bool(cue_patterns()["subsection"].match(text[cs : qe.start]))),
        f"q.before1={text[max(cs, qe.start - 1) : qe.start]}": 1.0,
        f"q.after1={text[qe.end : qe.end + 1]}": 1.0,
    }
    f.update(_party_context(sent, p))
    f.update(_cues(between, f"between.{order}"))
    f.update(_cues(text[cs:ce], "q.clause"))
    f.update(_cues(text[sent.clauses[pc][0] : pe.start], "p.clause_before"))
    # Conjunctions of the strongest signals.
    f[f"{order}|dest={f['p.dest']}|{qe.label}"] = 1.0
    f[f"{order}|same_clause={qc == pc}|{pe.label}"] = 1.0
    return f


def pair_features(sent: Sentence, h: int, t: int) -> dict[str, float]:
    ents, text = sent.entities, sent.text
    he, te = ents[h], ents[t]
    lo, hi, between = _gap(text, he, te)
    order = "h<t" if he.start < te.start else "t<h"
    hc, tc = sent.clause_of(h), sent.clause_of(t)
    after = text[max(he.end, te.end) : max(he.end, te.end) + 12]
    f = {
        "bias": 1.0,
        f"order={order}": 1.0,
        f"sides={side_of(he)}>{side_of(te)}": 1.0,
        f"labels={he.label}>{te.label}": 1.0,
        f"chars={_bucket(len(between))}": 1.0,
        f"clauses={_bucket(abs(hc - tc), (0, 1, 2, 3))}": 1.0,
        f"ents={_bucket(sum(1 for k in sent.indices if lo <= ents[k].start < hi), (0, 1, 2, 3, 5))}": 1.0,
        "conj_between": float(any(c in between for c in "与和同")),
        "h.modifier": float(sent.is_modifier(h)),
        "t.modifier": float(sent.is_modifier(t)),
        "h.quoted": float(sent.in_quotes(h)),
        "t.quoted": float(sent.in_quotes(t)),
        f"h.before1={text[max(sent.start, he.start - 1) : he.start]}": 1.0,
        f"t.before1={text[max(sent.start, te.start - 1) : te.start]}": 1.0,
    }
    f.update(_cues(between, f"between.{order}"))
    f.update(_cues(after, "after"))
    m = cue_patterns()["pairing"].search(between)
    if m:
        f[f"pairing.between|{order}|sides={side_of(he)}>{side_of(te)}"] = 1.0
        f["pairing.noun"] = float(bool(cue_patterns()["noun_after"].match(between, m.end())))
    return f


def candidates(sent: Sentence) -> Iterator[tuple[str, int, int]]:
    """``(kind, head, tail)`` candidate pairs of one sentence (kind 'flow' or 'pair')."""
    ents = sent.entities
    parties = [k for k in sent.indices if ents[k].label in PARTY and not is_pair(ents[k])]
    for q in (k for k in sent.indices if ents[k].label in QUANTITY):
        for p in parties:
            yield "flow", q, p
    for h in parties:
        for t in parties:
            if h != t and ents[t].label == "GPE":
                yield "pair", h, t
