"""Benchmark input shared by the scripts here: corpus paragraphs, as a crawler would hand
them over, repeated to ``mb`` megabytes of UTF-8."""

from __future__ import annotations


def corpus_paragraphs(mb: float) -> tuple[list[str], int]:
    """The paragraphs and their size in bytes (at least ``mb`` megabytes)."""
    from gongbu.corpus import documents

    paragraphs = [p for d in documents() for p in d.text.split("\n") if p.strip()]
    texts, size = [], 0
    while size < mb * 1_000_000:
        for p in paragraphs:
            texts.append(p)
            size += len(p.encode("utf-8"))
    return texts, size
