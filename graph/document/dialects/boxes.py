"""The box engine: dialect markup -> the MkDocs form the Markdown rewrite already reads.

A box the page opens and closes (a tab, a note, a wrapper) becomes, line for line, an MkDocs
tab (``=== "Title"``) or admonition (``!!! kind "Title"``) whose content is indented 4 more
columns; a wrapper's markers become blank lines and its content stays where it is. Boxes are
matched like brackets (a closer closes the innermost open box of its family; an opener never
closed is a blank line), so an unclosed tag never swallows the rest of the page. Code fences
are skipped whole: markup shown as an example is never read as markup.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .colons import colon_mark
from .gitbook import gitbook_mark
from .hugo import hugo_inline, hugo_mark
from .marks import Mark, blank
from .mdx import mdx_inline, mdx_mark
from .myst import looks_like_myst, myst_inline, myst_mark

__all__ = ["MAX_DEPTH", "normalise"]

MAX_DEPTH = 8
"""Boxes nested deeper than this are read as wrappers (their content is not indented more)."""

_FENCE = re.compile(r"^[ ]{0,3}(?P<fence>`{3,}|~{3,})")
_OPTION = re.compile(r"^[ ]*:[\w-]+:(?:[ \t]|$)")
_ATX = re.compile(r"^[ ]*#{1,6}[ \t]+(?P<title>[^\n]*?)[ \t#]*$")
_TRIGGERS = ("{{<", "{{%", "{%", ":::", "```{", "~~~{", "<", "{/*", "import ", "export ", ")=")
_INLINE: tuple[Callable[[str], str], ...] = (hugo_inline, myst_inline, mdx_inline)


@dataclass
class _Open:
    line: int
    mark: Mark
    indent: int
    title: str


@dataclass
class _Scan:
    """What the first pass found: marks by line, matched boxes, lines rewritten inline."""

    marks: dict[int, Mark] = field(default_factory=dict)
    opened: dict[int, _Open] = field(default_factory=dict)
    closes: dict[int, int] = field(default_factory=dict)
    """A matched box's opener line -> its closer line."""
    inline: dict[int, str] = field(default_factory=dict)


def normalise(lines: list[str]) -> list[str]:
    """The dialects' boxes and markup rewritten line for line (see the module docstring)."""
    text = "\n".join(lines)
    if not any(trigger in text for trigger in _TRIGGERS):
        return lines
    scan = _scan(lines, looks_like_myst(text))
    if not scan.marks and not scan.inline:
        return lines
    return _render(lines, scan)


def _classify(lines: list[str], index: int, myst: bool) -> Mark | None:
    line = lines[index]
    first = line.lstrip(" ")[:1]
    if first == "{":
        return hugo_mark(line) or gitbook_mark(line) or mdx_mark(lines, index)
    if first == ":":
        return colon_mark(line)
    if first in ("`", "~", "(", "%", "+"):
        return myst_mark(line, myst)
    if first in ("<", "i", "e", "}", ")", "]", "*") or line.rstrip().endswith("*/}"):
        return mdx_mark(lines, index)
    return None


def _scan(lines: list[str], myst: bool) -> _Scan:
    """Marks and matched boxes. A code or dropped box never closed would hide the rest of the
    page: the scan goes back to its opener once, and its family's such boxes are markers."""
    scanner = _Scanner(lines, myst)
    start = 0
    while (unclosed := scanner.run(start)) is not None:
        scanner.disabled.add(unclosed.mark.family)
        scanner.scan.marks[unclosed.line] = blank()
        start = unclosed.line + 1
    return scanner.scan


