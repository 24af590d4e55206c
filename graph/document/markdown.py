"""Markdown -> Document, with the dialects of documentation repositories.

The Markdown is parsed with markdown-it-py (CommonMark + tables); HTML tables inside it with the
standard library. Docs-repository markup is rewritten line for line before parsing (the line
count never changes, so every block keeps its 1-based start and end line in the source):

- MkDocs tabs ``=== "Tab"`` (content indented 4) -> a sub-section titled with the tab;
  MkDocs / Material admonitions ``!!! note "Title"`` / ``??? tip`` -> ``Admonition``;
- MS Learn / DocFX ``:::zone``, ``:::row:::``, ``:::image …:::`` markers dropped (content kept);
  ``[!INCLUDE [title](path.md)]`` -> the included file's blocks, at the include line;
- Jekyll / Liquid ``{{site.data.keyword.X}}`` -> the product name (keywords.ttl), other
  ``{% … %}`` tags and kramdown ``{: …}`` attribute lists removed (``{: note}`` after a paragraph
  makes it a note);
- Hugo, GitBook, MDX (Docusaurus, Mintlify), MyST and Quarto markup -> the MkDocs form above
  first (``dialects``); a loose definition-list entry ("Term", blank, ": definition") -> one
  paragraph, as a tight entry is (``dialects.deflists``); a MediaWiki heading ``==Title==``
  -> ``## Title`` (``dialects.wikitext``).
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from ..errors import InputError
from ..text import ZERO_WIDTH
from .dialects import normalise
from .dialects.deflists import definition_lists
from .dialects.marks import drop_spans
from .dialects.mdx import unwrap_code_blocks
from .dialects.myst import glossary_terms, list_tables
from .dialects.wikitext import wiki_headings
from .keywords import guess_keyword, load_keywords, resolve_keyword
from .model import (
    Admonition,
    Block,
    BulletList,
    Document,
    ListItem,
    Paragraph,
    Section,
    Table,
    TableRow,
    task_text,
)
from .source import (
    MAX_DOCUMENT_BYTES,
    bullet_lines,
    char_refs,
    clean_text,
    decode,
    fill_grid,
    header_rows,
    open_regular,
    span_value,
)

__all__ = ["MAX_INCLUDE_DEPTH", "heading_text", "read_markdown"]

MAX_INCLUDE_DEPTH = 3
"""``[!INCLUDE]`` files may include others this many levels deep."""

_MAX_NESTING = 100
"""markdown-it's block nesting limit (its default preset's; commonmark's 20 = 9 list levels)."""

_ADMONITION = re.compile(
    r"^\s*(?:\[!(?P<kind>[A-Za-z]+)\]|\*\*(?P<bold>Note|Warning|Important|Tip|Caution)"
    r"(?::\*\*|\*\*:?)(?=\s*\n))\s*(?P<rest>.*)$",
    re.S | re.I,
)
"""A GitHub alert opening a blockquote ("> [!NOTE]"), or its older form, a bold label alone
on the quote's first line ("> **Note**")."""

# --- dialects -----------------------------------------------------------------------------------

_TAB = re.compile(r'^(?P<ind>[ ]*)===[!+]*[ \t]+"(?P<title>[^"]*)"[ \t]*$')
_MKDOCS_NOTE = re.compile(
    r"^(?P<ind>[ ]*)(?:!!!|\?\?\?\+?)[ \t]*(?P<kind>[A-Za-z][\w-]*)(?:[ \t]+[\w-]+)*"
    r'(?:[ \t]+"(?P<title>[^"]*)")?[ \t]*$'
)
_DOCFX_MARKER = re.compile(r"^(?P<quote>(?:[ ]*>)*)[ ]*:::(?:[ \t]*[A-Za-z][\w-]*\b.*)?$")
_INCLUDE = re.compile(
    r"^(?P<quote>(?:[ ]*>)*[ \t]*)\[!INCLUDE[ \t]*\[(?P<title>[^\]]*)\][ \t]*"
    r"\((?P<path>[^)\s]+)(?:[ \t]+\"[^\"]*\")?\)[ \t]*\][ \t]*$",
    re.I,
)
_PLACEHOLDER = re.compile(r"^<!--srgraph-include:(?P<line>\d+)-->$")
_FENCE = re.compile(r"^[ ]{0,3}(?P<fence>`{3,}|~{3,})")
_ATX = re.compile(r"^[ ]{0,3}(?P<hashes>#{1,6})(?:[ \t]|$)")
_JSX_OPEN = re.compile(r"^\s*<[A-Z][\w.]*(?:\s|/?>|$)")
_JSX_CLOSE = re.compile(r"^\s*</[A-Z][\w.]*\s*>\s*$")
_JSX_TAG_END = re.compile(r"/?>\s*$")
_TABLE_OPEN = re.compile(r"<table\b", re.I)
_TABLE_CLOSE = re.compile(r"</table\s*>", re.I)
_VARIABLE = re.compile(r"\{\{-?\s*(?:site\.)?(?P<name>[A-Za-z][\w-]*)\s*-?\}\}")
"""A bare Liquid / Jinja variable with no filter, or a Jekyll site variable
(``{{site.product_short_name}}``): a product name the site substitutes."""
_KEYWORD = re.compile(r"\{\{-?\s*site\.data\.keyword\.(?P<name>[A-Za-z0-9_.-]+?)\s*-?\}\}")
_DATA_VARIABLE = re.compile(r"\{%-?\s*data\s+variables\.(?P<name>[\w.-]+?)\s*-?%\}")
"""A Liquid data variable (GitHub docs: ``{% data variables.product.prodname_dotcom %}``)."""
_LIQUID_COMMENT = re.compile(r"\{%-?\s*(?P<end>end)?comment\s*-?%\}")
_IAL = re.compile(r"\{:[^}\n]*\}")
_ATTR = r"(?:[.#][\w-]+|[\w-]+=(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s}]+))"
_ATTR_LIST = re.compile(rf"(?<=[)\]])\{{\s*{_ATTR}(?:\s+{_ATTR})*\s*\}}")
"""An attribute list right after a link or image (Python-Markdown / MkDocs ``attr_list``:
``[here](url){target=_blank}``, ``![logo](a.png){ .center width=80 }``): no text."""
_IAL_NOTE = re.compile(
    r"^(?P<ind>[ ]*)\{:\s*\.?(?P<kind>note|important|tip|attention|remember|deprecated|preview"
    r"|beta|experimental|caution|warning)\s*\}[ \t]*$",
    re.I,
)
_NOT_PARAGRAPH = re.compile(r"^[ ]*(?:[#>|]|[-*+][ \t]|\d+[.)][ \t]|`{3}|~{3}|<|\{:|:::|!!!|===)")

