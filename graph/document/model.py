"""The document model every reader (Markdown, HTML, fetched pages) builds: sections of blocks,
each block with its 1-based first and last line in the source."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

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
    "each_block",
    "task_text",
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


_TASK_BOX = re.compile(r"^\[[ xX*]\]\s+(?=\S)")
"""A task list's box before an item's text (GitHub, MkDocs and AsciiDoc "[ ]", "[x]", "[*]")."""


def task_text(text: str) -> str:
    """A list item's text without a task list's box ("[ ] Name two owners" -> "Name two
    owners"): the box says whether the task is done, not what it is."""
    return _TASK_BOX.sub("", text, count=1)


@dataclass(frozen=True)
class BulletList:
    """A bullet or ordered list."""

    items: tuple[ListItem, ...]
    start: int
    end: int
    ordered: bool = False


@dataclass(frozen=True)
class TableRow:
    """A table body row: cell texts and its line.

    A cell is inline Markdown on one or more lines: ``<br>`` is a newline, and a list inside a
    cell (``<ul>``/``<ol>`` in Markdown or HTML tables, ``- a<br>- b`` or ``• a<br>• b``) is one
    line per item, each starting with ``- `` (text before the list is its own first line)::

        "Plan and create a request with:\\n- Host count\\n- Network range"
    """

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
    """A ``>[!NOTE]``-style callout (or a plain block quote, kind ``QUOTE``), an MkDocs
    ``!!! note "Title"`` block or an HTML alert ``<div class="note">``; ``title`` is the
    callout's own title where the source gives one."""

    kind: str
    blocks: tuple[Block, ...]
    start: int
    end: int
    title: str = ""


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
    """A decoded, parsed source document.

    ``text`` has one line per source line: for Markdown the source with docs-repository markup
    rewritten in place (Liquid keywords resolved, ``:::`` markers dropped); for HTML the visible
    text of the main content, each piece on the source line it comes from. So ``lines`` and
    ``quote`` take the same line numbers as the blocks. ``format`` is ``markdown``, ``html``,
    ``xlsx`` or ``csv`` (a spreadsheet: one line per row read, see ``cells``).
    """

    path: str
    stem: str
    text: str
    metadata: dict[str, Any]
    root: Section
    content_hash: str
    encoding: str
    warnings: tuple[str, ...] = ()
    format: str = "markdown"
    cells: tuple[tuple[int, str], ...] = ()
    """For a spreadsheet: (line, cells of the row in A1 notation, e.g. ``'CAIQ v4'!A12:F12``)."""
    template_names: frozenset[str] = frozenset()
    """Names the reader guessed for template variables no vocabulary knows (an MkDocs macro
    ``{{ product_name }}`` -> ``Product Name``): a docs site's own product names."""
    term_names: frozenset[str] = frozenset()
    """Glossary terms the page marks as such (MyST ``{term}`Resource Allocator```, reST
    ``:term:`…```): names the site defines, so names even when made of common words."""
    lines: list[str] = field(init=False, repr=False, compare=False)
    """The repaired text split into lines (index 0 is line 1), split once (a plain attribute:
    a compiled build recomputes a ``functools.cached_property`` on every use)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "lines", self.text.split("\n"))

    @property
    def title(self) -> str:
        """Front-matter title, else the first of the top-level headings (a breadcrumb line
        set as a small heading above the page's ``#`` title is not it) when they are ``#``
        headings or only one, else the file stem."""
        title = self.metadata.get("title")
        if isinstance(title, str) and title.strip():
            return title.strip()
        sections = self.root.walk()[1:]
        if sections:
            top = min(section.level for section in sections)
            tops = [section.title for section in sections if section.level == top]
            if top == 1 or len(tops) == 1:
                return tops[0]  # (several "##" headings and no "#": parts, none the page's)
        return self.stem

    def quote(self, start: int, end: int) -> str:
        """The source text of lines ``start`` .. ``end`` (1-based, inclusive), stripped."""
        return "\n".join(self.lines[start - 1 : end]).strip()


def each_block(items: Sequence[Block | ListItem]) -> Iterator[Block | ListItem]:
    """Every block of ``items`` in document order, and inside it every list item and the
    blocks nested in items and callouts: one flat walk for readers that look at each line."""
    for block in items:
        yield block
        if isinstance(block, BulletList):
            for item in block.items:
                yield item
                yield from each_block(item.children)
        elif isinstance(block, ListItem):
            yield from each_block(block.children)
        elif isinstance(block, Admonition):
            yield from each_block(block.blocks)
