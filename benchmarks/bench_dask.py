"""Throughput of gongbu on Dask (1 and 2 worker processes) against ``parse_many(n_process=1|2)``.

    python benchmarks/bench_dask.py [--mb 10] [--partition-kb 250] [--workers 1 2] [--skip-parse-many] [--rounds 3]

The same N MB of corpus paragraphs (the corpus repeated, paragraph-sized texts as a
crawler hands them over) go through each engine, and every Report comes back to this
process in order: ``parse_many``'s as Reports, Dask's as Report dicts through
``gongbu.dask.parse_partitions`` (the path ``gongbu parse --engine dask`` takes).
Start-up (worker processes, model loads) is timed apart from parsing. Scheduler overhead
is stated twice: the time of the same partitions with a task that does nothing, and Dask
with one worker against ``parse_many`` in one process.
Also the peak resident memory of each Dask worker, and CPU seconds (which a loaded machine
disturbs less than wall-clock time). Figures vary on a shared machine.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time

from _texts import corpus_paragraphs  # benchmarks/_texts.py: the scripts run from this folder


def _texts(mb: float) -> tuple[list[str], int]:
    return corpus_paragraphs(mb)


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def bench_parse_many(texts: list[str], chars: int, n_process: int) -> float:
    import gongbu

    t = time.perf_counter()
    # A small first call starts the pool and loads the model (in each worker for n_process > 1).
    list(gongbu.parse_many(texts[: 32 * n_process], n_process=n_process))
    start = time.perf_counter() - t
    t, cpu = time.perf_counter(), time.process_time()
    n = sum(1 for _ in gongbu.parse_many(texts, n_process=n_process))
    dt, cpu = time.perf_counter() - t, time.process_time() - cpu
    # The pool's workers are alive, so their CPU is not in this process's counters: only n_process=1's CPU is whole.
    where = "" if n_process > 1 else f"; {chars / cpu:,.0f} chars per CPU s"
    print(f"parse_many n_process={n_process}: {chars / dt:9,.0f} chars/s  ({n} reports in {dt:.1f} s; "
          f"start-up {start:.1f} s{where})")
    return dt


def bench_dask(texts: list[str], chars: int, n_workers: int, partition_kb: float) -> float:
    import dask.bag as db
    from distributed import Client, wait

    from gongbu.dask import LoadPipeline, local_cluster, parse_partitions

    size = sum(len(t.encode("utf-8")) for t in texts)
    n_parts = max(2 * n_workers, round(size / (partition_kb * 1000)))
    t = time.perf_counter()
    with local_cluster(n_workers) as cluster, Client(cluster) as client:
        client.register_plugin(LoadPipeline())
        start = time.perf_counter() - t
        loaded = client.run(_rss_mb)
        # The texts go to the cluster once, so neither run below pays for shipping them.
        bag = db.from_sequence(texts, npartitions=n_parts).persist()
        wait(bag)

        t = time.perf_counter()
        bag.map_partitions(lambda part: [len(part)]).compute()
        empty = time.perf_counter() - t

        t, cpu = time.perf_counter(), time.process_time()
        cpu_workers = client.run(time.process_time)
        n = sum(len(part) for part in parse_partitions(client, bag))
        dt, cpu = time.perf_counter() - t, time.process_time() - cpu
        cpu_workers = sum(v - cpu_workers[w] for w, v in client.run(time.process_time).items())
        peaks = client.run(_peak_rss_mb)
    print(f"dask {n_workers} worker{'s' if n_workers > 1 else ' '}:        {chars / dt:9,.0f} chars/s  "
          f"({n} reports in {dt:.1f} s; {n_parts} partitions; start-up with model loads {start:.1f} s)")
    print(f"    CPU: {cpu_workers:.1f} s in the workers ({chars / cpu_workers:,.0f} chars per CPU s), "
          f"{cpu:.1f} s in this process (gathering the Reports)")
    print(f"    scheduler overhead: {n_parts} empty tasks in {empty:.2f} s ({1000 * empty / n_parts:.0f} ms a task)")
    print(f"    per worker: {', '.join(f'{v:.0f}' for v in loaded.values())} MB RSS with the model loaded; "
          f"peak {', '.join(f'{v:.0f}' for v in peaks.values())} MB after parsing")
    return dt


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=10.0, help="megabytes of text (UTF-8) to parse")
    ap.add_argument("--partition-kb", type=float, default=250.0, help="text per Dask partition, in KB")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="Dask cluster sizes to run")
    ap.add_argument("--skip-parse-many", action="store_true", help="only the Dask runs (memory per worker)")
    ap.add_argument("--rounds", type=int, default=1,
                    help="interleaved rounds of every engine; medians and per-round ratios are printed")
    args = ap.parse_args()

    texts, size = _texts(args.mb)
    chars = sum(map(len, texts))
    print(f"input: {len(texts)} texts, {chars} characters, {size / 1e6:.2f} MB")
    times: dict[str, list[float]] = {}
    for r in range(args.rounds):
        if args.rounds > 1:
            print(f"-- round {r + 1} of {args.rounds}")
        for n in () if args.skip_parse_many else (1, 2):
            times.setdefault(f"parse_many {n}", []).append(bench_parse_many(texts, chars, n))
        for n in args.workers:
            times.setdefault(f"dask {n}", []).append(bench_dask(texts, chars, n, args.partition_kb))
    if len(times) < 4:
        return
    # A shared machine's speed drifts between rounds: ratios are taken within a round, then the median.
    def ratio(a: str, b: str) -> str:
        per_round = [x / y for x, y in zip(times[a], times[b], strict=True)]
        return f"{statistics.median(per_round):.2f}x" + (
            f" (rounds: {', '.join(f'{v:.2f}' for v in per_round)})" if len(per_round) > 1 else "")

    if args.rounds > 1:
        print("medians over the rounds: " + "; ".join(
            f"{name} {chars / statistics.median(ts):,.0f} chars/s" for name, ts in times.items()))
    print(f"dask 1 worker / parse_many 1 process: {ratio('dask 1', 'parse_many 1')} the time")
    print(f"dask 2 / dask 1: {ratio('dask 2', 'dask 1')}")
    print(f"dask 2 / parse_many 2: {ratio('dask 2', 'parse_many 2')}")


if __name__ == "__main__":
    main()
