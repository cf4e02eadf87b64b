"""Where a parse's time goes, stage by stage, and what each stage would have to cost for a target.

    python benchmarks/bench_stages.py [--mb 1] [--rounds 5] [--target 150000]

One ``parse_many`` pass over the benchmark's corpus paragraphs (benchmarks/_texts.py) per round,
each round in a fresh process, with a timer around every call of each stage: cleaning, the entity
rules, the normaliser, the relation rules (with the learned filler), the periods; the rest of the
pass (mentions, the Report's values, partnerships, flows, batching) is the total less the stages.
Figures are CPU microseconds per character, medians over the rounds. The timers reach into
gongbu.pipeline's internals: this is a diagnostic. A timed call costs about 0.8 µs more (some 40,000
of them in a 1 MB pass, about 0.5 % of it; five in a short ``parse()``, about 1 %). The same
stages are then timed over one ``parse()`` of a short sentence (bench_parse's), called 2,000 times,
beside the same calls without the timers.

The last column is the speed of the pass were that stage to cost nothing, beside the budget a
target speed leaves (150k characters a second: 6.7 microseconds a character for the whole pass):
it shows whether any one stage, however fast it were made, could reach the target alone. Each
process then times spaCy's blank Chinese tokenizer over the same texts, so the budget is also
given for issue 14's ratio to it (0.08), which moves with the machine less than characters a second.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _texts import corpus_paragraphs  # benchmarks/_texts.py: the scripts run from this folder

ROOT = Path(__file__).resolve().parents[1]
SHORT = "上海市投入5亿元。"  # bench_parse's short sentence: issue 14 asks one parse() of it under 0.3 ms
SHORT_CALLS = 2000
STAGES = ("cleaning", "entity rules", "normalisation", "relations", "periods")


def _worker(mb: float) -> None:
    import gongbu
    import gongbu.pipeline as pipeline

    texts, _ = corpus_paragraphs(mb)
    for text in texts[:300]:  # the lazily built tables and patterns, outside the timed pass
        gongbu.parse(text)
    t = time.process_time()
    for _ in range(SHORT_CALLS):
        gongbu.parse(SHORT)
    bare = (time.process_time() - t) / SHORT_CALLS  # before the timers: what they add is the difference
    spent = dict.fromkeys(STAGES, 0.0)

    def timed(stage: str, f):
        def call(*args, **kwargs):
            t = time.process_time()
            try:
                return f(*args, **kwargs)
            finally:
                spent[stage] += time.process_time() - t

        return call

    normalise, periods, relations, is_official = pipeline._stages()
    staged = (timed("normalisation", normalise), timed("periods", periods), timed("relations", relations), is_official)
    pipeline._stages = lambda: staged
    pipeline.clean = timed("cleaning", pipeline.clean)
    rules = pipeline._rules_alone(pipeline.pipeline_for())
    rules.text_spans = timed("entity rules", rules.text_spans)
    t = time.process_time()
    for _ in gongbu.parse_many(texts, batch_size=64):
        pass
    total = time.process_time() - t
    passed = dict(spent)
    spent.update(dict.fromkeys(STAGES, 0.0))
    t = time.process_time()
    for _ in range(SHORT_CALLS):
        gongbu.parse(SHORT)
    short = {"total": time.process_time() - t, **spent}
    import spacy  # after the pass: spaCy's blank tokenizer, the yardstick of issue 14's ratio

    tokenizer = spacy.blank("zh")
    t = time.process_time()
    for _ in tokenizer.pipe(texts, batch_size=64):
        pass
    out = {"chars": sum(map(len, texts)), "total": total, "tokenizer": time.process_time() - t, **passed}
    print(json.dumps({**out, "short": {k: v / SHORT_CALLS for k, v in short.items()}, "short_bare": bare}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0, help="megabytes of text (UTF-8) per round")
    ap.add_argument("--rounds", type=int, default=5, help="fresh processes; medians are printed")
    ap.add_argument("--target", type=float, default=150_000, help="characters a second to budget for")
    ap.add_argument("--ratio", type=float, default=0.08, help="the same as a share of the tokenizer's speed")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        _worker(args.mb)
        return
    runs = []
    for k in range(args.rounds):
        cmd = [sys.executable, __file__, "--worker", "--mb", str(args.mb)]
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (os.environ.get("PYTHONPATH"), str(ROOT)) if p))
        res = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env, check=True)
        runs.append(json.loads(res.stdout.strip().splitlines()[-1]))
        print(f"round {k + 1}/{args.rounds}: {runs[-1]['chars'] / runs[-1]['total']:,.0f} characters a second",
              file=sys.stderr)
    chars = runs[0]["chars"]

    def per_char(key: str) -> float:
        return statistics.median(r[key] for r in runs) / chars * 1e6

    total = per_char("total")
    rest = statistics.median(r["total"] - sum(r[s] for s in STAGES) for r in runs) / chars * 1e6
    budget = 1e6 / args.target
    rows = [(s, per_char(s)) for s in STAGES] + [("the rest of the pass", rest)]
    print(f"{chars:,} characters, {args.rounds} rounds (medians, CPU): {1e6 / total:,.0f} characters a second, "
          f"{total:.2f} us a character; {args.target:,.0f} a second allows {budget:.2f}")
    print(f"{'stage':<22}{'us/char':>9}{'share':>8}{'  without it':>14}")
    for name, us in rows:
        print(f"{name:<22}{us:9.2f}{us / total:8.1%}{1e6 / (total - us):12,.0f}/s")
    print(f"{'all':<22}{total:9.2f}{1:8.0%}")
    short = {k: statistics.median(r["short"][k] for r in runs) * 1e6 for k in ("total", *STAGES)}
    short_rest = statistics.median(r["short"]["total"] - sum(r["short"][s] for s in STAGES) for r in runs) * 1e6
    bare = statistics.median(r["short_bare"] for r in runs) * 1e6
    print(f"\none parse() of {SHORT} ({SHORT_CALLS} calls a round, medians): {bare:.0f} us without the timers, "
          f"{short['total']:.0f} us with them")
    for name, us in [(s, short[s]) for s in STAGES] + [("the rest of the call", short_rest)]:
        print(f"{name:<22}{us:9.1f}{us / short['total']:8.1%}")
    over = bare - 300
    print(f"to come under 0.3 ms one call must lose {over:.0f} us ({over / bare:.0%} of it)"
          if over > 0 else "one call is under 0.3 ms")
    print()
    tokenizer = per_char("tokenizer")
    print(f"spaCy's blank zh tokenizer in the same processes: {1e6 / tokenizer:,.0f} characters a second; "
          f"the pass runs at {tokenizer / total:.3f} of it")
    for what, allowed in ((f"{args.target:,.0f} characters a second", budget),
                          (f"{args.ratio} of the tokenizer", tokenizer / args.ratio)):
        over = total - allowed
        print(f"to reach {what} the pass must lose {over:.2f} us a character ({over / total:.0%} of it)"
              if over > 0 else f"the pass is within {what} ({allowed:.2f} us a character)")


if __name__ == "__main__":
    main()
