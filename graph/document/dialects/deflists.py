"""Markdown definition lists (MkDocs ``def_list``, PHP Markdown Extra, Pandoc) written loose,
a blank line between the term and its ``: definition``: the term moves down into the blank
line, so the entry is one paragraph ("Term" / ": definition") as a tight entry is, which the
extractor reads as a definition-list entry. Line for line (the term one line lower)."""

from __future__ import annotations

import re

from .fences import unfenced

__all__ = ["definition_lists"]

_DEFINITION = re.compile(r"^:[ \t]+\S")
"""A definition line (``: text``, ``:   text``; not a ``:::`` fence)."""
_NOT_A_TERM = re.compile(r"^(?:\s|[-*+>#|<:]|\d+[.)]\s|```|~~~|$)")
"""A line that cannot be a term: indented, a list item, a quote, a heading, a table row, HTML,
a definition, a fence or blank."""
_FENCE = re.compile(r"^(?:`{3,}|~{3,})")
_MAX_TERM = 80


def definition_lists(lines: list[str]) -> list[str]:
    """``Term`` / blank / ``: definition`` -> blank / ``Term`` / ``: definition`` (the term a
    line of its own after a blank line or the start, outside code fences)."""
    out = list(lines)
    for i in unfenced(lines, _FENCE):
        if i < 2 or not _DEFINITION.match(lines[i]) or lines[i - 1].strip():
            continue
        term = lines[i - 2]
        if _NOT_A_TERM.match(term) or len(term.strip()) > _MAX_TERM:
            continue
        if i > 2 and lines[i - 3].strip():
            continue  # the last line of a paragraph, not a term
        out[i - 2], out[i - 1] = "", term
    return out
