"""AsciiDoc -> Document.

A line-based reader of what documentation pages use: ``= Title`` / ``== Section`` headings,
``:name: value`` attributes (``{name}`` replaced where used), paragraphs, ``*`` / ``**`` / ``.``
lists and ``term::`` description lists (``+`` continuations), ``NOTE:`` paragraphs and
``[NOTE]`` / ``====`` blocks (-> ``Admonition``), ``.Title`` block titles (-> a paragraph) and
``|===`` tables (``[cols=…]``, ``a|`` cells, spans ``2+|`` / ``.2+|``, the header row from
``options="header"`` or from a first line followed by a blank one). ``include::``, ``ifdef::``
/ ``endif::`` lines, comments, code listings and images are left out; inline markup is
rewritten as Markdown (``*bold*`` -> ``**bold**``, ``link:url[text]`` -> ``[text](url)``).
Every block keeps its 1-based source lines; ``Document.text`` is the source with attributes
replaced, line for line.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field

from ..errors import InputError
from .model import (
    Admonition,
    Block,
    BulletList,
    Document,
    ListItem,
    Paragraph,
    Table,
    TableRow,
    task_text,
)
from .outline import MAX_COLUMNS, Line, Outline, blocks_text, document, guard, is_blank, substitute
from .source import char_refs, clean_text, decode, fill_grid

__all__ = ["ASCIIDOC_SUFFIXES", "read_asciidoc"]

ASCIIDOC_SUFFIXES = (".adoc", ".asciidoc", ".asc")


_ATTRIBUTE = re.compile(
    r"^:(?P<unset>!)?(?P<name>\w[\w-]*)(?P<unset2>!)?:(?:[ \t]+(?P<value>.*))?$"
)
_REFERENCE = re.compile(r"\{(?P<name>\w[\w-]*)\}")
_HEADING = re.compile(r"^(?P<marks>={1,6}|#{1,6})[ \t]+(?P<title>\S.*)$")
_UNDERLINE = re.compile(r"^(?P<mark>={2,}|-{2,}|~{2,}|\^{2,}|\+{2,})[ \t]*$")
_UNDERLINE_LEVELS = {"=": 1, "-": 2, "~": 3, "^": 4, "+": 5}
"""Two-line (setext) section titles: the underline's character gives the level."""
_BLOCK_ATTRIBUTES = re.compile(r"^\[(?P<body>[^\[\]]*)\][ \t]*$")
_ANCHOR = re.compile(r"^\[\[[^\]]*\]\][ \t]*$")
_BLOCK_TITLE = re.compile(r"^\.(?P<title>[^.\s].*)$")
_DIRECTIVE = re.compile(r"^(?:include|ifdef|ifndef|ifeval|endif)::")
_CONDITIONAL = re.compile(r"^(?:ifdef|ifndef|ifeval|endif)::[^\[]*\[\][ \t]*$")
_LINE_COMMENT = re.compile(r"^//(?!//)")
_BUILT_IN = {
    "nbsp": "\u00a0", "zwsp": "", "wj": "", "sp": " ", "empty": "", "blank": "", "amp": "&",
    "lt": "<", "gt": ">", "apos": "'", "quot": '"', "plus": "+", "vbar": "|", "brvbar": "\u00a6",
    "caret": "^", "tilde": "~", "backslash": "\\", "backtick": "`", "startsb": "[",
    "endsb": "]", "two-colons": "::", "two-semicolons": ";;", "deg": "\u00b0", "cpp": "C++",
    "pp": "++",
}  # fmt: skip
"""Character replacement attributes every AsciiDoc processor defines (``Red{nbsp}Hat``)."""
_MACRO = re.compile(r"^(?:image|video|audio|toc)::\S*\[.*\][ \t]*$")
_BREAK = re.compile(r"^(?:'{3,}|<{3,}|\*{3}|-{3})[ \t]*$")
_LIST = re.compile(r"^[ \t]*(?P<marker>\*{1,5}|-|\.{1,5}|\d{1,9}\.)[ \t]+(?P<text>\S.*)$")
_TERM = re.compile(r"^(?P<term>[^\s:;][^:;]*?)(?P<marker>:{2,4}|;;)(?:[ \t]+(?P<text>\S.*))?$")
_ADMONITION = re.compile(r"^(?P<kind>NOTE|TIP|IMPORTANT|WARNING|CAUTION):[ \t]+(?P<text>\S.*)$")
_DELIMITER = re.compile(
    r"^(?P<delim>-{4,}|\.{4,}|\+{4,}|={4,}|\*{4,}|_{4,}|/{4,}|--|`{3}.*)[ \t]*$"
)
_VERBATIM = ("-", ".", "+", "/", "`")
"""Delimited blocks whose content is code, literal text, passthrough HTML or a comment."""
_TABLE = re.compile(r"^(?P<sep>[|!,:])===[ \t]*$")
_SPEC = r"(?:\d+\*)?(?:\d*(?:\.\d+)?\+)?[<^>]?(?:\.[<^>])?[adehlmsv]?"
_KINDS = ("NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION")

