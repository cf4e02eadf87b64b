"""Label Studio and doccano formats, so annotators can correct data in the tools they use.

Norms are not edited in those tools: on import, an entity whose label and
offsets are unchanged keeps the reviewed norm of the previous gold file; a new
or moved entity gets ``norm: null`` until ``gongbu annotations import-markup``
or a reviewer fills it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from gongbu.corpus import documents
from gongbu.data.gold import AnnotationError, GoldDocument, GoldEntity, GoldRelation
from gongbu.labels import ENTITY_LABELS, RELATION_LABELS

__all__ = ["from_doccano", "from_labelstudio", "labelstudio_config", "predictions_to_labelstudio", "to_doccano",
           "to_labelstudio"]


def _texts() -> dict[str, tuple[str, str, str]]:
    return {d.id: (d.file, d.sha256, d.text) for d in documents()}


def to_labelstudio(docs: Iterable[GoldDocument]) -> str:
    """A Label Studio task list (JSON) with labels and relations as predictions-free annotations."""
    texts = _texts()
    tasks = []
    for doc in docs:
        result = [
            {
                "id": f"e{k}",
                "from_name": "label",
                "to_name": "text",
                "type": "labels",
                "value": {"start": e.start, "end": e.end, "text": e.text, "labels": [e.label]},
            }
            for k, e in enumerate(doc.entities)
        ]
        result += [
            {"type": "relation", "from_id": f"e{r.head}", "to_id": f"e{r.tail}",
             "direction": "right", "labels": [r.label]}
            for r in doc.relations
        ]
        tasks.append({"data": {"doc_id": doc.id, "text": texts[doc.id][2]}, "annotations": [{"result": result}]})
    return json.dumps(tasks, ensure_ascii=False, indent=1) + "\n"


def to_doccano(docs: Iterable[GoldDocument]) -> str:
    """doccano's sequence-labelling-with-relations JSONL, one line per document."""
    texts = _texts()
    lines = []
    for doc in docs:
        rec = {
            "doc_id": doc.id,
            "text": texts[doc.id][2],
            "entities": [
                {"id": k, "label": e.label, "start_offset": e.start, "end_offset": e.end}
                for k, e in enumerate(doc.entities)
            ],
            "relations": [
                {"id": k, "from_id": r.head, "to_id": r.tail, "type": r.label}
                for k, r in enumerate(doc.relations)
            ],
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def _offset(value) -> bool:
    # JSON true is a Python int: an offset must be a real integer.
    return isinstance(value, int) and not isinstance(value, bool)


def _build(doc_id, spans, rels, previous, where) -> GoldDocument:
    texts = _texts()
    if doc_id not in texts:
        raise AnnotationError(f"{where}: unknown document {doc_id!r}")
    file, sha, text = texts[doc_id]
    old = {(e.label, e.start, e.end): e.norm for e in previous.get(doc_id, ())}
    for _, _, start, end in spans:
        if not (_offset(start) and _offset(end) and 0 <= start < end <= len(text)):
            raise AnnotationError(
                f"{where}: document {doc_id}: offsets must be whole numbers inside the text, "
                f"not [{start!r}, {end!r})"
            )
    order = sorted(spans, key=lambda item: (item[2], item[3]))
    index = {}
    ents = []
    for new, (key, label, start, end) in enumerate(order):
        if label not in ENTITY_LABELS:
            raise AnnotationError(f"{where}: document {doc_id}: unknown label {label!r} at {start}")
        index[key] = new
        ents.append(GoldEntity(label, start, end, text[start:end], old.get((label, start, end))))
    relations = []
    for head, tail, label in rels:
        if label not in RELATION_LABELS:
            raise AnnotationError(f"{where}: document {doc_id}: unknown relation {label!r}")
        if head not in index or tail not in index:
            raise AnnotationError(f"{where}: document {doc_id}: relation names a missing entity")
        relations.append(GoldRelation(label, index[head], index[tail]))
    relations.sort(key=lambda r: (r.head, r.tail, r.label))
    return GoldDocument(doc_id, file, sha, tuple(ents), tuple(relations))


def from_labelstudio(
    data: str, *, previous: Iterable[GoldDocument] = (), source: str = "<labelstudio>"
) -> list[GoldDocument]:
    prev = {d.id: d.entities for d in previous}
    try:
        tasks = json.loads(data)
    except json.JSONDecodeError as exc:
        raise AnnotationError(f"{source}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
    out = []
    for n, task in enumerate(tasks):
        where = f"{source}: task {n}"
        try:
            doc_id = task["data"]["doc_id"]
            result = task["annotations"][-1]["result"]
        except (KeyError, IndexError, TypeError):
            raise AnnotationError(f"{where}: expected data.doc_id and annotations[].result") from None
        spans, rels = [], []
        for item in result:
            if item.get("type") == "relation":
                rels.append((item["from_id"], item["to_id"], (item.get("labels") or ["?"])[0]))
            elif item.get("type") == "labels":
                spans.append(_labelstudio_span(item, doc_id, where))
        out.append(_build(doc_id, spans, rels, prev, where))
    return out


def _labelstudio_span(item: dict, doc_id: str, where: str) -> tuple:
    v = item.get("value")
    at = f"{where}: result {item.get('id', '?')}"
    if not isinstance(v, dict):
        raise AnnotationError(f"{at}: a labels result needs a 'value' object with start, end, text and labels")
    labels = v.get("labels")
    if not (isinstance(labels, list) and len(labels) == 1):
        raise AnnotationError(f"{at}: 'labels' must hold exactly one label, not {labels!r}")
    start, end = v.get("start"), v.get("end")
    texts = _texts()
    if doc_id in texts and _offset(start) and _offset(end) and "text" in v:
        original = texts[doc_id][2][start:end]
        if v["text"] != original:
            raise AnnotationError(
                f"{at}: value.text {v['text']!r} differs from the corpus at [{start}, {end}): {original!r}"
            )
    return item.get("id"), labels[0], start, end


def from_doccano(
    data: str, *, previous: Iterable[GoldDocument] = (), source: str = "<doccano>"
) -> list[GoldDocument]:
    prev = {d.id: d.entities for d in previous}
    out = []
    for lineno, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            rec = json.loads(line)
            spans = [(e["id"], e["label"], e["start_offset"], e["end_offset"]) for e in rec["entities"]]
            rels = [(r["from_id"], r["to_id"], r["type"]) for r in rec.get("relations", [])]
            doc_id = rec["doc_id"]
        except json.JSONDecodeError as exc:
            raise AnnotationError(f"{where}: not valid JSON ({exc.msg})") from None
        except (KeyError, TypeError):
            raise AnnotationError(f"{where}: expected doc_id, entities[id,label,start_offset,end_offset]") from None
        out.append(_build(doc_id, spans, rels, prev, where))
    return out


def labelstudio_config() -> str:
    """The Label Studio labelling config (XML) whose control names the importer reads."""
    from importlib import resources

    return resources.files("gongbu.data").joinpath("labelstudio.xml").read_text("utf-8")


def predictions_to_labelstudio(items: Iterable[tuple[str, str, object]], model_version: str) -> str:
    """Label Studio tasks whose ``predictions`` are gongbu's Reports: annotators correct, not start blank.

    ``items`` are ``(doc_id, text, report)``; every span says which rule or model found it.
    """
    tasks = []
    for doc_id, text, report in items:
        result = [
            {"id": f"e{k}", "from_name": "label", "to_name": "text", "type": "labels",
             "value": {"start": e.start, "end": e.end, "text": e.text, "labels": [e.label]},
             "meta": {"source": e.source}}
            for k, e in enumerate(report.entities)
        ]
        result += [
            {"type": "relation", "from_id": f"e{r.head}", "to_id": f"e{r.tail}", "direction": "right",
             "labels": [r.label]}
            for r in report.relations
        ]
        tasks.append({"data": {"doc_id": doc_id, "text": text},
                      "predictions": [{"model_version": model_version, "result": result}]})
    return json.dumps(tasks, ensure_ascii=False, indent=1) + "\n"
