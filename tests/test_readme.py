"""The README opens with the two commands, and CI runs the second one."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _first_commands() -> list[str]:
    return re.findall(r"```bash\n(.+?)\n```", (ROOT / "README.md").read_text("utf-8"))[:2]


def test_readme_opens_with_parse_and_test_commands():
    parse_cmd, test_cmd = _first_commands()
    assert "gongbu parse corpus/" in parse_cmd
    assert "pytest" in test_cmd


def test_ci_runs_the_readme_test_command():
    _, test_cmd = _first_commands()
    assert test_cmd in (ROOT / ".ci" / "run").read_text("utf-8")


def test_readme_parse_command_names_a_corpus_file():
    parse_cmd, _ = _first_commands()
    path = re.search(r"(corpus/\S+\.txt)", parse_cmd).group(1)
    assert (ROOT / path).is_file()