# inline markup -> Markdown
_STRONG = re.compile(r"(?<![\w*\\])\*(?=[^\s*])(?P<text>[^*\n]*?[^\s*])\*(?![\w*])")
# every macro starts after a space or a bracket and no text class crosses a bracket: a run of
# unclosed macros is scanned once, not once per opener
_START = r"(?<![^\s(\[<>\"'])"
_TEXT = r"\[(?P<text>[^\[\]\n]*)\]"
_LINK_TEXT = r"\[(?P<text>[^\[\]]*)\]"
"""A link's text may run over a line end (``link:url[`` then the text on the next line)."""
_URL_CHARS = r"[^\s\[\]()<>\"']+"
_URL_MACRO = re.compile(rf"{_START}(?P<url>(?:https?|ftp|mailto):{_URL_CHARS}){_LINK_TEXT}")
_LINK_MACRO = re.compile(rf"{_START}link:(?P<url>{_URL_CHARS}){_LINK_TEXT}")
_XREF_MACRO = re.compile(rf"{_START}xref:(?P<url>{_URL_CHARS}){_TEXT}")
_XREF = re.compile(r"<<(?P<target>[^,<>\n]+)(?:,\s*(?P<text>[^<>\n]+))?>>")
_FOOTNOTE = re.compile(rf"{_START}footnote(?::\w*)?:{_TEXT}")
_INLINE_MACRO = re.compile(
    rf"{_START}(?:kbd|btn|menu|pass|icon|image|stem|latexmath|asciimath):[^\s\[\]]*{_TEXT}"
)
_MARK = re.compile(r"(?:\[[^\[\]\n]*\])?(?<![\w#])#(?=[^\s#])(?P<text>[^#\n]*?[^\s#])#(?![\w#])")
_PASS = re.compile(r"(?<![\w+])\+(?P<text>[^+\n]+)\+(?![\w+])")
_HARD_BREAK = re.compile(r"[ \t]\+$", re.M)
_NOTE_MARK = re.compile(r"^\^[0-9*]{1,3}\^[ \t]+", re.M)
"""A footnote's marker opening its line ("^1^ Racks are supplied …"): no word of the note."""
_SUPERSCRIPT = re.compile(r"\^(?P<text>[0-9]{1,3})\^")
"""A superscript number ("R^1^" in a matrix cell): a footnote mark, as "R¹" is written."""
_SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_MARKUP = re.compile(r"[*:<#+\[&^]")
_SPANS = re.compile(r"^(?:(?P<times>\d+)\*)?(?P<col>\d*)(?:\.(?P<row>\d+))?(?P<plus>\+)?")
_COLSPAN = re.compile(r"^(?:\d+\*)?(\d*)(?:\.\d+)?\+")


