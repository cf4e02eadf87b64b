"""GPE → ``{"name", "level", "province", "side"}`` and the document-level :class:`PlaceResolver`.

The tables come from ``data/divisions.tsv`` (built from jionlp by
``scripts/build_divisions.py``; jionlp is not imported at run time) plus the
hand-maintained ``abbreviations.tsv``, ``pair_abbreviations.tsv``,
``place_aliases.tsv``, ``extra_divisions.tsv`` and ``sides.tsv``. Everything is
loaded once, lazily, into dicts.

>>> normalise_place("红河州").norm
{'name': '红河哈尼族彝族自治州', 'level': 'prefecture', 'province': '云南省', 'side': 'west'}
>>> normalise_place("浙江省衢州市衢江区").norm
{'name': '衢江区', 'level': 'county', 'province': '浙江省', 'side': 'east'}
>>> normalise_place("沪滇").norm
{'name': ['上海市', '云南省'], 'level': 'region_pair', 'province': ['上海市', '云南省'], 'side': None}

Ambiguity (a name that several units carry, 宁 = 宁夏 or 南京, 苏 = 江苏 or 苏州):
inside a chain the earlier units decide (四川省长宁县). Otherwise the
:class:`PlaceResolver` of the document ranks the candidates by, in order:

1. the unit itself, or its prefecture, is named unambiguously elsewhere in the document;
2. its province is named (or implied) elsewhere in the document;
3. it is paired (``pairings.tsv``) with a unit the document names;
4. how often its province occurs in the document;
5. the table's default order: full name before short form, province before prefecture
   before county, province abbreviation before city abbreviation.

Without a resolver only rule 5 applies and a ``GPE_AMBIGUOUS`` warning says so.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from gongbu.labels import LEVEL_RANK as LEVEL_RANK_TABLE
from gongbu.lexicon import pair_abbreviations, read_table

from ._common import Normalised, clean_span, read_tsv, warning
from .pairing_table import partners_of

__all__ = ["PlaceResolver", "Unit", "gazetteer", "longest_place_prefix", "lookup", "normalise_place", "side_of"]

LEVEL_RANK = LEVEL_RANK_TABLE


@dataclass(frozen=True, slots=True)
class Unit:
    """One administrative unit of the table."""

    name: str
    level: str
    province: str
    prefecture: str = ""
    code: str = ""

    def ancestors(self) -> tuple[str, ...]:
        """Itself, its prefecture, its province (names, most specific first)."""
        out = [self.name]
        if self.prefecture and self.prefecture != self.name:
            out.append(self.prefecture)
        if self.province and self.province not in out:
            out.append(self.province)
        return tuple(out)


@dataclass(frozen=True)
class _Tables:
    units: tuple[Unit, ...]
    by_name: dict[str, tuple[int, ...]]  # canonical full name → units
    by_surface: dict[str, tuple[int, ...]]  # full names and short forms (2+ chars)
    full_surfaces: frozenset[str]
    abbr: dict[str, tuple[int, ...]]  # one-character abbreviations
    pairs: dict[str, tuple[str, str]]  # pair abbreviation → (helper, helped)
    sides: dict[str, str]
    max_len: int


@functools.cache
def _tables() -> _Tables:
    units: list[Unit] = []
    by_name: dict[str, list[int]] = {}
    surfaces: dict[str, list[tuple[int, int]]] = {}  # surface → [(is_alias, idx)]

    def add_surface(s: str, idx: int, alias: int) -> None:
        lst = surfaces.setdefault(s, [])
        if all(i != idx for _, i in lst):
            lst.append((alias, idx))

    for fname in ("divisions.tsv", "extra_divisions.tsv"):
        for row in read_tsv(fname, header=True):
            row = row + [""] * (6 - len(row))
            name, level, province, prefecture, code, aliases = row[:6]
            idx = len(units)
            units.append(Unit(name, level, province, prefecture, code))
            by_name.setdefault(name, []).append(idx)
            add_surface(name, idx, 0)
            for a in filter(None, aliases.split("|")):
                add_surface(a, idx, 1)
    for alias, full in read_tsv("place_aliases.tsv"):
        for idx in by_name.get(full, ()):
            add_surface(alias, idx, 1)

    def order(entries: list[tuple[int, int]]) -> tuple[int, ...]:
        ranked = sorted(entries, key=lambda e: (e[0], LEVEL_RANK[units[e[1]].level], e[1]))
        return tuple(i for _, i in ranked)

    by_surface = {s: order(v) for s, v in surfaces.items() if len(s) >= 2}
    full_surfaces = frozenset(s for s, v in surfaces.items() if any(a == 0 for a, _ in v))

    abbr: dict[str, list[int]] = {}
    for a, full, kind in read_tsv("abbreviations.tsv"):
        cands = [i for i in by_name.get(full, ()) if (units[i].level == "province") == (kind == "province")]
        for i in cands or by_name.get(full, ()):
            if i not in abbr.setdefault(a, []):
                abbr[a].append(i)
    pairs = pair_abbreviations()
    sides = {row[0]: row[1] for row in read_tsv("sides.tsv")}
    return _Tables(
        units=tuple(units),
        by_name={k: tuple(v) for k, v in by_name.items()},
        by_surface=by_surface,
        full_surfaces=full_surfaces,
        abbr={k: tuple(v) for k, v in abbr.items()},
        pairs=pairs,
        sides=sides,
        max_len=max(map(len, by_surface)),
    )


def longest_place_prefix(s: str) -> str:
    """The longest full name or short form (2+ characters) that ``s`` starts with, or ''."""
    t = _tables()
    for L in range(min(t.max_len, len(s)), 1, -1):
        if s[:L] in t.by_surface:
            return s[:L]
    return ""


@functools.cache
def _ethnic_townships() -> dict[str, tuple[tuple[str, str, str, bool], ...]]:
    """short form → ((full name, county, province, clash), …) from ethnic_townships.tsv."""
    out: dict[str, list[tuple[str, str, str, bool]]] = {}
    for short, full, county, province, clash in read_tsv("ethnic_townships.tsv", header=True):
        out.setdefault(short, []).append((full, county, province, clash == "1"))
    return {k: tuple(v) for k, v in out.items()}


def _ethnic_township(name: str, unit: Unit | None, resolver: PlaceResolver | None) -> tuple[str, str, str] | None:
    """(full name, county, province) of an ethnic township written short (基诺山乡 → 基诺山基诺族乡).

    Inside a chain the units before it must contain it; standing alone it must be the only
    reading, or the only one in a county, prefecture or province the document names.
    A short form that is also an ordinary township's name needs such evidence.
    """
    cands = _ethnic_townships().get(name)
    if not cands:
        return None
    if unit is not None:
        inside = [c for c in cands if unit.name in (c[1], c[2]) or unit.name == _county_prefecture(c[1], c[2])]
        return inside[0][:3] if len(inside) == 1 else None
    if resolver is not None:
        named = [c for c in cands if resolver.names_any((c[1], _county_prefecture(c[1], c[2]), c[2]))]
        if len(named) == 1:
            return named[0][:3]
    if len(cands) == 1 and not cands[0][3]:
        return cands[0][:3]
    return None


def _county_prefecture(county: str, province: str) -> str:
    for u in _units_named(county):
        if u.province == province:
            return u.prefecture
    return ""


def lookup(name: str) -> tuple[Unit, ...]:
    """Units a full name, short form or abbreviation may stand for (default order)."""
    t = _tables()
    s = clean_span(name)
    idx = t.by_surface.get(s) or t.abbr.get(s) or ()
    return tuple(t.units[i] for i in idx)


def side_of(name: str, prefecture: str = "", province: str = "") -> str | None:
    """``east``/``west``/None for a unit, from its own row, its prefecture or its province."""
    sides = _tables().sides
    for n in (name, prefecture, province):
        if n and n in sides:
            return sides[n]
    return None


@functools.cache
def gazetteer() -> list[tuple[str, str]]:
    """(surface form, level) for every full name, short form, abbreviation and pair abbreviation.

    A surface with units at several levels (红河: prefecture and county) appears once per level.
    One-character abbreviations carry the level of the unit they stand for.
    """
    t = _tables()
    out: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for table in (t.by_surface, t.abbr):
        for s, idx in table.items():
            for i in idx:
                item = (s, t.units[i].level)
                if item not in seen:
                    seen.add(item)
                    out.append(item)
    for s in t.pairs:
        out.append((s, "region_pair"))
    # Townships by their full names (安远镇, 金钟街道): found standing alone, not only after their county.
    for s in townships():
        if (s, "township") not in seen and s not in t.by_surface:
            seen.add((s, "township"))
            out.append((s, "township"))
    return out


@functools.cache
def townships() -> tuple[str, ...]:
    """Full names of China's townships, towns and streets (``lexicon/data/townships.tsv``)."""
    return tuple(dict.fromkeys(row[0] for row in read_table("townships.tsv", header=True)))


