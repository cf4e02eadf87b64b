"""Reading text files whatever their encoding, and writing files without losing anything.

Scraped Chinese pages arrive as UTF-8, GB18030/GBK, Big5 or UTF-16; :func:`decode`
picks the encoding and says which, so that a file and the same bytes on standard
input read alike. :func:`atomic_write_text` replaces a file only once the new
content is complete, keeps the file's permissions and writes through a symlink.

>>> decode("上海市".encode("utf-8"))
('上海市', 'utf-8')
>>> decode("上海市".encode("gb18030"))
('上海市', 'gb18030')
>>> decode("臺灣與上海攜手合作推動發展".encode("big5"))
('臺灣與上海攜手合作推動發展', 'big5')
"""

from __future__ import annotations

import codecs
import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

__all__ = ["DecodeError", "atomic_write_text", "atomic_writer", "decode", "read_text_file", "target_mode"]


class DecodeError(ValueError):
    """Bytes that are no text in any encoding gongbu reads."""


def _gb2312_share(text: str) -> float:
    """Share of Han characters inside GB2312, the common-character set: high for real
    text, low for bytes of another encoding read as GBK (random rare characters)."""
    han = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
    if not han:
        return 1.0
    ok = 0
    for ch in han:
        try:
            ch.encode("gb2312")
            ok += 1
        except UnicodeEncodeError:
            pass
    return ok / len(han)


def _simplified(text: str) -> str:
    from gongbu.text.clean import to_simplified

    return to_simplified(text)


def decode(data: bytes, name: str = "<input>") -> tuple[str, str]:
    """``(text, encoding)`` of ``data``: UTF-8 (with or without BOM), UTF-16 with a BOM, GB18030 or Big5.

    Raises :class:`DecodeError` naming ``name`` and the first bad byte when none fits.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise DecodeError(f"{name}: has a UTF-16 byte-order mark but is not UTF-16 ({exc.reason})") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    candidates = {}
    for enc in ("gb18030", "big5"):
        try:
            candidates[enc] = data.decode(enc)
        except UnicodeDecodeError:
            pass
    if "gb18030" in candidates and "big5" in candidates:
        # Both decode: Big5 read as GBK is a spray of rare characters, real GBK text is not;
        # Traditional text read as Big5 is common characters once simplified.
        gb = _gb2312_share(candidates["gb18030"])
        big5 = _gb2312_share(_simplified(candidates["big5"]))
        enc = "big5" if big5 > gb else "gb18030"
        return candidates[enc], enc
    for enc in ("gb18030", "big5"):
        if enc in candidates:
            return candidates[enc], enc
    raise DecodeError(
        f"{name}: not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}), GB18030, Big5 or UTF-16"
    )


def read_text_file(path: str | Path) -> tuple[str, str]:
    """``(text, encoding)`` of a file; ``OSError`` and :class:`DecodeError` name the file."""
    path = Path(path)
    if path.is_dir():
        raise IsADirectoryError(f"{path} is a folder, not a text file")
    return decode(path.read_bytes(), str(path))


def target_mode(path: str | Path) -> int:
    """The permission bits a file written over ``path`` should get: an existing file's own, else
    the umask's default (a temporary file from ``mkstemp`` is 0600, which would leak through)."""
    try:
        return stat.S_IMODE(Path(path).stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextlib.contextmanager
def atomic_writer(path: str | Path) -> Iterator[TextIO]:
    """A text stream whose content replaces ``path`` when the block ends without an error.

    It writes a temporary file in the same folder and renames it, so a crash never
    leaves half a file; a symlink is followed (its target is replaced, the link stays),
    and an existing file keeps its permission bits (a new one gets the umask's default,
    as ``open()`` would give).
    """
    path = Path(os.path.realpath(path))
    if path.is_dir():
        raise IsADirectoryError(f"{path} is a folder; give a file name")
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = target_mode(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_text(path: str | Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically (see :func:`atomic_writer`)."""
    with atomic_writer(path) as fh:
        fh.write(text)
