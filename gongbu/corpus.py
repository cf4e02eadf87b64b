"""The source documents under ``corpus/`` and their manifest.

>>> from gongbu.corpus import documents
>>> docs = list(documents())
>>> [d.id for d in docs][:5]
['000', '001', '002', '003', '004']
>>> docs[0].script
'traditional'
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from gongbu.paths import corpus_dir
from gongbu.text import clean
from gongbu.text.clean import noise_rules

__all__ = ["Document", "corpus_dir", "describe", "documents", "read_manifest"]

MANIFEST = "manifest.jsonl"


@dataclass(frozen=True)
class Document:
    id: str
    file: str
    text: str
    sha256: str
    script: str
    noise: tuple[str, ...]
    repeats: tuple[tuple[int, int], ...]


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_text(path: Path) -> str:
    # newline="" keeps \r\n as it is: offsets are counted on the file's own characters.
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


def describe(file: str, text: str) -> dict:
    """The manifest record of one document, derived from its text."""
    cleaned = clean(text)
    changed = sum(
        1 for i, ch in enumerate(cleaned.text) if ch != text[cleaned.starts[i]]
    )
    han = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    ratio = changed / max(han, 1)
    script = "traditional" if ratio > 0.05 else "mixed" if changed else "simplified"
    noise = {w.code for w in cleaned.warnings}
    rules = noise_rules()
    if any(m.start() > 0 for m in rules["gloss"].finditer(text)):
        noise.add("pinyin_gloss")
    if rules["doubled"].search(text):
        noise.add("doubled_punctuation")
    if any("\uff01" <= ch <= "\uff5e" for ch in text):
        noise.add("full_width")
    repeats = [[w.start, w.end] for w in cleaned.warnings if w.code == "repeated_passage"]
    return {
        "id": file.split("_", 1)[0],
        "file": file,
        "sha256": sha256_text(text),
        "chars": len(text),
        "script": script,
        "noise": sorted(noise),
        "repeats": repeats,
    }


def read_manifest(folder: Path | None = None) -> list[dict]:
    folder = folder or corpus_dir()
    with open(folder / MANIFEST, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def documents(folder: Path | None = None) -> Iterator[Document]:
    """Yield the corpus documents in manifest order, checking each file's sha256."""
    folder = folder or corpus_dir()
    for rec in read_manifest(folder):
        text = read_text(folder / rec["file"])
        digest = sha256_text(text)
        if digest != rec["sha256"]:
            raise ValueError(
                f"{folder / rec['file']}: sha256 {digest} does not match the manifest's {rec['sha256']}"
            )
        yield Document(
            id=rec["id"],
            file=rec["file"],
            text=text,
            sha256=digest,
            script=rec["script"],
            noise=tuple(rec["noise"]),
            repeats=tuple(tuple(r) for r in rec["repeats"]),
        )


def write_manifest(folder: Path | None = None) -> Path:
    """Rebuild ``manifest.jsonl`` from the ``*.txt`` files of the corpus folder."""
    folder = folder or corpus_dir()
    records = [describe(p.name, read_text(p)) for p in sorted(folder.glob("*.txt"))]
    out = folder / MANIFEST
    tmp = out.with_suffix(".tmp")
    tmp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    tmp.replace(out)
    return out
