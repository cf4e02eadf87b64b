"""Throughput of the entity stage: rules alone and the full pipeline, 1 and 2 processes.

The corpus (cleaned) is repeated to at least ``--min-chars`` characters and fed in
paragraph-sized pieces (lines, cut at 150 characters), the way the pipeline is
used; MEASUREMENTS.md shows that whole documents in large batches cost
gigabytes. Two processes each load the model and return only
``(start, end, label)`` triples, which is what made two workers pay off.

    python benchmarks/bench_entities.py [--model models/gongbu_zh]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def pieces(min_chars: int, width: int = 150) -> list[str]:
    from gongbu.text import clean

    text = "\n".join(clean(p.read_text("utf-8")).text for p in sorted((REPO / "corpus").glob("*.txt")))
    paras = [line[i : i + width] for line in text.split("\n") if line.strip() for i in range(0, len(line), width)]
    total = sum(map(len, paras))
    return paras * (min_chars // total + 1)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _worker(args: tuple[str, list[str], int]) -> list[list[tuple[int, int, str]]]:
    model, chunk, batch = args
    import spacy

    import gongbu.entities  # noqa: F401

    nlp = spacy.load(model)
    return [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in nlp.pipe(chunk, batch_size=batch)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", default=str(REPO / "models" / "gongbu_zh"))
    ap.add_argument("--min-chars", type=int, default=1_000_000)
    ap.add_argument("--batch", type=int, default=256)
    args = ap.parse_args()

    import spacy

    import gongbu.entities  # noqa: F401

    data = pieces(args.min_chars)
    n = sum(map(len, data))
    print(f"input: {n:,} chars in {len(data):,} pieces (mean {n / len(data):.0f})")

    t = time.perf_counter()
    rules = spacy.blank("zh")
    rules.add_pipe("gongbu_entity_rules").initialize()
    print(f"rules: build {time.perf_counter() - t:.2f}s")
    matcher = rules.get_pipe("gongbu_entity_rules").matcher
    t = time.perf_counter()
    for p in data:
        matcher.find(p)
    print(f"rules (matcher on strings): {n / (time.perf_counter() - t):,.0f} chars/s")
    t = time.perf_counter()
    for _ in rules.pipe(data, batch_size=args.batch):
        pass
    print(f"rules (blank zh + component): {n / (time.perf_counter() - t):,.0f} chars/s")

    t = time.perf_counter()
    nlp = spacy.load(args.model)
    print(f"model load: {time.perf_counter() - t:.2f}s  pipes={nlp.pipe_names}")
    size = sum(f.stat().st_size for f in Path(args.model).rglob("*") if f.is_file())
    print(f"model size on disk: {size / 1e6:.2f} MB")
    with nlp.select_pipes(disable=["gongbu_entity_rules"]) if "gongbu_entity_rules" in nlp.pipe_names else _null():
        t = time.perf_counter()
        for _ in nlp.pipe(data, batch_size=args.batch):
            pass
        print(f"ner only, 1 process: {n / (time.perf_counter() - t):,.0f} chars/s")
    t = time.perf_counter()
    for _ in nlp.pipe(data, batch_size=args.batch):
        pass
    print(f"full pipeline, 1 process: {n / (time.perf_counter() - t):,.0f} chars/s")
    print(f"peak RSS (this process): {rss_mb():.0f} MB")

    half = len(data) // 2
    t = time.perf_counter()
    with mp.get_context("spawn").Pool(2) as pool:
        pool.map(_worker, [(args.model, data[:half], args.batch), (args.model, data[half:], args.batch)])
    dt = time.perf_counter() - t
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"full pipeline, 2 processes (incl. model load): {n / dt:,.0f} chars/s; peak RSS child {child:.0f} MB")


class _null:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


if __name__ == "__main__":
    main()
