"""Keys to a matrix: its party abbreviations ("**PO**: Product owner (outcomes, priorities)")
and its marks ("- 🟢: Responsible").

RACI pages often head their party columns with short names and spell them out in a list (or a
two-column table) before or after the matrix. When an item's bold term is exactly a party's
label, the words after it name that party in full: they become the party's alternative label
(so "product owner" finds "PO") and its description (what the diagram shows under the name).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..document import Document, ListItem, Table, each_block
from ..facts import Entity, Facts, Ref
from ..text import plain, slugify
from ..vocabulary import Vocabularies
from .item_duties import BOLD_TERM

__all__ = ["mark_meanings", "spell_out_parties"]

_MOST_WORDS = 6
"""At most this many words name a party in full ("Platform / SRE / on-call team"); longer text
is a sentence about it, not its name."""
_FULL_NAME = re.compile(
    r"^(?P<name>[A-Za-z](?:[^.;:()]|\.(?=\w))*?)\s*(?:\((?P<aside>[^()]+)\))?\s*\.?$"
)
"""A name and an optional aside in parentheses, nothing after: "Product owner (outcomes)",
"acme.io (support)"."""
_INLINE_KEY = re.compile(
    r"(?:`|\*\*)(?P<term>[A-Za-z][\w /-]{0,30}?)(?:`|\*\*)\s*(?:=|:=|->|→)\s*"
    r"(?P<text>[^`*=]+?)(?=\.\s+(?:`|\*\*)|\.?\s*$)"
)
"""A key given inline, term after term: "`Vendor` = acme.io (support). `Customer` = the
operator of the deployment."."""
_PROPER_NAME = re.compile(r"^(?:[A-Za-z0-9][\w&+-]*\.[a-z]{2,}|(?:[A-Z0-9][\w&+.-]*\s*){1,3})$")
"""A proper name, not a description: a domain-like name ("acme.io") or up to three
capitalised words ("Acme Cloud")."""


def spell_out_parties(document: Document, facts: Facts, vocab: Vocabularies) -> None:
    """Give each party whose short label a key spells out its full name as an alternative label
    and the key's words as its description (only where no description is set); a party named
    only by a role's generic word ("Provider") that the key gives a proper name ("`Provider` =
    acme.io") is that named party."""
    parties = {p.label: p for p in facts.of_kind("party")}
    if not parties:
        return
    for term, text in _key_entries(document):
        party = parties.get(term)
        found = _FULL_NAME.match(" ".join(plain(text).split()))
        if party is not None and party.ref in facts.entities and found is not None:
            _spell_out(party, found)
            _name_generic(facts, vocab, party, found.group("name").strip())


def _name_generic(facts: Facts, vocab: Vocabularies, party: Entity, name: str) -> None:
    """Fold a generic role party ("Provider") into a party of the proper name its key gives."""
    role = vocab.by_iri.get(party.attrs.get("role", ""))
    if role is None or party.label.lower() not in role.hidden or party.attrs.get("organization"):
        return
    if not _PROPER_NAME.match(name) or vocab.matchers["role"].find(name):
        return
    ref = Ref("party", slugify(name))
    if ref in facts.entities:
        return
    named = Entity(ref, name, span=party.span, attrs=dict(party.attrs))
    named.alt_labels = [party.label, *(a for a in party.alt_labels if a != name)]
    named.description = party.description
    facts.entities[ref] = named
    facts.merge_into(party.ref, ref)


def _spell_out(party: Entity, found: re.Match[str]) -> None:
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
                text = " ".join(block.text.split())
                entries.extend((m["term"].strip(), m["text"]) for m in _INLINE_KEY.finditer(text))
            elif isinstance(block, Table) and len(block.header) == 2:
                entries.extend(
                    (plain(row.cells[0]).strip(), row.cells[1])
                    for row in block.rows
                    if len(row.cells) == 2
                )
    return entries


_MARK_KEY = re.compile(
    r"^\s*(?:[-*+]\s+)?(?P<mark>:[a-z0-9_+-]+:|[^\w\s|*_`\[\]()<>#:=.,;-]{1,3})\s*"
    r"(?:[:=–—-]\s*)?(?P<meaning>[A-Za-z][\w /-]{1,40}?)\s*\.?$"
)
"""One line of a key to a matrix's marks: a symbol or an emoji shortcode, then what it means
("- 🟢: Responsible", "⚪ = Not responsible")."""


def mark_meanings(text: str, reads: Callable[[str], bool]) -> dict[str, str]:
    """Mark -> meaning, from lines outside tables that key two or more marks to words read as
    responsibility codes (``reads``): "- 🟢: Responsible", "- 🟡: Supports"."""
    found: dict[str, str] = {}
    for line in text.splitlines():
        if "|" in line:
            continue
        match = _MARK_KEY.match(line)
        if match and reads(match.group("meaning")):
            found.setdefault(match.group("mark"), match.group("meaning"))
    return found if len(found) >= 2 else {}
