"""Check annotation markup files against the corpus: python scripts/check_markup.py annotations/passes/A/*.mk"""

import sys
from collections import Counter
from pathlib import Path

from gongbu.corpus import documents
from gongbu.data.markup import MarkupError, read_markup


def main(paths: list[str]) -> int:
    texts = {d.id: d.text for d in documents()}
    failed = 0
    for name in paths:
        path = Path(name)
        try:
            doc = read_markup(path, texts[path.name.split(".")[0]])
        except (MarkupError, KeyError) as exc:
            failed += 1
            print("ERROR", exc)
            continue
        print(path, "OK", dict(Counter(e.label for e in doc.entities)), dict(Counter(r[0] for r in doc.relations)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
