"""MDX pages (Docusaurus, Mintlify, Nextra, Starlight): components, ``<details>``, import /
export lines and ``{/* … */}`` comments.

Tabs (``<TabItem label="…">``, ``<Tab title="…">``) and titled panels (``<Accordion
title="…">``, ``<Expandable>``, ``<Step title="…">``, ``<Card title="…">…</Card>``,
``<details><summary>…</summary>``) are sub-sections; callouts (``<Note>``, ``<Warning>``,
``<Tip>``, ``<Info>``, ``<Check>``, ``<Callout type="…">``, ``<Aside type="…">``,
``<Admonition type="…">``) are admonitions. Other components are left to the Markdown rewrite,
which drops their tag lines and keeps their content."""

from __future__ import annotations

import re

from .marks import MAX_TAG_LINE, Mark, attributes, blank, drop_spans, note_style

__all__ = ["MAX_TAG_LINES", "mdx_inline", "mdx_mark", "unwrap_code_blocks"]

MAX_TAG_LINES = 20
"""A component's opening tag is written over at most this many lines."""

_TAG = re.compile(
    r"^[ ]*<(?P<close>/)?(?P<name>[A-Za-z][\w.]*)(?P<attrs>(?:[^<>/]|/(?!>))*)(?P<self>/)?>[ \t]*$"
)
_OPEN_START = re.compile(r"^[ ]*<(?P<name>[A-Z][\w.]*)(?:\s|$)")
_ONE_LINE = re.compile(r"^(?P<ind>[ ]*)<(?P<name>[A-Z]\w*)>(?P<text>[^<>]+)</(?P=name)>[ \t]*$")
_SUMMARY = re.compile(
    r"^[ ]*(?:<details(?:\s[^<>]*)?>[ \t]*)?<summary>(?P<title>.*?)</summary>[ \t]*$"
)
_HTML_TAG = re.compile(r"<[^<>]*>")
_IMPORT = re.compile(r"""^import\s+(?:[\w*{}\s,$]+\s+from\s+)?(?P<q>['"])[^'"]+(?P=q);?[ \t]*$""")
_EXPORT = re.compile(r"^export\s+(?:const|let|var|function|default|async|\{)")

_CODE_BLOCK = re.compile(r"^(?P<ind>[ ]{0,3})(?P<fence>`{3,}|~{3,})[ \t]*mdx-code-block[ \t]*$")
"""Docusaurus's ``mdx-code-block`` fence: its content is MDX the site renders, not code."""

_TABS = frozenset({"tabitem", "tab"})
_ITEMS = re.compile(r"\bitems\s*=\s*\{\s*\[(?P<items>[^\[\]]*)\]\s*\}")
_ITEM = re.compile(r"""["'](?P<item>[^"']*)["']""")
_PANELS = frozenset({"accordion", "expandable", "step", "card", "details", "collapse"})
"""Titled panels: ``details`` is also Cloudflare's ``<Details header="…">`` component."""
_NOTES = {
    "note": "note",
    "warning": "warning",
    "tip": "tip",
    "info": "info",
    "check": "success",
    "danger": "danger",
    "caution": "caution",
    "important": "important",
}
_TYPED = frozenset({"callout", "aside", "admonition", "alert"})


def mdx_mark(lines: list[str], index: int) -> Mark | None:
    """The mark of an MDX line (a tag may span ``MAX_TAG_LINES`` lines), else None."""
    line = lines[index]
    if len(line) > MAX_TAG_LINE:
        return None
    stripped = line.lstrip(" ")
    if stripped.startswith("{/*"):
        return None if "*/}" in stripped else Mark("open", "mdx:comment", kind="drop")
    if stripped.startswith("*/}") or stripped.rstrip().endswith("*/}"):
        return Mark("close", "mdx:comment", strict=True)
    if line.startswith("import ") and _IMPORT.match(line):
        return blank()
    if line.startswith("export ") and _EXPORT.match(line):
        opened = line.rstrip().endswith(("{", "(", "[", "=", "=>"))
        return Mark("open", "mdx:export", kind="drop") if opened else blank()
    if stripped[:1] in ("}", ")", "]") and line[:1] in ("}", ")", "]"):
        return Mark("close", "mdx:export", strict=True)
    if not stripped.startswith("<"):
        return None
    if stripped.startswith("<details") and "<summary>" in stripped:
        return _details(lines, index, 1)
    one = _ONE_LINE.match(line)
    if one is not None and one.group("name").lower() in _NOTES:
        # a quote would swallow a line right after it: then the text alone
        after = lines[index + 1] if index + 1 < len(lines) else ""
        style = note_style(_NOTES[one.group("name").lower()])
        quote = "" if after.strip() else f"> [!{style}] "
        return Mark("line", text=f"{one.group('ind')}{quote}{one.group('text').strip()}")
    tag, span = _tag(lines, index)
    if tag is None:
        return None
    return _component(tag, lines, index, span)


