"""reStructuredText -> Document.

A line-based reader of what documentation pages use: section titles (underlined, or over- and
underlined, levels in the order their styles first appear), paragraphs, bullet and enumerated
lists, definition lists, block quotes, ``.. note::``-style directives (-> ``Admonition``),
``.. list-table::`` / ``.. csv-table::``, grid tables (``+---+``) and simple tables
(``=== ===``), substitutions (``.. |name| replace:: text``). Code, literal blocks (after
``::``), images, comments and targets are left out; inline markup is rewritten as Markdown
(roles ``:ref:`text <target>``` -> ``text``, ```text <url>`_`` -> ``[text](url)``). Every block
keeps its 1-based source lines; ``Document.text`` is the source, line for line.
"""

from __future__ import annotations

import re

from ..errors import InputError
from .model import Admonition, Block, BulletList, Document, ListItem, Paragraph
from .outline import Line, Outline, document, guard, indent, is_blank, substitute
from .rst_tables import SIMPLE_RULE, RstTables
from .source import clean_text, decode

__all__ = ["RST_SUFFIXES", "read_rst"]

RST_SUFFIXES = (".rst", ".rest")


_ADORNMENT = re.compile(r"^([!-/:-@\[-`{-~])\1*[ \t]*$")
_EXPLICIT = re.compile(r"^\.\.(?:[ \t]|$)")
_DIRECTIVE = re.compile(r"^\.\.[ \t]+(?P<name>[\w.-]+(?::[\w.-]+)?)::(?:[ \t]+(?P<arg>.*))?$")
_SUBSTITUTION = re.compile(
    r"^\.\.[ \t]+\|(?P<name>[^|\n]+)\|[ \t]+(?P<kind>[\w-]+)::(?:[ \t]+(?P<value>.*))?$"
)
_BULLET = re.compile(r"^(?P<marker>[-*+•‣⁃])(?:[ \t]+|$)")
_ENUMERATED = re.compile(
    r"^(?P<marker>\(?(?:\d{1,9}|#|[a-zA-Z]|[ivxlcdm]{1,7}|[IVXLCDM]{1,7})[.)])[ \t]+\S"
)
_FIELD = re.compile(r"^:(?![\w.+-]*:`)[^:\s][^:\n]*:(?:[ \t]|$)")
_OPTION = re.compile(r"^:(?P<name>[\w-]+):(?:[ \t]+(?P<value>.*))?$")
_GRID_BORDER = re.compile(r"^\+(?:[-=]+\+)+[ \t]*$")
_LINE_BLOCK = re.compile(r"^\|(?:[ \t]|$)")
_TABLE_EDGE = re.compile(rf"{_GRID_BORDER.pattern}|{SIMPLE_RULE.pattern}")
"""A grid table's border or a simple table's rule: a table starts there, even right under a
paragraph's last line ("The Nimbus crew does this:" / "+-----+"), as a reader sees it."""

_KINDS = {
    "note": "NOTE",
    "tip": "TIP",
    "hint": "TIP",
    "important": "IMPORTANT",
    "warning": "WARNING",
    "caution": "CAUTION",
    "danger": "WARNING",
    "attention": "WARNING",
    "error": "WARNING",
    "seealso": "NOTE",
    "admonition": "NOTE",
    "versionadded": "NOTE",
    "versionchanged": "NOTE",
    "deprecated": "NOTE",
}
_SKIPPED = frozenset(
    (
        *("code", "code-block", "sourcecode", "literalinclude", "highlight", "image", "figure"),
        *("toctree", "raw", "math", "include", "meta", "index", "contents", "sectnum"),
        *("header", "footer", "graphviz", "uml", "mermaid", "jinja", "autosummary"),
        *("automodule", "autoclass", "autofunction", "program-output", "command-output"),
        *("default-role", "role", "title", "class", "rst-class", "tabularcolumns"),
    )
)
"""Directives whose content is code, markup or navigation, not the page's text."""

# inline markup -> Markdown
_LITERAL = re.compile(r"``(?P<text>[^`]+?)``")
_ROLE = re.compile(r":[\w.+-]+(?::[\w.+-]+)?:`(?P<body>[^`]*)`")
_LINK = re.compile(r"`(?P<text>[^`<]*)<(?P<url>[^`<>]*)>`__?")
_REFERENCE = re.compile(r"`(?P<text>[^`]+)`__?")
_FOOTNOTE = re.compile(r"[ \t]?\[(?:#[\w-]*|\*|\d+)\]_")
_USE = re.compile(r"\|(?P<name>[^|\s](?:[^|\n]*[^|\s])?)\|(?:__?)?")


