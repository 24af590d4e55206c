"""Reading: source bytes -> Document (decoded, mojibake repaired, front matter, section tree).

The Markdown is parsed with markdown-it-py (CommonMark + tables); HTML tables are parsed with the
standard library. Every block keeps its 1-based start and end line in the source file.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import ftfy
import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from .errors import InputError

__all__ = [
    "Admonition",
    "Block",
    "BulletList",
    "Document",
    "ListItem",
    "Paragraph",
    "Section",
    "Table",
    "TableRow",
    "read_document",
]


@dataclass(frozen=True)
class Paragraph:
    """A paragraph: raw inline Markdown, lines joined by newlines (so offsets map to lines)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class ListItem:
    """One list item: its first paragraph's text and any nested blocks (lists, notes, more text)."""

    text: str
    start: int
    end: int
    children: tuple[Block, ...] = ()


@dataclass(frozen=True)
class BulletList:
    """A bullet or ordered list."""

    items: tuple[ListItem, ...]
    start: int
    end: int
    ordered: bool = False


@dataclass(frozen=True)
class TableRow:
    """A table body row: cell texts (inline Markdown, ``<br>`` kept as newlines) and its line."""

    cells: tuple[str, ...]
    line: int


@dataclass(frozen=True)
class Table:
    """A Markdown or HTML table: header cells and body rows."""

    header: tuple[str, ...]
    rows: tuple[TableRow, ...]
    start: int
    end: int
    source: str = "markdown"


@dataclass(frozen=True)
class Admonition:
    """A ``>[!NOTE]``-style callout (or a plain block quote, kind ``QUOTE``)."""

    kind: str
    blocks: tuple[Block, ...]
    start: int
    end: int


Block = Paragraph | BulletList | Table | Admonition


@dataclass
class Section:
    """A heading and what follows it up to the next heading of the same or higher level."""

    title: str
    level: int
    start: int
    path: tuple[str, ...]
    blocks: list[Block] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)

    def walk(self) -> list[Section]:
        """This section and all below it, in document order."""
        out = [self]
        for sub in self.sections:
            out.extend(sub.walk())
        return out


@dataclass(frozen=True)
class Document:
    """A decoded, parsed source document."""

    path: str
    stem: str
    text: str
    metadata: dict[str, Any]
    root: Section
    content_hash: str
    encoding: str
    warnings: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        """Front-matter title, else the first heading, else the file stem."""
        title = self.metadata.get("title")
        if isinstance(title, str) and title.strip():
            return title.strip()
        for section in self.root.walk()[1:]:
            return section.title
        return self.stem

    @property
    def lines(self) -> list[str]:
        """The repaired text split into lines (index 0 is line 1)."""
        return self.text.split("\n")

    def quote(self, start: int, end: int) -> str:
        """The source text of lines ``start`` .. ``end`` (1-based, inclusive), stripped."""
        return "\n".join(self.lines[start - 1 : end]).strip()


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ADMONITION = re.compile(r"^\s*\[!(?P<kind>[A-Za-z]+)\]\s*(?P<rest>.*)$", re.S)


def _decode(data: bytes, path: str) -> tuple[str, str, list[str]]:
    warnings: list[str] = []
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "utf-8-sig", warnings
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16", warnings
        except UnicodeDecodeError as exc:
            raise InputError("not valid UTF-16 despite its byte-order mark", path=path) from exc
    if b"\x00" in data[:8192]:
        raise InputError(
            "binary file, not a Markdown document", path=path, hint="pass a .md text file"
        )
    try:
        return data.decode("utf-8"), "utf-8", warnings
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        warnings.append(f"{path}:{line}: not UTF-8; decoded as Windows-1252")
        return data.decode("cp1252", errors="replace"), "cp1252", warnings


def _clean_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # ftfy repairs mojibake line by line, so line numbers are kept.
    text = ftfy.fix_text(text, normalization="NFC")
    return _CONTROL.sub("", text)