def _tag(lines: list[str], index: int) -> tuple[re.Match[str] | None, int]:
    """The tag at ``index`` (joined from the lines it spans) and how many lines it spans."""
    line = lines[index]
    tag = _TAG.match(line)
    if tag is not None or _OPEN_START.match(line) is None or ">" in line:
        return tag, 1
    for end in range(index + 1, min(len(lines), index + MAX_TAG_LINES)):
        if "<" in lines[end]:
            return None, 1
        if ">" in lines[end]:
            joined = " ".join(part.strip() for part in lines[index : end + 1])
            return _TAG.match(joined), end - index + 1
    return None, 1


def _component(tag: re.Match[str], lines: list[str], index: int, span: int) -> Mark | None:
    name = tag.group("name").lower()
    family = "mdx:" + name
    if tag.group("self"):
        return None
    if tag.group("close"):
        closable = name in _TABS or name in _PANELS or name in _NOTES or name in _TYPED
        return Mark("close", family) if closable or name in ("tabs", "tabs.tab") else None
    if name == "tabs":  # a group: Nextra's names its tabs
        items = _ITEMS.search(tag.group("attrs"))
        titles = (
            tuple(m.group("item") for m in _ITEM.finditer(items.group("items"))) if items else ()
        )
        return Mark("open", family, items=titles, span=span)
    if name == "tabs.tab":
        return Mark("open", family, kind="tab", from_parent=True, span=span)
    found = attributes(tag.group("attrs"))
    if name in _TABS:
        title = found.get("label") or found.get("title") or found.get("heading") or ""
        title = title or found.get("value") or ""  # HashiCorp's <Tab heading="…">
        return Mark("open", family, kind="tab" if title else "plain", title=title, span=span)
    if name == "details" and not (found.get("header") or found.get("summary")):
        return _details(lines, index, span)
    if name in _PANELS:
        title = found.get("title") or found.get("label") or found.get("header") or ""
        title = title or found.get("summary") or ""  # Cloudflare's <Details header="…">
        return Mark("open", family, kind="tab" if title else "plain", title=title, span=span)
    if name in _NOTES or name in _TYPED:
        word = _NOTES.get(name) or found.get("type") or found.get("variant") or "note"
        title = found.get("title", "")
        return Mark("open", family, kind="note", title=title, style=note_style(word), span=span)
    return None


def _details(lines: list[str], index: int, span: int) -> Mark:
    """``<details>`` and its ``<summary>``: on the same line or the next non-blank one."""
    end = index + span - 1
    summary = _SUMMARY.match(lines[end])
    if summary is None:
        ahead = end + 1
        while ahead < len(lines) and ahead - end <= 2 and not lines[ahead].strip():
            ahead += 1
        if ahead < len(lines) and ahead - end <= 2:
            summary = _SUMMARY.match(lines[ahead])
            if summary is not None:
                span = ahead - index + 1
    title = _HTML_TAG.sub("", summary.group("title")).strip(" *_") if summary else ""
    return Mark("open", "mdx:details", kind="tab" if title else "plain", title=title, span=span)


def mdx_inline(line: str) -> str:
    """``{/* … */}`` comments inside a line dropped, and ``<!-- … -->`` ones after text (one
    that opens a line is an HTML block: the Markdown parser drops it whole)."""
    if "{/*" in line:
        line = drop_spans(line, "{/*", "*/}")
    if "<!--" in line and not line.lstrip(" ").startswith("<!--"):
        line = drop_spans(line, "<!--", "-->")
    return line


def unwrap_code_blocks(lines: list[str]) -> list[str]:
    """Docusaurus ``mdx-code-block`` fences (written so that a page reads as Markdown
    elsewhere) hold MDX the site renders (imports, ``<Tabs>`` tags, tables between them):
    their fence lines are blanked and their content read as the page's own. A fence left
    open is kept: a code block, not a page."""
    out = list(lines)
    i = 0
    while i < len(out):
        opened = _CODE_BLOCK.match(out[i])
        if opened is None:
            i += 1
            continue
        fence = opened.group("fence")
        close = re.compile(rf"^[ ]{{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$")
        end = next((j for j in range(i + 1, len(out)) if close.match(out[j])), None)
        if end is None:
            break
        out[i] = out[end] = ""
        i = end + 1
    return out
