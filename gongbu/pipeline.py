"""The front door: text cleaning → entities → normalisation → relations → Report.

>>> import gongbu
>>> report = gongbu.parse("2016年以来,上海市累计投入财政援助资金133.08亿元。")  # doctest: +SKIP
>>> [(e.label, e.text) for e in report.entities]                                    # doctest: +SKIP
[('GPE', '上海市'), ('MONEY', '133.08亿元')]
"""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import functools
import gc
import os
import pickle
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gongbu.labels import QUANTITY_LABELS
from gongbu.partnerships import derive as derive_partnerships
from gongbu.paths import model_dir
from gongbu.report import Entity, Flow, Partnership, Period, Relation, Report, ReportWarning, made, norm_from_dict
from gongbu.text import Cleaned, clean, sentences
from gongbu.text.chunks import Window, windows

__all__ = ["close_pools", "load", "model_path", "parse", "parse_many"]


_lock = threading.Lock()
_loaded: dict[str, Any] = {}
_pools: dict[tuple[str | None, int], Any] = {}
# Texts per task sent to a worker process. Tasks of 16 paragraphs left the pool at 1.45x one process
# (the caller unpickling many small results); 64 gave 1.8-1.9x with the pool kept. A list shorter
# than one task goes to one worker.
PARALLEL_BATCH = 64


def model_path() -> Path:
    """Where the shipped pipeline is (see :func:`gongbu.paths.model_dir`)."""
    return model_dir()


def load(path: str | Path | None = None):
    """The spaCy pipeline that :func:`parse` uses, loaded once per path (thread-safe)."""
    key = str(Path(path) if path else model_path())
    nlp = _loaded.get(key)
    if nlp is None:
        with _lock:
            nlp = _loaded.get(key)
            if nlp is None:
                import spacy

                import gongbu.entities.hints
                import gongbu.entities.ruler  # noqa: F401  (register the factories where the entry points are not installed)

                nlp = spacy.load(key)
                _loaded[key] = nlp
    return nlp


def pipeline_for(path: str | Path | None = None) -> Any:
    """What :func:`parse` runs for the pipeline saved in ``path`` (default: the shipped one).

    The rules-only pipeline (``gongbu train --rules-only``, what ships) is read straight from
    its folder as a :class:`~gongbu.entities.text_rules.TextRules`, which finds the same
    entities without importing spaCy; any other pipeline is ``load(path)``. Cached per path.
    """
    # The default's key is the variable that can move it: resolving the folder each call
    # (a few stat calls) was a fifth of parsing a short sentence.
    key = f"rules-or-spacy:{path}" if path else f"rules-or-spacy:default:{os.environ.get('GONGBU_MODEL')}"
    found = _loaded.get(key)
    if found is None:
        from gongbu.entities.text_rules import TextRules

        # The same folder loaded through spaCy already (gongbu.load) holds the same rules: not a second copy.
        through_spacy = _loaded.get(str(Path(path) if path else model_path()))
        if through_spacy is not None and _rules_alone(through_spacy) is not None:
            found = through_spacy
        else:
            found = TextRules.from_folder(path or model_path()) or load(path)
        with _lock:
            found = _loaded.setdefault(key, found)
    return found


@dataclass
class _Mention:
    """An entity in working-text offsets, as the normaliser and relation rules see it."""

    label: str
    start: int
    end: int
    text: str
    source: str
    norm: Mapping[str, Any] | None = None


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


@functools.cache
def _stages() -> tuple[Callable, Callable, Callable, Callable]:
    """normalise_mentions, flow_periods, extract_relations and is_official, imported on first use
    (importing gongbu.normalise loads its tables; ``import gongbu.pipeline`` stays cheap) and kept:
    an import statement in a function asks the import machinery again at every call."""
    from gongbu.normalise import normalise_mentions
    from gongbu.normalise.pairings import is_official
    from gongbu.normalise.periods import flow_periods
    from gongbu.relations import extract_relations

    return normalise_mentions, flow_periods, extract_relations, is_official


