"""Rule patterns for the five entity labels of SPEC.md, as data plus a small matcher.

The patterns live in ``gongbu/entities/data/patterns.jsonl`` (one JSON object a
line, each with an ``id``); the places come from the gazetteer of
:mod:`gongbu.normalise.places`. :class:`EntityPatterns` turns both into compiled
regular expressions and finds entity candidates in (cleaned, Simplified,
half-width) text. It knows nothing about spaCy: :mod:`gongbu.entities.ruler`
wraps it as a pipeline component.

Why regular expressions over characters and not token patterns: the Chinese
tokenizer that ships offline splits into single characters, so token patterns
would be character patterns written the long way. The ~6,500 place names are found
by one Aho-Corasick pass (``ahocorasick-rs``, about 20M chars/s) rather than one
trie-shaped regex (~0.6M chars/s); both give every name at every position.

>>> m = EntityPatterns(default_patterns(), [("上海市", "province"), ("上海", "province"),
...                                        ("云南省", "province"), ("滇", "province")])
>>> [(x.text, x.label) for x in m.find("上海市援滇干部投入近60亿")]
[('上海市', 'GPE'), ('滇', 'GPE'), ('60亿', 'MONEY')]
"""

from __future__ import annotations

import bisect
import functools
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from typing import NamedTuple

from ahocorasick_rs import AhoCorasick

from gongbu.labels import ENTITY_LABELS
from gongbu.labels import LEVEL_RANK as LEVEL_RANK_TABLE
from gongbu.lexicon import pair_abbreviations, read_table
from gongbu.regex_gate import compile_gated

# --- pattern data ----------------------------------------------------------------

KINDS = {
    "regex": ("pattern",),
    "phrases": ("phrases",),
    "org_suffix": ("suffixes", "needs"),
    "abbreviation": ("before",),
}
# needs_any: characters of which a regex match always holds one; the regex is not run on a text without any
# (most short texts hold no 元, 名 or 医院: a substring test is far cheaper than a scan that finds nothing).
OPTIONAL_KEYS = {"comment", "chars", "not_after", "label", "id", "kind", "needs_any"}
ORG_NEEDS = ("name", "long_name", "place_or_level")
ALLOWED_LABELS = (*ENTITY_LABELS, "")

# Levels of a gazetteer entry, from the widest; a chain goes strictly downwards.
LEVEL_RANK = LEVEL_RANK_TABLE

# Fragments shared by the numeric patterns (``{NUM}`` etc. inside a pattern).
_HAN = "\u4e00-\u9fff"
FRAGMENTS = {
    # 1,200 / 133.08 / 94. (stray dot kept) / .1 (leading digits stripped)
    "NUM": r"(?:\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+(?:\.\d*)?|\.\d+)",
    "MAG": r"万亿|千万|百万|亿|万|千|百",
    # 17户企业, 17户国有重要骨干企业: firms counted by 户 are no people (a 户 or 人 before the firm ends the look).
    "MEAS": r"人次|名|位|人(?![均民])|户(?![均籍])(?![^，,。；;、户人]{0,8}?(?:企业(?!家)|公司))",
}
# Nouns that say who is counted; the noun phrase may carry up to 6 modifier
# characters (县级部门干部) but never a verb-like connector (到, 赴, 和 …), so that
# 「5.78万贫困人口」到省外就业 and 「65名县级部门干部」及… stop where SPEC says.
PERSON_HEADS = tuple(row[0] for row in read_table("person_heads.tsv"))
# 元 too: 1200万元改造…移民 is an amount, not 1200万 people.
_NP_STOP = "与和及或、,，。;；:：!?！？在赴到向从为被把对等去来至于以的了是将并而已共均每各元"
# SPEC v2: a count's noun phrase stops before a place, so 「56名」援「藏」干部 — never 援X inside it.
_NP_PLACE = "援[藏疆滇黔川陕甘宁青蒙桂渝鄂湘冀]"
FRAGMENTS["NP"] = (
    rf"(?:(?![{_NP_STOP}]|{_NP_PLACE})[{_HAN}]){{0,6}}?(?:{'|'.join(sorted(PERSON_HEADS, key=len, reverse=True))})+"
    r"(?!(?<=[户人])均)"  # 420户贫困户「户均」增收: 户均 and 人均 open a rate, not one more head
)

# Fallbacks when the gazetteer has no one-character or pair abbreviations.
PROVINCE_ABBREVIATIONS = "京津沪渝冀晋蒙辽吉苏浙皖闽赣鲁豫鄂湘粤桂琼川黔滇藏陕甘宁"
# One-character abbreviations that are too often something else after 在/进/来
# (在新时代, 进港, 来云) to be taken by context alone.
RISKY_ABBREVIATIONS = set("新青台港澳黑云贵蜀秦陇")
# Two-character aliases of real units that are mostly ordinary words in reports
# (合作市 → 合作社, 中方县 → 中方, 安居区 → 安居工程); the full names still match.
# Where a place name that is also a common word stands as a place (common_word_places.tsv).
PLACE_UNIT_CHARS = "县市区镇乡旗州村盟"
TEAM_WORDS = ("指挥部", "前方指挥部", "分指挥部", "工作队", "工作组", "联络组")
AID_MARKS = ("援疆", "援藏", "援滇", "援黔", "援青")
PLACE_TAKING = ("在", "赴", "到", "向", "援", "至", "对口", "帮扶", "支援", "结对", "来自", "前往", "进驻")
PLACE_LIST_MARKS = "、和与及"
ALIAS_STOPWORDS = set(
    (
        "合作 中方 安居 富民 乐业 公安 共和 江南 江北 平安 光明 和平 新华 长安 东方 河口 通道 "
        "大方 兴业 白云 南山 朝阳 城关 城中 城区 新城 东区 西区 南区 北区 前进 胜利 红旗 解放 "
        "民主 团结 永和 安定 文化 东兴 新兴 清河 和顺 新和 前锋 回民 海城 西华 方山 双桥 金门 "
        "城厢 新市 河西 河东 江东 江口 铁山 青山 高新 振兴 兴安 和田 大通 龙华 华容 "
        "东源 仁和 新建 永定 三元 临江 安宁 太和 通州 友谊 大安 宜都 开发 新昌 新宁 "
        "东山 西山 北林 海港 平南 沙湾 白河 南部 东乡 城东 城西 城北 城南 "
        "普兰 宁国 宁安 德江 武功 大名 安化 东至 正安 石门 万全 长春 万宁 汉源 元宝 中站 "
        "和政 南郑 镇安 安远 平和 兴宁 文山 普洱 静安 崇明 金山 松江 磐石 千山 资兴 "
        "红星 东风 全州 友好 同心 建华 向阳 新民 长兴 阳光 永安 安阳 东港 宏伟 立山 和龙 龙井 "
        "大庆 吉安 福安 兴化 泰来 富锦 同江 盘山 大石桥 开原 清原 凤城 东丰 长岭 都安 通海 金安 金平"
    ).split()
)
# Kinds of area that are also district names (铜陵市郊区): no evidence that a word before them is a place.
GENERIC_AREAS = frozenset(["郊区", "城区", "市区", "新区", "矿区", "林区", "牧区", "山区", "景区", "园区", "开发区"])
# Keep these aliases after all: they are places in every report of this domain.
ALIAS_KEEP = {"静安", "崇明", "金山", "松江", "宁国", "文山", "普洱", "长春", "万宁", "石门"}

