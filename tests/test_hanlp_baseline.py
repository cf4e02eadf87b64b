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
