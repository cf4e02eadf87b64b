"""This checkout against another commit, side by side in one run: CPU time of ``parse_many``.

    python benchmarks/bench_compare.py BASE [--rounds 10] [--mb 0.05]

``BASE`` is a commit (checked out into a temporary git worktree, removed afterwards) or the
folder of another checkout. Each round runs two fresh processes, one per checkout, in turn
(A B, then B A, …), on the same texts: warmed on period cases first (other texts than those
measured, so that no answer kept from the warm-up serves the pass), then one ``parse_many``
pass over the corpus paragraphs, timed in CPU seconds of that pass alone. The machine's
speed drifts by a fifth within minutes, so one run of each is no comparison; the median of
the per-round ratios is.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _texts import corpus_paragraphs  # benchmarks/_texts.py: the scripts run from this folder

ROOT = Path(__file__).resolve().parents[1]
WARM_CASES = 300


def _worker(inputs: str) -> None:
    import gongbu

    data = json.loads(Path(inputs).read_text("utf-8"))
    for text in data["warm"]:
        gongbu.parse(text)
    t = time.process_time()
    for _ in gongbu.parse_many(data["texts"], batch_size=64):
        pass
    print(json.dumps({"cpu": time.process_time() - t, "module": gongbu.__file__}))


def _measure(checkout: Path, inputs: str) -> dict:
    env = dict(os.environ, PYTHONPATH=str(checkout))
    cmd = [sys.executable, __file__, "--worker", inputs]
    res = subprocess.run(cmd, capture_output=True, text=True, cwd=checkout, env=env)
    if res.returncode:
        raise RuntimeError(f"{checkout}: the worker failed:\n{res.stderr}")
    out = json.loads(res.stdout.strip().splitlines()[-1])
    if not Path(out["module"]).resolve().is_relative_to(checkout.resolve()):
        raise RuntimeError(f"{checkout}: the worker imported gongbu from {out['module']}")
    return out


def _checkout(base: str, tmp: str) -> tuple[Path, bool]:
    """The folder of ``base``: itself when it is one, else a new worktree of that commit."""
    if Path(base).is_dir():
        return Path(base), False
    where = Path(tmp) / "base"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(where), base], check=True)
    return where, True


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("base", nargs="?", help="a commit, or the folder of another checkout")
    ap.add_argument("--rounds", type=int, default=10, help="rounds of one process per checkout")
    ap.add_argument("--mb", type=float, default=0.05, help="megabytes of corpus paragraphs (0.05: each once)")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        _worker(args.worker)
        return
    if not args.base:
        ap.error("name the commit or checkout to compare with")
    if args.rounds < 1:
        ap.error("--rounds must be at least 1")
    texts = corpus_paragraphs(args.mb)[0]
    cases = (ROOT / "annotations" / "periods" / "cases.jsonl").read_text("utf-8").splitlines()
    warm = [json.loads(line)["text"] for line in cases[:WARM_CASES]]
    chars = sum(map(len, texts))
    with tempfile.TemporaryDirectory() as tmp:
        inputs = str(Path(tmp) / "inputs.json")
        Path(inputs).write_text(json.dumps({"texts": texts, "warm": warm}, ensure_ascii=False), "utf-8")
        base, made = _checkout(args.base, tmp)
        try:
            this, other = [], []
            for r in range(args.rounds):
                order = [(ROOT, this), (base, other)]
                for checkout, acc in order if r % 2 == 0 else order[::-1]:
                    acc.append(_measure(checkout, inputs)["cpu"])
                print(f"round {r + 1}/{args.rounds}: this {this[-1]:.2f} s, base {other[-1]:.2f} s", file=sys.stderr)
        finally:
            if made:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base)], check=False)
    ratios = [b / a for a, b in zip(this, other, strict=True)]
    print(f"input: {len(texts):,} corpus paragraphs, {chars:,} characters; {args.rounds} rounds, "
          "each checkout in a fresh process, in turn")
    for name, cpu in (("this checkout", this), (f"base ({args.base})", other)):
        mid = statistics.median(cpu)
        print(f"{name:30s} {mid:6.2f} s CPU (median), {chars / mid:9,.0f} chars/s")
    faster = sum(r > 1 for r in ratios)
    print(f"this checkout is {statistics.median(ratios):.3f}x as fast as the base (median of the rounds' ratios; "
          f"faster in {faster} of {len(ratios)} rounds)")


if __name__ == "__main__":
    main()