def build_report(cleaned: Cleaned, spans: Iterable[tuple[str, int, int, str]], *, date: Any = None) -> Report:
    """The Report for ``cleaned`` given entity spans ``(label, start, end, source)`` in working-text offsets.

    ``date`` is the document's date (a ``datetime.date``, an ISO string or None), for periods.
    """
    normalise_mentions, flow_periods, extract_relations, _ = _stages()
    mentions = _mentions(cleaned, spans)
    text = cleaned.text
    sents = sentences(text)  # once, for the normaliser and the relation rules
    warnings = [ReportWarning(w.code, w.message, w.start, w.end) for w in cleaned.warnings]
    entities = []
    for m, n in zip(mentions, normalise_mentions(text, mentions, sentence_spans=sents), strict=True):
        a, b = cleaned.span_to_original(m.start, m.end)
        entity = made(Entity, {"label": m.label, "start": a, "end": b, "text": cleaned.original[a:b],
                               "norm": norm_from_dict(m.label, n.norm), "source": m.source})
        m.norm = entity.norm  # the typed norm reads like the dict the rules expect; one copy for both
        entities.append(entity)
        for w in n.warnings:
            code, _, message = str(w).partition(":")
            warnings.append(ReportWarning(code.strip() or "normalisation", (message or code).strip(), a, b))
    relations = [made(Relation, {"label": label, "head": h, "tail": t})
                 for label, h, t in extract_relations(text, mentions, sentence_spans=sents)]
    partnerships, unknown = _partnerships(entities, relations)
    warnings += unknown
    periods, missing = flow_periods(cleaned, [m for m in mentions if m.label in QUANTITY_LABELS], date,
                                    [m for m in mentions if m.label in ("GPE", "ORG")], sents)
    warnings += [ReportWarning(*w) for w in missing]
    flows = _flows(entities, relations, periods)
    warnings.sort(key=lambda w: (w.start, w.end, w.code))
    return Report(cleaned.original, tuple(entities), tuple(relations), tuple(partnerships), tuple(flows),
                  tuple(warnings))


def _partnerships(entities: list[Entity], relations: list[Relation]) -> tuple[list[Partnership], list[ReportWarning]]:
    is_official = _stages()[3]
    out, warnings = [], []
    for (helper, helped), ev in derive_partnerships(entities, relations).items():
        official = is_official(helper, helped)
        out.append(Partnership(helper, helped, tuple(ev.relations), tuple(ev.entities), official))
        if official is False:
            first = entities[relations[ev.relations[0]].head] if ev.relations else entities[ev.entities[0]]
            warnings.append(
                ReportWarning("unknown_pairing", f"{helper} → {helped} is not in the official pairing table",
                              first.start, first.end)
            )
    return out, warnings


def _flows(entities: list[Entity], relations: list[Relation], periods: list[Period]) -> list[Flow]:
    """One flow per quantity, in entity order; ``periods`` holds one period per quantity, in the same order."""
    # Relations indexed once by head: scanning them per quantity was quadratic.
    ends: dict[tuple[int, str], set[int]] = {}
    for r in relations:
        if r.label in ("FROM", "TO"):
            ends.setdefault((r.head, r.label), set()).add(r.tail)
    flows = []
    quantities = (k for k, e in enumerate(entities) if e.label in QUANTITY_LABELS)
    for k, period in zip(quantities, periods, strict=True):
        src = tuple(sorted(ends.get((k, "FROM"), ())))
        dst = tuple(sorted(ends.get((k, "TO"), ())))
        kind = "money" if entities[k].label == "MONEY" else "people"
        flows.append(made(Flow, {"quantity": k, "kind": kind, "amount": entities[k].norm, "from_": src, "to": dst,
                                 "period": period}))
    return flows


def _spans_of(doc, w: Window) -> list[tuple[str, int, int, str]]:
    return [
        (ent.label_, w.start + ent.start_char, w.start + ent.end_char, ent.ent_id_ or "model")
        for ent in doc.ents
        if w.keep_start <= w.start + ent.start_char < w.keep_end
    ]


