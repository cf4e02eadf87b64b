"""Frames that real reports use to state facts, beyond the clause rules of :mod:`.rules`.

Each frame is a small function from a :class:`~gongbu.relations.rules.Sentence` to
relations, with the reason in ``Relation.rule``:

- :func:`conjoined_pairing` — 「A」与「B」开展东西部扶贫协作 / 携手奔小康 / 签署…协议 / 结对:
  the pairing cue is often the programme's name, which is an entity itself;
- :func:`duikou_pairing` — 对口 as a verb, in chains (「济南市」对口「武隆区」、「烟台市」对口「巫山县」)
  and with a prefecture that only locates its counties (对口支援喀什地区的「巴楚县」、「莎车县」);
- :func:`yuan_destination` — 援X inside a quantity's noun phrase names where it goes
  (援「藏」资金「45.18亿元」, 「80名」援「藏」教师);
- :func:`ledger_heads` (applied after the other rules) — a party heading a sentence of its own
  figures gave each figure that no rule gave a giver (「海淀区」：协作资金「2.36亿元」、挂职干部「14名」).

The cue words live in ``data/cues.json`` under ``frames``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from functools import cache
from typing import Any

from gongbu.regex_gate import compile_gated
from gongbu.relations.rules import (
    LIST_ITEM_HEAD,
    PARTY,
    QUANTITY,
    Relation,
    Sentence,
    _norm,
    cue_patterns,
    cues,
    side_of,
    total_of,
)

__all__ = [
    "FRAMES",
    "breakdowns",
    "conjoined_pairing",
    "distributive",
    "duikou_pairing",
    "facing_amounts",
    "frame_patterns",
    "inherited_destinations",
    "keep_respective",
    "ledger_heads",
    "mutual_exchanges",
    "numbered_back_references",
    "pairing_givers",
    "respective_pairing",
    "sales",
    "sent_by",
    "table_rows",
    "yuan_destination",
    "yuan_givers",
    "yuan_provinces",
]


@cache
def frame_patterns() -> dict[str, Any]:
    c = cues()["frames"]
    return {
        "conjunction": compile_gated(c["conjunction"]),
        "pairing_cue": compile_gated(c["pairing_cue"]),
        "programmes": frozenset(c["pairing_programmes"]),
        "duikou": compile_gated(c["duikou"]),
        "modified_noun": compile_gated(c["modified_noun"]),
        "acting_body": compile_gated(c["acting_body"]),
        "giving_body": compile_gated(c["giving_body"]),
        "staff_body": compile_gated(c["staff_body"]),
        "passive_giver": compile_gated(c["passive_giver"]),
        "spent_on": compile_gated(c["spent_on"]),
        "by_opens": compile_gated(c["by_opens"]),
        "built_by": compile_gated(c["built_by"]),
        "funded_from": compile_gated(c["funded_from"]),
        "project_of": compile_gated(c["project_of"]),
        "giver_purse": compile_gated(c["giver_purse"]),
        "passive_receiver_cue": compile_gated(c["passive_receiver_cue"]),
        "built_in": compile_gated(c["built_in"]),
        "build_verbs": compile_gated(c["build_verbs"]),
        "come_from": compile_gated(c["come_from"]),
        "passive_verbs": compile_gated(c["passive_verbs"]),
        "speaker": compile_gated(c["speaker"]),
        "source_before": compile_gated(c["source_before"]),
        "source_after": compile_gated(c["source_after"]),
        "mutual": compile_gated(c["mutual"]),
        "not_flow": compile_gated(c["not_flow"]),
        "beneficiaries": compile_gated(c["beneficiaries"]),
        "dateline": compile_gated(c["dateline"]),
        "visit_to_help": compile_gated(c["visit_to_help"]),
        "respective": compile_gated(c["respective"]),
        "distributive": compile_gated(c["distributive"]),
        "distributive_opening": compile_gated(c["distributive_opening"]),
        "back_reference": compile_gated(c["back_reference"]),
        "ledger_gap": compile_gated(c["ledger_gap"]),
        "receiving": compile_gated(c["receiving"]),
        "table_filler": compile_gated(c["table_filler"]),
        "cue_window": c["cue_window"],
        "np_window": c["np_window"],
        "yuan_givers": compile_gated(c["yuan_givers"]),
    }


@cache
def _noun_after() -> re.Pattern:
    return compile_gated("|".join(map(re.escape, cues()["pairing_noun_after"]["words"])))


def _helper_and_helped(sent: Sentence, first: list[int], second: list[int]) -> tuple[list[int], list[int]] | None:
    """Who helps whom between two named groups: the east or an organisation helps; else word order."""
    a, b = sent.group_side(first), sent.group_side(second)
    helping = ("east", "org")
    if a in helping and b not in helping:
        helpers, helped = first, second
    elif b in helping and a not in helping:
        helpers, helped = second, first
    elif a == b and a in ("east", "west"):
        return None  # 京津, 滇川: two partners of one side state no East–West pairing
    else:
        helpers, helped = first, second
    helped = [k for k in helped if sent.entities[k].label == "GPE"]
    return (helpers, helped) if helpers and helped else None


def _pairs(sent: Sentence, helpers: list[int], helped: list[int], why: str) -> Iterator[Relation]:
    for h in helpers:
        for t in helped:
            if h != t:
                yield Relation("PAIRED", h, t, why)


def _conjoined(sent: Sentence, clause: int) -> Iterator[tuple[list[int], list[int]]]:
    """(left, right) lists joined by 与/和/同 in a clause: 「A」、「B」与「C」 → ([A, B], [C])."""
    pats = frame_patterns()
    ents, text = sent.entities, sent.text
    parties = sent.parties_in(clause)  # what the clause's groups hold, in order
    for i, (a, b) in enumerate(itertools.pairwise(parties)):
        if not pats["conjunction"].fullmatch(text[ents[a].end : ents[b].start]):
            continue
        left, right = [a], [b]
        for k in reversed(parties[:i]):  # the list that ends at a
            if text[ents[k].end : ents[left[0]].start] not in ("、", ","):
                break
            left.insert(0, k)
        for k in parties[i + 2 :]:  # the list that starts at b
            if text[ents[right[-1]].end : ents[k].start] not in ("、", ","):
                break
            right.append(k)
        yield left, right


def _pair_chain(sent: Sentence, clause: int) -> list[tuple[int, int]]:
    """「A」与「B」、「C」与「D」: two or more pairs in a row, each joined by 与/和, the pairs by 、."""
    pats = frame_patterns()
    ents, text = sent.entities, sent.text
    parties = sent.parties_in(clause)  # what the clause's groups hold, in order
    if len(parties) < 4:
        return []  # two pairs or none
    chain: list[tuple[int, int]] = []
    i = 0
    while i + 1 < len(parties):
        a, b = parties[i], parties[i + 1]
        joined = pats["conjunction"].fullmatch(text[ents[a].end : ents[b].start])
        follows = not chain or text[ents[chain[-1][1]].end : ents[a].start] == "、"
        if joined and follows:
            chain.append((a, b))
            i += 2
        elif len(chain) >= 2:
            break
        else:
            chain, i = [], i + 1
    return chain if len(chain) >= 2 else []


def conjoined_pairing(sent: Sentence) -> Iterator[Relation]:
    """「A」与「B」 followed, within a few characters, by a pairing cue or an East–West programme;
    also a row of such pairs (「南京市」与「西宁市」、「无锡市」与「海东市」的东西部扶贫协作)."""
    pats = frame_patterns()
    ents, text = sent.entities, sent.text
    # Two parties joined, then a pairing cue or a programme, all inside the sentence.
    if sum(1 for k in sent.indices if ents[k].label in PARTY) < 2 or not (
            pats["pairing_cue"].search(text, sent.start, sent.end)
            or any(ents[k].label == "PROGRAMME" for k in sent.indices)):
        return
    for c in range(len(sent.clauses)):
        _, ce, _ = sent.clauses[c]
        chain = _pair_chain(sent, c)
        if chain:
            after = ents[chain[-1][1]].end
            window = text[after : min(ce, after + pats["cue_window"])]
            cue = pats["pairing_cue"].search(window)
            programme = any(ents[k].label == "PROGRAMME" and after <= ents[k].start < after + pats["cue_window"]
                            for k in sent.indices)
            if (cue and not _noun_after().match(window, cue.end())) or programme:
                for a, b in chain:
                    oriented = _helper_and_helped(sent, [a], [b])
                    if oriented:
                        yield from _pairs(sent, *oriented, "frame:conjoined-row")
                continue
        for first, second in _conjoined(sent, c):
            after = ents[second[-1]].end
            if text.startswith("的", after) and not pats["pairing_cue"].match(text, after + 1):
                continue  # 「A」与「B」的合作项目: B modifies a noun (but 「A」与「B」的东西部协作 pairs them)
            end = min(ce, after + pats["cue_window"])
            # The cue must come before any other party that acts (a place after 在 only locates).
            for k in sent.indices:
                e = ents[k]
                if after <= e.start < end and e.label in PARTY and not text[max(0, e.start - 1) : e.start] == "在":
                    end = e.start
                    break
            window = text[after:end]
            cue = pats["pairing_cue"].search(window)
            if cue and _noun_after().match(window, cue.end()):
                cue = None  # 对口扶贫协作工程, 帮扶工作: the cue modifies a noun
            programme = any(
                ents[k].label == "PROGRAMME" and after <= ents[k].start < end
                and (ents[k].norm or {}).get("name") in pats["programmes"]
                for k in sent.indices
            )
            if not (programme or cue):
                continue
            oriented = _helper_and_helped(sent, first, second)
            if oriented:
                yield from _pairs(sent, *oriented, "frame:conjoined")


def _subject_before(sent: Sentence, clause: int, pos: int) -> list[int] | None:
    """The group right before ``pos`` (a few characters away), else the group opening the clause."""
    ents = sent.entities
    before = [g for g in sent.groups(clause) if ents[g[-1]].end <= pos]
    if not before:
        return None
    last = before[-1]
    if pos - ents[last[-1]].end <= 4 and not sent.mention_between(ents[last[-1]].end, pos):
        return last
    first = before[0]
    cs = sent.clauses[clause][0]
    if not sent.mention_between(cs, ents[first[0]].start) and len(sent.text[cs : ents[first[0]].start].strip()) <= 8:
        return first
    return None


def duikou_pairing(sent: Sentence) -> Iterator[Relation]:
    """对口 (帮扶/支援/扶贫…) as a verb with the helped named right after it."""
    pats = frame_patterns()
    ents, text = sent.entities, sent.text
    for m in pats["duikou"].finditer(text, sent.start, sent.end):
        if sent.inside_entity(m.start()):
            continue
        clause = sent.clause_index(m.start())
        after = [g for g in sent.groups(clause) if ents[g[0]].start >= m.end()]
        if not after or ents[after[0][0]].start - m.end() > 1:
            continue
        helped = list(after[0])
        tail = ents[helped[-1]].end
        if text.startswith("的", tail) and len(after) > 1 and ents[after[1][0]].start - tail <= 2:
            if (sent.group_side(after[1]) == "east" and sent.group_side(helped) == "west"
                    and _subject_before(sent, clause, m.start()) is None):
                # 对口帮扶「陇县」的「铜山区」投入…: a clause that opens with the pairing names its helper after 的
                yield from _pairs(sent, list(after[1]), [k for k in helped if ents[k].label == "GPE"],
                                  "frame:duikou-relative")
                continue
            helped = list(after[1])  # 对口支援喀什地区的「巴楚县」…: the prefecture only locates them
            tail = ents[helped[-1]].end
        for g in after[after.index(next(a for a in after if a[0] == helped[0])) + 1 :]:
            # 对口支援昌吉州和「兵团第六师」五家渠市: the list goes on across an organisation
            if text[tail : ents[g[0]].start] not in ("", "和", "、", "及", "与"):
                break
            next_link = pats["duikou"].match(text, ents[g[-1]].end)
            if next_link or sent.group_side(g) not in (sent.group_side(helped), "org"):
                break  # 、「烟台市」对口…: the next link of a chain, not one more helped place
            helped += g
            tail = ents[g[-1]].end
        if pats["modified_noun"].match(text, tail):
            continue  # 对口支援新疆工作, 对口帮扶甘肃的任务: the pairing modifies a noun
        helpers = _subject_before(sent, clause, m.start())
        if helpers is None:
            continue
        oriented = _helper_and_helped(sent, helpers, helped)
        if oriented:
            yield from _pairs(sent, *oriented, "frame:duikou")


_JOINED_BY = compile_gated(r"\s*[与和同]\s*")


def colon_pairings(sent: Sentence) -> Iterator[Relation]:
    """建立结对关系：「鄞州区」与「和龙市」，「慈溪市」与「龙井市」，「奉化区」、「宁海县」与「安图县」: after a
    pairing cue and a colon, each clause that is nothing but two lists of places joined by 与 is a pair."""
    pats = frame_patterns()
    ents, text = sent.entities, sent.text
    if text.find("：", sent.start, sent.end) < 0 and text.find(":", sent.start, sent.end) < 0:
        return
    for c, (cs, ce, _) in enumerate(sent.clauses):
        if not text[cs:ce].rstrip().endswith(("：", ":")) or not pats["pairing_cue"].search(text, cs, ce):
            continue
        for d in range(c + 1, len(sent.clauses)):
            ds, de, _ = sent.clauses[d]
            gs = sent.groups(d)
            ks = [k for g in gs for k in g]
            if len(gs) != 2 or any(ents[k].label != "GPE" for k in ks):
                break
            if (not _JOINED_BY.fullmatch(text, ents[gs[0][-1]].end, ents[gs[1][0]].start)
                    or text[ds : ents[ks[0]].start].strip(" ，,") or text[ents[ks[-1]].end : de].strip(" ，,。；;")):
                break
            oriented = _helper_and_helped(sent, gs[0], gs[1])
            if oriented:
                yield from _pairs(sent, *oriented, "frame:colon-pairings")


def table_rows(sent: Sentence) -> Iterator[Relation]:
    """A row of a flattened table, 「佛山市」　「凉山州」　「6.99亿元」　「32名」: nothing but mentions,
    spaces and bare numbers; the eastern party gave every quantity of the row, the western one got it."""
    pats = frame_patterns()
    ents, text = sent.entities, sent.text
    idx = list(sent.indices)
    if len(idx) < 3:
        return
    filler = pats["table_filler"].fullmatch
    prev = sent.start  # the gaps before, between and after the mentions, first to last
    for k in idx:
        if not filler(text, prev, ents[k].start):
            return
        prev = ents[k].end
    if not filler(text, prev, sent.end):
        return
    parties = [k for k in idx if ents[k].label in PARTY]
    quantities = [k for k in idx if ents[k].label in QUANTITY]
    if not (parties and quantities) or ents[parties[-1]].end > ents[quantities[0]].start:
        return
    east = [k for k in parties if side_of(ents[k]) in ("east", "org")]
    west = [k for k in parties if side_of(ents[k]) == "west"]
    for q in quantities:
        yield from (Relation("FROM", q, k, "frame:table-row") for k in east)
        yield from (Relation("TO", q, k, "frame:table-row") for k in west)


_BATCH = compile_gated(r"(?:第[一二三四五六七八九十\d]+批)?援")


def yuan_givers(sent: Sentence, found: Sequence[Relation]) -> Iterator[Relation]:
    """「山东」援「渝」干部人才400余名, 「北京市」第二批援「蒙」干部62名: the eastern place right before
    援X sent the quantity of that noun phrase, when no rule gave it a giver."""
    ents, text = sent.entities, sent.text
    given = {r.head for r in found if r.label == "FROM"}
    for x in sent.modifiers:
        clause = sent.clause_of(x)
        lead = [k for k in sent.indices if ents[k].end <= ents[x].start and sent.clause_of(k) == clause
                and ents[k].label == "GPE" and _BATCH.fullmatch(text, ents[k].end, ents[x].start)
                and side_of(ents[k]) == "east"]
        if not lead:
            continue
        after = [k for k in sent.indices if ents[k].label in QUANTITY and sent.clause_of(k) == clause
                 and ents[k].start >= ents[x].end and k not in given]
        for q in after[:1]:
            yield Relation("FROM", q, lead[-1], "frame:yuan-giver")


def facing_amounts(sent: Sentence) -> Iterator[Relation]:
    """「福州」对「定西」3.05亿元，「厦门」对「临夏」3.37亿元: a ledger of pairs, each amount from the
    party before 对 to the one after it."""
    ents, text = sent.entities, sent.text
    if text.find("对", sent.start, sent.end) < 0:
        return  # the frame needs 对 between the two parties
    for q in (k for k in sent.indices if ents[k].label in QUANTITY):
        clause = sent.clause_of(q)
        before = [g for g in sent.groups(clause) if ents[g[-1]].end <= ents[q].start]
        if len(before) < 2:
            continue
        giver, receiver = before[-2], before[-1]
        gap = text[ents[receiver[-1]].end : ents[q].start]
        if (text[ents[giver[-1]].end : ents[receiver[0]].start] == "对" and len(gap) <= 4
                and not cue_patterns()["verbish"].search(gap)
                and sent.group_side(giver) in ("east", "org") and sent.group_side(receiver) == "west"):
            yield from (Relation("FROM", q, k, "frame:facing-amount") for k in giver)
            yield from (Relation("TO", q, k, "frame:facing-amount") for k in receiver)


_AFTER_AMOUNT = compile_gated(r"(?:的)?(?:计划外|计划内|无偿|财政|专项)?")


def yuan_destination(sent: Sentence) -> Iterator[Relation]:
    """TO the X of 援X standing in a quantity's noun phrase, just before or right after it."""
    pats = frame_patterns()
    ents, text = sent.entities, sent.text
    marks = list(sent.modifiers)
    if not marks:
        return
    for q in (k for k in sent.indices if ents[k].label in QUANTITY):
        qe = ents[q]
        for x in marks:
            xe = ents[x]
            if sent.clause_of(x) != sent.clause_of(q):
                continue
            if xe.end <= qe.start:
                between = text[xe.end : qe.start]
                near = len(between) <= pats["np_window"] and not re.search(r"[\d，,、；;。]", between)
            else:
                # 「80名」援「藏」教师, 追加了「3亿元」计划外援「疆」资金
                near = xe.start - 1 >= qe.end and _AFTER_AMOUNT.fullmatch(text, qe.end, xe.start - 1) is not None
            if near and not sent.mention_between(xe.end, qe.start) and not pats["yuan_givers"].match(text, xe.end):
                yield Relation("TO", q, x, "frame:yuan-destination")


