"""The front door: text cleaning → entities → normalisation → relations → Report.

>>> import gongbu
>>> report = gongbu.parse("2016年以来,上海市累计投入财政援助资金133.08亿元。")  # doctest: +SKIP
>>> [(e.label, e.text) for e in report.entities]                                    # doctest: +SKIP
[('GPE', '上海市'), ('MONEY', '133.08亿元')]
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gongbu.report import Entity, Flow, Partnership, Relation, Report, ReportWarning
from gongbu.text import Cleaned, clean

__all__ = ["load", "model_path", "parse", "parse_many"]

MODEL_NAME = "gongbu_zh"
# Paragraph-sized pieces keep the model fast and its memory flat (MEASUREMENTS.md:
# whole documents in one batch peaked above 1 GB).
MAX_CHUNK = 300
_SENTENCE_END = re.compile(r"(?<=[。；;！？!?])")

_lock = threading.Lock()
_loaded: dict[str, Any] = {}


def model_path() -> Path:
    """Where the shipped pipeline is: ``$GONGBU_MODEL``, inside the package, or ``models/`` of a checkout."""
    env = os.environ.get("GONGBU_MODEL")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent
    for candidate in (here / "models" / MODEL_NAME, here.parent / "models" / MODEL_NAME):
        if (candidate / "meta.json").exists():
            return candidate
    raise FileNotFoundError(
        f"no trained pipeline found (looked for {MODEL_NAME} in {here / 'models'} and {here.parent / 'models'}); "
        "run `gongbu train` or set GONGBU_MODEL"
    )


def load(path: str | Path | None = None):
    """The spaCy pipeline that :func:`parse` uses, loaded once per path (thread-safe)."""
    key = str(Path(path) if path else model_path())
    nlp = _loaded.get(key)
    if nlp is None:
        with _lock:
            nlp = _loaded.get(key)
            if nlp is None:
                import spacy

                import gongbu.entities  # noqa: F401  (registers the factories for older installs)

                nlp = spacy.load(key)
                _loaded[key] = nlp
    return nlp


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """(offset, piece) of paragraph-sized pieces; long lines are cut at sentence ends."""
    pos = 0
    for line in text.splitlines(keepends=True):
        if len(line) <= MAX_CHUNK:
            if line.strip():
                yield pos, line
        else:
            start = 0
            for part in _split_long(line):
                if part.strip():
                    yield pos + start, part
                start += len(part)
        pos += len(line)


def _split_long(line: str) -> list[str]:
    parts, buf = [], ""
    for piece in _SENTENCE_END.split(line):
        while len(piece) > MAX_CHUNK:
            if buf:
                parts.append(buf)
                buf = ""
            parts.append(piece[:MAX_CHUNK])
            piece = piece[MAX_CHUNK:]
        if len(buf) + len(piece) > MAX_CHUNK and buf:
            parts.append(buf)
            buf = ""
        buf += piece
    if buf:
        parts.append(buf)
    return parts


@dataclass
class _Mention:
    """An entity in working-text offsets, as the normaliser and relation rules see it."""

    label: str
    start: int
    end: int
    text: str
    source: str
    norm: dict | None = None


def _mentions(cleaned: Cleaned, spans: Iterable[tuple[str, int, int, str]]) -> list[_Mention]:
    out, last_end = [], -1
    for label, s, e, source in sorted(spans, key=lambda x: (x[1], -x[2])):
        text = cleaned.text
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s >= e or s < last_end:
            continue
        out.append(_Mention(label, s, e, text[s:e], source))
        last_end = e
    return out


def build_report(cleaned: Cleaned, spans: Iterable[tuple[str, int, int, str]]) -> Report:
    """The Report for ``cleaned`` given entity spans ``(label, start, end, source)`` in working-text offsets."""
    from gongbu.normalise import normalise_mentions
    from gongbu.relations import extract_relations

    mentions = _mentions(cleaned, spans)
    text = cleaned.text
    warnings = [ReportWarning(w.code, w.message, w.start, w.end) for w in cleaned.warnings]
    entities = []
    for m, n in zip(mentions, normalise_mentions(text, mentions), strict=True):
        m.norm = dict(n.norm)
        a, b = cleaned.span_to_original(m.start, m.end)
        entities.append(Entity(m.label, a, b, cleaned.original[a:b], m.norm, m.source))
        for w in n.warnings:
            code, _, message = str(w).partition(":")
            warnings.append(ReportWarning(code.strip() or "normalisation", (message or code).strip(), a, b))
    relations = [Relation(label, h, t) for label, h, t in extract_relations(text, mentions)]
    partnerships, unknown = _partnerships(entities, relations)
    warnings += unknown
    flows = _flows(entities, relations)
    warnings.sort(key=lambda w: (w.start, w.end, w.code))
    return Report(cleaned.original, tuple(entities), tuple(relations), tuple(partnerships), tuple(flows),
                  tuple(warnings))


def _party_name(e: Entity) -> str | None:
    name = e.norm.get("name")
    return name if isinstance(name, str) and name else None


def _partnerships(entities: list[Entity], relations: list[Relation]) -> tuple[list[Partnership], list[ReportWarning]]:
    from gongbu.normalise.pairings import is_official

    found: dict[tuple[str, str], tuple[list[int], list[int], int]] = {}
    for k, r in enumerate(relations):
        if r.label != "PAIRED":
            continue
        helper, helped = _party_name(entities[r.head]), _party_name(entities[r.tail])
        if helper and helped and helper != helped:
            first = min(entities[r.head].start, entities[r.tail].start)
            entry = found.setdefault((helper, helped), ([], [], first))
            entry[0].append(k)
            found[helper, helped] = (entry[0], entry[1], min(entry[2], first))
    for k, e in enumerate(entities):
        names = e.norm.get("name")
        is_pair = e.label == "GPE" and e.norm.get("level") == "region_pair"
        if is_pair and isinstance(names, list | tuple) and len(names) == 2:
            entry = found.setdefault((names[0], names[1]), ([], [], e.start))
            entry[1].append(k)
            found[names[0], names[1]] = (entry[0], entry[1], min(entry[2], e.start))
    out, warnings = [], []
    # In order of first mention, the order a reader meets them.
    for (helper, helped), (rels, ents, _) in sorted(found.items(), key=lambda kv: kv[1][2]):
        official = is_official(helper, helped)
        out.append(Partnership(helper, helped, tuple(rels), tuple(ents), official))
        if official is False:
            first = entities[relations[rels[0]].head] if rels else entities[ents[0]]
            warnings.append(
                ReportWarning("unknown_pairing", f"{helper} → {helped} is not in the official pairing table",
                              first.start, first.end)
            )
    return out, warnings


def _flows(entities: list[Entity], relations: list[Relation]) -> list[Flow]:
    flows = []
    for k, e in enumerate(entities):
        if e.label not in ("MONEY", "PERSON-COUNT"):
            continue
        src = tuple(sorted({r.tail for r in relations if r.head == k and r.label == "FROM"}))
        dst = tuple(sorted({r.tail for r in relations if r.head == k and r.label == "TO"}))
        flows.append(Flow(k, "money" if e.label == "MONEY" else "people", e.norm, src, dst))
    return flows


def _spans_of(doc, offset: int) -> list[tuple[str, int, int, str]]:
    return [(ent.label_, offset + ent.start_char, offset + ent.end_char, ent.ent_id_ or "model") for ent in doc.ents]


def parse(text: str) -> Report:
    """Parse one report: entities with norms, relations, partnerships, flows and warnings.

    Never raises on a ``str``; raises ``TypeError`` on anything else. Every
    entity satisfies ``text[e.start:e.end] == e.text``.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() expects str, got {type(text).__name__}")
    if not text.strip():
        return Report(text)
    (report,) = parse_many([text])
    return report


