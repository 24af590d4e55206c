"""reStructuredText tables -> ``Table``: ``.. list-table::`` and ``.. csv-table::`` directives,
grid tables (``+---+``, spans and a ``+===+`` header border) and simple tables (``=== ===``).

The reader of the rest of the page (graph/document/rst.py) inherits these methods; a cell's lines
are read back through its ``blocks`` so lists inside cells keep their items.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable

from .model import Block, BulletList, Paragraph, Table, TableRow
from .outline import MAX_COLUMNS, Line, blocks_text, indent, is_blank
from .source import fill_grid, header_names

__all__ = ["SIMPLE_RULE", "RstTables"]

SIMPLE_RULE = re.compile(r"^=+(?:[ \t]+=+)+[ \t]*$")


def _count(value: str) -> int:
    value = value.strip()
    return min(int(value[:3]), 50) if value.isascii() and value.isdigit() else 0


class RstTables:
    """The table constructs of a reStructuredText reader (mixed into it)."""

    inline: Callable[[str], str]
    blocks: Callable[..., list[Block]]

    def _list_table(
        self, content: list[Line], options: dict[str, str], start: int, end: int, depth: int
    ) -> Table:
        rows: list[tuple[list[str], int]] = []
        for block in self.blocks(content, depth + 1):
            if not isinstance(block, BulletList):
                continue
            for item in block.items:
                cells: list[str] = []
                inner = [c for c in item.children if isinstance(c, BulletList)]
                for cell in inner[0].items if inner else ():
                    cells.append(
                        "\n".join(
                            blocks_text([Paragraph(cell.text, 0, 0)]) + blocks_text(cell.children)
                        )
                    )
                rows.append((cells[:MAX_COLUMNS], item.start))
        heads = _count(options.get("header-rows", "0"))
        header = tuple(rows[0][0]) if heads and rows else ()
        body = tuple(TableRow(tuple(c), line) for c, line in rows[min(heads, len(rows)) :])
        return Table(header, body, start, end, source="rst")

    def _csv_table(
        self, content: list[Line], options: dict[str, str], start: int, end: int
    ) -> Table | None:
        if not content:
            return None  # the data is in a file (:file:) or at a URL
        header: tuple[str, ...] = ()
        if "header" in options:
            header = tuple(
                self.inline(v.strip())
                for v in next(csv.reader([options["header"]], skipinitialspace=True))
            )
        rows: list[TableRow] = []
        delimiter = options.get("delim", ",")
        delimiter = {"tab": "\t", "space": " "}.get(delimiter, delimiter[:1] or ",")
        for number, text in content:
            if text.strip():
                values = next(csv.reader([text], delimiter=delimiter, skipinitialspace=True))
                rows.append(
                    TableRow(tuple(self.inline(v.strip()) for v in values[:MAX_COLUMNS]), number)
                )
        heads = _count(options.get("header-rows", "0"))
        if heads and rows and not header:
            header, rows = rows[0].cells, rows[1:]
        return Table(header, tuple(rows), start, end, source="rst")

    def _grid(self, lines: list[Line], depth: int) -> Table:
        """A grid table: columns where any of its borders has ``+`` (a top border over a
        spanned header marks fewer); rows between borders; the rows above a ``+===+`` border
        are the header."""
        corners = {k for _, t in lines if t.startswith("+") for k, c in enumerate(t) if c == "+"}
        edges = sorted(corners)[: MAX_COLUMNS + 1]
        rows: list[tuple[list[tuple[str, int, int]], bool, int]] = []
        parts: list[list[str]] = []
        spans: list[int] = []
        first = 0
        header_rows = 0
        bounds: list[int] = []

        def close() -> None:
            if parts:
                cells = [
                    (self._cell(p, first, depth), 1, s) for p, s in zip(parts, spans, strict=True)
                ]
                rows.append((cells, False, first))

        for number, text in lines[1:]:
            if text.startswith("+"):
                close()
                parts, spans = [], []
                if "=" in text:
                    header_rows = len(rows)
                continue
            if not parts:
                first = number
                starts = [e for e in edges[:-1] if e < len(text) and text[e] in "|+"]
                starts = starts or [0]
                spans = [
                    sum(1 for e in edges[:-1] if a <= e < b)
                    for a, b in zip(starts, [*starts[1:], edges[-1]], strict=True)
                ]
                parts = [[] for _ in starts]
                bounds = starts
            pieces = [
                text[a + 1 : b] for a, b in zip(bounds, [*bounds[1:], edges[-1]], strict=True)
            ]
            for part, piece in zip(parts, pieces, strict=True):
                part.append("" if set(piece.strip()) <= set("-=+") and piece.strip() else piece)
        close()
        grid = fill_grid(rows)
        header: tuple[str, ...] = ()
        if header_rows and grid:
            header = header_names([h[0] for h in grid[:header_rows]])
            grid = grid[header_rows:]
        body = tuple(TableRow(tuple(cells), line) for cells, _, line in grid)
        return Table(header, body, lines[0][0], lines[-1][0], source="rst")

    def _cell(self, parts: list[str], first: int, depth: int) -> str:
        """A cell's lines read as blocks (a paragraph on one line, list items as ``- ``
        lines)."""
        texts = [p.rstrip() for p in parts]
        width = min((indent(t) for t in texts if t.strip()), default=0)
        numbered = [(first + k, t[width:] if t.strip() else "") for k, t in enumerate(texts)]
        return "\n".join(blocks_text(self.blocks(numbered, depth + 1)))

    def _simple(self, lines: list[Line], i: int) -> tuple[Table | None, int]:
        """A simple table: columns from its top rule's runs of ``=``; a rule followed by more
        rows ends the header; the rule followed by a blank line (or the end) closes it."""
        rule = lines[i][1].rstrip()
        columns = [m.start() for m in re.finditer(r"=+", rule)][:MAX_COLUMNS]
        rows: list[tuple[list[str], int]] = []
        header: tuple[str, ...] = ()
        j = i + 1
        while j < len(lines):
            number, text = lines[j]
            if SIMPLE_RULE.match(text) or (text.strip() and set(text.strip()) <= set("= ")):
                if j + 1 >= len(lines) or is_blank(lines[j + 1]):
                    j += 1
                    break
                if not header and rows:
                    header = tuple(
                        " ".join(c).strip() for c in zip(*(r for r, _ in rows), strict=False)
                    )
                    rows = []
                j += 1
                continue
            if not text.strip() or set(text.strip()) <= set("- "):
                j += 1
                continue
            cells = [
                text[a:b].strip() for a, b in zip(columns, [*columns[1:], len(text)], strict=True)
            ]
            if rows and not cells[0]:
                previous, line = rows[-1]
                rows[-1] = (
                    [(p + "\n" + c).strip() for p, c in zip(previous, cells, strict=True)],
                    line,
                )
            else:
                rows.append((cells, number))
            j += 1
        if not rows and not header:
            return None, j
        body = tuple(TableRow(tuple(self.inline(c) for c in cells), line) for cells, line in rows)
        header = tuple(self.inline(h) for h in header)
        return Table(header, body, lines[i][0], lines[j - 1][0], source="rst"), j
