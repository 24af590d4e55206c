"""The cases a lead-in sentence is read by: each group of cases recognises some shapes of a
sentence ending in ":" and says what it makes of the list after it (a ``Leadin``, or None:
nothing), or leaves the sentence to the next group (``NEXT``).

``leadin_sentences.LeadinSentences.leadin`` tries the groups in order: what owes nothing first,
then labels, shared duties, options and uses, "responsible for", modals, things and deeds, and
what includes. A new shape of lead-in goes into the group whose shapes it resembles, at the
place in the order where it must win over the cases after it.
"""

from __future__ import annotations

import re
from enum import Enum
from itertools import pairwise
from typing import TYPE_CHECKING, Final, Literal, TypeAlias

from ..facts import Ref, Span
from ..lexicon import Lexicon
from .cues import (
    FIRST_PERSON,
    KEYWORD_LEADIN,
    NEGATION,
    READER_CONDITION,
    RESP,
    RESP_TAKE,
    RESP_TO,
    RESPONSIBLE_WORD,
    SECOND_PERSON,
    USES,
    blames,
    expand,
    forbids,
    negated,
)
from .labels import trim
from .parties import (
    PartyResolver,
    named_in_opening,
    names_one_party,
    opening_texts,
    split_side,
)
from .prose import ProseReader
from .records import FactRecorder
from .sentence_cases import sharing
from .state import Context, DocState, Leadin

if TYPE_CHECKING:
    from .leadin_sentences import LeadinSentences

__all__ = [
    "GERUND_FOLLOWING",
    "NEXT",
    "SHORT_LABEL",
    "Verdict",
    "grounds_only",
    "held_or_bound",
    "includes_and_labels",
    "label_words",
    "labels_and_kinds",
    "lexicon_verb",
    "not_owed_or_signed",
    "options_and_uses",
    "responsible_for",
    "shared_or_expected",
    "sold",
    "things_and_deeds",
]


class _Undecided(Enum):
    """What a group of cases returns when none of its cases reads the lead-in."""

    NEXT = "next"


NEXT: Final = _Undecided.NEXT
"""No case of the group read the lead-in: the next group tries."""
Verdict: TypeAlias = Leadin | Literal[_Undecided.NEXT] | None
"""A group's answer: the lead-in's ``Leadin``, None (decided: nothing), or ``NEXT``."""

_LEADIN_INCLUDES = re.compile(
    r"^(?:this|these|that|those|it|they|such\s+\w+)\s+(?:will\s+)?(?:also\s+|[a-z]+ly\s+)?"
    r"(?:includes?|covers?|consists?\s+of|"
    r"comprises?|means?|involves?)\b.*:$",
    re.I,
)
"""``This includes:``, ``This mainly consists of the following activities:``, ``This will
include providing the following services:`` after a duty: the list details the last duty's
party's duties."""

_CONTENTS = re.compile(
    r"^(?P<subj>it|they|(?:the|this|that|these|those|each|every|our|your|its|their)\s+"
    r"(?:[\w-]+\s+){0,6}?(?P<noun>(?![a-z]+ly\b|(?:must|shall|should|will|can|may)\b)[\w-]+))\s+"
    r"(?:(?:also|usually|typically|always)\s+)?"
    r"(?P<verb>[a-z]+(?:\s+(?:with|of))?)(?:\s+the\s+following(?:\s+[\w-]+)?)?\s*:$",
    re.I,
)
"""``It includes:``, ``The kit provides:``, ``The bundle contains the following items:``: a
thing and a verb of what it holds (``cue:content-verb``) over a list of contents."""

_QUALITIES = re.compile(
    r"^(?P<subj>[^:,]{1,60}?)\s+(?:(?:should|must|will|typically|usually|often|also|all|"
    r"consistently|always)\s+)*(?P<verb>[a-z]+)(?:\s+(?:the\s+following|these)(?:\s+[\w-]+)?)?"
    r"\s*:$",
    re.I,
)
"""``Mentors demonstrate:``, ``Good stewards show:``: a verb of qualities shown
(``cue:quality-verb``) over a list of qualities."""

_NOUN_INCLUDES = re.compile(
    r"^(?:the\s+)?(?:(?:key|main|typical|common|required|these)\s+)?(?P<noun>[a-z]+)\s+"
    r"(?:also\s+)?(?:includes?|involves?|cover|are)\s*:$",
    re.I,
)
"""``Steps include:``, ``Key tasks involve:``: a duty noun as the lead-in's subject."""

_OFFERED_INCLUDE = re.compile(
    r"^(?:(?:some|many|most|a\s+few)\s+of\s+)?(?:the\s+|our\s+)?(?:[\w/-]+\s+){0,5}?[\w/-]+\s+"
    r"(?:that\s+|which\s+)?we\s+(?:also\s+)?(?P<verb>[a-z]+)\s+(?:also\s+)?(?:includes?|are)\s*:$",
    re.I,
)
"""``Some of the support features we offer include:``: what the writer offers (a light or a
capability verb, cue-words.ttl) over a list: the items are the writer's ("we") duties."""

_LEADIN_VERB = re.compile(
    r"^(?P<subj>.+?)(?<!\ba)(?<!\ban)(?<!\bthe)\s+(?:(?:also|will|shall|must|should)\s+)*"
    r"(?:[a-z]+s(?:,\s+(?:and\s+)?|\s+and\s+))*"  # "Acme deploys and manages the following:"
    r"(?-i:manages?|handles?|owns?|"
    r"controls?|provides?|supplies|supply|furnish(?:es)?|delivers?|performs?|operates?|maintains?|"
    r"secures?|takes?\s+care\s+of|does|do|implements?|deploys?|employs?|incorporates?|"
    r"(?:is|are)\s+in\s+charge\s+of|looks?\s+after|covers?|"
    r"supports?\s+the\s+following(?:\s+(?:services|tasks|activities))?\s*(?=:)|"
    r"offers?\s+the\s+following(?:\s+(?:[a-z-]+\s+)?services)?\s*(?=:))\b[^:]*:$",
    re.I,
)
"""``<Party> manages the following:``, ``<Party> implements:`` (its practices; a word after
an article is no verb: "a secure …");
``<Party> supports the following:`` on a support policy (not "… the following agents:", a
list of things it works with); ``<Party> offers the following (support) services:`` (not "…
the following plans:", options)."""

_RELATIVE_LEADIN = re.compile(
    r"^(?P<subj>[^,:]{1,60}?)\s+(?:will|must|shall|should|needs?\s+to|(?:is|are)\s+expected\s+to)"
    r"\s+(?P<stem>(?:only\s+)?(?P<verb>[a-z]+)(?:\s[^:]{1,80}?)?\s(?:that|which|who))\s*:$",
    re.I,
)
"""``Maintainers should only approve changes that:``: a duty whose object the items complete
with a relative clause ("- they fully understand"); each item is a condition of the duty; so
is each item after ``You must ensure that:`` (what is to be so)."""

_LEADIN_MODAL = re.compile(
    r"^(?:(?:when|whenever|if|once|after|before|where|wherever|for|in|to)\b"
    r"[^,:]{0,120}?(?:,\s*|\s+(?=(?:you|we)\s)))?"
    r"(?P<subj>(?:(?!\b(?:can|could|may|might|will|must|shall|should)\b)[^,:]){1,60}?)\s+"
    r"(?:will|must|shall|should|needs?\s+to|(?:is|are)\s+(?:required|expected)\s+to|"
    r"(?:agrees?|commits?|undertakes?|guarantees?)(?:\s+to)?|(?:should|must)\s+have)"
    r"(?:\s+(?:also|therefore|thus|hence|then|further|additionally))?"
    r"(?:\s+(?:be\s+(?:required|expected|obliged|obligated)\s+to|need\s+to|have\s+to))?"
    r"(?:(?:\s+[a-z]+(?:\s+(?:themselves|yourself|yourselves|ourselves)\s+[a-z]+ing)?)?"
    r"\s+(?:(?:one\s+or\s+more|some|any|each|several|many|most)\s+of\s+)?"
    r"(?:these|those|the\s+following)(?:\s+[\w-]+){0,3}"
    r"(?:\s+(?:of|for|on|in|across|within)\s+(?:the|its|their|our|your|all)\s+[^:,]{1,60}?)?"
    r"(?:\s+(?:are|is|get|gets)\s+(?:performed|taken|done|met|followed|completed|in\s+place))?"
    r"(?:,\s+(?:at|as|in|within|during|where|when)\b[^:]{1,80})?"
    r"(?:\s+(?:to|so|in\s+order)\b[^:]*)?)?:$",
    re.I,
)
"""``AKS support teams will:``, ``You must configure these settings to …:``, a commitment
``If we accept your order, we agree to:``, ``Before you go live you should have:``, ``Helpers
will find themselves doing one or more of the following:`` (a reflexive and a gerund: they do),
``Requestors must ensure the following actions are performed:`` (what they see done), ``The
Hosting Provider guarantees the following metrics:`` (what it commits to)."""
_FIRST_PREDICATE = re.compile(
    r"^(?P<subj>[^,:]{1,60}?)\s+(?P<modal>will|must|should|may)\s+[^,:]{1,120},\s*(?:but|and)\s+"
    r"(?=(?:will|must|should)\s)",
    re.I,
)
"""A first predicate before a second one that shares its subject ("Helpers will already be
guests, but will also …:"): the lead-in is what the second one says of the subject."""

