"""The ``gongbu_entity_rules`` pipeline component: rules and gazetteer as a spaCy pipe.

The component runs :class:`gongbu.entities.patterns.EntityPatterns` over
``doc.text`` and writes the matches into ``doc.ents``; every rule entity carries
the id of the pattern that produced it in ``ent.ent_id_`` (statistical entities
have an empty ``ent_id_``), so a caller can always tell rule from model.

Where it sits in the pipeline decides what it does:

* after ``ner`` with ``overwrite_ents = false`` (the default): it fills gaps,
  adding rule entities only where the model found nothing overlapping;
* after ``ner`` with ``overwrite_ents = true``: rule entities replace the
  model's where they overlap;
* before ``ner``: its entities are preset, and spaCy's ``ner`` keeps preset
  entities and predicts around them.

The patterns and the gazetteer are saved with the pipeline (``to_disk`` writes
``patterns.jsonl`` and ``places.tsv``), so a trained model directory is
self-contained and loads offline with plain ``spacy.load``.

>>> import spacy
>>> nlp = spacy.blank("zh")
>>> _ = nlp.add_pipe("gongbu_entity_rules")
>>> [(e.text, e.label_) for e in nlp("云南省共选派971名干部赴沪").ents]
[('云南省', 'GPE'), ('971名干部', 'PERSON-COUNT'), ('沪', 'GPE')]
>>> [e.ent_id_ for e in nlp("赴沪").ents]
['gpe.abbreviation_context']
"""

from collections.abc import Iterable, Sequence
from typing import Any, Optional

from spacy.language import Language
from spacy.scorer import get_ner_prf
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import filter_spans

from gongbu.entities.store import PatternStore

# No `from __future__ import annotations` here: spaCy builds a pydantic model from the
# signature of initialize() and needs real types.
# spaCy forbids "." in factory names (E853), so the namespace is a prefix with "_".
FACTORY = "gongbu_entity_rules"


@Language.factory(
    FACTORY,
    default_config={"overwrite_ents": False, "labels": None, "mark_model": False, "rules_only_labels": None},
    assigns=["doc.ents", "token.ent_type", "token.ent_iob", "token.ent_id"],
    default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
)
def make_entity_rules(
    nlp: Language,
    name: str,
    *,
    overwrite_ents: bool,
    labels: Optional[list[str]] = None,  # noqa: UP045
    mark_model: bool = False,
    rules_only_labels: Optional[list[str]] = None,  # noqa: UP045
) -> "EntityRules":
    """Create the rule component (``nlp.add_pipe("gongbu_entity_rules")``).

    Parameters
    ----------
    overwrite_ents
        If true, rule entities replace overlapping entities already on the doc;
        if false, they are only added where the doc has none.
    labels
        Only rule entities with these labels are used (``None``: all). After a
        hinted ``ner`` this keeps the rules as an override for the labels where
        they are more precise than the model.
    mark_model
        Give entities that were already on the doc (the ``ner``'s) ``ent_id_``
        ``"model"``, so every final entity says where it came from.
    rules_only_labels
        For these labels only rule entities are kept: an entity of such a label
        that the ``ner`` found and no rule confirms is dropped. Amounts and head
        counts are regular enough that the rules' recall is near complete, and
        what the model adds there was mostly wrong (docs/entities.md).
    """
    if not isinstance(overwrite_ents, bool):
        raise ValueError(f"{FACTORY}: overwrite_ents must be true or false, got {overwrite_ents!r}")
    for key, value in (("labels", labels), ("rules_only_labels", rules_only_labels)):
        if value is not None and not all(isinstance(x, str) for x in value):
            raise ValueError(f"{FACTORY}: {key} must be a list of label names or null, got {value!r}")
    return EntityRules(nlp, name, overwrite_ents=overwrite_ents, labels=labels, mark_model=mark_model,
                       rules_only_labels=rules_only_labels)


class EntityRules(PatternStore):
    """Pipeline component that sets ``doc.ents`` from the rule patterns of :mod:`.patterns`."""

    reads_shared_matches = True  # the hints before the ner leave their matches on the doc

    def __init__(
        self,
        nlp: Language,
        name: str = FACTORY,
        *,
        overwrite_ents: bool = False,
        labels: Optional[Sequence[str]] = None,  # noqa: UP045
        mark_model: bool = False,
        rules_only_labels: Optional[Sequence[str]] = None,  # noqa: UP045
    ) -> None:
        super().__init__(nlp, name)
        self.overwrite_ents = overwrite_ents
        self.use_labels = None if labels is None else tuple(labels)
        self.mark_model = mark_model
        self.rules_only_labels = frozenset(rules_only_labels or ())

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(sorted({p.get("label", "") for p in self.patterns} - {""} | {"GPE", "ORG"}))

    # ------------------------------------------------------------------ run
    def __call__(self, doc: Doc) -> Doc:
        spans = self.match(doc)
        if self.use_labels is not None:
            spans = [s for s in spans if s.label_ in self.use_labels]
        if self.mark_model and doc.ents:
            marked = [e if e.id_ else Span(doc, e.start, e.end, label=e.label_, span_id="model") for e in doc.ents]
            doc.set_ents(marked)
        if self.rules_only_labels and doc.ents:
            rule_keys = {(s.start, s.end, s.label_) for s in spans}
            doc.set_ents([e for e in doc.ents if e.label_ not in self.rules_only_labels
                          or (e.start, e.end, e.label_) in rule_keys])
        if not spans:
            return doc
        if self.overwrite_ents:
            kept = [e for e in doc.ents if not any(_overlap(e, s) for s in spans)]
            ents = filter_spans([*spans, *kept])
        else:
            taken = [e for e in doc.ents]
            ents = taken + [s for s in spans if not any(_overlap(s, e) for e in taken)]
        doc.set_ents(sorted(ents, key=lambda s: s.start))
        return doc

    def match(self, doc: Doc) -> list[Span]:
        """The rule entities of ``doc`` as spans (not set on the doc), ``span.id_`` = rule id."""
        out = []
        for start, end, label, rule in self.shared_matches(doc):
            span = doc.char_span(start, end, label=label, alignment_mode="contract")
            if span is None or len(span) == 0:
                continue
            out.append(Span(doc, span.start, span.end, label=label, span_id=rule))
        return out

    def score(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
        return get_ner_prf(examples)


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end