class _Inline:
    """RST inline markup as Markdown, substitutions replaced."""

    def __init__(self, substitutions: dict[str, str]) -> None:
        self.substitutions = substitutions

    def __call__(self, text: str) -> str:
        if "`" not in text and "|" not in text and "]_" not in text:
            return text
        text = _LITERAL.sub(lambda m: f"`{m.group('text')}`", text)
        text = substitute(_ROLE, text, _role)
        text = substitute(_LINK, text, _link)
        text = substitute(_REFERENCE, text, lambda m: m.group("text"))
        text = _FOOTNOTE.sub("", text)
        return _USE.sub(lambda m: self._replaced(m.group("name")), text)

    def _replaced(self, name: str) -> str:
        """A substitution's text; one defined elsewhere (an ``.. include::``d file the page
        leaves out: ``|acme-product:onb| responsibilities``) reads as its name's words
        ("Acme Product Onb"), so a heading or sentence keeps the name it is about."""
        if name in self.substitutions:
            return self.substitutions[name]
        words = [w for w in re.split(r"[-_:./\s]+", name) if w]
        return " ".join(w[:1].upper() + w[1:] for w in words) or f"|{name}|"


def _role(match: re.Match[str]) -> str:
    body = match.group("body")
    if body.endswith(">") and "<" in body:
        return body[: body.rindex("<")].strip()
    body = body.lstrip("!")
    if body.startswith("~"):
        return body[1:].rsplit(".", 1)[-1]
    return body


def _link(match: re.Match[str]) -> str:
    text, url = match.group("text").strip(), match.group("url").strip()
    if not text:
        return url
    return f"[{text}]({url})" if "://" in url or url.startswith("mailto:") else text


def _dedent(lines: list[Line], width: int) -> list[Line]:
    return [(n, t[width:] if indent(t) >= width else t.lstrip(" ")) for n, t in lines]