def parse(text: str, *, date: dt.date | str | None = None, model: str | Path | Any = None) -> Report:
    """Parse one report: entities with norms, relations, partnerships, flows and warnings.

    ``date`` is the document's date (a ``datetime.date`` or an ISO string ``"2020-05-01"``):
    relative times (今年, 三年来, 2016年以来 …) in the periods of flows are resolved against
    its year; without it, against a full date in a dateline or heading of the text, else
    left open. A date that is neither raises ``ValueError`` (a bad string) or ``TypeError``.
    ``model`` is a trained pipeline: a folder (as ``gongbu train --output`` writes) or
    a loaded spaCy ``Language``; by default the one that ships in the package.
    Never raises on a ``str`` text; raises ``TypeError`` on anything else. Every
    entity satisfies ``text[e.start:e.end] == e.text``.

    >>> import gongbu
    >>> report = gongbu.parse("上海市投入5亿元。")
    >>> [(e.label, e.text) for e in report.entities]
    [('GPE', '上海市'), ('MONEY', '5亿元')]
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() expects str, got {type(text).__name__}")
    if date is not None:
        date = as_date(date)  # a bad date fails here, before the model loads
    if not text.strip():
        return Report(text)
    nlp = pipeline_for(model) if model is None or isinstance(model, str | Path) else model
    # One text: straight to the batch step, without the batching generator and the collector pause
    # that parse_many needs (they were 8 % of the instructions of parsing a sentence without entities).
    (report,) = _parse_batch([(text, date)], nlp, _rules_alone(nlp), 1)
    return report


def parse_many(
    texts: Iterable[str],
    *,
    dates: Iterable[dt.date | str | None] | dt.date | str | None = None,
    batch_size: int = 64,
    n_process: int = 1,
    nlp: Any = None,
) -> Iterator[Report]:
    """Parse many texts, streaming paragraph-sized pieces through spaCy's ``nlp.pipe`` (the
    rules-only pipeline that ships needs no spaCy doc: its rules read each piece's text).

    Reports come back in input order, one per text, as soon as each is complete;
    the input is read only as fast as it is parsed, so a generator over a large
    folder keeps memory flat. ``nlp`` replaces the shipped pipeline (evaluation
    passes the model of a fold).

    ``dates`` gives each text its date, as ``parse(date=...)`` does: one date (a
    ``datetime.date`` or an ISO string) for every text, or an iterable read in step with
    ``texts`` (``None`` items for texts without one); it is read as lazily as ``texts``
    and must be as long. A bad date raises when its text is reached.

    With ``n_process > 1`` whole texts go to worker processes that each run the
    complete pipeline; the workers start once and are reused by later calls
    (:func:`close_pools` or the end of the program stops them). Like every use of
    ``multiprocessing`` with the spawn method, a script must call it under
    ``if __name__ == "__main__":``; a worker that dies raises ``RuntimeError``
    naming the batch, never a hang.

    Raises ``TypeError`` for a single ``str`` (pass ``[text]`` or use :func:`parse`)
    and for items that are not ``str``.
    """
    if isinstance(texts, str | bytes):
        raise TypeError("parse_many() expects an iterable of str, not a single string; use parse(text)")
    if n_process < 1 or batch_size < 1:
        raise ValueError(f"n_process and batch_size must be at least 1, not {n_process} and {batch_size}")
    pairs = _with_dates(texts, dates)
    if n_process > 1:
        return _parse_parallel(pairs, batch_size=batch_size, n_process=n_process, nlp=nlp)
    return _parse_serial(pairs, batch_size=batch_size, nlp=nlp)


def _with_dates(texts: Iterable[str], dates: Any) -> Iterator[tuple[str, dt.date | None]]:
    """(text, date) pairs, read lazily; one date for all, or one per text."""
    if dates is None or isinstance(dates, dt.date | str):
        one = as_date(dates)
        return ((t, one) for t in texts)
    return _zip_dates(texts, iter(dates))


def as_date(value: Any) -> dt.date | None:
    """A document date checked early (see :func:`gongbu.normalise.periods.as_date`)."""
    # Imported here: gongbu.normalise loads its tables, and `import gongbu.pipeline` stays cheap.
    from gongbu.normalise.periods import as_date as check

    return check(value)


def _zip_dates(texts: Iterable[str], dates: Iterator[Any]) -> Iterator[tuple[str, dt.date | None]]:
    missing = object()
    for k, t in enumerate(texts):
        d = next(dates, missing)
        if d is missing:
            raise ValueError(f"parse_many(): {k} dates for more texts; give one date (or None) per text")
        yield t, as_date(d)
    if next(dates, missing) is not missing:
        raise ValueError("parse_many(): more dates than texts; give one date (or None) per text")


@functools.cache
def _text_rules() -> type:
    from gongbu.entities.text_rules import TextRules  # asked once per parse(): imported once

    return TextRules


def _rules_alone(nlp: Any) -> Any:
    """The rules component when it is the whole pipeline on spaCy's character segmenter, else None:
    then no doc needs building (tokenizing and rebuilding doc.text were a fifth of a parse)."""
    if isinstance(nlp, _text_rules()):
        return nlp
    if list(nlp.pipe_names) != ["gongbu_entity_rules"] or nlp.lang != "zh":
        return None
    if getattr(nlp.tokenizer, "segmenter", None) != "char":
        return None
    return nlp.get_pipe("gongbu_entity_rules")


def _parse_serial(pairs: Iterable[tuple[str, dt.date | None]], *, batch_size: int, nlp: Any) -> Iterator[Report]:
    nlp = nlp if nlp is not None else pipeline_for()
    rules = _rules_alone(nlp)
    for batch in _batches(pairs, batch_size):
        # The collector paused while a batch is parsed, on again while the caller reads it: parsing
        # makes many short-lived objects and almost no cycles, and the collections that walked them
        # cost 2-3 % of the time in one process (more when the caller keeps many Reports alive).
        with gc_paused():
            reports = _parse_batch(batch, nlp, rules, batch_size)
        yield from reports


def _parse_batch(batch: list[tuple[str, dt.date | None]], nlp: Any, rules: Any, batch_size: int) -> list[Report]:
    cleaned = [clean(t) for t, _ in batch]
    pieces = [(c.text[w.start : w.end], (k, w)) for k, c in enumerate(cleaned) for w in windows(c.text)]
    spans: list[list] = [[] for _ in batch]
    if rules is not None:
        for piece, (k, w) in pieces:
            spans[k] += [(label, w.start + s, w.start + e, rule) for label, s, e, rule in rules.text_spans(piece)
                         if w.keep_start <= w.start + s < w.keep_end]
    else:
        for doc, (k, w) in nlp.pipe(pieces, as_tuples=True, batch_size=batch_size):
            spans[k] += _spans_of(doc, w)
    return [build_report(c, found, date=date) for c, found, (_, date) in zip(cleaned, spans, batch, strict=True)]


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for a batch whose results pile up, back on after.

    Each collection walks every object still alive, so a batch's growing list of Reports made
    the collector a tenth of a worker's time; parsing leaves almost no cycles to collect.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def freeze_loaded() -> None:
    """Move what is alive now (the loaded pipeline) out of the collector's sight: a worker's
    collections then walk only the objects of the work at hand."""
    gc.collect()
    gc.freeze()


def _init_worker(path: str | None) -> None:
    _loaded["worker"] = pipeline_for(path)
    freeze_loaded()


def _parse_in_worker(batch: list[tuple[str, str | None]]) -> bytes:
    # Reports travel as pickled objects: a third of the time of dicts rebuilt into Reports, most of
    # it saved in the caller, which shares the machine with its workers. Pickled here, into one
    # blob, so that the caller unpickles them itself with the collector paused (see _parse_parallel).
    texts = [t for t, _ in batch]
    dates = [d for _, d in batch]
    with gc_paused():
        return pickle.dumps(list(parse_many(texts, dates=dates, nlp=_loaded["worker"])), pickle.HIGHEST_PROTOCOL)


def _batches(pairs: Iterable[tuple[str, Any]], size: int) -> Iterator[list[tuple[str, Any]]]:
    batch: list[tuple[str, Any]] = []
    for pair in pairs:
        if not isinstance(pair[0], str):
            raise TypeError(f"parse_many() expects str items, got {type(pair[0]).__name__}")
        batch.append(pair)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _worker_pool(path: str | None, n_process: int):
    """A pool of worker processes kept for later calls (starting one costs an import of spaCy and a model load)."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    key = (path, n_process)
    pool = _pools.get(key)
    if pool is None:
        # spawn, not fork: a forked child would inherit threads and locks of the caller.
        pool = ProcessPoolExecutor(
            n_process, mp_context=mp.get_context("spawn"), initializer=_init_worker, initargs=(path,)
        )
        _pools[key] = pool
    return pool