def inline(text: str) -> str:
    """AsciiDoc inline markup as Markdown (bold, links, cross references, passthroughs;
    character references as their characters)."""
    if _MARKUP.search(text) is None:
        return text
    text = _FOOTNOTE.sub("", _NOTE_MARK.sub("", text))
    text = _SUPERSCRIPT.sub(lambda m: m.group("text").translate(_SUPERSCRIPT_DIGITS), text)
    text = _XREF_MACRO.sub(lambda m: m.group("text") or _target(m.group("url")), text)
    text = _LINK_MACRO.sub(lambda m: _link(m.group("url"), m.group("text")), text)
    text = _URL_MACRO.sub(lambda m: _link(m.group("url"), m.group("text")), text)
    text = _INLINE_MACRO.sub(lambda m: m.group("text"), text)
    text = substitute(_XREF, text, lambda m: m.group("text") or _target(m.group("target")))
    text = _STRONG.sub(lambda m: f"**{m.group('text')}**", text)
    text = _MARK.sub(lambda m: m.group("text"), text)
    text = _PASS.sub(lambda m: m.group("text"), text)
    return _HARD_BREAK.sub("", char_refs(text))


def _link(url: str, text: str) -> str:
    text = " ".join(text.split(",", 1)[0].split()).strip('"')
    return f"[{text}]({url})" if text else url


def _target(target: str) -> str:
    """A cross reference without text: its target's last part, as words."""
    name = target.split("#")[-1].rsplit("/", 1)[-1].removesuffix(".adoc")
    return " ".join(name.replace("_", " ").replace("-", " ").split())


@dataclass
class _Pending:
    """Block attributes and a block title waiting for the block they belong to."""

    attributes: list[str] = field(default_factory=list)
    title: str = ""
    title_line: int = 0

    def style(self) -> str:
        first = self.attributes[0].split(",")[0].strip() if self.attributes else ""
        return first.split("%")[0].split("#")[0].split(".")[0].strip().upper()

    def option(self, name: str) -> bool:
        for body in self.attributes:
            for part in body.split(","):
                part = part.strip()
                if f"%{name}" in part:
                    return True
                key, _, value = part.partition("=")
                if key.strip() in ("options", "opts") and name in value:
                    return True
        return False

    def named(self, name: str) -> str | None:
        for body in self.attributes:
            match = re.search(rf"(?:^|,)\s*{name}\s*=\s*(?P<v>\"[^\"]*\"|'[^']*'|[^,]*)", body)
            if match:
                return match.group("v").strip().strip("\"'")
        return None

    def clear(self) -> None:
        self.attributes = []
        self.title = ""
        self.title_line = 0