@functools.cache
def _township_homes() -> dict[str, tuple[tuple[str, str], ...]]:
    """Township name → ((county, province), …) of every township so named."""
    homes: dict[str, list[tuple[str, str]]] = {}
    for name, county, province in read_table("townships.tsv", header=True):
        homes.setdefault(name, []).append((county, province))
    return {k: tuple(v) for k, v in homes.items()}


def township_province(name: str, resolver: PlaceResolver | None) -> str | None:
    """The province of a township named alone: the one of its namesakes whose county the document
    names, else the only one in a province the document names, else the only one there is."""
    homes = _township_homes().get(name, ())
    if resolver is not None:
        named = {p for c, p in homes if resolver.names_any((c,))}
        if len(named) == 1:
            return named.pop()
        in_doc = {p for _, p in homes if p in resolver.provinces}
        if len(in_doc) == 1:
            return in_doc.pop()
    provinces = {p for _, p in homes}
    return provinces.pop() if len(provinces) == 1 else None


# ---------------------------------------------------------------- chains

_UNKNOWN_UNIT = re.compile(
    r"(.+?)(经济技术开发区|高新技术产业开发区|经济开发区|开发区|保税区|新区|街道|社区|"
    r"村民小组|村小组|村民委员会|村委会|居民委员会|居委会|"
    r"自治州|自治县|自治旗|地区|镇|乡|村|县|区|旗|市|州|盟|省)"
)
_SUFFIX_LEVEL = (
    (("街道", "镇", "乡"), "township"),
    (("社区", "村", "村民小组", "村小组", "村委会", "村民委员会", "居委会", "居民委员会"), "village"),
    (("开发区", "保税区", "新区", "县", "区", "旗"), "county"),
    (("自治州", "地区", "州", "盟", "市"), "prefecture"),
    (("省",), "province"),
)
_TOWNISH = set("镇乡村街社")
_ZONE_SUFFIXES = ("开发区", "保税区", "新区", "高新区", "经开区", "试验区", "合作区")
# Bare kind words: not a unit of their own (全省 is not a GPE either).
_GENERIC = frozenset(
    ["自治区", "自治州", "自治县", "自治旗", "省", "市", "县", "区", "州", "旗", "盟", "乡", "镇",
     "村", "街道", "社区", "新区", "开发区", "地区", "城区", "郊区", "全省", "全市", "全县", "全国"]
)  # fmt: skip


