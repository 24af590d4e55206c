"""Reading: a source (Markdown, AsciiDoc, reStructuredText or HTML file, or an http(s) URL)
-> Document.

Decoding, mojibake repair, front matter, the section tree and 1-based source lines for every
block. ``model`` holds the dataclasses; ``markdown`` reads Markdown and the dialects of
documentation repositories (MkDocs, MS Learn / DocFX, Jekyll / Liquid; Hugo, GitBook, MDX,
MyST and Quarto through ``dialects``); ``html`` reads full HTML pages with lxml; ``asciidoc``
and ``rst`` read AsciiDoc and reStructuredText pages (by their suffix, or by an unambiguous
shape when saved as ``.md``, see ``outline``); ``sheet`` reads responsibility matrices in
.xlsx / .csv files; ``fetch`` downloads a page with httpx.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from .asciidoc import ASCIIDOC_SUFFIXES, read_asciidoc
from .fetch import DEFAULT_DEADLINE, DEFAULT_TIMEOUT, fetch, is_url, url_stem
from .html import HTML_SUFFIXES, looks_like_html, read_html
from .markdown import read_markdown
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
    each_block,
)
from .outline import looks_like_asciidoc, looks_like_rst
from .rst import RST_SUFFIXES, read_rst
from .sheet import SHEET_MEDIA_TYPES, SHEET_SUFFIXES, read_sheet
from .source import MAX_DOCUMENT_BYTES, check_size, open_regular, read_limited

__all__ = [
    "ASCIIDOC_SUFFIXES",
    "HTML_SUFFIXES",
    "MAX_DOCUMENT_BYTES",
    "RST_SUFFIXES",
    "SHEET_MEDIA_TYPES",
    "SHEET_SUFFIXES",
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
    "is_url",
    "open_regular",
    "read_document",
    "read_limited",
]


def read_document(
    source: str | Path,
    *,
    data: bytes | None = None,
    name: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    deadline: float = DEFAULT_DEADLINE,
) -> Document:
    """Read a Markdown, AsciiDoc, reStructuredText or HTML file, a spreadsheet (.xlsx, .csv),
    an http(s) URL, or ``data`` given for ``source``.

    HTML is recognised by the suffix (.html, .htm, .xhtml) or by content starting with
    ``<!doctype html`` / ``<html``; AsciiDoc by .adoc / .asciidoc / .asc, reStructuredText by
    .rst / .rest, or either by its shape in a page saved as .md (``outline``); a URL's format by
    its content type, then its content.
    ``timeout`` (connect and each read) and ``deadline`` (the whole fetch) are seconds.
    Raises InputError naming the file or URL (and line) for missing, binary, empty, too large
    or malformed input; RemoteError for a server that cannot be reached or fails.
    """
    if is_url(source) and data is None:
        fetched = fetch(str(source), timeout=timeout, deadline=deadline)
        display = name or fetched.url
        return _read(
            fetched.data,
            display=display,
            stem=url_stem(fetched.url),
            html=fetched.format == "html",
            base=None,
            charset=fetched.charset,
            url=fetched.url,
        )
    path = Path(source)
    display = name or str(source)
    if data is None:
        # a regular file only (never a FIFO or /dev/zero), at most the limit + 1 byte read
        data = read_limited(
            path, display, limit=MAX_DOCUMENT_BYTES, hint="split it into smaller documents"
        )
    remote = is_url(source)
    if not remote and path.suffix.lower() in SHEET_SUFFIXES:
        check_size(data, display)
        stem = path.stem if path.suffix else path.name
        return read_sheet(data, display=display, stem=stem, suffix=path.suffix)
    suffix = "" if remote else path.suffix.lower()
    return _read(
        data,
        display=display,
        stem=url_stem(str(source)) if remote else (path.stem if path.suffix else path.name),
        html=suffix in HTML_SUFFIXES,
        suffix=suffix,
        base=None if remote else path.parent,
        charset=None,
        url=str(source) if remote else None,
    )


def _read(
    data: bytes,
    *,
    display: str,
    stem: str,
    html: bool,
    suffix: str = "",
    base: Path | None,
    charset: str | None,
    url: str | None,
) -> Document:
    check_size(data, display)
    if not data.strip():
        raise InputError("empty document", path=display, hint="nothing to export")
    if suffix in ASCIIDOC_SUFFIXES:
        return read_asciidoc(data, display=display, stem=stem, charset=charset)
    if suffix in RST_SUFFIXES:
        return read_rst(data, display=display, stem=stem, charset=charset)
    if html or looks_like_html(data):
        return read_html(data, display=display, stem=stem, charset=charset, url=url)
    sample = data.decode("utf-8", errors="replace")
    if looks_like_asciidoc(sample):
        return read_asciidoc(data, display=display, stem=stem, charset=charset)
    if looks_like_rst(sample):
        return read_rst(data, display=display, stem=stem, charset=charset)
    return read_markdown(data, display=display, stem=stem, base=base, charset=charset)
