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
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from .colons import colon_mark
from .gitbook import gitbook_mark
from .hugo import hugo_inline, hugo_mark, toml_front_matter
from .marks import Mark, blank, note_style
from .mdx import mdx_inline, mdx_mark
from .myst import looks_like_myst, myst_inline, myst_mark

__all__ = ["MAX_DEPTH", "normalise"]

MAX_DEPTH = 8
"""Boxes nested deeper than this are read as wrappers (their content is not indented more)."""

_FENCE = re.compile(r"^[ ]*(?P<fence>`{3,}|~{3,})")  # indented too: in list items, components
_OPTION = re.compile(r"^[ ]*:[\w-]+:(?:[ \t]|$)")
_ATX = re.compile(r"^[ ]{0,3}(?P<hashes>#{1,6})[ \t]+(?P<title>[^\n]*?)[ \t#]*$")
_IMPLICIT = "tabset-heading"
"""The family of a tab a tab set's heading opens: it ends at the next such heading."""
_TRIGGERS = ("{{<", "{{%", "{%", ":::", "```{", "~~~{", "<", "{/*", "import ", "export ", ")=")
_INLINE: tuple[Callable[[str], str], ...] = (hugo_inline, myst_inline, mdx_inline)


@dataclass
class _Open:
    line: int
    mark: Mark
    indent: int
    title: str
    items: list[str] = field(default_factory=list)
    """A tab group's titles not yet given to its tabs."""
    style: str = ""
    """A note's kind, when an option names it (MyST ``:class: warning``)."""
    level: int = 0
    """A tab set's: the level of the headings that are its tabs (the first one's)."""


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
    lines = toml_front_matter(lines)
    text = "\n".join(lines)
    if not any(trigger in text for trigger in _TRIGGERS):
        return lines
    scan = _scan(lines, looks_like_myst(text))
    if not scan.marks and not scan.inline:
        return lines
    return _render(lines, scan)


_FIRSTS = frozenset("{:`~(%+<ie})]*")
"""The first characters of the lines a dialect may mark."""


def _classify(lines: list[str], index: int, myst: bool) -> Mark | None:
    line = lines[index]
    first = line.lstrip(" ")[:1]
    if first not in _FIRSTS and "*/}" not in line:
        return None
    if first == "{":
        return hugo_mark(line) or gitbook_mark(lines, index) or mdx_mark(lines, index)
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
        self.families: Counter[str] = Counter()  # open boxes by family: no scan for a stray closer
        self.disabled: set[str] = set()
        self.fence: tuple[str, int] | None = None  # a plain code fence: skipped whole

    def run(self, start: int) -> _Open | None:
        """Scan from ``start``; a code or dropped box left open at the end is returned."""
        lines, scan = self.lines, self.scan
        if start:
            self.stack = [box for box in self.stack if box.line < start - 1]
            self.families = Counter(box.mark.family for box in self.stack)
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
                self._option(line)
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
            if self._tab_heading(index, line):
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
                box.items = list(mark.items)
                if mark.from_parent and self.stack and self.stack[-1].items:
                    box.title = self.stack[-1].items.pop(0)
                self.stack.append(box)
                self.families[mark.family] += 1
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

    def _option(self, line: str) -> None:
        """``:class: warning`` names the kind of a MyST ``admonition``."""
        key, _, value = line.strip()[1:].partition(":")
        box = self.stack[-1] if self.stack else None
        if key == "class" and box is not None and box.mark.kind == "note" and value.strip():
            style = note_style(value.split()[0])
            box.style = style if style != "NOTE" or "note" in value.lower() else box.style

    def _tab_heading(self, index: int, line: str) -> bool:
        """A heading directly inside a tab set (Quarto's ``.panel-tabset``) opens a tab that
        the next such heading, or the set's end, closes."""
        stack = self.stack
        inner = stack[-2:] if stack and stack[-1].mark.family == _IMPLICIT else stack[-1:]
        if not inner or inner[0].mark.kind != "tabset" or "#" not in line[:4]:
            return False
        heading = _ATX.match(line)
        if heading is None:
            return False
        tabset = inner[0]
        level = len(heading.group("hashes"))
        tabset.level = tabset.level or level
        if level != tabset.level:
            return False
        if stack[-1].mark.family == _IMPLICIT:
            box = stack.pop()
            self.families[box.mark.family] -= 1
            self.scan.opened[box.line] = box
            self.scan.closes[box.line] = index
        title = heading.group("title")
        mark = Mark("open", _IMPLICIT, kind="tab", title=title)
        stack.append(_Open(index, mark, len(line) - len(line.lstrip(" ")), title))
        self.families[_IMPLICIT] += 1
        self.scan.marks[index] = mark
        return True

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
        opened = _FENCE.match(line) if "`" in line or "~" in line else None
        if opened is not None:
            self.fence = (opened.group("fence")[0], len(opened.group("fence")))
            return
        if "{" not in line and "<!--" not in line:
            return  # no inline markup opens without either
        new = line
        for rewrite in _INLINE:
            new = rewrite(new)
        if new != line:
            self.scan.inline[index] = new.rstrip() if new.strip() else ""

    def _closer(self, index: int, mark: Mark) -> None:
        stack = self.stack
        found = -1
        if self.families[mark.family]:
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
        for inner in self.stack[found + 1 :]:
            if inner.mark.family == _IMPLICIT:  # a tab set's last tab ends with the set
                self.scan.opened[inner.line] = inner
                self.scan.closes[inner.line] = index
        for gone in self.stack[found:]:
            self.families[gone.mark.family] -= 1
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
    style = (box.style or box.mark.style).lower()
    return f'!!! {style} "{title}"' if title else f"!!! {style}"


