"""Full HTML pages (saved from a browser, or fetched) -> Document, read with lxml.

The main content is found (``<main>``, ``[role=main]``, ``<article>``, a ``#main-content``-like
container, else ``<body>``); navigation, headers, footers, asides, scripts, forms, hidden
elements and cookie / consent / breadcrumb / table-of-contents / feedback blocks are left out.
Headings open sections, and paragraphs, lists, tables, quotes and alert boxes become the same
blocks as in Markdown, their text the inline Markdown the extractor reads (``**bold**``,
``*em*``, backticks, ``[text](href)``). Line numbers are the HTML source lines (lxml
``sourceline``; a block ends on the last line of its element). ``Document.text`` holds the visible
text of the main content on the source lines it comes from, so quotes read as text, not markup.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from lxml import etree

from ..errors import InputError
from .markdown import heading_text
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
)
from .source import bullet_lines, clean_text, decode, fill_grid, header_rows, span_value

__all__ = ["HTML_SUFFIXES", "looks_like_html", "meta_charset", "read_html"]

HTML_SUFFIXES = (".html", ".htm", ".xhtml")

Element = Any
"""An lxml element (lxml ships no type information)."""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_IGNORED_TAGS = _words(
    "nav header footer aside script style noscript template form svg button iframe object "
    "embed canvas select textarea input dialog audio video map head link meta"
)
_IGNORED_ROLES = _words(
    "navigation banner contentinfo search complementary dialog menu menubar toolbar"
)
_NOISE_WORDS = (
    "cookie",
    "consent",
    "banner",
    "breadcrumb",
    "feedback",
    "table-of-contents",
    "dropdown",
)
_NOISE_TOKENS = _words("toc skip skiplink skipnav menu toolbar")
_HIDDEN_CLASSES = _words("hidden d-none visually-hidden sr-only is-hidden hide")
_ALERT_KINDS = ("warning", "caution", "danger", "important", "tip", "note")
_ALERT_WORDS = frozenset((*_ALERT_KINDS, "alert", "admonition", "callout"))
_MAIN_IDS = ("main-content", "maincontent", "main_content", "main-col-body", "content-main", "main")
_BLOCK_TAGS = _words(
    "address article aside blockquote details dialog dd div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section "
    "table ul summary center tbody thead tfoot tr td th caption"
)
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_MAX_DEPTH = 256
"""libxml2's element nesting limit (without its 'huge' option)."""
_SKIPPED_INLINE = _words("img picture source track wbr area")
_ADMONITION = re.compile(r"^\s*\[!(?P<kind>[A-Za-z]+)\]\s*(?P<rest>.*)$", re.S)


def looks_like_html(data: bytes) -> bool:
    """True for content that starts (after a BOM, whitespace, an XML declaration or comments)
    with ``<!doctype html`` or ``<html``."""
    head = data[:2048]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="ignore").encode("utf-8", errors="ignore")
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip().lower()
    while True:
        if head.startswith(b"<?xml"):
            head = head.partition(b"?>")[2].lstrip()
        elif head.startswith(b"<!--"):
            head = head.partition(b"-->")[2].lstrip()
        else:
            break
    return head.startswith((b"<!doctype html", b"<html"))


def meta_charset(data: bytes) -> str | None:
    """The charset a page declares in ``<meta charset>`` or ``<meta http-equiv>`` (its first
    64 KiB parsed by lxml), if any."""
    try:
        root = etree.fromstring(data[:65536], etree.HTMLParser(encoding="iso-8859-1"))
    except (etree.LxmlError, ValueError):
        return None
    if root is None:
        return None
    for meta in root.iter("meta"):
        if meta.get("charset"):
            return str(meta.get("charset")).strip()
        if (meta.get("http-equiv") or "").lower() == "content-type":
            content = str(meta.get("content") or "")
            _, _, value = content.lower().partition("charset=")
            if value.strip():
                return value.split(";")[0].strip().strip("\"'")
    return None


