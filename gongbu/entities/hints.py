"""Rule matches as token features for the statistical model (``gongbu_entity_hints``).

The component runs the same :class:`~gongbu.entities.patterns.EntityPatterns` as
``gongbu_entity_rules`` but does NOT touch ``doc.ents`` (``ner`` would treat preset
entities as constraints). It writes one BIO hint per token into ``token.tag_``
(``B-GPE``, ``I-GPE``, …, ``O``; the pipeline has no tagger, so TAG is free), which
``spacy.MultiHashEmbed`` embeds when ``"TAG"`` is in its ``attrs``. The ``ner``
then learns when to trust, extend, trim or ignore a hint and what to add from
context.

During training the hints are computed by the corpus augmenter
``gongbu_hint_noise.v1`` (registered here) on each example's predicted doc, with
noise: a fraction of the rule spans is dropped, some boundaries are moved, some
labels swapped and a few wrong hints are added, so that the model does not copy
the hints blindly. At run time (and on the dev set) the component writes clean
hints. The noise is drawn from a ``random.Random(seed)`` owned by the augmenter,
so a training run is reproducible.

>>> import spacy
>>> nlp = spacy.blank("zh")
>>> _ = nlp.add_pipe("gongbu_entity_hints")
>>> doc = nlp("赴沪务工")
>>> [t.tag_ for t in doc]
['O', 'B-GPE', 'O', 'O']
>>> doc.ents
()
"""

import bisect
import random
from collections.abc import Callable, Iterable, Iterator, Sequence

import numpy as np
from spacy.attrs import IDX, LENGTH, SPACY, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import registry

from gongbu.entities.patterns import EntityPatterns, RuleMatch, default_patterns, load_places
from gongbu.entities.store import SHARED_MATCHES, PatternStore
from gongbu.labels import ENTITY_LABELS

FACTORY = "gongbu_entity_hints"
AUGMENTER = "gongbu_hint_noise.v1"
HINT_LABELS = ENTITY_LABELS
OUTSIDE = "O"


@Language.factory(FACTORY, default_config={}, assigns=["token.tag"])
def make_entity_hints(nlp: Language, name: str) -> "EntityHints":
    """Create the hint component (``nlp.add_pipe("gongbu_entity_hints", before="tok2vec")``)."""
    return EntityHints(nlp, name)


class EntityHints(PatternStore):
    """Writes the rule matches of a doc as BIO tags into ``token.tag_`` (never ``doc.ents``)."""

    def __init__(self, nlp: Language, name: str = FACTORY) -> None:
        super().__init__(nlp, name)

    # ------------------------------------------------------------------ run
    def matches(self, doc: Doc) -> list[RuleMatch]:
        return self.matcher.find(doc.text)

    def __call__(self, doc: Doc) -> Doc:
        ms = self.matches(doc)
        set_hints(doc, [(m.start, m.end, m.label) for m in ms])
        if self.shares_matches():
            # The rules after the ner take these instead of matching the same text again.
            doc.user_data[SHARED_MATCHES] = (self.fingerprint, [(m.start, m.end, m.label, m.rule) for m in ms])
        return doc


def set_hints(doc: Doc, spans: Iterable[tuple[int, int, str]]) -> None:
    """Write ``(start_char, end_char, label)`` spans as BIO tags; other tokens get ``O``.

    A span covers the tokens that ``doc.char_span(start, end, alignment_mode="expand")``
    gives; a span that overlaps an earlier one (in sorted order) is left out. The tags
    are written in one array write: setting ``token.tag_`` token by token built a
    Python ``Token`` for every character.
    """
    n = len(doc)
    strings = doc.vocab.strings
    tags = np.full(n, strings.add(OUTSIDE), dtype=np.uint64)
    if n:
        info = doc.to_array([IDX, LENGTH, SPACY]).tolist()
        starts = [row[0] for row in info]
        text_end = info[-1][0] + info[-1][1] + info[-1][2]
        taken = bytearray(n)
        for s, e, lab in sorted(spans):
            if s < e:
                # The token lookup of Doc.char_span: the token whose text or trailing space holds the character.
                if not (0 <= s < text_end and e - 1 < text_end):
                    continue
                a = bisect.bisect_right(starts, s) - 1
                b = bisect.bisect_right(starts, e - 1)
                if s == info[a][0] + info[a][1]:
                    a += 1  # expand mode does not count a token's trailing space as part of it
            else:  # whatever char_span makes of an empty or reversed span
                span = doc.char_span(s, e, alignment_mode="expand")
                if span is None:
                    continue
                a, b = span.start, span.end
            if a >= b or taken.find(1, a, b) >= 0:
                continue
            taken[a:b] = b"\1" * (b - a)
            tags[a] = strings.add(f"B-{lab}")
            tags[a + 1 : b] = strings.add(f"I-{lab}")
    doc.from_array([TAG], tags.reshape(-1, 1))


