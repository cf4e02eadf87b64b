"""Adjudicate the two annotation passes into annotations/gold.jsonl.

Pass A is the base; every disagreement with pass B is decided below, with the
reason. Norms are then proposed by the normaliser (`fill_norms`) and reviewed
(docs/annotations.md says how). Run: python scripts/adjudicate.py
"""

from dataclasses import replace

from gongbu.data.gold import GoldEntity, write_gold
from gongbu.data.norms import fill_norms
from gongbu.data.passes import read_pass

# (document, label, start, end) taken from pass B instead of pass A's spans there.
TAKE_B_ENTITIES = {
    # One body named with both pair abbreviations: the longest valid span wins (SPEC).
    ("000", "ORG", 513, 531),
    # 六德乡党委: a named place + 党委 is a specific body (guideline D7).
    ("001", "ORG", 1514, 1519),
}
# (document, relation, head start, tail start) of pass A dropped: pass B was right.
DROP_A_RELATIONS = {
    # 给予每人1000元/月 … 1500元/年: the sentence names no giver; 衢江区 is where they work.
    ("003", "FROM", "1000元", "衢江区"),
    ("003", "FROM", "1500元", "衢江区"),
}
# Kept from pass A against pass B: 安居工程 (a named national programme + 工程),
# 杨浦区国和0社区 (a chain down to a 社区), TO 广州 for 培训中职校长50名 (sent to
# Guangzhou schools), TO the 九龙县 inside the parenthesis for 56名援藏干部人才, and
# no PAIRED from 依托上海市对口帮扶政策 (对口帮扶 is a noun there).


def main() -> None:
    a = {d.id: d for d in read_pass("annotations/passes/A")}
    b = {d.id: d for d in read_pass("annotations/passes/B")}
    gold = []
    for doc_id, doc in sorted(a.items()):
        ents = list(doc.entities)
        for e in b[doc_id].entities:
            if (doc_id, e.label, e.start, e.end) not in TAKE_B_ENTITIES:
                continue
            overlapping = [k for k, x in enumerate(ents) if x.start < e.end and e.start < x.end]
            new = GoldEntity(e.label, e.start, e.end, e.text)
            ents = [x for k, x in enumerate(ents) if k not in overlapping] + [new]
        ents.sort(key=lambda x: (x.start, x.end))
        pos = {(x.label, x.start, x.end): k for k, x in enumerate(ents)}
        rels = []
        for r in doc.relations:
            h, t = doc.entities[r.head], doc.entities[r.tail]
            if (doc_id, r.label, h.text, t.text) in DROP_A_RELATIONS:
                continue
            kh, kt = pos.get((h.label, h.start, h.end)), pos.get((t.label, t.start, t.end))
            if kh is not None and kt is not None:
                rels.append(replace(r, head=kh, tail=kt))
        gold.append(fill_norms(replace(doc, entities=tuple(ents), relations=tuple(rels))))
    print(write_gold(gold))


if __name__ == "__main__":
    main()