def parse_many(
    texts: Iterable[str], *, batch_size: int = 64, n_process: int = 1, nlp: Any = None
) -> Iterator[Report]:
    """Parse many texts, streaming paragraph-sized pieces through spaCy's ``nlp.pipe``.

    Reports come back in input order, one per text, as soon as each is complete.
    ``nlp`` replaces the shipped pipeline (evaluation passes the model of a fold).
    With ``n_process > 1`` whole texts go to worker processes that each run the
    complete pipeline (spaCy's own ``n_process`` would ship every Doc back and leave
    normalisation and relations to this process, which measured slower than one process).
    """
    if n_process > 1:
        yield from _parse_parallel(texts, batch_size=batch_size, n_process=n_process, nlp=nlp)
        return
    nlp = nlp if nlp is not None else load()
    for batch in _batches(texts, batch_size):
        cleaned = [clean(t) for t in batch]
        pieces = [(piece, (k, offset)) for k, c in enumerate(cleaned) for offset, piece in _chunks(c.text)]
        spans: list[list] = [[] for _ in batch]
        for doc, (k, offset) in nlp.pipe(pieces, as_tuples=True, batch_size=batch_size):
            spans[k] += _spans_of(doc, offset)
        for c, found in zip(cleaned, spans, strict=True):
            yield build_report(c, found)


def _init_worker(path: str | None) -> None:
    _loaded["worker"] = load(path) if path else load()


def _parse_in_worker(batch: list[str]) -> list[dict]:
    return [r.to_dict() for r in parse_many(batch, nlp=_loaded["worker"])]


def _batches(texts: Iterable[str], size: int) -> Iterator[list[str]]:
    batch: list[str] = []
    for t in texts:
        if not isinstance(t, str):
            raise TypeError(f"parse_many() expects str items, got {type(t).__name__}")
        batch.append(t)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _parse_parallel(texts: Iterable[str], *, batch_size: int, n_process: int, nlp: Any) -> Iterator[Report]:
    import multiprocessing as mp

    path = None
    if nlp is not None:
        path = getattr(nlp, "_path", None)
        if path is None:
            raise ValueError("parse_many(n_process > 1) needs the shipped pipeline or one loaded from disk")
    # Reports cross the process boundary as plain dicts (Report holds read-only mappings).
    with mp.get_context("spawn").Pool(n_process, initializer=_init_worker, initargs=(path,)) as pool:
        for dicts in pool.imap(_parse_in_worker, _batches(texts, batch_size)):
            yield from (Report.from_dict(d) for d in dicts)
