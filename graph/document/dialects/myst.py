"""MyST (Sphinx Markdown): directives written as fences (```` ```{note} ````, ``:::{tab-item}
Label``) whose content is Markdown, ``{role}`text``` roles, ``(label)=`` targets and
``% comment`` lines.

An admonition directive is an admonition (``admonition`` takes its title from the argument);
``tab-item`` is a sub-section titled by its label, as are ``dropdown`` and titled cards;
``tab-set``, ``grid`` and the like are wrappers. Directives whose content is not Markdown
(``code-block``, ``mermaid``, ``figure``, ``list-table``) stay code (a backtick fence) or are
dropped (a colon fence)."""

from __future__ import annotations

import re
from dataclasses import replace

from .marks import MAX_TAG_LINE, Mark, blank, note_style

__all__ = [
    "directive_mark",
    "glossary_terms",
    "list_tables",
    "looks_like_myst",
    "myst_inline",
    "myst_mark",
]

_DIRECTIVE = re.compile(
    r"^(?P<ind>[ ]*)(?P<fence>`{3,}|~{3,})\{(?P<name>[A-Za-z][\w:-]*)\}[ \t]*(?P<rest>[^\n]*)$"
)
_BARE_FENCE = re.compile(r"^[ ]*(?P<fence>`{3,}|~{3,})[ \t]*$")
_TARGET = re.compile(r"^[ ]*\([^()\s]{1,200}\)=[ \t]*$")
_ROLE = re.compile(r"\{[A-Za-z][\w:+.-]{0,40}\}`(?P<text>[^`\n]*)`")
_ROLE_TARGET = re.compile(r"^(?P<label>[^<]*?)\s*<[^<>]*>$")
_SIGNS = re.compile(
    r"^[ ]*(?:`{3,}|~{3,}|:{3,})\{[A-Za-z][\w:-]*\}|^\([^()\s]{1,200}\)=[ \t]*$", re.M
)

_NOTES = frozenset(
    {"note", "warning", "tip", "important", "caution", "danger", "error", "hint", "attention"}
    | {"seealso", "admonition"}
)
_SECTIONS = frozenset({"tab-item", "tab", "dropdown", "card", "grid-item-card", "topic", "details"})
_WRAPPERS = frozenset(
    {"tab-set", "tabs", "grid", "grid-item", "div", "container", "versionadded", "margin"}
    | {"versionchanged", "deprecated", "sidebar", "epigraph", "highlights", "pull-quote", "only"}
    | {"cssclass", "rst-class", "card-carousel", "aside"}
)


def looks_like_myst(text: str) -> bool:
    """A page with MyST directives or targets (where ``% …`` lines are comments)."""
    return ("{" in text or ")=" in text) and _SIGNS.search(text) is not None


def directive_mark(name: str, rest: str, family: str, *, other: str) -> Mark:
    """The opener of a MyST directive; ``other`` is the kind of a directive whose content is
    not Markdown (``code`` for a backtick fence, ``drop`` for a colon fence)."""
    name = name.lower().rsplit(":", 1)[-1]  # "{sd:tab-item}" names a domain
    rest = rest.strip()
    if name in _NOTES:
        style = note_style("note" if name in ("admonition", "seealso") else name)
        return Mark("open", family, kind="note", title=rest, style=style, options=True)
    if name in _SECTIONS:
        return Mark("open", family, kind="tab" if rest else "plain", title=rest, options=True)
    if name in _WRAPPERS:
        return Mark("open", family, options=True)
    return Mark("open", family, kind=other)


def myst_mark(line: str, myst: bool) -> Mark | None:
    """The mark of a MyST backtick directive, fence, target or (on a MyST page) comment."""
    if len(line) > MAX_TAG_LINE:
        return None
    first = line.lstrip(" ")[:1]
    if first in ("`", "~"):
        match = _DIRECTIVE.match(line)
        if match is not None:
            fence = match.group("fence")
            family = "myst" + fence[0]
            mark = directive_mark(match.group("name"), match.group("rest"), family, other="code")
            return replace(mark, size=len(fence))
        bare = _BARE_FENCE.match(line)
        if bare is not None:
            fence = bare.group("fence")
            return Mark("close", "myst" + fence[0], size=len(fence))
        return None
    if first == "(" and _TARGET.match(line):
        return blank()
    if myst and (first == "%" or line.strip() == "+++"):
        return blank()
    return None