class _Reader(RstTables):
    """Blocks of a run of numbered lines (indentation relative to the run)."""

    def __init__(self, display: str, outline: Outline, inline: _Inline) -> None:
        self.display = display
        self.outline = outline
        self.inline = inline
        self.styles: list[tuple[str, bool]] = []

    def indented(self, lines: list[Line], i: int, width: int = 1) -> int:
        """Index after the block of lines from ``i`` that are blank or indented ``width`` or
        more (trailing blank lines left out)."""
        j = i
        last = i
        while j < len(lines) and (is_blank(lines[j]) or indent(lines[j][1]) >= width):
            j += 1
            if not is_blank(lines[j - 1]):
                last = j
        return last

    def blocks(self, lines: list[Line], depth: int, top: bool = False) -> list[Block]:
        guard(depth, lines[0][0] if lines else 1, self.display)
        out: list[Block] = []
        i = 0
        while i < len(lines):
            number, line = lines[i]
            if not line.strip():
                i += 1
                continue
            if line[0] == " ":  # a block quote
                end = self.indented(lines, i)
                inner = self.blocks(_dedent(lines[i:end], indent(line)), depth + 1)
                if inner and all(isinstance(b, BulletList) for b in inner):
                    out.extend(inner)  # " * item": an indented list is a list, not a quotation
                elif inner:
                    out.append(Admonition("QUOTE", tuple(inner), number, lines[end - 1][0]))
                i = end
                continue
            title = self._title(lines, i) if top else None
            if title is not None:
                text, style, size = title
                self.outline.add(out)
                out = []
                if style not in self.styles:
                    self.styles.append(style)
                level = self.styles.index(style) + 1
                self.outline.heading(self.inline(text).replace("**", ""), level, number)
                i += size
                continue
            if _EXPLICIT.match(line):
                i = self._explicit(lines, i, depth, out)
                continue
            if _GRID_BORDER.match(line):
                end = i + 1
                while end < len(lines) and lines[end][1][:1] in ("+", "|"):
                    end += 1
                out.append(self._grid(lines[i:end], depth))
                i = end
                continue
            if SIMPLE_RULE.match(line):
                table, i = self._simple(lines, i)
                if table is not None:
                    out.append(table)
                continue
            if _ADORNMENT.match(line) and len(line.strip()) >= 4:
                i += 1  # a transition
                continue
            if _BULLET.match(line) or _ENUMERATED.match(line):
                block, i = self._list(lines, i, depth)
                out.append(block)
                continue
            if _FIELD.match(line):
                i = self.indented(lines, i + 1)  # a field list: metadata, not text
                continue
            if _LINE_BLOCK.match(line):
                end = i
                while end < len(lines) and _LINE_BLOCK.match(lines[end][1]):
                    end += 1
                texts = [t[1:].strip() for _, t in lines[i:end]]
                if any(texts):
                    text = self.inline("\n".join(texts))
                    out.append(Paragraph(text, number, lines[end - 1][0]))
                i = end
                continue
            i = self._paragraph(lines, i, depth, out)
        return out

    def _title(self, lines: list[Line], i: int) -> tuple[str, tuple[str, bool], int] | None:
        """A section title at ``i``: its text, style (character, overlined) and line count."""
        line = lines[i][1]
        over = _ADORNMENT.match(line)
        if over and i + 2 < len(lines):
            text, below = lines[i + 1][1], lines[i + 2][1]
            if text.strip() and below.rstrip() == line.rstrip() and not _ADORNMENT.match(text):
                return text.strip(), (over.group(1), True), 3
        if over or i + 1 >= len(lines) or (i > 0 and not is_blank(lines[i - 1])):
            return None
        under = _ADORNMENT.match(lines[i + 1][1])
        size = len(lines[i + 1][1].rstrip())
        if under is None or size < 3 or size < min(len(line.rstrip()), 4):
            return None
        return line.strip(), (under.group(1), False), 2

    def _paragraph(self, lines: list[Line], i: int, depth: int, out: list[Block]) -> int:
        end = i + 1
        while (
            end < len(lines)
            and not is_blank(lines[end])
            and lines[end][1][0] != " "
            and not _TABLE_EDGE.match(lines[end][1])
        ):
            end += 1  # a table's top edge with no blank line before it starts the table
        texts = [t.strip() for _, t in lines[i:end]]
        edge = end < len(lines) and bool(_TABLE_EDGE.match(lines[end][1]))
        if end < len(lines) and not is_blank(lines[end]) and end == i + 1 and not edge:
            return self._definitions(lines, i, depth, out)
        literal = texts[-1].endswith("::")
        if literal:
            texts[-1] = texts[-1][:-2].rstrip() + (
                ":" if texts[-1][:-2].strip() and not texts[-1].endswith(" ::") else ""
            )
        if any(texts):
            text = self.inline("\n".join(texts))
            out.append(Paragraph(text, lines[i][0], lines[end - 1][0]))
        if literal:  # the indented block after '::' is literal text (code, output)
            j = end
            while j < len(lines) and is_blank(lines[j]):
                j += 1
            if j < len(lines) and lines[j][1][0] == " ":
                return self.indented(lines, j)
        return end

    def _definitions(self, lines: list[Line], i: int, depth: int, out: list[Block]) -> int:
        """Terms, each with its definition indented below it: a list of items (the term, and
        the definition's blocks as children)."""
        items: list[ListItem] = []
        while _is_term(lines, i):
            stop = self.indented(lines, i + 1)
            width = indent(lines[i + 1][1])
            definition = self.blocks(_dedent(lines[i + 1 : stop], width), depth + 1)
            term = self.inline(lines[i][1].strip())
            if len(definition) == 1 and isinstance(definition[0], Paragraph) and "**" not in term:
                # "Treasurer" over "Keeps the books.": one entry, read as a Markdown page's
                # "- **Treasurer**: Keeps the books"
                term, definition = f"**{term}**: {definition[0].text}", []
            items.append(ListItem(term, lines[i][0], lines[stop - 1][0], tuple(definition)))
            i = stop
            while i < len(lines) and is_blank(lines[i]):
                i += 1
        out.append(BulletList(tuple(items), items[0].start, items[-1].end))
        return i

    def _glossary(self, lines: list[Line], depth: int) -> list[Block]:
        """A Sphinx ``.. glossary::``: each term over its indented definition (a blank line may
        come between them). An entry is a paragraph "**Term**: its definition's paragraphs"
        (a definition, not a list item a heading's party or a lead-in could claim), then the
        definition's other blocks."""
        out: list[Block] = []
        i = 0
        while i < len(lines):
            if is_blank(lines[i]) or lines[i][1][0] == " ":
                i += 1
                continue
            stop = max(self.indented(lines, i + 1), i + 1)
            body = lines[i + 1 : stop]
            body = _dedent(body, min((indent(t) for _, t in body if t.strip()), default=1))
            blocks = self.blocks(body, depth + 1) if body else []
            said = [" ".join(b.text.split()) for b in blocks if isinstance(b, Paragraph)]
            term = self.inline(lines[i][1].strip())
            text = f"**{term}**: {' '.join(said)}" if said and "**" not in term else term
            out.append(Paragraph(text, lines[i][0], lines[stop - 1][0]))
            out.extend(b for b in blocks if not isinstance(b, Paragraph))
            i = stop
        return out

    # --- explicit markup ------------------------------------------------------------------------

    def _explicit(self, lines: list[Line], i: int, depth: int, out: list[Block]) -> int:
        """A directive, comment, target, footnote or substitution definition at ``i``."""
        number, line = lines[i]
        end = self.indented(lines, i + 1)
        directive = _DIRECTIVE.match(line)
        if directive is None:
            return end  # a comment, target, footnote or substitution definition
        name = directive.group("name").lower().split(":")[-1]
        arg = (directive.group("arg") or "").strip()
        body = lines[i + 1 : end]
        width = min((indent(t) for _, t in body if t.strip()), default=3)
        body = _dedent(body, width)
        options: dict[str, str] = {}
        k = 0
        while k < len(body) and not is_blank(body[k]):
            option = _OPTION.match(body[k][1])
            if option is None:
                if not options:
                    arg += " " + body[k][1].strip()  # the argument goes on
                    k += 1
                    continue
                break
            options[option.group("name").lower()] = (option.group("value") or "").strip()
            k += 1
        content = body[k:]
        while content and is_blank(content[0]):
            content = content[1:]
        if name in _SKIPPED:
            return end
        if name == "list-table":
            out.extend(self._caption(arg, number))
            out.append(self._list_table(content, options, number, lines[end - 1][0], depth))
        elif name == "csv-table":
            out.extend(self._caption(arg, number))
            table = self._csv_table(content, options, number, lines[end - 1][0])
            if table is not None:
                out.append(table)
        elif name == "glossary" and content:
            out.extend(self._glossary(content, depth))
        elif name in _KINDS:
            inner = self.blocks(content, depth + 1) if content else []
            if arg and name != "admonition":
                inner = [Paragraph(self.inline(arg), number, number), *inner]
            title = self.inline(arg) if name == "admonition" else ""
            out.append(Admonition(_KINDS[name], tuple(inner), number, lines[end - 1][0], title))
        else:  # topic, sidebar, rubric, table, only, container, tabs …: their text is the page's
            out.extend(self._caption(arg, number))
            if content:
                out.extend(self.blocks(content, depth + 1))
        return end

    def _caption(self, arg: str, line: int) -> list[Block]:
        return [Paragraph(self.inline(arg), line, line)] if arg else []

    # --- lists ----------------------------------------------------------------------------------

    def _list(self, lines: list[Line], i: int, depth: int) -> tuple[BulletList, int]:
        first = lines[i][1]
        bullet = _BULLET.match(first)
        ordered = bullet is None
        kind = bullet.group("marker") if bullet else _enum_kind(first)
        items: list[ListItem] = []
        while i < len(lines):
            text = lines[i][1]
            match = _BULLET.match(text) or _ENUMERATED.match(text)
            if match is None or (bullet and match.group("marker") != kind):
                break
            if not bullet and _enum_kind(text) != kind:
                break
            marker = len(match.group("marker"))
            rest = text[marker:]
            width = marker + (len(rest) - len(rest.lstrip()) if rest.strip() else 1)
            end = self.indented(lines, i + 1, width)
            body = [(lines[i][0], text[width:]), *_dedent(lines[i + 1 : end], width)]
            blocks = self.blocks(body, depth + 1)
            label = ""
            if blocks and isinstance(blocks[0], Paragraph) and blocks[0].start == lines[i][0]:
                label, blocks = blocks[0].text, blocks[1:]
            items.append(ListItem(label, lines[i][0], lines[end - 1][0], tuple(blocks)))
            i = end
            while i < len(lines) and is_blank(lines[i]):
                i += 1
        return BulletList(tuple(items), items[0].start, items[-1].end, ordered=ordered), i


