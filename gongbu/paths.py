"""Where gongbu's files are: the trained pipeline, and (in a source checkout) the corpus, annotations and configs.

One place resolves them, from an environment variable or the layout, and says clearly
what is missing. An installed wheel carries the pipeline but not the corpus, the gold or
the training configs: those come from a clone of the repository (or the variables below).

| what | variable | default |
|---|---|---|
| trained pipeline | ``GONGBU_MODEL`` | ``models/gongbu_zh`` inside the package, else in the checkout |
| corpus | ``GONGBU_CORPUS`` | ``corpus/`` of a checkout |
| annotations | ``GONGBU_ANNOTATIONS`` | ``annotations/`` of a checkout |
| training configs | ``GONGBU_CONFIGS`` | ``configs/`` of a checkout |
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["MODEL_NAME", "annotations_dir", "checkout_root", "configs_dir", "corpus_dir", "model_dir"]

MODEL_NAME = "gongbu_zh"
_PACKAGE = Path(__file__).resolve().parent


def checkout_root() -> Path | None:
    """The source checkout the package runs from (the folder holding ``gongbu/`` and ``corpus/``), if any."""
    root = _PACKAGE.parent
    return root if (root / "corpus").is_dir() and (root / "pyproject.toml").is_file() else None


def _from_checkout(env: str, folder: str, what: str) -> Path:
    value = os.environ.get(env)
    if value:
        path = Path(value)
        if not path.is_dir():
            raise FileNotFoundError(f"{env}={value} is not a folder")
        return path
    root = checkout_root()
    if root is None or not (root / folder).is_dir():
        raise FileNotFoundError(
            f"no {what} folder: {folder}/ belongs to a clone of the gongbu repository, not to the installed "
            f"package; run from a clone or set {env}"
        )
    return root / folder


def corpus_dir() -> Path:
    """The corpus documents: ``$GONGBU_CORPUS`` or ``corpus/`` of the checkout."""
    return _from_checkout("GONGBU_CORPUS", "corpus", "corpus")


def annotations_dir() -> Path:
    """The gold annotations: ``$GONGBU_ANNOTATIONS`` or ``annotations/`` of the checkout."""
    return _from_checkout("GONGBU_ANNOTATIONS", "annotations", "annotations")


def configs_dir() -> Path:
    """The spaCy training configs: ``$GONGBU_CONFIGS`` or ``configs/`` of the checkout."""
    return _from_checkout("GONGBU_CONFIGS", "configs", "training configs")


def model_dir() -> Path:
    """The shipped pipeline: ``$GONGBU_MODEL``, inside the package, or ``models/`` of a checkout."""
    env = os.environ.get("GONGBU_MODEL")
    if env:
        return Path(env)
    for candidate in (_PACKAGE / "models" / MODEL_NAME, _PACKAGE.parent / "models" / MODEL_NAME):
        if (candidate / "meta.json").exists():
            return candidate
    raise FileNotFoundError(
        f"no trained pipeline found (looked for {MODEL_NAME} in {_PACKAGE / 'models'} and "
        f"{_PACKAGE.parent / 'models'}); run `gongbu train` or set GONGBU_MODEL"
    )
