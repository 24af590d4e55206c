"""What every reader shares: the size limit, decoding, mojibake repair, table grids and the
one-line-per-item convention for lists inside table cells."""

from __future__ import annotations

import codecs
import html
import re
from collections.abc import Sequence

import ftfy

from ..errors import InputError
from ..files import open_regular, read_limited, too_large

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "bullet_lines",
    "char_refs",
    "check_size",
    "clean_text",
    "decode",
    "fill_grid",
    "header_names",
    "header_rows",
    "open_regular",
    "read_limited",
]

MAX_DOCUMENT_BYTES = 16 * 2**20
"""Larger sources are refused (InputError): extraction runs at ~0.15 MB/s, so 16 MiB is ~2 min."""

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BULLET = re.compile(r"^(?:[-*+–]\s+|[•·▪◦‣●■]\s*|&bull;\s*|&#8226;\s*)(?=\S)")


def check_size(data: bytes, display: str) -> None:
    """Refuse sources over the limit."""
    if len(data) > MAX_DOCUMENT_BYTES:
        raise too_large(
            len(data), display, MAX_DOCUMENT_BYTES, "document", "split it into smaller documents"
        )


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def decode(
    data: bytes, path: str, *, hint: str | None = None, kind: str = "Markdown"
) -> tuple[str, str, list[str]]:
    """Text, encoding and warnings: a BOM decides, then UTF-8, then the declared charset
    ``hint`` (HTML meta or HTTP header), then Windows-1252 with a warning."""
    warnings: list[str] = []
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "utf-8-sig", warnings
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16", warnings
        except UnicodeDecodeError as exc:
            raise InputError("not valid UTF-16 despite its byte-order mark", path=path) from exc
    if b"\x00" in data[:8192]:
        suffix = "html" if kind == "HTML" else "md"
        raise InputError(
            f"binary file, not a{'n' if kind == 'HTML' else ''} {kind} document",
            path=path,
            hint=f"pass a .{suffix} text file",
        )
    try:
        return data.decode("utf-8"), "utf-8", warnings
    except UnicodeDecodeError as exc:
        declared = _codec(hint)
        if declared is not None and declared not in ("utf-8", "utf-16", "utf-32"):
            try:
                return data.decode(declared), declared, warnings
            except (UnicodeDecodeError, LookupError):
                pass
        line = data[: exc.start].count(b"\n") + 1
        warnings.append(f"{path}:{line}: not UTF-8; decoded as Windows-1252")
        return data.decode("cp1252", errors="replace"), "cp1252", warnings


_SUSPECT = re.compile(r"[^\t\n\x20-\x7e]|&")
"""What ftfy could change in a line: anything but printable ASCII, tabs and newlines (mojibake,
curly quotes, wide forms, control characters), or an HTML entity."""


_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})
"""The Unicode hyphen and non-breaking hyphen ("DevOps‑as‑a‑Service"): the hyphen-minus every
word pattern knows, one character for one, so columns and lines stay as written."""


