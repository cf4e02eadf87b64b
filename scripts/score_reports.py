"""Score Reports written earlier (JSON, by document id) against today's gold: "before" figures on the same gold.

    python scripts/score_reports.py REPORTS.json SET OUT.json

REPORTS.json maps a corpus id to ``Report.to_dict()`` (for example the output of an older
gongbu run over the corpus); SET is dev, train or seeds. The locked test part is refused.
"""

import json
import sys
from pathlib import Path

from gongbu.corpus import read_manifest
from gongbu.data.gold import read_gold
from gongbu.data.splits import read_splits
from gongbu.evaluation.scoring import score
from gongbu.report import Report


def main(reports_path: str, which: str, out: str) -> None:
    reports = json.loads(Path(reports_path).read_text("utf-8"))
    splits = read_splits()
    ids = {"seeds": ["000", "001", "002", "003", "004"], "dev": splits["dev"], "train": splits["train"]}[which]
    gold = {d.id: d for d in read_gold()}
    structures = {r["id"]: r.get("structures", []) for r in read_manifest()}
    pairs = [(gold[i], Report.from_dict(reports[i])) for i in ids if i in gold and i in reports]
    result = score(pairs, structures) | {"split": which, "pipeline": reports_path}
    Path(out).write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(out, result["documents"], "documents")


if __name__ == "__main__":
    main(*sys.argv[1:4])
