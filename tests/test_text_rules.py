"""The shipped rules-only pipeline, read without spaCy, finds what the spaCy component finds."""

import subprocess
import sys

import spacy

import gongbu
from gongbu.entities.text_rules import TextRules
from gongbu.pipeline import model_path, pipeline_for

TEXTS = [
    "上海市向云南省投入财政援助资金3.2亿元，选派挂职干部25名。",
    "  福州市　对口帮扶定西市，「中国石化」采购农产品1200万元。 ",
    "沪滇扶贫协作不断深化，深圳市代表广东省对口帮扶广西百色市、河池市。",
    "",
]


def test_the_shipped_folder_is_read_as_text_rules():
    assert isinstance(pipeline_for(), TextRules)


def test_text_rules_find_what_the_spacy_component_finds():
    rules = TextRules.from_folder(model_path())
    component = spacy.load(model_path()).get_pipe("gongbu_entity_rules")
    for text in TEXTS:
        assert rules.text_spans(text) == component.text_spans(text)


def test_parse_with_the_spacy_pipeline_gives_the_same_report():
    nlp = spacy.load(model_path())
    for text in TEXTS:
        assert gongbu.parse(text, model=nlp).to_dict() == gongbu.parse(text).to_dict()


def test_a_folder_with_a_trained_component_goes_to_spacy(tmp_path):
    nlp = spacy.blank("zh")
    nlp.add_pipe("ner")
    nlp.add_pipe("gongbu_entity_rules")
    nlp.initialize()
    nlp.to_disk(tmp_path / "p")
    assert TextRules.from_folder(tmp_path / "p") is None
    assert TextRules.from_folder(tmp_path / "missing") is None


def test_labels_of_the_component_config_are_kept(tmp_path):
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}})
    nlp.add_pipe("gongbu_entity_rules", config={"labels": ["MONEY"]})
    nlp.initialize()
    nlp.to_disk(tmp_path / "money")
    rules = TextRules.from_folder(tmp_path / "money")
    assert [label for label, *_ in rules.text_spans(TEXTS[0])] == ["MONEY"]


def test_the_first_parse_does_not_import_spacy():
    code = "import sys, gongbu; gongbu.parse('上海市投入5亿元。'); print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
