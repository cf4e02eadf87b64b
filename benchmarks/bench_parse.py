"""Throughput of the whole front door, ``gongbu.parse_many``, on the corpus repeated to >= 1 MB.

    python benchmarks/bench_parse.py [--mb 1.0] [--docs-per-text 1]

Prints import time, model load time, characters per second with 1 and 2
processes (cleaning, entities, normalisation, relations, Report), and the
peak resident memory of this process and of its children. Figures vary from run
to run on a shared machine: run it twice.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _import_time() -> float:
    code = "import time; t = time.perf_counter(); import gongbu; gongbu.parse; print(time.perf_counter() - t)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return float(out.stdout.strip())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0, help="megabytes of text (UTF-8) to parse")
    args = ap.parse_args()

    print(f"import gongbu + pipeline module: {_import_time():.2f} s")
    import gongbu
    from gongbu.corpus import documents

    t = time.perf_counter()
    gongbu.load()
    print(f"model load: {time.perf_counter() - t:.2f} s")

    # Paragraph-sized texts, as a crawler would hand them over.
    paragraphs = [p for d in documents() for p in d.text.split("\n") if p.strip()]
    texts, size = [], 0
    while size < args.mb * 1_000_000:
        for p in paragraphs:
            texts.append(p)
            size += len(p.encode("utf-8"))
    chars = sum(map(len, texts))
    print(f"input: {len(texts)} texts, {chars} characters, {size / 1e6:.2f} MB")

    for n_process in (1, 2):
        t = time.perf_counter()
        n = sum(1 for _ in gongbu.parse_many(texts, batch_size=64, n_process=n_process))
        dt = time.perf_counter() - t
        print(f"parse_many n_process={n_process}: {chars / dt:,.0f} chars/s ({n} reports in {dt:.1f} s)")

    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"peak RSS: {self_kb / 1024:.0f} MB (this process), {child_kb / 1024:.0f} MB (largest child)")


if __name__ == "__main__":
    main()
