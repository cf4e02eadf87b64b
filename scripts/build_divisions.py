"""Build ``gongbu/lexicon/data/divisions.tsv`` from jionlp's administrative divisions.

jionlp is a build-time dependency only (``pip install gongbu[lexicon]``); the
package reads the generated TSV at run time and never imports jionlp.

Usage::

    python scripts/build_divisions.py [--out PATH]

One row per unit (province, prefecture, county), tab-separated, with a header:

    name  level  province  prefecture  code  aliases

``aliases`` is a ``|``-separated list of short forms: jionlp's own aliases plus the
usual "X州" short form of autonomous prefectures (红河州, 黔东南州), "X县"/"X旗" for
autonomous counties and banners (金平县), and the short names of autonomous regions
(内蒙古, 广西). Province-level municipalities appear once, as provinces; their
districts carry an empty prefecture.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "gongbu" / "lexicon" / "data" / "divisions.tsv"

# jionlp groups county-level units directly administered by a province under these
# placeholder "prefectures"; they are not units of their own.
PLACEHOLDERS = ("直辖", "行政区划")
MUNICIPALITIES = {"北京市", "天津市", "上海市", "重庆市"}
# Aliases that name a kind of unit rather than one unit (jionlp gives 经开区 for
# dozens of development zones); they would only create false ambiguity.
GENERIC_ALIASES = {
    "经开区",
    "高新区",
    "示范区",
    "新区",
    "产业园",
    "工业园",
    "管理区",
    "开发区",
    "市直辖",
    "市辖区",
    "城区",
    "郊区",
    "矿区",
    "市中",
}


def _aliases(raw) -> list[str]:
    if raw is None:
        return []
    if isinstance(raw, str):
        raw = raw.split("/")
    return [a.strip() for a in raw if a and a.strip()]


def _short_forms(full: str, aliases: list[str], level: str) -> list[str]:
    """Derived short forms that reports use but jionlp does not list."""
    out: list[str] = []
    for a in aliases:
        if level == "prefecture" and full.endswith("自治州"):
            out.append(a + "州")
        if level == "prefecture" and full.endswith("地区") and not a.endswith("地区"):
            out.append(a + "地区")
        if level == "county" and full.endswith("自治县"):
            out.append(a + "县")
        if level == "county" and full.endswith("自治旗"):
            out.append(a + "旗")
    return out


def _row(name, level, province, prefecture, code, aliases):
    seen: list[str] = []
    for a in aliases:
        if a and a != name and a not in seen and len(a) >= 2 and a not in GENERIC_ALIASES:
            seen.append(a)
    return [name, level, province, prefecture, code or "", "|".join(seen)]


def build(out: Path) -> int:
    import jionlp  # build-time only

    loc = jionlp.china_location_loader()
    rows: list[list[str]] = []
    for prov, pv in loc.items():
        p_alias = _aliases(pv.get("_alias"))
        rows.append(_row(prov, "province", prov, "", pv.get("_admin_code"), p_alias))
        for city, cv in pv.items():
            if city.startswith("_"):
                continue
            placeholder = any(p in city for p in PLACEHOLDERS)
            municipality = prov in MUNICIPALITIES
            prefecture = "" if (placeholder or municipality) else city
            if prefecture:
                c_alias = _aliases(cv.get("_alias"))
                c_alias += _short_forms(city, c_alias, "prefecture")
                rows.append(_row(city, "prefecture", prov, "", cv.get("_admin_code"), c_alias))
            for county, kv in cv.items():
                if county.startswith("_") or not isinstance(kv, dict):
                    continue
                if any(p in county for p in PLACEHOLDERS):
                    continue
                k_alias = _aliases(kv.get("_alias"))
                k_alias += _short_forms(county, k_alias, "county")
                rows.append(_row(county, "county", prov, prefecture, kv.get("_admin_code"), k_alias))
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["name", "level", "province", "prefecture", "code", "aliases"])
        w.writerows(rows)
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    n = build(args.out)
    size = args.out.stat().st_size
    print(f"wrote {n} units to {args.out} ({size / 1024:.0f} KiB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
