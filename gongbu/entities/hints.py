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

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from gongbu.entities.patterns import RuleMatch
from gongbu.entities.store import PatternStore
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
        set_hints(doc, [(m.start, m.end, m.label) for m in ms])
        return doc


def set_hints(doc: Doc, spans: Iterable[tuple[int, int, str]]) -> None:
    """Write ``(start_char, end_char, label)`` spans as BIO tags; other tokens get ``O``."""
    tags = [OUTSIDE] * len(doc)
    for s, e, lab in sorted(spans):
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or len(span) == 0 or any(tags[i] != OUTSIDE for i in range(span.start, span.end)):
            continue
        tags[span.start] = f"B-{lab}"
        for i in range(span.start + 1, span.end):
            tags[i] = f"I-{lab}"
    for tok, tag in zip(doc, tags, strict=True):
        tok.tag_ = tag
