"""Rule-based relation extraction: small functions from a sentence to relations.

Each rule is a generator ``rule(sent: Sentence) -> Iterator[Relation]``; the cue
words they look for live in ``data/cues.json`` (data, not code). A rule only
links mentions inside one sentence, and every relation it yields says which
rule produced it (``Relation.rule``), so a wrong link can be traced to its cue.

The sentence is cut into *clauses* at commas and colons; a parenthesis that
holds a mention is a clause of its own (D23: a quantity inside a parenthesis
links to the destination inside it). Mentions of one list (「上海」、「广东」) form
a *group* and are linked together (D8).

Rules:

- :func:`paired` — a pairing verb (结对, 对口帮扶, 携手 …) between two groups; the
  eastern group (or an organisation) is the helper, whatever the word order.
- :func:`flows` — FROM/TO of each quantity: the giver before a giving verb
  (投入, 选派 …), the buyer and seller around 采购, the receiver of 接待/引进, the
  destination after 赴/到/用于/在…, the origin right before a count of people
  (「广西大学」6名教师); a giver or destination named in an earlier clause carries
  over to a later clause without its own; a sub-quantity after 其中 takes its
  total's parties unless its own clause names others.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

from gongbu.labels import PARTY_LABELS, QUANTITY_LABELS
from gongbu.regex_gate import compile_gated
from gongbu.report import CountNorm, GpeNorm, MoneyNorm, NameNorm, PairNorm

__all__ = ["RULES", "Relation", "Sentence", "cues", "flows", "paired", "side_of"]

QUANTITY = QUANTITY_LABELS
# Characters before a mention in which a destination or origin cue (赴, 到 …, and a filler) must stand.
CUE_REACH = 12
PARTY = PARTY_LABELS

class Relation(NamedTuple):
    """``label`` from ``head`` to ``tail`` (entity indices), and the rule that found it."""

    label: str
    head: int
    tail: int
    rule: str = ""


@cache
def cues() -> dict[str, Any]:
    """The cue lexicons of ``data/cues.json`` (read once)."""
    raw = resources.files("gongbu.relations").joinpath("data/cues.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    for value in data.values():
        if isinstance(value, dict) and "words" in value:
            # Longest first, so 对口帮扶 wins over 帮扶 in an alternation.
            value["words"] = sorted(value["words"], key=len, reverse=True)
    return data


@cache
def _excluded_pattern() -> re.Pattern:
    return compile_gated(cues()["frames"]["excluded"])


def _alt(key: str) -> str:
    return "|".join(re.escape(w) for w in cues()[key]["words"])


@cache
def _word_set(key: str) -> frozenset[str]:
    """The words of cue ``key`` as a set, built once (not per sentence)."""
    return frozenset(cues()[key]["words"])


@cache
def _before_party_only() -> tuple[str, ...]:
    return tuple(cues()["destination"]["before_party_only"])


@cache
def _dao_not_after() -> frozenset[str]:
    return frozenset(cues()["destination"]["dao_not_after"])


@cache
def _copula_before() -> tuple[str, ...]:
    return tuple(cues()["destination"]["copula_before"])


@cache
def _obtaining_for() -> re.Pattern:
    """为「沿河县」争取…: the party after 为/给 is who the subject obtains something for."""
    return compile_gated(cues()["frames"]["obtaining_for"])


@cache
def cue_patterns() -> dict[str, re.Pattern]:
    # 向十八洞村所在的「双龙镇」: a place that locates the destination may stand between cue and party.
    dest_fill = "|".join([*(re.escape(w) for w in cues()["destination"]["fillers"]),
                          cues()["destination"]["filler_pattern"]])
    before_party = "|".join(re.escape(w) for w in cues()["destination"]["before_party_only"])
    return {
        "pairing": compile_gated(_alt("pairing")),
        "agreement": compile_gated(cues()["agreement"]["pattern"]),
        "noun_after": compile_gated(f"(?:{_alt('pairing_noun_after')})"),
        "giving": compile_gated(f"(?<!{cues()['giving']['not_after']})(?:{_alt('giving')})"),
        "buying": compile_gated(f"(?:{_alt('buying')})(?!{cues()['buying']['not_before']})"),
        "selling": compile_gated(_alt("selling")),
        "receiving": compile_gated(_alt("receiving")),
        "receiving_when_western": compile_gated(_alt("receiving_when_western")),
        "destination": compile_gated(f"(?:{_alt('destination')}|{before_party}|{cues()['destination']['pattern']})"
                                  f"(?:{dest_fill})?$"),
        "own_destination": compile_gated(f"(?:{_alt('destination')})[^，,。；;：:\\s]"),
        "origin": compile_gated(f"(?:{_alt('origin')})$"),
        "location_flow": compile_gated(f"(?:{_alt('location_flow')})(?!培训)"),
        "movement": compile_gated(_alt("movement")),
        "subsection": compile_gated(f"^[\\s(（]*(?:{_alt('subsection')})"),
        "separators": compile_gated(f"^(?:{_alt('list_separators')})*$"),
        "verbish": compile_gated("|".join(
            _alt(k) for k in ("giving", "buying", "selling", "receiving", "pairing", "movement"))),
    }


# Words that may open a clause before its subject (time, discourse); anything else
# (针对, 在, 对, 通过 …) means the first mention is not the one acting.
_SUBJECT_PREFIX = compile_gated(
    r"^(?:[\d\s、,，“”\"—\-－~～]|年|月|日|以来|年来|至今|目前|同时|此外|另外|去年|今年|近年|近|截至|底|仅|就|还|也|并|而|其中|有|共|"
    r"据统计|据介绍|如今|当年|近日|今后|首先|其次|同期|全年|累计|先后|又|则|均|已|这一年|那一年|同年|次年|上半年|下半年|"
    r"[一二三四]季度|前三季度|"
    r"[^，,。；;：:]{0,10}(?:以来|期间|年来|年间|期内|时期))*$"
)
_SPEECH = compile_gated(r"[，,。；;！？!?]")
_HEADLINE_BREAK = compile_gated(r"(?<=[\u4e00-\u9fff])\s+")
# 通过「…市场」等平台采购 names the means; 对「宁南县」按每县… the target: neither acts.
_RECIPIENTS = compile_gated(r"[给为]每[名位人户个][^，,。；;]{0,12}$")
_MEANS = compile_gated(r"(?:通过|借助|依托|利用|经由|经|借力|对)$")
# A body of a place that acts for it: 「浙江」企业, 「上海」社会各界, 「广东」方面.
_ACTING_BODY = compile_gated(r"(?:的)?(?:企业|社会各界|各界|方面|爱心人士|人)")


# The typed norms of gongbu.report: never empty, and their fields read as attributes. The rules ask a
# mention's side or level tens of times per sentence; a dict norm (tests, markup) goes by key.
_PLACE_NORMS = (GpeNorm, PairNorm)
_OTHER_NORMS = (MoneyNorm, CountNorm, NameNorm)


# Compiled once: asked for every group, quantity or clause.
_COORDINATOR = compile_gated("[、和及]")
_TIME_LAI = compile_gated(r"(?:年|以|月|日|周|天)来$")
_CONJ_END = compile_gated("[与和同]$")  # searched in the last two characters: $ also matches before a final newline
_SIGNS = compile_gated("签[订约署]")


def _norm(ent) -> dict:
    norm = getattr(ent, "norm", None)
    if norm is not None and (type(norm) in _PLACE_NORMS or type(norm) in _OTHER_NORMS or norm):
        return norm
    # Mentions without a norm (callers that skip normalisation): ask the normaliser.
    return _place_norm(ent.text) if ent.label == "GPE" else {}


@cache
def _place_norm(text: str) -> dict:
    from gongbu.normalise import normalise

    return dict(normalise("GPE", text).norm)


def side_of(ent) -> str | None:
    """'east', 'west', 'org' (an organisation) or None (unknown) for a party mention."""
    if ent.label == "ORG":
        return "org"
    norm = _norm(ent)
    if type(norm) in _PLACE_NORMS:
        return norm.side
    return None if type(norm) in _OTHER_NORMS else norm.get("side")


def is_pair(ent) -> bool:
    """A pair abbreviation (沪滇, 两广): never an end of a relation."""
    norm = _norm(ent)
    if type(norm) in _PLACE_NORMS:
        return norm.level == "region_pair"
    return False if type(norm) in _OTHER_NORMS else norm.get("level") == "region_pair"


def _compatible(a: str | None, b: str | None) -> bool:
    if a is None or b is None or a == b:
        return True
    return {a, b} == {"east", "org"}


@dataclass
class Sentence:
    """One sentence of the working text with its mentions, clauses and list groups."""

    text: str
    start: int
    end: int
    entities: Sequence[Any]
    indices: list[int]  # in text order (by start)
    clauses: list[tuple[int, int, bool]] = field(default_factory=list)  # (start, end, is_parenthesis)
    # (quantity, party) pairs some rule proposed and a later rule took back: the filler leaves them alone.
    vetoed: set[tuple[int, int]] = field(default_factory=set)

    def __post_init__(self) -> None:
        # Which characters of the sentence lie inside a mention: one lookup instead of a scan.
        self._in_entity = bytearray(self.end - self.start + 1)
        for k in self.indices:
            e = self.entities[k]
            self._in_entity[e.start - self.start : e.end - self.start] = b"\x01" * (e.end - e.start)
        if not self.clauses:
            self.clauses = _clauses(self)
        self._clause_starts = [s for s, _, _ in self.clauses]
        self._clause_of = {k: self.clause_index(self.entities[k].start) for k in self.indices}
        self._by_clause: dict[int, list[int]] = {}
        for k in self.indices:
            self._by_clause.setdefault(self._clause_of[k], []).append(k)
        self._groups: dict[tuple[int, bool], list[list[int]]] = {}
        self._parties: dict[int, list[int]] = {}
        # 援「藏」: the one-character marks of the sentence, which several frames start from.
        self.modifiers: tuple[int, ...] = tuple(k for k in self.indices if self.is_modifier(k))
        self._destinations: dict[tuple[int, ...], bool] = {}
        self._starts = sorted(self.entities[k].start for k in self.indices)
        self._bare_subsections: dict[int, bool] = {}
        self.traits_by_clause: dict[int, list[tuple[bool, bool]]] = {}  # _subject_traits, kept
        self._list_bounds: dict[int, tuple[int, int]] = {}
        # A bare 其中 (after_bare_subsection) needs the word in the sentence: most sentences have none.
        self.has_qizhong = self.text.find("其中", self.start, self.end) >= 0
        self._excluded: frozenset[int] | None = None

    # -- positions -------------------------------------------------------------------------------
    def clause_index(self, pos: int) -> int:
        i = bisect.bisect_right(self._clause_starts, pos) - 1
        if 0 <= i and pos < self.clauses[i][1]:
            return i
        return len(self.clauses) - 1

    def clause_of(self, k: int) -> int:
        return self._clause_of[k]

    def ents_in(self, clause: int, labels: Sequence[str]) -> list[int]:
        return [k for k in self._by_clause.get(clause, ()) if self.entities[k].label in labels]

    def parties_in(self, clause: int) -> list[int]:
        found = self._parties.get(clause)
        if found is None:
            found = self._parties[clause] = [k for k in self.ents_in(clause, PARTY)
                                             if not is_pair(self.entities[k]) and not self.is_modifier(k)]
        return list(found)

    def after_bare_subsection(self, clause: int) -> bool:
        """Whether the clause is an item of a list that a bare 其中 opens in a clause of its own:
        其中，「西吉县」8600万元，「原州区」7200万元 (each item a place and its amount, no verb)."""
        if not self.has_qizhong:
            return False
        found = self._bare_subsections.get(clause)
        if found is None:
            found = self._bare_subsections[clause] = self._after_bare_subsection(clause)
        return found

    def _after_bare_subsection(self, clause: int) -> bool:
        pats = cue_patterns()
        for k in range(clause - 1, -1, -1):
            ks, ke, _ = self.clauses[k]
            part = self.text[ks:ke].strip(" ,，、:：")
            if pats["subsection"].fullmatch(part):
                return True
            if pats["verbish"].search(self.text, ks, ke) or not self.ents_in(k, QUANTITY):
                return False
        return False

    def is_modifier(self, k: int) -> bool:
        """援「藏」干部, 援「滇」医疗队: a one-character abbreviation after 援 names a target, not a party."""
        e = self.entities[k]
        return e.label == "GPE" and len(e.text) == 1 and self.text[max(0, e.start - 1) : e.start] == "援"

    def excluded(self) -> frozenset[int]:
        """除「贵阳市」外的8个市, 除了「遵义市」以外的县: the parties a 除…外的 phrase leaves out, which take
        part in no relation of the sentence (除…外，还… names more, not fewer, and has no 的)."""
        if self._excluded is None:
            found: frozenset[int] = frozenset()
            if self.text.find("除", self.start, self.end) >= 0:
                spans = [m.span() for m in _excluded_pattern().finditer(self.text, self.start, self.end)]
                found = frozenset(k for k in self.indices if self.entities[k].label in PARTY
                                  and any(a < self.entities[k].start and self.entities[k].end < b for a, b in spans))
            self._excluded = found
        return self._excluded

    def mention_between(self, a: int, b: int) -> bool:
        """Whether a mention of the sentence starts in ``[a, b)``."""
        i = bisect.bisect_left(self._starts, a)
        return i < len(self._starts) and self._starts[i] < b

    def inside_entity(self, pos: int) -> bool:
        return self.start <= pos < self.end and bool(self._in_entity[pos - self.start])

    # -- groups ----------------------------------------------------------------------------------
    def groups(self, clause: int, loose: bool = False) -> list[list[int]]:
        """Mentions of one list (only separators between them, compatible sides), in text order.

        Kept per clause and handed out as they are (asked tens of times per sentence): callers copy
        a group before they change it (``list(group)``, ``group + other``)."""
        cached = self._groups.get((clause, loose))
        if cached is None:
            cached = self._groups[clause, loose] = self._make_groups(clause, loose)
        return cached

    def _make_groups(self, clause: int, loose: bool) -> list[list[int]]:
        out: list[list[int]] = []
        ents = self.entities
        for k in self.parties_in(clause):
            if out:
                last = out[-1][-1]
                gap = self.text[ents[last].end : ents[k].start]
                between = self.mention_between(ents[last].end, ents[k].start)
                tight = bool(cue_patterns()["separators"].match(gap))
                # Loose lists (深圳市10个区和「江门」): a short gap with a coordinator and no verb.
                lax = (loose and len(gap) <= 6 and _COORDINATOR.search(gap) is not None
                       and not cue_patterns()["verbish"].search(gap))
                if not between and (tight or lax) and _compatible(side_of(ents[last]), side_of(ents[k])):
                    out[-1].append(k)
                    continue
            out.append([k])
        return out

    def list_bounds(self, k: int) -> tuple[int, int]:
        """Where the list that holds mention ``k`` starts and ends (its own span when it stands alone)."""
        found = self._list_bounds.get(k)
        if found is None:
            ents = self.entities
            found = (ents[k].start, ents[k].end)
            clause = self._clause_of[k]
            cached = self._groups.get((clause, False))
            for g in cached if cached is not None else self.groups(clause):
                if k in g:
                    found = (ents[g[0]].start, ents[g[-1]].end)
                    break
            self._list_bounds[k] = found
        return found

    def group_side(self, group: list[int]) -> str | None:
        sides = {side_of(self.entities[k]) for k in group} - {None}
        for s in ("east", "west", "org"):
            if s in sides:
                return s
        return None

    def prefix(self, group: list[int]) -> str:
        """Clause text before the group's first mention."""
        first = self.entities[group[0]]
        cs, _, _ = self.clauses[self._clause_of[group[0]]]
        return self.text[cs : first.start]

    def tail_of_prefix(self, group: list[int], reach: int) -> str:
        """The last ``reach`` characters of :meth:`prefix` (without slicing a long clause whole)."""
        first = self.entities[group[0]]
        cs, _, _ = self.clauses[self._clause_of[group[0]]]
        return self.text[max(cs, first.start - reach) : first.start]

    def is_destination(self, group: list[int]) -> bool:
        # Asked of every group once per quantity of the clause: answered once per group.
        key = tuple(group)
        found = self._destinations.get(key)
        if found is None:
            found = self._destinations[key] = self._is_destination(group)
        return found

    def _is_destination(self, group: list[int]) -> bool:
        # The cue words are short and anchored at the mention: the tail of the prefix is enough.
        pre = self.tail_of_prefix(group, CUE_REACH)
        if _TIME_LAI.search(pre):
            return False  # 七年来「苏州」…: the time phrase's 来 is no movement
        cue = cue_patterns()["destination"].search(pre)
        if cue and cue.group().startswith(_before_party_only()) and pre[: cue.start()].endswith(_copula_before()):
            return False  # 投资方多为「浙江」民营企业: 为 says what they are, not where anything goes
        if cue and cue.group().startswith("到") and pre[cue.start() - 1 : cue.start()] in _dao_not_after():
            return False  # 村集体收到「北京」协作资金: 收到 receives from, 到 is no movement
        if cue and cue.group() == "到位" and _FUNDS_AFTER.match(self.text, self.entities[group[-1]].end):
            return False  # 争取到位「湖州市」财政援助资金: the funds of that place arrived, it gives them
        if cue and not cue_patterns()["origin"].search(pre):
            # 为「凌云县」捐款 is a destination; 为「碧江区」培训电商人才 trains the place's own people.
            return not (cue.group().startswith(_before_party_only()) and self._trains_after(group))
        # 「珠海」对「怒江」的帮扶资金投入…: the place the aid is for.
        if pre.endswith("对") and _AID_FOR.match(self.text, self.entities[group[-1]].end):
            return True
        # 向定点帮扶的三地——「A」、「B」、「C」——投入: the list set off by dashes names where it goes.
        if _TO_APPOSITION.search(pre):
            return True
        # 单独安排「陇南」资金5.1亿元, 追加「左贡县」帮扶资金: the place between the verb and its funds gets them.
        if _ALLOTS.search(pre) and _FUNDS_AFTER.match(self.text, self.entities[group[-1]].end):
            return True
        # 向「陕西省咸阳市」的「永寿县」、…投入: the places after 的 are where it goes, the first locates them.
        if pre.endswith("的"):
            clause = self._clause_of[group[0]]
            start = self.entities[group[0]].start
            before = [g for g in self.groups(clause) if 0 < start - self.entities[g[-1]].end <= 5
                      and len(self.entities[g[-1]].text) >= 2 and self.entities[g[-1]].label == "GPE"]
            if before and _LOCATING_GAP.fullmatch(self.text, self.entities[before[-1][-1]].end, start):
                return self.is_destination(before[-1])
        # 向「和田地区」和「兵团十四师」投入: a party joined to a destination is one too.
        if pre[-1:] in ("和", "与", "及", "、"):
            clause = self._clause_of[group[0]]
            before = [g for g in self.groups(clause) if self.entities[g[-1]].end <= self.entities[group[0]].start]
            if before and self.entities[group[0]].start - self.entities[before[-1][-1]].end <= 1:
                return self.is_destination(before[-1])
        return False

    def _trains_after(self, group: list[int]) -> bool:
        not_after = tuple(cues()["destination"]["not_before_party_only"])
        return self.text.startswith(not_after, self.entities[group[-1]].end)

    def prefix_ends(self, group: list[int], suffix: str | tuple[str, ...]) -> bool:
        """``prefix(group).endswith(suffix)`` without slicing the clause."""
        return self.text.endswith(suffix, self.clauses[self._clause_of[group[0]]][0], self.entities[group[0]].start)

    def is_location(self, group: list[int]) -> bool:
        return self.prefix_ends(group, "在")

    def is_origin(self, group: list[int]) -> bool:
        return bool(cue_patterns()["origin"].search(self.tail_of_prefix(group, CUE_REACH)))

    def in_quotes(self, k: int) -> bool:
        """Inside a quoted name (“沪滇”), not a quoted speech (“25年来，大连市累计…”)."""
        before = self.text[self.start : self.entities[k].start]
        if before.count("“") <= before.count("”"):
            return False
        opened = self.start + before.rfind("“") + 1
        closed = self.text.find("”", opened, self.end)
        return not _SPEECH.search(self.text, opened, closed if closed >= 0 else self.end)


