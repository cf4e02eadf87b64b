"""The corpus ledger: many Reports as one set of tables, the same fact once with all its sources.

>>> import gongbu
>>> a = gongbu.parse("2019年,上海市向云南省投入财政援助资金3亿元。")
>>> b = gongbu.parse("2019年，上海市向云南省投入财政援助资金3亿元。")   # the same story, another site
>>> ledger = gongbu.Ledger.from_reports([("a", a), ("b", b)])
>>> ledger.facts()[["amount", "from", "to", "documents"]].to_dict("records")
[{'amount': 300000000, 'from': '上海市', 'to': '云南省', 'documents': ['a', 'b']}]

Needs pandas (``pip install "gongbu[ledger]"``, which also brings pyarrow, duckdb and
plotly for the exports and the dashboard). How facts merge: :mod:`gongbu.ledger.facts`;
how totals avoid double counts: :mod:`gongbu.ledger.totals`; the files:
:mod:`gongbu.ledger.export`; the HTML page: :mod:`gongbu.ledger.dashboard`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gongbu.ledger.build import document_rows

if TYPE_CHECKING:
    import pandas

    from gongbu.report import Report

__all__ = ["Ledger"]


def _pandas():
    try:
        import pandas
    except ImportError as err:
        raise ImportError('the ledger needs pandas: pip install "gongbu[ledger]"') from err
    return pandas


class Ledger:
    """Flows, partnerships and entities of many documents, with facts merged across them.

    Build it with :meth:`from_reports` (or :meth:`read` a saved one); every method returns
    a new pandas DataFrame, so changing one never changes the ledger.
    """

    def __init__(self, tables: Mapping[str, pandas.DataFrame]):
        _pandas()
        from gongbu.ledger.facts import assign_facts
        from gongbu.ledger.schema import TABLES, conform

        self._tables = {name: conform(name, tables[name]) if name in tables else conform(name, _pandas().DataFrame())
                        for name in TABLES}
        flows = self._tables["flows"]
        flows.insert(0, "fact", assign_facts(flows))
        self._facts: pandas.DataFrame | None = None

    @classmethod
    def from_reports(cls, reports: Iterable[tuple[str, Report | Mapping[str, Any]]], *,
                     dates: Mapping[str, Any] | None = None) -> Ledger:
        """A ledger of ``(document id, report)`` pairs, read one at a time (a generator streams).

        ``report`` is a :class:`gongbu.Report` or its dict (``to_dict()``); ``dates`` maps a
        document id to its date (``date``, ISO text, or a year) for the ``date`` columns and
        the years a partnership was stated.
        """
        _pandas()
        from gongbu.ledger.schema import TABLES, frame

        dates = dict(dates or {})
        rows: dict[str, list[dict]] = {name: [] for name in TABLES}
        seen: set[str] = set()
        for doc_id, report in reports:
            doc_id = str(doc_id)
            if doc_id in seen:
                raise ValueError(f"document id {doc_id!r} given twice; ids must be unique")
            seen.add(doc_id)
            for name, new in document_rows(doc_id, report, dates.get(doc_id)).items():
                rows[name].extend(new)
        return cls({name: frame(name, rows[name]) for name in TABLES})

    # --- tables ---------------------------------------------------------------------------

    def flows(self) -> pandas.DataFrame:
        """One row per quantity mentioned in a document, with its ``fact`` id (see :meth:`facts`)."""
        return self._tables["flows"].copy()

    def entities(self) -> pandas.DataFrame:
        """One row per entity of each document (label, offsets, text, normalised name or value)."""
        return self._tables["entities"].copy()

    def documents(self) -> pandas.DataFrame:
        """One row per document: date, length, how many flows, partnerships, warnings, repeated passages."""
        return self._tables["documents"].copy()

    def statements(self) -> pandas.DataFrame:
        """One row per partnership and sentence that states it, in each document."""
        return self._tables["statements"].copy()

    def partnerships(self) -> pandas.DataFrame:
        """One row per helper → helped: the documents that state it, whether the official pairing
        table knows it (``official``: True, False, or <NA> where a name is not in the table), the
        first and last year it was stated (the document's year, else the latest year its sentence
        names) and how many sentences state it."""
        pd = _pandas()
        st = self._tables["statements"]
        columns = ["helper", "helped", "official", "documents", "n_documents", "first_year", "last_year", "statements"]
        rows = []
        for (helper, helped), g in st.groupby(["helper", "helped"], sort=False):
            official = g["official"].dropna()
            rows.append({
                "helper": helper, "helped": helped,
                "official": bool(official.any()) if len(official) else None,
                "documents": list(dict.fromkeys(g["document"])), "n_documents": g["document"].nunique(),
                "first_year": g["year"].min(), "last_year": g["year"].max(), "statements": len(g),
            })
        out = pd.DataFrame(rows, columns=columns)
        out["official"] = out["official"].astype("boolean")
        for col in ("first_year", "last_year"):
            out[col] = out[col].astype("Int64")
        return out

    def facts(self) -> pandas.DataFrame:
        """One row per fact (same kind, amount, parties and period), with every source; ``conflict``
        names the group of facts it disagrees with (see :mod:`gongbu.ledger.facts`)."""
        if self._facts is None:
            from gongbu.ledger.facts import facts

            self._facts = facts(self._tables["flows"])
        return self._facts.copy()

    def conflicts(self) -> pandas.DataFrame:
        """Facts with the same parties, kind and dated period but different amounts, by conflict id."""
        from gongbu.ledger.facts import conflicts

        return conflicts(self.facts())

    def totals(self, by: Iterable[str] = ("from", "to", "year")) -> pandas.DataFrame:
        """Sums per group of ``by`` that never add a cumulative figure to the yearly ones inside it
        (the rule: :mod:`gongbu.ledger.totals`). ``by`` takes ``year`` and kind, category, unit, from, to,
        from_province, to_province, from_side, to_side; the kind is always one of the groups."""
        from gongbu.ledger.totals import totals

        return totals(self.facts(), by)

    def decisions(self, by: Iterable[str] = ("from", "to", "year")) -> pandas.DataFrame:
        """Each fact with whether :meth:`totals` counts it (``counted``) and why (``reason``)."""
        from gongbu.ledger.totals import decide

        return decide(self.facts(), by)

    # --- files ----------------------------------------------------------------------------

    def write(self, path: str | Path) -> list[Path]:
        """Write to ``.parquet``, ``.csv``, ``.duckdb`` or ``.html`` (the dashboard) by the suffix;
        returns the files written (Parquet and CSV put each table in a file of its own)."""
        from gongbu.ledger.export import write

        return write(self, Path(path))

    @classmethod
    def read(cls, path: str | Path) -> Ledger:
        """A ledger written by :meth:`write` (``.parquet``, ``.csv`` or ``.duckdb``)."""
        from gongbu.ledger.export import read

        return cls(read(Path(path)))

    def tables(self) -> dict[str, pandas.DataFrame]:
        """The stored tables (flows, statements, entities, documents), as :meth:`write` saves them."""
        return {name: df.drop(columns=["fact"]) if name == "flows" else df.copy()
                for name, df in self._tables.items()}

    def __len__(self) -> int:
        return len(self._tables["documents"])

    def __repr__(self) -> str:
        t = self._tables
        return (f"<Ledger: {len(t['documents'])} documents, {len(t['flows'])} flows, "
                f"{len(self.facts())} facts, {t['statements'][['helper', 'helped']].drop_duplicates().shape[0]} "
                "partnerships>")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Ledger):
            return NotImplemented
        return all(a.equals(other._tables[name]) for name, a in self._tables.items())

    __hash__ = None  # type: ignore[assignment]  # mutable-looking tables: not hashable

