"""The command line: clean, corpus and annotations commands."""

import json
from pathlib import Path

from typer.testing import CliRunner

from gongbu.cli import app

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def test_clean_prints_text_and_warnings(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("東西部扶貧協(xié)作投入萬元,,", "utf-8")
    done = runner.invoke(app, ["clean", str(path)])
    assert done.exit_code == 0
    assert done.stdout.startswith("东西部扶贫协作投入万元,\n")
    assert "stripped_digits" in done.stdout


def test_clean_json_has_the_offset_map():
    done = runner.invoke(app, ["clean", "-", "--json"], input="協(xié)作")
    data = json.loads(done.stdout)
    assert data["text"] == "协作" and data["starts"] == [0, 6] and data["ends"] == [6, 7]


def test_clean_missing_file():
    done = runner.invoke(app, ["clean", "no/such/file.txt"])
    assert done.exit_code != 0 and "no such file" in done.output


def test_annotations_validate_passes_on_the_gold():
    done = runner.invoke(app, ["annotations", "validate"])
    assert done.exit_code == 0, done.output
    assert "valid" in done.output


def test_annotations_validate_fails_with_file_and_line(tmp_path):
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"id": "000"}\n', "utf-8")
    done = runner.invoke(app, ["annotations", "validate", str(bad)])
    assert done.exit_code == 1
    assert f"{bad}:1: missing key" in done.output


def test_annotations_agreement_table():
    passes = ROOT / "annotations" / "passes"
    done = runner.invoke(app, ["annotations", "agreement", str(passes / "A"), str(passes / "B")])
    assert done.exit_code == 0
    assert "| entities | micro |" in done.stdout


def test_export_import_round_trip(tmp_path):
    from gongbu.data import read_gold

    exported = tmp_path / "tasks.json"
    done = runner.invoke(app, ["annotations", "export", "--format", "labelstudio", "--out", str(exported)])
    assert done.exit_code == 0, done.output
    target = tmp_path / "gold.jsonl"
    target.write_bytes((ROOT / "annotations" / "gold.jsonl").read_bytes())
    done = runner.invoke(app, ["annotations", "import", "--format", "labelstudio", str(exported), "--out", str(target)])
    assert done.exit_code == 0, done.output
    assert [d.to_dict() for d in read_gold(target)] == [d.to_dict() for d in read_gold()]


def test_gbk_files_are_read_and_binary_files_refused(tmp_path):
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes("沪滇扶贫协作投入6.1亿元。".encode("gbk"))
    done = runner.invoke(app, ["clean", str(gbk)])
    assert done.exit_code == 0 and "沪滇扶贫协作" in done.stdout and "GB18030" in done.output
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"\x80\x81\xfe\xff\xfa\xfb\x80")
    done = runner.invoke(app, ["clean", str(binary)])
    assert done.exit_code != 0 and "UTF-16" in done.output
