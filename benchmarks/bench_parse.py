"""Throughput of the front door, ``gongbu.parse_many``, against spaCy's blank Chinese tokenizer.

    python benchmarks/bench_parse.py [--mb 1.0] [--rounds 3] [--two-processes]

Every figure comes from a fresh process, and the processes run in turn (shipped,
rules-only, tokenizer, shipped, …) for ``--rounds`` rounds, so that a machine whose
speed drifts slows every pipeline alike; the medians are printed, and the ratios are
medians of the ratios within each round. Per pipeline:

* characters a second of ``parse_many`` in one process over corpus paragraphs repeated
  to ``--mb`` megabytes (cleaning, entities, normalisation, relations, Report), and
  how many times faster spaCy's ``spacy.blank("zh")`` tokenizer alone reads the same
  texts in the same round (a floor that no spaCy pipeline goes below);
* the rules-only pipeline (what ``gongbu train --rules-only`` writes) beside the
  shipped one;
* the time of one ``parse()`` of a short sentence, over many calls (per-call overhead);
* the peak resident memory of the process;
* cold start: ``import gongbu; gongbu.parse(...)`` in a fresh interpreter, beside
  ``import spacy`` alone.

The ratio to the tokenizer is also measured inside one process, the tokenizer and the shipped
pipeline taking turns on every 64 paragraphs (which goes first alternates): both then run on the
same processor in the same minutes, which separate processes, seconds apart, do not.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _texts import corpus_paragraphs  # benchmarks/_texts.py: the scripts run from this folder

ROOT = Path(__file__).resolve().parents[1]
TINY = "上海市投入5亿元。"
TINY_CALLS = 2000
TURN = 64  # paragraphs per turn when the tokenizer and the pipeline take turns in one process


def _texts(mb: float) -> list[str]:
    """Corpus paragraphs, as a crawler would hand them over, repeated to ``mb`` megabytes of UTF-8."""
    return corpus_paragraphs(mb)[0]


def _worker(kind: str, mb: float, model: str | None) -> dict:
    """One measurement in this process; ``kind`` is "tokenizer" or "pipeline"."""
    texts = _texts(mb)
    chars = sum(map(len, texts))
    out: dict = {"chars": chars}
    if kind == "turns":
        out.update(_turns(texts))
    elif kind == "tokenizer":
        import spacy

        nlp = spacy.blank("zh")
        t = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=64):
            pass
        out["seconds"] = time.perf_counter() - t
    else:
        import gongbu

        t = time.perf_counter()
        nlp = gongbu.load(model)
        out["load"] = time.perf_counter() - t
        gongbu.parse(TINY, model=nlp)  # warm the lazily built tables
        t = time.perf_counter()
        for _ in gongbu.parse_many(texts, batch_size=64, nlp=nlp):
            pass
        out["seconds"] = time.perf_counter() - t
        t = time.perf_counter()
        for _ in range(TINY_CALLS):
            gongbu.parse(TINY, model=nlp)
        out["tiny_ms"] = (time.perf_counter() - t) / TINY_CALLS * 1000
        if model is None and "--two-processes" in sys.argv:
            t = time.perf_counter()
            for _ in gongbu.parse_many(texts, batch_size=64, n_process=2):
                pass
            out["seconds_2"] = time.perf_counter() - t
            t = time.perf_counter()  # again: the pool from the first call is kept
            for _ in gongbu.parse_many(texts, batch_size=64, n_process=2):
                pass
            out["seconds_2_kept"] = time.perf_counter() - t
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def _turns(texts: list[str]) -> dict:
    """Seconds of the tokenizer and of the shipped pipeline over ``texts``, taking turns by TURN paragraphs."""
    import spacy

    import gongbu

    tokenizer, nlp = spacy.blank("zh"), gongbu.load()
    gongbu.parse(TINY, model=nlp)  # warm the lazily built tables
    for _ in tokenizer.pipe(texts[:TURN]):
        pass
    spent = {"tokenizer": 0.0, "pipeline": 0.0}
    for n, start in enumerate(range(0, len(texts), TURN)):
        chunk = texts[start : start + TURN]
        for which in ("tokenizer", "pipeline") if n % 2 == 0 else ("pipeline", "tokenizer"):
            t = time.perf_counter()
            for _ in tokenizer.pipe(chunk, batch_size=TURN) if which == "tokenizer" else gongbu.parse_many(
                    chunk, batch_size=TURN, nlp=nlp):
                pass
            spent[which] += time.perf_counter() - t
    return {"seconds": spent["pipeline"], "seconds_tokenizer": spent["tokenizer"]}


def _env() -> dict[str, str]:
    """This checkout's gongbu, unless PYTHONPATH names another one first."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (env.get("PYTHONPATH"), str(ROOT)) if p)
    return env