def _clauses(sent: Sentence) -> list[tuple[int, int, bool]]:
    """Clause spans: commas and colons end a clause; a parenthesis holding a mention is one clause."""
    text, s, e = sent.text, sent.start, sent.end
    ents = [sent.entities[k] for k in sent.indices]
    parens: list[tuple[int, int]] = []
    stack: list[int] = []
    # Only brackets and breaks matter: the scans visit those characters, not every one.
    for m in _BRACKETS.finditer(text, s, e):
        i = m.start()
        if m.group() in "(（":
            stack.append(i)
        elif stack:
            a = stack.pop()
            if not stack and any(a < x.start and x.end <= i for x in ents):
                parens.append((a, i + 1))
    out: list[tuple[int, int, bool]] = []
    pos = s
    i = s
    inside = dict(parens)
    for m in _clause_marks().finditer(text, s, e):
        j = m.start()
        if j < i:
            continue  # inside a parenthesis already taken whole
        if j in inside:
            if pos < j:
                out.append((pos, j, False))
            out.append((j, inside[j], True))
            pos = i = inside[j]
            continue
        if m.group() not in "(（" and not sent.inside_entity(j):
            out.append((pos, j + 1, False))
            pos = j + 1
        i = j + 1
    if pos < e:
        out.append((pos, e, False))
    return out or [(s, e, False)]


