"""The HanLP baseline: what runs offline (label mapping, offsets, the error path)."""

import pytest

from gongbu.baselines.hanlp import HanLPBackend, HanLPUnavailable, map_label


@pytest.mark.parametrize(
    ("tag", "label"),
    [("NS", "GPE"), ("ns", "GPE"), ("NT", "ORG"), ("ORGANIZATION", "ORG"), ("MONEY", "MONEY"),
     ("NR", None), ("LOC", None), ("DATE", None)],
)
def test_label_mapping(tag, label):
    assert map_label(tag) == label


def test_predictions_become_character_spans():
    def fake_model(chars):
        assert chars == list("上海市帮扶云南省5亿元")
        return [("上海市", "NS", 0, 3), ("云南省", "NS", 5, 8), ("5亿元", "MONEY", 8, 11), ("张三", "NR", 0, 2)]

    backend = HanLPBackend("local", loader=lambda _: fake_model)
    assert backend("上海市帮扶云南省5亿元") == [("GPE", 0, 3), ("GPE", 5, 8), ("MONEY", 8, 11)]


def test_a_model_that_cannot_load_gives_a_clear_error():
    def offline(_):
        raise OSError("Download failed")

    with pytest.raises(HanLPUnavailable, match="HANLP_HOME"):
        HanLPBackend("MSRA_NER_ELECTRA_SMALL_ZH", loader=offline)


def test_without_hanlp_installed_the_error_names_the_extra():
    try:
        import hanlp  # noqa: F401
    except ImportError:
        with pytest.raises(HanLPUnavailable, match=r"gongbu\[hanlp\]"):
            HanLPBackend()
    else:
        with pytest.raises(HanLPUnavailable, match="could not load"):
            HanLPBackend()


def test_baseline_is_scored_with_spacys_scorer():
    import spacy

    from gongbu.baselines.hanlp import predict_docs
    from gongbu.training.ner import score_examples

    nlp = spacy.blank("zh")
    gold = nlp.make_doc("上海市帮扶云南省")
    gold.ents = [gold.char_span(0, 3, label="GPE"), gold.char_span(5, 8, label="GPE")]
    backend = HanLPBackend("local", loader=lambda _: lambda chars: [("上海市", "NS", 0, 3)])
    scores = score_examples(predict_docs(backend, [gold]))
    assert scores["per_label"]["GPE"] == {"p": 1.0, "r": 0.5, "f": pytest.approx(2 / 3)}


def test_evaluate_with_hanlp_fails_fast_without_the_model():
    from typer.testing import CliRunner

    from gongbu.cli import app

    done = CliRunner().invoke(app, ["evaluate", "--hanlp", "MSRA_NER_ELECTRA_SMALL_ZH"])
    assert done.exit_code == 1
    assert "gongbu[hanlp]" in done.output or "could not load" in done.output
