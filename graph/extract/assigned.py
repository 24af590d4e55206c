"""Duty lists whose party a later paragraph names.

A page may list an area's duties without saying whose they are, then assign the whole area
in the paragraph after the list or in the first paragraph of the next section at the same
level ("### Responsibilities" 1. Patch the hosts 2. … then "### Breakdown": "Acme assumes
responsibility for all of the above", "Shared between Acme and the customer", "This area is
the responsibility of the customer", "It is performed by the customer"). The list is held
while it waits; the assigning sentence gives each item to each party it names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..document import BulletList, Paragraph, Section
from ..facts import Ref
from ..text import plain, sentences, split_top_level
from .cues import NEGATION, expand
from .parties import PartyResolver
from .state import Context, DocState

__all__ = ["HeldList", "LaterAssignment"]

_HEDGE = re.compile(
    r"^(?:usually|generally|typically|normally|mostly|in\s+general|by\s+default),?\s+", re.I
)
_ABOVE = r"(?:all\s+(?:of\s+)?)?(?:the\s+(?:above|duties\s+above|items\s+above)|these|them)\b"
_ASSIGNS = (
    re.compile(
        r"^(?P<who>[^,;]+?)\s+(?:assumes?|takes?(?:\s+on)?|has|have|bears?|holds?)\s+"
        rf"(?:the\s+|full\s+|sole\s+)?responsibilit(?:y|ies)\s+for\s+{_ABOVE}",
        re.I,
    ),
    re.compile(rf"^(?P<who>[^,;]+?)\s+(?:is|are)\s+responsible\s+for\s+{_ABOVE}", re.I),
    re.compile(
        r"^(?:[^,;]+?\s+(?:is|are)\s+)?(?:\w+ly\s+)?shared\s+(?:between|by)\s+(?P<who>[^.;]+)",
        re.I,
    ),
    re.compile(
        r"^[^,;]+?\s+(?:is|are)\s+(?:\w+ly\s+)?(?:the\s+)?(?:sole\s+)?responsibility\s+of\s+"
        r"(?P<who>[^.;]+)",
        re.I,
    ),
    re.compile(
        r"^[^,;]+?\s+(?:is|are)\s+(?:\w+ly\s+)?(?:performed|handled|done|owned|carried\s+out|"
        r"run|managed)\s+by\s+(?P<who>[^.;]+)",
        re.I,
    ),
)
"""Sentences that give a whole area to its parties (the parties are ``who``)."""
_PARTS = r"\s*(?:,|\band\b|\bor\b)\s*"
_AFTER_NAME = re.compile(
    r"\s+(?:it|they|we|that|who|which)\b.*$|\s+(?:with|on|in|for)\s+.*$", re.I | re.S
)
"""What follows a party's name in the assigning sentence ("partners it works with")."""
_DELEGATE = re.compile(r"^(?:their|its|his|her)\s", re.I)
"""A party named through the one before it ("or their partners")."""


@dataclass
class HeldList:
    """A list of duties with no party yet, and where it was read."""

    block: BulletList
    ctx: Context
    parent: tuple[str, ...]
    sibling_seen: bool = False


class LaterAssignment:
    """Holds a party-less duty list and gives it to the parties a later paragraph names."""

    def __init__(self, state: DocState, parties: PartyResolver) -> None:
        self.state = state
        self.parties = parties
        self.held: HeldList | None = None

    def hold(self, block: BulletList, ctx: Context) -> None:
        """Keep a list of two or more instructions that gave no duty and has no party."""
        lexicon = self.state.lexicon
        orders = sum(lexicon.imperative(plain(item.text)) for item in block.items)
        if ctx.party is None and len(block.items) >= 2 and orders * 2 > len(block.items):
            self.held = HeldList(block, ctx, ctx.section.path[:-1])
        else:
            self.held = None

    def drop(self) -> None:
        self.held = None

    def enter(self, section: Section) -> None:
        """A new section: the held list waits into the next section at its own level only
        (for that section's first paragraph)."""
        held = self.held
        if held is None:
            return
        if held.sibling_seen or section.path[:-1] != held.parent:
            self.held = None
        else:
            held.sibling_seen = True

    def assign(self, block: Paragraph) -> tuple[HeldList, list[Ref], Paragraph] | None:
        """The held list, its parties and the rest of the paragraph when the paragraph's first
        sentence assigns the list; else None (the list keeps waiting in its own section)."""
        held = self.held
        if held is None:
            return None
        if held.sibling_seen:
            self.held = None  # only the first paragraph of the next section may assign
        ranges = list(sentences(block.text))
        if not ranges:
            return None
        first = expand(plain(block.text[ranges[0][0] : ranges[0][1]])).strip()
        first = _HEDGE.sub("", first)
        if NEGATION.search(first):
            return None
        who = next((m.group("who") for p in _ASSIGNS if (m := p.match(first))), None)
        if who is None:
            return None
        span = self.state.span(block.start, block.end, held.ctx.section, first)
        refs: list[Ref] = []
        for part in split_top_level(who, _PARTS):
            if _DELEGATE.match(part):
                continue  # "the customer or their partners": the customer's helpers
            name = _AFTER_NAME.sub("", part).strip(" .")
            ref = self.parties.resolve_party(name, span, allow_unknown=True) if name else None
            if ref is None:
                ref = self.parties.party_in(name, span) if name else None
            if ref is not None and ref not in refs:
                refs.append(ref)
        if not refs:
            return None
        self.held = None
        rest = block.text[ranges[1][0] :] if len(ranges) > 1 else ""
        return held, refs, replace(block, text=rest)
