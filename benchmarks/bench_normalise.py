"""Throughput of gongbu.normalise: values normalised per second, per label.

Run:  python benchmarks/bench_normalise.py [--n 20000]

"distinct" feeds spans that are all different (the caches do not help: the cost of
a first sight); "repeated" feeds the same few hundred spans again (caches warm, as in
a corpus where 沪滇, 亿元 amounts and 国务院扶贫办 recur). No timing is asserted.
"""

from __future__ import annotations

import argparse
import random
import time

from gongbu.normalise import PlaceResolver, gazetteer, normalise
from gongbu.normalise._common import clean_span


def _distinct(label: str, n: int, rng: random.Random) -> list[tuple[str, str]]:
    if label == "MONEY":
        forms = ["{a}.{b}亿元", "{a}{b}多万元", "{a}万余元", "{a}—{c}亿", "{a}.万元"]
        return [
            (rng.choice(forms).format(a=rng.randint(1, 9999), b=rng.randint(0, 99), c=rng.randint(10000, 20000)),
             rng.choice(["", "近", "约", "累计投入", "超过"]))
            for _ in range(n)
        ]  # fmt: skip
    if label == "PERSON-COUNT":
        nouns = ["名干部", "名专业技术人才", "万建档贫困人口", "人次", "户贫困户", "多名贫困家庭学生", "余人"]
        return [(f"{rng.randint(1, 99999)}{rng.choice(nouns)}", rng.choice(["", "培训", "赴上海就业"]))
                for _ in range(n)]  # fmt: skip
    if label == "GPE":
        surf = [s for s, _ in gazetteer()]
        chains = ["浙江省衢州市{}", "云南省{}", "{}金河镇大老塘村", "{}"]
        return [(rng.choice(chains).format(rng.choice(surf)), "") for _ in range(n)]
    if label == "ORG":
        surf = [s for s, lv in gazetteer() if len(s) > 1]
        ends = ["扶贫办", "人社局", "人民政府", "发改委", "日报社", "第一中学"]
        return [(f"{rng.choice(surf)}{rng.choice(ends)}{rng.randint(1, 999)}", "") for _ in range(n)]
    names = ["东西扶贫协作", "东西部协作", "携手奔小康", "万企帮万村", "10.17扶贫日", "两不愁三保障"]
    return [(f"{rng.choice(names)}{rng.randint(1, 10**6)}", "") for _ in range(n)]


def _clear_caches() -> None:
    from gongbu.normalise import _quantity, names, places

    clean_span.cache_clear()
    places._segments.cache_clear()
    names._canonical.cache_clear()
    _quantity._cn2an.cache_clear()


def _rate(label: str, items: list[tuple[str, str]], resolver) -> float:
    t0 = time.perf_counter()
    for span, before in items:
        normalise(label, span, before, "", resolver)
    return len(items) / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20000)
    args = ap.parse_args()
    rng = random.Random(0)
    t0 = time.perf_counter()
    normalise("GPE", "云南省")  # load the tables
    normalise("MONEY", "三千六百万元")  # import cn2an
    print(f"first call (tables loaded, cn2an imported): {time.perf_counter() - t0:.3f} s")
    resolver = PlaceResolver.for_document(["云南省", "红河州", "上海市", "徐汇区", "沪滇"])
    print(f"{'label':<14}{'distinct /s':>14}{'repeated /s':>14}")
    for label in ("MONEY", "PERSON-COUNT", "GPE", "ORG", "PROGRAMME"):
        items = _distinct(label, args.n, rng)
        _clear_caches()
        cold = _rate(label, items, resolver if label == "GPE" else None)
        warm_items = [items[i % 300] for i in range(args.n)]
        _rate(label, warm_items[:300], resolver if label == "GPE" else None)
        warm = _rate(label, warm_items, resolver if label == "GPE" else None)
        print(f"{label:<14}{cold:>14,.0f}{warm:>14,.0f}")


if __name__ == "__main__":
    main()