_BRACKETS = compile_gated(r"[(（)）]")


@cache
def _clause_marks() -> re.Pattern:
    """A clause break or an opening bracket (where a parenthesis clause may start)."""
    marks = set(_word_set("clause_breaks")) | {"(", "（"}
    return compile_gated("[" + "".join(re.escape(c) for c in sorted(marks)) + "]")


# ---------------------------------------------------------------------------------------------
# PAIRED
# ---------------------------------------------------------------------------------------------


def _earlier_group(sent: Sentence, clause: int, want_opposite_of: str | None) -> list[int] | None:
    """The nearest list in an earlier clause that can face a group of side ``want_opposite_of``.

    The other side first (an eastern helper for a western group and back), GPEs before
    organisations; then any list.
    """
    helper = ("east", "org")
    opposite = ("west",) if want_opposite_of in helper else helper if want_opposite_of == "west" else None
    # Then any side but the group's own: 「吉林省」结对支援「日喀则市」，重点帮扶「吉隆县」…: 吉林 has no
    # side of the East–West pairings, 日喀则 the helped's own.
    tiers = [(opposite, True), (opposite, False)] if opposite else []
    if want_opposite_of == "west":
        tiers += [("not west", True)]
    for sides, prefer_gpe in (*tiers, (None, True), (None, False)):
        for c in range(clause - 1, -1, -1):
            for g in reversed(sent.groups(c, loose=True)):
                if prefer_gpe and any(sent.entities[k].label != "GPE" for k in g):
                    continue
                if sent.in_quotes(g[0]):
                    continue
                side = sent.group_side(g)
                if (sides == "not west" and side == "west") or (sides not in (None, "not west") and side not in sides):
                    continue
                return g
    return None