_TIMED_OPENING = re.compile(
    r"^(?:before|after|during|throughout|at)\s+(?:the|a|an|each|every|any)\s+[\w-]+\s+"
    r"(?P<rest>\S.*)$",
    re.I,
)
"""An opening phrase of time with no comma after it before the subject ("During the
workshop instructors will:", "Before a workshop helpers will:")."""

_JOINED = re.compile(r"\s(?:and|&)\s", re.I)
"""A conjunction inside a subject: perhaps two parties ("Wardens and leads")."""
_LEADIN_HOLDS = re.compile(
    r"^(?P<subj>[^:,]{1,80}?)\s+(?:also\s+)?(?:has|have)\s+(?:also\s+)?"
    r"(?:the\s+following|these|several|some|a\s+few|other|additional|further)"
    r"(?:\s+(?:[a-z]+ly\s+)?[\w-]+)?\s+(?P<noun>[a-z]+)\s*:$",
    re.I,
)
"""``The Nimbus Crew has the following responsibilities:``: a party that has duties (a duty
noun of cue-words.ttl) over the list of them."""

_LEADIN_EXPECTS = re.compile(
    r"^(?:we|the\s+[\w\s-]{1,40}?|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})\s+"
    r"(?:expects?|requires?)\s+(?P<subj>(?!that\b)[^:,]{2,60}?)\s+to\s+[^:]*:$",
    re.I,
)
"""``We expect teams using the platform to ensure they can:``, ``Acme requires all tenants to:``:
the items are what the writer holds the named party to (its duties, a "can" in the stem
notwithstanding)."""

_LEADIN_PASSIVE = re.compile(
    r"^(?P<obj>(?:the\s+|your\s+|all\s+)?[\w-]+(?:\s+[\w-]+){0,3})\s+(?:is|are)\s+"
    r"(?:(?:fully|entirely|solely)\s+)?(?P<verb>[a-z]+ed)\s+by\s+(?:the\s+)?(?P<party>[^:,]{1,40}):$",
    re.I,
)
"""``The execution environment is managed by the customer:``: a duty, then its details."""

_LEADIN_ALLOTTED = re.compile(
    r"^[^:]{1,80}?\s+(?:is|are)\s+(?:(?:only|exclusively|solely|always)\s+)?(?P<how>[a-z]+)\s+"
    r"(?:to|for)\s+(?P<party>[^:,]{1,50}):$",
    re.I,
)
"""``A few tasks are reserved to the yard leads:``: a participle (``cue:allotment-participle``)
of work handed to a party."""

_EXAMPLES_END = re.compile(
    r",?\s+(?:such\s+as|like|including|for\s+example|(?:for|in)\s+the\s+following\s+examples)"
    r"\s*:$",
    re.I,
)
"""A lead-in whose list gives examples of what the sentence names ("… practices such as:")."""

GERUND_FOLLOWING = (
    r"(?!\s+(?:the|a|an|their|your|our|its|his|her|all|any|each|every|this|that|these|those)\b)"
)
"""After "following": a determiner makes it the verb ("following the handbook"), not "the
following" that points to a list."""

_LEADIN_BY = re.compile(
    r"^(?:[\w-]+\s+){0,2}?(?P<verb>[a-z]+ed|done|run|kept|built|set)\s+(?:\w+\s+)?by\s+"
    r"(?:the\s+)?(?P<party>[^:,]{1,40}):$",
    re.I,
)
"""``Automated by Supabase:``, ``Handled by the customer:``."""
_LEADIN_REMAIN = re.compile(
    r"^(?:[^:]{0,60}?\s)?(?:these|they|the\s+following(?:\s+\w+)?|the\s+\w+\s+below)\s+"
    r"(?:will\s+)?(?:remain|stay|are\s+left)\s+(?:with\s+|to\s+)?(?P<party>[^:,]{2,40}?)"
    r"(?:['’]s)?(?:,[^:]*)?:$",
    re.I,
)
"""``Under the contract these remain the customer's, even in a Sev 1:``, ``The following stay
with the client:``: the items are that party's."""
_LEADIN_TAKEN_BY = re.compile(
    r"^(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:actions|steps|tasks|activities)\s+(?:taken|performed|"
    r"carried\s+out|done|handled)\s+by\s+(?P<party>[^:,]{2,40}?)\s+(?:are|include)(?:\s+to)?:$",
    re.I,
)
"""``The opening actions taken by the QFT are to:``: the steps are that party's."""

_LEADIN_FROM = re.compile(
    r"^(?:[\w-]+\s+){0,3}?(?P<verb>[a-z]+\s+from)\s+(?:the\s+)?(?P<party>[^:,]{1,40}):$", re.I
)
"""``Resources needed from Customer:`` (a participle of cue-words.ttl source-participle): the
items are that party's to provide."""

_OPTIONS = re.compile(
    r"\b(?:can|could|(?:may|might)(?!\s+(?:need|have)\s+to\b)|are\s+able\s+to|is\s+able\s+to|allows?\s+(?:you|customers)\s+to|"
    r"lets?\s+(?:you|customers)|options?|such\s+as|examples?|for\s+instance)\b[^:]*:$",
    re.I,
)
"""A lead-in to possibilities or examples ("you can:", "such as:"), not to duties."""

_ARRANGED = re.compile(
    r"\b(?:can|could|may|might)\s+be\s+(?P<how>[a-z]+(?:\s+down)?)\s+(?:into|in|by)\b", re.I
)
"""``… can be grouped into …``: a participle (``cue:arrangement-verb``) of a list's layout."""

_OWNED_LABEL = re.compile(
    r"^(?P<subj>[\w'’.&+ -]{1,40}?)(?:['’]s?)?\s+(?:responsibilit(?:y|ies)|duties)\s*:$", re.I
)
"""A label over a list, ``Supabase responsibility:``: what each item states is that party's,
even an item without a verb of its own ("Patches are applied automatically")."""

_THINGS_INCLUDE = re.compile(
    r"^(?!(?:this|these|that|those|it|they|which|such|each|both)\b)"
    r"(?P<subj>(?:some|common|typical|possible|other|the)?\s*[a-z][\w\s,'’-]{2,80}?)\s+"
    r"(?:include|includes|may\s+include|can\s+include)\s*:$",
    re.I,
)
"""A lead-in that says what some things are ("Some indications that a compromise has occurred
include:"): the items are those things (examples of a duty stated before are read as such)."""
_NAMED_SUBJECT = re.compile(r"(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}")
"""A subject written as a name ("Notify", "The Widget Desk")."""
_PERSON_WORD = re.compile(r"\b(?:we|you|your|our|us)\b", re.I)
_TAKEN_ON = re.compile(r"^(?P<subj>you|we)\s+(?:[a-z]+\s+){1,2}?the\s+following$", re.I)
"""The subject of ``you assume the following responsibilities:``: the pronoun alone (its
party then is the addressed role, if the page names one)."""