@dataclass
class _Active:
    """A box being rendered."""

    close: int
    indents: bool
    column: int  # where its marker is written (before the 4-column step of its parent)
    kind: str


def _render(lines: list[str], scan: _Scan) -> list[str]:
    """The lines, each box's content 4 columns in from its marker. Content written further in
    than its marker (Mintlify indents it 2) is brought to the marker's column first, so a
    paragraph never turns into an indented code block."""
    out: list[str] = []
    active: list[_Active] = []
    level = 0
    shift = [0]  # columns the content of the indenting boxes is brought back by, innermost last
    columns = [0]  # the marker columns of the indenting boxes, innermost last
    for index, line in enumerate(lines):
        closed = ""
        column = 0
        while active and active[-1].close == index:
            box_done = active.pop()
            level -= box_done.indents
            if box_done.indents:
                shift.pop()
                columns.pop()
            if box_done.kind != _IMPLICIT and not closed:
                closed, column = box_done.kind, box_done.column
        if closed:
            out.append(" " * (4 * level + column) + "```" if closed == "code" else "")
            continue
        pad = 4 * level
        box = scan.opened.get(index)
        if box is not None:
            kind = box.mark.kind
            column = max(0, box.indent - shift[-1])
            indents = (
                kind in ("tab", "note") and level < MAX_DEPTH and bool(box.title or kind == "note")
            )
            if indents:
                out.append(" " * (pad + column) + _marker(box))
                inner = _content_indent(lines, scan, index, scan.closes[index])
                shift.append(shift[-1] + max(0, inner - box.indent))
                columns.append(column)
            else:
                out.append(" " * (pad + column) + "```" if kind == "code" else "")
            implicit = box.mark.family == _IMPLICIT
            active.append(
                _Active(scan.closes[index], indents, column, _IMPLICIT if implicit else kind)
            )
            level += indents
            continue
        mark = scan.marks.get(index)
        if mark is not None and mark.family != _IMPLICIT:  # a heading stays when its set is open
            text = mark.text if mark.action == "line" else ""
        elif active and active[-1].kind == "drop":
            text = ""
        else:
            text = scan.inline.get(index, line)
        if not text.strip():
            out.append("")
            continue
        lead = len(text) - len(text.lstrip(" "))
        out.append(" " * (pad + max(lead - shift[-1], columns[-1])) + text.lstrip(" "))
    return out


def _content_indent(lines: list[str], scan: _Scan, start: int, end: int) -> int:
    """The least indentation of the content lines between a box's marker lines."""
    leads = (
        len(lines[i]) - len(lines[i].lstrip(" "))
        for i in range(start + 1, end)
        if lines[i].strip() and i not in scan.marks
    )
    return min(leads, default=0)