def ledger_heads(sent: Sentence, found: Sequence[Relation]) -> Iterator[Relation]:
    """The party heading a sentence of figures: an eastern head gave them (FROM, 「海淀区」：协作资金…),
    a western head set off by a comma or colon received them (TO, 「巴楚县」，援疆资金…); only
    for quantities no rule gave a giver (or a receiver)."""
    pats = frame_patterns()
    ents, text = sent.entities, sent.text
    # The head opens the first clause that names anyone (援疆方面，2021年，「山东」援疆资金…).
    groups = next((g for c in range(len(sent.clauses)) if (g := sent.groups(c))), None)
    if not groups:
        return
    head = groups[0]
    lead = text[sent.start : ents[head[0]].start]
    pair = _dash_pair(sent, head)  # 「北京市」—「玉树州」：援青资金…
    west = _receives_as_head(ents[head[0]])
    given = {r.head for r in found if r.label == "FROM"}
    if pair is None and not west and all(k in given for k in sent.indices if ents[k].label in QUANTITY):
        return  # a head that only gives, and every quantity has its giver already
    last = pair[1] if pair else head[-1]
    mark = text[ents[last].end : ents[last].end + 1]
    colon = mark in ("：", ":")
    heading = colon and not sent.mention_between(sent.start, ents[head[0]].start)
    if not ((pats["ledger_gap"].fullmatch(lead) and not any(
            ents[k].start < ents[head[0]].start and not sent.is_modifier(k) for k in sent.indices)) or heading):
        return
    parties = [k for k in sent.indices if ents[k].label in PARTY and not sent.is_modifier(k) and k not in head
               and not (pair and k == pair[1])]
    if parties and not colon:
        return  # another party acts in the sentence: the clause rules decide
    if pats["receiving"].search(text, sent.start, sent.end) or cue_patterns()["selling"].search(
            text, sent.start, sent.end):
        return  # 「中国石化」2019年帮贫困地区卖出…: a helper of sales is no ledger's giver
    quantities = [k for k in sent.indices if ents[k].label in QUANTITY]
    # A row of a table: 「乐都区」　1.9亿元, 「化隆」、「循化」两县合计　1.3亿元, 「南京市」—「商洛市」　3.12亿元.
    row = bool(quantities) and _ROW_GAP.fullmatch(text, ents[last].end, ents[quantities[0]].start)
    if west and mark not in ("：", ":", "，", ",") and not row:
        return
    roles = [("TO", "receiver", head)] if west else [("FROM", "giver", head)]
    if pair and (row or colon):
        roles = [("FROM", "giver", [pair[0]]), ("TO", "receiver", [pair[1]])]
    for label, role, parties in roles:
        # 援X marks name where aid goes in general; a heading place is still its receiver.
        done = {r.head for r in found if r.label == label and r.rule != "frame:yuan-destination"}
        for q in quantities:
            cs, ce, _ = sent.clauses[sent.clause_of(q)]
            if pats["not_flow"].search(text, cs, ce):
                continue  # 帮助37.22万贫困人口脱贫: people lifted out of poverty moved nowhere
            if q not in done:
                for h in parties:
                    yield Relation(label, q, h, f"frame:ledger-{role}")
            elif label == "TO" and west and colon and not row and ents[q].label == "PERSON-COUNT" and q not in given:
                # 「重庆市」：赴「鲁」就业贫困人员558名: people who go elsewhere leave the western head.
                for h in parties:
                    yield Relation("FROM", q, h, "frame:ledger-origin")