_FOOTNOTE_DEFINITION = re.compile(r"^\[\^[^\[\]\s]{1,40}\]:")
"""A footnote's definition (``[^3]: Added in v2``), which Markdown dialects keep below the text."""


@dataclass
class _Box:
    """An indentation container being rewritten: an MkDocs tab or admonition."""

    kind: str  # "tab" or "note"
    base: int  # column of the marker
    indent: int  # column of the content
    level: int = 0  # a tab's heading level
    line: int = 0  # the marker's line


@dataclass
class _Rewritten:
    """A source rewritten for markdown-it (``parse``), for display (``text``), and what the
    rewrite found: include lines (line -> target) and admonition titles (line -> title)."""

    parse: str
    text: str
    includes: dict[int, str] = field(default_factory=dict)
    titles: dict[int, str] = field(default_factory=dict)
    ends: dict[int, int] = field(default_factory=dict)
    """A tab's or admonition's marker line -> its last line (what follows is not its own)."""
    variables: frozenset[str] = frozenset()
    """Names guessed for template variables no vocabulary knows (``{{ product_name }}``)."""


def _lead_width(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _expand_lead(line: str) -> str:
    """Leading tabs as 4 columns (MkDocs indents content by 4)."""
    stripped = line.lstrip(" \t")
    return line[: len(line) - len(stripped)].expandtabs(4) + stripped


def _variable_name(match: re.Match[str], guessed: set[str]) -> str:
    """A bare template variable (``{{ yandex-cloud }}``, an MkDocs macro) as a readable name:
    the keyword vocabulary's name, else the words of the variable, capitalised (and added to
    ``guessed``)."""
    keyword = match.group("name")
    name = resolve_keyword(keyword)
    if name.islower():
        name = " ".join(w[:1].upper() + w[1:] for w in name.split())
    if keyword not in load_keywords() and keyword.lower() not in load_keywords():
        guessed.add(name)
    return name


def _keyword_name(match: re.Match[str], guessed: set[str]) -> str:
    """A keyword's name; one no vocabulary knows is its words, capitalised like a product
    name (``ihsdbaas_full`` -> ``Ihsdbaas``, so a sentence it opens still starts one) and
    added to ``guessed``: the docs site's own product."""
    name = match.group("name")
    if name.startswith("attribute-definition-list"):
        return ""  # expands to kramdown attribute definitions, not text
    resolved = resolve_keyword(name)
    if name in load_keywords() or name.lower() in load_keywords():
        return resolved
    resolved = resolved[:1].upper() + resolved[1:]
    guessed.add(resolved)
    return resolved


def _data_variable_name(match: re.Match[str]) -> str:
    """A data variable's name: the keyword vocabulary's, else its last part as words
    (``product.prodname_foo_bar`` -> ``foo bar``)."""
    name = match.group("name")
    known = load_keywords()
    if name in known:
        return known[name]
    return guess_keyword(re.sub(r"^prodname_", "", name.rsplit(".", 1)[-1]))


def _liquid(lines: list[str], guessed: set[str]) -> list[str]:
    """Liquid keywords resolved, Liquid tags, comments and kramdown attribute lists removed;
    a paragraph followed by ``{: note}`` (IBM Cloud docs) becomes a ``> [!NOTE]`` callout. The
    names guessed for variables no vocabulary knows are added to ``guessed``."""
    out = list(lines)
    comment = False
    for i, line in enumerate(out):
        if comment:
            end = _LIQUID_COMMENT.search(line)
            if end is None or not end.group("end"):
                out[i] = ""
                continue
            comment = False
            line = line[end.end() :]
        elif "{" not in line:
            continue  # no tag, comment, keyword or attribute list opens without a brace
        start = _LIQUID_COMMENT.search(line)
        if start is not None and not start.group("end"):
            rest = line[start.end() :]
            close = _LIQUID_COMMENT.search(rest)
            if close is None or not close.group("end"):
                comment = True
                line = line[: start.start()]
            else:
                line = line[: start.start()] + rest[close.end() :]
        note = _IAL_NOTE.match(line)
        if note is not None:
            _note_before(out, i, note.group("kind").upper())
            out[i] = ""
            continue
        if "{" in line:
            new = _KEYWORD.sub(lambda m: _keyword_name(m, guessed), line)
            new = _VARIABLE.sub(lambda m: _variable_name(m, guessed), new)
            new = _DATA_VARIABLE.sub(_data_variable_name, new)
            new = drop_spans(new, "{%", "%}")  # Liquid tags ({%.*?%} without its rescans)
            new = _IAL.sub("", new)
            new = _ATTR_LIST.sub("", new)
            if new != line and not new.strip():
                new = ""
            line = new.rstrip() if new != line else line
        out[i] = line
    return out


def _note_before(lines: list[str], end: int, kind: str) -> None:
    """The plain paragraph ending just above line index ``end`` -> a ``> [!KIND]`` callout."""
    first = end
    while first > 0 and lines[first - 1].strip():
        first -= 1
    if first == end or any(_NOT_PARAGRAPH.match(lines[j]) for j in range(first, end)):
        return
    indent = " " * _lead_width(lines[first])
    kind = {"ATTENTION": "WARNING", "REMEMBER": "NOTE"}.get(kind, kind)
    for j in range(first, end):
        marker = f"> [!{kind}] " if j == first else "> "
        lines[j] = indent + marker + lines[j].strip()


def _jsx_components(lines: list[str]) -> list[str]:
    """MDX components (``<Image alt="…" … />``, ``<Admonition type="note">``): a self-closing
    component is markup, not text, and its lines are blanked; the tag lines of a paired one
    are blanked and its content kept."""
    out = list(lines)
    i = 0
    while i < len(out):
        if "<" not in out[i]:
            i += 1
            continue  # neither an opening nor a closing tag
        opened = _JSX_OPEN.match(out[i])
        if opened is None:
            if _JSX_CLOSE.match(out[i]):
                out[i] = ""
            i += 1
            continue
        end = i
        while end < len(out) and not _JSX_TAG_END.search(out[end]) and end - i < 50:
            end += 1
        if end >= len(out) or end - i >= 50:
            i += 1
            continue  # not a component after all
        for j in range(i, end + 1):
            out[j] = ""  # the tag (all of a self-closing one); a paired one's content stays
        i = end + 1
    return out


def _html_table_blanks(lines: list[str]) -> list[str]:
    """Blank lines inside an HTML ``<table>`` (DITA exports put them in every cell) would end
    the HTML block; each becomes an empty comment so the table reads as one block. Only a table
    that is closed is joined: an unclosed ``<table>`` must not swallow the rest of the page."""
    out = list(lines)
    if _TABLE_OPEN.search("\n".join(lines)) is None:
        return out  # no table: nothing to join (one scan, not two per line)
    depth = 0
    pending: list[int] = []
    for i, line in enumerate(out):
        opened = len(_TABLE_OPEN.findall(line))
        closed = len(_TABLE_CLOSE.findall(line))
        if depth > 0 and not line.strip():
            pending.append(i)
        depth = max(0, depth + opened - closed)
        if depth == 0:
            for j in pending:
                out[j] = "<!-- -->"
            pending = []
    return out


def rewrite(text: str) -> _Rewritten:
    """Docs-repository dialects -> CommonMark, line for line (see the module docstring)."""
    guessed: set[str] = set()
    source = text.split("\n")
    if "{list-table}" in text:
        source = list_tables(source)  # before the directives become fences
    if "mdx-code-block" in text:
        source = unwrap_code_blocks(source)  # Docusaurus: MDX in a fence, rendered
    lines = _html_table_blanks(_jsx_components(_liquid(normalise(source), guessed)))
    if "\n:" in text:
        lines = definition_lists(lines)  # "Term", blank, ": definition": one entry
    if "==" in text:
        lines = wiki_headings(lines)  # "==Title==" (a MediaWiki page kept as .md): a heading
    parse: list[str] = []
    shown: list[str] = []
    result = _Rewritten(parse="", text="", variables=frozenset(guessed))
    stack: list[_Box] = []
    last_level = 0
    fence: tuple[str, int] | None = None
    fence_depth = 0
    # the indentation of the next non-blank line (-1 at the end): does a blank line end a box?
    upcoming = [-1] * (len(lines) + 1)
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        upcoming[i] = _lead_width(_expand_lead(line)) if line.strip() else upcoming[i + 1]

    def emit(line: str, display: str | None = None) -> None:
        parse.append(line)
        shown.append(line if display is None else display)

    for i, raw in enumerate(lines):
        line = _expand_lead(raw) if stack else raw
        if not line.strip():
            after = upcoming[i + 1]
            kept = [b for b in stack if after >= b.indent] if after >= 0 else []
            quotes = "> " * sum(b.kind == "note" for b in kept)
            lead = " " * kept[0].base if kept else ""
            emit((lead + quotes).rstrip())
            continue
        column = _lead_width(line)
        while stack and column < stack[-1].indent:
            closed = stack.pop()
            content_lines = (j + 1 for j in range(closed.line, i) if lines[j].strip())
            result.ends[closed.line] = max(content_lines, default=closed.line)
        if fence is not None and len(stack) < fence_depth:
            fence = None
        depth = stack[-1].indent if stack else 0
        content = line[depth:]
        lead = " " * stack[0].base if stack else ""
        quotes = "> " * sum(b.kind == "note" for b in stack)
        opened = _FENCE.match(content)
        if fence is not None:
            closing = opened is not None and opened.group("fence")[0] == fence[0]
            if closing and opened is not None and len(opened.group("fence")) >= fence[1]:
                fence = None if not content.strip().strip(fence[0]) else fence
            emit(lead + quotes + content)
            continue
        if opened:
            fence = (opened.group("fence")[0], len(opened.group("fence")))
            fence_depth = len(stack)
            emit(lead + quotes + content)
            continue
        # a marker holds its literal ("===", "!!!" or "???", ":::", "[!"): a line without it
        # (most lines) is not tried
        tab = _TAB.match(content) if "===" in content else None
        noted = not tab and ("!!!" in content or "???" in content)
        note = _MKDOCS_NOTE.match(content) if noted else None
        if tab or note:
            match = tab or note
            assert match is not None
            base = depth + len(match.group("ind"))
            marker_lead = lead if stack else " " * base
            if tab is not None:
                tabs = [b for b in stack if b.kind == "tab"]
                level = min(6, (tabs[-1].level if tabs else last_level) + 1)
                emit(f"{marker_lead}{quotes}{'#' * level} {tab.group('title').strip()}")
                stack.append(_Box("tab", base, base + 4, level, line=i + 1))
            elif note is not None:
                emit(f"{marker_lead}{quotes}> [!{note.group('kind').upper()}]")
                if note.group("title"):
                    result.titles[i + 1] = note.group("title").strip()
                stack.append(_Box("note", base, base + 4, line=i + 1))
            continue
        marker = _DOCFX_MARKER.match(content) if ":::" in content else None
        if marker is not None:
            emit((lead + quotes + marker.group("quote")).rstrip())
            continue
        include = _INCLUDE.match(content) if "[!" in content else None
        if include is not None:
            result.includes[i + 1] = include.group("path")
            emit(
                f"{lead}{quotes}{include.group('quote')}<!--srgraph-include:{i + 1}-->",
                display=lead + quotes + content,
            )
            continue
        heading = _ATX.match(content)
        if heading is not None and not stack:
            last_level = len(heading.group("hashes"))
        emit(lead + quotes + content)
    result.parse = "\n".join(parse)
    result.text = "\n".join(shown)
    return result


# --- HTML tables inside Markdown ----------------------------------------------------------------


_SOFT = "\x01"
"""A line break of the HTML source inside a cell: a space when it only wraps text (Word exports
wrap mid-sentence), a break before a Markdown list line or a blank line (DITA cells)."""
_SOFT_BREAK = re.compile(_SOFT + r"(?=[ \t\xa0]*(?:[-*+][ \t]|\d+[.)][ \t]|" + _SOFT + r"|\n|$))")


class _HTMLTableParser(HTMLParser):
    """Collects rows of ``<table>`` elements; ``<br>`` becomes a newline inside a cell, a list
    item a ``- `` line, and ``rowspan`` / ``colspan`` cells are repeated into the rows and
    columns they span."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[tuple[list[tuple[str, int, int]], bool, int]] = []
        self._cells: list[tuple[str, int, int]] | None = None
        self._span = (1, 1)
        self._cell: list[str] | None = None
        self._row_has_th = False
        self._row_all_th = True
        self._in_head = False
        self._row_line = 0
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "sup":
            self._skip += 1
        elif tag == "tr":
            self._finish_row()
            self._cells = []
            self._row_has_th = False
            self._row_all_th = True
            self._row_line = self.getpos()[0]
        elif tag in ("td", "th"):
            if self._cells is None:
                self._cells = []
                self._row_line = self.getpos()[0]
            self._finish_cell()
            self._cell = []
            values = dict(attrs)
            self._span = (span_value(values.get("rowspan")), span_value(values.get("colspan")))
            self._row_has_th = self._row_has_th or tag == "th"
            self._row_all_th = self._row_all_th and tag == "th"
        elif tag == "thead":
            self._in_head = True
        elif tag == "li" and self._cell is not None:
            self._cell.append("\n- ")
        elif (tag in ("br", "ul", "ol") and self._cell is not None) or (
            tag in ("p", "div") and self._cell
        ):
            self._cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "thead":
            self._in_head = False
        if tag == "sup":
            self._skip = max(0, self._skip - 1)
        elif tag in ("td", "th"):
            self._finish_cell()
        elif tag in ("tr", "table"):
            self._finish_row()
        elif tag in ("li", "ul", "ol") and self._cell is not None:
            self._cell.append("\n")

    def handle_data(self, data: str) -> None:
        if self._cell is not None and not self._skip:  # footnote markers are not cell text
            self._cell.append(data.replace("\r\n", "\n").replace("\n", _SOFT))

    def _finish_cell(self) -> None:
        if self._cell is not None and self._cells is not None:
            text = _SOFT_BREAK.sub("\n", "".join(self._cell)).replace(_SOFT, " ")
            self._cells.append((bullet_lines(text), *self._span))
        self._cell = None

    def _finish_row(self) -> None:
        self._finish_cell()
        if self._cells is not None:
            first = not self.rows
            heading = self._in_head or self._row_all_th or (first and self._row_has_th)
            self.rows.append((self._cells, heading, self._row_line))
        self._cells = None

    def close(self) -> None:
        super().close()
        self._finish_row()


def _html_tables(html: str, first_line: int) -> list[Table]:
    tables: list[Table] = []
    for match in re.finditer(r"<table\b.*?(?:</table>|\Z)", html, re.S | re.I):
        parser = _HTMLTableParser()
        parser.feed(match.group(0))
        parser.close()
        grid = fill_grid(parser.rows)
        if not grid:
            continue
        offset = first_line + html[: match.start()].count("\n")
        width = max(len(cells) for cells, _, _ in grid)
        rows = [
            (cells + [""] * (width - len(cells)), is_head, line) for cells, is_head, line in grid
        ]
        header, body = header_rows(rows)
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


class _CellText(HTMLParser):
    """Inline Markdown of a Markdown table cell with its HTML lists as ``- `` lines; every
    other tag and entity is kept as written."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "li":
            self.parts.append("\n- ")
        elif tag in ("ul", "ol", "br"):
            self.parts.append("\n")
        else:
            self.parts.append(self.get_starttag_text() or "")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.parts.append("\n" if tag == "br" else (self.get_starttag_text() or ""))

    def handle_endtag(self, tag: str) -> None:
        self.parts.append("\n" if tag in ("li", "ul", "ol") else f"</{tag}>")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_entityref(self, name: str) -> None:
        self.parts.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.parts.append(f"&#{name};")


_ESCAPED_BREAK = re.compile(r"[ \t]*(?<!\\)\\n(?=\s|$)[ \t]*")
"""A literal ``\\n`` between words of a cell: the line break of IBM Cloud's Markdown (its
tables write "Provide A. \\n Provide B." and "* A \\n * B"); Markdown itself keeps it as text."""


def _cell(content: str) -> str:
    """A Markdown table cell: ``<br>`` and a literal ``\\n`` as newlines, lists one ``- `` line
    per item (``<br>``-separated short lines too: "Keeps the ledger<br>Files the report")."""
    content = char_refs(content)  # a "&#10003;" cell is a check mark
    if "\\n" in content:
        content = _ESCAPED_BREAK.sub("\n", content)
    if re.search(r"<(?:ul|ol|li)\b", content, re.I):
        parser = _CellText()
        parser.feed(content)
        parser.close()
        return bullet_lines("".join(parser.parts))
    parts = _BREAK.split(content.strip())
    if _break_items(parts):  # "Keeps the ledger<br>Files the report": items, as a list is
        return "\n".join(f"- {part.strip()}" for part in parts)
    return bullet_lines(_BREAK.sub("\n", content).strip(), compact=False)


_BREAK = re.compile(r"<br\s*/?>", re.I)
_ITEM_PART = re.compile(r"^[A-Z][^:;]{0,100}?[^\s:;,(-]$")
"""A line of a cell that reads as an item of its own: a capital first, no colon or semicolon
in it, ending complete (not on a comma, an open parenthesis or a dash)."""


def _break_items(parts: list[str]) -> bool:
    """Whether a cell's ``<br>``-separated parts are items: two or more, each a short line of
    its own (``_ITEM_PART``, twelve words at most, no bullet, no blank line between)."""
    lines = [part.strip() for part in parts]
    return len(lines) >= 2 and all(
        _ITEM_PART.match(line) and len(line.split()) <= 12 for line in lines
    )


# --- tokens -> sections -------------------------------------------------------------------------


def _line(token: Token, lines: list[str] | None = None) -> tuple[int, int]:
    """1-based first and last line of a block token, trailing blank lines excluded."""
    if token.map is None:
        return (0, 0)
    start, end = token.map[0] + 1, max(token.map[0] + 1, token.map[1])
    while lines is not None and end > start and end <= len(lines) and not lines[end - 1].strip():
        end -= 1
    return (start, end)


_HTML_TAGS = re.compile(r"<!--.*?-->|<[^<>]*>", re.S)
_HTML_TEXT = re.compile(r"[A-Za-z]{2,}")
"""Words outside an HTML block's tags and comments: text a browser would show."""


_RUN_ON_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,2}[.)])\s+(?=\S)")
"""A list marker opening a line that Markdown kept inside a paragraph (an indented list right
under a lead-in line: no blank line before it, so no list of its own)."""


