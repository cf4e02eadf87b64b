"""The ``Report``: what :func:`gongbu.parse` returns, as plain immutable values.

>>> r = Report.from_dict({"text": "沪滇", "entities": [{"label": "GPE", "start": 0, "end": 2,
...     "text": "沪滇", "norm": {"name": ["上海市", "云南省"], "level": "region_pair",
...     "province": ["上海市", "云南省"], "side": None}}]})
>>> r.entities[0].norm["name"]
('上海市', '云南省')
>>> Report.from_json(r.to_json()) == r
True
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, fields
from typing import Any, TypeVar

__all__ = [
    "CountNorm",
    "Entity",
    "Flow",
    "GpeNorm",
    "MoneyNorm",
    "NameNorm",
    "PairNorm",
    "Partnership",
    "Period",
    "Relation",
    "Report",
    "ReportWarning",
    "norm_from_dict",
]


class _Norm(Mapping):
    """Typed norms that also read like the SPEC's dicts (``norm["name"]``, ``dict(norm)``).

    Frozen dataclasses: they pickle, deep-copy and go through ``dataclasses.asdict``.
    """

    # Set by @_norm on each class: its field names in SPEC's order, and those that hold tuples.
    _keys: tuple[str, ...] = ()
    _tuple_keys: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        # A frozen dataclass's __dict__ holds exactly its fields, in order: copying it is the
        # fastest dict (Reports turned into dicts by the thousand on a Dask worker).
        data = self.__dict__.copy()
        for k in self._tuple_keys:
            if data[k] is not None:
                data[k] = list(data[k])
        return data

    def __getitem__(self, key: str) -> Any:
        if key not in self._keys:
            raise KeyError(key)
        return getattr(self, key)

    def get(self, key: str, default: Any = None) -> Any:
        # Mapping.get goes through __getitem__ and an exception for a missing key; the relation
        # rules ask a mention's norm for its side tens of times per sentence.
        return getattr(self, key) if key in self._keys else default

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    @classmethod
    def keys_of(cls) -> tuple[str, ...]:
        """The fields of this kind of norm, in SPEC's order."""
        return cls._keys

    # Equal to any mapping with the same items (so ``norm == {...}`` reads naturally), and hashable.
    __eq__ = Mapping.__eq__

    def __hash__(self) -> int:
        return hash(tuple((k, getattr(self, k)) for k in self._keys))


_N = TypeVar("_N", bound="_Norm")


def _norm(cls: type[_N]) -> type[_N]:
    cls._keys = tuple(f.name for f in fields(cls))
    cls._tuple_keys = tuple(f.name for f in fields(cls) if "tuple" in str(f.type))
    return cls


@_norm
@dataclass(frozen=True, eq=False)
class GpeNorm(_Norm):
    """A place: canonical full name, level, province and east/west side (None where unknown)."""

    name: str | None = None
    level: str | None = None
    province: str | None = None
    side: str | None = None


@_norm
@dataclass(frozen=True, eq=False)
class PairNorm(_Norm):
    """A pair abbreviation (沪滇): its members and their provinces, in text order."""

    name: tuple[str, ...] = ()
    level: str = "region_pair"
    province: tuple[str, ...] = ()
    side: None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", tuple(self.name))
        object.__setattr__(self, "province", tuple(self.province))


@_norm
@dataclass(frozen=True, eq=False)
class MoneyNorm(_Norm):
    """An amount in yuan; ``low``/``high`` bound it where known; ``approx`` for hedged or ranged amounts."""

    yuan: int | float | None = None
    approx: bool = False
    low: int | float | None = None
    high: int | float | None = None


@_norm
@dataclass(frozen=True, eq=False)
class CountNorm(_Norm):
    """A head count: the number, its measure word, who they are (``category``) and its bounds."""

    count: int | None = None
    unit: str = "人"
    approx: bool = False
    category: str = "other"
    low: int | None = None
    high: int | None = None


@_norm
@dataclass(frozen=True, eq=False)
class NameNorm(_Norm):
    """An organisation's or programme's canonical name."""

    name: str | None = None