def _receives_as_head(ent: Any) -> bool:
    """A western party heading its figures receives them; so does a county of neither side (a central
    unit's designated county)."""
    side = side_of(ent)
    return side == "west" or (side is None and ent.label == "GPE"
                              and _norm(ent).get("level") in ("county", "township", "village"))


def ledger_items(sent: Sentence, found: Sequence[Relation]) -> Iterator[Relation]:
    """Segments of figures each headed by its giver, in one sentence: 「上海市」援藏资金45.18亿元、援藏干部
    「493名」，「山东省」资金「38.18亿元」、干部「508名」. A quantity no rule gave a giver takes the place
    (of the east, or of neither side: 黑龙江) or the organisation opening its clause, when nothing but
    figures and 援X marks stand between."""
    pats = frame_patterns()
    ents, text = sent.entities, sent.text
    given = {r.head for r in found if r.label == "FROM"}
    for q in (k for k in sent.indices if ents[k].label in QUANTITY and k not in given):
        cs, ce, _ = sent.clauses[sent.clause_of(q)]
        if pats["not_flow"].search(text, cs, ce) or pats["receiving"].search(text, cs, ce):
            continue
        before = [k for k in sent.indices if ents[k].end <= ents[q].start and ents[k].label in PARTY
                  and not sent.is_modifier(k)]
        if not before:
            continue
        head = before[-1]
        hs = sent.clauses[sent.clause_of(head)][0]
        # The head opens its clause (after a comma, a ；, or the sentence's start), and the figures
        # between it and this quantity belong to it: a run of clauses joined by 、 or a comma.
        if text[hs : ents[head].start].strip(" \t\u3000，,、；;") or side_of(ents[head]) == "west":
            continue
        if sent.clause_of(head) != sent.clause_of(q) and not all(
            any(ents[k].label in QUANTITY and sent.clause_of(k) == c for k in sent.indices)
            for c in range(sent.clause_of(head), sent.clause_of(q))
        ):
            continue
        if not _LEDGER_GAP.fullmatch(text, ents[head].end, ents[q].start):
            continue
        yield Relation("FROM", q, head, "frame:ledger-item")


