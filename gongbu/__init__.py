"""gongbu: structured facts from Chinese reports on East-West poverty-alleviation cooperation.

>>> import gongbu
>>> report = gongbu.parse("沪滇扶贫协作不断深化。")
>>> [(p.helper, p.helped) for p in report.partnerships]
[('上海市', '云南省')]
"""

from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["Ledger", "Period", "Report", "clean", "load", "parse", "parse_many"]

if TYPE_CHECKING:
    from gongbu.ledger import Ledger
    from gongbu.pipeline import load, parse, parse_many
    from gongbu.report import Period, Report
    from gongbu.text import clean


def __getattr__(name: str):
    # Lazy, so `import gongbu` stays cheap and spaCy loads only when parsing.
    if name in ("load", "parse", "parse_many"):
        from gongbu import pipeline

        return getattr(pipeline, name)
    if name in ("Period", "Report"):
        from gongbu import report

        return getattr(report, name)
    if name == "Ledger":
        from gongbu.ledger import Ledger

        return Ledger
    if name == "clean":
        from gongbu.text import clean

        return clean
    raise AttributeError(f"module 'gongbu' has no attribute {name!r}")


def __dir__() -> list[str]:
    # The lazy names too, so dir(gongbu) and auto-completion show the front door.
    return sorted(set(globals()) | set(__all__))
