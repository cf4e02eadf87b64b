"""What the rule and hint components share: their patterns and places, loaded and saved with the model.

No ``from __future__ import annotations`` here: spaCy builds a pydantic model from
the signature of ``initialize()`` and needs real types.
"""

import hashlib
import json
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, Optional

import srsly
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import ensure_path

from gongbu.entities.patterns import EntityPatterns, default_patterns, load_places, validate_pattern

# Where a component leaves its matches on the doc for a later component of the same
# patterns: ``doc.user_data[SHARED_MATCHES] = (fingerprint, [(start, end, label, rule), ...])``.
# The hints (before the ner) and the rules (after it) run the same patterns over the same
# text; the rules take the hints' matches instead of matching again. Plain tuples, so a doc
# that still carries them serialises.
SHARED_MATCHES = "gongbu_rule_matches"

# Compiled matchers by fingerprint of (patterns, places): the two components of a pipeline,
# and pipelines loaded side by side (evaluation), share one instead of compiling their own.
_compiled: dict[str, EntityPatterns] = {}
_compiled_lock = threading.Lock()
_COMPILED_KEEP = 8


def fingerprint(patterns: Sequence[dict], places: Sequence[Sequence[str]]) -> str:
    """A digest of validated pattern entries and ``(surface, level)`` places."""
    raw = json.dumps([list(patterns), [list(p) for p in places]], sort_keys=True, ensure_ascii=False)
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()


def compiled(key: str, patterns: Sequence[dict], places: Sequence[Sequence[str]]) -> EntityPatterns:
    """The :class:`EntityPatterns` of ``patterns`` and ``places`` whose fingerprint is ``key``, compiled once."""
    matcher = _compiled.get(key)
    if matcher is None:
        with _compiled_lock:
            matcher = _compiled.get(key)
            if matcher is None:
                matcher = EntityPatterns(patterns, places)
                while len(_compiled) >= _COMPILED_KEEP:
                    _compiled.pop(next(iter(_compiled)))
                _compiled[key] = matcher
    return matcher


class PatternStore:
    """A pipeline component holding rule patterns and the place gazetteer.

    ``to_disk`` writes ``patterns.jsonl`` and ``places.tsv`` into the component's
    folder, so a saved pipeline is self-contained and loads offline.
    """

    # True for a component that takes the matches an earlier component left on the doc.
    reads_shared_matches = False

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp
        self.name = name
        self.patterns: list[dict] = []
        self.places: list[tuple[str, str]] = []
        self._matcher: EntityPatterns | None = None
        self.fingerprint = ""

    def initialize(
        self,
        get_examples: Optional[Callable[[], Iterable[Example]]] = None,  # noqa: UP045
        *,
        nlp: Optional[Language] = None,  # noqa: UP045
        patterns: Optional[list[dict[str, Any]]] = None,  # noqa: UP045
        places: Optional[list[list[str]]] = None,  # noqa: UP045
    ) -> None:
        """Load patterns and places; without arguments, the ones that ship with gongbu.

        ``patterns`` is a list of pattern entries (``[initialize.components.<name>.patterns]``
        with ``srsly.read_jsonl.v1`` in a config), ``places`` a list of
        ``[surface, level]`` pairs (default: :func:`gongbu.normalise.places.gazetteer`).
        """
        self.set_patterns(
            default_patterns() if patterns is None else patterns,
            load_places() if places is None else places,
        )

    def set_patterns(self, patterns: Sequence[dict], places: Sequence[Sequence[str]]) -> None:
        """Replace the patterns and places (validated; a bad entry raises ``PatternError``)."""
        self.patterns = [validate_pattern(dict(p)) for p in patterns]
        self.places = [(str(p[0]), str(p[1])) for p in places]
        self.fingerprint = fingerprint(self.patterns, self.places)
        self._matcher = compiled(self.fingerprint, self.patterns, self.places)

    @property
    def matcher(self) -> EntityPatterns:
        if self._matcher is None:  # added with add_pipe but never initialized: use the defaults
            self.initialize()
        assert self._matcher is not None
        return self._matcher

    def shares_matches(self) -> bool:
        """Whether a later component of this pipeline reads this component's matches from the doc."""
        after = False
        for _, proc in self.nlp.pipeline:
            if proc is self:
                after = True
            elif after and getattr(proc, "reads_shared_matches", False) and proc.fingerprint == self.fingerprint:
                return True
        return False

    def shared_matches(self, doc: Doc) -> list[tuple[int, int, str, str]]:
        """``(start, end, label, rule)`` of the matches in ``doc.text``, taken from the doc when an
        earlier component of the same patterns left them there, else found now."""
        shared = doc.user_data.pop(SHARED_MATCHES, None)
        if shared is not None and shared[0] == self.fingerprint:
            return shared[1]
        return [(m.start, m.end, m.label, m.rule) for m in self.matcher.find(doc.text)]

    def __call__(self, doc: Doc) -> Doc:  # pragma: no cover - every component defines its own
        raise NotImplementedError

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in stream:
            yield self(doc)

    # ------------------------------------------------------------------ serialisation
    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_jsonl(path / "patterns.jsonl", self.matcher.patterns)
        lines = "".join(f"{s}\t{lvl}\n" for s, lvl in self.places)
        (path / "places.tsv").write_text("surface\tlevel\n" + lines, encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()):
        path = ensure_path(path)
        patterns = list(srsly.read_jsonl(path / "patterns.jsonl"))
        raw = (path / "places.tsv").read_text(encoding="utf-8").splitlines()[1:]
        places = [tuple(line.split("\t", 1)) for line in raw if "\t" in line]
        self.set_patterns(patterns, places)
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.msgpack_dumps({"patterns": self.matcher.patterns, "places": [list(p) for p in self.places]})

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()):
        msg = srsly.msgpack_loads(data)
        self.set_patterns(msg["patterns"], msg["places"])
        return self