Norm = GpeNorm | PairNorm | MoneyNorm | CountNorm | NameNorm


@_norm
@dataclass(frozen=True, eq=False)
class Period(_Norm):
    """When a flow's quantity moved, in years (SPEC v2, "Periods"); None where the text does not say.

    ``cumulative``: a total over more than one period or an open range (以来, 累计, 截至 …).
    ``text``/``span``: the time expression that fixes the years, in the original string's
    offsets (None when there is none). Reads like the SPEC dict:

    >>> p = Period(2016, 2020, True, "2016年以来", (0, 7))
    >>> p.to_dict()
    {'start': 2016, 'end': 2020, 'cumulative': True, 'text': '2016年以来', 'span': [0, 7]}
    >>> Period.from_dict(p.to_dict()) == p
    True
    """

    start: int | None = None
    end: int | None = None
    cumulative: bool = False
    text: str | None = None
    span: tuple[int, int] | None = None

    def __post_init__(self) -> None:
        if self.span is not None:
            object.__setattr__(self, "span", tuple(self.span))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> Period:
        """The period of a flow's dict (missing keys take their defaults)."""
        if isinstance(data, Period):
            return data
        known = set(cls.keys_of())
        return cls(**{k: v for k, v in dict(data or {}).items() if k in known})


_T = TypeVar("_T")


def made(cls: type[_T], values: dict[str, Any]) -> _T:
    """What ``cls(**values)`` makes, for a frozen dataclass of this module and ``values`` that hold
    every field, in field order, already of the field's type (so ``__post_init__`` would change
    nothing): the pipeline's own values. A frozen ``__init__`` sets each field through
    ``object.__setattr__``, which cost more than the rest of building a short text's Report."""
    obj = object.__new__(cls)
    obj.__dict__.update(values)
    return obj


_NORM_OF_LABEL: dict[str, type[_Norm]] = {"MONEY": MoneyNorm, "PERSON-COUNT": CountNorm}
_KNOWN_KEYS = {cls: frozenset(cls.keys_of()) for cls in (GpeNorm, PairNorm, MoneyNorm, CountNorm, NameNorm)}


def norm_from_dict(label: str, norm: Mapping[str, Any] | None) -> Norm:
    """The typed norm of an entity labelled ``label`` from its SPEC dict (missing keys take defaults).

    >>> norm_from_dict("GPE", {"name": ["上海市", "云南省"], "level": "region_pair",
    ...                        "province": ["上海市", "云南省"], "side": None}).name
    ('上海市', '云南省')
    """
    if isinstance(norm, _Norm):
        return norm
    data = dict(norm or {})
    if label == "GPE":
        cls = PairNorm if data.get("level") == "region_pair" or isinstance(data.get("name"), list | tuple) else GpeNorm
    else:
        cls = _NORM_OF_LABEL.get(label, NameNorm)
    known = _KNOWN_KEYS[cls]
    if len(data) == len(known) and not hasattr(cls, "__post_init__") and known.issuperset(data):
        # Every key (the normaliser's dicts): without a __post_init__, cls(**data) only stores the values.
        return made(cls, {k: data[k] for k in cls._keys})
    if known.issuperset(data):
        return cls(**data)
    return cls(**{k: v for k, v in data.items() if k in known})


@dataclass(frozen=True)
class Entity:
    """A span of the input: ``text == report.text[start:end]``."""

    label: str
    start: int
    end: int
    text: str
    norm: Norm = field(default_factory=NameNorm)
    source: str = "model"  # which stage found it: "model" or a rule id

    def __post_init__(self) -> None:
        object.__setattr__(self, "norm", norm_from_dict(self.label, self.norm))

    def to_dict(self) -> dict:
        return {"label": self.label, "start": self.start, "end": self.end, "text": self.text,
                "norm": self.norm.to_dict(), "source": self.source}


@dataclass(frozen=True)
class Relation:
    """``label`` from ``entities[head]`` to ``entities[tail]``."""

    label: str
    head: int
    tail: int

    def to_dict(self) -> dict:
        return {"label": self.label, "head": self.head, "tail": self.tail}