# What may stand between a segment's head and its figures: nouns of aid, 援X, other figures, 、 and commas;
# no preposition or verb that gives the head another role (用于6279户…的安居房: those households benefit).
_LEDGER_GAP = compile_gated(r"[^向对给为从自由与和及在帮助吸纳接受用惠。；;：:]*")


def counts_before_places(sent: Sentence, found: Sequence[Relation]) -> Iterator[Relation]:
    """「155名」「浙江省」新一轮援「川」干部: a count that stops before its place (D31) comes from that place
    and goes where its 援X mark points, when no rule gave it a giver."""
    ents, text = sent.entities, sent.text
    given = {r.head for r in found if r.label == "FROM"}
    sent_to = {(r.head, r.tail) for r in found if r.label == "TO"}
    nxt = {k: j for k, j in itertools.pairwise(sent.indices)}
    for q in (k for k in sent.indices if ents[k].label == "PERSON-COUNT" and k not in given):
        k = nxt.get(q)
        if k is None or ents[k].label != "GPE" or ents[k].start != ents[q].end or side_of(ents[k]) != "east":
            continue
        m = _COUNT_PLACE_TAIL.match(text, ents[k].end)
        if not m:
            continue
        yield Relation("FROM", q, k, "frame:count-before-place")
        x = nxt.get(k)
        if x is not None and sent.is_modifier(x) and ents[x].start == m.end() and (q, x) not in sent_to:
            yield Relation("TO", q, x, "frame:count-before-place")


# After the place: a batch or round, then 援 (援川干部, 第十批援疆干部人才).
_COUNT_PLACE_TAIL = compile_gated(r"(?:新一轮|新一批|第[一二三四五六七八九十\d]+批|首批)?援")


def money_of_givers(sent: Sentence, found: Sequence[Relation]) -> Iterator[Relation]:
    """「云南省」到位「上海市」财政援助资金「38.18亿元」, 「北京市」投向「內蒙古」的各级财政援助资金达…: an
    eastern place that names the funds (X财政援助资金) gave the amount those words lead to, when no
    rule gave it a giver."""
    ents, text = sent.entities, sent.text
    given = {r.head for r in found if r.label == "FROM"}
    for q in (k for k in sent.indices if ents[k].label == "MONEY" and k not in given):
        clause = sent.clause_of(q)
        for k in sent.ents_in(clause, ("GPE",)):
            if ents[k].end > ents[q].start or side_of(ents[k]) != "east" or sent.is_modifier(k):
                continue
            if _FUNDS_OF.fullmatch(text, ents[k].end, ents[q].start):
                yield Relation("FROM", q, k, "frame:funds-of-giver")


def _filler_len(text: str, pos: int) -> int:
    """由「天津市」财政拨付给…: the purse between the party and its verb."""
    return frame_patterns()["giver_purse"].match(text, pos).end() - pos


def passive_givers(sent: Sentence, found: Sequence[Relation]) -> Iterator[Relation]:
    """…5000元学费补助由「福州市教育局」拨付: the party between 由 and a giving verb after a quantity
    of its clause gave it, when no rule gave it a giver."""
    pats = frame_patterns()
    ents, text = sent.entities, sent.text
    if text.find("由", sent.start, sent.end) < 0:
        return  # the frame needs a party right after 由
    given = {r.head for r in found if r.label == "FROM"}
    received = {r.head for r in found if r.label == "TO" and r.rule != "frame:yuan-destination"}
    for q in (k for k in sent.indices if ents[k].label in QUANTITY and (k not in given or k not in received)):
        clause = sent.clause_of(q)
        # …24.9亿元援疆资金，，全部由「东莞市」拨付至…: a clause of its own that opens with 由 still tells.
        nxt = (clause + 1 if clause + 1 < len(sent.clauses)
               and pats["by_opens"].match(text, sent.clauses[clause + 1][0]) else None)
        for k in sent.indices:
            if (sent.clause_of(k) not in (clause, nxt) or ents[k].start <= ents[q].end
                    or ents[k].label not in ("GPE", "ORG") or sent.is_modifier(k)):
                continue  # 96名援「藏」干部人才由…: 援X names where they go
            if sent.clause_of(k) == nxt and any(
                    ents[j].label in QUANTITY and ents[q].end <= ents[j].start < ents[k].start for j in sent.indices):
                break  # another amount stands between: the 由 clause is its own
            if (pats["passive_giver"].search(text, ents[q].end, ents[k].start)
                    and (verb := pats["passive_verbs"].match(text, ents[k].end + _filler_len(text, ents[k].end)))):
                if q not in given:
                    yield Relation("FROM", q, k, "frame:passive-giver")
                # …由「东莞市」拨付至「兵团第三师」「图木舒克市」: and where it went after the verb.
                if q not in received and pats["passive_receiver_cue"].match(text, verb.end()):
                    after = [g for g in sent.groups(sent.clause_of(k)) if ents[g[0]].start > verb.end()]
                    if after and ents[after[0][0]].start - verb.end() <= 2:
                        for j in after[0]:
                            yield Relation("TO", q, j, "frame:passive-receiver")
            break  # only the first party after the quantity