class _Reader:
    """Blocks of a run of numbered lines; headings (top level only) go to ``outline``."""

    def __init__(self, display: str, outline: Outline) -> None:
        self.display = display
        self.outline = outline
        self.title_seen = False

    def blocks(self, lines: list[Line], depth: int, top: bool = False) -> list[Block]:
        guard(depth, lines[0][0] if lines else 1, self.display)
        out: list[Block] = []
        pending = _Pending()
        i = 0
        while i < len(lines):
            number, line = lines[i]
            stripped = line.strip()
            if not stripped or (line.startswith("//") and not line.startswith("////")):
                i += 1
                continue
            if _ATTRIBUTE.match(line) or _DIRECTIVE.match(line) or _ANCHOR.match(line):
                i += 1
                continue
            if _MACRO.match(line) or _BREAK.match(line):
                pending.clear()
                i += 1
                continue
            level = self._underlined(lines, i) if top else 0
            if level:
                out = self._flush(out)
                self.outline.heading(inline(stripped).replace("**", ""), level, number)
                pending.clear()
                i += 2
                continue
            heading = _HEADING.match(line) if top else None
            if heading is not None:
                out = self._flush(out)
                level = len(heading.group("marks"))
                title = inline(heading.group("title").strip()).replace("**", "")
                self.outline.heading(title, level, number)
                pending.clear()
                i += 1
                continue
            attributes = _BLOCK_ATTRIBUTES.match(line)
            if attributes is not None:
                pending.attributes.append(attributes.group("body"))
                i += 1
                continue
            caption = _BLOCK_TITLE.match(line)
            if caption is not None and i + 1 < len(lines) and not is_blank(lines[i + 1]):
                pending.title, pending.title_line = inline(caption.group("title")), number
                i += 1
                continue
            table = _TABLE.match(line)
            if table is not None:
                end = self._close(lines, i, line.rstrip(), "table")
                out.extend(self._title(pending))
                out.append(self._table(lines[i : end + 1], table.group("sep"), pending, depth))
                pending.clear()
                i = end + 1
                continue
            delimiter = _DELIMITER.match(line)
            if delimiter is not None:
                i = self._delimited(lines, i, delimiter.group("delim"), pending, depth, out)
                pending.clear()
                continue
            admonition = _ADMONITION.match(line)
            if admonition is not None or pending.style() in _KINDS:
                end = self._paragraph_end(lines, i)
                kind = admonition.group("kind") if admonition else pending.style()
                first = admonition.group("text") if admonition else line
                texts = [first, *(text for _, text in lines[i + 1 : end])]
                body = Paragraph(
                    inline("\n".join(t.strip() for t in texts)), number, lines[end - 1][0]
                )
                out.append(Admonition(kind, (body,), number, body.end, title=pending.title))
                pending.clear()
                i = end
                continue
            if _LIST.match(line) or _TERM.match(line):
                out.extend(self._title(pending))
                pending.clear()
                block, i = self._list(lines, i, depth)
                out.append(block)
                continue
            if line[:1] in (" ", "\t"):  # a literal (indented) paragraph: code or output
                i = self._paragraph_end(lines, i)
                pending.clear()
                continue
            end = self._paragraph_end(lines, i)
            out.extend(self._title(pending))
            pending.clear()
            text = "\n".join(text.strip() for _, text in lines[i:end])
            out.append(Paragraph(inline(text), number, lines[end - 1][0]))
            i = end
        return out

    @staticmethod
    def _underlined(lines: list[Line], i: int) -> int:
        """The level of a two-line section title at ``i`` (a line of words over a line of
        ``=``, ``-``, ``~``, ``^`` or ``+`` as long as it, give or take one), else 0."""
        if i + 1 >= len(lines) or (i > 0 and not is_blank(lines[i - 1])):
            return 0
        text = lines[i][1].rstrip()
        under = _UNDERLINE.match(lines[i + 1][1])
        if under is None or not re.match(r"\w", text) or _LIST.match(text) or _TERM.match(text):
            return 0
        if abs(len(text) - len(under.group("mark"))) > 1:
            return 0
        return _UNDERLINE_LEVELS[under.group("mark")[0]]

    def _flush(self, out: list[Block]) -> list[Block]:
        self.outline.add(out)
        return []

    @staticmethod
    def _title(pending: _Pending) -> list[Block]:
        """A ``.Title`` line before a list or table: a paragraph of its own (a lead-in)."""
        if not pending.title:
            return []
        return [Paragraph(pending.title, pending.title_line, pending.title_line)]

    def _close(self, lines: list[Line], i: int, closing: str, what: str) -> int:
        """Index of the ``closing`` line of the block opened at ``i``."""
        for j in range(i + 1, len(lines)):
            if lines[j][1].rstrip() == closing:
                return j
        raise InputError(
            f"{what} opened with '{lines[i][1].strip()}' is never closed",
            path=self.display,
            line=lines[i][0],
            hint=f"end it with a second '{lines[i][1].strip()}' line",
        )

    @staticmethod
    def _paragraph_end(lines: list[Line], i: int, *, terms: bool = False) -> int:
        """Index after a paragraph starting at ``i``: a blank line, a list item or a block
        delimiter ends it (in a list, so does the next ``term::``)."""
        j = i + 1
        while j < len(lines):
            text = lines[j][1]
            if (
                not text.strip()
                or _LIST.match(text)
                or (terms and _TERM.match(text))
                or _DELIMITER.match(text)
                or _TABLE.match(text)
            ):
                break
            if _BLOCK_ATTRIBUTES.match(text) or text.strip() == "+":
                break
            j += 1
        return j

    def _delimited(
        self, lines: list[Line], i: int, delim: str, pending: _Pending, depth: int, out: list[Block]
    ) -> int:
        if delim.startswith("`"):
            end = self._close(lines, i, "```", "code block")
        else:
            end = self._close(lines, i, delim, "block")
        if delim[0] in _VERBATIM and delim != "--":
            return end + 1  # code, literal text, passthrough or comment
        inner = self.blocks(lines[i + 1 : end], depth + 1)
        style = pending.style()
        if style in _KINDS or style in ("QUOTE", "VERSE") or delim[0] == "_":
            kind = style if style in _KINDS else "QUOTE"
            out.append(
                Admonition(kind, tuple(inner), lines[i][0], lines[end][0], title=pending.title)
            )
        else:
            out.extend(self._title(pending))
            out.extend(inner)
        return end + 1

    # --- lists ----------------------------------------------------------------------------------

    def _list(self, lines: list[Line], i: int, depth: int) -> tuple[BulletList, int]:
        """The list starting at ``i`` (items of every marker; nesting by marker) and the index
        after it."""
        items: list[tuple[str, str, int, int, list[Block]]] = []  # marker, text, start, end, more
        while i < len(lines):
            text = lines[i][1]
            match = _LIST.match(text)
            term = None if match else _TERM.match(text)
            if match is None and term is None:
                break
            if match is not None:
                marker, first = match.group("marker"), match.group("text")
                if marker[0].isdigit():
                    marker = "."
            else:
                assert term is not None
                marker = term.group("marker")
                # "Treasurer:: Keeps the books": a term and its definition, as a Markdown
                # page writes "- **Treasurer**: Keeps the books"
                first = f"**{term.group('term').strip()}**:" + (
                    " " + term.group("text") if term.group("text") else ""
                )
            end = self._paragraph_end(lines, i, terms=True)
            body = [first, *(t.strip() for _, t in lines[i + 1 : end])]
            more: list[Block] = []
            j = end
            while j < len(lines) and lines[j][1].strip() == "+":  # a list continuation
                k = j + 1
                if k < len(lines) and (_LIST.match(lines[k][1]) or _TERM.match(lines[k][1])):
                    # "** a" + "+" + "** b": the next item of this list (nested by marker),
                    # not a list of its own attached to this item
                    j = k
                    break
                delimiter = _DELIMITER.match(lines[k][1]) if k < len(lines) else None
                if delimiter is not None:
                    j = self._delimited(
                        lines, k, delimiter.group("delim"), _Pending(), depth + 1, more
                    )
                else:
                    k_end = self._paragraph_end(lines, k) if k < len(lines) else k
                    more.extend(self.blocks(lines[k:k_end], depth + 1))
                    j = k_end
            items.append((marker, inline("\n".join(body)), lines[i][0], lines[j - 1][0], more))
            i = j
            while i < len(lines) and is_blank(lines[i]):
                i += 1
            if i < len(lines) and not (_LIST.match(lines[i][1]) or _TERM.match(lines[i][1])):
                break
        return self._nest(items, 0, depth)[0], i

    def _nest(
        self,
        items: list[tuple[str, str, int, int, list[Block]]],
        k: int,
        depth: int,
        outer: frozenset[str] = frozenset(),
    ) -> tuple[BulletList, int]:
        """Items from ``k`` with the marker of item ``k`` -> a list; another marker opens a
        nested list, a marker of a list further out closes this one."""
        guard(depth, items[k][2], self.display)
        marker = items[k][0]
        out: list[ListItem] = []
        while k < len(items) and items[k][0] == marker:
            _, text, start, end, more = items[k]
            children: list[Block] = list(more)
            k += 1
            while k < len(items) and items[k][0] != marker and items[k][0] not in outer:
                nested, k = self._nest(items, k, depth + 1, outer | {marker})
                children.append(nested)
                end = max(end, nested.end)
            out.append(ListItem(task_text(text), start, end, tuple(children)))
        return BulletList(tuple(out), out[0].start, out[-1].end, ordered=marker[0] == "."), k

    # --- tables ---------------------------------------------------------------------------------

    def _table(self, lines: list[Line], sep: str, pending: _Pending, depth: int) -> Table:
        body = lines[1:-1]
        columns = _columns(pending.named("cols"))
        if sep in (",", ":") or pending.named("format") in ("csv", "dsv", "tsv"):
            cells = _delimited_cells(
                body, "," if sep == "," or pending.named("format") == "csv" else ":"
            )
            rows = _rows(cells, columns or max((len(c) for c in cells), default=1))
        else:
            found = _cells(body, sep)
            if not columns:
                first = next((n for n, text in body if text.strip()), 0)
                columns = sum(span for _, _, line, span in found if line == first) or 1
            columns = min(columns, MAX_COLUMNS)
            rows = _grid(found, columns, self, depth)
        header_first = pending.option("header") or (
            not pending.option("noheader") and _implicit_header(body)
        )
        grid = fill_grid(rows)
        header: tuple[str, ...] = ()
        if header_first and grid:
            header = tuple(grid[0][0])
            grid = grid[1:]
        table_rows = tuple(TableRow(tuple(cells), line) for cells, _, line in grid)
        return Table(header, table_rows, lines[0][0], lines[-1][0], source="asciidoc")