_BARE_LABEL = re.compile(r"^(?:the\s+)?(?P<name>[\w&.’'/ -]{2,40}?)(?:\s+focus)?\s*:$", re.I)
"""A lead-in that is a name and a colon ("Provider:"), or a name's focus ("Customer Focus:",
"Acme / Haulage Partner Focus:")."""

_ROLE_LABEL = re.compile(
    r"^(?:the\s+)?(?P<name>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?)\s+"
    r"(?:responsible|responsibilities|duties|obligations|tasks)\s*:$",
    re.I,
)
"""A label that is a role's name and a duty word, and a colon ("Consultant Responsible:")."""

_ALTERNATIVES = re.compile(
    r"\b(?:depend(?:s|ing)?\s+on\s+(?:whether|which|what|how)|vary\s+(?:with|by)|"
    r"varies\s+(?:with|by)|differ(?:s)?\s+(?:with|by|between)|"
    r"(?:determines?|decides?|dictates?)\s+(?:who\s+\w+\s+)?(?:the\s+)?(?:level\s+of\s+)?"
    r"responsibilit(?:y|ies))\b[^:]*:$",
    re.I,
)
"""A lead-in to the cases something depends on ("… change depending on whether you use a:",
"Your plan determines responsibility for areas such as:"): nobody's duties yet."""

_LEADIN_WITH = re.compile(
    r"^(?:the\s+following\s+|these\s+|all\s+|other\s+)?(?:[\w-]+\s+)?"
    r"(?:responsib\w*|duties|tasks)\s+(?:are|is|lies?|rests?|sits?|remains?)\s+with\s+"
    r"(?:the\s+)?(?P<party>[^:,]{1,50}?)(?:\s+(?:for|in|on|across|within)\b[^:]*)?:$",
    re.I,
)
"""``The following responsibilities are with the platform team (for all tenants):``; the
party may be a team no vocabulary knows, written in lower case."""

_ASKED_FOR = re.compile(
    r"^(?:to\s+[^,:]{1,80},\s+)?(?:please\s+)?(?P<verb>[a-z]+)\b[^:]{0,120}?\s"
    r"(?:with|including|giving|stating)\s+(?:at\s+least\s+)?the\s+following\s+"
    r"(?:information|details|data)\s*:$",
    re.I,
)
"""An instruction that asks for information ("Open a ticket with the following details:"):
each item names what the reader provides."""


def lexicon_verb(lexicon: Lexicon, word: str) -> bool:
    """A duty verb in its base form ("approve", not "approves" or "changes")."""
    return lexicon.verb_base(word) == word.lower()


SHORT_LABEL = re.compile(r"^[\w'’ /&-]{2,40}:$")
"""A label of a few words ending in a colon ("Responsibilities:", "Skills Required:")."""


def label_words(label: str) -> str:
    return " ".join(re.findall(r"[\w'’]+", label.lower()))


def _contents(text: str, lexicon: Lexicon) -> str | None:
    """The subject of a lead-in to a thing's contents (``It includes:``, ``The kit
    provides:``), else None; "This includes:" and a duty noun ("The work includes:") lead to
    more of the duty before them."""
    match = _CONTENTS.match(text)
    if match is None or match.group("verb").lower() not in lexicon.content_verbs:
        return None
    noun = (match.group("noun") or "").lower()
    plural = f"{noun[:-1]}ies" if noun.endswith("y") else f"{noun}s"  # "Our responsibility"
    if {noun, noun.rstrip("s"), plural} & lexicon.duty_nouns:
        return None
    return match.group("subj")


_PARTS = re.compile(
    r"(?P<before>[\w\s,-]*?)\s+(?P<noun>[a-z]+(?:\s+blocks)?)"
    r"(?:\s+(?:on\s+top\s+of|of|in|for|to)\b[^:]*)?:$",
    re.I,
)

_PARTS_LAST = re.compile(r"(?P<before>[\w\s,-]*?)\s+(?P<noun>(?:core\s+)?[a-z]+):$", re.I)
"""The part noun that ends a lead-in, whatever "of" comes before it ("core elements")."""


def _lists_parts(text: str, lexicon: Lexicon) -> bool:
    """A lead-in to the parts a system is built from ("Every Nimbus depot includes three core
    components:", "Nimbus adds the following components on top of the core platform:"): a verb
    of contents at most five words before a part noun of cue-words.ttl that ends
    the sentence; its items are no parties."""
    tail = re.split(r"\s+[\u2014\u2013]\s+|\s+--\s+", text)[-1]  # after a dashed aside
    match = _PARTS.search(tail)
    if match is None or match.group("noun").lower() not in lexicon.part_nouns:
        match = _PARTS_LAST.search(tail)  # "is composed of these core elements:"
        if match is None or match.group("noun").lower() not in lexicon.part_nouns:
            return False
    words = match.group("before").lower().split()[-6:]
    pairs = [f"{a} {b}" for a, b in pairwise(words)]
    return any(w in lexicon.content_verbs for w in [*words, *pairs])


def _qualities(text: str, lexicon: Lexicon) -> bool:
    """A lead-in to the qualities a role shows (``Mentors demonstrate:``); the reader or the
    writer who must show something ("you must show:") is left to the other lead-ins."""
    match = _QUALITIES.match(text)
    if match is None or match.group("verb").lower() not in lexicon.quality_verbs:
        return False
    return not (FIRST_PERSON.match(match.group("subj")) or SECOND_PERSON.match(match.group("subj")))


_AS_WELL_AS = re.compile(
    r"(?<=\w),?\s+(?:as\s+well\s+as|and\s+also|in\s+addition\s+to|and)(?:\s+(?:for|to))?$", re.I
)
"""An object that goes on into the list after it ("X, as well as for:"): X is a duty of its
own, and each item another, not the end of X."""
_DANGLING = re.compile(r"\s(?:of|for|to|on|in|with|about|over)$", re.I)
"""An object that ends in a preposition ("the management of:"): the items complete it."""


def _things_to_do(lexicon: Lexicon, text: str) -> bool:
    """ "Here are a few things you can do:", "steps you can take:": a duty noun before the
    reader's "can"."""
    match = re.search(
        r"\b(?P<noun>[a-z]+)\s+(?:that\s+)?(?:you|customers?)\s+(?:can|could|should)\s+"
        r"(?:do|take|follow|apply)\b",
        text,
        re.I,
    )
    return match is not None and match.group("noun").lower() in lexicon.duty_nouns


_OFFERED_THING = re.compile(
    r"\b(?=(?P<verb>[a-z]+)\s+(?:(?:comprehensive|extensive|detailed|additional|further|more|"
    r"the\s+following|these|some|several)\s+)?(?P<noun>[a-z]+)\b)",
    re.I,
)


_PAGES_LISTED = re.compile(
    r"\b(?:these|those|the\s+following|(?:one|any)\s+of\s+(?:these|the\s+following))\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+)\s*:$",
    re.I,
)
"""A lead-in whose last words name the pages listed ("follow one of these upstream guides:")."""
_CASES_TAIL = re.compile(
    r",?\s+(?:in|under|for)\s+(?:the\s+following|these|any\s+of\s+the\s+following)\s+"
    r"(?:situations|cases|circumstances|conditions|events|scenarios)\s*:$",
    re.I,
)
"""A lead-in's tail that lists when its duty applies ("… in the following situations:")."""
_TERMS_TAIL = re.compile(
    r",?\s+(?:with|at|under|to|within)\s+(?:these|the\s+following)\s+(?:[\w-]+\s+)?"
    r"(?P<noun>[a-z]+)\s*:$",
    re.I,
)
"""A lead-in's tail that lists its duty's terms ("… restore with these targets:"), when its
noun is an attribute noun of cue-words.ttl."""
_MEANS_TAIL = re.compile(
    r",?\s+(?:through|via|using|over)(?:\s+(?:any|one|either|each|all)(?:\s+of)?)?"
    r"(?:\s+(?:these|the\s+following)(?:\s+channels)?)?\s*:$",
    re.I,
)
"""A lead-in's tail that lists the channels of its duty ("… keeps you informed through any
of:"); not "through the following controls:", whose items are duties."""


