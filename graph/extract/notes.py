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
from .state import Context

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


_ROLE_DEFINED = re.compile(r"^(?:the|a|an)\s+(?P<first>[a-z-]+)(?:\s+(?P<second>[a-z-]+))?", re.I)
"""A label's text that opens with a determiner ("the provider of …", "the main consumer who …"):
one of its next two words may be a role noun."""


def note_duties(reader: ProseReader, text: str, span: Span, ctx: Context) -> bool:
    """The duties a sentence written as notes states; True when it gave any."""
    if NEGATION.search(text):
        return False
    return _labelled(reader, text, span, ctx) or _bare(reader, text, span)


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


def _labelled(reader: ProseReader, text: str, span: Span, ctx: Context) -> bool:
    labelled = _LABELLED.match(text.strip())
    if labelled is None or _VERB_WORD.search(labelled.group("things")):
        return False
    party = _party(reader, labelled.group("who"), span)
    if party is None:
        return False
    things = labelled.group("things")
    role = _ROLE_DEFINED.match(things)
    nouns = [w for w in (role.group("first"), role.group("second")) if w] if role else []
    if any(
        reader.state.lexicon.person_noun(noun) or reader.parties.mentions(noun, ("role",))
        for noun in nouns
    ):
        return False  # "Docker: the provider of hardened images": who the party is, no duty
    verb = re.match(r"[A-Z][a-z]+(?=[\s,])", things)
    if verb and reader.state.lexicon.third_person_base(verb.group(0).lower()):
        # "Docker: Builds, hardens, and signs the images": the party's deeds, read as the
        # sentence "Docker builds, hardens, and signs the images", not as a list of things
        deeds = f"{labelled.group('who')} {things[0].lower()}{things[1:]}"
        return reader.action(deeds, text, span, ctx, models=[])
    for thing in conjuncts(labelled.group("things"), single_words=True):
        reader.records.duty(party, thing, text, span)
    return True