# Characters a name can never run through when an ORG is grown to the left of its
# suffix, and words (verbs, boilerplate labels) that end the name.
ORG_STOP_CHARS = set(
    "与和及或在由向对从把被为给是的了将等各并同跟到赴让使以于其该这那此每个所有两我也都还又再就才很更最已之据称名"
)
# Words of names that hold a stop character (北京协和医院, 和平医院, 同仁医院): the name runs through them.
NAME_WORDS_WITH_STOPS = tuple("有色 美的 协和 和平 共和 同仁 同济 人和 仁和 祥和 太和 中和 为民 向阳".split())
# A team or office may be named for its pairing (浙江省驻吉对口合作工作组); 深圳市对口协作医院 is a
# hospital described, not named.
TEAM_NAME_WORDS_WITH_STOPS = ("对口", "人才", "帮扶", *NAME_WORDS_WITH_STOPS)  # 援藏干部人才联络组, 观珠镇帮扶工作队
# 布局, 格局, 大局, 开局 …: words ending in 局 that name no office.
WORDS_ENDING_IN_JU = frozenset("布格开结大全当胜残终时政困破变新棋赌")
ORG_STOP_WORDS = (
    "来自 出自 抵达 到达 奔赴 赶赴 入读 就读 读完 考入 资助 企业 国企 央企 民企 "
    "依托 联合 签订 签署 引进 组织 通过 帮助 支持 推动 参加 进入 走进 来到 成立 依靠 携手 协调 "
    "对接 实施 建设 开展 牵头 会同 邀请 发起 建立 设立 打造 培育 举办 召开 选派 派出 捐赠 投入 "
    "带动 吸纳 有关 相关 当地 全国 各地 以及 其中 包括 单位 所有 支持 来源 获悉 消息 还有 分别 "
    "资料图 记者 介绍 表示 前往 考察 调研 走访 慰问 帮扶 结对 援建 进驻 挂职 学习 交流 "
    "进修 培训 受益 推出 搭建 开办 创办 入驻 落户 采购 销售 购买 赴 常驻 "
    "组成 组建 借助 依托 去年 今年 当年 同年 为 向 与 同 跟 在 获 比如 例如 另据 经过"
).split()
# 上海临港经济发展（集团）有限公司: a bracketed word of a company's registered name does not end it.
_NAME_BRACKET = compile_gated(r"[（(](?:集团|控股|中国|股份|国际)[)）]$")
# 与魁多镇结对, 和高峰村结成: a partner town or village (name, suffix), then a pairing verb.
_TOWN_PARTNER = compile_gated(
    r"[与和同](([\u4e00-\u9fff]{2,4}?)(?:街道|社区|镇|乡|村))(?=结对|结成|建立|签订|开展结对|实行)")
# 「珠海市斗门区」、高新区: a zone named alone in a list of places.
_LISTED_ZONE = compile_gated(
    r"[、和及]((?:高新技术产业开发区|经济技术开发区|高新区|经开区|保税区))(?![\u4e00-\u9fff]{0,2}(?:企业|公司))")
_COMMITTEE_AFTER = ("委", "民委员会", "民小组", "党支部", "党总支", "集体")
_BATCH_BEFORE = compile_gated(r"第[一二三四五六七八九十\d]{1,3}批$")
ORG_GENERIC_NAMES = set(
    "乡镇 县级 市级 省级 各级 有关 相关 当地 综合 定点 公立 民营 电商 全国 国有 龙头 重点 "
    "贫困 农村 乡村 基层 地方 部分 优质 一批 本地 外地 农业 企业 国家级 省属 市属 协作 对口协作 "
    "合作 口协作 交易 电商 销售 服务 中小学 双语 三级 二级 寄宿制 三甲 二甲 三级甲等 二级甲等 考上 "
    "集团 公司 有限 股份 分 中小 民办 公办 各类 全部 所有".split()  # 集团公司 alone names no company
    # 县人民医院, 民族中学 with no place before them: the county's hospital, a kind of school, none named.
    + "县人民 市人民 州人民 民族 县民族 县第一人民 市第一人民 区内 市内 县内 省内 本地区".split()
)
# A level word that can stand for the place of a function-specific body (省扶贫开发局).
_COUNT_BEFORE = compile_gated(r"[\d一二两三四五六七八九十百千][多余几]?$")
ORG_GENERIC_PREFIXES = ("乡村", "农村", "各", "县级", "市级", "省级", "有关", "相关", "当地", "驻村", "派驻")
ORG_LEVEL_WORDS = ("国务院", "自治区", "自治州", "自治县", "省", "市", "县", "区", "州", "盟", "旗", "师")  # 师援疆办
# Office suffixes that name no function: they need a real place before them.
ORG_GENERIC_SUFFIXES = {"政府", "人民政府", "党委", "委", "局", "厅", "办公室", "委员会", "人大", "政协"}

AUTONOMOUS_UNITS = ("自治县", "自治州", "自治旗")
TOWN_SUFFIXES = ("街道", "社区", "镇", "乡", "村")
# Pairing words inside a team's name, between the helper and the helped place.
PAIRING_IN_NAMES = ("扶贫协作", "东西部协作", "对口帮扶", "对口支援", "对口协作", "结对帮扶", "帮扶", "支援", "援助",
                    "援建", "对口")