def _documents_offered(lexicon: Lexicon, text: str) -> bool:
    """A lead-in that offers pages to read ("Acme provides comprehensive documentation to
    help customers manage …:", "We publish these guides:"): its items are titles of pages,
    no duties (an offer verb before a document noun of cue-words.ttl)."""
    return any(
        _offer_verb(lexicon, m["verb"]) and m["noun"].lower() in lexicon.document_nouns
        for m in _OFFERED_THING.finditer(text)
    )


def _offer_verb(lexicon: Lexicon, word: str) -> bool:
    """A verb of what a seller offers ("offer", "provide": cue-words.ttl light and
    capability verbs)."""
    base = lexicon.verb_base(word.lower()) or word.lower()
    return base in lexicon.light_verbs or base in lexicon.capabilities


def _arranged(lexicon: Lexicon, text: str) -> bool:
    """ "The steps can be grouped into three activities:": how the list is laid out
    (``cue:arrangement-verb``), no options offered."""
    match = _ARRANGED.search(text)
    return match is not None and match.group("how").lower() in lexicon.arrangements


def _holder(prose: ProseReader, subj: str, span: Span, ctx: Context) -> Ref | None:
    """The party a duty lead-in's subject names. A coordination of parties, the first ending
    in a person noun ("All Nimbus wardens and leads have the following duties:"), gives the
    list to each of them: the first holds it here, the others are kept in
    ``state.co_holders`` for the list."""
    joined = _JOINED.search(subj)
    head = subj[: joined.start()].split()[-1:] if joined else []
    if not head or not prose.state.lexicon.person_noun(head[0]):
        joined = None  # "AKS support and engineering teams": one party's two teams
    owners = prose.co_subjects(subj, span, ctx) if joined else []
    if len(owners) >= 2:
        prose.state.co_holders = (tuple(owners[1:]), span.end)
        return owners[0]
    return prose.subject_party(subj, span, ctx)


_GROUNDS_END = re.compile(
    r"\b(?:based\s+on|arising\s+(?:from|out\s+of)|resulting\s+from|caused\s+by)\s*:$"
    r"|^[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,9}\s+means(?:\s+(?:an?\s+|the\s+|any\s+)?"
    r"(?!you\b|we\b)[\w-]+(?:\s+(?:that|which|who))?)?\s*:$",
    re.I,
)
"""A lead-in whose items are the grounds of something ("… Indemnification from claims based
on:", "… any losses arising from:"), or what a defined term covers ("Customer Data means data
that:"): causes and meanings, not duties."""


def grounds_only(text: str) -> bool:
    """Whether a lead-in's items are grounds or meanings, not duties (``_GROUNDS_END``)."""
    return _GROUNDS_END.search(text.strip()) is not None


_PASSIVE_PURPOSE = re.compile(
    r"^[^:]*?\b(?:(?:may|might|can|could|will|would|shall|should|must)\s+be|is|are|be)\s+"
    r"(?:[a-z]+ly\s+)?(?P<pp>[a-z]+(?:ed|en))\b(?![^:]*\bby\s)[^:]*\bto\s*:$",
    re.I,
)
"""A passive clause ending in "to:" ("Emergency maintenance may be performed without notice
when required to:"): its items say why, no one's duties (not "You are required to:")."""
_OBLIGING_PARTICIPLES = frozenset(
    (
        "required",
        "expected",
        "obliged",
        "obligated",
        "asked",
        "requested",
        "instructed",
        "advised",
        "encouraged",
        "committed",
        "supposed",
        "bound",
        "authorized",
        "authorised",
    )
)
_SERVICES_INCLUDED = re.compile(
    r"^(?:the\s+)?following\s+(?:[a-z]+\s+)?(?:services|tasks|activities)\s+(?:are|will\s+be)\s+"
    r"(?:included|covered|provided|performed|delivered)\b[^:]*:$",
    re.I,
)
"""``The following services are included in all support tiers:``: what the page's vendor does
for its customers."""
_BOTH_PARTIES = re.compile(r"(?:both|the|all|each)\s+(?:of\s+the\s+)?parties", re.I)
"""``Both parties (agree to:)``: every party the page has given duties so far."""
_PERSON_DEED = re.compile(
    r"^(?:(?P<what>what)\s+)?(?P<subj>we|you)\s+(?:(?:also|[a-z]+ly)\s+)*"
    r"(?:(?(what)(?:should|must|need\s+to|will)\s+|(?!)))?"
    r"(?P<verb>[a-z]+)(?:\s+(?:to|with)\s+(?:us|you))?\s*:$",
    re.I,
)
"""``We continuously monitor:``, ``What you should escalate to us:``: a verb of the writer's
(or the reader's) over its objects."""
_AS_SIGNER = re.compile(
    r"^(?:I\s+(?:understand|acknowledge|confirm|accept)\s+that\s+)?as\s+(?:an?\s+|the\s+)?"
    r"(?P<role>[A-Z][\w -]{1,50}?),?\s+I\s+(?:must|will|shall|agree(?:\s+to)?|undertake\s+to)\s*:$",
)
"""``I understand that as Information Asset Owner, I must:``: the role the signer holds."""
_AGREES = re.compile(r",\s*(?P<who>I|we|you)\s+(?:hereby\s+)?agree(?:\s+to)?\s*:$", re.I)
"""A lead-in closing on "…, I agree:" after clauses of its own: what the signer agrees to."""
_NOT_THINGS = frozenset(("include", "includes", "covers", "means", "involves", "also"))


def _signer(parties: PartyResolver, text: str, span: Span) -> Ref | None:
    """Who signs a form's lead-in: the role the signer holds ("I understand that as
    Information Asset Owner, I must:", a party of its own though no vocabulary knows it), or
    the signer ("In using X, as defined by Y, I agree:": the reader), else None."""
    if NEGATION.search(text):
        return None
    signer = _AS_SIGNER.match(text)
    if signer:
        return parties.resolve_party(signer["role"], span, allow_unknown=True, force=True)
    agrees = _AGREES.search(text)
    return parties.resolve_party(agrees["who"], span) if agrees else None


def _both_parties(state: DocState) -> Leadin | None:
    """ "Both parties agree to:": each item a shared duty of every party holding duties so far."""
    acting = dict.fromkeys(
        r.subject
        for r in state.facts.relations
        if r.predicate == "responsibleFor" and r.subject.kind == "party"
    )
    state.shared_parties = list(acting)
    return ("shared", None) if len(acting) >= 2 else None


def _person_deed(state: DocState, text: str) -> tuple[str, str] | None:
    """(subject, verb) of "We continuously monitor:" (a duty verb in its base form after "we"
    or "you", not one of capability), else None."""
    deed = _PERSON_DEED.match(text)
    verb = deed.group("verb").lower() if deed else ""
    lexicon = state.lexicon
    if deed is None or lexicon.verb_base(verb) != verb or verb in lexicon.capabilities:
        return None
    return None if NEGATION.search(text) else (deed.group("subj"), verb)


_BOUND_DEED = re.compile(
    r"^(?P<subj>[^,:]{1,60}?)\s+(?:must|shall|should|will|needs?\s+to|"
    r"(?:is|are|will\s+be)\s+(?:required|expected|asked|requested)\s+to)\s+"
    r"(?:(?:also|[a-z]+ly)\s+)*(?P<verbs>[a-z]+(?:(?:,\s*|,?\s+(?:and|or)\s+)[a-z]+){0,3})\s*:$"
)
"""``The berth owner must review and accept:``: a named subject bound to bare verbs."""
_BOUND_FOR = re.compile(
    r"^(?P<subj>[^,:]{1,60}?)\s+(?:must|shall|should|will|needs?\s+to)\s+(?:(?:also|[a-z]+ly)\s+)*"
    r"(?P<verbs>(?P<verb>[a-z]+)\s+[^,:;]{2,80}?\s(?:for|of|on|about|over))"
    r"(?:\s+the\s+following)?\s*:$"
)
"""``The berth owner must keep records of:``: a verb and its object, the items completing
it ("keep records of" each one)."""


