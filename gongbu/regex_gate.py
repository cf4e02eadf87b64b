"""Regular expressions that skip, in one character test, the positions where no match can start.

Python's ``re`` tries a pattern at every position of the text. For a pattern that begins with a
literal or a character class it first checks the character (fast); for one that begins with a
lookbehind (``(?<!成立于)…``, ``(?<=[0-9])…``) or an anchor it runs the assertion at every position,
which made such patterns four to ten times slower per character than the others. :func:`compile_gated`
puts a lookahead of the characters every match starts with in front, ``(?=[…])(?:pattern)``: the
same matches, found after one class test per position.

>>> plain = re.compile(r"(?<![0-9])(?:万|亿)元")
>>> gated = compile_gated(r"(?<![0-9])(?:万|亿)元")
>>> gated.pattern
'(?=[万亿])(?:(?<![0-9])(?:万|亿)元)'
>>> [m.span() for m in gated.finditer("投入亿元和5亿元")] == [m.span() for m in plain.finditer("投入亿元和5亿元")]
True

Python's own parser of patterns (``re._parser``, the one ``re.compile`` uses) reads the pattern; a
pattern it cannot bound (one that can match the empty string, or starts with ``.`` or ``[^…]``) is
compiled as it is.
"""

from __future__ import annotations

import re

try:
    from re import _constants as C  # the names re itself uses (Python 3.11 and later)
    from re import _parser
except ImportError:  # a Python whose re keeps them elsewhere: every pattern compiles as it is
    C = _parser = None

__all__ = ["compile_gated", "first_class"]

_CATEGORIES = {} if C is None else {
    C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W",
}


class _Unbounded(Exception):
    """A pattern whose first character may be anything."""


def _char(code: int) -> str:
    return re.escape(chr(code))  # escapes - ] ^ \ too


def _first(items) -> tuple[list[str], bool]:
    """The class items a match of ``items`` (a parsed sequence) starts with, and whether it may be empty."""
    out: list[str] = []
    for op, av in items:
        found, empty = _first_of(op, av)
        out += found
        if not empty:
            return out, False
    return out, True


def _first_of(op, av) -> tuple[list[str], bool]:
    if op is C.LITERAL:
        return [_char(av)], False
    if op is C.IN:
        items = []
        for o, a in av:
            if o is C.LITERAL:
                items.append(_char(a))
            elif o is C.RANGE:
                items.append(f"{_char(a[0])}-{_char(a[1])}")
            elif o is C.CATEGORY and a in _CATEGORIES:
                items.append(_CATEGORIES[a])
            else:  # a negated class and the rest: anything may follow
                raise _Unbounded
        return items, False
    if op is C.BRANCH:
        out, empty = [], False
        for branch in av[1]:
            found, e = _first(branch.data)
            out += found
            empty = empty or e
        return out, empty
    if op is C.SUBPATTERN:
        _, add_flags, _, p = av
        if add_flags & re.IGNORECASE:
            raise _Unbounded
        return _first(p.data)
    if op is C.ATOMIC_GROUP:
        return _first(av.data)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _, p = av
        found, empty = _first(p.data)
        return found, empty or low == 0
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return [], True  # zero width: the first character comes after
    raise _Unbounded  # ., [^…], back-references, conditionals


def first_class(source: str, flags: int = 0) -> str | None:
    """A character class (``[…]``) holding the first character of every match of ``source``, or None
    when no class bounds it (the pattern can match the empty string, or starts with ``.`` or ``[^…]``).

    >>> first_class(r"(?:自从|自|从)?(?:19|20)\\d{2}年")
    '[自从12]'
    """
    if _parser is None:
        return None
    try:
        return _first_class(_parser.parse(source, flags))
    except re.error:
        return None


def _first_class(parsed) -> str | None:
    if parsed.state.flags & re.IGNORECASE:
        return None
    try:
        items, empty = _first(parsed.data)
    except _Unbounded:
        return None
    if empty or not items:
        return None
    return "[" + "".join(dict.fromkeys(items)) + "]"


def _tested_first(parsed) -> bool:
    """Whether ``re`` narrows the start positions itself: the pattern opens (inside its groups) with a
    literal, a class, alternatives that each open with a literal (as ``re._compiler`` checks), or is
    anchored at the start of the text."""
    op, av = parsed.data[0]
    while op is C.SUBPATTERN:
        op, av = av[3].data[0]
    if op is C.BRANCH:
        return all(branch.data and branch.data[0][0] is C.LITERAL for branch in av[1])
    if op is C.AT:
        return av is C.AT_BEGINNING_STRING or (av is C.AT_BEGINNING and not parsed.state.flags & re.MULTILINE)
    return op in (C.LITERAL, C.IN)


def compile_gated(source: str, flags: int = 0) -> re.Pattern:
    """``re.compile(source, flags)``, with a lookahead of its first characters in front when there is one.

    The lookahead is left off where ``re`` narrows the start positions itself (:func:`_tested_first`)
    and where no class bounds the first character.
    """
    if _parser is None:
        return re.compile(source, flags)
    try:
        parsed = _parser.parse(source, flags)
    except re.error:
        return re.compile(source, flags)  # raises the error re.compile gives
    gate = None if not parsed.data or _tested_first(parsed) else _first_class(parsed)
    if gate is None:
        return re.compile(source, flags)
    try:
        return re.compile(f"(?={gate})(?:{source})", flags)
    except re.error:  # global flags (?x) must open a pattern
        return re.compile(source, flags)