def _is_term(lines: list[Line], i: int) -> bool:
    """A definition list's term at ``i``: a plain line with an indented line right below."""
    if i + 1 >= len(lines) or is_blank(lines[i]) or is_blank(lines[i + 1]):
        return False
    text = lines[i][1]
    if text[0] == " " or lines[i + 1][1][0] != " ":
        return False
    return not any(p.match(text) for p in (_BULLET, _ENUMERATED, _EXPLICIT, _FIELD, _LINE_BLOCK))


def _enum_kind(text: str) -> str:
    match = _ENUMERATED.match(text)
    if match is None:
        return ""
    marker = match.group("marker")
    return ("(" if marker.startswith("(") else "") + marker[-1]


def read_rst(data: bytes, *, display: str, stem: str, charset: str | None = None) -> Document:
    """reStructuredText bytes -> Document."""
    decoded, encoding, warnings = decode(data, display, hint=charset, kind="reStructuredText")
    text = clean_text(decoded)
    source = text.split("\n")
    substitutions: dict[str, str] = {}
    for line in source:
        definition = _SUBSTITUTION.match(line)
        if definition is not None and definition.group("kind") == "replace":
            substitutions[definition.group("name")] = (definition.group("value") or "").strip()
    lines = [(n, t.expandtabs(8).rstrip()) for n, t in enumerate(source, 1)]
    outline = Outline()
    reader = _Reader(display, outline, _Inline(substitutions))
    try:
        outline.add(reader.blocks(lines, 0, top=True))
    except RecursionError as exc:
        raise InputError("document nests too deeply to parse", path=display) from exc
    return document(
        data,
        display=display,
        stem=stem,
        text=text,
        root=outline.root,
        encoding=encoding,
        warnings=warnings,
        fmt="rst",
    )
