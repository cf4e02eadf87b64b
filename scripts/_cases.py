"""What the case-scoring scripts share: their options, the case reader, and the figures file."""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def options(description: str) -> argparse.Namespace:
    """``--code``, ``--json``, ``--errors`` and ``--note``; puts the scored checkout first on the path."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--code", type=Path, default=ROOT, help="the checkout whose gongbu is scored")
    ap.add_argument("--json", type=Path, help="write the figures here")
    ap.add_argument("--errors", action="store_true", help="list the cases read otherwise")
    ap.add_argument("--note", default="", help="what the figures say, for the docs (e.g. which rounds were unread)")
    args = ap.parse_args()
    sys.path.insert(0, str(args.code.resolve()))  # that checkout's gongbu, not an installed one
    return args


def case_reader() -> ModuleType:
    """This checkout's gongbu/evaluation/cases.py, loaded by path: with ``--code`` it reads the cases
    the same way while ``import gongbu`` inside it finds the other checkout (which may predate it)."""
    spec = importlib.util.spec_from_file_location("case_reading", ROOT / "gongbu" / "evaluation" / "cases.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_figures(args: argparse.Namespace, figures: dict[str, Any]) -> None:
    """The figures with the scored commit, the time and the note, as JSON at ``--json`` (if given)."""
    if not args.json:
        return
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=args.code, capture_output=True,
                            text=True).stdout.strip()
    scored = dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")
    data = {"commit": commit, "scored": scored, "note": args.note, **figures}
    args.json.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", "utf-8")
