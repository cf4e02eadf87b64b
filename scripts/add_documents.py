"""Add written documents to the corpus from annotators' folders of pass A markup.

    python scripts/add_documents.py annotations/incoming/W1 annotations/incoming/T1 …
    python scripts/add_documents.py --fixtures FOLDER_OF_NN.mk --first-id 10   (how 010–019 came in)

Each folder holds ``NNN.mk`` (pass A markup), ``NNN.norms.jsonl`` (pass A norms) and
``NNN.meta.json`` (title, writer, split, structures, noise). For each document this
writes the plain text to ``corpus/NNN_<sha256[:16]>.txt``, its manifest record (with
``origin: written`` and the metadata), and copies the markup and norms to
``annotations/passes/A``. It reads the documents only as data: nothing here looks at
what they say, so the locked test part can be added without anyone reading it.
"""

import argparse
import json
import shutil
from pathlib import Path

from gongbu.corpus import MANIFEST, corpus_dir, describe, read_manifest
from gongbu.data.markup import parse_markup

PASS_A = Path("annotations/passes/A")


def add(doc_id: str, markup: Path, meta: dict, norms: Path | None, records: dict[str, dict]) -> None:
    text = parse_markup(markup.read_text(encoding="utf-8"), name=str(markup)).text
    rec = describe(f"{doc_id}_x.txt", text)
    file = f"{doc_id}_{rec['sha256'][:16]}.txt"
    for old in corpus_dir().glob(f"{doc_id}_*.txt"):
        old.unlink()
    (corpus_dir() / file).write_text(text, encoding="utf-8", newline="")
    rec["file"] = file
    rec |= {"origin": "written", **{k: meta[k] for k in ("title", "writer", "structures") if k in meta}}
    if meta.get("noise"):
        rec["noise_written"] = sorted(meta["noise"])
    records[doc_id] = rec
    PASS_A.mkdir(parents=True, exist_ok=True)
    target = PASS_A / f"{doc_id}.mk"
    target.write_text(markup.read_text(encoding="utf-8"), encoding="utf-8")
    if norms is not None and norms.exists():
        shutil.copyfile(norms, PASS_A / f"{doc_id}.norms.jsonl")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--fixtures", type=Path, help="a folder of NN.mk fixtures without metadata")
    ap.add_argument("--first-id", type=int, default=10, help="corpus id of the first fixture")
    args = ap.parse_args()
    records = {r["id"]: r for r in read_manifest()}
    for r in records.values():
        r.setdefault("origin", "scraped")
    splits: dict[str, str] = {}
    for folder in args.folders:
        for mk in sorted(folder.glob("*.mk")):
            doc_id = mk.stem
            meta = json.loads(mk.with_name(f"{doc_id}.meta.json").read_text(encoding="utf-8"))
            add(doc_id, mk, meta, mk.with_name(f"{doc_id}.norms.jsonl"), records)
            splits[doc_id] = meta.get("split", "train")
    if args.fixtures:
        for n, mk in enumerate(sorted(args.fixtures.glob("*.mk"))):
            doc_id = f"{args.first_id + n:03d}"
            meta = {"title": mk.read_text(encoding="utf-8").splitlines()[0][:60].replace("⟦", "").replace("⟧", ""),
                    "writer": "U", "structures": []}
            add(doc_id, mk, meta, None, records)
            splits[doc_id] = "dev"
    out = corpus_dir() / MANIFEST
    lines = [json.dumps(records[k], ensure_ascii=False) + "\n" for k in sorted(records)]
    out.write_text("".join(lines), encoding="utf-8")
    for doc_id, split in sorted(splits.items()):
        print(doc_id, split, records[doc_id]["file"], records[doc_id]["chars"])


if __name__ == "__main__":
    main()
