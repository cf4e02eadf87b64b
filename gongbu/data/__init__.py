"""Annotated data: reading, validating and converting the gold annotations.

>>> from gongbu.data import read_gold
>>> docs = read_gold()              # annotations/gold.jsonl  # doctest: +SKIP
"""

from gongbu.data.gold import AnnotationError, GoldDocument, GoldEntity, GoldRelation, read_gold, write_gold


def load_annotations(path=None, splits=None):
    """The gold annotations as a Hugging Face ``DatasetDict`` (see :mod:`gongbu.data.convert`)."""
    from gongbu.data.convert import load_annotations as _load

    return _load(path, splits)


__all__ = [
    "AnnotationError",
    "GoldDocument",
    "GoldEntity",
    "GoldRelation",
    "load_annotations",
    "read_gold",
    "write_gold",
]
