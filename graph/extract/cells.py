"""Table cells in words: each line, list item or sentence of a cell is a duty.

A cell under a party's column that is not a code ("Patch the guest OS. Rotate keys.", a ``- ``
list, a lead-in line and its items) states that party's duties; a sentence in it that names
another party as its subject ("Microsoft will apply the policies") is that party's duty.
"""

from __future__ import annotations

import re

from ..facts import Ref, Span
from ..text import plain, sentences
from .cues import NEGATION, expand
from .labels import trim
from .prose import ProseReader
from .records import FactRecorder
from .state import Context

__all__ = ["cell_duties", "cell_lines"]

_ITEM = re.compile(r"^\s*(?:[-*+•◦▪]|\d{1,2}[.)])\s+")
_EMPTY = re.compile(r"^(?:n/?a|none|not\s+applicable|-+|—|–|no|nothing)\.?$", re.I)
_PERMISSION = re.compile(r"^(?:you|customers?|users?)\s+(?:can|could|may|might)\b", re.I)


def cell_lines(raw: str) -> list[str]:
    """A cell's duty phrases: list items as they are, other lines sentence by sentence; lead-in
    lines ending in a colon, empty values and permissions ("You can …") left out."""
    out: list[str] = []
    lines = [line for line in raw.split("\n") if plain(line).strip()]
    for index, line in enumerate(lines):
        if _ITEM.match(line):
            out.append(_ITEM.sub("", line))
            continue
        if index + 1 < len(lines) and _ITEM.match(lines[index + 1]) and len(line.split()) <= 8:
            continue  # "Physical infrastructure" over its items: a heading, the items the duties
        for start, end in sentences(line):
            out.append(line[start:end])
    phrases = []
    for phrase in out:
        text = expand(plain(phrase)).strip()
        if not text or _EMPTY.match(text) or text.endswith(":") or _PERMISSION.match(text):
            continue
        phrases.append(phrase)
    return phrases


def cell_duties(
    prose: ProseReader,
    records: FactRecorder,
    party: Ref,
    raw: str,
    context: str,
    span: Span,
    ctx: Context,
) -> None:
    """The duties a cell in words gives its column's party (or the party a sentence names)."""
    for phrase in cell_lines(raw):
        text = expand(plain(phrase)).strip()
        if NEGATION.search(text):
            continue
        label, subject = prose.strip_subject(text, span, ctx)
        owner = subject or party
        description = f"{context}: {text}" if context else text
        records.duty(owner, trim(label), description, span)