def close_pools() -> None:
    """Shut down the worker processes of ``parse_many(n_process > 1)`` (also done at exit)."""
    while _pools:
        _, pool = _pools.popitem()
        pool.shutdown(wait=True, cancel_futures=True)


atexit.register(close_pools)


def _parse_parallel(
    pairs: Iterable[tuple[str, dt.date | None]], *, batch_size: int, n_process: int, nlp: Any
) -> Iterator[Report]:
    from concurrent.futures.process import BrokenProcessPool

    path = None
    if nlp is not None:
        path = getattr(nlp, "_path", None)
        if path is None:
            raise ValueError("parse_many(n_process > 1) needs the shipped pipeline or one loaded from disk")
        path = str(path)
    pool = _worker_pool(path, n_process)
    # Dates travel to the workers as ISO strings.
    iso = ((t, d.isoformat() if d else None) for t, d in pairs)
    batches = _batches(iso, max(1, min(batch_size, PARALLEL_BATCH)))
    # At most two batches per worker in flight: the input is read only as fast as it is parsed.
    pending: deque = deque()

    def submit() -> None:
        batch = next(batches, None)
        if batch is not None:
            pending.append((batch[0][0], pool.submit(_parse_in_worker, batch)))

    try:
        for _ in range(2 * n_process):
            submit()
        while pending:
            first, future = pending.popleft()
            try:
                blob = future.result()
            except BrokenProcessPool as exc:
                _pools.pop((path, n_process), None)
                pool.shutdown(wait=False, cancel_futures=True)
                raise RuntimeError(
                    f"a gongbu worker process died (killed, out of memory, or started from a script without "
                    f"`if __name__ == '__main__':`) while parsing the batch whose first text begins "
                    f"{first[:40]!r}"
                ) from exc
            submit()
            # Unpickling a batch makes tens of thousands of objects: with the collector on, its
            # collections were over half of the caller's unpickling time (measured), and the caller
            # shares the machine with its workers.
            with gc_paused():
                reports = pickle.loads(blob)
            yield from reports
    finally:
        for _, future in pending:
            future.cancel()
