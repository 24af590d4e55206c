"""What the line-based readers (AsciiDoc, reStructuredText) share: numbered source lines, the
section tree they build, cells written in the ``TableRow`` convention and the shape tests that
tell such a page saved as ``.md`` from Markdown."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from typing import Any

from ..errors import InputError
from .model import Block, BulletList, Document, Paragraph, Section

__all__ = [
    "MAX_COLUMNS",
    "MAX_DEPTH",
    "Line",
    "Outline",
    "blocks_text",
    "document",
    "indent",
    "is_blank",
    "looks_like_asciidoc",
    "looks_like_rst",
]

Line = tuple[int, str]
"""A 1-based source line number and its text (indentation already taken off in a nested view)."""

MAX_DEPTH = 40
"""Blocks nested deeper than this (lists in quotes in lists …) are refused, not recursed into."""
MAX_COLUMNS = 100
"""Columns read per table (a line of a million ``|`` is not a million-column row)."""


def indent(text: str) -> int:
    """Leading spaces of a line."""
    return len(text) - len(text.lstrip(" "))


def is_blank(line: Line) -> bool:
    return not line[1].strip()


class Outline:
    """The section tree being built: headings open sections, blocks go to the innermost one."""

    def __init__(self) -> None:
        self.root = Section(title="", level=0, start=1, path=())
        self._stack = [self.root]

    def heading(self, title: str, level: int, line: int) -> None:
        while self._stack[-1].level >= level:
            self._stack.pop()
        parent = self._stack[-1]
        section = Section(title, level, line, (*parent.path, title))
        parent.sections.append(section)
        self._stack.append(section)

    def add(self, blocks: Sequence[Block]) -> None:
        self._stack[-1].blocks.extend(blocks)


def blocks_text(blocks: Sequence[Block]) -> list[str]:
    """Blocks inside a table cell as cell lines: a paragraph on one line, list items as ``- ``
    lines (nested ones too), the convention documented on ``TableRow``."""
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            if block.text.strip():
                out.append(" ".join(block.text.split()))
        elif isinstance(block, BulletList):
            for item in block.items:
                if item.text.strip():
                    out.append("- " + " ".join(item.text.split()))
                out.extend(
                    line if line.startswith("- ") else "- " + line
                    for line in blocks_text(item.children)
                )
        else:
            inner = getattr(block, "blocks", ())
            out.extend(blocks_text(inner))
    return out


def document(
    data: bytes,
    *,
    display: str,
    stem: str,
    text: str,
    root: Section,
    encoding: str,
    warnings: Sequence[str],
    fmt: str,
    metadata: dict[str, Any] | None = None,
) -> Document:
    return Document(
        path=display,
        stem=stem,
        text=text,
        metadata=metadata or {},
        root=root,
        content_hash="sha256:" + hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        warnings=tuple(warnings),
        format=fmt,
    )


def guard(depth: int, line: int, display: str) -> None:
    """Refuse blocks nested deeper than ``MAX_DEPTH`` (one line, naming where)."""
    if depth > MAX_DEPTH:
        raise InputError(f"blocks nest more than {MAX_DEPTH} levels deep", path=display, line=line)


def substitute(pattern: re.Pattern[str], text: str, value: Callable[[re.Match[str]], str]) -> str:
    """``pattern.sub`` that keeps the newline count: a replaced span that held line breaks gets
    them back at its end, so offsets in a paragraph keep mapping to its lines."""

    def keep(match: re.Match[str]) -> str:
        new = value(match)
        return new + "\n" * max(0, match.group(0).count("\n") - new.count("\n"))

    return pattern.sub(keep, text)


# --- shape tests for pages saved as .md ---------------------------------------------------------

_FENCE = re.compile(r"^(?:`{3,}|~{3,})")
_ATX = re.compile(r"^#{1,6}[ \t]+\S")
_ADOC_TABLE = re.compile(r"^\|===[ \t]*$")
_ADOC_TITLE = re.compile(r"^=[ \t]+\S")
_ADOC_SECTION = re.compile(r"^={2,6}[ \t]+\S")
_RST_EXPLICIT = re.compile(
    r"^\.\.[ \t]+(?:[a-z][\w-]*(?::[\w-]+)?::(?:[ \t]|$)|_[^:\n]+:(?:[ \t]|$)"
    r"|\|[^|\n]+\|[ \t]+[\w-]+::)"
)
_ADORNMENT = re.compile(r"^([!-/:-@\[-`{-~])\1{2,}[ \t]*$")


def _outside_fences(text: str) -> list[str]:
    """The unindented lines of ``text`` outside Markdown code fences."""
    out: list[str] = []
    fenced = False
    for line in text.split("\n"):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if not fenced and line[:1] not in (" ", "\t"):
            out.append(line)
    return out


def looks_like_asciidoc(text: str) -> bool:
    """An AsciiDoc page saved as ``.md``: a ``|===`` table opened and closed, or a ``= Title``
    first line with ``== Section`` headings and no Markdown ``#`` heading."""
    lines = _outside_fences(text)
    if sum(1 for line in lines if _ADOC_TABLE.match(line)) >= 2:
        return True
    first = next((line for line in lines if line.strip()), "")
    if not _ADOC_TITLE.match(first) or any(_ATX.match(line) for line in lines):
        return False
    return any(_ADOC_SECTION.match(line) for line in lines)


def looks_like_rst(text: str) -> bool:
    """A reStructuredText page saved as ``.md``: an explicit markup line (``.. note::``,
    ``.. _label:``, ``.. |name| replace::``) or an over- and underlined title, and no Markdown
    ``#`` heading or code fence (Markdown never writes either of the first two)."""
    if any(_FENCE.match(line) for line in text.split("\n")):
        return False
    lines = _outside_fences(text)
    if any(_ATX.match(line) for line in lines):
        return False
    if any(_RST_EXPLICIT.match(line) for line in lines):
        return True
    for above, title, below in zip(lines, lines[1:], lines[2:], strict=False):
        over = _ADORNMENT.match(above)
        # not '-': a Markdown rule above a setext heading has that shape
        framed = over is not None and over.group(1) != "-" and above.rstrip() == below.rstrip()
        if framed and title.strip() and len(above.rstrip()) >= len(title.rstrip()):
            return True
    return False
