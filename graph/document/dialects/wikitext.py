"""MediaWiki headings kept in a Markdown file (a wiki page mirrored or exported as ``.md``):
a line ``==Title==`` (the same run of 2 to 6 ``=`` on both sides) is the ATX heading of that
level (``## Title``), so it ends the paragraph or list above it as a heading does, instead of
running on as that paragraph's (or list item's) lazy continuation. Line for line."""

from __future__ import annotations

import re

from .fences import unfenced

__all__ = ["wiki_headings"]

_WIKI_HEADING = re.compile(
    r"^[ ]{0,3}(?P<marks>={2,6})[ \t]*(?P<title>[^=\s](?:[^=]*[^=\s])?)[ \t]*(?P=marks)[ \t]*$"
)
"""``==Title==`` / ``=== Sub title ===``: the title holds no ``=`` (a setext underline is all
``=``, an MkDocs tab ``=== "Tab"`` has no closing run)."""
_FENCE = re.compile(r"^[ ]*(?:`{3,}|~{3,})")


def wiki_headings(lines: list[str]) -> list[str]:
    """``==Title==`` -> ``## Title`` outside code fences; other lines unchanged."""
    out = list(lines)
    for i in unfenced(lines, _FENCE):
        line = lines[i]
        if "==" not in line:
            continue
        match = _WIKI_HEADING.match(line)
        if match is not None:
            out[i] = "#" * len(match.group("marks")) + " " + match.group("title")
    return out
