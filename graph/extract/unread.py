"""What was not understood: lines that read like responsibilities but gave no fact.

After the walk, every paragraph, list item and matrix row whose lines no fact came from is
checked for the marks of a duty (a responsibility word, a modal obligation, a duty verb after a
party, a row of RACI codes); those are recorded so ``srgraph export`` can say how many there are
and ``srgraph stats`` can list them.
"""

from __future__ import annotations

import re

from ..document import Document, ListItem, Paragraph, Table, each_block
from ..facts import Facts, Unread
from ..lexicon import Lexicon
from ..text import plain

__all__ = ["unread_lines"]

_DUTY_WORDS = re.compile(
    r"\b(?:responsible|accountable)\s+(?:for|to)\b|\bresponsibilit(?:y|ies)\b"
    r"|\b(?:must|shall|is\s+required\s+to|are\s+required\s+to|needs?\s+to)\b",
    re.I,
)
_LEAD_IN = re.compile(r":\s*$")
"""A lead-in ("… is responsible for the following:") whose list items carry the duties."""
_MAX_TEXT = 90


def _short(text: str) -> str:
    return text if len(text) <= _MAX_TEXT else text[: _MAX_TEXT - 3] + "..."


_KEY_ENTRY = re.compile(r"^\s*(?P<code>[^\s=:]{1,4})\s*(?:=|:|\s[-–—]\s)\s*\S")
"""One entry of a key to codes: a mark or letter, then "=" (or ":" / a dash) and its meaning."""


def _key_line(text: str, lexicon: Lexicon) -> bool:
    """A line that only explains a matrix's codes ("Key: ✅= responsible, ❌= not
    responsible"): after an optional label, two or more entries, each a code and its meaning."""
    body = re.sub(r"^[A-Z][a-z]+:\s+", "", text.strip())
    entries = [e for e in re.split(r"[,;]\s*", body) if e.strip()]
    if len(entries) < 2:
        return False
    matches = [_KEY_ENTRY.match(e) for e in entries]
    return all(m is not None and lexicon.read_cell(m.group("code")) for m in matches)


def _key_row(label: str, cells: list[str], lexicon: Lexicon) -> bool:
    """A row of a key to the matrix's codes ("R | _Responsible_"): its label is a code and
    its other cells name that same code; it explains a letter, it states no duty."""
    first = lexicon.read_cell(label)
    return bool(first) and all(lexicon.read_cell(plain(c)) == first for c in cells)


_LINK_ITEM = re.compile(r"^(?:!?\[[^\[\]]*\]\([^()]*\)\s*)+$")
"""A list item that is only a link (or links): the title of another page, no statement."""


def unread_lines(document: Document, facts: Facts, lexicon: Lexicon) -> list[Unread]:
    """The lines that read like responsibilities but no fact came from, in line order."""
    covered: set[int] = set()
    for relation in facts.relations:
        covered.update(range(relation.span.start, relation.span.end + 1))
    held = {r.object for r in facts.relations}
    duties = {e.label.casefold() for e in facts.of_kind("duty") if e.ref in held}
    found: list[Unread] = []
    for section in document.root.walk():
        if section.level and lexicon.feedback_heading(section.title):
            continue
        for block in each_block(section.blocks):
            if isinstance(block, Paragraph | ListItem) and _LINK_ITEM.match(block.text.strip()):
                continue  # "[Create Kafka Clusters](/how-to/create/)": a menu's link, a page
            if isinstance(block, Paragraph | ListItem):
                text = plain(block.text)
                if _LEAD_IN.search(text) or covered.intersection(range(block.start, block.end + 1)):
                    continue
                if _key_line(text, lexicon) or lexicon.describes_page(text):
                    continue  # a key to codes, or the page telling what it holds
                if _DUTY_WORDS.search(text) or lexicon.imperative(text):
                    found.append(Unread(block.start, _short(text)))
            elif isinstance(block, Table):
                for row in block.rows:
                    codes = [c for c in row.cells[1:] if plain(c).strip()]
                    coded = codes and all(lexicon.is_code(plain(c)) for c in codes)
                    # "Included", "N/A" only: what a plan offers, no relation to read
                    related = any(
                        code.relation for c in codes for code in lexicon.read_cell(plain(c)) or []
                    )
                    label = plain(row.cells[0]) if row.cells else ""
                    if (
                        coded
                        and related
                        and row.line not in covered
                        and label.strip().casefold() not in duties  # (read in a table before)
                        and not _key_row(label, codes, lexicon)
                    ):
                        found.append(Unread(row.line, _short(f"table row {label!r}")))
    return sorted(set(found))
