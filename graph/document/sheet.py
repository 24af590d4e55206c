"""Spreadsheets: responsibility matrices in .xlsx workbooks (openpyxl, read-only, cached values)
and .csv files -> the Document model, one section per sheet holding its table.

Each sheet's header is its first row with two or more filled cells (title rows above it are
skipped); every later row with a filled cell is a table row. The Document's text has one line per
row read (``| a | b |``), so spans keep working, and ``cells`` maps each line to its cells in A1
notation (``'CAIQ v4'!A12:F12``): the provenance of every fact read from the row.

Hostile workbooks stay bounded: an encrypted (password-protected) or legacy .xls file is one
error; a zip whose parts unpack past a limit is refused before parsing; at most ``MAX_ROWS`` rows
of ``MAX_COLUMNS`` columns per sheet and ``MAX_CELLS`` cells in all are read (a warning says
what was left); formulas give their cached value or nothing, never an evaluation; merged cells
give their value once, in their first cell.
"""

from __future__ import annotations

import csv
import datetime
import hashlib
import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..errors import InputError
from .model import Document, Section, Table, TableRow
from .source import decode

__all__ = [
    "MAX_CELLS",
    "MAX_COLUMNS",
    "MAX_ROWS",
    "SHEET_MEDIA_TYPES",
    "SHEET_SUFFIXES",
    "column_letter",
    "read_sheet",
]

SHEET_SUFFIXES = (".xlsx", ".xlsm", ".csv")
SHEET_MEDIA_TYPES = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv",
}
MAX_ROWS = 5_000
"""Rows read per sheet; the rest is left with a warning (a matrix has hundreds)."""
MAX_COLUMNS = 64
MAX_CELLS = 400_000
"""Cells read in all sheets together."""
MAX_UNPACKED = 256 * 2**20
"""Bytes the parts of an .xlsx zip may unpack to (a zip bomb is refused before parsing)."""
MAX_SHEET_XML = 32 * 2**20
"""Bytes a worksheet part without a ``<dimension>`` element may unpack to: openpyxl parses such
a sheet to its end before its first row (~1 s per 2 MiB), so this bounds the time. A sheet that
states its dimension (as Excel writes it) is streamed, and only ``MAX_ROWS`` rows are read."""
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\b")
MAX_PARTS = 5_000
_HEADER_SCAN = 50
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_PLAIN_SHEET = re.compile(r"^[A-Za-z_][A-Za-z0-9_.]*$")


def column_letter(index: int) -> str:
    """1 -> A, 27 -> AA."""
    letters = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _sheet_ref(name: str) -> str:
    """A sheet name as A1 references write it: quoted unless a plain word."""
    return name if _PLAIN_SHEET.match(name) else "'" + name.replace("'", "''") + "'"


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(" ".join(line.split()) for line in text.split("\n")).strip()


@dataclass
class _Budget:
    """The cells left to read, and what was left unread."""

    cells: int = MAX_CELLS
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Sheet:
    name: str
    rows: list[tuple[int, list[str]]]
    """(1-based row number, cell texts) of rows with a filled cell."""


def _rows(name: str, values: Iterable[Iterable[Any]], budget: _Budget, display: str) -> _Sheet:
    rows: list[tuple[int, list[str]]] = []
    for number, raw in enumerate(values, start=1):
        if number > MAX_ROWS or budget.cells <= 0:
            why = f"{MAX_ROWS} rows" if number > MAX_ROWS else f"{MAX_CELLS} cells in all"
            budget.warnings.append(
                f"{display}: sheet {name!r}: read up to row {number - 1} only (limit {why})"
            )
            break
        cells = [_text(v) for _, v in zip(range(MAX_COLUMNS), raw, strict=False)]
        budget.cells -= max(len(cells), 1)
        while cells and not cells[-1]:
            cells.pop()
        if cells:
            rows.append((number, cells))
    return _Sheet(name, rows)


def _header(sheet: _Sheet) -> int | None:
    """Index in ``sheet.rows`` of the header: the first row with two or more filled cells."""
    for index, (_, cells) in enumerate(sheet.rows[:_HEADER_SCAN]):
        if sum(1 for c in cells if c) >= 2:
            return index
    return None