# A village group keeps its own name (三板桥村小组 = 三板桥村民小组, SPEC's lowest level is
# village); a village committee (营山村委会) stands for its village (营山村).
_VILLAGE_FORMS = (("村民委员会", "村"), ("村委会", "村"), ("居民委员会", "社区"), ("居委会", "社区"),
                  ("村小组", "村民小组"))  # fmt: skip
_MASKED = re.compile(r"[0-9*＊×?？]")


def _village_form(name: str) -> str:
    for short, full in _VILLAGE_FORMS:
        if name.endswith(short) and not name.endswith("村民小组"):
            return name[: -len(short)] + full
    return name


def _level_of_suffix(name: str) -> str | None:
    for suffixes, level in _SUFFIX_LEVEL:
        if name.endswith(suffixes):
            return level
    return None


@dataclass(frozen=True)
class _Segment:
    surface: str
    candidates: tuple[int, ...]  # empty: not in the table
    level: str | None


@functools.lru_cache(maxsize=65536)
def _segments(s: str) -> tuple[_Segment, ...]:
    """Split a chain (浙江省衢州市衢江区, 金平…自治县金河镇大老塘村) into units."""
    t = _tables()
    if len(s) == 1:
        c = t.abbr.get(s, ())
        return (_Segment(s, c, t.units[c[0]].level if c else None),)
    out: list[_Segment] = []
    i = 0
    while i < len(s):
        hit = None
        for L in range(min(t.max_len, len(s) - i), 1, -1):
            sub = s[i : i + L]
            if sub in t.by_surface:
                nxt = s[i + L : i + L + 1]
                # 长宁 + 镇 is a township 长宁镇, not 长宁区 + 镇
                if sub not in t.full_surfaces and nxt and nxt in _TOWNISH:
                    continue
                hit = sub
                break
        if hit:
            c = t.by_surface[hit]
            out.append(_Segment(hit, c, t.units[c[0]].level))
            i += len(hit)
            continue
        m = _UNKNOWN_UNIT.match(s, i)
        if m:
            out.append(_Segment(m.group(0), (), _level_of_suffix(m.group(0))))
            i = m.end()
            continue
        out.append(_Segment(s[i:], (), _level_of_suffix(s[i:])))
        break
    return tuple(out)


# ---------------------------------------------------------------- resolver