def _bound_deed(
    reader: LeadinSentences, text: str, span: Span, ctx: Context
) -> tuple[Ref, str] | None:
    """(the party, its verbs) of a lead-in binding a named subject to bare verbs whose
    objects are the items ("The berth owner will be asked to read and accept:"): the last a
    verb of a duty or of consent, no negation; None otherwise."""
    lexicon = reader.state.lexicon
    bound = _BOUND_DEED.match(text)
    if bound is not None:
        last = bound.group("verbs").split()[-1]
        deed = bool(lexicon_verb(lexicon, last)) or last in lexicon.declarations
    else:  # "Customers must keep records of:": the verb opens its object
        bound = _BOUND_FOR.match(text)
        deed = bound is not None and bool(lexicon_verb(lexicon, bound.group("verb")))
    if bound is None or not deed or NEGATION.search(text):
        return None
    party = _holder(reader.prose, bound.group("subj"), span, ctx)
    return (party, bound.group("verbs")) if party is not None else None


_CONTENTS_END = re.compile(
    r"^(?P<main>.+?),?\s+(?:including|which\s+(?:includes?|contains?|covers?)|containing)\s*:$",
    re.I,
)
"""A lead-in whose list details what its main clause names ("…, including:")."""
_HANDED = re.compile(
    r"\b(?:will|must|shall|should|agrees?\s+to|[a-z]+s)\s+(?:[a-z]+ly\s+)?[a-z]+\s+"
    r"(?P<obj>(?:[\w-]+\s+){0,3}[\w-]+)",
    re.I,
)
"""A verb and the first words of its object ("will provide a monthly report"): a deliverable
noun among them makes the list its contents."""


def _handed_over(prose: ProseReader, text: str, span: Span, ctx: Context) -> bool:
    """ "Acme will provide a monthly report, including:": the main clause is read as a duty
    (providing the report) and the list details what the report holds; True then."""
    delivered = _CONTENTS_END.match(text)
    if delivered is None:
        return False
    main = delivered.group("main")
    handed = _HANDED.search(main)
    nouns = prose.state.lexicon.deliverable_nouns
    if handed is None or not any(w.lower() in nouns for w in handed.group("obj").split()):
        return False
    prose.statement(main + ".", span, ctx, in_item=False)
    return True


def _goes_on(records: FactRecorder, party: Ref, obj: str, text: str, span: Span) -> bool:
    """ "X is responsible for A, as well as for:": A is a duty of its own, whole, and each
    item another (not the end of A); True then."""
    more = _AS_WELL_AS.search(obj)
    if more is None:
        return False
    records.duty(party, trim(obj[: more.start()], condition=False), text, span)
    return True


_INCLUDES_FOR_EXAMPLE = re.compile(
    r"^(?:this|that)\s+(?:also\s+)?(?:includes|covers|involves),?\s+(?:for\s+example|for\s+"
    r"instance|e\.g\.),?\s*:$",
    re.I,
)
"""``This includes, for example:`` after a duty: the duty's parts, given as examples."""


def _pointing_includes(state: DocState, text: str, span: Span, ctx: Context) -> Leadin | None:
    """ "This includes:" after a duty: the last duty's party's duties ("These components
    include:" lists things); after a sentence giving a party a share of the duties ("The
    customer has a share of the responsibility. This includes:"), that party's. With no duty
    before it and no party over it, no lead-in: each item says who acts ("1. Console - We
    confirm the behaviour")."""
    noun = re.match(r"^(?:this|these|that|those|such)\s+(?!will\b|[a-z]+ly\b)([a-z-]+)", text, re.I)
    if noun and noun.group(1).lower() not in state.lexicon.duty_nouns | _NOT_THINGS:
        return ("options", None)
    subject = state.last_duty[0] if state.last_duty else ctx.party
    share = state.share_holder
    if share is not None and 0 <= span.start - share[1] <= 1:
        subject = share[0]
    return ("duties", subject) if subject is not None else None


def _names_duties(parties: PartyResolver, subject: str) -> bool:
    """Whether a lead-in's subject names a party or duties ("Your duties", "The provider's
    tasks", "Customer responsibilities"): what it includes are duties."""
    if parties.mentions(subject, ("org", "role")) or _PERSON_WORD.search(subject):
        return True
    if parties.state.lexicon.seller_phrase(subject) or parties.state.lexicon.seller_phrase(
        f"{subject} includes"
    ):
        return True  # "Support includes:": what the writer sells
    return any(parties.state.lexicon.duty_word(w) for w in re.findall(r"[a-z]+", subject.lower()))


def _full_name(short: str, texts: list[str]) -> str:
    """The longest name ending in ``short`` that the page's opening writes ("GOV.UK Notify"
    for "Notify"), else ``short``."""
    pattern = re.compile(rf"(?:[A-Z][\w.&'’-]*\s+){{0,3}}{re.escape(short)}(?![\w-])")
    found = [m.group(0) for t in texts for m in pattern.finditer(t)]
    return max(found, key=len) if found else short


def not_owed_or_signed(reader: LeadinSentences, text: str, span: Span, ctx: Context) -> Verdict:
    """Lead-ins whose list owes nothing ("Prohibited activities include:", "Acme will
    provide a report, including:" (its contents), "… claims based on:", "Acme provides
    documentation to help you:", "Maintenance may be performed when required to:"), and a
    form's, whose signer holds the items ("… as Data Owner, I must:", "…, I agree:")."""
    if forbids(text, reader.state.lexicon):
        return ("details", None)  # "Prohibited activities include:": prohibitions
    signed = _signer(reader.parties, text, span)  # "… as Data Owner, I must:", "…, I agree:"
    if signed is not None:
        return ("duties", signed)
    if _handed_over(reader.prose, text, span, ctx):
        return ("details", None)  # "Acme will provide a report, including:": its contents
    if grounds_only(text):
        return ("details", None)  # "… indemnify X from claims based on:": the grounds
    if _documents_offered(reader.state.lexicon, text):
        return ("details", None)  # "Acme provides documentation to help you:": pages
    pages = _PAGES_LISTED.search(text)
    if pages and pages.group("noun").lower() in reader.state.lexicon.document_nouns:
        return ("details", None)  # "To wire it, follow one of these upstream guides:": pages
    cases = _CASES_TAIL.search(text) or _MEANS_TAIL.search(text)
    terms = _TERMS_TAIL.search(text)
    if terms and terms.group("noun").lower() in reader.state.lexicon.attribute_nouns:
        cases = terms  # "Acme provides restore with these targets:": the restore is the duty
    if cases and cases.start() > 0 and not NEGATION.search(text):
        # "Acme agrees to handle faults in the following situations:": the duty is the
        # sentence's, the items the cases it covers (or its terms, or its means)
        reader.prose.statement(f"{text[: cases.start()].rstrip(' ,')}.", span, ctx, in_item=False)
        return ("details", None)
    purpose = _PASSIVE_PURPOSE.match(text)
    if purpose and purpose.group("pp").lower() not in _OBLIGING_PARTICIPLES:
        return ("details", None)  # "Maintenance may be performed when required to:": why
    return NEXT


def labels_and_kinds(reader: LeadinSentences, text: str, span: Span, ctx: Context) -> Verdict:
    """Labels and the kinds of list they name: "**MUST**:" under a party's heading, a
    party's name ("Provider:"), things that include ("Some indications of a compromise
    include:"), the vendor's services ("Services Performed:"), a label beside a duty label
    ("Skills required:") and qualities ("Mentors demonstrate:")."""
    if READER_CONDITION.match(text) and not NEGATION.search(text):
        you = reader.parties.resolve_party("you", span)  # "If you smell gas at the pit:"
        return ("duties", you) if you is not None else None  # the reader's steps
    keyword = KEYWORD_LEADIN.match(text)
    if keyword and ctx.party is not None:  # "**MUST**:" under a party's heading
        return ("duties", ctx.party) if keyword.group("duty") else ("options", None)
    labelled = _party_label(reader.parties, text, span)
    if labelled is not None:
        return ("duties", labelled)
    listed = _THINGS_INCLUDE.match(text)
    dutiful = listed is not None and _names_duties(reader.parties, listed.group("subj"))
    share = reader.state.share_holder
    if (
        listed
        and re.fullmatch(r"(?:some\s+)?examples?", listed.group("subj").strip(), re.I)
        and share is not None
        and 0 <= span.start - share[1] <= 1
    ):  # "Controls which are the responsibility of the customer. Examples include:"
        return ("duties", share[0])
    if listed and not dutiful and "example" not in text:
        return ("details", None)  # "Some indications of a compromise include:": examples
    sold = _SERVICES_INCLUDED.match(text) is not None and not NEGATION.search(text)
    writer = reader.state.vendor is not None or reader.state.first_person is not None
    if writer and (sold or reader.state.lexicon.performed_label(text)):
        # "Services Performed:", "The following services are included in all tiers:"
        vendor = reader.parties.resolve_party("we", span)
        return ("duties", vendor) if vendor is not None else None
    if ctx.party is not None and SHORT_LABEL.match(text) and reader.not_duties(text, ctx):
        return ("details", None)
    if _qualities(text, reader.state.lexicon):
        return ("details", None)  # "Mentors demonstrate:": qualities, no duties
    return NEXT