# Only teams and offices carry their pairing in the name: 积石山县援建吹麻滩镇卫生院 is a county that
# builds a clinic.
PAIRING_NAMED_KINDS = frozenset({"org.team", "org.office"})
BRANCH_SUFFIXES = ("分公司", "分行", "支行")
_BODY_OF_ORG = compile_gated(r"工会|报(?![道告名送])|(?:[\u4e00-\u9fff]{0,2}?(?:销售|分))?公司|分行")
TEAM_SUFFIXES = ("工作队", "指挥部", "工作组", "工作隊")
SUBTEAM_SUFFIXES = ("工作组", "联络组", "工作队", "小组", "工作組", "聯絡組")
# Registered company names (…有限公司) carry their place, brand and trade whole.
REGISTERED_SUFFIXES = frozenset({"有限公司", "有限责任公司", "股份有限公司"})
BRAND_OPENING_STOPS = "向的和"
# 2019年三峡集团, 今年中国乡村发展基金会: the year before a name is no part of it.
_YEAR_BEFORE = compile_gated(r"(?:\d|[今去明当同前])年$")
# Words that begin with 市 and follow a city's short name: 青岛市场 is 青岛 and 市场; so does 县域 after a county's.
_WORDS_OPENING_WITH_SHI = ("市场", "市民", "市政", "县域")
# Schools a county or city names after itself (德清县实验学校): the place is name enough.
PLACE_NAMED_SCHOOLS = frozenset({"实验学校", "外国语学校", "特殊教育学校", "双语学校"})
# Verbs that end a place: 康县选派驻村…, 镇赉县签订…乡 are no villages or townships.
TOWN_BAD_WORDS = tuple(
    "选派 派出 派驻 驻村 签订 签署 签约 开展 实施 投入 组织 培训 帮扶 援建 捐赠 引进 对接 合作 增加 两地".split()
)
TOWN_BAD_CHARS = set(
    "推进实施开展建设发展帮扶组织投入的了和与及在对为将把被向从全各本该贫困农镇乡村区县市省州"
    "行重点深度所有部分就业脱产务工等带动个名家户一二三四五六七八九十"
)
ZONE_SUFFIXES = ("经济技术开发区", "高新技术产业开发区", "高新技术开发区", "经济开发区", "综合保税区", "保税区",
                 "高新区", "经开区", "新区")
# Any zone word or town word at all: most places are followed by neither, and the scans below ask
# for one at each of a few offsets (each scan's answer is unchanged; it is only skipped sooner).
_ANY_ZONE_SUFFIX = compile_gated("|".join(map(re.escape, ZONE_SUFFIXES)))
_ZONE_REACH = 4 + max(map(len, ZONE_SUFFIXES))
_ANY_TOWN_SUFFIX = compile_gated("|".join(map(re.escape, TOWN_SUFFIXES)))
_TOWN_REACH = 4 + max(map(len, TOWN_SUFFIXES))
_TITLE = compile_gated(r"《[^《》\n]*》")
LEVEL_ADJECTIVE = set("级属直")
NOT_LEVEL_WORDS = ("直接", "直至", "直到", "直达", "直通", "直播", "直销", "直供", "直采", "属于")


class PatternError(ValueError):
    """A pattern entry that cannot be used; the message names the id and the expected keys."""


