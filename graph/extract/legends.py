"""A key to a matrix's party abbreviations: "**PO**: Product owner (outcomes, priorities)".

RACI pages often head their party columns with short names and spell them out in a list (or a
two-column table) before or after the matrix. When an item's bold term is exactly a party's
label, the words after it name that party in full: they become the party's alternative label
(so "product owner" finds "PO") and its description (what the diagram shows under the name).
"""

from __future__ import annotations

import re

from ..document import Document, ListItem, Table, each_block
from ..facts import Entity, Facts
from ..text import plain
from .item_duties import BOLD_TERM

__all__ = ["spell_out_parties"]

_MOST_WORDS = 6
"""At most this many words name a party in full ("Platform / SRE / on-call team"); longer text
is a sentence about it, not its name."""
_FULL_NAME = re.compile(r"^(?P<name>[A-Za-z][^.;:()]*?)\s*(?:\((?P<aside>[^()]+)\))?\s*\.?$")
"""A name and an optional aside in parentheses, nothing after: "Product owner (outcomes)"."""


def spell_out_parties(document: Document, facts: Facts) -> None:
    """Give each party whose short label a key spells out its full name as an alternative label
    and the key's words as its description (only where no description is set)."""
    parties = {p.label: p for p in facts.of_kind("party")}
    if not parties:
        return
    for term, text in _key_entries(document):
        party = parties.get(term)
        if party is not None:
            _spell_out(party, text)


def _spell_out(party: Entity, text: str) -> None:
    found = _FULL_NAME.match(" ".join(plain(text).split()))
    if found is None:
        return
    name = found.group("name").strip()
    if not 0 < len(name.split()) <= _MOST_WORDS or name.lower() == party.label.lower():
        return
    if name not in party.alt_labels:
        party.alt_labels.append(name)
    if party.description is None:
        aside = found.group("aside")
        party.description = f"{name} ({aside.strip()})" if aside else name


def _key_entries(document: Document) -> list[tuple[str, str]]:
    """(term, text) of every list item labelled by a bold term, and of every row of a table of
    two columns, in document order."""
    entries: list[tuple[str, str]] = []
    for section in document.root.walk():
        for block in each_block(section.blocks):
            if isinstance(block, ListItem):
                bold = BOLD_TERM.match(block.text)
                if bold is not None:
                    term = plain(bold.group("term")).strip().rstrip(":").strip()
                    entries.append((term, bold["rest"]))
            elif isinstance(block, Table) and len(block.header) == 2:
                entries.extend(
                    (plain(row.cells[0]).strip(), row.cells[1])
                    for row in block.rows
                    if len(row.cells) == 2
                )
    return entries
