"""Who acts in an action sentence (``<Party> (must) <verb> …``): the party its subject names
and where the subject ends.

"We", "Our staff", a pronoun or "the team" (the passage's party), what a buyer procures (its
supplier), a party's role, a product's users or agent, a name no vocabulary knows, the page's
own role or "the user", else the first party named, tried in that order for
``actions.ActionSentences``; the verb group after the subject is read there.
"""

from __future__ import annotations

import re

from ..facts import Ref, Span
from ..lexicon import Lexicon
from ..vocabulary import Mention
from .action_parts import DETERMINERS, ActionParts
from .cues import COMPANY_SUFFIX, LEGAL_END, MODALS, PRONOUN_SUBJECT
from .parties import PartyResolver, our_people_end, staff_title
from .state import Context
from .subjects import consumers_named, customer_work_team, run_thing_end

__all__ = ["action_subject", "subject_rest"]

_ONE_USER = re.compile(
    r"(?:(?:the|each|every|any)\s+user|(?-i:User))(?=\s+(?:(?:also|always)\s+)?(?:must|shall|should|will|"
    r"needs?\s+to|has\s+to|is\s+(?:required|expected|responsible)\b|"
    r"(?:agrees|commits|undertakes)(?:,[^,;.]{1,80},)?\s+(?:not\s+)?to\b)(?!\s+be\s+able\b))",
    re.I,
)
"""``The user must …``, ``Each user shall …``, ``The user agrees (not) to …``, an agreement's
defined ``User must …`` with no article: one of the users the page speaks to (not "A user must
be able to …": someone's right, said of any user)."""
_LINK = re.compile(r"([a-z]+),\s+", re.I)
"""An opening word and its comma ("Furthermore, "): a connective when the lexicon says so."""


def action_subject(
    reader: ActionParts,
    text: str,
    holders: list[Mention],
    span: Span,
    ctx: Context,
    we: re.Match[str] | None,
) -> tuple[Ref | None, int, str] | None:
    """The subject of an action sentence: (its party, where it ends, the name when it is no
    party yet: made one only if a duty follows); None when no party opens the sentence.
    ``holders`` are the parties ``text`` mentions, ``we`` an opening "we". Apart from
    ``ActionSentences._act`` so that the order of the subject's shapes reads as one list."""
    parties, lexicon = reader.parties, reader.state.lexicon
    if we:
        return parties.resolve_party(we.group(0), span), we.end(), ""
    words = text.split(maxsplit=1)[:1]
    if words and words[0].lower() in lexicon.suggestions and not reader._opens(holders, text):
        return None  # "See Customer duties below": a pointer, "Customer" no subject
    if _FREE_RELATIVE.match(text):
        return None  # "What Acme keeps is listed in X": what it keeps, no deed
    if (people := our_people_end(lexicon, text)) is not None:
        return parties.resolve_party("we", span), people, ""  # "Our staff will …"
    staff = _STAFF_OPENING.match(text)
    named_in = parties.mentions(staff["name"], ("org", "offering", "role")) if staff else []
    if staff and staff_title(staff["name"], named_in, lexicon):
        # "Customer Support Engineers will review …": a role of the page, not the customer
        named = parties.resolve_party(staff["name"], span, defining=True, force=True)
        if named is not None:
            return named, staff.end("name"), ""
    seller_team = _SELLER_TEAM.match(text)
    sold = seller_team["sold"] if seller_team else ""
    if seller_team and lexicon.seller_phrase(sold if " " in sold else f"the {sold}"):
        return None, seller_team.end("p"), "we"  # "The support team offers …": the vendor's
    if reader._passage_party(ctx) is not None and (pronoun := PRONOUN_SUBJECT.match(text)):
        modified = len(pronoun["p"].split()) == 3 and pronoun["p"][:4].lower() == "the "
        named = parties.resolve_party(pronoun["p"], span, create=False) if modified else None
        if named is not None:  # "The safety team …" after "2. The safety team triages X"
            return named, pronoun.end("p"), ""
        if modified and (own := _work_team(reader, pronoun["p"], span, ctx)) is not None:
            return own, pronoun.end("p"), ""  # "The operations team …" after a customer's duty
        return reader._passage_party(ctx), pronoun.end("p"), ""  # "This team will …"
    if (supplied := reader.supplied_subject(text, span)) is not None:
        return (*supplied, "")  # "Services must support current browsers": the supplier
    if (qualified := reader._party_role(text, holders, span)) is not None:
        return (*qualified, "")  # "The Board Treasurer will …": the Board's role, not it
    if (consumers := reader._named_customers(text, holders, span)) is not None:
        return (*consumers, "")  # "Nimbus users must …": the users
    if (proper := reader._proper_subject(text, holders, span)) is not None:
        return proper  # "GitLab provisions …": a name no vocabulary knows
    if (agent := reader._vendor_agent(text, holders, span)) is not None:
        return (*agent, "")  # "Your Nimbus representative will …": the vendor
    if not reader._opens(holders, text) and (opening := reader.role_opening(text, span, ctx)):
        # "The coordinator should collect …", "A style specialist will check your drafts":
        # the page's own role (a party named later is no subject)
        return (*opening, "")
    if (single := _one_user(parties, lexicon, text, span)) is not None:
        return (*single, "")  # "The user must …": the users
    if (using := _consumers_opening(parties, lexicon, text, span)) is not None:
        return (*using, "")  # "Every team on the platform must …": the customers
    if not reader._opens(holders, text) and (run := run_thing_end(lexicon, parties, text)):
        if _UNDONE.match(text, run):
            return None  # "The backup service runs once daily": how it runs, no deed
        return None, run, "we"  # "The hosting platform restarts …": the vendor, if a duty follows
    if not holders:
        return None
    first = holders[0]
    if not reader._opens(holders, text):
        return None
    party: Ref | None
    if first.concept.kind == "offering":
        party = reader._vendor_of(first.concept.links.get("offered_by"), span)
    else:
        party = parties.resolve_party(first.text, span)
    first_end = first.end
    if text.startswith(".", first_end) and LEGAL_END.search(text, 0, first_end):
        first_end += 1  # "Nimbus Inc. provides X": the name takes its legal form's stop
    if (
        re.match(r"['’]s?\s", text[first_end:])
        or (
            first.text.lower() in DETERMINERS
            and first.concept.kind != "local"  # "ITS will …": the page's initialism, no "its"
            and not lexicon.subject_noun_end(text[first_end:].lstrip())
        )
    ):
        return None  # "Your run's container will …", "Your agent polls …": not the party
    return party, first_end, ""