def _classes(el: Element) -> list[str]:
    return f"{el.get('class') or ''}".lower().split()


def _tokens(el: Element) -> set[str]:
    """The id and class words of an element, also split at ``-`` and ``_``."""
    words = [*_classes(el), *f"{el.get('id') or ''}".lower().split()]
    out = set(words)
    for word in words:
        out.update(w for w in re.split(r"[-_]+", word) if w)
    return out


def _hidden(el: Element) -> bool:
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").lower() == "true":
        return True
    style = "".join((el.get("style") or "").lower().split())
    if "display:none" in style or "visibility:hidden" in style:
        return True
    return bool(_HIDDEN_CLASSES & set(_classes(el)))


def _ignored(el: Element) -> bool:
    """Elements that are not the page's text: chrome, code, hidden parts and banners."""
    tag = el.tag
    if not isinstance(tag, str):
        return True
    tag = tag.lower()
    if tag == "header" and any(h in _HEADINGS for h in _tags(el)):
        return False  # an article's own header, with its title
    if tag in _IGNORED_TAGS or _hidden(el):
        return True
    if (el.get("role") or "").lower() in _IGNORED_ROLES:
        return True
    names = f"{el.get('id') or ''} {el.get('class') or ''}".lower()
    if any(word in names for word in _NOISE_WORDS):
        return True
    return bool(_NOISE_TOKENS & _tokens(el))


def _tags(el: Element) -> Iterator[str]:
    for node in el.iter():
        if isinstance(node.tag, str):
            yield node.tag.lower()


def _alert_kind(el: Element) -> str | None:
    """``NOTE``, ``WARNING``… for an alert-like ``<div>`` (class note, alert, admonition…)."""
    tokens = _tokens(el)
    if not tokens & _ALERT_WORDS:
        return None
    for kind in _ALERT_KINDS:
        if kind in tokens:
            return kind.upper()
    return "NOTE"


def _collapse(text: str) -> str:
    """Spaces collapsed within lines, empty lines dropped."""
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


@dataclass
class _Heading:
    level: int
    title: str
    line: int


@dataclass
class _Disclosure:
    """A ``<details>`` block's ``<summary>``: the title of what the block discloses, a section
    one level below the one it opens in, closed by ``_DisclosureEnd`` at the block's end."""

    title: str
    line: int


@dataclass
class _DisclosureEnd:
    """The end of a ``<details>`` block: what follows belongs to the section around it."""


@dataclass
class _Page:
    """One parsed page: element spans and the visible-text layer."""

    root: Element
    main: Element
    line_count: int
    spans: dict[Element, tuple[int, int]] = field(default_factory=dict)
    text: list[list[str]] = field(default_factory=list)
    skipped: dict[Element, bool] = field(default_factory=dict)

    def ignored(self, el: Element) -> bool:
        """``_ignored``, remembered per element."""
        known = self.skipped.get(el)
        if known is None:
            known = self.skipped[el] = _ignored(el)
        return known

    def measure(self) -> None:
        """Start and end line of every element, and the visible text of the main content
        placed on its source lines."""
        self.text = [[] for _ in range(self.line_count)]
        self._visit(self.root, 1, False)

    def _place(self, text: str | None, line: int, visible: bool) -> int:
        if not text:
            return line
        if visible:
            for offset, piece in enumerate(text.split("\n")):
                words = " ".join(piece.split())
                if words and 0 < line + offset <= self.line_count:
                    self.text[line + offset - 1].append(words)
        return line + text.count("\n")

    def _visit(self, el: Element, line: int, visible: bool) -> int:
        if el.sourceline:
            line = max(line, int(el.sourceline))
        start = line
        if el is self.main:
            visible = True
        elif visible and self.ignored(el):
            visible = False
        line = self._place(el.text, line, visible)
        for child in el:
            if isinstance(child.tag, str):
                line = self._visit(child, line, visible)
            line = self._place(child.tail, line, visible)
        self.spans[el] = (start, min(max(start, line), self.line_count))
        return line

    def span(self, el: Element) -> tuple[int, int]:
        return self.spans.get(el, (1, 1))