class PlaceResolver:
    """Document-level evidence for resolving ambiguous place names.

    Build it from all GPE span texts of one document; names resolved without
    ambiguity are the evidence. See the module docstring for the ranking.
    """

    __slots__ = ("_names", "_pairs", "_provinces")

    def __init__(self, names: Counter | None = None, provinces: Counter | None = None) -> None:
        self._names: Counter = names or Counter()
        self._provinces: Counter = provinces or Counter()
        self._pairs: frozenset[str] | None = None

    @classmethod
    def for_document(cls, spans: Iterable[str]) -> PlaceResolver:
        t = _tables()
        names: Counter = Counter()
        provinces: Counter = Counter()
        for span in spans:
            s = clean_span(span)
            if s in t.pairs:
                for n in t.pairs[s]:
                    for u in _units_named(n)[:1]:
                        names.update(u.ancestors())
                        provinces[u.province] += 1
                continue
            unit, _, _, ambiguous = _chain_alone(s)  # _resolve_chain(s, None) without copying its warnings
            if unit is not None and not ambiguous:
                names.update(unit.ancestors())
                provinces[unit.province] += 1
        return cls(names, provinces)

    @property
    def provinces(self) -> Counter:
        return Counter(self._provinces)

    def names_any(self, names: Iterable[str]) -> bool:
        """Whether the document names (unambiguously) any of ``names``."""
        return any(n and n in self._names for n in names)

    def main_province(self) -> str | None:
        """The province the document names most often (None on a tie or when empty)."""
        top = self._provinces.most_common(2)
        if not top or (len(top) == 2 and top[0][1] == top[1][1]):
            return None
        return top[0][0]

    def _paired_names(self) -> frozenset[str]:
        if self._pairs is None:
            out: set[str] = set()
            for n in self._names:
                out |= partners_of(n)
            self._pairs = frozenset(out)
        return self._pairs

    def choose(self, candidates: tuple[Unit, ...]) -> Unit:
        """The best candidate for the document (the first one when nothing tells them apart)."""
        if len(candidates) == 1:
            return candidates[0]
        paired = self._paired_names()

        def key(pos_u: tuple[int, Unit]):
            pos, u = pos_u
            named = u.name in self._names or (u.prefecture and u.prefecture in self._names)
            return (
                not named,
                self._provinces[u.province] == 0 and u.province not in self._names,
                not any(a in paired for a in u.ancestors()),
                -self._provinces[u.province],
                pos,
            )

        return min(enumerate(candidates), key=key)[1]

    def resolve(self, text: str) -> dict:
        """GPE norm dict of ``text`` in the context of this document."""
        return normalise_place(text, self).norm


def _units_named(name: str) -> tuple[Unit, ...]:
    t = _tables()
    return tuple(t.units[i] for i in t.by_name.get(name, ()))


def _resolve_chain(s: str, resolver: PlaceResolver | None) -> tuple[Unit | None, _Segment | None, list[str], bool]:
    """(most specific known unit, trailing unknown segment, warnings, ambiguity left to defaults)."""
    # A name with no ambiguous segment resolves alike in every document: that answer is kept per name
    # (the resolver is asked only where a segment has several candidates).
    unit, tail, warnings, ambiguous = _chain_alone(s)
    if resolver is None or not ambiguous:
        return unit, tail, list(warnings), ambiguous
    return _resolve_chain_with(s, resolver)


@functools.lru_cache(maxsize=65536)
def _chain_alone(s: str) -> tuple[Unit | None, _Segment | None, tuple[str, ...], bool]:
    unit, tail, warnings, ambiguous = _resolve_chain_with(s, None)
    return unit, tail, tuple(warnings), ambiguous


def _resolve_chain_with(s: str, resolver: PlaceResolver | None) -> tuple[Unit | None, _Segment | None, list[str], bool]:
    t = _tables()
    segs = _segments(s)
    ctx: Unit | None = None
    tail: _Segment | None = None
    warnings: list[str] = []
    ambiguous = False
    for seg in segs:
        if not seg.candidates:
            tail = seg
            continue
        cands = tuple(t.units[i] for i in seg.candidates)
        if ctx is not None:
            inside = tuple(
                u for u in cands if u.province == ctx.province
                and (ctx.level != "prefecture" or u.prefecture in ("", ctx.name) or u.name == ctx.name)
            )  # fmt: skip
            cands = inside or cands
        if len(cands) > 1:
            if resolver is not None:
                chosen = resolver.choose(cands)
            else:
                chosen = cands[0]
                ambiguous = True
                warnings.append(
                    warning("GPE_AMBIGUOUS", f"{seg.surface} → {chosen.name} (also: "
                            + ", ".join(f"{u.name}/{u.province}" for u in cands[1:4]) + ")")
                )  # fmt: skip
        else:
            chosen = cands[0]
        # a unit that does not sit inside the chain so far keeps the deeper one only if deeper
        if ctx is None or LEVEL_RANK[chosen.level] >= LEVEL_RANK[ctx.level]:
            ctx = chosen
        tail = None
    return ctx, tail, warnings, ambiguous