def built_by(sent: Sentence, found: Sequence[Relation]) -> Iterator[Relation]:
    """「黔西南州儿童医院」门诊楼由「宁波市」出资援建，总投资3000万元: the party after 由 gave the
    amounts that follow the building verb, and the party the clause opens with (whose building it
    is) received them, when no rule gave them a giver."""
    pats = frame_patterns()
    ents, text = sent.entities, sent.text
    if text.find("由", sent.start, sent.end) < 0:
        return  # the frame needs a party after 由
    given = {r.head for r in found if r.label == "FROM"}
    received = {r.head for r in found if r.label == "TO"}
    for clause in range(len(sent.clauses)):
        groups = sent.groups(clause)
        for n, g in enumerate(groups):
            verb = pats["built_by"].match(text, ents[g[-1]].end)
            if n == 0 or not sent.prefix_ends(g, "由") or not verb:
                continue
            owner = [k for k in groups[0] if ents[k].label in ("GPE", "ORG")]
            later = [k for k in sent.indices if ents[k].label == "MONEY" and ents[k].start >= verb.end()]
            for q in later:
                if sent.mention_between(verb.end(), ents[q].start):
                    break  # a party named between tells of its own amount
                if q not in given:
                    yield from (Relation("FROM", q, k, "frame:built-by") for k in g)
                if q not in received:
                    yield from (Relation("TO", q, k, "frame:built-by") for k in owner)
            break


def funded_from(sent: Sentence, found: Sequence[Relation]) -> list[Relation]:
    """「勐海县勐阿镇」的冷链物流项目总投资1500万元，资金全部来自「上海市松江区」: the party after
    来自/出自 in the amount's clause or the next one gave it (it replaces a giver carried over), and
    the place whose project the sentence opens with received it, when no rule named a receiver."""
    pats = frame_patterns()
    ents, text = sent.entities, sent.text
    out = list(found)
    if not pats["funded_from"].search(text, sent.start, sent.end):
        return out  # no 来自 or 出自 in the sentence
    for q in (k for k in sent.indices if ents[k].label == "MONEY"):
        clause = sent.clause_of(q)
        source = None
        for c in (clause, clause + 1):
            if c >= len(sent.clauses):
                break
            start = ents[q].end if c == clause else sent.clauses[c][0]
            for g in sent.groups(c):
                if ents[g[0]].start < start:
                    continue
                cue = pats["funded_from"].search(text, start, ents[g[0]].start)
                # …，资金全部来自X opens the next clause; …，其中来自X的达… is a part of its own.
                if cue and cue.end() == ents[g[0]].start and (
                        c == clause or (cue.start() - start <= 6 and "其中" not in text[start : cue.start()])):
                    source = g
                break
            if source or any(ents[k].label in QUANTITY and sent.clause_of(k) == c and k != q for k in sent.indices):
                break
        if not source:
            continue
        out = [r for r in out if not (r.head == q and r.label == "FROM")]
        out += [Relation("FROM", q, k, "frame:funded-from") for k in source]
        first = sent.groups(0)
        if (not any(r.head == q and r.label == "TO" for r in out) and first and first[0][0] not in source
                and pats["project_of"].match(text, ents[first[0][-1]].end)):
            out += [Relation("TO", q, k, "frame:funded-from") for k in first[0] if ents[k].label == "GPE"]
    return out


def spent_on(sent: Sentence, found: Sequence[Relation]) -> Iterator[Relation]:
    """…资金每年保持在「20亿元」以上，重点投向「兴安盟」、「赤峰市」等地: the clause after an amount
    that opens with where money goes names its receivers, when no rule gave it one."""
    pats = frame_patterns()
    ents, text = sent.entities, sent.text
    received = {r.head for r in found if r.label == "TO"}
    for q in (k for k in sent.indices if ents[k].label == "MONEY" and k not in received):
        clause = sent.clause_of(q)
        if any(ents[k].label in QUANTITY and sent.clause_of(k) == clause and ents[k].start > ents[q].end
               for k in sent.indices):
            continue  # the next clause tells of the later amount
        # …重点投向「兴安盟」…; …在「昭通靖安新区」建设…, where the money builds something.
        opening = _opening_list(sent, clause, lambda t, p: pats["spent_on"].match(t, p) or pats["built_in"].match(t, p))
        if opening and (opening[0].re is not pats["built_in"]
                        or pats["build_verbs"].match(text, ents[opening[1][-1]].end)):
            for k in opening[1]:
                yield Relation("TO", q, k, "frame:spent-on")


def _opening_list(sent: Sentence, clause: int, cue_at) -> tuple[re.Match, list[int]] | None:
    """The cue that opens the clause after ``clause`` and the list of parties right after it, else None."""
    if clause + 1 >= len(sent.clauses):
        return None
    cue = cue_at(sent.text, sent.clauses[clause + 1][0])
    groups = sent.groups(clause + 1)
    if cue and groups and sent.entities[groups[0][0]].start == cue.end():
        return cue, groups[0]
    return None


def come_from(sent: Sentence, found: Sequence[Relation]) -> Iterator[Relation]:
    """…专业技术人才共有「126人」，分别来自「浙江省」的11个市: the clause after a count that opens with
    来自 names where the people come from, when no rule gave them an origin."""
    ents = sent.entities
    given = {r.head for r in found if r.label == "FROM"}
    for q in (k for k in sent.indices if ents[k].label == "PERSON-COUNT" and k not in given):
        if opening := _opening_list(sent, sent.clause_of(q), frame_patterns()["come_from"].match):
            for k in opening[1]:
                yield Relation("FROM", q, k, "frame:come-from")


# 「扬州」派出的「86名」支教老师: a relative clause before a count names who sent the people.
_SENT_BY = compile_gated(r"(?:先后|统一|陆续|共|累计)?(?:派出|选派|派驻|外派|输送|组织)的"
                      r"(?:首批|第[一二三四五六七八九十\d]+批)?$")


def sent_by(sent: Sentence, found: Sequence[Relation]) -> Iterator[Relation]:
    """「扬州」派出的「86名」支教老师和「40名」医生: a party right before 派出的 sent the count after it,
    and the counts joined to it, when no rule gave them an origin."""
    ents, text = sent.entities, sent.text
    given = {r.head for r in found if r.label == "FROM"}
    counts = [k for k in sent.indices if ents[k].label == "PERSON-COUNT"]
    for n, q in enumerate(counts):
        prev = [k for k in sent.indices if ents[k].end <= ents[q].start and ents[k].label in PARTY]
        if not prev:
            continue
        gap = text[ents[prev[-1]].end : ents[q].start]
        if not _SENT_BY.fullmatch(gap):
            continue
        run = [q]
        for k in counts[n + 1 :]:  # 86名支教老师和40名医生: the counts of one list
            if not re.fullmatch(r"[、和及与]", text[ents[run[-1]].end : ents[k].start]):
                break
            run.append(k)
        yield from (Relation("FROM", k, prev[-1], "frame:sent-by") for k in run if k not in given)


# From a place to the amount: (投向 X 的)(各级)(财政)(援助|帮扶|协作)资金, then at most a verb of being (达, 为).
_FUNDS_OF = compile_gated(r"(?:(?:投向|投入|拨付|拨给|支援|援助)[^，,。；;的]{1,12}?)?(?:的)?(?:各级)?(?:财政)?"
                       r"(?:专项)?(?:援助|帮扶|协作|扶贫|专项)资金(?:达|为|共计|合计|总计|超过|近)?\s*")


def _dash_pair(sent: Sentence, head: list[int]) -> tuple[int, int] | None:
    """「南京市」—「商洛市」: an eastern head joined by a dash to the western place it helps."""
    ents = sent.entities
    if len(head) != 1:
        return None
    nxt = next((k for k in sent.indices if ents[k].start >= ents[head[-1]].end), None)
    if nxt is None or ents[nxt].label != "GPE":
        return None
    if not _DASH.fullmatch(sent.text, ents[head[0]].end, ents[nxt].start):
        return None
    if side_of(ents[head[0]]) in ("east", "org") and side_of(ents[nxt]) == "west":
        return head[0], nxt
    return None