class _Reader:
    """Turns the main content into headings and blocks."""

    def __init__(self, page: _Page) -> None:
        self.page = page

    # inline ---
    def inline(self, el: Element, *, cell: bool = False, without: Sequence[Element] = ()) -> str:
        """An element's content as inline Markdown (``without`` some of its children)."""
        parts: list[str] = []
        self._content(el, parts, cell, without)
        return _collapse("".join(parts))

    def _content(
        self, el: Element, parts: list[str], cell: bool, without: Sequence[Element] = ()
    ) -> None:
        if el.text:
            parts.append(el.text)
        for child in el:
            if isinstance(child.tag, str) and not self.page.ignored(child) and child not in without:
                self._element(child, parts, cell)
            if child.tail:
                parts.append(child.tail)

    def _wrapped(self, el: Element, marker: str, cell: bool) -> str:
        inner: list[str] = []
        self._content(el, inner, cell)
        text = "".join(inner)
        core = text.strip()
        if not core:
            return text
        lead = text[: len(text) - len(text.lstrip())]
        trail = text[len(text.rstrip()) :]
        return f"{lead}{marker}{core}{marker}{trail}"

    def _element(self, el: Element, parts: list[str], cell: bool) -> None:
        tag = el.tag.lower()
        if tag == "br":
            parts.append("\n")
        elif cell and tag == "img" and (el.get("alt") or "").strip():
            parts.append(f" {' '.join(str(el.get('alt')).split())} ")  # a matrix's icon: its alt
        elif tag in _SKIPPED_INLINE or (cell and tag == "sup"):
            return  # images; footnote markers in table cells are not cell text
        elif tag in ("strong", "b"):
            parts.append(self._wrapped(el, "**", cell))
        elif tag in ("em", "i"):
            parts.append(self._wrapped(el, "*", cell))
        elif tag in ("code", "kbd", "samp", "tt"):
            code = " ".join("".join(el.itertext()).split())
            if code:
                parts.append(f"`{code}`")
        elif tag == "a":
            inner: list[str] = []
            self._content(el, inner, cell)
            text = " ".join("".join(inner).split())
            href = "".join((el.get("href") or "").split())
            if text and href and not href.lower().startswith("javascript:"):
                href = href.replace("(", "%28").replace(")", "%29")
                parts.append(f"[{text}]({href})")
            else:
                parts.append(text)
        elif cell and tag == "li":
            item: list[str] = []
            self._content(el, item, cell)  # an item's <p> does not part it from its bullet
            parts.append(f"\n- {''.join(item).strip()}\n")
        elif tag in _BLOCK_TAGS:
            parts.append("\n")
            self._content(el, parts, cell)
            parts.append("\n")
        else:
            self._content(el, parts, cell)

    # blocks ---
    def flow(
        self, el: Element, *, top: bool, skip: Element | None = None
    ) -> Iterator[Block | _Heading | _Disclosure | _DisclosureEnd]:
        """Blocks (and, at the top level, headings) of an element's mixed content: loose text
        between blocks becomes a paragraph."""
        pending: list[str] = []
        lines: list[int] = []

        def add(text: str | None, line: int) -> None:
            if text:
                pending.append(text)
                if text.strip():
                    lines.append(line + text[: len(text) - len(text.lstrip())].count("\n"))
                    lines.append(line + text.rstrip().count("\n"))

        def flush() -> Iterator[Block]:
            text = _collapse("".join(pending))
            if text and lines:
                yield Paragraph(text, min(lines), max(lines))
            pending.clear()
            lines.clear()

        add(el.text, self.page.span(el)[0])
        for child in el:
            if isinstance(child.tag, str) and child is not skip and not self.page.ignored(child):
                tag = child.tag.lower()
                if tag in _BLOCK_TAGS:
                    yield from flush()
                    yield from self.block(child, top=top)
                elif tag not in _SKIPPED_INLINE and _holds_blocks(child):
                    yield from flush()  # "<span><div>Title</div><div>Text</div></span>": blocks
                    yield from self.flow(child, top=top)
                else:
                    parts: list[str] = []
                    self._element(child, parts, False)
                    start, end = self.page.span(child)
                    if "".join(parts).strip():
                        pending.append("".join(parts))
                        lines.extend((start, end))
            add(child.tail, self.page.span(child)[1])
        yield from flush()

    def blocks(self, el: Element) -> list[Block]:
        return [
            b
            for b in self.flow(el, top=False)
            if not isinstance(b, (_Heading, _Disclosure, _DisclosureEnd))
        ]

    def block(
        self, el: Element, *, top: bool
    ) -> Iterator[Block | _Heading | _Disclosure | _DisclosureEnd]:
        tag = el.tag.lower()
        start, end = self.page.span(el)
        if tag in _HEADINGS:
            # an unclosed heading may hold the blocks after it: they follow the heading
            inner = [
                c
                for c in el
                if isinstance(c.tag, str)
                and c.tag.lower() in _BLOCK_TAGS
                and not self.page.ignored(c)
            ]
            text = self.inline(el, without=inner)
            if top:
                title = heading_text(text)
                if title:
                    yield _Heading(_HEADINGS[tag], title, start)
            elif text:
                yield Paragraph(text, start, self.page.span(inner[0])[0] if inner else end)
            for child in inner:
                yield from self.block(child, top=top)
        elif tag == "p":
            text = self.inline(el)
            if text:
                yield Paragraph(text, start, end)
        elif tag in ("ul", "ol"):
            yield self.bullet_list(el)
        elif tag == "dl":
            yield self.definitions(el)
        elif tag == "table":
            table = self.table(el)
            if table is not None:
                yield table
        elif tag == "blockquote":
            yield self.quote(el, "QUOTE")
        elif tag in ("pre", "hr", "caption"):
            return
        elif tag == "details" and top and (title := self._summary_title(el)):
            summary = next(c for c in el if isinstance(c.tag, str) and c.tag.lower() == "summary")
            yield _Disclosure(title, start)
            yield from self.flow(el, top=top, skip=summary)
            yield _DisclosureEnd()
        elif tag in ("div", "section", "aside") and (kind := _alert_kind(el)) is not None:
            yield self.quote(el, kind)
        else:
            yield from self.flow(el, top=top)

    def _summary_title(self, el: Element) -> str:
        """The title a ``<details>`` element's own ``<summary>`` gives it ("" without one)."""
        for child in el:
            if isinstance(child.tag, str) and child.tag.lower() == "summary":
                return heading_text(self.inline(child))
        return ""

    def bullet_list(self, el: Element) -> BulletList:
        items: list[ListItem] = []
        for li in el:
            tag = li.tag.lower() if isinstance(li.tag, str) else ""
            if tag in ("ul", "ol") and items and not self.page.ignored(li):
                # "<li>Users must:</li><ol>…</ol>": a list written beside its item, shown under it
                last = items[-1]
                nested = (*last.children, self.bullet_list(li))
                items[-1] = ListItem(last.text, last.start, self.page.span(li)[1], nested)
                continue
            if tag != "li" or self.page.ignored(li):
                continue
            children = self.blocks(li)
            text = ""
            if children and isinstance(children[0], Paragraph):
                text = children[0].text
                children = children[1:]
            if text or children:
                items.append(ListItem(text, *self.page.span(li), tuple(children)))
        start, end = self.page.span(el)
        return BulletList(tuple(items), start, end, ordered=el.tag.lower() == "ol")

    def definitions(self, el: Element) -> BulletList:
        """``<dl>``: one item per term, ``**term**: definition``, as AsciiDoc and rST
        definition lists are read."""
        items: list[ListItem] = []
        term: tuple[str, int, int] | None = None
        for child in el.iter("dt", "dd"):
            if self.page.ignored(child):
                continue
            start, end = self.page.span(child)
            if child.tag == "dt":
                term = (self.inline(child), start, end)
                items.append(ListItem(_bold(term[0]), start, end))
                continue
            blocks = self.blocks(child)
            text = ""
            if blocks and isinstance(blocks[0], Paragraph):
                text = blocks[0].text
                blocks = blocks[1:]
            if term is not None and items and items[-1].start == term[1]:
                last = items.pop()
                joined = f"{last.text}: {text}" if last.text and text else last.text or text
                if last.text != _bold(term[0]):  # a second definition of the same term
                    joined = f"{last.text}; {text}" if text else last.text
                items.append(ListItem(joined, last.start, end, last.children + tuple(blocks)))
            else:
                items.append(ListItem(text, start, end, tuple(blocks)))
        start, end = self.page.span(el)
        return BulletList(tuple(i for i in items if i.text or i.children), start, end)

    def quote(self, el: Element, kind: str) -> Admonition:
        """A block quote or an alert box; an alert's title element (class ``*title*`` or
        ``*heading*``, or just the kind's word, "Note") becomes ``title``."""
        start, end = self.page.span(el)
        title = ""
        skip = None
        children = [c for c in el if isinstance(c.tag, str) and not self.page.ignored(c)]
        if kind != "QUOTE" and children:
            first = children[0]
            names = " ".join(_tokens(first))
            text = heading_text(self.inline(first))
            plain_kind = text.lower().rstrip(":").strip() == kind.lower()
            if text and ("title" in names or "heading" in names or plain_kind):
                title = "" if plain_kind else text
                skip = first
        blocks = [
            b
            for b in self.flow(el, top=False, skip=skip)
            if not isinstance(b, (_Heading, _Disclosure, _DisclosureEnd))
        ]
        if kind == "QUOTE" and blocks and isinstance(blocks[0], Paragraph):
            match = _ADMONITION.match(blocks[0].text)
            if match:
                kind = match.group("kind").upper()
                rest = match.group("rest").strip()
                head = blocks[0]
                first = min(head.end, head.start + head.text[: match.start("rest")].count("\n"))
                blocks = ([Paragraph(rest, first, head.end)] if rest else []) + blocks[1:]
        return Admonition(kind, tuple(blocks), start, end, title=title)

    def table(self, el: Element) -> Table | None:
        rows: list[tuple[list[tuple[str, int, int]], bool, int]] = []
        for tr in el.iter("tr"):
            if _owner_table(tr) is not el or self.page.ignored(tr):
                continue
            cells = [c for c in tr if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
            if not cells:
                continue
            in_head = any(
                isinstance(a.tag, str) and a.tag.lower() == "thead" for a in tr.iterancestors()
            )
            heads = [c.tag.lower() == "th" for c in cells]
            is_head = in_head or all(heads) or (not rows and any(heads))
            texts = [
                (
                    bullet_lines(self.inline(c, cell=True)),
                    span_value(c.get("rowspan")),
                    span_value(c.get("colspan")),
                )
                for c in cells
            ]
            rows.append((texts, is_head, self.page.span(tr)[0]))
        grid = fill_grid(rows)
        if not grid:
            return None
        width = max(len(cells) for cells, _, _ in grid)
        padded = [(cells + [""] * (width - len(cells)), head, line) for cells, head, line in grid]
        header, body = header_rows(padded)
        start, end = self.page.span(el)
        return Table(
            header,
            tuple(TableRow(tuple(cells), line) for cells, _, line in body),
            start,
            end,
            source="html",
        )


def _owner_table(el: Element) -> Element | None:
    for ancestor in el.iterancestors():
        if isinstance(ancestor.tag, str) and ancestor.tag.lower() == "table":
            return ancestor
    return None


def _holds_blocks(el: Element) -> bool:
    """An inline element wrapping block elements, which a browser still shows as blocks."""
    return any(
        isinstance(d.tag, str) and d.tag.lower() in _BLOCK_TAGS for d in el.iterdescendants()
    )


def _has_text(el: Element) -> bool:
    return any(t.strip() for t in el.itertext())


def _main(root: Element) -> Element:
    """The page's main content container."""
    candidates: list[Element] = []
    candidates += root.iter("main")
    candidates += [e for e in root.iter() if (e.get("role") or "").lower() == "main"]
    candidates += root.iter("article")
    for name in _MAIN_IDS:
        candidates += [e for e in root.iter() if (e.get("id") or "").lower() == name]
    candidates += [
        e for e in root.iter() if isinstance(e.tag, str) and "main-content" in _classes(e)
    ]
    for candidate in candidates:
        if not _hidden(candidate) and _has_text(candidate):
            return candidate
    body = root.find("body")
    return body if body is not None else root


def _metadata(root: Element, reader: _Reader, main: Element, url: str | None) -> dict[str, Any]:
    def meta(*names: str) -> str:
        for el in root.iter("meta"):
            key = (el.get("name") or el.get("property") or "").lower()
            if key in names and (el.get("content") or "").strip():
                return " ".join(str(el.get("content")).split())
        return ""

    metadata: dict[str, Any] = {}
    title_el = root.find(".//title")
    title = " ".join("".join(title_el.itertext()).split()) if title_el is not None else ""
    if not title:
        h1 = next((h for h in main.iter("h1") if not _ignored(h)), None)
        title = heading_text(reader.inline(h1)) if h1 is not None else ""
    title = title or meta("og:title")
    if title:
        metadata["title"] = title
    description = meta("description", "og:description")
    if description:
        metadata["description"] = description
    author = meta("author")
    if author:
        metadata["author"] = author
    date = meta("ms.date", "article:published_time", "date")
    if date:
        metadata["date"] = date
    lang = (root.get("lang") or "").strip()
    if lang:
        metadata["language"] = lang
    canonical = next(
        (
            str(link.get("href")).strip()
            for link in root.iter("link")
            if (link.get("rel") or "").lower() == "canonical" and link.get("href")
        ),
        "",
    )
    if canonical or url:
        metadata["source"] = canonical or url
    return metadata


def _parser() -> Any:
    """lxml's HTML parser as every reading here uses it: UTF-8, no comments or processing
    instructions, no network."""
    return etree.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True
    )