class _Scanner:
    """The first pass: marks by line, boxes matched like brackets."""

    def __init__(self, lines: list[str], myst: bool) -> None:
        self.lines = lines
        self.myst = myst
        self.scan = _Scan()
        self.stack: list[_Open] = []
        self.disabled: set[str] = set()
        self.fence: tuple[str, int] | None = None  # a plain code fence: skipped whole

    def run(self, start: int) -> _Open | None:
        """Scan from ``start``; a code or dropped box left open at the end is returned."""
        lines, scan = self.lines, self.scan
        if start:
            self.stack = [box for box in self.stack if box.line < start - 1]
        self.fence = None
        verbatim: _Open | None = None  # a code or dropped box: only its closer is looked for
        options = False
        titled: _Open | None = None
        index = start
        while index < len(lines):
            line = lines[index]
            if self.fence is not None:
                self._fence_line(line)
                index += 1
                continue
            if options and _OPTION.match(line):
                scan.marks[index] = blank()
                index += 1
                continue
            options = False
            if titled is not None and line.strip():
                heading = _ATX.match(line)
                titled = None
                if heading is not None:
                    box = self.stack[-1] if self.stack else None
                    if box is not None and not box.title:
                        box.title = heading.group("title")
                        scan.marks[index] = blank()
                        index += 1
                        continue
            mark = _classify(lines, index, self.myst)
            if verbatim is not None:
                if mark is not None and mark.action == "close" and _closes(verbatim, mark):
                    self._close(self.stack.index(verbatim), index, mark)
                    verbatim = None
                index += 1
                continue
            if mark is None or (mark.action == "close" and mark.family.startswith("myst")):
                self._plain(index, mark)
                index += 1
                continue
            if mark.action == "close":
                self._closer(index, mark)
            elif mark.action == "open":
                if mark.kind in ("code", "drop") and mark.family in self.disabled:
                    scan.marks[index] = blank()
                    index += 1
                    continue
                box = _Open(index, mark, len(line) - len(line.lstrip(" ")), mark.title)
                self.stack.append(box)
                scan.marks[index] = mark
                verbatim = box if mark.kind in ("code", "drop") else None
                options = mark.options
                titled = box if mark.heading_title else None
            else:
                scan.marks[index] = mark
            for extra in range(index + 1, min(len(lines), index + mark.span)):
                scan.marks[extra] = blank()
            index += max(1, mark.span)
        return verbatim

    def _fence_line(self, line: str) -> None:
        assert self.fence is not None
        char, size = self.fence
        closing = _FENCE.match(line)
        if closing and closing.group("fence")[0] == char and not line.strip(char + " \t"):
            self.fence = None if len(closing.group("fence")) >= size else self.fence

    def _plain(self, index: int, mark: Mark | None) -> None:
        """A line no dialect marks, or a bare backtick fence: it closes the innermost MyST
        directive it is long enough for, else opens a code block."""
        stack = self.stack
        if mark is not None and stack and _closes(stack[-1], mark):
            self._close(len(stack) - 1, index, mark)
            return
        line = self.lines[index]
        opened = _FENCE.match(line)
        if opened is not None:
            self.fence = (opened.group("fence")[0], len(opened.group("fence")))
            return
        new = line
        for rewrite in _INLINE:
            new = rewrite(new)
        if new != line:
            self.scan.inline[index] = new.rstrip() if new.strip() else ""

    def _closer(self, index: int, mark: Mark) -> None:
        stack = self.stack
        found = next((k for k in range(len(stack) - 1, -1, -1) if _closes(stack[k], mark)), -1)
        if found >= 0:
            self._close(found, index, mark)
        elif not mark.strict:
            self.scan.marks[index] = blank()
        else:
            self._plain(index, None)

    def _close(self, found: int, index: int, mark: Mark) -> None:
        """The box ``stack[found]`` closes at ``index``; boxes opened inside it and never
        closed are wrappers (their markers blank lines)."""
        box = self.stack[found]
        del self.stack[found:]
        self.scan.opened[box.line] = box
        self.scan.closes[box.line] = index
        self.scan.marks[index] = mark


def _closes(box: _Open, mark: Mark) -> bool:
    return box.mark.family == mark.family and mark.size >= box.mark.size


def _marker(box: _Open) -> str:
    title = " ".join(box.title.replace('"', "'").split())
    if box.mark.kind == "tab":
        return f'=== "{title}"'
    return f'!!! {box.mark.style.lower()} "{title}"' if title else f"!!! {box.mark.style.lower()}"


def _render(lines: list[str], scan: _Scan) -> list[str]:
    out: list[str] = []
    active: list[tuple[int, bool, int, str]] = []  # (closer line, indents, indent, kind)
    level = 0
    for index, line in enumerate(lines):
        if active and active[-1][0] == index:
            _, indents, indent, kind = active.pop()
            level -= indents
            out.append(" " * (4 * level + indent) + "```" if kind == "code" else "")
            continue
        pad = " " * (4 * level)
        mark = scan.marks.get(index)
        box = scan.opened.get(index)
        if box is not None:
            kind = box.mark.kind
            indents = (
                kind in ("tab", "note") and level < MAX_DEPTH and bool(box.title or kind == "note")
            )
            if indents:
                out.append(pad + " " * box.indent + _marker(box))
            else:
                out.append(pad + " " * box.indent + "```" if kind == "code" else "")
            active.append((scan.closes[index], indents, box.indent, kind))
            level += indents
            continue
        if mark is not None:
            out.append(pad + mark.text if mark.action == "line" and mark.text else "")
            continue
        if any(entry[3] == "drop" for entry in active[-1:]):
            out.append("")
            continue
        text = scan.inline.get(index, line)
        if not text.strip():
            out.append("")
            continue
        inner = next((entry[2] for entry in reversed(active) if entry[1]), 0)
        lead = len(text) - len(text.lstrip(" "))
        out.append(pad + " " * max(0, inner - lead) + text)
    return out