_ROW_GAP = compile_gated(
    r"(?:[两二三四五六七八九十\d]+个?(?:县区|县市|区县|县|区|市|旗)?(?:合计|共计|共)?)?[\s\u3000]+")
_DASH = compile_gated(r"[—\-－–]{1,2}")


def sales(sent: Sentence, found: Sequence[Relation]) -> list[Relation]:
    """Selling: 「甘南州」向「天津」销售…「1.4亿元」 — the buyer after 向 pays (FROM), the subject sells (TO);
    帮助「张家口」、「承德」销售…: the places helped to sell receive (TO)."""
    ents, text = sent.entities, sent.text
    selling = cue_patterns()["selling"]
    out = list(found)
    for q in (k for k in sent.indices if ents[k].label == "MONEY"):
        clause = sent.clause_of(q)
        cs = sent.clauses[clause][0]
        sell = None
        for m in selling.finditer(text, cs, ents[q].start):
            sell = m
        if sell is None:
            continue
        groups = [g for g in sent.groups(clause) if ents[g[-1]].end <= sell.start()]
        buyers = [g for g in groups if sent.prefix_ends(g, "向")]
        helped = [g for g in groups if sent.prefix_ends(g, "帮助")]
        if buyers:
            seller = [g for g in groups if g is not buyers[-1] and not sent.is_destination(g)]
            out = [r for r in out if not (r.head == q and r.label == "TO" and r.tail in buyers[-1])]
            out += [Relation("FROM", q, k, "frame:buyer") for k in buyers[-1]]
            if seller:
                out += [Relation("TO", q, k, "frame:seller") for k in seller[0]]
        elif helped:
            out += [Relation("TO", q, k, "frame:helped-seller") for k in helped[-1]]
    return out


def mutual_exchanges(sent: Sentence, found: Sequence[Relation]) -> list[Relation]:
    """SPEC v2: 互派, 双向挂职 carry no FROM/TO unless each direction has its own number."""
    pats = frame_patterns()
    ents, text = sent.entities, sent.text
    if not pats["mutual"].search(text, sent.start, sent.end):
        return list(found)
    mutual = set()
    for q in (k for k in sent.indices if ents[k].label in QUANTITY):
        cs, ce, _ = sent.clauses[sent.clause_of(q)]
        if pats["mutual"].search(text, cs, ce):
            mutual.add(q)
    return [r for r in found if not (r.label in ("FROM", "TO") and r.head in mutual)]


_COUNT_WORDS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6}


def distributive(sent: Sentence) -> Iterator[Relation]:
    """「A县」、「B县」、「C县」按每县「5000万元」: each listed place receives the amount."""
    pats = frame_patterns()
    ents, text = sent.entities, sent.text
    if not pats["distributive"].search(text, sent.start, sent.end):
        return  # no 每县, 各安排 … between a list and an amount
    for q in (k for k in sent.indices if ents[k].label == "MONEY"):
        clause = sent.clause_of(q)
        before = [g for g in sent.groups(clause) if ents[g[-1]].end <= ents[q].start]
        cs = sent.clauses[clause][0]
        if not before and clause and pats["distributive_opening"].match(text, cs, ents[q].start):
            # …投向「汪清」、「安图」、「龙井」、「和龙」4个县市，每县2000万元: the list ends the clause before
            # (also after a time word: …结对帮扶「金阳县」、「昭觉县」，今年按每县5000万元).
            before = sent.groups(clause - 1)[-1:]
        if not before:
            continue
        group = before[-1]
        if any(_norm(ents[k]).get("level") == "province" for k in group):
            continue  # 「浙江省」按每县6000万元的标准向…安排: the province gives, the counties come later
        between = text[ents[group[-1]].end : ents[q].start]
        if pats["distributive"].search(between) and not sent.mention_between(ents[group[-1]].end, ents[q].start):
            for k in group:
                if ents[k].label == "GPE":
                    yield Relation("TO", q, k, "frame:distributive")


def numbered_back_references(sent: Sentence) -> Iterator[Relation]:
    """向两县 / 到两县: the destination is the list of that many places named earlier in the sentence."""
    pats = frame_patterns()
    ents, text = sent.entities, sent.text
    for m in pats["back_reference"].finditer(text, sent.start, sent.end):
        n = _COUNT_WORDS.get(m.group("n"))
        earlier = [g for c in range(sent.clause_index(m.start()) + 1) for g in sent.groups(c)
                   if ents[g[-1]].end <= m.start()]
        lists = [g for g in earlier if len(g) == n and all(ents[k].label == "GPE" for k in g)]
        if not lists:
            continue
        clause = sent.clause_index(m.start())
        for q in (k for k in sent.indices if ents[k].label in QUANTITY and sent.clause_of(k) == clause):
            for k in lists[-1]:
                yield Relation("TO", q, k, "frame:numbered-back-reference")


def breakdowns(sent: Sentence) -> Iterator[Relation]:
    """其中投向「毕节」6.1亿元、「黔南」4.1亿元: each part goes to the place right before it, and the
    total (when the sentence gives it no destination of its own) to all of them."""
    ents, text = sent.entities, sent.text
    if not sent.has_qizhong:
        return
    parts: dict[int, list[int]] = {}
    for q in (k for k in sent.indices if ents[k].label in QUANTITY):
        clause = sent.clause_of(q)
        cs = sent.clauses[clause][0]
        opens = text[cs : ents[q].start].lstrip(" ,，、:：(（").startswith("其中")
        if not (opens or sent.after_bare_subsection(clause)):
            continue
        before = [g for g in sent.groups(clause) if ents[g[-1]].end <= ents[q].start]
        if before and ents[q].start - ents[before[-1][-1]].end <= 1 and all(ents[k].label == "GPE" for k in before[-1]):
            parts[q] = before[-1]
            for k in before[-1]:
                yield Relation("TO", q, k, "frame:breakdown")
    for q, places in parts.items():
        total = total_of(sent, q)
        # Only an allocation verb (其中投向「毕节」…) spreads the total over the parts; 其中「西宁市」1.4亿元
        # or 其中用于「云南」… only breaks it down, and an 援X total already has its destination.
        cs = sent.clauses[sent.clause_of(q)][0]
        lead = text[cs : ents[places[0]].start].lstrip(" ,，、:：(（")
        allocated = re.match(r"其中[,，]?(?:投向|拨付|拨付给|分配给|下达)", lead)
        # 向两州投入30.6亿元，其中「恩施州」12.1亿元、「黔东南州」18.5亿元: the total went to the places
        # its count names, and the parts name them.
        if total is not None and not allocated:
            ts = sent.clauses[sent.clause_of(total)][0]
            m = frame_patterns()["back_reference"].search(text, ts, ents[total].start)
            named = {k for p, ks in parts.items() if total_of(sent, p) == total for k in ks}
            allocated = m is not None and _COUNT_WORDS.get(m.group("n")) == len(named)
        if total is not None and allocated and not any(
                sent.is_modifier(k) and ents[k].end <= ents[total].start for k in sent.indices):
            for k in places:
                yield Relation("TO", total, k, "frame:breakdown-total")


_PARTS_OPEN = compile_gated(r"[（(]\s*$|[：:]\s*$")  # 6490万元，分配如下：「同心县」… / 5800万元（「崆峒区」…
_PARTS_NEXT = compile_gated(r"\s*[、，,；;]\s*$")
_PLACE_IN_BRACKETS = compile_gated(r"\s*[（(]")
_CLOSE_BRACKET = compile_gated(r"\s*[）)]")