def myst_inline(line: str) -> str:
    """``{role}`text``` -> ``text`` (``{ref}`Label <target>``` -> ``Label``)."""
    if "}`" not in line:
        return line
    return _ROLE.sub(_role_text, line)


_TERM_ROLE = re.compile(r"(?:\{term\}|:term:)`(?P<text>[^`\n]{1,80})`")


def glossary_terms(text: str) -> frozenset[str]:
    """The names a page marks as glossary terms (``{term}`Resource Allocator```, reST
    ``:term:`Label <target>```): the label of each."""
    return frozenset(
        name for m in _TERM_ROLE.finditer(text) if (name := _role_text(m).strip()) and name
    )


def _role_text(match: re.Match[str]) -> str:
    text = match.group("text")
    target = _ROLE_TARGET.match(text)
    return target.group("label") if target is not None and target.group("label") else text


_LIST_TABLE = re.compile(
    r"^(?P<ind>[ ]*)(?P<fence>`{3,}|~{3,}|:{3,})\{list-table\}[ \t]*(?P<title>.*)$"
)
_OPTION = re.compile(r"^[ ]*:(?P<key>[\w-]+):[ \t]*(?P<value>.*)$")
_ROW = re.compile(r"^[ ]*[*-][ \t]+[*-](?:[ \t]+(?P<text>.*))?$")
_CELL = re.compile(r"^[ ]*[*-](?:[ \t]+(?P<text>.*))?$")
"""A row's first cell (``* - a``) and a later cell (``  - b``); either may be empty (``* -``,
``  -``: a corner cell, a blank matrix cell)."""


def list_tables(lines: list[str]) -> list[str]:
    """MyST ``{list-table}`` directives (rows ``* - a`` / ``  - b``) -> pipe tables, line for
    line: the table's lines where the directive's were, blank lines after them."""
    out = list(lines)
    index = 0
    while index < len(out):
        opened = _LIST_TABLE.match(out[index]) if "{list-table}" in out[index] else None
        if opened is None:
            index += 1
            continue
        fence = opened.group("fence")
        end = index + 1
        while end < len(out) and not (
            out[end].strip().startswith(fence[0] * len(fence))
            and not out[end].strip(fence[0] + " \t")
        ):
            end += 1
        if end >= len(out):
            return out  # never closed: left as it is
        table = _pipe_table(out[index + 1 : end])
        block = ["", *table] if table else []
        size = end - index + 1
        if len(block) <= size:
            out[index : end + 1] = block + [""] * (size - len(block))
        index = end + 1
    return out


def _pipe_table(content: list[str]) -> list[str]:
    heads = 0
    rows: list[list[str]] = []
    for line in content:
        option = _OPTION.match(line) if not rows else None
        if option is not None:
            value = option.group("value").strip()
            if option.group("key") == "header-rows" and value.isdigit():
                heads = int(value[:2])
            continue
        row = _ROW.match(line)
        cell = _CELL.match(line) if row is None else None
        if row is not None:
            rows.append([(row.group("text") or "").strip()])
        elif cell is not None and rows:
            rows[-1].append((cell.group("text") or "").strip())
        elif line.strip() and rows:
            rows[-1][-1] = f"{rows[-1][-1]} {line.strip()}".strip()
    if not rows:
        return []
    width = max(len(r) for r in rows)
    cells = [[c.replace("|", "\\|") for c in r] + [""] * (width - len(r)) for r in rows]
    header = cells[0] if heads else [""] * width
    body = cells[1:] if heads else cells
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * width]
    return lines + ["| " + " | ".join(r) + " |" for r in body]
