"""Write one worksheet per document for the period annotators.

Each worksheet lists the document's gold quantities (MONEY and PERSON-COUNT spans) with
their offsets and paragraph, so that an annotator records when each one moved
(annotations/periods/GUIDELINES.md). The worksheets come from the gold spans only:
nothing in them comes from gongbu's period code.

    python scripts/period_worksheets.py OUT_DIR
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def paragraph(text: str, start: int) -> tuple[int, str]:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    hi = len(text) if hi < 0 else hi
    return lo, text[lo:hi]


def worksheet(doc: dict, text: str) -> str:
    lines = [f"# document {doc['id']} ({doc['file']}), {len(text)} characters", ""]
    for e in doc["entities"]:
        if e["label"] not in ("MONEY", "PERSON-COUNT"):
            continue
        lo, para = paragraph(text, e["start"])
        lines.append(f"## {e['label']} {e['start']}-{e['end']} {e['text']!r}")
        lines.append(f"paragraph at {lo}: {para}")
        lines.append("")
    return "\n".join(lines)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for line in (ROOT / "annotations" / "gold.jsonl").open(encoding="utf-8"):
        doc = json.loads(line)
        text = (ROOT / "corpus" / doc["file"]).read_text(encoding="utf-8")
        (out / f"{doc['id']}.txt").write_text(worksheet(doc, text), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