def _orient(sent: Sentence, near: list[int], far: list[int], near_after_cue: bool):
    """(helpers, helped) of two groups: east or an organisation helps; else by word order."""
    # Same-side pairs exist too (成都市青白江区 helps 甘孜州九龙县): word order orients them,
    # the far group (A in 「A」对口帮扶「B」 and in 「A」与「B」结对) helping.
    a, b = sent.group_side(near), sent.group_side(far)
    helper_sides = ("east", "org")
    if a != b and (a in helper_sides or b == "west") and not (a == "west" or b in helper_sides):
        helpers, helped = near, far
    else:
        helpers, helped = far, near
    helped = [k for k in helped if sent.entities[k].label == "GPE"]
    return (helpers, helped) if helpers and helped else None


_TO_APPOSITION = compile_gated(r"向[^，,。；;「」]{0,12}[—－]{1,2}$")
_ALLOTS = compile_gated(r"(?:安排|追加|下达|拨付|划拨|落实)$")
_FUNDS_AFTER = compile_gated(r"的?(?:[\u4e00-\u9fff]{0,6}?)(?:资金|款)")
_AID_FOR = compile_gated(r"的(?:对口)?(?:帮扶|援助|协作|支援|扶贫)(?:资金|款)")
# Between a place and the places it holds: 的, or 库区的 / 境内的 / 辖区的.
_LOCATING_GAP = compile_gated(r"(?:库区|境内|辖区|下辖|所辖)?的")
_SINCE_CLAUSE = compile_gated(r"(?:自|从|自从)[^，,。；;]*(?:以来|以后|来)[，,]*$")
_SINCE_END = compile_gated(r"(?:以来|以后|来)[，,]*$")
_FROM_SELLER = compile_gated(r"向[^，,。；;]{0,12}$")
# …135名进藏，由「山东省援藏前方指挥部」统一管理: who manages them did not send them.
_MANAGES = compile_gated(r"(?:统一|负责|集中)?(?:管理|领导|调度|考核|服务)")
# 就业帮扶类3000万元, 劳务协作项目800万元: a kind of money, with or without its classifier.
_KIND_OF_MONEY = compile_gated(r"^[^，,。；;]{0,4}?((?:帮扶|援助|协作|扶贫)(?:资金|类|项目|类项目)?)$")
# 其中产业发展类1.2亿元，就业帮扶类3000万元: the next item of a 其中 list names its category, whatever
# verb-like word (就业, 建设) the category holds.
LIST_ITEM_HEAD = compile_gated(r"^[^，,。；;\d]{1,8}?(?:类|类项目|项目|方面|领域)$")
_JOINED_PAIR = compile_gated(r"[与同]")
_BY = compile_gated(r"(?:全部|均|都|统一|主要)?由$")


def paired(sent: Sentence) -> Iterator[Relation]:
    """PAIRED from an explicit pairing verb or a signed agreement between two named groups."""
    pats = cue_patterns()
    text = sent.text
    hits = [(m.start(), m.end(), m.group(), "pairing") for m in pats["pairing"].finditer(text, sent.start, sent.end)]
    hits += [(m.start(), m.end(), m.group(), "agreement")
             for m in pats["agreement"].finditer(text, sent.start, sent.end)]
    if not hits:
        return
    needs_conj = _word_set("pairing_needs_conjunction")
    passive = tuple(cues()["pairing_passive_after"]["words"])
    giving_after_to = _word_set("pairing_giving_after_to")
    found: list[tuple[int, Relation]] = []
    for cs, ce, word, kind in sorted(hits):
        if sent.inside_entity(cs) or sent.inside_entity(ce - 1):
            continue
        if kind == "pairing" and (
            pats["noun_after"].match(text, ce)
            or text[cs - 1 : cs] == "受"
            or (word in cues()["frames"]["built_things"] and text.startswith("的", ce))
            or re.search(cues()["frames"]["activity_before"], text[max(sent.start, cs - 4) : cs])
        ):
            continue  # 帮扶工作, 受帮扶, 援建的产业园, 挂职帮扶: the word modifies a noun or names an activity
        clause = sent.clause_index(cs)
        groups = sent.groups(clause, loose=True)
        before = [g for g in groups if sent.entities[g[-1]].end <= cs][::-1]
        after = [g for g in groups if sent.entities[g[0]].start >= ce]
        if kind == "pairing" and word in giving_after_to and before and sent.prefix_ends(before[0], "向"):
            continue  # 「福建省」向「宁夏」援助资金: money given, no pairing stated
        if kind == "agreement" or word in needs_conj:
            # Only 'A 与/和 B … cue' (or A in an earlier clause: 「西盟县」…,与「安信…公司」签订…协议).
            if not before:
                continue
            near = before[0]
            if kind != "agreement" and len(text[sent.entities[near[-1]].end : cs]) > 4:
                continue
            # 与/和/同 right before the group (the pattern's $ also stands before a last line break).
            start = sent.entities[near[0]].start
            if not _CONJ_END.search(text, max(0, start - 2), start):
                continue
            far = before[1] if len(before) > 1 else _earlier_group(sent, clause, sent.group_side(near))
            near_after = False
        elif after:
            near = after[0]
            if sent.in_quotes(near[0]):
                continue
            near = _continued_list(sent, clause, near)
            far = before[0] if before else _earlier_group(sent, clause, sent.group_side(near))
            if far is None and not before and _SINCE_CLAUSE.match(text, *sent.clauses[clause][:2]) and (
                    _SINCE_END.match(text, sent.entities[near[-1]].end, sent.clauses[clause][1])):
                # 自1995年对口支援「西藏拉萨」以来，「江苏省」累计…: the helper opens the next clause.
                nxt = sent.groups(clause + 1) if clause + 1 < len(sent.clauses) else []
                far = nxt[0] if nxt else None
            near_after = True
        elif len(before) >= 2:
            near, far, near_after = before[0], before[1], False
            if _BY.search(sent.prefix(near)) and cs - sent.entities[near[-1]].end <= 4:
                # 「X医院」门诊楼由「宁波市」出资援建: the one after 由 helps, whatever the sides.
                helped = [k for k in far if sent.entities[k].label == "GPE"]
                for h in near:
                    for t in helped:
                        dist = abs(sent.entities[h].start - cs) + abs(sent.entities[t].start - cs)
                        found.append((dist, Relation("PAIRED", h, t, f"paired:{kind}:{word}+by")))
                continue
        elif len(before) == 1:
            near, near_after = before[0], False
            # 「转塘街道」与「乃渠镇」结对: the two pair each other (conjoined_pairing), not an earlier group.
            if len(near) == 2 and _JOINED_PAIR.fullmatch(text, sent.entities[near[0]].end,
                                                         sent.entities[near[1]].start):
                continue
            if text.startswith(passive, ce) and sent.prefix_ends(near, "在"):
                # 在「上海市」和「广东省」的倾力帮扶下,「云南」…: the helped opens the next clause.
                nxt = sent.groups(clause + 1) if clause + 1 < len(sent.clauses) else []
                far = nxt[0] if nxt else None
                near_after = True
                if far is not None:
                    near, far = far, near
            elif cs - sent.entities[near[-1]].end <= 4:
                far = _earlier_group(sent, clause, sent.group_side(near))
                if far is None and _SINCE_CLAUSE.match(text, *sent.clauses[clause][:2]) and re.search(
                        "[与和同]$", sent.prefix(near)):
                    # 自2016年与「康保县」结为帮扶对子以来，「朝阳区」…: the partner opens the next clause.
                    nxt = sent.groups(clause + 1) if clause + 1 < len(sent.clauses) else []
                    far = nxt[0] if nxt else None
            else:
                continue
        else:
            continue
        if far is None:
            continue
        oriented = _orient(sent, near, far, near_after)
        if oriented is None:
            continue
        helpers, helped = oriented
        for h in helpers:
            for t in helped:
                if h == t or name_of(sent.entities[h]) == name_of(sent.entities[t]):
                    continue
                dist = abs(sent.entities[h].start - cs) + abs(sent.entities[t].start - cs)
                found.append((dist, Relation("PAIRED", h, t, f"paired:{kind}:{word}")))
    # One PAIRED per (helper, helped) pair per sentence, between the mentions closest to the verb.
    best: dict[tuple[str, str], tuple[int, Relation]] = {}
    for dist, rel in found:
        key = (name_of(sent.entities[rel.head]), name_of(sent.entities[rel.tail]))
        if key not in best or dist < best[key][0]:
            best[key] = (dist, rel)
    yield from (rel for _, rel in sorted(best.values(), key=lambda x: (x[1].head, x[1].tail)))