def shared_or_expected(reader: LeadinSentences, text: str, span: Span, ctx: Context) -> Verdict:
    """Duties shared between parties ("You and SAP share responsibility for X where:"),
    a duty whose object the items complete ("Maintainers should only approve changes that:")
    and what the writer expects of a party ("We expect teams … to ensure they can:")."""
    split = re.search(r"\b(?:shared|split|divided)\s+(?:between|among|across|by)\b", text, re.I)
    opening = sharing(reader.state.lexicon).match(text)
    if split or opening:
        named: list[Ref | None] = []
        if opening:  # "You and SAP share responsibility": the sharing parties are the subject
            sharers = re.sub(r"^both\s+", "", opening.group("subj"), flags=re.I)
            for name in re.split(r"\s*(?:,|\band\b|&)\s*", sharers):
                named.append(reader.parties.resolve_party(name, span, allow_unknown=True))
        if len([p for p in named if p is not None]) < 2:
            named = [
                reader.parties.resolve_party(m.text, span)
                for m in reader.parties.mentions(text, ("org", "role"))
            ]
        reader.state.shared_parties = list(dict.fromkeys(p for p in named if p is not None))
        if len(reader.state.shared_parties) >= 2:
            reader.prose.shared_object(text, span)  # "… share responsibility for X where:"
            return ("shared", None)
    relative = _RELATIVE_LEADIN.match(text)
    if relative and lexicon_verb(reader.state.lexicon, relative.group("verb")):
        party = reader.prose.subject_party(relative.group("subj"), span, ctx)
        if party is not None and not NEGATION.search(text):
            reader.state.relative_stem = (relative.group("stem"), span.end)
            return ("duties", party)
    expects = _LEADIN_EXPECTS.match(text)
    if expects and not NEGATION.search(text):
        expected = reader.prose.subject_party(expects.group("subj"), span, ctx)
        if expected is not None:
            return ("duties", expected)  # "We expect teams … to ensure they can, …:"
    return NEXT


_HELP_ON = re.compile(
    r"\b(?:you|customers?|users?)\s+(?:can|may|will)\s+(?:also\s+)?(?:get|receive|request|obtain)"
    r"\s+(?:\w+\s+)?(?:support|help|assistance)\s+(?:for|on|with)\b(?=[^:]*:$)",
    re.I,
)
"""The reader offered help on what follows ("you can get support for the following issues:",
"you can also request support on:"): the provider's support, item by item."""


def options_and_uses(reader: LeadinSentences, text: str, span: Span, ctx: Context) -> Verdict:
    """Examples and possibilities ("This includes, for example:", "With RDS Custom, you
    can:", "Acme follows practices such as:"), information asked for ("Open a ticket with the
    following details:") and what a party uses ("X uses the following:")."""
    bound = _LEADIN_MODAL.match(text)
    main = text  # "Before you can use it, you should have:": the "can" is the condition's
    if bound and re.match(
        r"(?:when|whenever|where|wherever|if|once|after|before|while|until|unless)\b", text, re.I
    ):  # "Where it can, Acme shall:": the "can" is the condition's too
        main = text[bound.start("subj") :]
    if _INCLUDES_FOR_EXAMPLE.match(text) and reader.state.last_duty is not None:
        return ("duties", reader.state.last_duty[0])  # "This includes, for example:" the
        # duty just stated: its parts, each a duty of that party
    helped = _HELP_ON.search(main)
    if helped and not NEGATION.search(main[: helped.start()]):
        # "If you have a paid plan, you can get support for the following types of issues:":
        # what the provider supports, each its duty
        helper = reader.parties.resolve_party("we", span)
        return ("duties", helper) if helper is not None else None
    if (
        _OPTIONS.search(main)
        and not re.search(r"responsib|must|required", text, re.I)
        and not _arranged(reader.state.lexicon, main)
    ):
        if _things_to_do(reader.state.lexicon, text) and (ctx.party or reader.under_advice(ctx)):
            # "Here are a few things you can do:" under best practices: the reader's duties
            return ("duties", ctx.party or reader.parties.resolve_party("you", span))
        example = _EXAMPLES_END.search(text)
        if example:  # "Acme follows practices such as:": the sentence's duty, then examples
            reader.prose.statement(text[: example.start()] + ".", span, ctx, in_item=False)
            return ("examples", None)  # what an item requires is the example's, not owed
        return ("options", None)  # "With RDS Custom, you can:": what is possible, not owed
    asked = _ASKED_FOR.match(text)
    verb = asked.group("verb").lower() if asked else ""
    lexicon = reader.state.lexicon
    if asked and (lexicon.verb_base(verb) == verb or verb in lexicon.suggestions):
        # "To request a VM, open a ticket with at least the following information:": what
        # the items name is the reader's to provide
        addressed = reader.parties.resolve_party("you", span)
        return ("asked", addressed) if addressed is not None else None
    uses = USES.match(text)
    following = uses is not None and re.match(
        r"^\s*(?:the\s+following[\w\s]*)?:\s*$", uses.group("obj")
    )
    if uses is not None and following:
        last = uses.group("obj").rstrip(": ").split()[-1:]
        if last and last[0].lower() in reader.state.lexicon.principle_nouns:
            return ("details", None)  # "Nimbus is built on the following design principles:"
    if uses is not None and following:
        subject = reader.prose.uses(text, span, ctx)
        return ("services", subject) if subject is not None else None
    if uses:
        reader.prose.uses(text, span, ctx)  # "X runs on AWS and is responsible for:"
    return NEXT


def responsible_for(reader: LeadinSentences, text: str, span: Span, ctx: Context) -> Verdict:
    """ "X is responsible for:" and its kin (``RESP_TO``, ``RESP``, ``RESP_TAKE``): the
    party's duties, unless negated or blamed; an object before the colon is the stem the
    items complete, or their umbrella."""
    # "… is responsible for:" has no object: a space lets the patterns see the verb
    bare = re.sub(r"\b(for|to|of)\s*:$", r"\1 :", text)
    for pattern in (RESP_TO, RESP, RESP_TAKE):
        match = pattern.match(bare)
        if match and negated(bare):
            return ("details", None)  # "X shall not be liable for:": exclusions, no duties
        if match:
            party = _holder(reader.prose, match.group("subj").strip(" ,"), span, ctx)
            if party is None:
                return None
            if blames(match.group("obj"), reader.state.lexicon):
                return ("details", None)  # "… for any consequences, including:": blame
            whole = match.group("obj").rstrip(":").strip()
            if _goes_on(reader.records, party, whole, text, span):
                return ("duties", party)  # "responsible for X, as well as for:"
            obj = trim(whole)
            if len(obj.split()) >= 2 and _DANGLING.search(obj):
                # "responsible for the management of:": each item completes the object
                reader.state.relative_stem = (obj, span.end)
                return ("duties", party)
            # "You are responsible for the keys you create:": the items say what that is; the
            # object before the colon is their umbrella, no duty of its own
            return ("duties", party)
    return NEXT


_HANDED_IN = re.compile(
    r"^(?:(?:when|before|if|once)\s[^,:]{1,60},\s*)?(?:please\s+)?(?P<verb>[A-Za-z]+)"
    r"(?:\s+(?:us\s+with\s+)?the\s+following(?:\s+[a-z]+){0,2})?"
    r"(?:\s+(?:when|before|if|with|in)\s[^:]{1,60})?\s*:$",
    re.I,
)
"""An instruction to hand something over, its things listed ("When you open a ticket, please
include:", "Provide the following information when you file a ticket:"; the requests are
cue-words.ttl's handover-verb, "please" or not)."""


