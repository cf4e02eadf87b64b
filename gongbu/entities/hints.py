"""Rule matches as token features for the statistical model (``gongbu_entity_hints``).

The component runs the same :class:`~gongbu.entities.patterns.EntityPatterns` as
``gongbu_entity_rules`` but does NOT touch ``doc.ents`` (``ner`` would treat preset
entities as constraints). It writes one BIO hint per token into ``token.tag_``
(``B-GPE``, ``I-GPE``, …, ``O``; the pipeline has no tagger, so TAG is free), which
``spacy.MultiHashEmbed`` embeds when ``"TAG"`` is in its ``attrs``. The ``ner``
then learns when to trust, extend, trim or ignore a hint and what to add from
context.

During training the component is one of spaCy's ``annotating_components``
(``configs/ner_hints.cfg``): it writes the same clean hints on each training
example's predicted doc as at run time. Noisy hints in training (rule spans dropped,
boundaries moved, wrong hints added) were measured and lost: on dev the hinted ner
alone fell from 0.951 to 0.898 and no way of combining it with the rules gained
(docs/entities.md), so the noise augmenter was removed.

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
from collections.abc import Iterable

import numpy as np
from spacy.attrs import IDX, LENGTH, SPACY, TAG
from spacy.language import Language
from spacy.tokens import Doc

from gongbu.entities.patterns import RuleMatch
from gongbu.entities.store import SHARED_MATCHES, PatternStore
from gongbu.labels import ENTITY_LABELS

FACTORY = "gongbu_entity_hints"
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
        if self.shares_matches():
            # The rules after the ner take these instead of matching the same text again.
            doc.user_data[SHARED_MATCHES] = (self.fingerprint, [(m.start, m.end, m.label, m.rule) for m in ms])
        set_hints(doc, [(m.start, m.end, m.label) for m in ms])
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
