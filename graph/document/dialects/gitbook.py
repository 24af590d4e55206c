"""GitBook blocks (and the Liquid-like blocks of GitHub docs, Markdoc and Jekyll themes):
``{% tabs %}{% tab title="X" %}…{% endtab %}{% endtabs %}`` (each tab a sub-section; Markdoc
closes with ``{% /tab %}``), ``{% hint style="info" %}…{% endhint %}``, GitHub docs'
``{% note %}`` / ``{% warning %}``, Markdoc's ``{% callout type="…" %}`` (admonitions) and
``{% content-ref url="…" %}…{% endcontent-ref %}`` (a link card: not text). Other tags
(``{% embed %}``, ``{% code %}``, ``{% stepper %}``) are left to the Liquid rewrite, which
drops them and keeps what they wrap. Jekyll's ``{% include note.html content="…" %}`` is a
note holding its ``content``."""

from __future__ import annotations

import re

from .marks import MAX_TAG_LINE, Mark, attributes, blank, note_style

__all__ = ["gitbook_mark"]

_CALLOUT = re.compile(
    r"""^\s*(?P<kind>note|tip|warning|important|caution|callout)\.html\s+content\s*=\s*"""
    r"""(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)')"""
)
_TAG = re.compile(r"^\s*\{%-?\s*(?P<slash>/)?(?P<name>[A-Za-z][\w-]*)(?P<args>[^\n]*?)-?%\}\s*$")
_NOTES = frozenset({"hint", "callout", "admonition", "note", "tip", "info", "warning", "danger"})
_NOTES |= {"caution", "important", "aside"}
_GENERIC = frozenset({"hint", "callout", "admonition", "aside"})
"""Notes whose kind is an attribute (``style="warning"``, Markdoc's ``type="caution"``)."""


def gitbook_mark(lines: list[str], index: int) -> Mark | None:
    """The mark of a line that is one GitBook block tag (or Jekyll callout include), else
    None."""
    line = lines[index]
    if "{%" not in line or len(line) > MAX_TAG_LINE:
        return None
    match = _TAG.match(line)
    if match is None:
        return None
    name = match.group("name").lower()
    if name == "include":
        return _callout_include(match.group("args"), lines, index)
    closing = bool(match.group("slash")) or name.startswith("end")
    base = name[3:] if name.startswith("end") else name
    if base not in ("tabs", "tab", "content-ref") and base not in _NOTES:
        return None
    family = "gitbook:" + base
    if closing:
        return Mark("close", family)
    found = attributes(match.group("args"))
    if base == "tab":
        title = found.get("title") or found.get("label") or ""
        return Mark("open", family, kind="tab", title=title)
    if base in _NOTES:
        word = found.get("style") or found.get("type") or ("note" if base in _GENERIC else base)
        title = found.get("title", "")
        return Mark("open", family, kind="note", title=title, style=note_style(word))
    if base == "content-ref":
        return Mark("open", family, kind="drop")
    return blank()  # {% tabs %}: the tabs are what matters


def _callout_include(args: str, lines: list[str], index: int) -> Mark | None:
    """Jekyll docs themes' ``{% include note.html content="…" %}``: a ``> [!NOTE]`` line (its
    text alone when a line follows it, which a quote would swallow)."""
    callout = _CALLOUT.match(args)
    if callout is None:
        return None
    text = (callout.group("dq") or callout.group("sq") or "").strip()
    indent = lines[index][: len(lines[index]) - len(lines[index].lstrip(" "))]
    if index + 1 < len(lines) and lines[index + 1].strip():
        return Mark("line", text=indent + text)
    return Mark("line", text=f"{indent}> [!{note_style(callout.group('kind'))}] {text}")
