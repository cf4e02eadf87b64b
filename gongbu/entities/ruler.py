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
from gongbu.entities.text_rules import text_spans
from gongbu.lexicon import org_heads

# No `from __future__ import annotations` here: spaCy builds a pydantic model from the
# signature of initialize() and needs real types.
# spaCy forbids "." in factory names (E853), so the namespace is a prefix with "_".
FACTORY = "gongbu_entity_rules"


@Language.factory(
    FACTORY,
    default_config={"overwrite_ents": False, "labels": None, "mark_model": False, "rules_only_labels": None,
                    "model_labels": None, "model_heads": False},
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
    model_labels: Optional[list[str]] = None,  # noqa: UP045
    model_heads: bool = False,
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
    model_labels
        Only the ``ner``'s entities with these labels are kept (``None``: all); the
        others come from the rules alone. ``["ORG"]`` is the division of labour of
        ``configs/ner_org.cfg``: the rules keep places, amounts, head counts and
        programmes, the model may add organisations where no rule matched.
    model_heads
        Keep a ``ner`` ORG entity only when it ends with an organisation head noun
        (``gongbu/lexicon/data/org_heads.tsv``: 公司, 医院, 商会, 报, 网 …). Such an
        ORG also wins, with ``overwrite_ents``, over rule places that lie wholly inside
        it: where the rules saw the place 丽江 and the model the organisation
        丽江消费扶贫馆, the model decides.
    """
    if not isinstance(overwrite_ents, bool):
        raise ValueError(f"{FACTORY}: overwrite_ents must be true or false, got {overwrite_ents!r}")
    if not isinstance(model_heads, bool):
        raise ValueError(f"{FACTORY}: model_heads must be true or false, got {model_heads!r}")
    for key, value in (("labels", labels), ("rules_only_labels", rules_only_labels), ("model_labels", model_labels)):
        if value is not None and not all(isinstance(x, str) for x in value):
            raise ValueError(f"{FACTORY}: {key} must be a list of label names or null, got {value!r}")
    return EntityRules(nlp, name, overwrite_ents=overwrite_ents, labels=labels, mark_model=mark_model,
                       rules_only_labels=rules_only_labels, model_labels=model_labels, model_heads=model_heads)


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
        model_labels: Optional[Sequence[str]] = None,  # noqa: UP045
        model_heads: bool = False,
    ) -> None:
        super().__init__(nlp, name)
        self.overwrite_ents = overwrite_ents
        self.use_labels = None if labels is None else tuple(labels)
        self.mark_model = mark_model
        self.rules_only_labels = frozenset(rules_only_labels or ())
        self.model_labels = None if model_labels is None else frozenset(model_labels)
        self.model_heads = model_heads

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
        if doc.ents and (self.model_labels is not None or self.model_heads):
            doc.set_ents([e for e in doc.ents if self._keep_model(e)])
        if self.rules_only_labels and doc.ents:
            rule_keys = {(s.start, s.end, s.label_) for s in spans}
            doc.set_ents([e for e in doc.ents if e.label_ not in self.rules_only_labels
                          or (e.start, e.end, e.label_) in rule_keys])
        if not spans:
            return doc
        if self.overwrite_ents:
            if self.model_heads:
                wins = [e for e in doc.ents if _holds_places(e, spans)]
                spans = [s for s in spans if not any(_overlap(s, w) for w in wins)]
            kept = [e for e in doc.ents if not any(_overlap(e, s) for s in spans)]
            ents = filter_spans([*spans, *kept])
        else:
            taken = [e for e in doc.ents]
            ents = taken + [s for s in spans if not any(_overlap(s, e) for e in taken)]
        doc.set_ents(sorted(ents, key=lambda s: s.start))
        return doc

    def text_spans(self, text: str) -> list[tuple[str, int, int, str]]:
        """``(label, start, end, rule)`` of what this component alone sets on a doc of ``text``,
        found without building the doc (the rules-only pipeline's fast path)."""
        return text_spans(self.matcher, text, self.use_labels)

    def _keep_model(self, ent: Span) -> bool:
        """Whether an entity the ``ner`` put on the doc passes ``model_labels`` and ``model_heads``."""
        if self.model_labels is not None and ent.label_ not in self.model_labels:
            return False
        return not (self.model_heads and ent.label_ == "ORG" and not ent.text.endswith(org_heads()))

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


def _holds_places(ent: Span, spans: Sequence[Span]) -> bool:
    """``ent`` is an ORG whose overlapping rule spans are all places wholly inside it, and shorter."""
    if ent.label_ != "ORG":
        return False
    inside = [s for s in spans if _overlap(ent, s)]
    return bool(inside) and all(s.label_ == "GPE" and ent.start <= s.start and s.end <= ent.end
                                and (s.start, s.end) != (ent.start, ent.end) for s in inside)