def _undimensioned(archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> bool:
    """A large worksheet part that does not state its dimension before its rows."""
    if "worksheets/" not in part.filename or part.file_size <= MAX_SHEET_XML:
        return False
    try:
        with archive.open(part) as fh:
            head = fh.read(8192)
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
        return True
    return _DIMENSION.search(head) is None


def _xlsx_sheets(data: bytes, display: str, budget: _Budget) -> Iterator[_Sheet]:
    if data.startswith(_OLE_MAGIC):
        raise InputError(
            "password-protected (encrypted) workbook or legacy .xls file: not read",
            path=display,
            hint="save it without a password as .xlsx, or export the sheet as CSV",
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputError(
            "not an .xlsx workbook (not a zip archive)", path=display, hint="save it as .xlsx"
        ) from exc
    unpacked = sum(p.file_size for p in parts)
    largest = max((p.file_size for p in parts if _undimensioned(archive, p)), default=0)
    if len(parts) > MAX_PARTS or unpacked > MAX_UNPACKED or largest > MAX_SHEET_XML:
        raise InputError(
            f"workbook unpacks to {unpacked / 2**20:.0f} MiB in {len(parts)} parts (a sheet "
            f"without dimension: {largest / 2**20:.0f} MiB), over the limits "
            f"({MAX_UNPACKED // 2**20} MiB, {MAX_SHEET_XML // 2**20} MiB such a sheet)",
            path=display,
            hint="split the workbook or export the sheet as CSV",
        )
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds on a damaged workbook: one line
        raise InputError(f"cannot read the workbook: {exc}", path=display) from exc
    try:
        for worksheet in book.worksheets:
            if getattr(worksheet, "sheet_state", "visible") != "visible":
                continue
            values = worksheet.iter_rows(values_only=True)
            yield _rows(str(worksheet.title), values, budget, display)
    except InputError:
        raise
    except Exception as exc:
        raise InputError(f"cannot read the workbook: {exc}", path=display) from exc
    finally:
        book.close()


def _csv_sheet(data: bytes, display: str, stem: str, budget: _Budget) -> _Sheet:
    text, _, warnings = decode(data, display, kind="CSV")
    budget.warnings.extend(warnings)
    sample = text[:8192]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    csv.field_size_limit(1 << 20)
    try:
        return _rows(stem, csv.reader(io.StringIO(text), dialect), budget, display)
    except csv.Error as exc:
        raise InputError(f"cannot read the CSV file: {exc}", path=display) from exc


def _line(cells: list[str]) -> str:
    return "| " + " | ".join(c.replace("|", "\\|").replace("\n", "<br>") for c in cells) + " |"


def read_sheet(data: bytes, *, display: str, stem: str, suffix: str) -> Document:
    """Workbook or CSV bytes -> Document: a section per sheet with its table."""
    budget = _Budget()
    kind = "csv" if suffix.lower() == ".csv" else "xlsx"
    if kind == "csv":
        sheets: Iterable[_Sheet] = [_csv_sheet(data, display, stem, budget)]
    else:
        sheets = _xlsx_sheets(data, display, budget)
    root = Section(title="", level=0, start=1, path=())
    lines: list[str] = []
    cells: list[tuple[int, str]] = []
    for sheet in sheets:
        header = _header(sheet)
        if header is None:
            continue
        ref = _sheet_ref(sheet.name)
        lines.append(f"# {sheet.name}")
        section = Section(sheet.name, 1, len(lines), (sheet.name,))
        root.sections.append(section)
        width = max(len(c) for _, c in sheet.rows[header:])
        rows: list[TableRow] = []
        for index, (number, values) in enumerate(sheet.rows[header:]):
            lines.append(_line(values))
            cells.append((len(lines), f"{ref}!A{number}:{column_letter(width)}{number}"))
            padded = tuple(values + [""] * (width - len(values)))
            if index == 0:
                head, start = padded, len(lines)
            else:
                rows.append(TableRow(padded, len(lines)))
        section.blocks.append(Table(head, tuple(rows), start, len(lines), source="sheet"))
    if not root.sections:
        raise InputError(
            "no sheet holds a table (a header row with two or more filled cells)",
            path=display,
            hint="a responsibility matrix has a header row of activities and parties",
        )
    return Document(
        path=display,
        stem=stem,
        text="\n".join(lines),
        metadata={},
        root=root,
        content_hash="sha256:" + hashlib.sha256(data).hexdigest(),
        encoding="utf-8" if kind == "csv" else "xlsx",
        warnings=tuple(budget.warnings),
        format=kind,
        cells=tuple(cells),
    )
