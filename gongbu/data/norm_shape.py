"""Shape and internal consistency of a gold norm, never agreement with the normaliser.

Gold norms are the annotators' word: this module checks that a norm has the keys
SPEC gives its label, that its values have the right types and lie in the allowed
sets, and that bounds are ordered. Whether the value is *right* is what evaluation
measures, so nothing here calls the normaliser.

>>> norm_problems("MONEY", {"yuan": 5e8, "approx": False, "low": 5e8, "high": 5e8})
[]
>>> norm_problems("MONEY", {"yuan": 500, "approx": False, "low": 600, "high": 500})
['low 600 > yuan 500', 'low 600 > high 500']
"""

from __future__ import annotations

from typing import Any

from gongbu.labels import LEVELS as UNIT_LEVELS
from gongbu.report import CountNorm, GpeNorm, MoneyNorm, NameNorm

__all__ = ["CATEGORIES", "LEVELS", "SIDES", "norm_problems"]

LEVELS = (*UNIT_LEVELS, "region_pair")
SIDES = ("east", "west", None)
CATEGORIES = (
    "cadre",
    "professional",
    "worker",
    "poor_population",
    "household",
    "student",
    "trainee",
    "medical_staff",
    "teacher",
    "other",
)
# The keys of each label's norm are the fields of its typed value in the Report.
KEYS = {
    "GPE": GpeNorm.keys_of(),
    "ORG": NameNorm.keys_of(),
    "PROGRAMME": NameNorm.keys_of(),
    "MONEY": MoneyNorm.keys_of(),
    "PERSON-COUNT": CountNorm.keys_of(),
}


def _number(v: Any) -> bool:
    return v is None or (isinstance(v, int | float) and not isinstance(v, bool))


def _bounds(norm: dict, value_key: str) -> list[str]:
    out = []
    value, low, high = norm.get(value_key), norm.get("low"), norm.get("high")
    for key in (value_key, "low", "high"):
        if not _number(norm.get(key)):
            out.append(f"{key} must be a number or null, not {norm.get(key)!r}")
    if out:
        return out
    if low is not None and value is not None and low > value:
        out.append(f"low {low} > {value_key} {value}")
    if high is not None and value is not None and value > high:
        out.append(f"{value_key} {value} > high {high}")
    if low is not None and high is not None and low > high:
        out.append(f"low {low} > high {high}")
    if not isinstance(norm.get("approx"), bool):
        out.append(f"approx must be true or false, not {norm.get('approx')!r}")
    return out


def _gpe(norm: dict) -> list[str]:
    out = []
    level, name, province = norm.get("level"), norm.get("name"), norm.get("province")
    if level not in LEVELS:
        out.append(f"level {level!r} is not one of {', '.join(LEVELS)}")
    if norm.get("side") not in SIDES:
        out.append(f"side {norm.get('side')!r} is not east, west or null")
    if level == "region_pair":
        if not (isinstance(name, list) and len(name) >= 2 and all(isinstance(x, str) and x for x in name)):
            out.append("a region_pair's name is a list of at least two names")
        if not (isinstance(province, list) and len(province) == len(name or [])):
            out.append("a region_pair's province is a list as long as its name")
        if norm.get("side") is not None:
            out.append("a region_pair's side is null")
    else:
        if not (isinstance(name, str) and name):
            out.append(f"name must be a non-empty string, not {name!r}")
        if not (isinstance(province, str) and province):
            out.append(f"province must be a non-empty string, not {province!r}")
        if level == "province" and isinstance(name, str) and name != province:
            out.append(f"a province's province is itself ({name!r}), not {province!r}")
    return out


def norm_problems(label: str, norm: Any) -> list[str]:
    """What is wrong with the shape of ``norm`` for an entity labelled ``label`` (empty when fine)."""
    if label not in KEYS:
        return [f"unknown label {label!r}"]
    if not isinstance(norm, dict):
        return [f"norm must be an object, not {type(norm).__name__}"]
    missing = [k for k in KEYS[label] if k not in norm]
    if missing:
        return [f"norm lacks {', '.join(missing)}"]
    if label == "GPE":
        return _gpe(norm)
    if label in ("ORG", "PROGRAMME"):
        name = norm["name"]
        return [] if isinstance(name, str) and name else [f"name must be a non-empty string, not {name!r}"]
    if label == "MONEY":
        return _bounds(norm, "yuan")
    out = _bounds(norm, "count")
    if not all(norm.get(k) is None or isinstance(norm.get(k), int) for k in ("count", "low", "high")):
        out.append("count, low and high are whole numbers")
    if not (isinstance(norm["unit"], str) and norm["unit"]):
        out.append(f"unit must be a measure word, not {norm['unit']!r}")
    if norm["category"] not in CATEGORIES:
        out.append(f"category {norm['category']!r} is not one of {', '.join(CATEGORIES)}")
    return out
