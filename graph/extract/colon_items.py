"""List items that end in a colon over a nested list, and nested lists of references.

An item ending in ":" over a nested list is read as a category ("Networking:") whose nested
items are the duties. Two shapes state a duty of their own as well:

- a duty before a lead-in to examples ("Run the basic tests on their widgets, including:"):
  the words before "including" / "such as" are the duty, the nested items its details;
- a sentence with its own subject and a modal ("Paint specialists will do extra checks:"):
  read as prose, the subject's duty.

A nested list whose every item is only a link (the titles of other pages) under such an item
names references, not duties.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..document import BulletList
from ..facts import Ref, Span
from ..text import plain
from .cues import MODALS, expand, negated
from .labels import trim
from .readers import BlockReader

if TYPE_CHECKING:
    from ..lexicon import Lexicon
from .state import Context

__all__ = ["ColonItems", "lone_verb", "navigation", "references_only", "verb_over_objects"]

_EXAMPLES_TAIL = re.compile(
    r",?\s+(?:including|such\s+as|for\s+example|for\s+instance|e\.g\.)\s*:$", re.I
)
"""``…, including:`` ending an item: what comes before it is the duty, the nested items
examples or details of it."""
_POINTS_ON = re.compile(r"\b(?:following|these|those|below|as\s+follows)\b", re.I)
"""An object that is the nested list itself ("will do the following:"): no duty of its own."""
_SUBJECT_MODAL = re.compile(
    rf"^(?:the\s+)?[A-Za-z][\w-]*(?:\s+[\w-]+){{0,4}}?\s+(?:{MODALS})\s",
)
"""A sentence that names its own subject before a modal ("Paint specialists will …")."""
_LINK_ONLY = re.compile(
    r"^\s*(?:\[(?:!\[[^\[\]]*\]\([^()\s]*\))?[^\[\]]+\]\((?:[^()\s]|\([^()\s]*\))*\)"
    r"|\[[^\[\]]+\]\[[^\[\]]*\]|<https?://[^>\s]+>|"
    r":(?:ref|doc):`[^`]+`)\s*[.;]?\s*$"
)
"""An item that is only a link (``[Review guide](x)``, ``[![](icon.svg)Guide](x)``,
``:doc:`guide```): a page's title."""


_MEANS_TAIL = re.compile(r"\s+(?:by\s+using|using|with|via|through)\s*:$", re.I)
"""``… by using:`` ending an item: the nested items are the means, the item the duty."""
_LONE_VERB = re.compile(r"^(?P<verb>[A-Za-z]+)(?:\s+(?:up|out|down|off|on))?\s*:$")
"""An item that is only a verb ("Monitoring:", "Setting up:") over the things it is done to."""


def _noun_items(block: BulletList, lexicon: Lexicon) -> bool:
    """Every item of the list is a short noun phrase ("CPU usage", "Query timeouts"), none an
    instruction or a sentence, and none has a nested list of its own."""
    return bool(block.items) and all(
        not item.children
        and 0 < len(words := plain(item.text).split()) <= 6
        and not re.search(r"[.;:!?]\s*$", plain(item.text).strip())
        and lexicon.verb_base(words[0].lower()) is None
        for item in block.items
    )


_QUALIFIER = re.compile(
    r"^(?:at|by|in|on|for|via|through|with|within|across|from|using|per)\s+\S", re.I
)
"""An item opening with a preposition ("at the kernel level for Quarry", "by per-tenant keys"):
where, how or by what means the duty above it is done."""


def _qualifier_items(block: BulletList) -> bool:
    """Every item of the list is a short phrase of where or how ("at the queue level for
    Relay,"), with nothing nested: details of the item above, no duties."""
    return bool(block.items) and all(
        not item.children
        and len(plain(item.text).split()) <= 12
        and _QUALIFIER.match(plain(item.text).strip()) is not None
        for item in block.items
    )


def verb_over_objects(text: str, nested: list[BulletList], lexicon: Lexicon) -> str | None:
    """An item that is a verb with its object over a list of noun phrases ("Handling
    application-level issues:" over "Query timeouts", "Investigating latency by using:" over
    tool names) or of where and how ("Keep tenants apart:" over "at the kernel level"): the
    duty the item states (its means dropped); the nested items are its examples or means, no
    duties of their own. None for any other item."""
    if not text.endswith(":") or not nested:
        return None
    if not all(_noun_items(b, lexicon) or _qualifier_items(b) for b in nested):
        return None
    if _LONE_VERB.match(text):
        return None  # "Setting up:": the verb alone, each item its object
    stem = _MEANS_TAIL.sub("", text[:-1].rstrip() + " :").rstrip(" :")
    words = stem.split()
    opening = words[0].lower() if words else ""
    gerund = opening.endswith("ing") and lexicon.verb_base(opening) is not None
    if len(words) < 2 or not (gerund or lexicon.imperative(stem)):
        return None
    if _POINTS_ON.search(stem) or re.search(r"\b(?:of|to|for|on|in|from|about)$", stem, re.I):
        return None  # "Managing the following:", "Access to:": the items complete it
    return stem


def lone_verb(text: str, lexicon: Lexicon) -> str | None:
    """ "Monitoring:" / "Setting up:" (a duty verb alone): the stem each nested noun phrase
    completes ("Monitoring CPU usage"); None for any other item."""
    lone = _LONE_VERB.match(text)
    if lone is None or lexicon.verb_base(lone.group("verb").lower()) is None:
        return None
    return text[:-1].rstrip()


def references_only(block: BulletList) -> bool:
    """Every item of the list is only a link, with nothing nested: references."""
    return bool(block.items) and all(
        _LINK_ONLY.match(item.text) and not item.children for item in block.items
    )


def navigation(block: BulletList) -> bool:
    """Every item, at any depth, is only a link, nesting nothing but such lists: a site's
    menu, footer or table of contents saved with the page, which states no duties."""
    return bool(block.items) and all(
        _LINK_ONLY.match(item.text)
        and all(isinstance(child, BulletList) and navigation(child) for child in item.children)
        for item in block.items
    )


class ColonItems(BlockReader):
    """Reads the duty an item ending in a colon states of its own."""

    def own_duty(
        self,
        first_raw: str,
        party: Ref,
        span: Span,
        ctx: Context,
        nested: list[BulletList] | None = None,
    ) -> None:
        """The duty before a lead-in to examples, or the statement of an item that names its
        own subject and modal; nothing for a category ("Networking:") or a summary of its
        nested steps ("Check the hoses each week:")."""
        text = expand(plain(first_raw)).strip()
        if not text.endswith(":") or negated(text) or _POINTS_ON.search(text):
            return
        stated = verb_over_objects(text, nested or [], self.state.lexicon)
        if stated is not None:  # "Handling application-level issues:" over "Query timeouts"
            self.records.duty(party, trim(stated), text, span)
            return
        examples = _EXAMPLES_TAIL.search(text)
        if examples is not None:
            stem = text[: examples.start()].strip()
            opening = stem.split(maxsplit=1)[0].lower()
            gerund = opening.endswith("ing") and self.state.lexicon.verb_base(opening) is not None
            if len(stem.split()) >= 3 and (gerund or self.state.lexicon.imperative(stem)):
                self.records.duty(party, trim(stem), text, span)
            return
        if _SUBJECT_MODAL.match(text):
            self.prose.statement(f"{text[:-1].rstrip()}.", span, ctx, in_item=False)