_BEFORE_MODAL = re.compile(r"^(?P<subj>[A-Za-z][\w\s-]{2,60}?)\s+(?=(?:must|should|shall|will)\s)")


_UNDONE = re.compile(
    r"\s+(?:(?:will|can|may|must|should|shall)\s+)?[a-z]+\s+(?:once|twice|daily|weekly|monthly|"
    r"hourly|nightly|every|each|at|on|in|within|during|from|across|inside|under|as|with|without)\b",
    re.I,
)
"""A verb with no object before a time, a place or a manner ("(The backup service) runs once
daily", "(The platform) runs on Kubernetes"): what a product does by itself, not a duty."""
_SELLER_TEAM = re.compile(
    r"^(?P<p>(?P<sold>(?:the|our)\s+[a-z]+|(?-i:[A-Z][a-z]+))\s+(?:teams?|staff|engineers|desk))"
    r"\s+(?=[a-z])",
    re.I,
)
"""The people of what the writer sells ("The support team", "the service desk", "Support team"
with no article): the vendor (a seller phrase of cue-words.ttl before them), not the passage's
party."""
_FREE_RELATIVE = re.compile(r"^(?:what|whatever)\s+[^,.;:]{1,60}?\s+(?:is|are|was|were)\s", re.I)
"""A sentence whose subject is a free relative ("What Acme stores is listed in …"): the party
inside it is no subject of the sentence."""
_STAFF_OPENING = re.compile(
    r"^(?:(?i:the|your|our)\s+)?(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,4})\s+(?=[a-z])"
)
"""A sentence opening with two to five title-case words ("Customer Support Engineers will"):
perhaps a staff title ``parties.staff_title`` tells from a generic role."""


def _work_team(reader: ActionParts, phrase: str, span: Span, ctx: Context) -> Ref | None:
    """ "The operations team" after a customer's duty: that team, a party of its own."""
    if not customer_work_team(reader.state, reader.parties, phrase, reader._passage_party(ctx)):
        return None
    work = phrase.split()[1]
    return reader.parties.resolve_party(f"{work.capitalize()} team", span, force=True, own=True)


