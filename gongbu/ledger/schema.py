"""The ledger's four stored tables, their columns and types, in one place.

Every table goes through :func:`conform` when it is built and when it is read back, so a
ledger written to Parquet, CSV or DuckDB reads back equal (the round trip the tests check):
strings are pandas ``string`` with ``<NA>`` for missing values (an empty cell is missing),
counts and offsets nullable ``Int64``, flags nullable ``boolean``. Amounts are ``Int64``
when every amount is a whole number, else ``Float64``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas

__all__ = ["TABLES", "conform", "empty", "frame"]

S, INT, B, N = "string", "Int64", "boolean", "number"

TABLES: dict[str, dict[str, str]] = {
    # One row per MONEY or PERSON-COUNT mention of a document.
    "flows": {
        "document": S, "date": S, "kind": S, "text": S, "category": S, "unit": S,
        "amount": N, "approx": B, "low": N, "high": N,
        "from": S, "to": S, "from_level": S, "from_province": S, "from_side": S,
        "to_level": S, "to_province": S, "to_side": S,
        "period_start": INT, "period_end": INT, "cumulative": B, "period_text": S,
        "start": INT, "end": INT, "sentence_start": INT, "sentence_end": INT, "sentence": S,
    },
    # One row per partnership and sentence of a document that states it.
    "statements": {
        "document": S, "date": S, "helper": S, "helped": S, "official": B, "year": INT,
        "sentence_start": INT, "sentence_end": INT, "sentence": S,
    },
    "entities": {
        "document": S, "label": S, "start": INT, "end": INT, "text": S, "name": S, "level": S,
        "province": S, "side": S, "yuan": N, "count": INT, "unit": S, "category": S, "approx": B,
        "low": N, "high": N,
    },
    "documents": {
        "document": S, "date": S, "chars": INT, "flows": INT, "partnerships": INT, "warnings": INT,
        "repeated_passages": INT,
    },
}

_TRUE = {"true", "1", "yes"}
_FALSE = {"false", "0", "no"}


def _boolean(value: Any) -> Any:
    if isinstance(value, str):
        low = value.strip().lower()
        return True if low in _TRUE else False if low in _FALSE else None
    import pandas as pd

    if pd.isna(value):
        return None
    return bool(value)


def _column(values: pandas.Series, kind: str) -> pandas.Series:
    import pandas as pd

    if kind == S:
        out = values.astype("object").where(values.notna(), None)
        out = out.map(lambda v: None if v is None or v == "" else str(v))
        return out.astype("string")
    if kind == B:
        return values.astype("object").map(_boolean).astype("boolean")
    numbers = pd.to_numeric(values.astype("object").where(values.notna(), None), errors="coerce")
    if kind == INT:
        return numbers.round().astype("Int64")
    floats = numbers.astype("Float64")
    whole = floats.dropna()
    return floats.round().astype("Int64") if bool((whole == whole.round()).all()) else floats


def conform(name: str, df: pandas.DataFrame) -> pandas.DataFrame:
    """``df`` with exactly the columns of table ``name``, in order, typed as the ledger stores them."""
    import pandas as pd

    columns = TABLES[name]
    out = {}
    for col, kind in columns.items():
        values = df[col] if col in df.columns else pd.Series([None] * len(df), dtype="object")
        out[col] = _column(values.reset_index(drop=True), kind)
    return pd.DataFrame(out, columns=list(columns))


def frame(name: str, rows: list[dict[str, Any]]) -> pandas.DataFrame:
    """A conformed table from row dicts (keys that the table does not store are dropped)."""
    import pandas as pd

    return conform(name, pd.DataFrame(rows, columns=list(TABLES[name])) if not rows else pd.DataFrame(rows))


def empty(name: str) -> pandas.DataFrame:
    return frame(name, [])
