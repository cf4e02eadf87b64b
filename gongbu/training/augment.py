"""Synthetic training sentences for the entity recogniser.

Four annotated documents name a handful of provinces, companies and amounts; a
model trained on them alone learns those names by heart (MEASUREMENTS.md: entity F
0.45-0.80 on held-out documents, ORG near 0). The templates below are written for
this project (not copied from any report); their slots are filled with places
from the gazetteer (every province, many prefectures and counties, short forms,
abbreviations after 赴/援), invented but plausible organisation names, amounts
and head counts in all the formats SPEC.md lists, and programme names. Hedge
words (近, 约, 超过, 累计 …) stay outside the spans, and negative material
(精准扶贫, 浙商, 鲁ICP备, 4127个项目, 投入万元 …) appears unlabelled.

Everything is deterministic for a given seed.

>>> ex = make_examples(2, seed=1)
>>> all(text[s:e] for text, spans in ex for s, e, _ in spans)
True
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from gongbu.labels import ENTITY_LABELS
from gongbu.lexicon import pair_abbreviations

Span = tuple[int, int, str]
Example = tuple[str, list[Span]]

EAST = ("北京市", "天津市", "辽宁省", "上海市", "江苏省", "浙江省", "福建省", "山东省", "广东省")
WEST = (
    "内蒙古自治区", "广西壮族自治区", "重庆市", "四川省", "贵州省", "云南省", "西藏自治区",
    "陕西省", "甘肃省", "青海省", "宁夏回族自治区", "新疆维吾尔自治区",
)
SHORT = {
    "北京市": "北京", "天津市": "天津", "辽宁省": "辽宁", "上海市": "上海", "江苏省": "江苏",
    "浙江省": "浙江", "福建省": "福建", "山东省": "山东", "广东省": "广东",
    "内蒙古自治区": "内蒙古", "广西壮族自治区": "广西", "重庆市": "重庆", "四川省": "四川",
    "贵州省": "贵州", "云南省": "云南", "西藏自治区": "西藏", "陕西省": "陕西", "甘肃省": "甘肃",
    "青海省": "青海", "宁夏回族自治区": "宁夏", "新疆维吾尔自治区": "新疆",
}
ABBR = {
    "北京市": "京", "天津市": "津", "辽宁省": "辽", "上海市": "沪", "江苏省": "苏", "浙江省": "浙",
    "福建省": "闽", "山东省": "鲁", "广东省": "粤", "内蒙古自治区": "蒙", "广西壮族自治区": "桂",
    "重庆市": "渝", "四川省": "川", "贵州省": "黔", "云南省": "滇", "西藏自治区": "藏",
    "陕西省": "陕", "甘肃省": "甘", "宁夏回族自治区": "宁",
}
PROGRAMMES = (
    "东西部扶贫协作", "东西扶贫协作", "东西部协作", "携手奔小康行动", "万企帮万村", "百日总攻行动",
    "10·17扶贫日", "扶贫日",
)
QUOTED_PROGRAMMES = (
    "携手奔小康", "万企帮万村", "双一百", "三带两转", "保险+期货", "两不愁三保障", "闽宁模式",
    "10·17扶贫日",
)
GENERIC_POLICY = (
    "精准扶贫", "脱贫攻坚", "扶贫协作", "对口帮扶", "产业扶贫", "消费扶贫", "劳务协作", "乡村振兴",
    "健康扶贫", "教育扶贫",
)
SLOGANS = ("造血", "组合拳", "金钥匙", "输血", "授人以渔", "一对一", "点对点")
NAME_CHARS = "鑫源泰华宏盛丰瑞恒达通康润兴隆禾嘉信德福安顺乐农绿鸿宇天辰星海豪祥和景益博创"
TRADES = ("农业", "食品", "科技", "生物科技", "电子商务", "旅游开发", "茶业", "药业", "服饰", "物流", "农牧")
COMPANY_SUFFIX = ("有限公司", "股份有限公司", "有限责任公司", "集团", "公司", "集团有限公司")
GOV_SUFFIX = (
    "人民政府", "人民政府扶贫开发办公室", "扶贫开发局", "扶贫办", "发展改革委", "人社局",
    "教育局", "卫生健康委员会", "农业农村局", "商务局", "政府",
)
LEVEL_ORGS = ("国务院扶贫办", "省扶贫开发局", "市人社局", "自治区扶贫办", "县扶贫开发局", "省发展改革委", "市扶贫办")
PEOPLE = (
    "干部", "党政干部", "挂职干部", "专业技术人才", "专技人才", "教师", "医务人员", "医生",
    "贫困人口", "建档立卡贫困人口", "贫困劳动力", "农村劳动力", "学生", "贫困家庭学生",
    "贫困户", "建档立卡贫困户", "务工人员", "致富带头人", "乡村教师", "技术骨干",
)
HEDGE_BEFORE = ("", "", "", "近", "约", "超过", "累计", "共", "合计", "共计", "达", "逾")
HEDGE_AFTER = ("", "", "", "", "以上", "左右", "不等")
CN_DIGITS = "一二三四五六七八九"
SCHOOLS = ("第一中学", "职业技术学院", "大学", "师范学院", "人民医院", "中医医院", "第二中学")
THINGS = ("个", "个项目", "家", "所", "亩", "吨", "个贫困村", "个贫困县")


@dataclass(frozen=True)
class Places:
    """Provinces, prefectures and counties with their parents, plus short forms."""

    prefectures: dict[str, list[tuple[str, str]]]  # province -> [(prefecture, short)]
    counties: dict[str, list[tuple[str, str]]]  # prefecture (or province) -> [(county, short)]


def load_hierarchy() -> Places:
    """Read the divisions table of :mod:`gongbu.normalise` (name, level, province, prefecture, aliases)."""
    pref: dict[str, list[tuple[str, str]]] = {}
    cnty: dict[str, list[tuple[str, str]]] = {}
    raw = resources.files("gongbu.lexicon").joinpath("data/divisions.tsv").read_text("utf-8")
    for line in raw.splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) < 6:
            continue
        name, level, province, prefecture, _, aliases = cols[:6]
        short = next((a for a in aliases.split("|") if len(a) >= 2), name)
        if level == "prefecture":
            pref.setdefault(province, []).append((name, short))
        elif level == "county":
            cnty.setdefault(prefecture or province, []).append((name, short))
    for k in pref:
        pref[k].sort()
    for k in cnty:
        cnty[k].sort()
    return Places(pref, cnty)


class _Gen:
    """Slot fillers; each returns ``(text, label or None)``."""

    def __init__(self, rng: random.Random, places: Places):
        self.r = rng
        self.p = places

    # -------------------------------------------------------------- places
    def province(self, side: str) -> str:
        return self.r.choice(EAST if side == "east" else WEST)

    def gpe(self, side: str = "any") -> str:
        r = self.r
        prov = self.province(side if side != "any" else r.choice(("east", "west")))
        kind = r.random()
        prefs = self.p.prefectures.get(prov) or []
        if kind < 0.3 or not prefs:
            return r.choice((prov, SHORT[prov]))
        pref, pshort = r.choice(prefs)
        counties = self.p.counties.get(pref) or self.p.counties.get(prov) or []
        if kind < 0.55:
            return r.choice((pref, pshort))
        if kind < 0.7 and counties:
            c, cshort = r.choice(counties)
            return r.choice((c, cshort, c))
        if kind < 0.9 and counties:  # a chain of units is one span
            c, _ = r.choice(counties)
            head = r.choice((prov, SHORT[prov], ""))
            return head + r.choice((pref, pshort)) + c
        if counties:  # down to a township and a village
            c, _ = r.choice(counties)
            town = "".join(r.sample(NAME_CHARS, 2)) + r.choice(("镇", "乡", "街道"))
            village = "".join(r.sample(NAME_CHARS, 2)) + r.choice(("村", "社区", "村"))
            return c + town + village
        return prov

    def abbr(self, side: str = "any") -> str:
        pool = [p for p in (EAST + WEST) if p in ABBR and (side == "any" or (p in EAST) == (side == "east"))]
        return ABBR[self.r.choice(pool)]

    # -------------------------------------------------------------- organisations
    def org(self, side: str = "any") -> str:
        r = self.r
        k = r.random()
        place = self.gpe(side)
        if k < 0.35:
            name = "".join(r.sample(NAME_CHARS, r.choice((2, 2, 3))))
            head = r.choice((place, place, SHORT.get(place, place[:2]), ""))
            return head + name + r.choice((*TRADES, "")) + r.choice(COMPANY_SUFFIX)
        if k < 0.6:
            return place + r.choice(GOV_SUFFIX)
        if k < 0.68:
            return r.choice(LEVEL_ORGS)
        if k < 0.8:
            return place + r.choice(SCHOOLS)
        if k < 0.87:
            return place + r.choice(("日报", "广播电视台"))
        if k < 0.94:
            n = r.randint(1, 12)
            batch = r.choice((f"第{n}批", f"第{CN_DIGITS[min(n, 9) - 1]}批", ""))
            team = ("援" + self.abbr("west") + "干部联络组", "扶贫协作工作组", "东西部扶贫协作工作队")
            return place + batch + r.choice(team)
        name = "".join(r.sample(NAME_CHARS, 2))
        return place + name + r.choice(("种植专业合作社", "养殖专业合作社", "农民专业合作社", "扶贫基金会"))

    # -------------------------------------------------------------- quantities
    def number(self) -> str:
        r = self.r
        k = r.random()
        if k < 0.45:
            return str(r.randint(1, 999))
        if k < 0.85:
            return f"{r.randint(1, 999)}.{r.randint(1, 99)}"
        if k < 0.92:
            return f"{r.randint(1, 99)}."  # a stray dot stays in the span
        return f"{r.randint(1, 9)}{r.randint(0, 9)}{r.randint(0, 9)},{r.randint(100, 999)}"

    def chinese_number(self) -> str:
        r = self.r
        a = r.choice(CN_DIGITS)
        b = r.choice(CN_DIGITS)
        return r.choice((f"{a}千{b}百万", f"{a}亿", f"{a}百{b}十万", f"{a}十{b}亿", f"{a}千万", f"{a}百万"))

    def money(self) -> str:
        r = self.r
        k = r.random()
        if k < 0.55:
            return self.number() + r.choice(("万元", "亿元", "亿元", "万元", "元"))
        if k < 0.7:
            return str(r.randint(1, 999)) + r.choice(("多", "余")) + r.choice(("万元", "亿元"))
        if k < 0.75:
            return str(r.randint(1, 99)) + r.choice(("万", "亿")) + r.choice(("多", "余")) + "元"
        if k < 0.83:
            lo = r.randint(1, 20)
            sep = r.choice(("—", "-", "至", "~"))
            return f"{lo}{sep}{lo + r.randint(1, 9)}" + r.choice(("亿", "亿元", "万元"))
        if k < 0.93:
            return self.chinese_number() + "元"
        return self.number() + "亿"

    def people(self) -> str:
        r = self.r
        noun = r.choice(PEOPLE)
        k = r.random()
        if k < 0.45:
            n = str(r.randint(2, 9999))
            meas = "户" if noun.endswith("户") else r.choice(("名", "名", "人", "位"))
            return n + r.choice(("", "", "多", "余")) + meas + r.choice((noun, noun, ""))
        if k < 0.6:
            return f"{r.randint(1, 99)}.{r.randint(1, 99)}万" + r.choice((noun, "人", "人次"))
        if k < 0.72:
            return str(r.randint(10, 99999)) + r.choice(("人次", "人"))
        if k < 0.8:
            lo = r.randint(1, 9) * 100
            return f"{lo}人至{lo + r.randint(1, 9) * 100}人"
        if k < 0.88:
            a, b = r.sample(CN_DIGITS, 2)
            return r.choice((f"{a}{b}十名", f"{a}十余名", f"{a}百多名")) + r.choice(("女工", "教师", "医生", "干部"))
        if k < 0.94:
            return str(r.randint(1, 999)) + "户" + r.choice(("贫困户", "贫困家庭", "农户", ""))
        return f"{r.randint(1, 99)}万多名" + noun


def load_templates() -> tuple[str, ...]:
    """The templates of ``data/templates.txt``: {slot} is labelled, {=slot} is filled but not labelled."""
    raw = resources.files("gongbu.training").joinpath("data/templates.txt").read_text("utf-8")
    return tuple(line for line in raw.splitlines() if line.strip() and not line.startswith("#"))


TEMPLATES = load_templates()


def _filler(gen: _Gen, slot: str) -> tuple[str, str | None]:
    r = gen.r
    name, _, side = slot.partition(":")
    side = side or "any"
    if name == "GPE":
        return gen.gpe(side), "GPE"
    if name == "GPE_ABBR":
        return gen.abbr(side), "GPE"
    if name == "GPE_PAIR":
        return r.choice(sorted(pair_abbreviations())), "GPE"
    if name == "ORG":
        return gen.org(side), "ORG"
    if name == "MONEY":
        return gen.money(), "MONEY"
    if name == "PERSON-COUNT":
        return gen.people(), "PERSON-COUNT"
    if name == "PROGRAMME":
        return r.choice(PROGRAMMES), "PROGRAMME"
    if name == "PROGRAMME_Q":
        return r.choice(QUOTED_PROGRAMMES), "PROGRAMME"
    raise KeyError(f"unknown slot {slot!r}")


def _plain(gen: _Gen, slot: str) -> str:
    r = gen.r
    table: dict[str, Callable[[], str]] = {
        "hedge": lambda: r.choice(HEDGE_BEFORE),
        "hedge_after": lambda: r.choice(HEDGE_AFTER),
        "year": lambda: f"{r.randint(1996, 2021)}年" + r.choice(("", "以来", f"{r.randint(1, 12)}月")),
        "years": lambda: r.choice(("3年", "两年", "1年半", "18个月")),
        "things": lambda: f"{r.randint(2, 4999)}" + r.choice(THINGS),
        "generic": lambda: r.choice(GENERIC_POLICY),
        "percent": lambda: f"{r.randint(1, 99)}.{r.randint(0, 9)}%",
        "noise": lambda: r.choice(("", "", "?浀", "…", "  ")),
        "masked": lambda: r.choice(("*.**亿元", "**万元", "万元")),
        "slogan": lambda: r.choice(SLOGANS),
        "icp": lambda: r.choice(tuple(ABBR.values())) + f"ICP备{r.randint(10000000, 99999999)}号",
        "date": lambda: f"{r.randint(2016, 2021)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
        "title_word": lambda: r.choice(("东西部扶贫协作实施方案", "扶贫协作规划", "脱贫攻坚三年行动计划")),
        "count": lambda: str(r.randint(2, 15)),
        "zheshang": lambda: r.choice(("浙商", "粤企", "沪企", "闽商", "苏商")),
        "qishang": lambda: r.choice(("浙商", "粤企", "沪企", "浙籍企业")),
    }
    if slot not in table:
        raise KeyError(f"unknown unlabelled slot {slot!r}; expected one of {sorted(table)}")
    return table[slot]()


_SLOT = re.compile(r"\{(=?)([A-Za-z_-]+(?::[a-z]+)?)\}")


def render(template: str, gen: _Gen) -> Example:
    """Fill one template; returns the text and its ``(start, end, label)`` spans."""
    out: list[str] = []
    spans: list[Span] = []
    pos = 0
    n = 0
    for m in _SLOT.finditer(template):
        lit = template[pos : m.start()]
        out.append(lit)
        n += len(lit)
        if m.group(1):
            text = _plain(gen, m.group(2))
            label = None
        else:
            text, label = _filler(gen, m.group(2))
        if label is not None:
            spans.append((n, n + len(text), label))
        out.append(text)
        n += len(text)
        pos = m.end()
    out.append(template[pos:])
    return "".join(out), spans


def make_examples(
    n: int, *, seed: int = 0, places: Places | None = None, max_sentences: int = 3
) -> list[Example]:
    """``n`` synthetic paragraphs (1 to ``max_sentences`` sentences each) with their entity spans."""
    rng = random.Random(seed)
    gen = _Gen(rng, places or load_hierarchy())
    out: list[Example] = []
    for _ in range(n):
        text, spans = "", []
        for _ in range(rng.randint(1, max_sentences)):
            t, s = render(rng.choice(TEMPLATES), gen)
            spans.extend((a + len(text), b + len(text), lab) for a, b, lab in s)
            text += t
        if rng.random() < 0.05:  # doubled punctuation left by scraping, reduced by cleaning
            text = text.replace("，", ",")
        # Cleaned text is half-width: fold the full-width comma and colon as clean() does.
        text = text.translate(str.maketrans("，：；（）", ",:;()"))
        out.append((text, spans))
    return out


def validate(examples: Iterable[Example]) -> None:
    """Raise ``ValueError`` on a span that is empty, out of range, overlapping or wrongly labelled."""
    for i, (text, spans) in enumerate(examples):
        last = 0
        for s, e, lab in sorted(spans):
            if lab not in ENTITY_LABELS or not 0 <= s < e <= len(text) or s < last:
                raise ValueError(f"example {i}: bad span {(s, e, lab)} in {text!r}")
            if text[s:e] != text[s:e].strip():
                raise ValueError(f"example {i}: span {(s, e, lab)} has outer whitespace")
            last = e


def make_docs(nlp, n: int, *, seed: int = 0, places: Places | None = None) -> list:
    """The synthetic examples as spaCy ``Doc`` objects with ``doc.ents`` set (strict alignment)."""
    examples = make_examples(n, seed=seed, places=places)
    validate(examples)
    docs = []
    for text, spans in examples:
        doc = nlp.make_doc(text)
        ents = []
        for s, e, lab in spans:
            span = doc.char_span(s, e, label=lab, alignment_mode="strict")
            if span is None:
                raise ValueError(f"span {text[s:e]!r} ({s}, {e}) does not align with tokens in {text!r}")
            ents.append(span)
        doc.set_ents(ents, default="outside")
        docs.append(doc)
    return docs


def write_docbin(path: str | Path, n: int, *, seed: int = 0, lang: str = "zh") -> Path:
    """Write ``n`` synthetic docs to a ``.spacy`` DocBin at ``path`` and return the path."""
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank(lang)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=make_docs(nlp, n, seed=seed)).to_disk(path)
    return path