def _columns(spec: str | None) -> int:
    """``cols="1,2a,3"`` / ``cols="3*"`` -> the column count."""
    if not spec:
        return 0
    count = 0
    for part in re.split(r"[,;]", spec):
        times = re.match(r"^\s*(\d+)\*", part)
        count += min(int(times.group(1)[:3]), MAX_COLUMNS) if times else 1
    return min(count, MAX_COLUMNS)


_CELL = re.compile(rf"(?:(?:(?<=\s)|^)(?P<spec>{_SPEC}))?(?<!\\)\|")
_NESTED_CELL = re.compile(rf"(?:(?:(?<=\s)|^)(?P<spec>{_SPEC}))?(?<!\\)!")


def _cells(body: list[Line], sep: str) -> list[tuple[str, str, int, int]]:
    """Cells of a ``|===`` table: (spec, text, first line, column span), in order."""
    pattern = _CELL if sep == "|" else _NESTED_CELL
    out: list[tuple[str, list[str], int, int]] = []
    for number, text in body:
        last = 0
        for match in pattern.finditer(text):
            if out:  # text before the first cell is part of none
                out[-1][1].append(text[last : match.start()])
            spec = match.group("spec") or ""
            span = _COLSPAN.match(spec) if spec else None
            colspan = int(span.group(1)[:2]) if span and span.group(1) else 1
            out.append((spec, [], number, max(1, colspan)))
            last = match.end()
        if out:
            out[-1][1].append(text[last:])
    return [(spec, "\n".join(parts), line, span) for spec, parts, line, span in out]