def held_or_bound(reader: LeadinSentences, text: str, span: Span, ctx: Context) -> Verdict:
    """A party that has duties ("The Nimbus Crew has the following responsibilities:"),
    is bound by a modal ("AKS support teams will:", "Both parties agree to:") or manages a
    thing in the passive ("The execution environment is managed by the customer:")."""
    handed = _HANDED_IN.match(text)
    request = f"please {handed.group('verb').lower()}" if handed else ""
    if request in reader.state.lexicon.handover_verbs and not NEGATION.search(text):
        you = reader.parties.resolve_party("you", span)
        if you is not None:  # "When you open a ticket, please include:": what the reader gives
            reader.state.relative_stem = (request.removeprefix("please "), span.end)
            return ("duties", you)
    holds = _LEADIN_HOLDS.match(text)
    if holds and reader.state.lexicon.duty_word(holds.group("noun")) and not NEGATION.search(text):
        party = _holder(reader.prose, holds.group("subj"), span, ctx)
        if party is not None:
            return ("duties", party)  # "The Nimbus Crew has the following duties:"
    first = _FIRST_PREDICATE.match(text)
    modal = _LEADIN_MODAL.match(f"{first['subj']} {text[first.end() :]}" if first else text)
    if modal and not NEGATION.search(text):
        who = modal.group("subj").strip()
        if _BOTH_PARTIES.fullmatch(who):
            return _both_parties(reader.state)
        party = _holder(reader.prose, who, span, ctx)
        timed = _TIMED_OPENING.match(who) if party is None else None
        if timed:  # "During the workshop instructors will": no comma after the opening
            party = _holder(reader.prose, timed.group("rest"), span, ctx)
        is_name = _NAMED_SUBJECT.fullmatch(who) is not None
        if party is None and is_name and named_in_opening(who, reader.state.doc):
            # "Notify will:" on a page about "… your use of GOV.UK Notify": the service
            party = reader.parties.resolve_party(
                _full_name(who, opening_texts(reader.state.doc)), span, allow_unknown=True
            )
        if party is not None:
            return ("duties", party)  # "AKS support teams will:", "You must configure these:"
        if is_name:
            return ("details", None)  # an unknown name's list: never the reader's duties
    passive = _LEADIN_PASSIVE.match(text)
    if (
        passive
        and reader.state.lexicon.verb_base(passive.group("verb"))
        and not NEGATION.search(text)
    ):
        party = reader.parties.resolve_party(passive.group("party"), span, allow_unknown=True)
        if party is not None:  # "The execution environment is managed by the customer:"
            label = f"{passive.group('obj')} {passive.group('verb')} by {passive.group('party')}"
            reader.records.duty(party, label, text, span)
            return ("duties", party)
    return NEXT


_MEASURES_INCLUDE = re.compile(
    r"^(?:(?:the\s+)?(?:steps|measures|procedures|actions|practices|safeguards)\s+(?:to|for)\s"
    r"[^:]{1,100}?\s+include"
    r"|(?:the|this|that)\s+(?:process|procedure|routine|workflow)\s+(?:includes|involves|has)"
    r"\s+(?:the\s+following|these)\s+(?:steps|stages|phases))\s*:$",
    re.I,
)
"""A lead-in of the measures a party takes toward an end ("Steps to secure long-term access
include:", "This routine involves these stages:"), after a sentence of that party's."""


def things_and_deeds(reader: LeadinSentences, text: str, span: Span, ctx: Context) -> Verdict:
    """A system's parts and a thing's contents ("Every depot includes three core
    components:", "The starter kit provides:", "It includes:"), work allotted ("… reserved to
    the yard leads:"), a party's deeds ("We continuously monitor:", "<Party> manages the
    following:", "Handled by the customer:", "… features we offer include:") and what a party
    provides ("Resources needed from Customer:")."""
    measures = _MEASURES_INCLUDE.match(text)
    if measures and reader.state.last_duty is not None and not NEGATION.search(text):
        # "Acme keeps a checksum of every file. Steps to secure the archive include:": the
        # steps the party just named as acting takes
        return ("duties", reader.state.last_duty[0])
    if _lists_parts(text, reader.state.lexicon) and not (ctx.named_by_heading and ctx.party):
        return ("parts", None)  # "Every Nimbus depot includes three core components:"
    if _owned_thing(reader.parties, text):
        return ("details", None)  # "The Nimbus starter kit provides:": the kit's contents
    allotted = _LEADIN_ALLOTTED.match(text)
    if allotted and allotted.group("how").lower() in reader.state.lexicon.allotments:
        party = reader.prose.subject_party(allotted.group("party"), span, ctx)
        if party is not None and not NEGATION.search(text):
            return ("duties", party)  # "A few tasks are reserved to the yard leads:"
    deed = _person_deed(reader.state, text)
    doer = reader.parties.resolve_party(deed[0], span) if deed else None
    if deed and doer is not None:  # "We continuously monitor:": each item is monitored
        reader.state.relative_stem = (deed[1], span.end)
        return ("duties", doer)
    bound = _bound_deed(reader, text, span, ctx)
    if bound is not None:  # "The berth owner must review and accept:": each item so
        reader.state.relative_stem = (bound[1], span.end)
        return ("duties", bound[0])
    verb_leadin = _LEADIN_VERB.match(text)
    if verb_leadin and re.search(r"\s(?:that|which)$", verb_leadin.group("subj"), re.I):
        return ("details", None)  # "X runs on a platform that provides:": its features
    if verb_leadin and not NEGATION.search(text) and not _ALTERNATIVES.search(text):
        party = _holder(reader.prose, verb_leadin.group("subj"), span, ctx)
        if party is not None:
            return ("duties", party)  # "<Party> manages the following:"
    by = _LEADIN_BY.match(text)
    if by and reader.state.lexicon.verb_base(by.group("verb")) and not NEGATION.search(text):
        party = reader.parties.resolve_party(by.group("party"), span, allow_unknown=True)
        if party is not None:
            return ("duties", party)  # "Automated by Supabase:", "Handled by the customer:"
    remain = _LEADIN_REMAIN.match(text) or _LEADIN_TAKEN_BY.match(text)
    left = reader.parties.resolve_party(remain["party"], span) if remain else None
    if left is not None and not NEGATION.search(text):
        return ("duties", left)  # "These remain the customer's:", "The steps taken by X are:"
    offered = _OFFERED_INCLUDE.match(text)
    if (
        offered
        and _offer_verb(reader.state.lexicon, offered.group("verb"))
        and not NEGATION.search(text)
    ):
        writer = reader.parties.resolve_party("we", span)  # "… features we offer include:"
        return ("duties", writer) if writer is not None else None
    source = _LEADIN_FROM.match(text)
    if source and " ".join(source.group("verb").lower().split()) in reader.state.lexicon.sources:
        party = reader.parties.resolve_party(source.group("party"), span, allow_unknown=True)
        if party is not None and not NEGATION.search(text):
            return ("owned", party)  # "Resources needed from Customer:": the customer's
    contents = _contents(text, reader.state.lexicon)
    if contents is not None and reader.parties.party_in(contents, span, create=False) is None:
        return ("details", None)  # "It includes:" after "Shipping the starter kit"
    return NEXT


_FOLLOWING_TAIL = re.compile(r"\s+the\s+following(?:\s+[a-z-]+)?(?=\s*:?\s*$)", re.I)
_SOLD_MODIFIERS = re.compile(
    r"^(?P<det>our|the)\s+(?:[a-z-]+\s+){1,3}?(?=(?:support|service)\b)", re.I
)


def _seller_lead(lexicon: Lexicon, text: str) -> bool:
    """A seller phrase, also with "the following (elements)" after its verb and a few
    modifiers before its noun ("Our round-the-clock support includes the following parts:")."""
    if lexicon.seller_phrase(text):
        return True
    bare = _SOLD_MODIFIERS.sub(r"\g<det> ", _FOLLOWING_TAIL.sub("", text.strip()))
    return bare != text.strip() and lexicon.seller_phrase(bare)