def listed_parts(sent: Sentence, found: Sequence[Relation]) -> list[Relation]:
    """The parts of a total listed after it, each right behind its own place: 安排资金6490万元，分配如下：
    「同心县」2150万元，「红寺堡区」2200万元 / 「河西区」：5800万元（「崆峒区」2600万元、「庄浪县」3200万元）.
    Each part goes to its place (instead of what the clause rules guessed) and comes from the total's
    giver, and the total goes to every place of its parts; a place alone in brackets after an amount,
    2700万元（「灵台县」）, is where it went."""
    ents, text = sent.entities, sent.text
    quantities = [k for k in sent.indices if ents[k].label in QUANTITY]
    if not quantities:
        return list(found)
    givers: dict[int, list[int]] = {}
    for r in found:
        if r.label == "FROM":
            givers.setdefault(r.head, []).append(r.tail)
    places: dict[int, list[int]] = {}
    totals: dict[int, int] = {}
    for n, q in enumerate(quantities):
        before = [g for g in sent.groups(sent.clause_of(q)) if ents[g[-1]].end <= ents[q].start] if n else None
        if n and before and ents[q].start - ents[before[-1][-1]].end <= 1 and _receivers(ents, before[-1]):
            group, p = before[-1], quantities[n - 1]
            lead = text[ents[p].end : ents[group[0]].start]
            if ents[p].end <= ents[group[0]].start and ents[p].label == ents[q].label:
                if p in totals and _PARTS_NEXT.fullmatch(lead):
                    totals[q], places[q] = totals[p], group
                elif _PARTS_OPEN.search(lead) and not sent.mention_between(ents[p].end, ents[group[0]].start):
                    totals[q], places[q] = p, group
        opened = _PLACE_IN_BRACKETS.match(text, ents[q].end)
        if opened and q not in places:
            first = next((k for k in sent.indices if ents[k].start == opened.end()), None)
            group = None if first is None else next(
                (g for g in sent.groups(sent.clause_of(first)) if g[0] == first), None)
            if group and _receivers(ents, group) and _CLOSE_BRACKET.match(text, ents[group[-1]].end):
                places[q] = group
    if not places:
        return list(found)
    out = [r for r in found if not (r.label == "TO" and r.head in places)]
    for q, group in places.items():
        out += [Relation("TO", q, k, "frame:listed-part") for k in group]
        if q in totals and q not in givers:
            out += [Relation("FROM", q, g, "frame:listed-part") for g in givers.get(totals[q], ())]
        if q in totals:  # the split names where the total went (adjudication of 321 and 325)
            out += [Relation("TO", totals[q], k, "frame:listed-total") for k in group]
    return out


def _receivers(ents: Sequence[Any], group: list[int]) -> bool:
    return all(ents[k].label == "GPE" and side_of(ents[k]) != "east" for k in group)


# The frames whose answers replace what a part inherited (the filters at the end of inherited_destinations).
REPLACING_FRAMES = frozenset({"frame:distributive", "frame:breakdown", "frame:facing-amount", "frame:table-row"})


def inherited_destinations(sent: Sentence, found: Sequence[Relation]) -> list[Relation]:
    """After the frames: a 其中 sub-quantity takes the destinations a frame gave its total, and a place
    that gives a quantity right before 援X (「天津」援「疆」…投入) sends it to X."""
    ents, text = sent.entities, sent.text
    out = list(found)
    if not any(ents[k].label in QUANTITY for k in sent.indices):
        return out  # every FROM and TO starts at a quantity
    if not sent.has_qizhong and not sent.modifiers and not {r.rule for r in found} & REPLACING_FRAMES:
        return out  # no 其中 part, no 援X mark: nothing to inherit, and nothing to replace
    to = {}
    for r in found:
        if r.label == "TO":
            to.setdefault(r.head, []).append(r)
    givers = {(r.head, r.tail) for r in found if r.label == "FROM"}
    marks = list(sent.modifiers)
    last_part: tuple[int, int | None] | None = None  # (clause, total) of the last 其中 part
    for q in (k for k in sent.indices if ents[k].label in QUANTITY):
        clause = sent.clause_of(q)
        cs = sent.clauses[clause][0]
        own = [r for r in to.get(q, ()) if not r.rule.endswith("subsection")]
        head = text[cs : ents[q].start]
        is_part = head.lstrip(" ,，、:：(（").startswith("其中") or sent.after_bare_subsection(clause)
        total = total_of(sent, q) if is_part else None
        # 其中产业开发项目3500万元，劳务协作项目800万元: the next item breaks down the same total.
        if (not is_part and last_part is not None and last_part[0] == clause - 1
                and not sent.parties_in(clause) and LIST_ITEM_HEAD.match(head)):
            is_part, total = True, last_part[1]
        if is_part:
            last_part = (clause, total)
            for r in to.get(total, ()) if total is not None and not own else ():
                if r.rule.startswith("frame:"):
                    out.append(Relation("TO", q, r.tail, "frame:subsection"))
            # 「广东省」援藏资金19.7亿元,其中投向「巴宜区」3.2亿元: the part keeps the giver a frame gave its total.
            if total is not None and not any(k == q for k, _ in givers):
                out += [Relation("FROM", q, g, "frame:subsection") for k, g in sorted(givers) if k == total]
        for x in marks if not own else ():  # a quantity with its own 援X keeps it (…援藏资金61.3亿元)
            giver = [k for k in sent.indices if ents[k].end == ents[x].start - 1 and (q, k) in givers]
            if giver and ents[x].end <= ents[q].start:
                out.append(Relation("TO", q, x, "frame:giver-yuan"))
    if not {r.rule for r in out} & REPLACING_FRAMES:
        return out
    # A distributive list or a breakdown's own place replaces what a part inherited from its total.
    # A breakdown's own place also replaces the clause rules' nearest destination (其中投向「毕节」11.2亿元、
    # 「黔南」8.4亿元: 8.4亿元 goes to 黔南 alone).
    # 「民和」、「化隆」6个县区每县安排1200万元: the places of a distributive list receive; they give nothing.
    shared = {(r.head, r.tail) for r in out if r.rule == "frame:distributive"}
    out = [r for r in out if not (r.label == "FROM" and (r.head, r.tail) in shared)]
    # 其中「南京市」对「西宁市」5.1亿元: a part whose own frame names its giver drops the total's.
    own_givers = {r.head for r in out if r.label == "FROM" and r.rule in ("frame:facing-amount", "frame:table-row")}
    out = [r for r in out if not (r.label == "FROM" and r.rule == "from:subsection" and r.head in own_givers)]
    spread = {r.head for r in out if r.rule in ("frame:distributive", "frame:breakdown")}
    parts = {r.head for r in out if r.rule == "frame:breakdown"}
    return [r for r in out if not (r.label == "TO" and (
        (r.head in spread and r.rule.endswith("subsection"))
        or (r.head in parts and (r.rule.startswith("to:") or r.rule == "frame:giver-yuan"))))]