def _grid(
    cells: list[tuple[str, str, int, int]],
    columns: int,
    reader: _Reader,
    depth: int,
) -> list[tuple[list[tuple[str, int, int]], bool, int]]:
    """Cells -> rows of (text, rowspan, colspan) for ``fill_grid``: a row is full when its
    cells (and those spanning down from above) fill the columns."""
    rows: list[tuple[list[tuple[str, int, int]], bool, int]] = []
    current: list[tuple[str, int, int]] = []
    width = 0
    line = 0
    below: list[int] = []  # columns taken in the next rows by cells spanning down
    for spec, text, first, _ in cells:
        match = _SPANS.match(spec) if spec else None
        times, colspan, rowspan = 1, 1, 1
        if match is not None:
            times = int(match.group("times")[:2] or 1) if match.group("times") else 1
            if match.group("plus"):
                colspan = int(match.group("col")[:2] or 1)
                rowspan = int((match.group("row") or "1")[:2] or 1)
        colspan = max(1, min(colspan, columns))
        value = _cell_text(text, first, reader, depth)
        for _ in range(max(1, times)):
            if not current:
                line = first
                width = below.pop(0) if below else 0
            current.append((value, max(1, rowspan), colspan))
            width += colspan
            for k in range(1, rowspan):
                while len(below) < k:
                    below.append(0)
                below[k - 1] += colspan
            if width >= columns:
                rows.append((current, False, line))
                current = []
    if current:
        rows.append((current, False, line))
    return rows


