"""Colon fences: Docusaurus admonitions (``:::note``, ``:::tip Title``, ``:::tip[Title]``),
MyST ``:::{directive}``, Quarto / Pandoc fenced divs (``::: {.callout-note}``,
``::: callout-tip``, ``::: {.panel-tabset}``, whose headings are its tabs); a bare ``:::``
closes the innermost.

MS Learn / DocFX markers (``:::zone pivot="…"``, ``:::row:::``, ``:::image …:::``) are not
boxes: the Markdown rewrite drops them and keeps their content."""

from __future__ import annotations

import re

from .marks import MAX_TAG_LINE, Mark, attributes, note_style
from .myst import directive_mark

__all__ = ["FAMILY", "colon_mark"]

FAMILY = "colon"
_COLONS = re.compile(r"^[ ]*:{3,}[ \t]*(?P<body>[^\n]*)$")
_MYST = re.compile(r"^\{(?P<close>/)?(?P<name>[A-Za-z][\w:-]*)\}[ \t]*(?P<rest>.*)$")
_DIV = re.compile(r"^\{(?P<attrs>[^{}]*)\}[ \t]*:*[ \t]*$")
_WORD = re.compile(r"^(?P<word>[A-Za-z][\w-]*)(?P<rest>.*)$")
_CLASS = re.compile(r"(?:^|\s)\.(?P<name>[A-Za-z][\w-]*)")
_DOCFX = frozenset({"zone", "moniker", "row", "column", "image", "code", "video", "no-loc", "form"})
_ADMONITIONS = frozenset(
    {"note", "tip", "info", "caution", "danger", "warning", "important", "success", "secondary"}
    | {"hint", "attention", "error", "example", "question", "abstract", "summary", "quote"}
)


def colon_mark(line: str) -> Mark | None:
    """The mark of a colon-fence line, else None (DocFX markers included)."""
    if ":::" not in line or len(line) > MAX_TAG_LINE:
        return None
    match = _COLONS.match(line)
    if match is None:
        return None
    body = match.group("body").strip()
    if not body or body.strip(":") == "":
        return Mark("close", FAMILY)
    if body.startswith("{"):
        return _braced(body)
    word = _WORD.match(body)
    if word is None:
        return None
    name, rest = word.group("word").lower(), word.group("rest")
    if name.endswith("-end") or name in _DOCFX or ":::" in rest:
        return None  # a DocFX marker
    if name.startswith("callout"):
        return Mark("open", FAMILY, kind="note", style=note_style(name), heading_title=True)
    if name in _ADMONITIONS:
        title = rest.strip()
        if title.startswith("[") and title.endswith("]"):
            title = title[1:-1]
        return Mark("open", FAMILY, kind="note", title=title.strip(), style=note_style(name))
    return Mark("open", FAMILY, kind="tabset" if name == "panel-tabset" else "plain")


def _braced(body: str) -> Mark | None:
    myst = _MYST.match(body)
    if myst is not None:
        if myst.group("close"):
            return Mark("close", FAMILY)
        return directive_mark(myst.group("name"), myst.group("rest"), FAMILY, other="drop")
    div = _DIV.match(body)
    if div is None:
        return None
    attrs = div.group("attrs")
    classes = [m.group("name").lower() for m in _CLASS.finditer(attrs)]
    callout = next((c for c in classes if c.startswith("callout")), None)
    if callout is not None:
        title = attributes(attrs).get("title", "")
        return Mark(
            "open", FAMILY, kind="note", title=title, style=note_style(callout), heading_title=True
        )
    return Mark("open", FAMILY, kind="tabset" if "panel-tabset" in classes else "plain")