_SHORT_AUTONOMOUS = re.compile(r"(.+[^省市县区州旗盟])(自治[县州旗])")
_AUTONOMOUS_LEVEL = {"自治县": "county", "自治旗": "county", "自治州": "prefecture"}


def normalise_place(span_text: str, resolver: PlaceResolver | None = None) -> Normalised:
    """Normalise a GPE span (chains, short forms, abbreviations, pair abbreviations)."""
    t = _tables()
    s = clean_span(span_text).strip("“”\"'「」『』()（）,，。、")
    if s in t.pairs:
        pair = list(t.pairs[s])
        provs = [(_units_named(n)[:1] or (Unit(n, "province", n),))[0].province for n in pair]
        norm = {"name": pair, "level": "region_pair", "province": provs, "side": None}
        return Normalised(norm)
    if (short := _SHORT_AUTONOMOUS.fullmatch(s)) is not None:
        # 务川自治县 is 务川 (务川仡佬族苗族自治县), 黔南自治州 is 黔南: the short name says which unit.
        named = normalise_place(short.group(1), resolver)
        if named.norm.get("level") == _AUTONOMOUS_LEVEL[short.group(2)]:
            return named
    unit, tail, warnings, _ = _resolve_chain(s, resolver)
    if tail is not None and tail.surface == "县" and unit is not None and unit.level == "county":
        tail = None  # 康定县, 甘孜州简阳县: a county that has since become a city or district, by its old name
    if tail is not None and tail.surface in _GENERIC:
        tail = _Segment(tail.surface, (), None)
    if tail is not None and _MASKED.search(tail.surface):
        # 杨浦区国和0社区: a name with a masked digit is never a real unit's name
        warnings.append(warning("GPE_MASKED", f"{tail.surface!r} has masked digits; not a unit name"))
        if unit is not None:
            tail = None
        else:
            return Normalised({"name": s, "level": None, "province": None, "side": None}, tuple(warnings))
    if tail is not None and tail.level == "township":
        ethnic = _ethnic_township(tail.surface, unit, resolver)
        if ethnic is not None:
            full, county, province = ethnic
            prefecture = _county_prefecture(county, province)
            norm = {"name": full, "level": "township", "province": province,
                    "side": side_of("", prefecture, province)}  # fmt: skip
            return Normalised(norm, tuple(warnings))
    if tail is not None and tail.level == "village":
        tail = _Segment(_village_form(tail.surface), (), tail.level)
    if tail is not None and (tail.level is not None or unit is not None):
        province = unit.province if unit else None
        if province is None and tail.level == "township":
            province = township_province(tail.surface, resolver)
        if province is None and resolver is not None and tail.level in ("township", "village"):
            province = resolver.main_province()
        prefecture = ""
        if unit is not None:
            prefecture = unit.name if unit.level == "prefecture" else unit.prefecture
        level = tail.level
        if level is None:
            warnings.append(warning("GPE_UNKNOWN", f"{tail.surface!r} is not a known unit"))
        elif unit is None:
            warnings.append(warning("GPE_NOT_IN_TABLE", f"{tail.surface!r}: level from its suffix"))
        side = side_of("", prefecture, province or "") if province else None
        name = tail.surface
        if unit is not None and name.endswith(_ZONE_SUFFIXES) and not name.startswith(unit.name[:2]):
            # 济南高新区, 青岛西海岸新区: a zone is named with its city, which 高新区 alone is not.
            name = unit.name.removesuffix("市") + name
        norm = {"name": name, "level": level, "province": province, "side": side}
        return Normalised(norm, tuple(warnings))
    if unit is None:
        warnings = [w for w in warnings if not w.startswith("GPE_UNKNOWN")]
        warnings.append(warning("GPE_UNKNOWN", f"{s!r} is not a known unit"))
        return Normalised({"name": s, "level": None, "province": None, "side": None}, tuple(warnings))
    norm = {
        "name": unit.name,
        "level": unit.level,
        "province": unit.province,
        "side": side_of(unit.name, unit.prefecture, unit.province),
    }
    return Normalised(norm, tuple(warnings))
