"""Check annotation pass files: markup, the norms written beside it, and the document's metadata.

    python scripts/check_pass.py annotations/incoming/W1/*.mk

For each ``NNN.mk`` it reads ``NNN.norms.jsonl`` (one line per entity, in the order the
entities stand in the markup: {"label", "text", "norm"}) and, when present,
``NNN.meta.json``. Where the corpus already has document NNN, the text without markup
must equal it. It checks shape and consistency only, never what the code would say.
"""

import json
import sys
from collections import Counter
from pathlib import Path

from gongbu.data.markup import MarkupError, parse_markup
from gongbu.data.norm_shape import norm_problems

META_KEYS = {"id", "structures"}


def check(path: Path, corpus: dict[str, str]) -> list[str]:
    problems = []
    try:
        doc = parse_markup(path.read_text(encoding="utf-8"), name=str(path))
    except (MarkupError, UnicodeDecodeError) as exc:
        return [str(exc)]
    doc_id = path.name.split(".")[0]
    if doc_id in corpus and corpus[doc_id] != doc.text:
        k = next((i for i, (a, b) in enumerate(zip(doc.text, corpus[doc_id], strict=False)) if a != b), 0)
        problems.append(f"{path}: text differs from corpus document {doc_id} at character {k}")
    norms_path = path.with_name(f"{doc_id}.norms.jsonl")
    if not norms_path.exists():
        problems.append(f"{norms_path}: missing")
    else:
        lines = [ln for ln in norms_path.read_text(encoding="utf-8").splitlines() if ln.strip()]
        if len(lines) != len(doc.entities):
            problems.append(f"{norms_path}: {len(lines)} lines but the markup has {len(doc.entities)} entities")
        for n, (line, e) in enumerate(zip(lines, doc.entities, strict=False), 1):
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{norms_path}:{n}: not JSON ({exc})")
                continue
            if rec.get("label") != e.label or rec.get("text") != e.text:
                problems.append(
                    f"{norms_path}:{n}: says {rec.get('label')} {rec.get('text')!r} "
                    f"but entity {n} of the markup is {e.label} {e.text!r}"
                )
                break
            problems += [f"{norms_path}:{n}: {e.text!r}: {p}" for p in norm_problems(e.label, rec.get("norm"))]
    meta_path = path.with_name(f"{doc_id}.meta.json")
    if meta_path.exists():
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        missing = META_KEYS - set(meta)
        if missing:
            problems.append(f"{meta_path}: lacks {sorted(missing)}")
    if not problems:
        print(
            path,
            "OK",
            len(doc.text),
            "chars",
            dict(Counter(e.label for e in doc.entities)),
            dict(Counter(r[0] for r in doc.relations)),
        )
    return problems


def main(paths: list[str]) -> int:
    corpus = {}
    try:
        from gongbu.corpus import documents

        corpus = {d.id: d.text for d in documents()}
    except Exception:  # the checker also serves folders outside a checkout
        pass
    failed = 0
    for name in paths:
        for problem in check(Path(name), corpus):
            failed += 1
            print("ERROR", problem)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