def default_patterns() -> list[dict]:
    """The pattern entries that ship with gongbu (``data/patterns.jsonl``)."""
    text = resources.files("gongbu.entities").joinpath("data/patterns.jsonl").read_text("utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def validate_pattern(entry: dict) -> dict:
    """Check one pattern entry and return it; raise :class:`PatternError` naming what is wrong."""
    if not isinstance(entry, dict):
        raise PatternError(f"a pattern must be a JSON object, got {type(entry).__name__}")
    pid = entry.get("id")
    if not pid or not isinstance(pid, str):
        raise PatternError(f"pattern without a string 'id': {entry!r}")
    kind = entry.get("kind")
    if kind not in KINDS:
        raise PatternError(f"pattern {pid!r}: 'kind' must be one of {sorted(KINDS)}, got {kind!r}")
    label = entry.get("label", "")
    if label not in ALLOWED_LABELS:
        raise PatternError(f"pattern {pid!r}: 'label' must be one of {ALLOWED_LABELS}, got {label!r}")
    missing = [k for k in KINDS[kind] if k not in entry]
    if missing:
        raise PatternError(f"pattern {pid!r} of kind {kind!r} needs keys {list(KINDS[kind])}")
    unknown = set(entry) - set(KINDS[kind]) - OPTIONAL_KEYS
    if unknown:
        raise PatternError(
            f"pattern {pid!r}: unknown keys {sorted(unknown)}; "
            f"expected {sorted(set(KINDS[kind]) | OPTIONAL_KEYS)}"
        )
    if kind == "org_suffix" and entry["needs"] not in ORG_NEEDS:
        raise PatternError(f"pattern {pid!r}: 'needs' must be one of {ORG_NEEDS}")
    return entry


def expand(pattern: str) -> str:
    """Replace ``{NUM}``, ``{MAG}``, ``{MEAS}``, ``{NP}`` by their regex fragments."""
    return re.sub(r"\{(NUM|MAG|MEAS|NP)\}", lambda m: FRAGMENTS[m.group(1)], pattern)


def trie_regex(words: Iterable[str]) -> str:
    """One regex alternation shaped like a trie; at every branch the longer words come first."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = []
        end = "" in node
        for ch in sorted(k for k in node if k):
            alts.append(re.escape(ch) + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return build(trie) or "(?!x)x"


class RuleMatch(NamedTuple):
    """One candidate entity: ``[start, end)`` of the text, its label and the rule id (a named tuple:
    the rules make one per candidate, and a frozen dataclass took three times as long to make)."""

    start: int
    end: int
    label: str
    rule: str
    text: str = ""


# --- the matcher ------------------------------------------------------------------


class EntityPatterns:
    """Compiled patterns plus gazetteer; :meth:`find` gives non-overlapping entities.

    Parameters
    ----------
    patterns
        Pattern entries (see ``data/patterns.jsonl``), validated on construction.
    places
        ``(surface form, level)`` pairs from the gazetteer. One-character surfaces
        are abbreviations (used only in the contexts of the ``abbreviation``
        patterns), surfaces of level ``region_pair`` are pair abbreviations.
    """

    def __init__(self, patterns: Sequence[dict], places: Iterable[Sequence[str]]):
        self.patterns = [validate_pattern(dict(p)) for p in patterns]
        self.places = [(str(s), str(level)) for s, level in places]
        self._compile()

    # ---------------------------------------------------------------- compile
    def _compile(self) -> None:
        level: dict[str, str] = {}
        singles: set[str] = set()
        pairs = set(pair_abbreviations())
        for surface, lvl in self.places:
            if not surface:
                continue
            if lvl == "region_pair":
                pairs.add(surface)
            elif len(surface) == 1:
                # City abbreviations (甬, 毕, 遵 …) only through the city rule's own list:
                # 在毕业, 遵守 would otherwise become places.
                if lvl == "province":
                    singles.add(surface)
            elif surface not in level or LEVEL_RANK.get(lvl, 9) < LEVEL_RANK.get(level[surface], 9):
                level[surface] = lvl
        self.common_words = frozenset(row[0] for row in read_table("common_word_places.tsv"))
        # Aliases that are mostly ordinary words stand as places only inside a list of other places
        # (汪清、安图、「龙井」、「和龙」4个县市).
        self.list_only = frozenset(s for s in level if s in ALIAS_STOPWORDS and s not in ALIAS_KEEP
                                   and s not in self.common_words)
        for p in pairs:
            level[p] = "region_pair"
        self.level = level
        self.surfaces = frozenset(level)
        # Aho-Corasick over the ~6,500 names (ahocorasick-rs): about 30 times faster than
        # one trie-shaped alternation regex, which tried the trie at every character.
        # pyahocorasick was only 3.6 times faster: it scans the ~1,500 first characters
        # of the root node one by one for every character of the text.
        self.places_ac = AhoCorasick(list(level)) if level else None
        singles = (singles or set(PROVINCE_ABBREVIATIONS)) - RISKY_ABBREVIATIONS

        self.regexes: list[tuple[str, str, re.Pattern]] = []
        self.regex_needs: dict[str, frozenset[str]] = {}
        # Patterns that can only start where a number starts: tried there alone, not at every character.
        self.number_anchored: set[str] = set()
        phrases: dict[str, tuple[str, str]] = {}
        self.org_rules: list[tuple[str, str, set[str]]] = []  # (id, needs, suffixes)
        for p in self.patterns:
            kind, label, pid = p["kind"], p.get("label", ""), p["id"]
            if kind == "regex":
                source = expand(p["pattern"])
                try:
                    rx = compile_gated(source)
                except re.error as err:
                    raise PatternError(f"pattern {pid!r}: bad regex: {err}") from err
                self.regexes.append((pid, label, rx))
                if p.get("needs_any"):
                    self.regex_needs[pid] = frozenset(p["needs_any"])
                if source.startswith(NUMBER_LOOKBEHIND):
                    self.number_anchored.add(pid)
            elif kind == "phrases":
                for ph in p["phrases"]:
                    phrases.setdefault(ph, (pid, label))
            elif kind == "org_suffix":
                # Every suffix at every position (协作办 and 办公室 in 协作办公室): see self.org_ac below.
                self.org_rules.append((pid, p["needs"], set(p["suffixes"])))
            elif kind == "abbreviation":
                chars = set(p.get("chars") or singles)
                not_after = sorted(p.get("not_after", []), key=len, reverse=True)
                neg = f"(?!{'|'.join(map(re.escape, not_after))})" if not_after else ""
                rx = compile_gated(
                    f"(?<=[{re.escape(p['before'])}])[{re.escape(''.join(sorted(chars)))}]{neg}"
                )
                self.regexes.append((pid, label or "GPE", rx))
                self.regex_needs[pid] = frozenset(chars)  # the match is one of them
        self.phrase_rule = phrases
        # What find() reads of each regex, in one tuple: (id, label, pattern, the characters it needs or
        # None, whether it starts where a number starts).
        self._regex_plan = [(pid, label, rx, self.regex_needs.get(pid), pid in self.number_anchored)
                            for pid, label, rx in self.regexes]
        self.phrase_re = compile_gated(trie_regex(phrases)) if phrases else None
        self.company_suffixes = tuple(
            s for pid, needs, sufs in self.org_rules if needs == "name" for s in sufs
        )
        self.org_stop_words = tuple(sorted(set(ORG_STOP_WORDS), key=len, reverse=True))
        self.org_suffixes = tuple(s for _, _, sufs in self.org_rules for s in sufs)
        # One Aho-Corasick pass finds every suffix of every kind of organisation; each kind then takes,
        # at each position, its longest suffix (what its lookahead alternation, longest first, matched).
        self.org_suffix_list = sorted(set(self.org_suffixes))
        self.org_ac = AhoCorasick(self.org_suffix_list) if self.org_suffix_list else None
        # Where a company name or a stop word ends, found once per text: _org_left asks it at every
        # character it walks back over.
        self.company_ac = AhoCorasick(sorted(set(self.company_suffixes))) if self.company_suffixes else None
        self.stop_ac = AhoCorasick(sorted(set(self.org_stop_words))) if self.org_stop_words else None

    # ---------------------------------------------------------------- GPE
    def _places_at(self, text: str) -> dict[int, int]:
        """start → end of the longest gazetteer name that starts there, for every start."""
        longest: dict[int, int] = {}
        if self.places_ac is None:
            return longest
        for _, start, end in self.places_ac.find_matches_as_indexes(text, overlapping=True):
            if end > longest.get(start, 0):
                longest[start] = end
        return longest

    def _gpe(self, text: str) -> list[RuleMatch]:
        units: list[tuple[int, int, str]] = []
        # One Aho-Corasick pass finds every name; the scan below then takes, from each
        # position on, the leftmost start and its longest name, as a trie regex's search did.
        at = self._places_at(text)
        starts = sorted(at)
        pos, rejected_end, k = 0, -1, 0
        while (k := bisect.bisect_left(starts, pos, k)) < len(starts):
            start = starts[k]
            end = at[start]
            if text.startswith("其中", start - 1):
                pos = start + 1  # 其中山东…, 其中宁夏…: the 中 belongs to 其中 (among them), not to 中山 or 中宁
                continue
            lvl = self.level[text[start:end]]
            if start < rejected_end and lvl != "province":
                pos = rejected_end  # 宁南山区 is no 南山区: only a province (从江苏) starts inside a rejected word
                continue
            if text[start:end] in self.common_words and not self._stands_as_place(text, start, end, units, at):
                pos, rejected_end = start + 1, end
                continue
            if lvl == "township" and text[end - 1] == "乡" and text.startswith(("村", "镇"), end):
                pos, rejected_end = start + 1, end  # 临夏州新建乡村…: 乡村 and 乡镇 are words, 新建乡 no place
                continue
            if text[start:end] in self.list_only and not self._in_place_list(text, start, end, units, at):
                pos, rejected_end = start + 1, end
                continue
            units.append((start, end, lvl))
            pos = end
        out: list[RuleMatch] = []
        named: set[str] = set()  # townships and villages that end a chain, for their later mentions
        i = 0
        while i < len(units):
            start, end, lvl = units[i]
            rule = "gpe.pair" if lvl == "region_pair" else "gpe.gazetteer"
            # A chain of units, each inside the previous one, is one span (浙江省衢州市衢江区).
            while (
                lvl != "region_pair"
                and i + 1 < len(units)
                and units[i + 1][0] == end
                and units[i + 1][2] != "region_pair"
                and LEVEL_RANK.get(units[i + 1][2], 9) > LEVEL_RANK.get(lvl, 9)
                # 深圳「巴马」大健康合作特别试验区, 深圳「靖西」越南高平跨境产业园: two places side by side,
                # the second not inside the first, are two places.
                and _inside(text[start:end], text[units[i + 1][0] : units[i + 1][1]])
            ):
                i += 1
                end, lvl = units[i][1], units[i][2]
                rule = "gpe.chain"
            if lvl != "region_pair":
                # 务川自治县, 黔南自治州: a short name with the 自治 unit the gazetteer spells out in full.
                if text.startswith(AUTONOMOUS_UNITS, end) and text[end - 1] not in "省市县区州旗盟":
                    end += 3
                # 康定县, 简阳县: a county-level city or district by its short name, then 县: its name
                # before it became one, in older reports (the gazetteer holds today's names).
                elif lvl == "county" and text[end - 1] not in PLACE_UNIT_CHARS and text.startswith("县", end):
                    end += 1
                end, lvl, last = self._grow_town_from(text, end, lvl)
                if last is not None:
                    rule = "gpe.chain"
                    if end - last >= 3:
                        named.add(text[last:end])
                zone = self._zone_end(text, end)
                if zone:
                    end, rule = zone, "gpe.zone"
                # 青岛市场, 上海市民, 陇南市政广场: the 市 opens a word, and the place is its short name.
                if (text[end - 1] in "市县" and text.startswith(_WORDS_OPENING_WITH_SHI, end - 1)
                        and (text[start : end - 1] in self.level or rule == "gpe.chain")):
                    end -= 1
                # 「福建」省级财政: the place before 级/属/直 only.
                # But 山东省直接采购 and 麻江县直至: 直 opens a word there.
                if (end < len(text) and text[end] in LEVEL_ADJECTIVE and end - start > 2
                        and not text.startswith(NOT_LEVEL_WORDS, end)):
                    if text[end - 1] in "省市县区州":
                        end -= 1
                        rule = "gpe.trim_level"
            out.append(RuleMatch(start, end, "GPE", rule, text[start:end]))
            i += 1
        out += self._town_partners(text, out) + self._listed_zones(text, out)
        return out + self._named_again(text, named, out)

    @staticmethod
    def _named_again(text: str, named: set[str], found: list[RuleMatch]) -> list[RuleMatch]:
        """上海市闵行区浦江镇革新村…，革新村首期捐赠: a township or village the text has named at the end of
        a chain is a place when it stands alone later too (the gazetteer lacks most villages)."""
        if not named:
            return []
        taken = {(g.start, g.end) for g in found}
        out = []
        for name in named:
            level = "village" if name.endswith(("村", "社区")) else "township"
            for m in re.finditer(re.escape(name), text):
                if (m.start(), m.end()) in taken or text.startswith(_COMMITTEE_AFTER, m.end()):
                    continue  # 大老塘村委会主任: the village's committee, named as a body
                # 魁多镇海底村: the township again, with a village of its own
                end = EntityPatterns._grow_town_from(text, m.end(), level)[0]
                out.append(RuleMatch(m.start(), end, "GPE", "gpe.named_before", text[m.start() : end]))
        return out

    @staticmethod
    def _listed_zones(text: str, found: list[RuleMatch]) -> list[RuleMatch]:
        """「珠海市斗门区」、高新区: a bare zone listed right after a place is the zone of that place's city."""
        out = []
        taken = {g.start for g in found}
        for g in found:
            m = _LISTED_ZONE.match(text, g.end)
            if m is not None and m.start(1) not in taken:
                out.append(RuleMatch(m.start(1), m.end(1), "GPE", "gpe.listed_zone", m.group(1)))
        return out

    @staticmethod
    def _town_partners(text: str, found: list[RuleMatch]) -> list[RuleMatch]:
        """「西湖区双浦镇」与魁多镇结对: a town or village the gazetteer lacks, named as the partner of one it
        has (与/和/同 after a township or village, a pairing verb right after)."""
        out = []
        taken = {g.start for g in found}
        for g in found:
            if not g.text.endswith(TOWN_SUFFIXES):
                continue
            m = _TOWN_PARTNER.match(text, g.end)
            if m is None or m.start(1) in taken or any(ch in TOWN_BAD_CHARS for ch in m.group(2)):
                continue
            out.append(RuleMatch(m.start(1), m.end(1), "GPE", "gpe.town_partner", m.group(1)))
        return out

    def _stands_as_place(
        self, text: str, start: int, end: int, units: list[tuple[int, int, str]], places_at: dict[int, int]
    ) -> bool:
        """SPEC v2: a place name that is also a common word is a place only as a place stands."""
        after = text[end : end + 2]
        if after.startswith(("山区", "地区")):
            return False  # 宁南山区: an informal region, whatever stands before it
        if after[:1] in PLACE_UNIT_CHARS:
            return True
        if any(places_at.get(k, 0) > end for k in range(start + 1, end)):
            return False  # 铜仁市从江苏引进: a longer place begins inside the word (从 + 江苏)
        if units and units[-1][1] == start:
            return True  # in a chain: 贵州从江
        if text.endswith(PLACE_TAKING, max(0, start - 2), start):
            return True
        if text.startswith(TEAM_WORDS, end) or text.endswith(AID_MARKS, max(0, start - 2), start):
            return True  # 北京市援疆和田指挥部: a place names the team it hosts, or follows 援疆/援藏
        if after[:1] in PLACE_LIST_MARKS and end + 1 in places_at:
            return True  # the first of a list of places: 从江、榕江两县
        return start > 0 and text[start - 1] in PLACE_LIST_MARKS and bool(units) and units[-1][1] == start - 1

    def _in_place_list(
        self, text: str, start: int, end: int, units: list[tuple[int, int, str]], places_at: dict[int, int]
    ) -> bool:
        """Inside a list of places: right after a listed place, or right before one that is no such word."""
        if start > 0 and text[start - 1] == "、" and units and units[-1][1] == start - 1:
            return True
        nxt = places_at.get(end + 1)
        if text[end : end + 1] != "、" or nxt is None:
            return False
        name = text[end + 1 : nxt]
        return name not in self.list_only and name not in GENERIC_AREAS

    @staticmethod
    def _grow_town_from(text: str, end: int, lvl: str) -> tuple[int, str, int | None]:
        """Extend a county (or smaller) with townships and villages (金平县 → 金平县金河镇大老塘村): the new
        end and level, and the start of the last township or village added (None if none)."""
        last = None
        first = _ANY_TOWN_SUFFIX.search(text, end + 2, end + _TOWN_REACH)
        if first is None or first.start() > end + 4:
            return end, lvl, None  # no town word where a town's name (2-4 characters) would end
        while LEVEL_RANK.get(lvl, 0) >= LEVEL_RANK["county"]:
            found = None
            for n in (2, 3, 4):
                body = text[end : end + n]
                if len(body) < n:
                    break
                if not _town_body_ok(body):
                    continue  # 四十 fails where 四十铺 passes
                for suf in TOWN_SUFFIXES:
                    if text.startswith(suf, end + n):
                        found = (end + n + len(suf), "village" if suf in ("村", "社区") else "township")
                        break
                if found:
                    break
            if not found or LEVEL_RANK[found[1]] < LEVEL_RANK.get(lvl, 0):
                break
            if found[1] == lvl == "village":
                break
            last, end, lvl = end, found[0], found[1]
        return end, lvl, last

    @staticmethod
    def _zone_end(text: str, end: int) -> int | None:
        """天津港保税区, 昭通靖安新区: a place, up to 4 name characters, a zone word."""
        first = _ANY_ZONE_SUFFIX.search(text, end, end + _ZONE_REACH)
        if first is None or first.start() > end + 4:
            return None
        for n in range(0, 5):
            body = text[end : end + n]
            if len(body) < n or any(not "\u4e00" <= ch <= "\u9fff" or ch in TOWN_BAD_CHARS for ch in body):
                return None
            if any(w in body for w in TOWN_BAD_WORDS):
                return None  # 黄埔区派驻都匀经开区: a verb between two places, not a zone's name
            for suf in ZONE_SUFFIXES:
                if text.startswith(suf, end + n) and (n > 0 or suf != "新区"):
                    return end + n + len(suf)
        return None

    # ---------------------------------------------------------------- ORG
    def _org(self, text: str, gpes: list[RuleMatch]) -> list[RuleMatch]:
        gpe_at = {g.start: g for g in gpes}
        gpe_ends = {g.end: g for g in gpes}
        out = []
        at: dict[int, list[str]] = {}
        if self.org_ac is not None:
            for idx, start, _ in self.org_ac.find_matches_as_indexes(text, overlapping=True):
                at.setdefault(start, []).append(self.org_suffix_list[idx])
        positions = sorted(at)
        # position → start of the place covering it: a stop character inside a place name
        # (和田, 那曲, 乐都, 京和) does not end an organisation's name. (Not needed without a suffix.)
        inside_place = {k: g.start for g in gpes for k in range(g.start, g.end)} if positions else {}
        ends = (self._ends(self.company_ac, text), self._ends(self.stop_ac, text)) if positions else None
        for pid, needs, sufs in self.org_rules if positions else ():
            for p in positions:
                mine = [x for x in at[p] if x in sufs]
                if not mine:
                    continue
                suffix = max(mine, key=len)
                e = p + len(suffix)
                if suffix[-1] == "组" and text.startswith("织", e):
                    continue  # 沪滇劳务协作组织…: the verb 组织, no team
                if suffix[-1] == "协" and text.startswith("作", e):
                    continue  # 财政协作资金: 协作, no 政协
                if suffix == "小学" and text.endswith("中", 0, p):
                    continue  # 宕昌中小学, 该县中小学: a county's schools, no one school
                words = TEAM_NAME_WORDS_WITH_STOPS if pid == "org.team" else NAME_WORDS_WITH_STOPS
                i = self._org_left(text, p, inside_place, words, ends=ends)
                # Start at the first place inside the window (依托上海市… → 上海市…).
                # 上海市第九批援「藏」干部人才联络组: the abbreviation after 援 is part of the name, not its start.
                start = next((k for k in range(p - 1, i - 1, -1) if k in gpe_at and gpe_at[k].end <= p
                              and not (gpe_at[k].end - k == 1 and text[k - 1 : k] == "援" and k - 1 > i)), None)
                # A place right before that place belongs to the name too (「宁波舟山港集团」).
                while start is not None and start in gpe_ends and gpe_ends[start].start >= i:
                    start = gpe_ends[start].start
                # A team named after its pairing (「天津帮扶承德工作队」「青岛市扶贫协作陇南工作组」).
                if start is not None and pid in PAIRING_NAMED_KINDS:
                    verb = next((v for v in PAIRING_IN_NAMES if text.endswith(v, 0, start)), None)
                    if verb is not None and start - len(verb) in gpe_ends:
                        start = gpe_ends[start - len(verb)].start
                    # 「北京市援疆和田指挥部」: the sending place and 援 before the abbreviated destination.
                    elif text.endswith(AID_MARKS, 0, start) and start - 2 in gpe_ends:
                        start = gpe_ends[start - 2].start
                    # 「白河县驻溧阳劳务协作工作站」: the sending place, 驻 and the place it sits in;
                    # 「漳州市援海原工作组」: the sending place, 援 and the place it helps.
                    elif text.endswith(("驻", "援"), 0, start) and start - 1 in gpe_ends:
                        start = gpe_ends[start - 1].start
                if start is None and suffix in REGISTERED_SUFFIXES:
                    start = _brand_after_place(text, i, p, inside_place)
                elif start is not None and start > i and text[start - 1] in "（(" and suffix in REGISTERED_SUFFIXES:
                    start = i  # 纳洋（天津）科技发展有限公司: the brand before the bracketed place opens the name
                place = start is not None
                if start is None:
                    start = i
                if not place and text[start - 1 : start] == "家" and _COUNT_BEFORE.search(text, 0, start - 1):
                    continue  # 厦门一家通用航空公司: a company the text does not name
                name = text[start:p]
                rest = text[gpe_at[start].end : p] if place and start in gpe_at else name
                if not self._org_ok(needs, suffix, name, rest, place):
                    continue
                # 「第十批辽宁援藏工作队」: a batch before the place names the team too (D16).
                if place and (batch := _BATCH_BEFORE.search(text, max(0, start - 6), start)) is not None:
                    start = batch.start()
                # 云南省人民政府 + 扶贫开发办公室 ends on a GPE-less window; nothing to do.
                out.append(RuleMatch(start, e, "ORG", pid, text[start:e]))
        # 「云南省委」「广东省委」: a named province/city followed by 委 (D7).
        for end, g in gpe_ends.items():
            if text.startswith("委", end) and text[end - 1] in "省市县区州":
                out.append(RuleMatch(g.start, end + 1, "ORG", "org.place_committee", text[g.start : end + 1]))
        return out

    def _trim_org_start(self, text: str, start: int, end: int) -> int:
        """记者从上海市…指挥部 → 上海市…指挥部: words and characters that never open a name go."""
        moved = True
        while moved and start < end:
            moved = False
            for w in self.org_stop_words:
                if text.startswith(w, start):
                    start, moved = start + len(w), True
                    break
            if not moved and text[start] in ORG_STOP_CHARS:
                start, moved = start + 1, True
        return start

    @staticmethod
    def _ends(ac: AhoCorasick | None, text: str) -> set[int]:
        """Every position where one of ``ac``'s words ends (``text.endswith(words, 0, i)``)."""
        return set() if ac is None else {e for _, _, e in ac.find_matches_as_indexes(text, overlapping=True)}

    def _org_left(self, text: str, p: int, inside_place: dict[int, int], words: tuple[str, ...] = NAME_WORDS_WITH_STOPS,
                  max_len: int = 14, ends: tuple[set[int], set[int]] | None = None) -> int:
        """Where the name of an organisation whose suffix starts at ``p`` opens. ``ends``: the positions
        where a company name and a stop word end in ``text`` (:meth:`_ends`), if known."""
        company_ends, stop_ends = ends if ends is not None else (self._ends(self.company_ac, text),
                                                                  self._ends(self.stop_ac, text))
        i = p
        while i > 0 and p - i < max_len:
            if i - 1 in inside_place:
                i = inside_place[i - 1]  # a whole place name joins the organisation's name
                continue
            if i in company_ends and i < p:
                break  # the previous company ends here (…有限公司和上海…)
            ch = text[i - 1]
            # Before the stop words: 向阳小学 and 为民公司 open with one (向, 为); 县政府向阳光公司
            # is an office, then 向.
            if (ch in ORG_STOP_CHARS and (word := _name_word_at(text, i - 1, p, words)) is not None
                    and not text.endswith(self.org_suffixes, 0, word)):
                i = word
                continue
            if text.endswith("帮扶", 0, i) and "帮扶" in words and i - 3 in inside_place:
                i -= 2  # 观珠镇帮扶工作队: a team named for the place it helps
                continue
            if i in stop_ends or _YEAR_BEFORE.search(text, max(0, i - 3), i):
                break
            if ch in ")）" and (bracket := _NAME_BRACKET.search(text, max(0, i - 4), i)) is not None:
                i = bracket.start()
                continue
            # 纳洋（天津）科技发展有限公司: a bracketed place inside a registered name.
            if (ch in ")）" and i - 2 in inside_place and text[inside_place[i - 2] - 1 : inside_place[i - 2]] in "（("
                    and p - i >= 2 and text.startswith(tuple(REGISTERED_SUFFIXES), p)
                    and "\u4e00" <= text[inside_place[i - 2] - 2 : inside_place[i - 2] - 1] <= "\u9fff"
                    and text[inside_place[i - 2] - 2] not in ORG_STOP_CHARS):
                i = inside_place[i - 2] - 1
                continue
            if ch.isdigit():
                j = i
                while j > 0 and text[j - 1].isdigit():
                    j -= 1
                if j > 0 and text[j - 1] == "第":  # 第10批援滇干部联络组
                    i = j - 1
                    continue
                break
            if ch in "家所个" and _COUNT_BEFORE.search(text, 0, i - 1):
                break  # 13家农业合作社, 30多家三级医院: a count, not a name
            if ch in ORG_STOP_CHARS or not ("\u4e00" <= ch <= "\u9fff" or (ch.isascii() and ch.isalpha())):
                break
            i -= 1
        return i

    def _org_ok(self, needs: str, suffix: str, name: str, rest: str, place: bool) -> bool:
        if not name or name in ORG_GENERIC_NAMES or (name in self.surfaces and not place):
            return False
        if name.startswith(ORG_GENERIC_PREFIXES):
            return False
        if suffix.endswith("医院") and name.endswith("级"):
            return False  # 城市三级医院, 旗县级医院: a tier of hospitals, none named
        if suffix == "局" and name[-1:] in WORDS_ENDING_IN_JU:
            return False  # 安多县布局的项目, 产业格局: a word, not an office
        if suffix == "委":  # 云南省委 and 阿克苏地委, never 营山村委 or 县委常委
            return place and ((not rest and name[-1] in "省市县区州旗盟") or rest == "地")
        if needs == "name":
            return place or len(name) >= 2
        if needs == "long_name":
            named = len(rest) >= 2 or (not rest and suffix in PLACE_NAMED_SCHOOLS)
            return place and named and rest not in ORG_GENERIC_NAMES
        # place_or_level
        if place:
            return len(rest) <= 8
        if suffix in ORG_GENERIC_SUFFIXES:
            return False
        return name.startswith(ORG_LEVEL_WORDS) and len(name) <= 8

    # ---------------------------------------------------------------- all
    def find(self, text: str) -> list[RuleMatch]:
        """Non-overlapping entity matches in ``text``, ordered by start; the longest wins."""
        cands: list[RuleMatch] = []
        gpes = self._gpe(text)
        cands.extend(gpes)
        cands.extend(self._org(text, gpes))
        numbers: list[int] | None = None
        chars = set(text)
        for pid, label, rx, needs, anchored in self._regex_plan:
            if needs is not None and needs.isdisjoint(chars):
                continue
            if anchored:
                if numbers is None:
                    numbers = [m.start() for m in NUMBER_START.finditer(text)]
                found = _matches_at(rx, text, numbers)
            else:
                found = rx.finditer(text)
            for m in found:
                start = self._trim_org_start(text, m.start(), m.end()) if label == "ORG" else m.start()
                if m.end() > start:
                    cands.append(RuleMatch(start, m.end(), label, pid, text[start : m.end()]))
        if self.phrase_re is not None:
            for m in self.phrase_re.finditer(text):
                if m.group():
                    pid, label = self.phrase_rule[m.group()]
                    cands.append(RuleMatch(m.start(), m.end(), label, pid, m.group()))
        # 中国电信股份有限公司上海分公司: a branch named right after its company is one organisation.
        orgs = {c.end: c for c in cands if c.label == "ORG"}
        cands += [RuleMatch(orgs[c.start].start, c.end, "ORG", "org.branch", text[orgs[c.start].start : c.end])
                  for c in list(cands) if c.label == "ORG" and c.text.endswith(BRANCH_SUFFIXES) and c.start in orgs]
        gpe_starts = {g.start for g in gpes}
        gpe_by_start = {g.start: g for g in gpes}
        # 中建集团工会, 中国石油报, 中国石油西藏销售公司, 中国电信四川公司: a body of an organisation named
        # right after it (its union, its paper, its branch in a province) is one organisation.
        for org in [c for c in cands if c.label == "ORG"]:
            rest = org.end
            if rest in gpe_by_start and gpe_by_start[rest].text[-1:] not in "市县区":
                rest = gpe_by_start[rest].end
            if (m := _BODY_OF_ORG.match(text, rest)) is not None and (rest > org.end or m.group() in ("工会", "报")):
                cands.append(RuleMatch(org.start, m.end(), "ORG", "org.body", text[org.start : m.end()]))
        # 广东省粤黔协作工作队「黔东南」工作组: a team's group in one place, named after the team, is one team.
        cands += [RuleMatch(orgs[c.start].start, c.end, "ORG", "org.subteam", text[orgs[c.start].start : c.end])
                  for c in list(cands) if c.label == "ORG" and c.start in orgs and c.start in gpe_starts
                  and c.text.endswith(SUBTEAM_SUFFIXES) and orgs[c.start].text.endswith(TEAM_SUFFIXES)]
        # SPEC v2: a count's noun phrase stops before a place (「1275名」「定西」专技人才).
        if gpe_starts:
            cands = [_cut_at_place(c, gpe_starts, text) if c.label == "PERSON-COUNT" else c for c in cands]
        titles = [(m.start(), m.end()) for m in _TITLE.finditer(text)] if "《" in text else []
        if titles:
            # A programme inside a title is not tagged (places and organisations are).
            cands = [
                c
                for c in cands
                if c.label != "PROGRAMME" or not any(a < c.start and c.end < b for a, b in titles)
            ]
        return resolve(cands)


# Numerals and 家 name villages too (四十铺村, 张家坟村) where the name has a character of its own besides.
_TOWN_NAME_CHARS_WITH_STOPS = set("一二三四五六七八九十家")


def _town_body_ok(body: str) -> bool:
    """Whether ``body`` may be the name of a township or village after a place (not 选派驻村, 3家, 两地)."""
    if any(not "\u4e00" <= ch <= "\u9fff" for ch in body) or any(w in body for w in TOWN_BAD_WORDS):
        return False
    bad = [k for k, ch in enumerate(body) if ch in TOWN_BAD_CHARS]
    if not bad:
        return True
    if len(bad) == len(body) or any(body[k] not in _TOWN_NAME_CHARS_WITH_STOPS for k in bad):
        return False
    # 3家, 十家: a count of firms, not 张家
    return not any(body[k] == "家" and k > 0 and body[k - 1] in "一二三四五六七八九十" for k in bad) and body[0] != "家"


@functools.lru_cache(maxsize=4096)
def _inside(outer: str, inner: str) -> bool:
    """Whether some unit ``inner`` may name lies inside some unit ``outer`` may name (True when either is
    not in the table: townships and villages chain on as before)."""
    from gongbu.normalise.places import lookup

    outers, inners = lookup(outer), lookup(inner)
    if not outers or not inners:
        return True
    names = {u.name for u in outers}
    return any(names.intersection(u.ancestors()[1:]) for u in inners)


def _brand_after_place(text: str, i: int, p: int, inside_place: dict[int, int]) -> int | None:
    """东莞市向荣电子科技有限公司, 深圳市和顺万家实业有限公司: a registered company whose brand opens with a
    character that otherwise ends a name, right after its place; the start of that place, or None."""
    # Registered names open with a city or county (东莞市, 中山市); 江苏的天合光能… is the province's company.
    if i < 2 or text[i - 1] not in BRAND_OPENING_STOPS or i - 2 not in inside_place or text[i - 2] not in "市县":
        return None
    if p - i < 4 or text.startswith(("中国", "国家"), i) or any(k in inside_place for k in range(i, p)):
        return None  # a short remainder, a national name or another place after it: a conjunction (X市和Y公司)
    return inside_place[i - 2]


def _name_word_at(text: str, k: int, end: int, words: tuple[str, ...]) -> int | None:
    """The start of one of ``words`` that covers position ``k`` and ends by ``end``."""
    for w in words:
        for offset in range(len(w)):
            s = k - offset
            if s >= 0 and s + len(w) <= end and text.startswith(w, s):
                return s
    return None


def _cut_at_place(c: RuleMatch, gpe_starts: set[int], text: str) -> RuleMatch:
    """The count without the part of its noun phrase from a place on."""
    cut = next((k for k in range(c.start + 2, c.end) if k in gpe_starts and _MEASURE_END.search(text, c.start, k)
                and not _NATIVE.match(text, k)), None)
    return c if cut is None else RuleMatch(c.start, cut, c.label, c.rule, text[c.start : cut])


_MEASURE_END = compile_gated(r"(?:人次|名|位|人|户)$")
_NATIVE = compile_gated(r"[\u4e00-\u9fff]{1,6}?籍")  # 1800余名康保籍劳动力: where they are from, inside the phrase
NUMBER_LOOKBEHIND = r"(?<![\d.])"
NUMBER_START = compile_gated(NUMBER_LOOKBEHIND + r"\.?\d")


def _matches_at(rx: re.Pattern, text: str, starts: list[int]) -> Iterator[re.Match]:
    """What ``rx.finditer(text)`` finds when every match must begin at one of ``starts``."""
    end = 0
    for p in starts:
        if p >= end and (m := rx.match(text, p)) is not None and m.end() > p:
            end = m.end()
            yield m


def resolve(cands: Iterable[RuleMatch]) -> list[RuleMatch]:
    """Keep the longest of overlapping candidates; blockers (label ``""``) win ties and vanish."""
    order = sorted(cands, key=lambda c: (-(c.end - c.start), c.label != "", c.start))
    taken = bytearray()
    kept: list[RuleMatch] = []
    for c in order:
        if len(taken) < c.end:
            taken.extend(b"\0" * (c.end - len(taken)))
        if any(taken[c.start : c.end]):
            continue
        taken[c.start : c.end] = b"\1" * (c.end - c.start)
        if c.label:
            kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept


def load_places() -> list[tuple[str, str]]:
    """The gazetteer of :mod:`gongbu.normalise.places`: (surface, level) of every unit and abbreviation."""
    from gongbu.normalise.places import gazetteer

    return list(gazetteer())
