"""Headings that state a duty themselves, read before the section's text (which explains it):
an instruction under a best-practice heading ("### Enable MFA"), a responsibility stated whole
("## You are responsible for your data pipeline") and an obligation ("### You must sign the
waiver", "## Services must include recovery plans").

``walk.DocumentWalker.section`` calls ``heading_duties`` for each section it enters.
"""

from __future__ import annotations

import re

from ..document import Section
from ..facts import Ref
from ..text import Needing, plain
from .cues import NEGATION, RESP, expand
from .parties import PartyResolver
from .prose import ProseReader
from .records import FactRecorder
from .state import Context

__all__ = ["heading_duties"]

_REQUIRED_HEADING = Needing(
    re.compile(
        r"^[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,5}\s+(?i:must|shall|should)\s+(?!not\b|be\b)[a-z]+\s+\S"
    ),
    "must",
    "shall",
    "should",
)
"""A heading worded as a requirement: a short subject, an obligation, a verb and its object
("All services must have exit plans"); a passive or a prohibition binds nobody here."""

_BOUND_HEADING = re.compile(
    r"^(?:you|we)\s+(?:must|shall|should|need\s+to|have\s+to|are\s+required\s+to)\s+[a-z]",
    re.I,
)
"""A heading worded as an obligation of the reader or the author ("You must keep logs")."""


def heading_duties(
    parties: PartyResolver,
    records: FactRecorder,
    prose: ProseReader,
    section: Section,
    ctx: Context,
    heading_party: Ref | None,
) -> None:
    """The duties a section's heading states itself: the advice it gives (to ``ctx.party``,
    else the reader), the responsibility it states (of the party it names, ``heading_party``)
    and the obligation it words (read as the same sentence in a paragraph would be)."""
    _advice_heading(parties, records, section, ctx.party)
    _stated_heading(records, section, heading_party)
    _obligation_heading(prose, section, ctx)


def _advice_heading(
    parties: PartyResolver, records: FactRecorder, section: Section, party: Ref | None
) -> None:
    """ "### Enable MFA" under "Security best practices": the reader's duty (or the
    section party's), named by the heading itself."""
    lexicon = records.state.lexicon
    if section.level < 2 or not lexicon.imperative(section.title):
        return
    if not any(lexicon.advice_heading(title) for title in section.path[:-1]):
        return
    span = records.state.span(section.start, section.start, section)
    owner = party or parties.resolve_party("you", span)
    if owner is not None:
        records.duty(owner, section.title, section.title, span)


def _stated_heading(records: FactRecorder, section: Section, party: Ref | None) -> None:
    """ "## You are responsible for your data pipeline": a heading that states a duty
    whole is that duty of its party (the section's text explains it)."""
    stated = RESP.match(expand(plain(section.title)))
    obj = stated.group("obj").strip(" .:") if stated and party is not None else ""
    if party is None or len(obj.split()) < 2 or NEGATION.search(section.title):
        return
    span = records.state.span(section.start, section.start, section)
    records.add_duties(party, obj, section.title, span)


def _obligation_heading(prose: ProseReader, section: Section, ctx: Context) -> None:
    """A heading worded as an obligation states that duty whole, read as the same
    sentence in a paragraph would be (the section's text explains it): one that binds
    the reader or the author ("### You must sign the waiver"; a negated one states none),
    or a requirement on a subject over some text ("## Services must include recovery
    plans")."""
    if section.level < 2:
        return
    title = expand(plain(section.title)).strip()
    if _BOUND_HEADING.match(title):
        sentence = "" if NEGATION.search(title) else f"{title.rstrip('.:')}."
    else:
        sentence = title if section.blocks and _REQUIRED_HEADING.match(title) else ""
    if sentence:
        span = prose.state.span(section.start, section.start, section)
        prose.statement(sentence, span, ctx, in_item=False)