@dataclass(frozen=True)
class Partnership:
    """A helper → helped pairing by canonical names.

    ``evidence`` indexes the PAIRED relations that state it, ``evidence_entities``
    the pair abbreviations (沪滇) that state it.
    """

    helper: str
    helped: str
    evidence: tuple[int, ...] = ()
    evidence_entities: tuple[int, ...] = ()
    official: bool | None = None

    def to_dict(self) -> dict:
        return {"helper": self.helper, "helped": self.helped, "evidence": list(self.evidence),
                "evidence_entities": list(self.evidence_entities), "official": self.official}


@dataclass(frozen=True)
class Flow:
    """One MONEY or PERSON-COUNT entity with the parties it comes from and goes to, and when it moved."""

    quantity: int
    kind: str  # "money" or "people"
    amount: MoneyNorm | CountNorm
    from_: tuple[int, ...] = ()
    to: tuple[int, ...] = ()
    period: Period = field(default_factory=Period)

    def __post_init__(self) -> None:
        label = "MONEY" if self.kind == "money" else "PERSON-COUNT"
        object.__setattr__(self, "amount", norm_from_dict(label, self.amount))
        object.__setattr__(self, "from_", tuple(self.from_))
        object.__setattr__(self, "to", tuple(self.to))
        object.__setattr__(self, "period", Period.from_dict(self.period))

    def to_dict(self) -> dict:
        return {"quantity": self.quantity, "kind": self.kind, "amount": self.amount.to_dict(),
                "from": list(self.from_), "to": list(self.to), "period": self.period.to_dict()}


@dataclass(frozen=True)
class ReportWarning:
    """Something in the input worth a look; offsets into the original text."""

    code: str
    message: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"code": self.code, "message": self.message, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Report:
    """Everything :func:`gongbu.parse` found in one text (SPEC.md, section Report)."""

    text: str
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    partnerships: tuple[Partnership, ...] = ()
    flows: tuple[Flow, ...] = ()
    warnings: tuple[ReportWarning, ...] = ()

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "entities": [e.to_dict() for e in self.entities],
            "relations": [r.to_dict() for r in self.relations],
            "partnerships": [p.to_dict() for p in self.partnerships],
            "flows": [f.to_dict() for f in self.flows],
            "warnings": [w.to_dict() for w in self.warnings],
        }

    def to_json(self, **kwargs: Any) -> str:
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    def named_flows(self) -> list[dict[str, Any]]:
        """The flows with names instead of indices: one dict per flow (kind, text, amount, approx,
        category, from, to, start, end; several parties joined with 、), as :func:`gongbu.tables.flow_rows`."""
        from gongbu.tables import flow_rows

        return flow_rows(self)

    def tables(self) -> dict[str, Any]:
        """``flows``, ``partnerships`` and ``entities`` as pandas DataFrames (see :mod:`gongbu.tables`)."""
        from gongbu.tables import frames

        return frames(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Report:
        return cls(
            text=data["text"],
            entities=tuple(
                Entity(e["label"], e["start"], e["end"], e["text"], e.get("norm") or {}, e.get("source", "model"))
                for e in data.get("entities", ())
            ),
            relations=tuple(Relation(r["label"], r["head"], r["tail"]) for r in data.get("relations", ())),
            partnerships=tuple(
                Partnership(p["helper"], p["helped"], tuple(p.get("evidence", ())),
                            tuple(p.get("evidence_entities", ())), p.get("official"))
                for p in data.get("partnerships", ())
            ),
            flows=tuple(
                Flow(f["quantity"], f["kind"], f.get("amount") or {}, tuple(f.get("from", ())), tuple(f.get("to", ())),
                     Period.from_dict(f.get("period")))
                for f in data.get("flows", ())
            ),
            warnings=tuple(
                ReportWarning(w["code"], w["message"], w["start"], w["end"]) for w in data.get("warnings", ())
            ),
        )

    @classmethod
    def from_json(cls, data: str) -> Report:
        return cls.from_dict(json.loads(data))
