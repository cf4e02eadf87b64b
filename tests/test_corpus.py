from gongbu.corpus import corpus_dir, describe, read_manifest, read_text


def test_manifest_matches_the_documents():
    folder = corpus_dir()
    for rec in read_manifest():
        derived = describe(rec["file"], read_text(folder / rec["file"]))
        # written documents also carry their writer's metadata (origin, title, structures …)
        assert {k: rec[k] for k in derived} == derived


def test_documents_are_the_seeds(corpus_docs):
    assert sorted(corpus_docs)[:5] == ["000", "001", "002", "003", "004"]
    assert len(corpus_docs) >= 45
    assert corpus_docs["000"].script == "traditional"
    assert "pinyin_gloss" in corpus_docs["000"].noise
    assert "stripped_digits" in corpus_docs["001"].noise