def _consumers_opening(
    parties: PartyResolver, lexicon: Lexicon, text: str, span: Span
) -> tuple[Ref, int] | None:
    """People named by what they use before a modal ("Every team on the Platform must …",
    "Teams using the service should …"): the customers, and where the subject ends."""
    subject = _BEFORE_MODAL.match(text)
    if subject is None or not consumers_named(lexicon, subject["subj"]):
        return None
    party = parties.resolve_party("customers", span)
    return (party, subject.end("subj")) if party is not None else None


def _one_user(
    parties: PartyResolver, lexicon: Lexicon, text: str, span: Span
) -> tuple[Ref, int] | None:
    """ "The user must …", "Each user shall …", "Furthermore, the user agrees not to …" (after
    a connective of the lexicon): the users, and where the subject ends."""
    linked = _LINK.match(text)
    start = linked.end() if linked and linked.group(1).lower() in lexicon.connectives else 0
    single = _ONE_USER.match(text, start)
    party = parties.resolve_party("users", span) if single else None
    return (party, single.end()) if party is not None and single else None


def subject_rest(lexicon: Lexicon, after: str, *, we: bool) -> str:
    """The words after a subject's name without what still belongs to the subject: its
    product's name and people ("Microsoft Managed Desktop team"), a trade's people ("product
    engineers"), nouns of people ("support teams", not after "we": "We support X" is a verb)
    and what they hold ("users of the Acme facilities"), its legal form ("Quarry, Inc. will");
    the verb group follows."""
    legal = _LEGAL_FORM.match(after)
    if legal:
        after = after[legal.end() :]
    product = _PRODUCT_PEOPLE.match(after)  # "Microsoft Managed Desktop team"
    if product and lexicon.subject_noun_end(after[product.end() :]):
        after = after[product.end() :]
    elif trade := _trade_people(lexicon, after[product.end() if product else 0 :]):
        # "Acme Cloud product engineers review …", "Acme operation and maintenance team will"
        after = after[(product.end() if product else 0) + trade :]
    if not we:  # "We support the service": a verb ("Acme support teams": more subject)
        after = after[lexicon.subject_noun_end(after) :]
    held = _HOLDING_OF.match(after)
    if held:  # "All users of the Acme facilities must …": the users
        after = after[held.end() :]
    return after


_LEGAL_FORM = re.compile(rf"^{COMPANY_SUFFIX}(?=\s)\s*")
"""A company's legal form after its name, when the name alone was matched ("Quarry|, Inc.")."""
_HOLDING_OF = re.compile(
    r"^of\s+(?:the\s+|this\s+|these\s+|our\s+|its\s+|their\s+)?(?:[\w-]+\s+){1,5}?"
    r"(?=(?:must|shall|should|will|needs?\s+to|(?:is|are)\s+(?:required|expected)\s+to)\s)"
)
"""What a party's people use or hold, between them and a modal ("All users of the Acme HPC
facilities must …", "Owners of a crate should …"): no part of the verb phrase."""
_PRODUCT_PEOPLE = re.compile(r"(?:[A-Z][\w+-]*\s+){1,3}")
"""The words in capitals after a party's name that name its product ("Acme| Cloud Desk| team")."""


def _trade_people(lexicon: Lexicon, text: str) -> int:
    """How many characters of ``text`` are one or two words of a trade and a noun of
    people before a verb ("product engineers| review …", "field support specialists| will
    …"): more of the subject; 0 when it does not open so."""
    for trade in (1, 2):
        found = re.match(
            rf"(?:[a-z][\w-]*\s+){{{trade}}}(?P<head>[a-z]+s)\s+(?P<verb>[a-z]+)", text
        )
        if found and lexicon.person_noun(found["head"]) and lexicon.verb_base(found["verb"]):
            return found.start("verb")
    # "operation and maintenance team will …": two trades joined, then a team and a modal
    joined = re.match(
        rf"[a-z][\w-]*\s+(?:and|&)\s+[a-z][\w-]*\s+(?P<head>[a-z]+)\s+(?={MODALS}\s)", text
    )
    if joined and lexicon.person_noun(joined["head"]):
        return joined.end()
    return 0
