"""A trained pipeline as a wheel that installs and loads by name (``spacy.load("zh_gongbu_zh")``).

spaCy's own ``package`` does the building. What gongbu adds: the wheel requires gongbu,
whose components and lexicons the pipeline runs on (spaCy only finds its own requirement),
and the pipeline folder is checked before anything is written.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from gongbu import __version__


class PackageError(ValueError):
    """The pipeline folder or the package name cannot make a wheel."""


def package_pipeline(model: Path, output: Path, name: str = "gongbu_zh", version: str | None = None) -> Path:
    """Build a wheel of the pipeline in ``model`` into ``output``; returns the wheel's path."""
    if not (model / "config.cfg").is_file() or not (model / "meta.json").is_file():
        raise PackageError(f"{model} is not a trained pipeline (no config.cfg and meta.json)")
    if not name.isidentifier():
        raise PackageError(f"package name {name!r} must be a Python identifier (letters, digits, _)")
    meta = json.loads((model / "meta.json").read_text("utf-8"))
    requirement = f"gongbu>={__version__}"
    meta["requirements"] = [r for r in meta.get("requirements", []) if not r.startswith("gongbu")] + [requirement]
    output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "pipeline"
        shutil.copytree(model, staged)
        (staged / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2), "utf-8")
        build = Path(tmp) / "build"
        build.mkdir()
        # A subprocess, because spaCy's build prints every file it copies; shown only on failure.
        done = subprocess.run([sys.executable, "-m", "spacy", "package", str(staged), str(build), "--name", name,
                               "--version", version or meta.get("version", __version__), "--build", "wheel",
                               "--force"], capture_output=True, text=True)
        wheels = list(build.glob("*/dist/*.whl"))
        if done.returncode or len(wheels) != 1:
            raise PackageError("spacy package failed:\n" + (done.stdout + done.stderr)[-3000:])
        wheel = wheels[0]
        target = output / wheel.name
        shutil.copyfile(wheel, target)
    return target