def clean_text(text: str) -> str:
    """Unix newlines, mojibake repaired (line by line, so line numbers are kept), no control
    characters, Unicode hyphens written as "-". Lines of plain ASCII (most of most pages) skip
    ftfy: it would return them unchanged; the others go through it as ``ftfy.fix_text`` would
    take them (its choice not to unescape HTML entities once a line holds ``<`` holds for the
    lines after it too)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _SUSPECT.search(text) is not None:
        out: list[str] = []
        entities: str | bool = "auto"
        lines = text.split("\n")  # ftfy's segments: lines with their newline
        for i, line in enumerate(lines):
            segment = line + "\n" if i < len(lines) - 1 else line
            if _SUSPECT.search(segment) is None:
                out.append(segment)
            else:
                out.append(ftfy.fix_text(segment, normalization="NFC", unescape_html=entities))
            if "<" in segment:
                entities = False
        text = "".join(out).translate(_HYPHENS)
    return _CONTROL.sub("", text)


_CHAR_REF = re.compile(
    r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|(?!(?:lt|gt);)[A-Za-z][A-Za-z0-9]{1,31});"
)
"""A character reference (``&#10003;``, ``&#x2713;``, ``&check;``) but ``&lt;``/``&gt;``, which
as ``<``/``>`` would read as markup."""


def char_refs(text: str) -> str:
    """Character references as the characters a rendered page shows (a ``&#10003;`` check
    cell is a check mark). ``clean_text`` leaves them as written on and after a line holding
    ``<`` (ftfy's rule for HTML-like text), which Markdown and AsciiDoc pages often have."""
    return _CHAR_REF.sub(lambda m: html.unescape(m.group()), text) if "&" in text else text


def bullet_lines(text: str, *, compact: bool = True) -> str:
    """Cell text with bullet lines (``- a``, ``• a``, ``* a``) written ``- a``: the convention
    documented on ``TableRow``. ``compact`` also collapses spaces and drops empty lines."""
    out: list[str] = []
    for raw in text.split("\n"):
        line = " ".join(raw.split()) if compact else raw
        if compact and (not line or line in ("-", "•", "*")):
            continue
        if _BULLET.match(line.strip()):
            line = "- " + _BULLET.sub("", line.strip(), count=1)
        out.append(line)
    return "\n".join(out)


Cell = tuple[str, int, int]
"""A cell's text, rowspan and colspan."""


def fill_grid(
    rows: Sequence[tuple[Sequence[Cell], bool, int]],
) -> list[tuple[list[str], bool, int]]:
    """Rows of cells (with their spans) -> rows of texts: a ``rowspan`` / ``colspan`` cell is
    repeated into the rows and columns it spans; a single cell across a whole row (a note or a
    caption) stays in the first column; rows without any text are dropped."""
    carry: dict[int, tuple[str, int]] = {}
    out: list[tuple[list[str], bool, int]] = []
    for cells, is_head, line in rows:
        row: list[str] = []
        pending = list(cells)
        single = len(cells) == 1
        while pending or any(col >= len(row) for col in carry):
            col = len(row)
            if col in carry:  # a cell from a row above spans down into this one
                text, left = carry.pop(col)
                if left > 1:
                    carry[col] = (text, left - 1)
                row.append(text)
                continue
            if not pending:
                row.append("")
                continue
            text, nrows, ncols = pending.pop(0)
            if single and not carry:
                ncols = 1  # one cell across the whole row: a note or caption, not data
            for offset in range(ncols):
                if nrows > 1:
                    carry[col + offset] = (text, nrows - 1)
                row.append(text)
        if any(row):
            out.append((row, is_head, line))
    return out


def header_names(heads: Sequence[Sequence[str]]) -> tuple[str, ...]:
    """The column names of a table's header rows: per column the lowest row's text (a group
    name spanning several columns above them, "Layer" over "Physical server | ESXi", names
    no one column); a row of one cell across the table is its caption, no column's name."""
    named = [h for h in heads if len(h) > 1] or list(heads)
    width = max((len(h) for h in named), default=0)
    return tuple(
        next((h[col].strip() for h in reversed(named) if col < len(h) and h[col].strip()), "")
        for col in range(width)
    )


def header_rows(
    rows: list[tuple[list[str], bool, int]],
) -> tuple[tuple[str, ...], list[tuple[list[str], bool, int]]]:
    """An HTML table's header and body: its first row (when marked as a header or followed by
    more), and the header rows under it (``<thead>`` rows, rows all of ``<th>``), up to four,
    while a body row is left."""
    if not rows or not (rows[0][1] or len(rows) > 1):
        return (), rows
    count = 1
    while count < min(4, len(rows) - 1) and rows[count][1]:
        count += 1
    return header_names([cells for cells, _, _ in rows[:count]]), rows[count:]


def span_value(value: str | None) -> int:
    """A rowspan / colspan attribute as a count from 1 to 50 (1 when missing or invalid)."""
    value = (value or "1").strip()
    if not (value.isascii() and value.isdigit()):  # '²' is a digit to isdigit, not to int
        return 1
    return max(1, min(50, int(value.lstrip("0")[:3] or 0)))  # no 5,000-digit int()
