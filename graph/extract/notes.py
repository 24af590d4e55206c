"""Sentences written as notes, without a verb: "provider responsible for maintaining the
database, consumer responsible for ingested data" (no "is"), "Provider: physical security,
power, and cooling." (a party's label, then its things). Study notes, slides turned into
pages and terse summaries write duties this way."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..facts import Ref, Span
from .cues import NEGATION, expand
from .labels import conjuncts

if TYPE_CHECKING:
    from .prose import ProseReader

__all__ = ["note_duties"]

_SUBJECT = r"(?:the\s+)?[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?"
_BARE_RESPONSIBLE = re.compile(
    rf"(?:^|[,;]\s+)(?:with\s+)?(?P<subj>{_SUBJECT})\s+"
    r"(?:(?:always|also|solely|mainly|primarily|fully)\s+)?responsible\s+for\s+"
    rf"(?P<obj>[^.;]+?)(?=,\s+(?:but\s+)?(?:{_SUBJECT})\s+(?:(?:always|also)\s+)?responsible\b|[.;]|$)",
    re.I,
)
"""A party and "responsible for" with no verb between them, up to the next such clause."""
_VERB_WORD = re.compile(
    r"\b(?:is|are|was|were|be|been|being|will|would|must|shall|should|can|may|not|who|that)\b",
    re.I,
)
"""A word that makes the words before "responsible" a clause of their own, not a bare party."""
_LABELLED = re.compile(r"^(?P<who>[A-Za-z][\w -]{1,30}):\s+(?P<things>[^:]+?)\.?$")
"""A sentence that is a party's label and its things ("Provider: physical security, power")."""


def note_duties(reader: ProseReader, text: str, span: Span) -> bool:
    """The duties a sentence written as notes states; True when it gave any."""
    if NEGATION.search(text):
        return False
    return _labelled(reader, text, span) or _bare(reader, text, span)


def _party(reader: ProseReader, name: str, span: Span) -> Ref | None:
    """The party ``name`` is, when a vocabulary or the page knows it as a whole."""
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    found = reader.parties.mentions(expand(name), ("org", "role"))
    if not found or found[0].start != 0 or found[-1].end < len(name):
        return None
    return reader.parties.resolve_party(name, span)


def _bare(reader: ProseReader, text: str, span: Span) -> bool:
    found = False
    for match in _BARE_RESPONSIBLE.finditer(text):
        if _VERB_WORD.search(match.group("subj")):
            continue  # "the provider is responsible for …": a clause the prose rules read
        party = _party(reader, match.group("subj"), span)
        obj = match.group("obj").strip(" ,")
        if party is None or not obj:
            continue
        reader.records.add_duties(party, obj, text, span)
        found = True
    return found


def _labelled(reader: ProseReader, text: str, span: Span) -> bool:
    labelled = _LABELLED.match(text.strip())
    if labelled is None or _VERB_WORD.search(labelled.group("things")):
        return False
    party = _party(reader, labelled.group("who"), span)
    if party is None:
        return False
    for thing in conjuncts(labelled.group("things"), single_words=True):
        reader.records.duty(party, thing, text, span)
    return True