# ---------------------------------------------------------------------- training noise
def noisy_spans(
    text: str,
    matches: Sequence[RuleMatch],
    rng: random.Random,
    *,
    drop: float = 0.25,
    shift: float = 0.1,
    relabel: float = 0.03,
    add: float = 0.5,
) -> list[tuple[int, int, str]]:
    """Perturb rule matches for training.

    Each match is dropped with probability ``drop``; a kept one gets a boundary moved
    by one or two characters (truncated or extended) with probability ``shift`` and
    a wrong label with probability ``relabel``. Then, on average ``add`` wrong hints
    per 100 characters are added on free positions: 1-4 characters, mostly GPE (the
    gazetteer's typical false positive is a place name inside an ordinary word).
    """
    out: list[tuple[int, int, str]] = []
    n = len(text)
    for m in matches:
        if rng.random() < drop:
            continue
        s, e, lab = m.start, m.end, m.label
        if rng.random() < shift:
            d = rng.choice((1, 2))
            if rng.random() < 0.5:  # start
                s = min(e - 1, s + d) if rng.random() < 0.6 else max(0, s - d)
            else:
                e = max(s + 1, e - d) if rng.random() < 0.6 else min(n, e + d)
        if rng.random() < relabel:
            lab = rng.choice([x for x in HINT_LABELS if x != lab])
        out.append((s, e, lab))
    taken = bytearray(n + 1)
    for s, e, _ in out:
        taken[s:e] = b"\1" * (e - s)
    k = int(add * n / 100)
    k += rng.random() < (add * n / 100 - k)
    for _ in range(k):
        length = rng.choice((1, 2, 2, 3, 3, 4))
        if n <= length:
            break
        s = rng.randrange(0, n - length)
        e = s + length
        if any(taken[s:e]) or not text[s:e].strip():
            continue
        lab = rng.choices(HINT_LABELS, weights=(6, 1, 1, 1, 1))[0]
        out.append((s, e, lab))
        taken[s:e] = b"\1" * length
    return out


@registry.augmenters(AUGMENTER)
def create_hint_noise(
    drop: float = 0.25, shift: float = 0.1, relabel: float = 0.03, add: float = 0.5, seed: int = 0
) -> Callable[[Language, Example], Iterator[Example]]:
    """Corpus augmenter: write noisy rule hints into each training example's predicted doc.

    Uses the patterns of the pipeline's ``gongbu_entity_hints`` component (or the
    defaults when the pipeline has none); ``drop``/``shift``/``relabel``/``add`` as in
    :func:`noisy_spans`. All ``0`` gives clean hints.
    """
    rng = random.Random(seed)
    state: dict[str, EntityPatterns] = {}

    def augment(nlp: Language, example: Example) -> Iterator[Example]:
        if "m" not in state:
            pipe = nlp.get_pipe(FACTORY) if FACTORY in nlp.pipe_names else None
            state["m"] = pipe.matcher if pipe is not None else EntityPatterns(default_patterns(), load_places())
        doc = example.predicted
        ms = state["m"].find(doc.text)
        set_hints(doc, noisy_spans(doc.text, ms, rng, drop=drop, shift=shift, relabel=relabel, add=add))
        yield example

    return augment