def yuan_provinces(sent: Sentence, found: Sequence[Relation]) -> list[Relation]:
    """援「疆」资金、援「藏」资金 of a giver paired with 阿克苏 and 那曲: each goes only to its own region."""
    ents = sent.entities
    marked: dict[int, set[str]] = {}
    for r in found:
        if r.label == "TO" and r.rule == "frame:yuan-destination":
            marked.setdefault(r.head, set()).add(_province(ents[r.tail]))
    if not marked:
        return list(found)
    named = set().union(*marked.values()) if marked else set()

    def elsewhere(r: Relation) -> bool:
        # Only a province that another quantity's 援X names is elsewhere: 援藏 also means the
        # Tibetan areas of Sichuan (援藏干部赴「九龙县」).
        if r.label != "TO" or r.head not in marked or r.rule == "frame:yuan-destination":
            return False
        province = _province(ents[r.tail])
        return province in named and province not in marked[r.head]

    return [r for r in found if not elsewhere(r)]


def _province(ent) -> str | None:
    province = _norm(ent).get("province") if ent.label == "GPE" else None
    return province if isinstance(province, str) else None


def pairing_givers(sent: Sentence, found: Sequence[Relation]) -> list[Relation]:
    """「江苏省」与「西宁市」开展扶贫协作的第三年，全年省财政安排协作资金3.6亿元: the helper of a pairing
    stated in an earlier clause gives a later quantity whose clause has a giving verb and names no
    party (D40 carries the giver; the receiver is not carried)."""
    ents, text = sent.entities, sent.text
    pairs = [r for r in found if r.label == "PAIRED"]
    if not pairs:
        return list(found)
    given = {r.head for r in found if r.label == "FROM"}
    out = list(found)
    for q in (k for k in sent.indices if ents[k].label in QUANTITY and k not in given):
        clause = sent.clause_of(q)
        cs = sent.clauses[clause][0]
        if sent.parties_in(clause) or not cue_patterns()["giving"].search(text, cs, ents[q].start):
            continue
        earlier = [r for r in pairs if max(sent.clause_of(r.head), sent.clause_of(r.tail)) < clause]
        if not earlier:
            continue
        last = max(sent.clause_of(r.head) for r in earlier)
        for h in dict.fromkeys(r.head for r in earlier if sent.clause_of(r.head) == last):
            out.append(Relation("FROM", q, h, "frame:pairing-giver"))
    return out


def _list_after(sent: Sentence, clause: int, pos: int) -> list[int]:
    """The GPE list that starts right at ``pos`` (after 与/对口 …) in a clause, members joined by 、/和."""
    ents, text = sent.entities, sent.text
    out: list[int] = []
    for k in sent.indices:
        e = ents[k]
        if sent.clause_of(k) != clause or e.start < pos or e.label not in PARTY or sent.is_modifier(k):
            continue
        gap = text[(ents[out[-1]].end if out else pos) : e.start]
        if gap not in ("", "、", "和", "及", ",") and not (not out and len(gap) <= 2):
            break
        out.append(k)
    return out


def respective_pairing(sent: Sentence) -> Iterator[Relation]:
    """「A1」、「A2」分别与「B1」、「B2」结对: A1 pairs B1 and A2 pairs B2 (one helped place: all pair it);
    also 「B1」、「B2」两县分别由「A1」、「A2」对口支援 (sides say who helps)."""
    pats = frame_patterns()
    ents, text = sent.entities, sent.text
    for m in pats["respective"].finditer(text, sent.start, sent.end):
        clause = sent.clause_index(m.start())
        before = [g for g in sent.groups(clause) if ents[g[-1]].end <= m.start()]
        if not before or not re.fullmatch(r"(?:等?[两二三四五六七八九十\d]*个?[区县市州旗]*)?",
                                          text[ents[before[-1][-1]].end : m.start()]):
            continue  # 「浦口」、「六合」…等区也分别与…, 「黑水」、「壤塘」两县则分别由…: a list may end so
        left = [k for k in before[-1] if ents[k].label in PARTY]
        right = [k for k in _list_after(sent, clause, m.end()) if ents[k].label == "GPE"]
        if not left or not right:
            continue
        if len(right) == 1:
            pairs = [(h, right[0]) for h in left]
        elif len(left) == len(right):
            pairs = list(zip(left, right, strict=True))
        else:
            continue
        for h, t in pairs:
            oriented = _helper_and_helped(sent, [h], [t])
            if oriented:
                yield from _pairs(sent, *oriented, "frame:respective")


def keep_respective(sent: Sentence, found: Sequence[Relation]) -> list[Relation]:
    """Where a 分别 frame aligned two lists, the cross pairs other rules drew between them go."""
    aligned = [r for r in found if r.rule == "frame:respective"]
    if not aligned:
        return list(found)
    heads = {r.head for r in aligned} | {r.tail for r in aligned}
    keep = {(r.head, r.tail) for r in aligned}
    return [r for r in found if not (r.label == "PAIRED" and r.head in heads and r.tail in heads
                                     and (r.head, r.tail) not in keep and (r.tail, r.head) not in keep)]


_RESPECTIVE = compile_gated(r"分别")
_QUANTITY_JOIN = compile_gated(r"\s*(?:和|及|与|、|，|,)\s*")


def respective_quantities(sent: Sentence, found: Sequence[Relation]) -> list[Relation]:
    """「若羌」、「和静」等县分别获得援「疆」资金「1.2亿元」和「1.5亿元」: the n-th amount goes to the
    n-th place only, and all of them share what their noun phrase names (援疆)."""
    ents, text = sent.entities, sent.text
    out = list(found)
    for m in _RESPECTIVE.finditer(text, sent.start, sent.end):
        clause = sent.clause_index(m.start())
        before = [g for g in sent.groups(clause) if ents[g[-1]].end <= m.start()]
        qs = [k for k in sent.indices if sent.clause_of(k) == clause and ents[k].start >= m.end()
              and ents[k].label in QUANTITY]
        # the amounts of one list: joined by 和/、 with nothing else between them
        run = qs[:1]
        for k in qs[1:]:
            if not _QUANTITY_JOIN.fullmatch(text, ents[run[-1]].end, ents[k].start):
                break
            run.append(k)
        if len(run) < 2:
            continue
        # 「西青区」分别向「于田县」、「麦积区」和「景泰县」拨付资金2000万元、1500万元和1200万元: the list
        # after 分别 and before the amounts.
        after = [g for g in sent.groups(clause)
                 if ents[g[0]].start >= m.end() and ents[g[-1]].end <= ents[run[0]].start]
        if after and len(after[0]) == len(run):
            lists = [after[0]]
            # 「历下区」、「槐荫区」分别向「东乡县」、「积石山县」拨付…: the givers' list is respective too.
            if before and len(before[-1]) == len(run):
                lists.append(before[-1])
        elif before and len(before[-1]) == len(run):
            lists = [before[-1]]
        elif not before:
            # 「北京」、「上海」、「天津」分别对口支援「玉树州」、「果洛州」和「黄南州」，累计安排援青资金分别为
            # 43亿元、25.6亿元和14.8亿元: every list of as many places earlier in the sentence is respective too.
            lists = [g for c in range(clause) for g in sent.groups(c) if len(g) == len(run)]
        else:
            continue
        for places in lists:
            slot = {k: n for n, k in enumerate(places)}
            out = [r for r in out if not (r.head in run and r.tail in slot and r.label in ("TO", "FROM")
                                          and run.index(r.head) != slot[r.tail])]
        shared = [r for r in out if r.head == run[0] and r.rule == "frame:yuan-destination"]
        out += [Relation(r.label, q, r.tail, r.rule) for q in run[1:] for r in shared]
    return out


FRAMES = (
    colon_pairings,
    table_rows,
    facing_amounts,
    conjoined_pairing,
    duikou_pairing,
    respective_pairing,
    yuan_destination,
    distributive,
    numbered_back_references,
    breakdowns,
)