def read_html(
    data: bytes, *, display: str, stem: str, charset: str | None = None, url: str | None = None
) -> Document:
    """HTML page bytes -> Document (``charset``: a declared encoding, e.g. from HTTP)."""
    decoded, encoding, warnings = decode(
        data, display, hint=charset or meta_charset(data), kind="HTML"
    )
    text = clean_text(decoded)
    line_count = text.count("\n") + 1
    parser = _parser()
    try:
        root = etree.fromstring(text.encode("utf-8"), parser)
    except (etree.LxmlError, ValueError) as exc:
        raise InputError(f"cannot parse the HTML: {exc}", path=display) from exc
    deep = next((e for e in parser.error_log if "depth" in e.message.lower()), None)
    if deep is not None:
        warnings.append(
            f"{display}:{deep.line}: elements nest deeper than the HTML parser's limit "
            f"({_MAX_DEPTH} levels); what lies deeper was skipped"
        )
    if root is None:
        raise InputError("empty document", path=display, hint="nothing to export")
    main = _main(root)
    page = _Page(root, main, line_count)
    try:
        page.measure()
        reader = _Reader(page)
        events = list(reader.flow(main, top=True))
    except RecursionError as exc:
        raise InputError("document nests too deeply to parse", path=display) from exc
    if not any(any(parts) for parts in page.text):
        if deep is not None:
            raise InputError("document nests too deeply to parse", path=display, line=deep.line)
        raise InputError("empty document", path=display, hint="the page has no main text to export")
    for el, key in ((root.find(".//title"), None), *((m, "content") for m in _described(root))):
        if el is not None and el.sourceline:
            value = el.get(key) if key else "".join(el.itertext())
            page.text[min(int(el.sourceline), line_count) - 1].append(" ".join(value.split()))
    root_section = Section(title="", level=0, start=1, path=())
    stack = [root_section]
    opened: list[int] = []  # the stack's depth where each open <details> section sits
    for event in events:
        if isinstance(event, _Disclosure):
            if opened:  # an unclosed <div> kept the last <details> open: HTML parsers close it
                del stack[max(1, opened.pop()) :]
            parent = stack[-1]
            path = (*parent.path, event.title)
            section = Section(event.title, parent.level + 1, event.line, path)
            parent.sections.append(section)
            opened.append(len(stack))
            stack.append(section)
        elif isinstance(event, _DisclosureEnd):
            if opened:  # (a <details> closed early by the next one has no section left open)
                del stack[max(1, opened.pop()) :]
        elif isinstance(event, _Heading):
            while stack[-1].level >= event.level:
                stack.pop()
            parent = stack[-1]
            section = Section(event.title, event.level, event.line, (*parent.path, event.title))
            parent.sections.append(section)
            stack.append(section)
        else:
            stack[-1].blocks.append(event)
    return Document(
        path=display,
        stem=stem,
        text="\n".join(" ".join(parts) for parts in page.text),
        metadata=_metadata(root, reader, main, url),
        root=root_section,
        content_hash="sha256:" + hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        warnings=tuple(warnings),
        format="html",
    )