def _run_on_list(content: str, start: int) -> tuple[Paragraph, BulletList] | None:
    """A lead-in line ending in ":" whose next lines are all list items, indented under it
    with no blank line ("You are responsible for:\n    - A\n    - B"): Markdown reads one
    paragraph, a browser one line of text, but its writer meant a list; the lead-in and the
    list, one item per marker (a line without a marker goes on with the item before it)."""
    lines = content.split("\n")
    if len(lines) < 2 or not lines[0].rstrip().endswith(":") or not _RUN_ON_ITEM.match(lines[1]):
        return None
    items: list[tuple[str, int, int]] = []
    for offset, line in enumerate(lines[1:], start=1):
        marker = _RUN_ON_ITEM.match(line)
        if marker:
            items.append((line[marker.end() :].strip(), start + offset, start + offset))
        elif items:
            text, first, _ = items[-1]
            items[-1] = (f"{text} {line.strip()}", first, start + offset)
    listed = tuple(ListItem(text, first, last) for text, first, last in items)
    lead = Paragraph(lines[0], start, start)
    ordered = lines[1].strip()[:1].isdigit()
    return lead, BulletList(listed, start + 1, listed[-1].end, ordered=ordered)


def _hard_break_lines(content: str, start: int) -> list[Paragraph] | None:
    """A paragraph whose lines end in a backslash (CommonMark's hard line break, GitBook's way
    to put "**Outside software**", a blank line and a sentence under each other inside one
    paragraph): the page shows each such line on a line of its own, so each is read as a
    paragraph of its own, lines that are only the break dropped; None without such a break."""
    lines = content.split("\n")
    if not any(line.endswith("\\") for line in lines[:-1]):
        return None
    parts: list[Paragraph] = []
    run: list[str] = []
    first = start
    for offset, line in enumerate(lines):
        broken = line.endswith("\\") and offset < len(lines) - 1
        run.append(line[:-1] if broken else line)
        if broken or offset == len(lines) - 1:
            text = "\n".join(run).strip()
            if text:
                parts.append(Paragraph(text, first, start + offset))
            run, first = [], start + offset + 1
    return parts if len(parts) > 1 else None