def _run(args: list[str]) -> dict:
    cmd = [sys.executable, __file__, *args]
    res = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=_env())
    if res.returncode:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{res.stderr}")
    return json.loads(res.stdout.strip().splitlines()[-1])


def _cold(code: str) -> float:
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, capture_output=True, env=_env())
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0, help="megabytes of text (UTF-8) per measurement")
    ap.add_argument("--rounds", type=int, default=3, help="interleaved rounds; medians are printed")
    ap.add_argument("--two-processes", action="store_true", help="also parse_many(n_process=2), shipped pipeline")
    ap.add_argument("--worker", choices=("tokenizer", "pipeline", "turns"), help=argparse.SUPPRESS)
    ap.add_argument("--model", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(_worker(args.worker, args.mb, args.model)))
        return

    from gongbu.training.ner import rules_only

    with tempfile.TemporaryDirectory() as tmp:
        rules_path = str(Path(tmp) / "rules")
        rules_only().to_disk(rules_path)  # what `gongbu train --rules-only` writes
        mb = ["--mb", str(args.mb)]
        extra = ["--two-processes"] if args.two_processes else []
        rows: dict[str, list[dict]] = {"shipped": [], "rules-only": [], "tokenizer": [], "turns": [], "cold": []}
        for r in range(args.rounds):
            rows["shipped"].append(_run(["--worker", "pipeline", *mb, *extra]))
            rows["rules-only"].append(_run(["--worker", "pipeline", "--model", rules_path, *mb]))
            rows["tokenizer"].append(_run(["--worker", "tokenizer", *mb]))
            rows["turns"].append(_run(["--worker", "turns", *mb]))
            rows["cold"].append({
                "gongbu": _cold(f"import gongbu; gongbu.parse({TINY!r})"),
                "spacy": _cold("import spacy"),
            })
            print(f"round {r + 1}/{args.rounds} done", file=sys.stderr)

    def med(name: str, key: str) -> float:
        return statistics.median(x[key] for x in rows[name])

    def speed(x: dict, key: str = "seconds") -> float:
        return x["chars"] / x[key]

    def ratio(a: str, b: str) -> float:
        return statistics.median(speed(x) / speed(y) for x, y in zip(rows[a], rows[b], strict=True))

    chars = rows["shipped"][0]["chars"]
    print(f"input: corpus paragraphs, {chars:,} characters; medians of {args.rounds} interleaved rounds, "
          f"each figure from a fresh process")
    print(f"{'pipeline':<12} {'chars/s':>10} {'tokenizer is':>13} {'parse() ms':>11} {'model load s':>13} "
          f"{'peak MB':>8}")
    for name in ("shipped", "rules-only", "tokenizer"):
        cps = statistics.median(speed(x) for x in rows[name])
        rel = f"{ratio('tokenizer', name):.1f}x faster"
        tiny = f"{med(name, 'tiny_ms'):.2f}" if name != "tokenizer" else "-"
        load = f"{med(name, 'load'):.2f}" if name != "tokenizer" else "-"
        print(f"{name:<12} {cps:>10,.0f} {rel:>13} {tiny:>11} {load:>13} {med(name, 'peak_mb'):>8.0f}")
    print(f"rules-only / shipped: {ratio('rules-only', 'shipped'):.2f}x the speed")
    turns = sorted(x["seconds_tokenizer"] / x["seconds"] for x in rows["turns"])
    print(f"shipped / tokenizer in one process, taking turns by {TURN} paragraphs: {statistics.median(turns):.3f} "
          f"(rounds {turns[0]:.3f}–{turns[-1]:.3f})")
    if args.two_processes:
        two = statistics.median(speed(x, "seconds_2") / speed(x) for x in rows["shipped"])
        kept = statistics.median(speed(x, "seconds_2_kept") / speed(x) for x in rows["shipped"])
        print(f"shipped, parse_many(n_process=2): {two:.2f}x one process on the first call (the pool starts), "
              f"{kept:.2f}x on the next (the pool kept)")
    print(f"cold start (import gongbu; gongbu.parse(...)): {med('cold', 'gongbu'):.2f} s; "
          f"import spacy alone: {med('cold', 'spacy'):.2f} s")


if __name__ == "__main__":
    main()
