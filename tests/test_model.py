"""The shipped pipeline: small, self-contained, loadable with plain spaCy."""

import subprocess
import sys

from gongbu.pipeline import model_path


def test_shipped_model_is_small():
    size = sum(p.stat().st_size for p in model_path().rglob("*") if p.is_file())
    assert size < 20 * 2**20


def test_plain_spacy_load_finds_the_factories_through_entry_points():
    # A fresh interpreter that never imports gongbu: only the entry points can register the factories.
    code = (
        "import spacy, sys; nlp = spacy.load(sys.argv[1]); "
        "print(nlp.pipe_names); print([(e.text, e.label_) for e in nlp('上海市选派971名干部赴云南').ents])"
    )
    done = subprocess.run([sys.executable, "-c", code, str(model_path())], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "gongbu_entity_rules" in done.stdout and "ner" in done.stdout
    assert "('971名干部', 'PERSON-COUNT')" in done.stdout


def test_entities_say_which_rule_or_model_found_them():
    import gongbu

    report = gongbu.parse("上海市投入6.1亿元帮扶云南省。")
    money = next(e for e in report.entities if e.label == "MONEY")
    assert money.source.startswith("money.")  # a rule id from gongbu/entities/data/patterns.jsonl