def _described(root: Element) -> list[Element]:
    return [
        m
        for m in root.iter("meta")
        if (m.get("name") or "").lower() == "description" and m.get("content")
    ]


def html_blocks(fragment: str, first_line: int) -> list[Block]:
    """The blocks of raw HTML inside a Markdown page (an MDX agreement's ``<div>`` paragraphs
    and ``<ol><li>`` clauses), read as a browser shows them; their lines are the page's
    (``first_line``: the fragment's first line). Headings inside read as paragraphs."""
    parser = _parser()
    try:
        root = etree.fromstring(fragment.encode("utf-8"), parser)
    except (etree.LxmlError, ValueError):
        return []
    if root is None:
        return []
    main = root.find("body")
    main = main if main is not None else root
    page = _Page(root, main, fragment.count("\n") + 1)
    try:
        page.measure()
        events = list(_Reader(page).flow(main, top=True))
    except RecursionError:
        return []
    return [
        _shifted(
            Paragraph(e.title, e.line, e.line) if isinstance(e, _Heading) else e, first_line - 1
        )
        for e in events
        if not isinstance(e, (_Disclosure, _DisclosureEnd))
    ]


def _shifted(block: Block, by: int) -> Block:
    """``block`` with every line moved down by ``by`` (a fragment's lines -> its page's)."""
    if isinstance(block, BulletList):
        items = tuple(
            replace(
                i,
                start=i.start + by,
                end=i.end + by,
                children=tuple(_shifted(c, by) for c in i.children),
            )
            for i in block.items
        )
        return replace(block, items=items, start=block.start + by, end=block.end + by)
    if isinstance(block, Table):
        rows = tuple(replace(r, line=r.line + by) for r in block.rows)
        return replace(block, rows=rows, start=block.start + by, end=block.end + by)
    if isinstance(block, Admonition):
        inner = tuple(_shifted(b, by) for b in block.blocks)
        return replace(block, blocks=inner, start=block.start + by, end=block.end + by)
    return replace(block, start=block.start + by, end=block.end + by)


def _bold(term: str) -> str:
    """A definition list's term as a bold title ("**Backups**"), unless already marked."""
    return f"**{term}**" if term and not term.startswith("**") else term
