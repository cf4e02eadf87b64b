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
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

__all__ = ["Entity", "Flow", "Partnership", "Relation", "Report", "ReportWarning"]


def _freeze(value: Any) -> Any:
    if isinstance(value, Mapping):
        return MappingProxyType({k: _freeze(v) for k, v in value.items()})
    if isinstance(value, list | tuple):
        return tuple(_freeze(v) for v in value)
    return value


def _thaw(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _thaw(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return [_thaw(v) for v in value]
    return value


@dataclass(frozen=True)
class Entity:
    """A span of the input: ``text == report.text[start:end]``."""

    label: str
    start: int
    end: int
    text: str
    norm: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    source: str = "model"  # which stage found it: "model" or a rule id

    def __post_init__(self) -> None:
        object.__setattr__(self, "norm", _freeze(self.norm or {}))

    def to_dict(self) -> dict:
        return {"label": self.label, "start": self.start, "end": self.end, "text": self.text,
                "norm": _thaw(self.norm), "source": self.source}


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
    """One MONEY or PERSON-COUNT entity with the parties it comes from and goes to."""

    quantity: int
    kind: str  # "money" or "people"
    amount: Mapping[str, Any]
    from_: tuple[int, ...] = ()
    to: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "amount", _freeze(self.amount or {}))

    def to_dict(self) -> dict:
        return {"quantity": self.quantity, "kind": self.kind, "amount": _thaw(self.amount),
                "from": list(self.from_), "to": list(self.to)}


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
                Flow(f["quantity"], f["kind"], f.get("amount") or {}, tuple(f.get("from", ())), tuple(f.get("to", ())))
                for f in data.get("flows", ())
            ),
            warnings=tuple(
                ReportWarning(w["code"], w["message"], w["start"], w["end"]) for w in data.get("warnings", ())
            ),
        )

    @classmethod
    def from_json(cls, data: str) -> Report:
        return cls.from_dict(json.loads(data))