def _line(token: Token, lines: list[str] | None = None) -> tuple[int, int]:
    """1-based first and last line of a block token, trailing blank lines excluded."""
    if token.map is None:
        return (0, 0)
    start, end = token.map[0] + 1, max(token.map[0] + 1, token.map[1])
    while lines is not None and end > start and end <= len(lines) and not lines[end - 1].strip():
        end -= 1
    return (start, end)


class _HTMLTableParser(HTMLParser):
    """Collects rows of ``<table>`` elements; ``<br>`` becomes a newline inside a cell, and
    ``rowspan`` / ``colspan`` cells are repeated into the rows and columns they span."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[tuple[list[str], bool, int]] = []
        self._cells: list[tuple[str, int, int]] | None = None
        self._span = (1, 1)
        self._carry: dict[int, tuple[str, int]] = {}
        self._cell: list[str] | None = None
        self._row_has_th = False
        self._row_line = 0
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "sup":
            self._skip += 1
        elif tag == "tr":
            self._finish_row()
            self._cells = []
            self._row_has_th = False
            self._row_line = self.getpos()[0]
        elif tag in ("td", "th"):
            if self._cells is None:
                self._cells = []
                self._row_line = self.getpos()[0]
            self._finish_cell()
            self._cell = []
            self._span = (_span(attrs, "rowspan"), _span(attrs, "colspan"))
            self._row_has_th = self._row_has_th or tag == "th"
        elif (tag == "br" and self._cell is not None) or (tag in ("p", "li", "div") and self._cell):
            self._cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "sup":
            self._skip = max(0, self._skip - 1)
        elif tag in ("td", "th"):
            self._finish_cell()
        elif tag in ("tr", "table"):
            self._finish_row()

    def handle_data(self, data: str) -> None:
        if self._cell is not None and not self._skip:  # footnote markers are not cell text
            self._cell.append(data)

    def _finish_cell(self) -> None:
        if self._cell is not None and self._cells is not None:
            text = "".join(self._cell)
            lines = [" ".join(part.split()) for part in text.split("\n")]
            self._cells.append(("\n".join(line for line in lines if line), *self._span))
        self._cell = None

    def _finish_row(self) -> None:
        self._finish_cell()
        if self._cells is not None:
            row: list[str] = []
            pending = list(self._cells)
            while pending or any(col >= len(row) for col in self._carry):
                col = len(row)
                if col in self._carry:  # a cell from a row above spans down into this one
                    text, left = self._carry.pop(col)
                    if left > 1:
                        self._carry[col] = (text, left - 1)
                    row.append(text)
                    continue
                if not pending:
                    row.append("")
                    continue
                text, rows, cols = pending.pop(0)
                if len(self._cells) == 1 and not self._carry:
                    cols = 1  # one cell across the whole row: a note or caption, not data
                for offset in range(cols):
                    if rows > 1:
                        self._carry[col + offset] = (text, rows - 1)
                    row.append(text)
            if any(row):
                self.rows.append((row, self._row_has_th, self._row_line))
        self._cells = None

    def close(self) -> None:
        super().close()
        self._finish_row()


def _span(attrs: list[tuple[str, str | None]], name: str) -> int:
    value = dict(attrs).get(name) or "1"
    return max(1, min(50, int(value))) if value.strip().isdigit() else 1


def _html_tables(html: str, first_line: int) -> list[Table]:
    tables: list[Table] = []
    for match in re.finditer(r"<table\b.*?(?:</table>|\Z)", html, re.S | re.I):
        parser = _HTMLTableParser()
        parser.feed(match.group(0))
        parser.close()
        if not parser.rows:
            continue
        offset = first_line + html[: match.start()].count("\n")
        width = max(len(cells) for cells, _, _ in parser.rows)
        rows = [
            (cells + [""] * (width - len(cells)), is_head, line)
            for cells, is_head, line in parser.rows
        ]
        header: tuple[str, ...] = ()
        body = rows
        if rows[0][1] or len(rows) > 1:
            header = tuple(rows[0][0])
            body = rows[1:]
        end = offset + match.group(0).count("\n")
        tables.append(
            Table(
                header=header,
                rows=tuple(TableRow(tuple(c), offset + line - 1) for c, _, line in body),
                start=offset,
                end=end,
                source="html",
            )
        )
    return tables


class _Builder:
    """Turns the flat markdown-it token stream into the section tree."""

    def __init__(self, tokens: list[Token], lines: list[str]) -> None:
        self.tokens = tokens
        self.lines = lines
        self.pos = 0

    def line(self, token: Token) -> tuple[int, int]:
        return _line(token, self.lines)

    def peek(self) -> Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def next(self) -> Token:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def blocks_until(self, close: str | None) -> list[Block]:
        """Parse blocks until a token of type ``close`` (consumed) or a heading / the end."""
        blocks: list[Block] = []
        while (token := self.peek()) is not None:
            if close is not None and token.type == close:
                self.next()
                break
            if close is None and token.type == "heading_open":
                break
            block = self.block()
            if block is not None:
                blocks.append(block)
        return blocks

    def block(self) -> Block | None:
        token = self.next()
        kind = token.type
        if kind == "paragraph_open":
            inline = self.next()
            self.next()  # paragraph_close
            start, end = self.line(token)
            return Paragraph(inline.content, start, end)
        if kind in ("bullet_list_open", "ordered_list_open"):
            return self.bullet_list(token)
        if kind == "table_open":
            return self.table(token)
        if kind == "blockquote_open":
            return self.blockquote(token)
        if kind == "html_block":
            start, _ = self.line(token)
            tables = _html_tables(token.content, start)
            return tables[0] if len(tables) == 1 else None
        if kind == "heading_open":  # only inside containers (list items, quotes)
            inline = self.next()
            self.next()
            start, end = self.line(token)
            return Paragraph(inline.content, start, end)
        return None  # fences, code, hr, front matter: not responsibility text

    def bullet_list(self, opener: Token) -> BulletList:
        close = opener.type.replace("_open", "_close")
        items: list[ListItem] = []
        while (token := self.peek()) is not None and token.type != close:
            token = self.next()
            if token.type != "list_item_open":
                continue
            children = self.blocks_until("list_item_close")
            start, end = self.line(token)
            text = ""
            if children and isinstance(children[0], Paragraph):
                text = children[0].text
                children = children[1:]
            items.append(ListItem(text, start, end, tuple(children)))
        if self.peek() is not None:
            self.next()
        start, end = self.line(opener)
        return BulletList(tuple(items), start, end, ordered=opener.type.startswith("ordered"))

    def table(self, opener: Token) -> Table:
        header: list[str] = []
        rows: list[TableRow] = []
        in_head = False
        current: list[str] | None = None
        line = 0
        while (token := self.peek()) is not None:
            token = self.next()
            if token.type == "table_close":
                break
            if token.type == "thead_open":
                in_head = True
            elif token.type == "thead_close":
                in_head = False
            elif token.type == "tr_open":
                current = []
                line = self.line(token)[0]
            elif token.type == "inline" and current is not None:
                current.append(re.sub(r"<br\s*/?>", "\n", token.content, flags=re.I).strip())
            elif token.type == "tr_close" and current is not None:
                if in_head:
                    header = current
                else:
                    rows.append(TableRow(tuple(current), line))
                current = None
        start, end = self.line(opener)
        return Table(tuple(header), tuple(rows), start, end)

    def blockquote(self, opener: Token) -> Admonition:
        blocks = self.blocks_until("blockquote_close")
        start, end = self.line(opener)
        kind = "QUOTE"
        if blocks and isinstance(blocks[0], Paragraph):
            match = _ADMONITION.match(blocks[0].text)
            if match:
                kind = match.group("kind").upper()
                rest = match.group("rest").strip()
                first = blocks[0]
                blocks = ([Paragraph(rest, first.start, first.end)] if rest else []) + blocks[1:]
        return Admonition(kind, tuple(blocks), start, end)


def _parse_front_matter(token: Token, path: str) -> dict[str, Any]:
    start = _line(token)[0]
    try:
        data = yaml.safe_load(token.content) if token.content.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = start + 1 + mark.line if mark is not None else start
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise InputError(
            f"invalid front matter: {problem}", path=path, line=line, hint="fix the YAML header"
        ) from exc
    except (ValueError, OverflowError, RecursionError) as exc:  # e.g. "date: 2024-01-82"
        raise InputError(
            f"invalid front matter: {exc}", path=path, line=start, hint="fix the YAML header"
        ) from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError(
            f"front matter is a {type(data).__name__}, not a mapping of keys to values",
            path=path,
            line=start,
            hint="write 'key: value' lines between the --- markers",
        )
    return {str(k): _plain(v) for k, v in data.items()}


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


MAX_DOCUMENT_BYTES = 16 * 2**20
"""Larger sources are refused (InputError): extraction runs at ~0.15 MB/s, so 16 MiB is ~2 min."""

_MAX_NESTING = 100
"""markdown-it's block nesting limit (its default preset's; commonmark's 20 = 9 list levels)."""


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True, "maxNesting": _MAX_NESTING}).enable("table")
    front_matter_plugin(md)
    return md


