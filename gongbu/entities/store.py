"""What the rule and hint components share: their patterns and places, loaded and saved with the model.

No ``from __future__ import annotations`` here: spaCy builds a pydantic model from
the signature of ``initialize()`` and needs real types.
"""

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, Optional

import srsly
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import ensure_path

from gongbu.entities.patterns import EntityPatterns, default_patterns, load_places, validate_pattern


class PatternStore:
    """A pipeline component holding rule patterns and the place gazetteer.

    ``to_disk`` writes ``patterns.jsonl`` and ``places.tsv`` into the component's
    folder, so a saved pipeline is self-contained and loads offline.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp
        self.name = name
        self.patterns: list[dict] = []
        self.places: list[tuple[str, str]] = []
        self._matcher: EntityPatterns | None = None

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
        self._matcher = EntityPatterns(self.patterns, self.places)

    @property
    def matcher(self) -> EntityPatterns:
        if self._matcher is None:  # added with add_pipe but never initialized: use the defaults
            self.initialize()
        assert self._matcher is not None
        return self._matcher

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
