"""How parse() scales with input size and with inputs built to be slow.

    python benchmarks/bench_scaling.py [--big-mb 10] [--skip-big]

Each case runs in a fresh process (so peak memory is that case's own), and
prints CPU seconds, characters per CPU second and peak RSS. Targets (issue
"Reliability"): CPU per character at 10 MB within 1.3x of that at 10 KB; every
pathological input at most 2 s per 100k characters; peak memory on a 10 MB
input at most 600 MB. The last column says whether each target is met.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Each case: a Python expression for the input text (n = a size knob).
PATHOLOGICAL = {
    "one amount per line": "'上海市投入5亿元\\n' * 11_000",
    "comma sentence of amounts": "'，'.join(['投入5亿元'] * 16_000)",
    "comma sentence of counts": "'，'.join(['选派20名干部'] * 12_000)",
    "entity-rich, no sentence end": "'上海市对口帮扶云南省投入5亿元选派20名干部' * 4_000",
    "(a) repeated": "'(a)' * 33_000",
    "gloss run": "'協' + '(xié)' * 20_000 + '作'",
    "asterisks": "'*' * 100_000",
    "newlines": "'\\n' * 100_000",
    "stray pinyin": "'中' + 'á' * 100_000",
    "stripped amounts": "'亿元' * 50_000",
    "invisible characters": "'上海市\\u200b投入5亿元。' * 10_000",
}

RUNNER = r"""
import json, resource, sys, time
import gongbu
from gongbu.corpus import documents
gongbu.load()
spec = json.loads(sys.argv[1])
if spec["kind"] == "corpus":
    paragraphs = "\n".join(d.text for d in documents())
    text = (paragraphs * (spec["chars"] // len(paragraphs) + 1))[: spec["chars"]]
else:
    text = eval(spec["expr"])
t0 = time.process_time()
report = gongbu.parse(text)
cpu = time.process_time() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"chars": len(text), "cpu": cpu, "peak_mb": peak, "entities": len(report.entities),
                  "warnings": len(report.warnings)}))
"""


def run(spec: dict) -> dict:
    out = subprocess.run([sys.executable, "-c", RUNNER, json.dumps(spec)], capture_output=True, text=True,
                         cwd=ROOT, timeout=3600)
    if out.returncode:
        raise SystemExit(out.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--big-mb", type=float, default=10.0, help="size of the large corpus input, in MB of text")
    ap.add_argument("--skip-big", action="store_true", help="only the 10 KB reference and the pathological inputs")
    args = ap.parse_args()

    print(f"{'case':34s} {'chars':>10s} {'cpu s':>8s} {'chars/cpu s':>12s} {'peak MB':>8s}  target")
    small = run({"kind": "corpus", "chars": 10_000})
    per_char_small = small["cpu"] / small["chars"]
    print(f"{'corpus text, 10 KB':34s} {small['chars']:>10d} {small['cpu']:>8.2f} "
          f"{small['chars'] / small['cpu']:>12.0f} {small['peak_mb']:>8.0f}")
    if not args.skip_big:
        chars = int(args.big_mb * 1_000_000 / 3)  # about 3 bytes of UTF-8 per character
        big = run({"kind": "corpus", "chars": chars})
        ratio = (big["cpu"] / big["chars"]) / per_char_small
        ok = ratio <= 1.3 and big["peak_mb"] <= 600
        print(f"{f'corpus text, {args.big_mb:g} MB':34s} {big['chars']:>10d} {big['cpu']:>8.2f} "
              f"{big['chars'] / big['cpu']:>12.0f} {big['peak_mb']:>8.0f}  "
              f"cpu/char x{ratio:.2f} of 10 KB (<= 1.3), peak <= 600 MB: {'met' if ok else 'MISSED'}")
    for name, expr in PATHOLOGICAL.items():
        r = run({"kind": "expr", "expr": expr})
        per_100k = r["cpu"] / r["chars"] * 100_000
        print(f"{name:34s} {r['chars']:>10d} {r['cpu']:>8.2f} {r['chars'] / max(r['cpu'], 1e-9):>12.0f} "
              f"{r['peak_mb']:>8.0f}  {per_100k:.2f} s per 100k chars (<= 2): {'met' if per_100k <= 2 else 'MISSED'}")


if __name__ == "__main__":
    main()