def _cell_text(text: str, line: int, reader: _Reader, depth: int) -> str:
    """A cell's content in the ``TableRow`` convention, read as AsciiDoc blocks (an ``a|``
    cell's lists, and ``*`` lines in any other cell, as ``- `` lines; a paragraph on one
    line)."""
    text = text.strip()
    if "\n" not in text and not _LIST.match(text):
        return inline(text)  # most cells: a word or a phrase
    numbered = [(line + k, t.strip()) for k, t in enumerate(text.split("\n"))]
    return "\n".join(blocks_text(reader.blocks(numbered, depth + 1)))


def _implicit_header(body: list[Line]) -> bool:
    """The first line holds cells and a blank line follows it: that line is the header row."""
    first = next((k for k, line in enumerate(body) if line[1].strip()), None)
    return first is not None and first + 1 < len(body) and is_blank(body[first + 1])


def _delimited_cells(body: list[Line], sep: str) -> list[list[tuple[str, int]]]:
    rows: list[list[tuple[str, int]]] = []
    for number, text in body:
        if text.strip():
            values = next(csv.reader([text], delimiter=sep)) if sep == "," else text.split(sep)
            rows.append([(v.strip(), number) for v in values[:MAX_COLUMNS]])
    return rows


def _rows(
    cells: list[list[tuple[str, int]]], columns: int
) -> list[tuple[list[tuple[str, int, int]], bool, int]]:
    return [([(inline(t), 1, 1) for t, _ in row], False, row[0][1]) for row in cells if row]


def read_asciidoc(data: bytes, *, display: str, stem: str, charset: str | None = None) -> Document:
    """AsciiDoc bytes -> Document."""
    decoded, encoding, warnings = decode(data, display, hint=charset, kind="AsciiDoc")
    source = clean_text(decoded).split("\n")
    attributes: dict[str, str] = dict(_BUILT_IN)
    lines: list[str] = []
    for number, text in enumerate(source, 1):
        entry = _ATTRIBUTE.match(text)
        if entry is not None:
            name = entry.group("name")
            if entry.group("unset") or entry.group("unset2"):
                attributes.pop(name, None)
            else:
                attributes[name] = _expand(entry.group("value") or "", attributes)
            lines.append(text)
            continue
        if text.startswith("include::"):
            warnings.append(f"{display}:{number}: include not read: {text.strip()}")
        lines.append(_expand(text, attributes) if "{" in text else text)
    numbered = _without_comments(list(enumerate(lines, 1)), display)
    outline = Outline()
    reader = _Reader(display, outline)
    outline.add(reader.blocks(numbered, 0, top=True))
    return document(
        data,
        display=display,
        stem=stem,
        text="\n".join(lines),
        root=outline.root,
        encoding=encoding,
        warnings=warnings,
        fmt="asciidoc",
    )


def _expand(text: str, attributes: dict[str, str]) -> str:
    return _REFERENCE.sub(lambda m: attributes.get(m.group("name"), m.group(0)), text)


def _without_comments(lines: list[Line], display: str) -> list[Line]:
    """Lines with ``////`` comment blocks, ``//`` line comments, ``ifdef::x[]`` / ``endif::x[]``
    lines (their content kept: a page reads as every variant at once) and a YAML front matter
    left out."""
    out: list[Line] = []
    inside: int | None = None
    for k, (number, text) in enumerate(lines):
        if k == 0 and text.rstrip() == "---" and any(t.rstrip() == "---" for _, t in lines[1:50]):
            inside = -number
            continue
        if inside is not None and inside < 0:
            if text.rstrip() == "---":
                inside = None
            continue
        if text.startswith("////") and text.rstrip() == "/" * len(text.rstrip()):
            inside = None if inside is not None else number
            continue
        if inside is None and not _CONDITIONAL.match(text) and not _LINE_COMMENT.match(text):
            out.append((number, text))  # conditionals and line comments vanish, even mid-paragraph
    if inside is not None and inside > 0:
        raise InputError("comment block '////' is never closed", path=display, line=inside)
    return out
