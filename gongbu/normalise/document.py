"""Normalise every entity of one document at once: the one entry point of the pipeline.

>>> from types import SimpleNamespace as M
>>> text = "组织5.78万贫困人口到省外就业。其中,赴上海就业2817人。"
>>> spans = [M(label="PERSON-COUNT", start=2, end=10, text="5.78万贫困人口"),
...          M(label="GPE", start=23, end=25, text="上海"),
...          M(label="PERSON-COUNT", start=27, end=32, text="2817人")]
>>> [n.norm.get("category") or n.norm["name"] for n in normalise_mentions(text, spans)]
['poor_population', '上海市', 'poor_population']

:func:`normalise_mentions` builds the :class:`PlaceResolver` of the document, normalises
each span with the text around it, then runs the passes that need the whole document:

1. **Categories of breakdowns** (PERSON-COUNT). (a) A count whose category is ``other``
   takes the category of the nearest preceding count of the same sentence that has one
   (or of the previous sentence when its own sentence starts with 其中). (b) A count with
   no noun of its own (number and measure word only) inside a 其中 or parenthesised
   breakdown takes its total's category, even when the words before it gave another
   one. The total is the quantity closest before 其中 / the bracket; a MONEY total means
   the breakdown is of money and nothing is inherited. ``household`` is never inherited
   by a count of people.
2. **援藏 outside Tibet** (GPE). 藏 after 援, in a document that names exactly one
   Tibetan autonomous prefecture (…藏族自治州) of another province and nothing in
   西藏自治区, is that prefecture: Sichuan, Qinghai, Gansu and Yunnan call aid to their
   own Tibetan areas 援藏.
3. **Elided level prefixes** (ORG). 市人社局, 省扶贫开发局, 县政府: the elided unit is the
   most recent place before the mention whose name ends with that level word
   (市: a prefecture-level city or a municipality; 省/自治区: a province; 县, 区, 州, 旗,
   盟 likewise), counting the places that open ORG names (宁波市政府、市人社局); for 省 and
   自治区 with no such place before it, the document's main province.
4. **In-document short names** (ORG). A name ``core + kind`` (中源公司) whose core (2+
   characters, not just a place name) occurs in exactly one longer ORG name of the
   document ending in the same kind word (丽江中源绿色食品有限公司) is that name.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Protocol

from gongbu.labels import QUANTITY_LABELS
from gongbu.text import sentences

from ._common import Normalised, clean_span
from .people import category_from_verb
from .places import PlaceResolver, lookup, normalise_place
from .single import normalise

__all__ = ["MentionLike", "normalise_mentions"]

AFTER_NOUN_CHARS = 14  # how far after a bare count (「155名」浙江省援川干部) its noun is looked for
NOUN_CHARS = 16  # how far back the noun of a PERSON-COUNT is looked for (within its sentence)
_QUANTITIES = QUANTITY_LABELS
_OPEN, _CLOSE = "(（", ")）"
_CLAUSE_MARKS = (",", "，", ":", "：")  # not 、: people.py reads 教师、医生900余人次 as one list of kinds


class MentionLike(Protocol):
    label: str
    start: int
    end: int
    text: str


def normalise_mentions(
    text: str, mentions: Sequence[MentionLike], *, context_chars: int = 8, sentence_spans=None
) -> list[Normalised]:
    """One :class:`Normalised` per mention, in order (``text``: the cleaned working text).

    ``mentions`` carry ``.label .start .end .text`` with offsets into ``text``, sorted by
    start. ``context_chars`` is how much text either side is read for hedges; the noun
    before a PERSON-COUNT is looked for up to ``max(context_chars, NOUN_CHARS)``
    characters back, but not before its sentence, the previous entity or the last
    、 , : of its clause. ``sentence_spans`` are :func:`gongbu.text.sentences` of ``text`` when the
    caller has them already. Never raises for known labels; problems come back as warnings.
    """
    if not mentions:
        return []
    order = sorted(range(len(mentions)), key=lambda i: (mentions[i].start, mentions[i].end))
    if order != list(range(len(mentions))):  # work in text order, answer in the caller's
        out = normalise_mentions(text, [mentions[i] for i in order], context_chars=context_chars,
                                 sentence_spans=sentence_spans)
        back = [None] * len(mentions)
        for k, i in enumerate(order):
            back[i] = out[k]
        return back  # type: ignore[return-value]
    sents = sentences(text) if sentence_spans is None else sentence_spans
    sent_starts = [s for s, _ in sents]
    resolver, tibetan = _document_resolver(text, mentions)

    def sentence_of(offset: int) -> int:
        return bisect.bisect_right(sent_starts, offset) - 1

    noun_chars = max(context_chars, NOUN_CHARS)
    norms: list[dict] = []
    warns: list[list[str]] = []
    sent_of: list[int] = []
    befores: list[str] = []
    prev_end = 0
    for m in mentions:
        k = sentence_of(m.start)
        sent_of.append(k)
        after = text[m.end : m.end + (AFTER_NOUN_CHARS if m.label == "PERSON-COUNT" else context_chars)]
        if m.label == "PERSON-COUNT":
            floor = max(sents[k][0] if k >= 0 else 0, min(prev_end, m.start), m.start - noun_chars)
            before = text[floor : m.start]
            before = before[max(map(before.rfind, _CLAUSE_MARKS)) + 1 :]  # the noun stays in its clause
        else:
            before = text[max(0, m.start - context_chars) : m.start]
        befores.append(before)
        n = normalise(m.label, m.text, before=before, after=after, resolver=resolver)
        norms.append(dict(n.norm))
        warns.append(list(n.warnings))
        prev_end = max(prev_end, m.end)

    _breakdown_categories(text, mentions, norms, befores, sent_of, sents)
    _listed_zones(text, mentions, norms)
    _named_before(mentions, norms)
    if tibetan is not None:
        targets, prefecture = tibetan
        for i in targets:
            norms[i] = normalise_place(prefecture).norm
    return [Normalised(n, tuple(w)) for n, w in zip(norms, warns, strict=True)]


_BARE_ZONES = ("高新技术产业开发区", "经济技术开发区", "高新区", "经开区", "保税区")


def _listed_zones(text: str, mentions: Sequence[MentionLike], norms: list[dict]) -> None:
    """「珠海市斗门区」、高新区: a zone named alone right after a place of a known city is that city's zone
    (珠海高新区, in 广东省)."""
    for i in range(1, len(mentions)):
        m, prev = mentions[i], mentions[i - 1]
        if (m.label != "GPE" or prev.label != "GPE" or norms[i].get("province")
                or clean_span(m.text) not in _BARE_ZONES or text[prev.end : m.start] not in ("、", "和", "及")):
            continue
        city = _prefecture_of(norms[i - 1])
        if city:
            norms[i] = {**norms[i], "name": city.removesuffix("市") + clean_span(m.text),
                        "province": norms[i - 1].get("province"), "side": norms[i - 1].get("side")}


def _named_before(mentions: Sequence[MentionLike], norms: list[dict]) -> None:
    """上海市闵行区浦江镇革新村 …，革新村捐赠: a township or village named alone after the chain that
    named it in full is that unit (its province and side)."""
    full: dict[str, dict] = {}
    for i, m in enumerate(mentions):
        if m.label != "GPE" or norms[i].get("level") not in ("township", "village"):
            continue
        if norms[i].get("province"):
            if m.text != norms[i].get("name"):
                full.setdefault(norms[i]["name"], norms[i])
        elif norms[i].get("name") in full:
            norms[i] = dict(full[norms[i]["name"]])


# ---------------------------------------------------------------- 1. categories


def _starts_with_qizhong(text: str, span: tuple[int, int]) -> bool:
    return text[span[0] : min(span[1], span[0] + 12)].lstrip(" \t“”\"'‘’「」、,，:：").startswith("其中")


def _open_bracket(text: str, lo: int, hi: int) -> int:
    """Position of the last bracket opened and not closed in ``text[lo:hi]`` (or -1)."""
    depth = 0
    for i in range(hi - 1, lo - 1, -1):
        c = text[i]
        if c in _CLOSE:
            depth += 1
        elif c in _OPEN:
            if depth == 0:
                return i
            depth -= 1
    return -1


# How far back (characters, mentions) a count looks for the total it breaks down.
BREAKDOWN_REACH = 400
BREAKDOWN_MENTIONS = 40


def _breakdown_categories(text, mentions, norms, befores, sent_of, sents) -> None:
    def inheritable(j: int) -> str | None:
        cat = norms[j].get("category")
        return cat if cat not in (None, "other", "household") else None

    for i, m in enumerate(mentions):
        if m.label != "PERSON-COUNT" or norms[i].get("unit") == "户":
            continue
        k = sent_of[i]
        # A breakdown's marker or total stands near the count: bounding the look-back keeps a
        # run-on sentence of thousands of counts linear.
        lo = max(sents[k][0] if k >= 0 else 0, m.start - BREAKDOWN_REACH)
        qizhong = k >= 0 and _starts_with_qizhong(text, sents[k])
        # (b) the total of a 其中 / bracketed breakdown
        qz = text.rfind("其中", lo, m.start)
        if qz >= 0 and any(c in _CLOSE for c in text[qz : m.start]):
            qz = -1  # (其中…) closed before this count
        marker = max(qz, _open_bracket(text, lo, m.start))
        total = None
        if marker >= 0:
            # the quantity closest before the marker in this sentence, else (after a leading
            # 其中) the last one of the previous sentence
            for j in range(i - 1, max(-1, i - 1 - BREAKDOWN_MENTIONS), -1):
                if sent_of[j] < k - 1 or (sent_of[j] == k - 1 and not qizhong):
                    break
                if mentions[j].label in _QUANTITIES and mentions[j].start < marker:
                    total = j
                    break
        if total is not None and mentions[total].label == "PERSON-COUNT":
            cat = inheritable(total)
            if cat and (norms[i]["category"] == "other" or category_from_verb(m.text, befores[i])):
                norms[i]["category"] = cat
                continue
        if norms[i]["category"] != "other":
            continue
        # (a) the nearest preceding count of the sentence (of the previous one after 其中)
        scope = {k, k - 1} if qizhong else {k}
        for j in range(i - 1, max(-1, i - 1 - BREAKDOWN_MENTIONS), -1):
            if sent_of[j] not in scope:
                break
            if mentions[j].label == "PERSON-COUNT" and (cat := inheritable(j)):
                norms[i]["category"] = cat
                break


# ---------------------------------------------------------------- 2. 援藏


def _prefecture_of(norm: dict) -> str:
    name, level, province = norm.get("name"), norm.get("level"), norm.get("province")
    if not isinstance(name, str) or not isinstance(province, str):
        return ""
    if level == "prefecture":
        return name
    for u in lookup(name):
        if u.province == province:
            return u.prefecture
    return ""


def _aid_targets(text: str, mentions) -> list[int]:
    return [
        i for i, m in enumerate(mentions)
        if m.label == "GPE" and text[m.start - 1 : m.start] == "援" and clean_span(m.text) == "藏"
    ]  # fmt: skip


def _document_resolver(text: str, mentions) -> tuple[PlaceResolver, tuple[list[int], str] | None]:
    """The resolver of the document, and (援藏 mentions, their prefecture) when pass 2 applies.

    When 援藏 means a Tibetan prefecture of another province, those 藏 are no evidence
    for 西藏自治区 and the resolver is built without them.
    """
    gpes = [i for i, m in enumerate(mentions) if m.label == "GPE"]
    targets = _aid_targets(text, mentions)
    if targets:
        others = [i for i in gpes if i not in set(targets)]
        resolver = PlaceResolver.for_document([mentions[i].text for i in others])
        prefecture = _tibetan_prefecture([normalise_place(mentions[i].text, resolver).norm for i in others])
        if prefecture is not None:
            return resolver, (targets, prefecture)
    return PlaceResolver.for_document([mentions[i].text for i in gpes]), None


def _tibetan_prefecture(places: list[dict]) -> str | None:
    """The one Tibetan autonomous prefecture outside Tibet that ``places`` name (else None)."""
    prefectures: set[str] = set()
    for n in places:
        provinces = n.get("province") if isinstance(n.get("province"), list) else [n.get("province")]
        if "西藏自治区" in provinces:
            return None  # the document speaks of Tibet itself
        pref = _prefecture_of(n)
        if "藏族" in pref:
            prefectures.add(pref)
    return prefectures.pop() if len(prefectures) == 1 else None