def sold(reader: LeadinSentences, text: str, span: Span, ctx: Context) -> Verdict:
    """What the writer sells ("Support includes:", "Our support benefits include:", a seller
    phrase of cue-words.ttl): the vendor's duties, read before any case that would take the
    list for a thing's contents or examples."""
    if not _seller_lead(reader.state.lexicon, text):
        named = reader.parties.mentions(text, ("org", "offering"))
        first = named[0] if named and named[0].start == 0 else None
        rest = text[first.end :].strip() if first is not None else ""
        if first is None or not reader.state.lexicon.seller_phrase(rest):
            return NEXT
        # "Harbour Support helps with:": the named vendor's support, the vendor's duties
        vendor = reader.parties.resolve_party(first.text, span)
        return ("duties", vendor) if vendor is not None else None
    seller = _seller(reader.parties, text, span)
    return ("duties", seller) if seller is not None else None


def includes_and_labels(reader: LeadinSentences, text: str, span: Span, ctx: Context) -> Verdict:
    """What the vendor sells ("Support includes:"), a duty noun or a pointer that
    includes ("Steps include:", "This includes:"), labels of a party's duties ("Specific
    responsibilities:", "Supabase responsibility:", "Consultant Responsible:", "…
    responsibilities are with X:"), cases something depends on, and any sentence that names
    duties ("Responsibilities:")."""
    nouns = _NOUN_INCLUDES.match(text)
    if nouns and nouns.group("noun").lower() in reader.state.lexicon.duty_nouns:
        # "Steps include:" after a party's duty: the steps are that party's
        subject = reader.state.last_duty[0] if reader.state.last_duty else ctx.party
        return ("duties", subject) if subject is not None else None
    if _LEADIN_INCLUDES.match(text):
        return _pointing_includes(reader.state, text, span, ctx)
    if ctx.party is not None and label_words(text) in reader.state.lexicon.duty_labels:
        # "Specific responsibilities:" under a party's heading (a duty label of
        # cue-words.ttl): the heading's party; its capitalised adjective is no name
        return ("duties", ctx.party)
    owned = _OWNED_LABEL.match(text)
    if owned and not NEGATION.search(text):
        taken = _TAKEN_ON.match(owned.group("subj"))  # "you assume the following …:": you
        subj = taken.group("subj") if taken else owned.group("subj")
        party = reader.prose.subject_party(subj, span, ctx)
        if party is not None:
            return ("owned", party)  # "**Supabase responsibility:**": the items are its
    if _ALTERNATIVES.search(text):
        return None  # "… change depending on whether you use a:": cases, read on their own
    held = _LEADIN_WITH.match(text)
    if held and not NEGATION.search(text) and len(held.group("party").split()) <= 4:
        party = reader.parties.resolve_party(held.group("party"), span, force=True)
        if party is not None:
            return ("duties", party)
    role = _ROLE_LABEL.match(text)
    if role and reader.state.lexicon.person_noun(role.group("name").split()[-1]):
        # "**Consultant Responsible**", "Contractor duties:": a role's label over its list,
        # the role named first here
        party = reader.parties.resolve_party(role.group("name"), span, force=True)
        if party is not None:
            return ("duties", party)
    if re.search(r"responsib|duties|obligations|tasks|retain", text, re.I):
        if negated(text):
            return ("details", None)  # "X is not responsible for the following:"
        party = reader.parties.party_in(text, span) or ctx.party
        only_noun = reader.state.lexicon.duty_noun(text)
        if party is None and only_noun and reader.state.last_duty is not None:
            # "The release manager coordinates each release. Responsibilities:": the
            # party the paragraph just gave a duty
            party = reader.state.last_duty[0]
        return ("duties", party) if party is not None else None
    return NEXT


def _party_label(parties: PartyResolver, text: str, span: Span) -> Ref | None:
    """ "Provider:" / "The customer:" over a list: a label that is only a party's name; "For
    Acme:" names a side of the page's split (``split_side``; not "For AWS:" over the reader's
    steps on that cloud)."""
    aimed = re.match(r"for\s+(?=\S)", text, re.I)
    if aimed:
        party = _party_label(parties, text[aimed.end() :], span)
        if party is not None and split_side(parties, party):
            return party
        return _role_label(parties, text[aimed.end() :], span)  # "For Site Engineers:"
    lead, comma, after = text.partition(", ")
    when = comma and parties.state.lexicon.opens_clause(lead)
    label = _BARE_LABEL.match(after.lstrip() if when else text)  # "When X fails, Acme:"
    if label is None:
        return None
    name = label.group("name")
    if "/" in name and not names_one_party(parties, name):
        name, other = (part.strip() for part in name.split("/", 1))
        if re.fullmatch(r"[A-Z][\w-]+", name) and names_one_party(parties, other):
            # "XMPro / Implementation Partner Focus:": the name beside a known party is a
            # party too, one no vocabulary knows (its own duties come first)
            return parties.resolve_party(name, span, allow_unknown=True)
    if names_one_party(parties, name):
        return parties.resolve_party(name, span)  # "Acme / Haulage Partner Focus:": Acme's
    found = parties.mentions(expand(name), ("org", "role"))
    rest = expand(name)[found[0].end :].split() if len(found) == 1 and found[0].start == 0 else []
    if 0 < len(rest) <= 2 and parties.state.lexicon.person_noun(rest[-1]):
        return parties.resolve_party(found[0].text, span)  # "The Acme duty team:": Acme's unit
    return None


def _role_label(parties: PartyResolver, text: str, span: Span) -> Ref | None:
    """A label after "For" that is a role's name no vocabulary knows, one to four capitalised
    words ending in a person noun ("For Site Engineers:", "For Realm Owners (Tenant
    Managers):"): that role (a bare "Example Crews:" names no one)."""
    label = _ROLE_NAME_LABEL.match(text.strip())
    if label is None or not parties.state.lexicon.role_name(label["name"]):
        return None
    return parties.resolve_party(label["name"], span, force=True)


_ROLE_NAME_LABEL = re.compile(
    r"^(?:the\s+)?(?P<name>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3})(?:\s+\([^()]{1,40}\))?:$"
)
"""A role's name and a colon, perhaps with its other name in parentheses."""


def _seller(parties: PartyResolver, text: str, span: Span) -> Ref | None:
    """The vendor whose duties a seller's lead-in lists: the page's "we"; but "The Widget
    Team supports X. Support includes:" (no "our"), on a page that never names its "we",
    is the named party, no customer, the section just gave a duty."""
    state = parties.state
    seller = parties.resolve_party("we", span, create=False)
    recent = state.last_duty[0] if state.last_duty else None
    if recent is None or recent == seller or re.match(r"(?:our|my)\b", text, re.I):
        return seller or parties.resolve_party("we", span)
    if (seller is not None and not _generic(state, seller)) or _generic(state, recent):
        return seller or parties.resolve_party("we", span)
    customer = state.vocab.concept("role", "customer")
    if customer is not None and state.facts.entities[recent].attrs.get("role") == customer.iri:
        return seller or parties.resolve_party("we", span)
    return recent


def _generic(state: DocState, ref: Ref) -> bool:
    """A party named by its role alone ("Platform provider"), no name of its own."""
    party = state.facts.entities[ref]
    role = state.vocab.by_iri.get(party.attrs.get("role", ""))
    return role is not None and role.label == party.label


def _owned_thing(parties: PartyResolver, text: str) -> bool:
    """A lead-in to a thing's contents whose subject names a party before the thing ("The
    Nimbus starter kit provides:", "Our vault template includes:"): the head noun after the
    party's name is no person noun, so the list holds the thing's parts, not the party's
    duties."""
    lexicon = parties.state.lexicon
    subj = _contents(text, lexicon)
    head = subj.split()[-1].lower() if subj is not None else ""
    if subj is None or lexicon.person_noun(head) or RESPONSIBLE_WORD.search(subj):
        return False  # "Your responsibility includes:" leads to duties
    if f"{head}s" in lexicon.duty_nouns:
        return False  # "Your task covers:"
    if head in lexicon.subject_nouns:
        return False  # "The Nimbus platform provides the following services:": Nimbus does
    found = parties.mentions(subj, ("org", "role"))
    return bool(found) and all(m.end < len(subj) for m in found)