def read_document(
    source: str | Path,
    *,
    data: bytes | None = None,
    name: str | None = None,
) -> Document:
    """Read a Markdown file (or ``data`` given for it) into a Document.

    Raises InputError naming the file (and line) for missing, binary, empty or malformed input.
    """
    path = Path(source)
    display = name or str(source)
    if data is None:
        try:
            data = path.read_bytes()
        except FileNotFoundError as exc:
            raise InputError("no such file", path=display, hint="check the path") from exc
        except IsADirectoryError as exc:
            raise InputError("is a directory, not a document", path=display) from exc
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror}", path=display) from exc
    if len(data) > MAX_DOCUMENT_BYTES:
        raise InputError(
            f"document is {len(data) / 2**20:.1f} MiB, over the "
            f"{MAX_DOCUMENT_BYTES // 2**20} MiB limit",
            path=display,
            hint="split it into smaller documents",
        )
    if not data.strip():
        raise InputError("empty document", path=display, hint="nothing to export")
    decoded, encoding, warnings = _decode(data, display)
    text = _clean_text(decoded)
    try:
        tokens = _parser().parse(text)
    except RecursionError as exc:
        raise InputError("document nests too deeply to parse", path=display) from exc
    # markdown-it silently drops whatever nests deeper than maxNesting: say so.
    containers = ("blockquote_open", "list_item_open")
    deep = next((t for t in tokens if t.type in containers and t.level >= _MAX_NESTING - 1), None)
    if deep is not None:
        warnings.append(
            f"{display}:{_line(deep)[0]}: lists or quotes nest deeper than the parser's limit "
            f"({_MAX_NESTING} levels); the rest of the outermost quote (of the document, for a "
            "list) was skipped"
        )
    metadata: dict[str, Any] = {}
    if tokens and tokens[0].type == "front_matter":
        metadata = _parse_front_matter(tokens[0], display)
        tokens = tokens[1:]
    root = Section(title="", level=0, start=1, path=())
    stack = [root]
    builder = _Builder(tokens, text.split("\n"))
    try:
        while builder.peek() is not None:
            token = builder.peek()
            assert token is not None
            if token.type == "heading_open":
                builder.next()
                inline = builder.next()
                builder.next()
                level = int(token.tag[1:])
                while stack[-1].level >= level:
                    stack.pop()
                parent = stack[-1]
                title = _heading_text(inline.content)
                section = Section(title, level, _line(token)[0], (*parent.path, title))
                parent.sections.append(section)
                stack.append(section)
            else:
                stack[-1].blocks.extend(builder.blocks_until(None))
    except RecursionError as exc:
        raise InputError("document nests too deeply to parse", path=display) from exc
    return Document(
        path=display,
        stem=path.stem if path.suffix else path.name,
        text=text,
        metadata=metadata,
        root=root,
        content_hash="sha256:" + hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        warnings=tuple(warnings),
    )


def _heading_text(raw: str) -> str:
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", raw)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"[*_`]+", "", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = re.sub(r"\{#[^}]*\}\s*$", "", text)
    return " ".join(text.split())