_LIST_ONLY = compile_gated(r"[\s、，,和及与。；;]*")


def _continued_list(sent: Sentence, clause: int, group: list[int]) -> list[int]:
    """定点帮扶「四川省凉山州普格县」、「布拖县」，「青海省玉树州曲麻莱县」，…和「宁城县」: a list that
    runs on through clauses holding nothing but places goes on being the helped."""
    ents, text = sent.entities, sent.text
    out = list(group)
    if not _LIST_ONLY.fullmatch(text, ents[out[-1]].end, sent.clauses[clause][1]):
        return out
    for c in range(clause + 1, len(sent.clauses)):
        cs, ce, _ = sent.clauses[c]
        ks = [k for k in sent.indices if sent.clause_of(k) == c]
        if not ks or any(ents[k].label != "GPE" or sent.is_modifier(k) for k in ks):
            break
        bounds = [cs] + [p for k in ks for p in (ents[k].start, ents[k].end)] + [ce]
        if not all(_LIST_ONLY.fullmatch(text, a, b) for a, b in zip(bounds[::2], bounds[1::2], strict=True)):
            break
        out += ks
    return out


def name_of(ent) -> str:
    norm = _norm(ent)
    name = norm.get("name")
    return name if isinstance(name, str) and name else ent.text


# ---------------------------------------------------------------------------------------------
# FROM / TO
# ---------------------------------------------------------------------------------------------


@dataclass
class _Roles:
    from_: list[int] = field(default_factory=list)
    to: list[int] = field(default_factory=list)
    why_from: str = ""
    why_to: str = ""