class _Builder:
    """Turns the flat markdown-it token stream into the section tree."""

    def __init__(self, tokens: list[Token], lines: list[str]) -> None:
        self.tokens = tokens
        self.lines = lines
        self.pos = 0
        self.after: list[Block] = []  # blocks that follow the block just built

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
            blocks.extend(self.after)
            self.after = []
        return blocks

    def block(self) -> Block | None:
        token = self.next()
        kind = token.type
        if kind == "paragraph_open":
            inline = self.next()
            self.next()  # paragraph_close
            start, end = self.line(token)
            if _FOOTNOTE_DEFINITION.match(inline.content):
                return None  # "[^3]: Added in v2": a note on the text, not the text
            listed = _run_on_list(inline.content, start)
            if listed is not None:  # "You are responsible for:" over indented "- A" lines
                self.after = [listed[1]]
                return listed[0]
            broken = _hard_break_lines(inline.content, start)
            if broken is not None:  # "**Outside software**\", "\", "Quarrytech will …"
                self.after = list[Block](broken[1:])
                return broken[0]
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
            if tables or "<table" in token.content.lower():
                return tables[0] if len(tables) == 1 else None
            if not _HTML_TEXT.search(_HTML_TAGS.sub(" ", token.content)):
                return None  # a badge, a line break, a comment: no text to read
            from .html import html_blocks  # (html reads Markdown's heading text: imported late)

            found = html_blocks(token.content, start)
            self.after = found[1:]
            return found[0] if found else None
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
                text = task_text(children[0].text)
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
                current.append(_cell(token.content))
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
        begin, end = self.line(opener)
        kind = "QUOTE"
        if blocks and isinstance(blocks[0], Paragraph):
            match = _ADMONITION.match(blocks[0].text)
            if match:
                kind = (match.group("kind") or match.group("bold")).upper()
                rest = match.group("rest").strip()
                first = blocks[0]
                start = first.start + first.text[: match.start("rest")].count("\n")
                blocks = ([Paragraph(rest, start, first.end)] if rest else []) + blocks[1:]
        title = str(opener.meta.get("srgraph_title", ""))
        last = int(opener.meta.get("srgraph_end", 0))
        if last and blocks and isinstance(blocks[-1], Paragraph) and blocks[-1].end > last:
            # an MkDocs admonition ends where its indentation does: a line right after it
            # is not a lazy continuation of its last paragraph
            tail = blocks[-1]
            keep = max(1, last - tail.start + 1)
            parts = tail.text.split("\n")
            blocks[-1] = Paragraph("\n".join(parts[:keep]), tail.start, last)
            if parts[keep:]:
                self.after.insert(0, Paragraph("\n".join(parts[keep:]), last + 1, tail.end))
            end = last
        return Admonition(kind, tuple(blocks), begin, end, title=title)


