"""A ledger on disk: Parquet, CSV, DuckDB, or the HTML dashboard; and back.

- ``ledger.duckdb``: one database with the tables ``flows``, ``statements``, ``entities`` and
  ``documents`` (query it with ``duckdb ledger.duckdb "select …"``).
- ``ledger.parquet`` / ``ledger.csv``: the flows (the table most people want) in that file,
  and each other table beside it (``ledger.statements.parquet``, ``ledger.entities.parquet``,
  ``ledger.documents.parquet``), so each file is one plain table for any tool.
- ``ledger.html``: the dashboard (:mod:`.dashboard`); it is not read back.

Facts, partnerships and totals are computed from these tables, so they are not stored.
Every file is written to a temporary name and renamed, so a failed run leaves no half file.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from gongbu.files import target_mode
from gongbu.ledger.schema import TABLES, conform

if TYPE_CHECKING:
    import pandas

    from gongbu.ledger import Ledger

__all__ = ["SUFFIXES", "read", "write"]

SUFFIXES = (".parquet", ".csv", ".duckdb", ".html")
_READABLE = (".parquet", ".csv", ".duckdb")


def _suffix(path: Path, allowed: tuple[str, ...]) -> str:
    suffix = path.suffix.lower()
    if suffix == ".htm":
        suffix = ".html"
    if suffix not in allowed:
        raise ValueError(f"{path}: a ledger file ends in {', '.join(allowed)}, not {path.suffix or '(no suffix)'}")
    return suffix


def table_paths(path: Path) -> dict[str, Path]:
    """Where each table of a Parquet or CSV ledger lives: ``path`` for flows, siblings for the rest."""
    return {name: path if name == "flows" else path.with_name(f"{path.stem}.{name}{path.suffix}")
            for name in TABLES}


def _atomic(path: Path, write) -> None:
    """Run ``write(tmp)`` and move the result onto ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        write(Path(tmp))
        os.chmod(tmp, target_mode(path))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write(ledger: Ledger, path: Path) -> list[Path]:
    """Write ``ledger`` in the format its suffix names; the files written."""
    suffix = _suffix(path, SUFFIXES)
    tables = ledger.tables()
    if suffix == ".html":
        from gongbu.files import atomic_write_text
        from gongbu.ledger.dashboard import to_html

        atomic_write_text(path, to_html(ledger))
        return [path]
    if suffix == ".duckdb":
        _atomic(path, lambda tmp: _write_duckdb(tables, tmp))
        return [path]
    written = []
    for name, target in table_paths(path).items():
        df = tables[name]
        if suffix == ".parquet":
            _atomic(target, lambda tmp, df=df: df.to_parquet(tmp, index=False, engine="pyarrow"))
        else:
            _atomic(target, lambda tmp, df=df: df.to_csv(tmp, index=False, encoding="utf-8"))
        written.append(target)
    return written


def _write_duckdb(tables: dict[str, pandas.DataFrame], tmp: Path) -> None:
    try:
        import duckdb
    except ImportError as err:
        raise ImportError('DuckDB output needs duckdb: pip install "gongbu[ledger]"') from err
    tmp.unlink()  # duckdb wants to create the file itself
    con = duckdb.connect(str(tmp))
    try:
        for name, df in tables.items():
            con.register("incoming", df)
            con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM incoming')
            con.unregister("incoming")
    finally:
        con.close()


def read(path: Path) -> dict[str, pandas.DataFrame]:
    """The stored tables of a ledger file (typed as :func:`gongbu.ledger.schema.conform` types them)."""
    import pandas as pd

    suffix = _suffix(path, _READABLE)
    if not path.is_file():
        raise FileNotFoundError(f"no ledger at {path}")
    if suffix == ".duckdb":
        import duckdb

        con = duckdb.connect(str(path), read_only=True)
        try:
            present = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
            return {name: conform(name, con.execute(f'SELECT * FROM "{name}"').df() if name in present
                                  else pd.DataFrame()) for name in TABLES}
        finally:
            con.close()
    out = {}
    for name, source in table_paths(path).items():
        if not source.is_file():
            raise FileNotFoundError(f"{path} is a ledger's flows; its {name} table {source} is missing")
        if suffix == ".parquet":
            df = pd.read_parquet(source, engine="pyarrow")
        else:
            df = pd.read_csv(source, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8")
        out[name] = conform(name, df)
    return out
