"""The annotators' loop against a real Label Studio server on 127.0.0.1.

Label Studio runs from its own virtualenv (its dependencies never touch gongbu's): `.ci/run`
makes it and sets ``GONGBU_LABEL_STUDIO`` to its ``bin`` folder. The loop: gongbu writes
pre-annotated tasks → a project with gongbu's labelling config (label-studio-sdk) → an
annotator adds a span through the API → export → `gongbu annotations import` → validate →
train a small model on the imported gold.
"""

import os
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

from gongbu.cli import app

ROOT = Path(__file__).resolve().parents[1]
BIN = os.environ.get("GONGBU_LABEL_STUDIO")
if not BIN:
    if os.environ.get("CI"):
        raise RuntimeError("GONGBU_LABEL_STUDIO is not set: .ci/run must install Label Studio for this test")
    pytest.skip("set GONGBU_LABEL_STUDIO to the bin folder of a Label Studio virtualenv", allow_module_level=True)

EMAIL, PASSWORD = "annotator@example.com", "gongbu-round-trip"
runner = CliRunner()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    data = tmp_path_factory.mktemp("label-studio")
    port = _free_port()
    env = {**os.environ, "LABEL_STUDIO_BASE_DATA_DIR": str(data), "LABEL_STUDIO_USERNAME": EMAIL,
           "LABEL_STUDIO_PASSWORD": PASSWORD, "LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK": "true"}
    log = open(data / "server.log", "w")
    proc = subprocess.Popen([str(Path(BIN) / "label-studio"), "start", "--no-browser", "--internal-host",
                             "127.0.0.1", "--port", str(port), "--data-dir", str(data)],
                            env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=5) as r:
                if r.status == 200:
                    break
        except OSError:
            time.sleep(2)
        if proc.poll() is not None:
            raise RuntimeError("Label Studio exited: " + (data / "server.log").read_text()[-2000:])
    else:
        proc.terminate()
        raise RuntimeError("Label Studio did not answer within 240 s")
    yield url
    proc.terminate()
    proc.wait(timeout=30)


def test_the_annotators_loop_through_a_live_label_studio(server, tmp_path):
    corpus = next((ROOT / "corpus").glob("001_*.txt"))
    tasks, export = tmp_path / "tasks.json", tmp_path / "export.json"
    assert runner.invoke(app, ["annotations", "predict", str(corpus), "-o", str(tasks)]).exit_code == 0
    config = tmp_path / "config.xml"
    config.write_text(runner.invoke(app, ["annotations", "labelstudio-config"]).stdout, "utf-8")
    done = subprocess.run([str(Path(BIN) / "python"), str(ROOT / "tests" / "labelstudio_client.py"), server,
                           EMAIL, PASSWORD, str(config), str(tasks), str(export)], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]

    gold = tmp_path / "gold.jsonl"
    shutil.copyfile(ROOT / "annotations" / "gold.jsonl", gold)
    imported = runner.invoke(app, ["annotations", "import", "--format", "labelstudio", str(export), "--out", str(gold)])
    assert imported.exit_code == 0, imported.output
    assert runner.invoke(app, ["annotations", "validate", str(gold)]).exit_code == 0
    review = runner.invoke(app, ["annotations", "review", str(gold)])
    assert "金沙江" in review.stdout  # the annotator's new span waits for a person to confirm its norm

    # A small model trains on the imported gold.
    from gongbu.data.gold import read_gold
    from gongbu.training.ner import build_corpora, config_path, train

    os.environ["GONGBU_ANNOTATIONS"] = str(tmp_path)
    try:
        (doc,) = [d for d in read_gold(gold) if d.id == "001"]
        assert any(e.text == "金沙江" and e.label == "ORG" for e in doc.entities)
        (tmp_path / "splits.json").write_text((ROOT / "annotations" / "splits.json").read_text("utf-8"), "utf-8")
        tp, dp = build_corpora(tmp_path / "corpus", train_ids=["001"], dev_ids=["001"], n_augment=20, seed=1)
        best = train(tmp_path / "model", tp, dp, config=config_path(False),
                     overrides={"training.max_epochs": 1, "training.max_steps": 10, "training.eval_frequency": 5,
                                "components.tok2vec.model.encode.width": 16, "components.ner.model.hidden_width": 8})
    finally:
        os.environ.pop("GONGBU_ANNOTATIONS", None)
    assert (best / "meta.json").exists()