# --- front matter -------------------------------------------------------------------------------


class _NoAliasLoader(yaml.SafeLoader):
    """The safe loader without aliases: ``*name`` is refused, so a few hundred bytes cannot
    expand into billions of nodes (an alias bomb). Anchors alone are harmless and kept."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise yaml.composer.ComposerError(
                None, None, "YAML aliases (*name) are not supported", event.start_mark
            )
        return super().compose_node(parent, index)


_C_LOADER: type[yaml.CSafeLoader] | None = getattr(yaml, "CSafeLoader", None)
"""libyaml's safe loader, when PyYAML was built with it (several times faster)."""
_SHALLOW = 32
"""Front matter nested deeper than this is read by the pure loader (whose recursion limit a
hostile header may reach: the error must stay the same)."""


def _load_yaml(text: str) -> Any:
    """The front matter's data. libyaml reads it where it gives the same answer (no alias:
    the pure loader refuses them; ASCII without tabs, which libyaml is laxer about; shallow; no
    error); otherwise, and for every error message, the pure loader does."""
    if _C_LOADER is not None and text.isascii() and "*" not in text and "\t" not in text:
        try:
            data = yaml.load(text, Loader=_C_LOADER)
        except (yaml.YAMLError, ValueError, OverflowError, RecursionError):
            pass  # the pure loader says what is wrong, in its words
        else:
            if _depth(data, _SHALLOW) < _SHALLOW:
                return data
    return yaml.load(text, Loader=_NoAliasLoader)


