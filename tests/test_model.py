"""The shipped pipeline: small, self-contained, loadable with plain spaCy."""

import os
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
    assert "gongbu_entity_rules" in done.stdout
    assert "('971名干部', 'PERSON-COUNT')" in done.stdout


def test_entities_say_which_rule_or_model_found_them():
    import gongbu

    report = gongbu.parse("上海市投入6.1亿元帮扶云南省。")
    money = next(e for e in report.entities if e.label == "MONEY")
    assert money.source.startswith("money.")  # a rule id from gongbu/entities/data/patterns.jsonl


def test_a_packaged_pipeline_installs_and_loads_by_name(tmp_path):
    from typer.testing import CliRunner

    from gongbu.cli import app

    built = CliRunner().invoke(app, ["package", str(model_path()), str(tmp_path / "dist"), "--name", "gongbu_test"])
    assert built.exit_code == 0, built.output
    (wheel,) = (tmp_path / "dist").glob("zh_gongbu_test-*.whl")
    site = tmp_path / "site"
    installed = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site),
                                str(wheel)], capture_output=True, text=True)
    assert installed.returncode == 0, installed.stderr
    code = ("import spacy; nlp = spacy.load('zh_gongbu_test'); "
            "print([(e.text, e.label_) for e in nlp('上海市选派971名干部赴云南').ents]); "
            "import gongbu; print(gongbu.parse('沪滇协作', model='zh_gongbu_test').partnerships[0].helped)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(site)})
    assert done.returncode == 0, done.stderr
    assert "('971名干部', 'PERSON-COUNT')" in done.stdout
    assert "云南省" in done.stdout  # gongbu.parse takes the package name as its model


def test_packaging_refuses_a_folder_that_is_not_a_pipeline(tmp_path):
    from typer.testing import CliRunner

    from gongbu.cli import app

    refused = CliRunner().invoke(app, ["package", str(tmp_path), str(tmp_path / "dist")])
    assert refused.exit_code == 1 and "not a trained pipeline" in refused.output