def _last_match(pat: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    last = None
    for m in pat.finditer(text, start, end):
        last = m
    return last


_REPORTS = compile_gated(r"(?:最新|发布的|公布的)?(?:数据|统计|监测)(?:数据)?(?:显示|表明)")


def _subject(sent: Sentence, clause: int, before: int | None = None) -> list[int] | None:
    """The acting group of a clause, before position ``before`` if given.

    It opens the clause (after time words), or a body of it acts (「浙江」企业), or it
    stands right before the verb at ``before`` with no other mention between.
    """
    ents = sent.entities
    best = None
    for g, (may_act, opens_or_acts) in zip(sent.groups(clause), _subject_traits(sent, clause), strict=True):
        last = ents[g[-1]]
        if before is not None and last.end > before:
            break
        if not may_act:
            continue
        direct = before is not None and before - last.end <= 15 and not sent.mention_between(last.end, before)
        if opens_or_acts or direct:
            best = g
    return best


def _subject_traits(sent: Sentence, clause: int) -> list[tuple[bool, bool]]:
    """Per group of the clause: whether it may act at all, and whether it opens the clause or a body of it
    acts. What :func:`_subject` reads of a group whatever the verb; kept per clause, which it is asked
    of several times."""
    found = sent.traits_by_clause.get(clause)
    if found is not None:
        return found
    text, ents = sent.text, sent.entities
    found = sent.traits_by_clause[clause] = []
    for g in sent.groups(clause):
        last = ents[g[-1]]
        prefix = sent.prefix(g)
        if (sent.is_destination(g) or sent.is_origin(g) or sent.is_location(g) or sent.in_quotes(g[0])
                # 给每名赴粤务工的「凉山州」脱贫劳动力发放…: the people paid, not the payer
                or _MEANS.search(prefix) or _RECIPIENTS.search(prefix)
                # 「国务院国资委」最新数据显示，各中央企业采购…: the source of the figures, not who acts
                or _REPORTS.match(text, last.end)):
            found.append((False, False))
            continue
        # A space after Chinese text parts the halves of a headline: 沪滇协作　「上海」去年向…投入
        opens = _SUBJECT_PREFIX.match(_HEADLINE_BREAK.split(prefix)[-1]) is not None
        found.append((True, opens or _ACTING_BODY.match(text, last.end) is not None))
    return found


def _is_flow(sent: Sentence, clause: int, q: int) -> bool:
    cs, ce, _ = sent.clauses[clause]
    span = sent.text[cs:ce]
    pats = cue_patterns()
    if any(p.search(span) for p in (pats["giving"], pats["buying"], pats["selling"], pats["receiving"])):
        return True
    if sent.entities[q].label == "PERSON-COUNT" and pats["movement"].search(span):
        return True
    if any(sent.is_modifier(k) for k in sent.ents_in(clause, PARTY)):
        return True  # 「天津市」用于援「藏」的资金和物资合计5.11亿元: aid to a place is a flow
    return any(sent.is_destination(g) or sent.is_origin(g) for g in sent.groups(clause))


def _dest_in(sent: Sentence, clause: int, q: int) -> list[int] | None:
    """The destination list of ``q`` inside a clause: after 赴/到/用于/在 …, nearest to ``q``."""
    cs, ce, _ = sent.clauses[clause]
    span = sent.text[cs:ce]
    flow_place = bool(cue_patterns()["location_flow"].search(span))
    qs = sent.entities[q].start
    best, best_d = None, None
    for g in sent.groups(clause):
        if not sent.is_destination(g):
            continue
        if sent.is_location(g) and not flow_place:
            continue
        d = abs(sent.entities[g[0]].start - qs)
        if best_d is None or d < best_d:
            best, best_d = g, d
    return _with_conjoined(sent, clause, best) if best else best


# 「秭归」、「长阳」、「巴东」三县和「神农架林区」: a count of the list may stand before the conjunction.
_JOIN = compile_gated(r"(?:[两二三四五六七八九十\d]+个?(?:县|区|市|旗|州|县区|区县))?[和与及、]|所辖|下辖")


def _with_conjoined(sent: Sentence, clause: int, group: list[int]) -> list[int]:
    """向「和田地区」和「兵团十四师」: destinations of different sides joined by one conjunction are one list."""
    ents, out = sent.entities, list(group)
    groups = sent.groups(clause)
    i = next(n for n, g in enumerate(groups) if g[0] == group[0])

    def joined(a: int, b: int, g: list[int] | None = None) -> bool:
        return bool(_JOIN.fullmatch(sent.text, ents[a].end, ents[b].start)) and (g is None or sent.is_destination(g))

    for g in groups[i + 1:]:
        if not joined(out[-1], g[0]):
            break
        out += g
    for g in reversed(groups[:i]):
        if not joined(g[-1], out[0], g):
            break
        out = g + out
    return out


@dataclass
class _Carry:
    """What earlier clauses of the sentence named, for later clauses that name none of their own."""

    giver: list[int] | None = None
    receiver: list[int] | None = None
    seller: list[int] | None = None
    dest: list[int] | None = None
    dest_label: str | None = None
    agreement: tuple[list[int], list[int]] | None = None  # (giver, receiver) of a signed agreement


@dataclass
class _Scope:
    """One quantity in its clause: what every step of :func:`_own_roles` reads."""

    sent: Sentence
    q: int
    clause: int
    cs: int
    ce: int
    groups: list[list[int]]
    carry: _Carry
    roles: _Roles = field(default_factory=_Roles)

    @property
    def qe(self) -> Any:
        return self.sent.entities[self.q]

    def between_verb_and_quantity(self, verb_end: int) -> list[list[int]]:
        ents = self.sent.entities
        return [g for g in self.groups if verb_end <= ents[g[0]].start and ents[g[-1]].end <= self.qe.start]


def _buying(x: _Scope) -> None:
    """The subject buys (FROM), the party between verb and amount sells (TO); 销售 names the goods' origin."""
    pats, text, roles = cue_patterns(), x.sent.text, x.roles
    buy = _last_match(pats["buying"], text, x.cs, x.qe.start)
    if buy:
        buyer = _subject(x.sent, x.clause, buy.start())
        if buyer and _FROM_SELLER.search(x.sent.prefix(buyer)):
            # 向受疫情冲击较重的「湖北」购买1.45亿元: bought from that place, which sold.
            roles.to, roles.why_to = buyer, "seller"
            buyer = None
        elif buyer:
            roles.from_, roles.why_from = buyer, "buyer"
        elif x.carry.giver and not any(x.sent.entities[g[-1]].end <= buy.start() for g in x.groups):
            # 「湖州市」通过以购代捐等方式，采购…: the buyer opened an earlier clause.
            roles.from_, roles.why_from = x.carry.giver, "buyer-carried"
        sellers = x.between_verb_and_quantity(buy.end())
        if sellers:
            # 采购「百色」芒果、「河池」桑蚕等农产品: every place named with its goods sold them.
            sold = [k for g in sellers for k in g]
            roles.to, roles.why_to = sold, "seller"
            x.carry.seller = sold
        elif origin := [g for g in x.groups
                        if x.sent.entities[g[-1]].end <= buy.start() and x.sent.is_origin(g)]:
            # 从「昭通」直采大米2100万元: bought from the place the goods come from, which sold.
            roles.to, roles.why_to = origin[-1], "seller-origin"
            x.carry.seller = origin[-1]
        elif x.carry.seller:
            roles.to, roles.why_to = x.carry.seller, "seller-carried"
    sell = _last_match(pats["selling"], text, x.cs, x.qe.start)
    if sell and not roles.to:
        sellers = x.between_verb_and_quantity(sell.end())
        if sellers:
            roles.to, roles.why_to = sellers[-1], "goods-origin"


# 帮助两县引进, 协助「通江县」争取: who helps another obtain money brings it in; it is not the receiver.
_HELPS_TO = compile_gated(r"(?:帮助|协助|帮)(?=[^，,。；;]{0,8}?(?:引进|争取|招引|引入)$)")


def _receiving(x: _Scope) -> None:
    """Receiving verbs: the subject receives (TO)."""
    recv = _last_match(cue_patterns()["receiving"], x.sent.text, x.cs, x.qe.start)
    if recv is None and not x.roles.to:
        western = _last_match(cue_patterns()["receiving_when_western"], x.sent.text, x.cs, x.qe.start)
        subject = _subject(x.sent, x.clause, western.start()) if western else None
        if subject and x.sent.group_side(subject) == "west":
            x.roles.to, x.roles.why_to = subject, "receiver"
        elif (western and subject is None and x.carry.giver and x.sent.group_side(x.carry.giver) == "west"
              and all(len(x.sent.entities[k].text) == 1 for g in x.groups for k in g)):  # 援「藏」 marks only
            # 「日喀则市」共承接…，到位援藏资金逾百亿元: the western place the clause before named got it.
            x.roles.to, x.roles.why_to = x.carry.giver, "receiver-carried"
        return
    if recv and not x.roles.to:
        receiver = _subject(x.sent, x.clause, recv.start())
        beneficiary = _obtaining_for().search(x.sent.text, x.cs, recv.end())
        helped = _HELPS_TO.search(x.sent.text, x.cs, recv.end())
        helper = (_subject(x.sent, x.clause, helped.start()) or x.carry.giver) if helped else None
        if helper:
            # 「水利部」还帮助两县引进各类资金1.6亿元: the helper brings the money in; a place it helps, named
            # after 帮助, receives it.
            if not x.roles.from_:
                x.roles.from_, x.roles.why_from = helper, "brought-in"
            helped_places = [g for g in x.groups if helped.end() <= x.sent.entities[g[0]].start < recv.start()]
            if helped_places and not x.roles.to:
                x.roles.to, x.roles.why_to = helped_places[-1], "helped-to-bring-in"
            return
        if receiver and beneficiary and x.sent.mention_between(beneficiary.end(), recv.start()):
            # 「吴江区」为「沿河县」争取社会帮扶资金: the subject obtains it for the place after 为, which
            # receives it (the 为 party is already its destination); the subject brings it in.
            if not x.roles.from_:
                x.roles.from_, x.roles.why_from = receiver, "obtained-for"
            return
        if receiver:
            x.roles.to, x.roles.why_to = receiver, "receiver"
        elif x.carry.giver and not [g for g in x.groups if not x.sent.is_origin(g)]:
            # 「天津」多所院校…，累计从「和田」招收860名学生: the place they come from is no receiver.
            x.roles.to, x.roles.why_to = x.carry.giver, "receiver-carried"


def _agreement(x: _Scope) -> None:
    """「浙江通恒公司」与「平武县」签订总投资50亿: the company or the east invests, the other side receives;
    a count of people 与「广东省」企业签订就业协议 goes to that party."""
    sent, text, ents, roles = x.sent, x.sent.text, x.sent.entities, x.roles
    if not x.groups and x.carry.agreement and _giving_in(x):
        # 「鲁商集团」与「武隆区」签署协议，计划…投入30亿元: the parties of the agreement just signed.
        roles.from_, roles.to = x.carry.agreement
        roles.why_from = roles.why_to = "agreement-carried"
        return
    if not _SIGNS.search(text, x.cs, x.ce):
        return
    conj = [g for g in x.groups if _CONJ_END.search(text, max(x.cs, ents[g[0]].start - 2), ents[g[0]].start)]
    if not conj:
        return
    g = conj[0]
    first = [h for h in x.groups if ents[h[-1]].end <= ents[g[0]].start]
    if ents[g[0]].start > x.qe.end:
        roles.to, roles.why_to = g, "agreement-party"
    elif first:
        pair = _orient(sent, g, first[-1], False)
        if pair and pair[1]:
            roles.from_, roles.to = pair[0], pair[1]
            roles.why_from = roles.why_to = "agreement"


def _giving_in(x: _Scope) -> bool:
    return cue_patterns()["giving"].search(x.sent.text, x.cs, x.ce) is not None


def _agreement_parties(sent: Sentence, clause: int) -> tuple[list[int], list[int]] | None:
    """「A」与「B」签订…协议 in one clause: (giver, receiver) by side, else None."""
    cs, ce, _ = sent.clauses[clause]
    text, ents = sent.text, sent.entities
    if not _SIGNS.search(text, cs, ce):
        return None
    groups = sent.groups(clause)
    conj = [n for n, g in enumerate(groups)
            if n and _CONJ_END.search(text, max(cs, ents[g[0]].start - 2), ents[g[0]].start)]
    if not conj:
        return None
    pair = _orient(sent, groups[conj[0]], groups[conj[0] - 1], False)
    return (pair[0], pair[1]) if pair and pair[1] else None


def _giving(x: _Scope) -> re.Match | None:
    """The group before a giving verb gives (FROM); else the giver carried from an earlier clause."""
    sent, text, ents, roles = x.sent, x.sent.text, x.sent.entities, x.roles
    give = _last_match(cue_patterns()["giving"], text, x.cs, x.qe.start)
    if give and text[max(x.cs, give.start() - 1) : give.end()] == "总投资":
        # 计划总投资56.7亿元: the size of a project, which goes to whoever brought it in (引进).
        give = None
        if x.carry.receiver and not roles.to:
            roles.to, roles.why_to = x.carry.receiver, "project-receiver"
    if give is None and not roles.from_:
        # 按每县「1500万元」安排: the giving verb follows the amount.
        after = cue_patterns()["giving"].search(text, x.qe.end, x.ce)
        if after:
            giver = _subject(sent, x.clause, x.qe.start)
            if giver and not sent.is_destination(giver) and sent.group_side(giver) != "west":
                roles.from_, roles.why_from = giver, "giver-after"
            elif x.carry.giver and _carried_after(sent, x, giver, after):
                # 「广西」开行专列，累计把9万名劳动力送到「广东」: the subject of the clause before sends them;
                # so does it where every party before the amount receives it (为「册亨县」…按每县3000万元安排).
                roles.from_, roles.why_from = x.carry.giver, "giver-carried-after"
    if give and not roles.from_:
        giver = _subject(sent, x.clause, give.start())
        if giver:
            if giver != roles.to:  # 「广西」收到来自「广东」的援助资金: the receiver is no giver
                roles.from_, roles.why_from = giver, "giver"
        elif x.carry.giver and not any(
            ents[g[-1]].end <= x.qe.start and not sent.is_destination(g) for g in x.groups
        ) and not _other_giver(text, x.cs, give.start()):
            # 并向「城关区」捐赠…: a destination in the clause does not replace the carried giver;
            # but 社会各界捐赠折合1.45亿元 names a giver of its own, without a party.
            roles.from_, roles.why_from = x.carry.giver, "giver-carried"
    return give


def _other_giver(text: str, start: int, verb: int) -> bool:
    """社会各界捐赠, 爱心企业出资: the clause names who gave, though no party of the text."""
    return bool(re.search(cues()["frames"]["other_givers"], text[start:verb]))


def _carried_after(sent: Sentence, x: _Scope, giver: list[int] | None, after: re.Match) -> bool:
    """Whether the giver carried from an earlier clause gives an amount whose verb comes after it."""
    ents = sent.entities
    before = [g for g in x.groups if ents[g[-1]].end <= x.qe.start]
    if before:
        return all(sent.is_destination(g) for g in before)
    return giver is None and after.group().startswith("送")


@cache
def _people_after_place() -> re.Pattern:
    """「45名」「上海」医生: a noun of people right after a place (``people_after_place`` in the cues)."""
    return compile_gated(cues()["frames"]["people_after_place"])


def _staying_households(sent: Sentence, x: _Scope) -> bool:
    """「岗嘎镇」216户牧民每年可获得分红: households of a place that move nowhere come from nowhere."""
    return "户" in x.qe.text and not cue_patterns()["movement"].search(sent.text, x.cs, x.ce)


_JOINER = compile_gated(r"[、和及与]")


def _first_of_joined_counts(sent: Sentence, qe: Any) -> int | None:
    """The first count of a run of counts joined by 和/、/及 that ends with ``qe`` (None when alone)."""
    ents = sent.entities
    # Walked back lazily from the count: the run ends at the first count not joined to the next.
    before = sent.indices[: bisect.bisect_left(sent._starts, qe.start)]
    counts = (k for k in reversed(before) if ents[k].label == "PERSON-COUNT" and ents[k].end <= qe.start)
    first = None
    end = qe.start
    for k in counts:
        if not _JOINER.fullmatch(sent.text, ents[k].end, end):
            break
        first, end = k, ents[k].start
    return first


def _origin(x: _Scope) -> None:
    """来自「浙江」的…; a count of people right after its place (「广西大学」6名教师, 「广东」游客…)."""
    sent, text, ents, roles = x.sent, x.sent.text, x.sent.entities, x.roles
    qe = x.qe
    for g in x.groups:
        last = ents[g[-1]]
        if last.end > qe.start:
            break
        gap = text[last.end : qe.start]
        if sent.mention_between(last.end, qe.start):
            # 接收「铜仁」195名党政干部和3788名专技人才: a count joined to the one right after the place.
            first = _first_of_joined_counts(sent, qe)
            if first is None or ents[first].start < last.end:
                continue
            gap = text[last.end : ents[first].start]
            if sent.mention_between(last.end, ents[first].start):
                continue
        if sent.is_origin(g) and len(gap) <= 4 and not (roles.why_to == "seller-origin" and roles.to == g):
            roles.from_, roles.why_from = g, "origin-cue"
        elif (qe.label == "PERSON-COUNT" and len(gap) <= 10 and not re.search(r"[\d，,]", gap)
              and not cue_patterns()["verbish"].search(gap) and not sent.is_destination(g)
              and not sent.is_location(g) and not _staying_households(sent, x)):
            roles.from_, roles.why_from = g, "origin-adjacent"
    if not roles.from_ and qe.label == "PERSON-COUNT":
        # 「45名」「上海」医生被派往…: the place right after a bare count says where the people come from.
        after = [g for g in x.groups if ents[g[0]].start == qe.end and ents[g[0]].label == "GPE"]
        if (after and _people_after_place().match(text, ents[after[0][-1]].end)
                and not sent.is_destination(after[0])):
            roles.from_, roles.why_from = after[0], "origin-after-count"
    if not roles.from_ and qe.label == "PERSON-COUNT":
        # 接收「云南」籍贫困劳动力就业3.6万人: people of a place (籍) come from it.
        native = [g for g in x.groups if ents[g[-1]].end < qe.start and text.startswith("籍", ents[g[-1]].end)]
        if native:
            roles.from_, roles.why_from = native[-1], "origin-native"
    if not roles.from_:
        # 从「商洛」赴「南京」务工的劳动力4316人 / 4215人从「江口」等地赴苏: people come from the 从 place.
        origins = [g for g in x.groups if sent.is_origin(g)
                   and not any(ents[k].label in QUANTITY and _between(ents[k], ents[g[0]], qe)
                               for k in sent.ents_in(x.clause, QUANTITY) if k != x.q)]
        if len(origins) == 1:
            roles.from_, roles.why_from = origins[0], "origin-in-clause"


def _between(e, a, b) -> bool:
    lo, hi = min(a.start, b.start), max(a.end, b.end)
    return lo <= e.start and e.end <= hi


_SPREAD = compile_gated(r"分赴|分派到|分配到|分别派往|分别到")


def _next_clause_destination(x: _Scope, cue: re.Pattern | None = None) -> list[int] | None:
    """A later clause that opens with a destination (…，赴「上海」就业) and holds no quantity of its own
    (with ``cue``: only one whose opening holds it)."""
    sent, text = x.sent, x.sent.text
    for c in range(x.clause + 1, len(sent.clauses)):
        if sent.clauses[c][2] and c == x.clause + 1:
            continue  # a breakdown in parentheses right after the quantity
        if not text[sent.clauses[c][0] : sent.clauses[c][1]].strip(",，:： "):
            continue
        if sent.ents_in(c, QUANTITY):
            return None
        gs = sent.groups(c)
        if gs and sent.is_destination(gs[0]) and len(sent.prefix(gs[0])) <= 6 and (
                cue is None or cue.search(sent.prefix(gs[0]))):
            return _dest_in(sent, c, x.q)
        return None
    return None


def _agent_after(x: _Scope) -> None:
    """选派干部人才412名，由「北京」各区和市属单位分三批轮换进藏: the clause after names who sent them."""
    sent, roles = x.sent, x.roles
    if roles.from_ or x.clause + 1 >= len(sent.clauses):
        return
    cs, _, _ = sent.clauses[x.clause + 1]
    gs = sent.groups(x.clause + 1)
    if gs and sent.text[cs : sent.entities[gs[0][0]].start].strip(" ,，") == "由" and not sent.ents_in(
            x.clause + 1, QUANTITY) and not _MANAGES.match(sent.text, sent.entities[gs[0][-1]].end):
        roles.from_, roles.why_from = gs[0], "agent-after"


def _destination(x: _Scope, give: re.Match | None) -> None:
    """After 赴/到/用于 … in this clause; else a clause that opens with one; else the carried one."""
    roles = x.roles
    if roles.to:
        return
    dest = _dest_in(x.sent, x.clause, x.q)
    if dest:
        roles.to, roles.why_to = dest, "destination"
        # …共119人抵达「拉萨」，随后分赴「城关区」、「达孜区」: the places they spread to as well.
        nxt = _next_clause_destination(x, _SPREAD)
        if nxt:
            roles.to = [*dest, *(k for k in nxt if k not in dest)]
        return
    nxt = _next_clause_destination(x)
    if nxt:
        roles.to, roles.why_to = nxt, "destination-next"
        return
    # A destination of its own that is no entity (到其他省区市就业): nothing to carry over.
    bare = cue_patterns()["giving"].sub("", x.sent.text[x.cs : x.ce])
    own_place = cue_patterns()["own_destination"].search(bare)
    if give and not own_place and x.carry.dest and x.carry.dest_label in (None, x.qe.label):
        roles.to, roles.why_to = x.carry.dest, "destination-carried"


def _own_roles(sent: Sentence, q: int, carry: _Carry) -> _Roles:
    """FROM/TO that ``q``'s own clause states (plus the carried giver, destination and seller)."""
    clause = sent.clause_of(q)
    cs, ce, _ = sent.clauses[clause]
    if clause and _RESTATED.match(sent.text, cs, sent.entities[q].start) and not sent.parties_in(clause):
        # 向「陕西」贫困地区捐款捐物，折合「两亿三千万元」: the amount of the flow the clause before states.
        clause -= 1
        cs = sent.clauses[clause][0]
    x = _Scope(sent, q, clause, cs, ce, sent.groups(clause), carry)
    if not _is_flow(sent, clause, q):
        return x.roles
    _buying(x)
    _receiving(x)
    _agreement(x)
    give = _giving(x)
    _origin(x)
    _destination(x, give)
    _agent_after(x)
    _sender(x)
    return x.roles


_RESTATED = compile_gated(r"[\s,，]*(?:全年|今年|全年的|累计)?(?:金额|总金额|总额|交易额|销售额)?"
                       r"(?:折合|合计|共计|总计|价值|达到|达|为)[约近逾超过达]*\s*$")
_MOVING = compile_gated(r"(?:赴|到|前往|进驻|奔赴)$")


def _sender(x: _Scope) -> None:
    """「六盘水市」赴「大连」挂职干部41名: people on the move come from the clause's subject."""
    roles, sent = x.roles, x.sent
    if roles.from_ or x.qe.label != "PERSON-COUNT" or roles.why_to != "destination":
        return
    first = sent.entities[roles.to[0]]
    if not _MOVING.search(sent.text[x.cs : first.start]):
        return
    subject = _subject(sent, x.clause, first.start)
    if subject and not set(subject) & set(roles.to) and sent.entities[subject[-1]].end < first.start:
        roles.from_, roles.why_from = subject, "sender"


def _update_state(sent: Sentence, clause: int, state: _Carry) -> None:
    """Remember the giver and destination a clause names, for later clauses without their own."""
    subj = _subject(sent, clause)
    if subj is not None:
        state.giver = _first_of_a_pair(sent, clause, subj)
    agreement = _agreement_parties(sent, clause)
    if agreement:
        state.agreement = agreement
    cs, ce, _ = sent.clauses[clause]
    recv = cue_patterns()["receiving"].search(sent.text, cs, ce)
    if recv:
        receiver = _subject(sent, clause, recv.start())
        if receiver:
            state.receiver = receiver
    groups = sent.groups(clause)
    for n, g in enumerate(groups):
        if sent.is_destination(g):
            state.dest = g
            nxt = groups[n + 1] if n + 1 < len(groups) else None
            if nxt and sent.text[sent.entities[g[-1]].end : sent.entities[nxt[0]].start] == "的":
                state.dest = nxt  # 对口支援「喀什地区」的「巴楚县」、「莎车县」: the prefecture only locates them
            qs = sent.ents_in(clause, QUANTITY)
            state.dest_label = sent.entities[qs[0]].label if qs else None


def _first_of_a_pair(sent: Sentence, clause: int, group: list[int]) -> list[int]:
    """「A医院」与「B医院」结成对子，派出专家…: the pair's first party acts, not both."""
    cs, ce, _ = sent.clauses[clause]
    if len(group) < 2 or not re.search(r"结对|结成|签[订署约]|携手|对口|协作关系|合作关系", sent.text[cs:ce]):
        return group
    ents = sent.entities
    for n in range(1, len(group)):
        if re.fullmatch(r"\s*[与和同]\s*", sent.text[ents[group[n - 1]].end : ents[group[n]].start]):
            return group[:n]
    return group


_CONTINUATION = compile_gated(r"^(?:增长到|增加到|增至|提高到|扩大到|达到)")


def _adjacent_group(sent: Sentence, q: int) -> list[int] | None:
    """The list right before ``q`` with nothing but a short noun between (「东莞」2112人)."""
    ents = sent.entities
    qs = ents[q].start
    for g in reversed(sent.groups(sent.clause_of(q))):
        last = ents[g[-1]]
        if last.end <= qs:
            gap = sent.text[last.end : qs]
            between = sent.mention_between(last.end, qs)
            return g if len(gap) <= 2 and not between else None
    return None


def total_of(sent: Sentence, q: int) -> int | None:
    """The total a sub-quantity breaks down: the nearest earlier quantity of its label outside its clause."""
    clause = sent.clause_of(q)
    for k in reversed(sent.indices):
        e = sent.entities[k]
        if e.start < sent.entities[q].start and e.label == sent.entities[q].label and sent.clause_of(k) != clause:
            return k
    return None


def flows(sent: Sentence) -> Iterator[Relation]:
    """FROM and TO of every MONEY/PERSON-COUNT mention of the sentence."""
    pats = cue_patterns()
    ents, text = sent.entities, sent.text
    state = _Carry()
    roles: dict[int, _Roles] = {}
    quantities = [k for k in sent.indices if ents[k].label in QUANTITY]
    next_clause = 0  # clauses before this one have updated the state
    for q in quantities:
        clause = sent.clause_of(q)
        while next_clause < clause:
            _update_state(sent, next_clause, state)
            next_clause += 1
        roles[q] = _own_roles(sent, q, state)
    # 其中, parenthesised breakdowns and 从X增长到Y continuations take their total's parties,
    # unless they name their own.
    sub_clause = None  # the last clause of a 其中 list: 其中产业资金2.1亿元，基础设施资金1.2亿元
    for q in quantities:
        clause = sent.clause_of(q)
        cs, ce, is_paren = sent.clauses[clause]
        head = text[cs : ents[q].start]
        # 社会帮扶753.28万元 names a kind of money: a word right before the amount is no verb of the clause.
        noun = _KIND_OF_MONEY.match(head)
        sub = bool(pats["subsection"].match(head)) or sent.after_bare_subsection(clause) or (
            sub_clause == clause - 1 and not sent.parties_in(clause)
            and (LIST_ITEM_HEAD.match(head) is not None or not pats["verbish"].search(
                text, cs, ce if noun is None else ents[q].start - len(noun.group(1)))))
        if sub:
            sub_clause = clause
        cont = bool(_CONTINUATION.match(head)) and not sent.parties_in(clause)
        if not (sub or is_paren or cont):
            continue
        total = total_of(sent, q)
        if total is None or total not in roles:
            continue
        own, tot = roles[q], roles[total]
        if not sub and is_paren:
            adjacent = _adjacent_group(sent, q)
            if adjacent:
                # (「东莞」2112人、「中山」1065人): the place replaces the total's role in its own province.
                provinces = {_norm(ents[k]).get("province") for k in adjacent} - {None}
                if any(_norm(ents[k]).get("province") in provinces for k in tot.to):
                    own.to, own.why_to = adjacent, "breakdown"
                    own.from_ = [k for k in own.from_ if k not in adjacent]
                elif any(_norm(ents[k]).get("province") in provinces for k in tot.from_):
                    own.from_, own.why_from = adjacent, "breakdown"
        if not own.from_ and tot.from_:
            own.from_, own.why_from = tot.from_, "subsection"
        if not own.to and tot.to:
            own.to, own.why_to = tot.to, "subsection"
    for q in quantities:
        r = roles[q]
        for k in r.from_:
            yield Relation("FROM", q, k, f"from:{r.why_from}")
        for k in r.to:
            if k not in r.from_:
                yield Relation("TO", q, k, f"to:{r.why_to}")


RULES = (paired, flows)