def _depth(value: Any, limit: int) -> int:
    """How deeply lists and mappings nest in ``value`` (counting stops at ``limit``)."""
    if limit <= 0 or not isinstance(value, list | dict):
        return 0
    items = value.values() if isinstance(value, dict) else value
    return 1 + max((_depth(v, limit - 1) for v in items), default=0)


def _parse_front_matter(token: Token, path: str) -> dict[str, Any]:
    start = _line(token)[0]
    try:
        text = token.content
        data = _load_yaml(text) if text.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = start + 1 + mark.line if mark is not None else start
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise InputError(
            f"invalid front matter: {problem}", path=path, line=line, hint="fix the YAML header"
        ) from exc
    except (ValueError, OverflowError, RecursionError) as exc:  # e.g. "date: 2024-01-82"
        # Python's own words for a recursion depend on its version and on compiled frames
        reason = "it nests too deeply" if isinstance(exc, RecursionError) else str(exc)
        raise InputError(
            f"invalid front matter: {reason}", path=path, line=start, hint="fix the YAML header"
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


# --- parsing and includes -----------------------------------------------------------------------


@cache
def _parser(unmatchable: frozenset[str] = frozenset()) -> MarkdownIt:
    """Block structure only: blocks keep their raw inline Markdown (``Token.content``) and the
    stages read that, so the inline parse (links, emphasis) is skipped. It also went
    superlinear on long runs of ``[`` / ``![`` (every opener rescans for its label). Built
    once per process and set of ``unmatchable`` block rules left out (parsing keeps no state
    in it; building it cost a document's tenth)."""
    md = MarkdownIt("commonmark", {"html": True, "maxNesting": _MAX_NESTING}).enable("table")
    md.disable(["inline", "text_join"])
    front_matter_plugin(md)
    if unmatchable:
        md.disable(sorted(unmatchable))
    return md


_HR_MARKS = re.compile(r"([*_-])[ \t]*\1[ \t]*\1")
"""Three of one thematic-break mark with only spaces between: what a rule (``---``) needs."""


def _unmatchable(src: str) -> frozenset[str]:
    """The block rules that cannot match anywhere in ``src``: each needs a character (or
    run) that ``src`` lacks, and returns False before touching the parser's state when it is
    missing, so the tokens are the same without them; markdown-it tries every rule on every
    line (and the terminating ones on every paragraph line), so a plain page parses a
    quarter faster."""
    rules = []
    if "|" not in src:
        rules.append("table")  # a header row holds a pipe
    if "```" not in src and "~~~" not in src:
        rules.append("fence")
    if ">" not in src:
        rules.append("blockquote")
    if _HR_MARKS.search(src) is None:
        rules.append("hr")
    if "]:" not in src:
        rules.append("reference")  # [label]: destination
    if "<" not in src:
        rules.append("html_block")
    if "#" not in src:
        rules.append("heading")
    return frozenset(rules)


def _tokens(rewritten: _Rewritten, display: str, warnings: list[str]) -> list[Token]:
    """markdown-it tokens of a rewritten source, admonition titles attached to their quotes."""
    try:
        tokens = _parser(_unmatchable(rewritten.parse)).parse(rewritten.parse)
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
    if rewritten.titles or rewritten.ends:
        for token in tokens:
            if token.type in ("blockquote_open", "heading_open") and token.map is not None:
                title = rewritten.titles.get(token.map[0] + 1)
                if title:
                    token.meta["srgraph_title"] = title
                end = rewritten.ends.get(token.map[0] + 1)
                if end:
                    token.meta["srgraph_end"] = end
    return tokens


@dataclass
class _Includes:
    """Resolves ``[!INCLUDE]`` placeholders into the included files' tokens."""

    display: str
    warnings: list[str]

    def splice(
        self, tokens: list[Token], rewritten: _Rewritten, base: Path | None, depth: int
    ) -> list[Token]:
        if not rewritten.includes:
            return tokens
        out: list[Token] = []
        for token in tokens:
            match = (
                _PLACEHOLDER.match(token.content.strip()) if token.type == "html_block" else None
            )
            line = int(match.group("line")) if match else 0
            if match is None or line not in rewritten.includes or token.map is None:
                out.append(token)
                continue
            if token.map[0] + 1 != line:
                out.append(token)
                continue
            out.extend(self.read(rewritten.includes[line], base, line, depth + 1))
        return out

    def read(self, target: str, base: Path | None, line: int, depth: int) -> list[Token]:
        """The tokens of an included file, every one mapped to the include ``line``."""
        where = f"{self.display}:{line}"
        relative = target.split("#", 1)[0].split("?", 1)[0]
        if base is None:
            self.warnings.append(f"{where}: include {target} not read (no folder to read it from)")
            return []
        if depth > MAX_INCLUDE_DEPTH:
            self.warnings.append(
                f"{where}: include {target} not read: includes nest more than "
                f"{MAX_INCLUDE_DEPTH} levels deep"
            )
            return []
        path = base / relative
        if path.suffix.lower() not in (".md", ".markdown"):
            self.warnings.append(f"{where}: include {target} not read: not a Markdown file")
            return []
        try:
            with open_regular(path, target) as fh:  # never a FIFO or a device
                size = os.fstat(fh.fileno()).st_size
                data = fh.read(MAX_DOCUMENT_BYTES + 1) if size <= MAX_DOCUMENT_BYTES else b""
        except (InputError, OSError) as exc:
            reason = exc.message if isinstance(exc, InputError) else exc.strerror
            self.warnings.append(f"{where}: include {target} not read: {reason}")
            return []
        if max(size, len(data)) > MAX_DOCUMENT_BYTES:
            raise InputError(
                f"include {target} is {max(size, len(data)) / 2**20:.1f} MiB, over the "
                f"{MAX_DOCUMENT_BYTES // 2**20} MiB limit",
                path=self.display,
                line=line,
            )
        text = clean_text(data.decode("utf-8-sig", errors="replace"))
        rewritten = rewrite(text)
        tokens = _tokens(rewritten, f"{where}: {target}", self.warnings)
        tokens = [t for t in tokens if t.type != "front_matter"]
        tokens = self.splice(tokens, rewritten, path.parent, depth)
        for token in tokens:
            if token.map is not None:
                token.map = [line - 1, line]
            if "srgraph_end" in token.meta:
                token.meta["srgraph_end"] = line
        return tokens


def read_markdown(
    data: bytes, *, display: str, stem: str, base: Path | None, charset: str | None = None
) -> Document:
    """Markdown bytes -> Document; ``base`` is the folder includes are read from (None: not
    read, e.g. for a fetched page)."""
    decoded, encoding, warnings = decode(data, display, hint=charset)
    text = clean_text(decoded)
    rewritten = rewrite(text)
    tokens = _tokens(rewritten, display, warnings)
    metadata: dict[str, Any] = {}
    if tokens and tokens[0].type == "front_matter":
        metadata = _parse_front_matter(tokens[0], display)
        tokens = tokens[1:]
    tokens = _Includes(display, warnings).splice(tokens, rewritten, base, 0)
    root = Section(title="", level=0, start=1, path=())
    stack = [root]
    ends: dict[int, int] = {}  # id of a tab's section -> the tab's last line
    builder = _Builder(tokens, rewritten.text.split("\n"))
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
                title = heading_text(inline.content)
                section = Section(title, level, _line(token)[0], (*parent.path, title))
                parent.sections.append(section)
                stack.append(section)
                if "srgraph_end" in token.meta:
                    ends[id(section)] = int(token.meta["srgraph_end"])
            else:
                for block in builder.blocks_until(None):
                    # what follows a tab group belongs to the section around the tabs
                    while id(stack[-1]) in ends and block.start > ends[id(stack[-1])]:
                        stack.pop()
                    stack[-1].blocks.append(block)
    except RecursionError as exc:
        raise InputError("document nests too deeply to parse", path=display) from exc
    return Document(
        path=display,
        stem=stem,
        text=rewritten.text,
        metadata=metadata,
        root=root,
        content_hash="sha256:" + hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        warnings=tuple(warnings),
        template_names=rewritten.variables,
        term_names=glossary_terms(text),
    )


_HEADING_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_HEADING_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()\"]|\"[^\"]*\")*\)")
"""A link in a heading; its quoted title may hold brackets (a docs site's anchor link
``[​](#x "Direct link to Packages (of the control plane)")``)."""
_HEADING_MARKS = re.compile(r"(?:\\?[*_`])+")
"""Emphasis marks, escaped or not (``\\*\\*Title``: a bold marker typed as literal stars)."""
_HEADING_TAG = re.compile(r"<[^>]+>")
_HEADING_ANCHOR = re.compile(r"\{#[^}]*\}\s*$")
_HEADING_MARKUP = re.compile(r"[\[*_`<{]")
"""A character each pattern above needs: a heading without one is only spaced."""


def heading_text(raw: str) -> str:
    """A heading's inline Markdown as plain title text."""
    raw = raw.translate(ZERO_WIDTH)
    if not _HEADING_MARKUP.search(raw):  # most headings: no pattern below can match
        return " ".join(raw.split())
    text = _HEADING_IMAGE.sub("", raw)
    text = _HEADING_LINK.sub(r"\1", text)
    text = _HEADING_MARKS.sub("", text)
    text = _HEADING_TAG.sub("", text)
    text = _HEADING_ANCHOR.sub("", text)
    return " ".join(text.split())
