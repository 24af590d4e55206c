"""GitBook blocks: ``{% tabs %}{% tab title="X" %}…{% endtab %}{% endtabs %}`` (each tab a
sub-section), ``{% hint style="info" %}…{% endhint %}`` (an admonition) and
``{% content-ref url="…" %}…{% endcontent-ref %}`` (a link card: not text). Other tags
(``{% embed %}``, ``{% code %}``, ``{% stepper %}``) are left to the Liquid rewrite, which
drops them and keeps what they wrap."""

from __future__ import annotations

import re

from .marks import MAX_TAG_LINE, Mark, attributes, blank, note_style

__all__ = ["gitbook_mark"]

_TAG = re.compile(r"^\s*\{%-?\s*(?P<name>[A-Za-z][\w-]*)(?P<args>[^\n]*?)-?%\}\s*$")


def gitbook_mark(line: str) -> Mark | None:
    """The mark of a line that is one GitBook block tag, else None."""
    if "{%" not in line or len(line) > MAX_TAG_LINE:
        return None
    match = _TAG.match(line)
    if match is None:
        return None
    name = match.group("name").lower()
    closing = name.startswith("end")
    base = name[3:] if closing else name
    if base not in ("tabs", "tab", "hint", "content-ref"):
        return None
    family = "gitbook:" + base
    if closing:
        return Mark("close", family)
    found = attributes(match.group("args"))
    if base == "tab":
        return Mark("open", family, kind="tab", title=found.get("title", ""))
    if base == "hint":
        return Mark("open", family, kind="note", style=note_style(found.get("style", "")))
    if base == "content-ref":
        return Mark("open", family, kind="drop")
    return blank()  # {% tabs %}: the tabs are what matters
