"""compile_gated finds what re.compile finds: on small examples, and for every pattern the pipeline
compiles with it, on the corpus paragraphs (each match of finditer, and match at each position)."""

import re
import sys
from pathlib import Path

import pytest

from gongbu.regex_gate import compile_gated, first_class

ROOT = Path(__file__).parents[1]


def _spans(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize(("source", "gate"), [
    (r"(?<![0-9])(?:万|亿)元", "[万亿]"),
    (r"(?:从|自)?(?:19|20)\d{2}年", "[从自12]"),
    (r"(?:(?<=[，,])|^)[ \t]*(?:至|到)\d", "[\\ \\\t至到]"),  # re.escape's blank and tab
    (r"(?<=协作)\d+年", r"[\d]"),
])
def test_the_gate_holds_the_first_characters(source, gate):
    assert first_class(source) == gate
    assert compile_gated(source).pattern == f"(?={gate})(?:{source})"


@pytest.mark.parametrize("source", [
    r"(?<=[，,])\d*",  # can match the empty string
    r"(?<![0-9]).元",  # any character first
    r"(?<![0-9])[^，,]+元",  # a negated class first
    r"(?i)(?<!x)abc",  # case folded
    r"(?x) (?<!x) a b c",  # global flags must open the pattern
])
def test_patterns_no_class_bounds_are_compiled_as_they_are(source):
    assert compile_gated(source).pattern == source


@pytest.mark.parametrize("source", [r"万元|亿元", r"[万亿]元", r"^其中", r"今年(?:以来)?"])
def test_patterns_re_narrows_itself_are_compiled_as_they_are(source):
    # A literal, a class or literal alternatives first, or an anchor at the start: re tests those already.
    assert compile_gated(source).pattern == source


def test_every_search_finds_the_same():
    text = "截至2023年底，5亿元，亿元，自2016年以来,至2020年，投入资金亿元（3亿元）"
    for source in (r"(?<![0-9])(?:万|亿)元", r"(?:(?<=[，,])|^)[ \t]*(?:至|到)\d{4}", r"(?<=[（(])\d+亿元"):
        plain, gated = re.compile(source), compile_gated(source)
        assert gated.pattern != plain.pattern
        assert _spans(gated, text) == _spans(plain, text)
        for pos in range(len(text) + 1):
            for end in (pos, len(text)):
                for method in ("match", "fullmatch", "search"):
                    a = getattr(plain, method)(text, pos, end)
                    b = getattr(gated, method)(text, pos, end)
                    assert (a and a.span()) == (b and b.span()), (source, method, pos, end)


def _ungated(pattern: re.Pattern) -> re.Pattern:
    m = re.match(r"\(\?=\[(?:\\.|[^\]\\])*\]\)\(\?:", pattern.pattern)
    return pattern if m is None else re.compile(pattern.pattern[m.end() : -1], pattern.flags)


def _project_patterns() -> dict[str, re.Pattern]:
    import gongbu.entities.patterns as entity_patterns
    import gongbu.normalise.periods as periods
    import gongbu.relations as relations
    import gongbu.relations.frames as frames
    import gongbu.relations.rules as rules
    from gongbu.pipeline import pipeline_for
    from gongbu.text.clean import noise_rules

    found: dict[str, re.Pattern] = {}
    for module in (entity_patterns, periods, relations, frames, rules):
        found.update((f"{module.__name__}.{k}", v) for k, v in vars(module).items() if isinstance(v, re.Pattern))
    found.update((f"cue.{k}", v) for k, v in rules.cue_patterns().items() if isinstance(v, re.Pattern))
    found.update((f"frame.{k}", v) for k, v in frames.frame_patterns().items() if isinstance(v, re.Pattern))
    found.update((f"scope.{k}", v) for k, v in periods._scope_patterns().items())
    found.update((f"period.{rule}", p) for rule, _, p, _, _ in periods._patterns())
    noise = noise_rules()
    found.update((f"noise.{k}", noise[k]) for k in ("gloss", "doubled", "boilerplate", "format", "number_spaces"))
    found.update((f"warning.{w[0]}", w[3]) for w in noise["warnings"])
    found.update((f"entity.{pid}", rx) for pid, _, rx in pipeline_for().matcher.regexes)
    return found


def test_the_pipelines_patterns_are_gated_where_it_pays():
    gated = [name for name, p in _project_patterns().items() if _ungated(p) is not p]
    assert len(gated) > 100  # the lookbehinds of the periods, the entities, the cues and the warnings
    assert "period.year-since" in gated and "warning.stripped-money" in gated


def test_the_pipelines_gated_patterns_find_what_re_finds_on_the_corpus():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from _texts import corpus_paragraphs

    paragraphs = corpus_paragraphs(0.05)[0]
    text = "\n".join(paragraphs)
    positions = range(0, len(text), 7)
    for name, gated in _project_patterns().items():
        plain = _ungated(gated)
        if plain is gated:
            continue
        assert _spans(gated, text) == _spans(plain, text), name
        assert [bool(gated.match(text, p)) for p in positions] == [bool(plain.match(text, p)) for p in positions], name
