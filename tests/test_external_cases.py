"""Public test expectations of jionlp's money parser and cn2an, run against our normaliser.

The fixtures under ``tests/fixtures/external/`` state each case as a fact: the input,
the external library's expected value (``external``), and the value SPEC gives
(``expected``). ``spec: covered`` cases must match; ``spec: differs`` cases carry a
``reason`` (foreign currency, SPEC's 多 rule, negative numbers …) and are checked
against the value SPEC gives instead.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gongbu.normalise import normalise

FIXTURES = Path(__file__).parent / "fixtures" / "external"


def _cases(name: str) -> list[dict]:
    lines = (FIXTURES / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


JIONLP = _cases("jionlp_money.jsonl")
CN2AN = _cases("cn2an_numbers.jsonl")


def _check(case: dict) -> None:
    got = normalise("MONEY", case.get("span", case["input"]))
    expected = case["expected"]
    if expected is None:  # documented difference only: it must not raise
        return
    for key, want in expected.items():
        if want is None and key == "approx":
            continue
        have = got.norm[key]
        if isinstance(want, float) or isinstance(have, float):
            assert have == pytest.approx(want, rel=1e-12), (key, got)
        else:
            assert have == want, (key, got)
    code = case.get("expected_warning")
    if code == "*":
        assert got.warnings, got
    elif code:
        assert code in got.warning_codes, got


@pytest.mark.parametrize("case", JIONLP, ids=[c["id"] for c in JIONLP])
def test_jionlp_money_cases(case):
    _check(case)


@pytest.mark.parametrize("case", CN2AN, ids=[c["id"] for c in CN2AN])
def test_cn2an_cases(case):
    _check(case)


def test_every_difference_has_a_reason():
    for case in JIONLP + CN2AN:
        assert case["spec"] in ("covered", "differs")
        if case["spec"] == "differs":
            assert case.get("reason"), case["id"]


def test_exact_amounts_are_exact_integers():
    """133.08亿 is 13308000000, not 13307999999.999998 (Decimal inside, int outside)."""
    n = normalise("MONEY", "133.08亿元").norm
    assert n["yuan"] == 13308000000 and isinstance(n["yuan"], int)
