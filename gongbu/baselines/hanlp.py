"""HanLP's pretrained NER as a baseline (``pip install gongbu[hanlp]`` and a local HanLP model).

HanLP keeps its models on its own server, so on an offline machine ``hanlp.load``
fails; put the unpacked model where HanLP looks (``$HANLP_HOME``, by default
``~/.hanlp``) or pass its local folder as ``model``. Only GPE, ORG and MONEY have
counterparts in HanLP's tag sets; PERSON-COUNT and PROGRAMME are never predicted,
which the evaluation shows as zero recall for them.

>>> map_label("NS"), map_label("ORGANIZATION"), map_label("LOC"), map_label("PERSON")
('GPE', 'ORG', None, None)
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["DEFAULT_MODEL", "HanLPBackend", "HanLPUnavailable", "map_label"]

DEFAULT_MODEL = "MSRA_NER_ELECTRA_SMALL_ZH"

# HanLP's MSRA tags (NS place, NT organisation, NR person, MONEY …) and
# OntoNotes/CoNLL-style tags. LOC is left out: in these reports it is natural
# regions (乌蒙山片区, 金沙江), which SPEC excludes from GPE.
_LABELS = {
    "NS": "GPE", "GPE": "GPE", "LOCATION": "GPE",
    "NT": "ORG", "ORG": "ORG", "ORGANIZATION": "ORG",
    "MONEY": "MONEY",
}


class HanLPUnavailable(RuntimeError):
    """HanLP or its model cannot be loaded here; the message says what to do."""


def map_label(tag: str) -> str | None:
    """Our label for a HanLP tag, or None when SPEC has no counterpart."""
    return _LABELS.get(tag.upper())


class HanLPBackend:
    """Callable ``text -> [(label, start, end)]`` in character offsets of ``text``."""

    def __init__(self, model: str = DEFAULT_MODEL, *, loader: Callable | None = None) -> None:
        if loader is None:
            try:
                import hanlp
            except ImportError as exc:
                raise HanLPUnavailable(
                    "the HanLP baseline needs `pip install gongbu[hanlp]` (HanLP and its torch dependency)"
                ) from exc
            loader = hanlp.load
            model = getattr(hanlp.pretrained.ner, model, model)
        try:
            self._ner = loader(model)
        except Exception as exc:
            raise HanLPUnavailable(
                f"HanLP could not load {model!r} ({type(exc).__name__}: {exc}). HanLP downloads its models "
                "from its own server, which this machine may not reach: unpack the model under $HANLP_HOME "
                "(default ~/.hanlp) or pass its local folder"
            ) from exc

    def __call__(self, text: str) -> list[tuple[str, int, int]]:
        # Characters as tokens, so HanLP's token offsets are character offsets.
        found = self._ner(list(text))
        out = []
        for item in found:
            _, tag, start, end = item[:4]
            label = map_label(tag)
            if label:
                out.append((label, int(start), int(end)))
        return out


def predict_docs(backend, gold_docs):
    """spaCy ``Example``s pairing HanLP's entities with the gold ``Doc``s, for spaCy's scorer."""
    from spacy.tokens import Doc
    from spacy.training import Example
    from spacy.util import filter_spans

    out = []
    for gold in gold_docs:
        pred = Doc(gold.vocab, words=[t.text for t in gold], spaces=[bool(t.whitespace_) for t in gold])
        spans = [pred.char_span(s, e, label=lab, alignment_mode="expand") for lab, s, e in backend(gold.text)]
        pred.ents = filter_spans([sp for sp in spans if sp is not None and len(sp)])
        out.append(Example(pred, gold))
    return out
