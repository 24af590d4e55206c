"""Tables of rows in the output formats every command shares (``--output``).

``table`` is a rich table on a terminal and aligned plain text in a pipe or a file; ``csv`` (RFC
4180), ``tsv`` (tabs, with tabs and newlines in values escaped), ``md`` (a Markdown table) and
``json`` (a list of objects keyed by the column names) are the same rows for other programs.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Sequence

from .errors import InputError

__all__ = ["OUTPUT_FORMATS", "render_rows"]

OUTPUT_FORMATS = ("table", "csv", "tsv", "json", "md")


def _tsv_cell(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def _md_cell(value: str) -> str:
    return value.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def render_rows(
    head: Sequence[str],
    rows: Sequence[Sequence[str]],
    fmt: str,
    *,
    title: str | None = None,
    plain: bool = True,
    width: int | None = None,
) -> str:
    """``rows`` under the column names ``head`` in ``fmt``; ``title`` heads a table or md."""
    if fmt not in OUTPUT_FORMATS:
        raise InputError(f"unknown output format {fmt!r}", hint=", ".join(OUTPUT_FORMATS))
    if fmt == "json":
        data = [dict(zip(head, row, strict=True)) for row in rows]
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(head)
        writer.writerows(rows)
        return buf.getvalue()
    if fmt == "tsv":
        return "".join("\t".join(_tsv_cell(c) for c in row) + "\n" for row in [head, *rows])
    if fmt == "md":
        lines = [f"**{_md_cell(title)}**", ""] if title else []
        lines.append("| " + " | ".join(_md_cell(h) for h in head) + " |")
        lines.append("|" + "---|" * len(head))
        lines.extend("| " + " | ".join(_md_cell(c) for c in row) + " |" for row in rows)
        return "\n".join(lines) + "\n"
    if plain:
        out = [title] if title else []
        if rows:
            widths = [min(70, max(len(r[i]) for r in [head, *rows])) for i in range(len(head))]
            for row in [head, *rows]:
                cells = (c.ljust(w) for c, w in zip(row, widths, strict=True))
                out.append("  ".join(cells).rstrip())
        return "\n".join(out) + "\n" if out else ""
    from rich.console import Console
    from rich.table import Table

    buf = io.StringIO()
    cols = width or max(100, shutil.get_terminal_size((120, 24)).columns)
    console = Console(file=buf, width=cols, color_system=None, highlight=False)
    table = Table(title=title, title_justify="left")
    for name in head:
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*row)
    console.print(table)
    return buf.getvalue()
