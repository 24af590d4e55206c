"""Sentence patterns: what one sentence says about parties, duties, services and standards.

A sentence is tried for builds-on ("our compliance builds on AWS's SOC 2"), covered-by, holds
(certifications), uses ("runs on AWS"), and then as a responsibility: ``X is responsible for``,
``It is X's responsibility to``, ``A and B share responsibility for``, ``X requires Y to``, the
object-first shapes (``object_first``) or ``X (may) <verb> …`` (``actions``) — clause by clause.
The readers build on one another: subjects -> relations -> object_first -> action_parts ->
actions -> clauses -> sentence_cases -> prose.
"""

from __future__ import annotations

import re

from ..facts import Ref, Span
from ..lexicon import Lexicon
from ..text import Needing, plain, sentences, split_top_level
from .actions import ActionSentences
from .clauses import PERSON_SUBJECT, party_opening
from .cues import (
    AS_READER,
    ASIDE,
    BARE_CONDITION,
    BINDING,
    DOING_RELATIVE,
    LEADING_PHRASE,
    NEGATION,
    OBLIGATION,
    PASSIVE_CONDITION,
    PRONOUN_SUBJECT,
    RESP_GROWS,
    RESPONSIBLE_WORD,
    expand,
    negated,
    without_negated_relative,
)
from .definitions import copular_definition, definition_duty
from .framing import condition_only, planned, without_comparison
from .labels import capitalize, trim
from .notes import note_duties
from .parties import PartyResolver
from .responsible import FINITE, responsible_clause
from .sentence_cases import who_question
from .sentence_forms import SentenceForms, condition_ended
from .state import Context, DocState
from .subjects import consumers_named

__all__ = [
    "THIS_INCLUDES",
    "ProseReader",
    "recommended_clause",
    "requires_of_party",
    "who_question",
]

_LIABLE = re.compile(r"\s(?:responsib|accountab|liable\b)", re.I)
"""Where a sentence's word of responsibility starts: a negation before it denies the duty."""
_NOT_ONLY = Needing(
    re.compile(r"\bnot\s+only\s+(?P<first>[^.;:]+?),?\s+but\s+(?:also\s+)?", re.I),
    "only",
)
"""A pair joined by "not only … but also": both halves are stated ("X not only patches A
but also monitors B" says "X patches A and monitors B")."""
_NOT_LIMITED = Needing(
    re.compile(
        r"^(?P<head>this\s+(?:also\s+)?includes?),?\s+but\s+(?:it\s+)?(?:is\s+|are\s+)?not\s+limited\s+to\b,?",
        re.I,
    ),
    "limited",
)
"""A hedge after an opening "This includes" ("but it is not limited to"): the list it opens
is the same (elsewhere, "… methods, including, but not limited to …", the sentence is left
as written)."""
_OPEN_END = re.compile(r"(?:,\s*(?:\.\.\.|…|etc\.?)|\s+etc\.?)\s*$")
"""The open end of a list ("A, B, C, ...", "A, B etc."): no item."""
_SUBORDINATOR = r"^(?:while|whilst|whereas|although|though)\s+"
_CONTRAST = re.compile(_SUBORDINATOR + r"(?=[^,]+$)", re.I)
"""``While the provider implements the controls`` cut off from its main clause: a clause too."""
_OPENING_SUBORDINATOR = re.compile(_SUBORDINATOR, re.I)
_EXAMPLE_TAIL = re.compile(
    _SUBORDINATOR + r"[^,]{3,160},\s+(?:for\s+(?:example|instance)|e\.g\.|such\s+as|including)\b",
    re.I,
)
"""``While X has Y, for example Z``: nothing but an example after the comma, no main clause;
the clause is the statement, its subordinator no part of the subject (a main clause after the
comma, "While X chairs, the Board decides", keeps the sentence as it is)."""
_CONDITION_NOUN = re.compile(
    r"^(?:if|when|whenever)\s+(?P<np>(?:the|an?|your|our|any|this)\s+[\w-]+(?:\s+[\w-]+){0,2}?)\s+"
    r"(?:is|are|was|were|has|have|does|becomes?|[a-z]+[^s\W]s|[a-z]+ed)\b",
    re.I,
)
"""The subject of a leading condition ("If the pump breaks, …"): what a closing "it" names."""
_CONDITION_BACK = re.compile(
    r"^(?P<cond>(?:if|when)\s+[^,]{3,80}),\s+(?P<s>[^,]{1,40}?)\s+(?:will|must|shall)\s+[^,]*?\s"
    r"(?P<p>it|them)\s*[.!]?$",
    re.I | re.S,
)
"""A leading condition, then a duty whose object is only "it" / "them" (``If the pump breaks,
we will repair it``)."""
_OFFERED_BACK = re.compile(
    r"^(?P<lead>[^,;]{2,80}?\s(?:supports?|offers?|provides?|includes?|comes\s+with))\s+"
    r"(?P<np>[^,;]{3,60}?)(?P<mid>[,;]\s+(?:but\s+|and\s+|so\s+)?[^,;]{1,40}?\s+(?:must|should|"
    r"shall|needs?\s+to|ha(?:s|ve)\s+to)\s+(?:[^,;]*?\s)?)(?P<p>it|them)\b(?P<tail>[^,;]*)$",
    re.I | re.S,
)
"""What a service offers, then what a party must do with it (``X supports encryption at rest,
but you must explicitly enable it``): the offered thing is the object "it" stands for."""
_SOMETHING_OWNED = re.compile(
    r"^(?P<obj>[^;:]{3,200}?)\s+(?P<be>is|are)\s+(?:something|what|one\s+thing|a\s+thing)\s+"
    r"(?P<who>you|we)\s+(?:(?:will|must)\s+)?(?P<verb>[a-z]+)\s*[.!]?$",
    re.I | re.S,
)
"""``A broken build … is something you own``, ``Fence repairs are what we handle``."""
_SO_IS = re.compile(
    r"^(?P<main>.+?\s(?:is|are)\s+(?P<owner>yours|ours))\s*,\s*and\s+so\s+(?:is|are)\s+"
    r"(?P<more>[^,;]{3,200}?)\s*[.!]?$",
    re.I | re.S,
)
"""``A bug your patches introduced is yours, and so is keeping them working``."""


def recommended_clause(text: str) -> str | None:
    """The reader's clause of a recommendation ("It is recommended good practice that a
    customer stores X": "a customer stores X"); None for any other sentence."""
    advice = _RECOMMEND.match(text)
    return advice.group("rest") if advice is not None else None


_SUBJECT_ASIDE = re.compile(
    r"^(?P<np>[^—–;:]{2,80}?)\s+[—–]\s+[^—–]+?\s+[—–]\s+"
    r"(?=(?:is|are|was|were|will|must|should|shall|can|has|have)\s)"
)
"""A subject and an aside between dashes before its verb ("The tier — A, B and C — is …")."""
_CAPACITY_ASIDE = re.compile(
    r"(?<=\w)\s+\((?:as|in\s+(?:its|their|his|her)\s+(?:role|capacity)\s+as)\s+"
    r"(?:the|an?|his|her|its|their|his/her)\s[^()]{1,80}\)"
)
"""In what capacity a party acts, in parentheses ("(as the representative of its employer)"):
no part of the clause around it."""
_RELATIVE_COMMA = re.compile(
    rf"^(?P<np>{DOING_RELATIVE}),\s+"
    r"(?=(?:also\s+)?(?:has|have|bears?|holds?|is|are|must|should|shall|will)\s)",
    re.I,
)
"""A subject whose relative clause a comma parts from its verb."""


_MANDATE = re.compile(
    r"^(?:it\s+is\s+(?:expected|required)\s+that\s+(?P<expected>\S.*\s(?:will|must|should)\s.+)"
    r"|[^,;:]{2,60}?\s(?:asks|requests|requires)\s+that\s+(?P<subj>(?:all\s+|the\s+)?[a-z][\w-]*s)"
    r"\s+(?P<verb>[a-z]+)\s(?P<rest>.+))$",
    re.I | re.S,
)
"""An obligation put as what is expected ("It is expected that owners will answer …") or
asked ("Harbour asks that reporters keep X private")."""


def _mandated(text: str) -> str:
    """``text`` as the obligation it states ("Reporters must keep X private" for "Harbour asks
    that reporters keep X private"; "Owners will answer …" for "It is expected that owners
    will answer …"); any other text as it is."""
    found = _MANDATE.match(text.strip())
    if found is None:
        return text
    if found["expected"]:
        return found["expected"][:1].upper() + found["expected"][1:]
    if found["verb"].lower() in ("be", "is", "are"):
        return text  # "asks that every flaw be reported": a thing's state, no party's deed
    subject = found["subj"][:1].upper() + found["subj"][1:]
    return f"{subject} must {found['verb']} {found['rest']}"


_AGENT_CARRIED = re.compile(
    r"^(?P<first>[^;]+?\s(?:is|are|be)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\s+by\s+"
    r"(?P<agent>(?:the\s+)?[A-Z][\w'’-]*(?:['’]s\s+[a-z]+(?:\s+[a-z]+)?)?)\b[^,;]*)"
    r",\s+and\s+(?P<second>[^,;]+?\s(?:must|should|shall|will)\s+(?:also\s+)?be\s+"
    r"[a-z]+(?:ed|en))\b(?P<rest>(?:(?!\bby\b)[^;])*)$",
    re.S,
)
"""Two passives of a sentence, the second with no agent ("Passes must be revoked by the
tenant within a day, and helmets should be worn by every blaster"): the first's agent is the
second's."""


def _said_plainly(text: str, lexicon: Lexicon) -> str:
    """A sentence's obligation in the words the relation rules read: asked or expected
    (``_mandated``), a second passive's agent (``_agent_carried``), without an aside after its
    subject, ownership said as "yours" / "ours" (``_owned_restated``), and what a party offers
    enabled by another ("… support encryption, but you must enable it": enable encryption)."""
    text = _owned_restated(_without_subject_aside(_agent_carried(_mandated(text))), lexicon)
    offered = _OFFERED_BACK.match(text)
    if offered:
        return f"{offered['lead']} {offered['np']}{offered['mid']}{offered['np']}{offered['tail']}"
    return text


def _agent_carried(text: str) -> str:
    """``text`` with the agent of its first passive given to a second that names none."""
    two = _AGENT_CARRIED.match(text)
    if two is None:
        return text
    return f"{two['first']}, and {two['second']} by {two['agent']}{two['rest']}"


def _without_subject_aside(text: str) -> str:
    """``text`` without an aside between dashes after its subject ("The crane tier — the
    hoists and the rails — is managed by Harbour"): one clause, not three parts; without a
    party's capacity in parentheses ("It is the owner's duty (as the agent of the board) to
    …"), and without a comma that parts a subject's relative clause from its verb ("The
    engineer who blasts the rock, also has …")."""
    text = _RELATIVE_COMMA.sub(r"\g<np> ", _CAPACITY_ASIDE.sub("", text, count=1), count=1)
    return _SUBJECT_ASIDE.sub(lambda m: f"{m['np']} ", text, count=1)


def _owned_restated(text: str, lexicon: Lexicon) -> str:
    """A sentence of ownership said another way, as "X is yours" / "X is ours" (which the
    object-first readers know): "X is something you own / handle", "A is yours, and so is B"
    (two sentences)."""
    something = _SOMETHING_OWNED.match(text)
    if something and (lexicon.verb_base(something["verb"]) or "").split(" ")[0] in (
        lexicon.ownership_verbs | {"own", "handle", "manage", "maintain"}
    ):
        owner = "yours" if something["who"].lower() == "you" else "ours"
        # "That is fine, and it also means X is something you own": X
        obj = re.split(r"\b(?:means|meant|that)\s+", something["obj"], flags=re.I)[-1]
        return f"{obj} {something['be']} {owner}."
    so = _SO_IS.search(text)
    if so:
        return f"{so['main']}; {so['more']} is {so['owner']}."
    as_is = _AS_IS.match(text)
    if as_is:  # "Testing X is your job, as is signing off Y": Y is too
        return f"{as_is['main']}; {as_is['more']} is {as_is['owned']}."
    held = _HELD_BY_PERSON.match(text)
    if held:  # "Blast planning is in our hands", "Custom scales belong to you: …"
        owner = "yours" if (held["who"] or held["to"]).lower() in ("you", "your") else "ours"
        be = held["be"] or ("are" if held["verb"].lower() == "belong" else "is")
        return f"{held['obj']} {be} {owner}{held['rest'] or '.'}"
    return text


_AS_IS = re.compile(
    r"^(?P<main>.+?\s(?:is|are)\s+(?P<owned>(?:your|our|the\s+customer['’]s)\s+"
    r"(?:job|responsibility|task|duty)|yours|ours))\s*,\s*as\s+(?:is|are)\s+"
    r"(?P<more>[^,;]{3,200}?)\s*[.!]?$",
    re.I | re.S,
)
"""``X is your job, as is Y``: Y is the same party's."""
_HELD_BY_PERSON = re.compile(
    r"^(?P<obj>[^;:,]{3,200}?)\s+(?:(?P<be>is|are)\s+(?:also\s+|entirely\s+|firmly\s+)?in\s+"
    r"(?P<who>our|your)\s+hands|(?P<verb>belongs?)\s+(?:entirely\s+)?to\s+(?P<to>you|us))"
    r"(?:\s+(?:too|as\s+well|alone))?\s*(?P<rest>(?::|,\s+and)\s+\S.*?)?[.!]?$",
    re.I | re.S,
)
"""Ownership said as where a thing is held ("X is in our hands", "X belongs to you"): "X is
ours" / "X is yours", what follows a colon kept."""


_PLACEHOLDER = re.compile(r"\\?<[^<>\s]+\s[^<>]{2,160}?\\?>")
"""A template's placeholder in angle brackets ("<role responsible for auditing, e.g. X>"):
words to replace, no statement (an autolink "<https://…>" has no space)."""
_CONCESSION = re.compile(
    r"^(?:while|whilst|whereas|although|(?:even\s+)?though)\s+[^,]{3,120},\s+", re.I
)
"""A conceded clause before the main one ("While we cannot promise X, …"): not its subject."""
_POINTS_BACK = re.compile(r"\s(?:these|those)(?:\s+[\w-]+)?\s*[.!]?$|\s(?:them|it)\s*[.!]?$", re.I)
"""A clause whose object only points back ("… provides these tools", "… offers them")."""
_RECOMMEND = re.compile(
    r"^(?:(?:we|[A-Z][\w.&-]*)\s+(?:strongly\s+|also\s+)?(?:recommends?|advises?(?=\s+that\b))|"
    r"it\s+is\s+(?:strongly\s+)?"
    r"recommended(?:\s+(?:good|best)\s+practice)?|it\s+is\s+(?:good|best)\s+practice)\s+"
    r"(?:that\s+)?(?P<rest>(?:you|customers?|(?:the|a)\s+customer|users?)\b.+)$",
    re.I | re.S,
)
"""``We recommend that you enable …``, ``We strongly advise that you rotate …``, ``It is
recommended good practice that a customer stores …``: what the reader is to do."""
_RECOMMEND_PARTY = re.compile(
    r"^(?:we|[A-Z][\w.&-]*)\s+(?:strongly\s+|also\s+)?recommends?\s+(?:that\s+)?(?:all\s+)?"
    r"(?P<rest>[a-z].+)$",
    re.S,
)
"""``Acme recommends all tenants use …``: what the named party is to do."""
_APPOSITIVE = re.compile(
    r"^(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}),\s+(?:an?|the|our|your)\s+"
    r"(?:[\w-]+\s+){0,4}?[\w-]+,\s+(?=(?:is|are|must|will|shall|should|has|have|needs)\b)"
)
"""``Harbor Ops, a Nimbus partner, is required to …``: the appositive after the name."""
_SERVICE_OFFERED = re.compile(
    r"^(?:provide|offer|deliver)\s+(?:[a-z/-]+\s+){0,2}?(?:support|services?|assistance|help)\b",
    re.I,
)
"""A duty that offers a service ("provide support related to X", "offer managed services")."""
_FORMER_NAME = re.compile(
    r",\s+(?:(?:formerly|previously|also|once)\s+(?:known\s+as|called|named)|a\.k\.a\.)\s+"
    r"[^,;:]{1,80},\s+(?=(?:is|are|was|were|must|will|shall|should|has|have|needs)\b)",
    re.I,
)
"""``The Yard Crew, formerly known as the Depot team, is responsible …``: another name of the
subject, set off by commas before its verb."""
_CONDITION_OWNED = re.compile(
    r"^(?:if|when|whenever|where)\s+(?P<what>[^,]{3,160}?),\s*(?:then\s+)?(?:that|this|it)\s+"
    r"(?:is|will\s+be|remains)\s+(?:the\s+)?(?:(?P<owner>[^,;]{1,60}?)['’]s?|(?P<poss>your|our))\s+"
    r"(?:sole\s+|own\s+|full\s+)?responsibility\s*\.?$",
    re.I | re.S,
)
"""``If processes must stop at night, that is the tenant's responsibility``: the condition
names the duty, the pronoun points back at it."""
_OUTSIDE_OURS = re.compile(
    r"^(?:the\s+)?(?:(?:sole\s+)?responsibility\s+(?:of|for)\s+)?(?P<what>[^,;:]{3,120}?)\s+"
    r"(?:falls?|lies?|is|are|remains?)\s+(?:(?:entirely|completely|clearly)\s+)?(?:outside|beyond"
    r"|not)\s+(?:of\s+)?(?:part\s+of\s+)?our\s+(?:responsibility|scope|remit)\s*\.?$",
    re.I | re.S,
)
"""``The responsibility of testing your fork falls outside our scope``, ``Patching your hosts
is not our responsibility``: what the writer disowns, on the reader's things."""
_ROLE_RESPONSIBLE = re.compile(
    r"\b(?P<role>(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?:(?:who|that)\s+(?:is|are)\s+)?"
    r"responsible\s+for\s+(?P<obj>\S.+)$",
    re.I | re.S,
)
"""``… directed by a steering committee responsible for X``: a role named in passing with
its duty (a reduced relative clause)."""
_ROLE_OBJECT = Needing(
    re.compile(
        r"\s(?P<verb>[a-z]+)\s+(?P<role>(?:a|an|the)\s+(?:(?!(?:a|an|the)\b)[\w-]+\s+){0,2}?[\w-]+)"
        r"(?:,?\s+(?:who|that)\s+(?:is|are)\s+|,\s+|\s+)responsible\s+for\s+(?P<obj>\S.+)$",
        re.I | re.S,
    ),
    "responsible",
)
"""``The Board appoints a Treasurer responsible for X``: a role the sentence's verb acts on,
with its own duty."""
_ROLE_ASIDE = re.compile(
    r"\b(?P<role>(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+){0,3}?)(?P<short>\s+\([A-Z][\w-]{1,12}\))?"
    r"(?P<comma>,)?\s+responsible\s+for\s+(?P<obj>[^;:]+?)\.?$",
    re.S,
)
"""``… governed by a Harbour Committee (HC), responsible for X and Y``: the same role named in
passing, set off by its short name or a comma (an aside the sentence's own reading skips)."""
_ADVISER = r"^(?:we|[A-Z][\w.&-]*)\s+(?:strongly\s+|also\s+)?"
"""Who recommends, before the verb ("We strongly", "Acme also")."""
_RECOMMEND_GERUND = re.compile(
    _ADVISER + r"recommends?\s+(?P<rest>(?P<verb>[a-z]+ing)\b.+)$", re.I | re.S
)
"""``We recommend patching your base images monthly``: the reader's duty."""
_RECOMMEND_NOT = re.compile(
    _ADVISER + r"(?:recommends?|advises?)\s+(?:not|against)\s+"
    r"(?P<verb>[a-z]+ing)\s+(?P<obj>[^,;]+?)\.?$",
    re.I | re.S,
)
"""``We recommend not including personal data in tags``: the reader's duty to refrain."""
_QUOTED = Needing(
    re.compile(r"^(?:[A-Z][\w.-]{0,11}:\s+)?[\"“](.+?)[.!]?(?:[\"”]\.?)?$", re.S), '"', "“"
)
"""A sentence quoted (``CP-2: "The owner is responsible …"``): read without the marks."""
_THAT_IS = re.compile(r"(?:,?\s+i\.e\.,?|,\s+that\s+is,)\s+[^;:]*?(?=[.!]?\s*$)", re.I)
"""A closing gloss ("…, i.e. treating X as cattle, not pets"): it restates the duty, and a
"not" in it denies nothing."""
_ASIDE_PARENTHESIS = Needing(re.compile(r"\s*\([^()]*\)"), "(")
"""A parenthesis inside a sentence: an aside outside its main clause."""
_NOT_BUT = Needing(
    re.compile(
        r"^(?P<subj>[^,]{1,60}?)\s+(?:will|must|should|shall|does|do|can)\s+(?:\w+ly\s+)?not\s+"
        r"[^,]{1,80},\s+but\s+(?P<modal>will|must|should|shall)\s+(?P<rest>.+)$",
        re.I | re.S,
    ),
    "but",
)
"""``X will not do A, but will do B``: a denied clause, then the subject's duty B."""
_SYMBOL_OPENING = re.compile(r"^[^\x00-\x7f]{1,3}\s+(?=[A-Z])")
"""A sentence opened by a symbol or an emoji of a callout ("ℹ️ As a customer you must …",
"⚠️ You must …"): the sentence is what follows it."""
_NOTICE = re.compile(r"^(?P<label>[A-Za-z]+)\s*:\s+(?=\S)")
"""A one-word label before a sentence ("Important: …"); the notice-label cue says which."""
_ASSUMED_REASON = re.compile(
    r"^(?P<cond>(?:as|since|because)\s+)it\s+is\s+(?:assumed|expected|understood)\s+(?:that\s+)?"
    r"(?=\S)",
    re.I,
)
"""A reason clause that frames its deed as assumed ("As it is assumed Nimbus will manage all
patching, there is no dashboard"): the deed is stated all the same ("As Nimbus will manage …")."""
_EXHIBIT = re.compile(
    r"^(?:the|this|that|each)\s+(?:above\s+|following\s+|previous\s+)?"
    r"(?:diagram|figure|table|chart|illustration|image|picture|graphic)\s+(?:above\s+|below\s+)?"
    r"(?:shows|illustrates|depicts|demonstrates|makes\s+clear)\s+that\s+(?=\S)",
    re.I,
)
"""``The diagram shows that <clause>``: the clause is the page's own statement."""
_NEEDED_ABILITY = re.compile(
    r"\b(?P<need>needs?)\s+(?:the|an?)\s+(?:ability|capability|capacity|means)\s+to\b", re.I
)
"""``you need the ability to X``: what the reader needs to be able to do is to do X (unlike
``you have the ability to X``, an offer)."""
_NOTICE_RECEIVED = re.compile(
    r"\b(?P<modal>will|shall|must|should)\s+receive\s+(?:an?\s+|prior\s+|advance\s+)?"
    r"(?:notification|notice|alert|warning)s?\s+(?:of|about)\b",
    re.I,
)
"""``X will receive notification of Y``: X is to be informed of Y, as ``X will be notified of
Y`` says."""
_USED_IF = re.compile(r"^(?:if|when|whenever|where)\s+(?:you|we)\s+use\s[^,;:]{2,80},\s*", re.I)
"""A leading condition of use ("If you use AWS Direct Connect, …"): its main clause is read on."""
_BOLD_TERM = re.compile(
    r"^\s*(?:\*\*|__)[A-Z][\w.-]*(?:\s+[\w.-]+){0,2}\s+(?P<last>[a-z]+s)(?:\*\*|__)\s+"
    r"(?:for|of|to|in|on|from|with)\b"
)
"""A bold term opening a sentence and ending in a word that could be a verb ("**Gizmo
updates** for each desk"): a thing named, then a preposition; no party and its verb."""
THIS_INCLUDES = re.compile(
    r"^(?:[a-z]+ly,\s+)?(?:this|that|these|they|it|examples(?:\s+of\s+this)?)\s+(?:also\s+)?"
    r"(?P<verb>includes?|covers?|involves?|means?|requires?):?\s+(?P<obj>.+)$",
    re.I | re.S,
)
"""``This includes A, B and C``, ``Examples include A and B``: what a duty named only by
reference consists of (after a leading condition too: "Where X, this includes A"; after an
adverb: "Importantly, this includes A")."""
_CLAUSE_MEANT = re.compile(
    r"^(?:that|you|we|it)\b|\b(?:is|are|must|will|should|shall|can|may|has|have)\b", re.I
)
"""What "This means" is followed by when it says a clause, not the duty's parts."""


def _parts_named(includes: re.Match[str]) -> bool:
    """Whether "This includes / covers / means …" names the parts of the duty before: always,
    except "means" before a clause ("This means that you patch X")."""
    verb = includes.group("verb")[:4].lower()
    if verb == "requ":  # "This requires A, B and C"; not "This requires you to …"
        return re.match(r"(?:you|we|us|them|that|the\s+customer)\b", includes["obj"], re.I) is None
    if verb != "mean":
        return True
    return not _CLAUSE_MEANT.search(includes.group("obj"))


_ADDED_INCLUDES = re.compile(
    r"^(?:this|it)\s+(?P<adv>[a-z]+)\s+(?P<verb>includes|covers):?\s+(?P<obj>.+)$", re.I | re.S
)
"""``This notably includes A``, ``This also covers A``: an adverb (``additive_adverbs``) that
adds to the sentence before."""
_REQUIRES = re.compile(
    r"\b(?:requires?|obliges?|expects?|needs?|(?P<urge>encourages?|urges?)|"
    r"(?<=\w\s)(?P<ask>asks?|instructs?|tells?|"
    r"requests?))\s+"
    r"(?!to\s|for\s)(?P<subj>(?:the\s+)?[\w\s-]{2,40}?)\s+to\s+(?P<obj>.+)$",
    re.I | re.S,
)
"""``X requires Y to …``, ``We encourage you to …``, ``… and ask you to …`` (not opening the
sentence, see ``_ASK``); not "you need to coordinate with Y to …", whose "need to" is a modal,
nor "a need for a CDN should attempt to …", a noun's complement."""
_TOLD_TO_EXPECT = re.compile(r"(?:^|,\s+)(?:you\s+(?:can|may|should)\s+)?expect\s+\S[^,]*$", re.I)
"""The reader told what to expect ("…, expect Acme to appear in these reviews"): a forecast,
no duty of the party expected to act."""
_FIRST_DEED = re.compile(
    r"^(?P<deed>[^,;:]+?\s(?:will|must|shall|should)\s+(?!ask\b)[a-z][^,;:]*?)\s+and\s*$", re.I
)
"""The asker's own deed before "and ask …" ("we will contact you and (ask you to …)")."""
_GENERIC_ASKER = re.compile(
    r"^\s*(?:in\s+)?(?:many|most|some|several|often|typically|usually|generally)\b", re.I
)
"""An asker no page party is ("Many regulators require …", "In many organizations' security
departments require vendors to …"): what is commonly asked elsewhere, described, not owed."""
_RELIES_ON = re.compile(
    r"\brel(?:y|ies)\s+on\s+(?P<subj>you|(?:the\s+|your\s+)?[a-z][\w-]*s?)\s+"
    r"(?:to\s+(?=[a-z]+\s)|(?=[a-z]+ing\s))(?P<obj>.+)$",
    re.I | re.S,
)
"""``X relies on you creating a login``, ``Our communities rely on us to keep costs low``:
what X relies on the party doing is its duty."""
_AS_PER = re.compile(r",?\s+(?:as\s+per|according\s+to|in\s+line\s+with)\s+[^,;]+,?", re.I)
"""``…, as per the setup guide, …``: a pointer to a guide inside a duty, no duty of its own."""
_AND_TO = re.compile(r",?\s+and\s+to\s+(?=[a-z])", re.I)
"""``to A, and to B``: a second infinitive of the same requirement."""
_SERIES_TO = re.compile(r",\s+(?:(?:and|or)\s+)?to\s+(?=[a-z])|\s+and\s+to\s+(?=[a-z])", re.I)
"""``to A, to B, and to C``: each infinitive of a series (a lone ", to B" is a purpose)."""
_ASK = re.compile(
    r"^(?:please\s+)?ask\s+(?:your|the|an?)\s+(?P<subj>[\w\s-]{2,40}?)\s+to\s+(?P<obj>.+)$",
    re.I | re.S,
)
"""``Ask your administrator to grant the role``: what the party asked is to do (and the asking,
the reader's)."""
_LEFT_TO_OWN = re.compile(
    r",\s+(?:allowing|letting|leaving)\s+(?P<subj>(?:the\s+)?[\w\s-]{2,30}?)\s+to\s+"
    r"(?P<obj>(?:own|take\s+ownership\s+of|retain\s+control\s+(?:of|over))\s+.+)$",
    re.I | re.S,
)
"""``…, allowing the customer to own their firewall rules``: ownership handed to the party."""
_SUBJUNCTIVE = re.compile(
    r"^(?:you|we)\s+(?!(?:must|shall|should|will|would|can|could|may|might|are|is|have|has|"
    r"need|do|does|not)\b)(?=[a-z]+\s)",
    re.I,
)
"""A demanded clause with a bare verb ("that you reset the lock"): the verb binds."""
_REQUIRES_THAT = re.compile(
    r"\b(?:requires?|demands?|mandates?|expects?|agrees?|acknowledges?|asks?|requests?|"
    r"insists?)\s+that\s+"
    r"(?P<rest>.+)$",
    re.I | re.S,
)
"""``The policy requires that providers publish a notice …``, ``The project expects that
maintainers will answer …``, ``You agree that you shall …``: the clause after "that" says it."""
_AND_THEN = re.compile(r"\s+and\s+(?P<verb>[a-z]+s)\s+\w")
"""A second verb after a statement of use or certification ("… certified and follows …")."""
_YOURS_MUST_BE = re.compile(
    r"^(?P<obj>your\s+[^,;]{1,60}?)\s+(?:must|should|needs?\s+to|has\s+to|have\s+to)\s+be\s+"
    r"(?P<verb>[a-z]{3,}(?:ed|en))\b(?P<rest>.*)$",
    re.I | re.S,
)
"""``Your workload must be designed for failure``: what the reader's own things must be made."""
_ALL = r"all\s+(?:that\s+)?(?:you|customers?|users?)\s+(?:need|needs|have|has)\s+to\s+do\b"
_THING_FIRST = re.compile(
    r"^(?:once|when|whenever|after|before|if|as\s+soon\s+as|until)\s+"
    r"(?P<np>(?:the|a|an|this|each|every|your|our)\s+[\w-]+(?:\s+[\w-]+)?)\s+"
    r"(?:has|have|is|are|was|were|gets?|[a-z]+s|[a-z]+ed)\b",
    re.I,
)
"""A leading clause whose subject is a thing ("Once the relay has started, …"): "it" after it
is that thing."""
_RESPONSIBLE_THAT = re.compile(r"\bresponsible\s+that\s+", re.I)
"""Responsibility for a state of things ("responsible that disks are wiped")."""
_NOW_AND_THEN = re.compile(r"(?:sometimes|occasionally|at\s+times|now\s+and\s+then)\b", re.I)
"""An opening of what happens only at times ("Sometimes we change the pricing …")."""
_BOUND_GOES_ON = re.compile(
    r"^(?:also\s+)?(?:must|shall|should|(?:is|are)\s+(?:also\s+)?(?:responsible\s+for|"
    r"required\s+to|expected\s+to))\s",
    re.I,
)
"""A part after "but" that goes on with the subject before it, bound ("… but are responsible
for B", "… but must keep it secure")."""
_SUBJECT_BEFORE_MODAL = re.compile(
    r"^(?P<subject>(?:the\s+)?[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?)\s+"
    r"(?:may|must|can|will|shall|should)\s",
    re.I,
)
"""A short noun phrase before a modal: the subject a later bound part goes on with."""
_PARTS = (
    r"(?:,\s+but|\s+but(?!\s+(?!only\b)[a-z]+ly\s))\s+|;\s+|\s+[\u2014\u2013]\s+|"
    r"(?<!include)(?<!includes)(?<!including)(?<!such as):\s+(?=[A-Z])|"
    r"(?<=[A-Za-z0-9])\s+-\s+(?=[A-Z])|"
    rf",\s+(?={_ALL})"
)
"""Where a sentence's independent parts meet: "but" (not one between two adjectives, "different
but equally essential"), a semicolon, a spaced dash ("The quorum is the full board — each
member must vote", a hyphen typed for one before a capital: "P1 Incidents - Acme shall …"),
a colon before a capital (not one after "include" or "such as": "Example services include:
Press releases …" lists things, no clause "Press releases …")."""
_ALL_TO_DO = re.compile(
    rf"^(?:so\s+)?(?={_ALL})all\s+(?:that\s+)?(?P<who>\w+)\s+\w+\s+to\s+do\b[^,;]{{0,60}}?\s+"
    r"is\s+(?:to\s+)?(?P<rest>[a-z]\S*\s+\S.*)$",
    re.I | re.S,
)
"""``All you need to do (to use X) is (to) configure Y``: the one thing the reader must do."""
_DASH_CLAUSE = Needing(re.compile(r"\s*[—–]\s*(?=(?:but|while|whereas)\s+\w)", re.I), "—", "–")
"""``X secures the servers—but you are responsible for Y``: a dash before a contrast opens a
second clause, as a comma does."""
_MODAL_ASIDE = Needing(
    re.compile(
        r"\b(?P<modal>will|shall|must|should|responsible|accountable)\s*,\s*(?!and\b|or\b|but\b)"
        r"[^,;.]{2,60},\s*(?=[a-z]+\s)",
        re.I,
    ),
    ",",
)
"""An aside between a modal and its verb ("X will, from time to time, schedule Y", "X shall,
at its own cost, provide Y"), or between "responsible" and its "for" ("X is accountable, on
the customer side, for Y"): the verb, or the object, is theirs."""


_VERB_ASIDE = re.compile(
    r"\b(?P<head>(?:will|shall|must|should)\s+[a-z]+)\s*,\s*"
    r"(?:to|at|where|when|as|in|within|without|by)\s[^,;.]{2,50},\s*(?=[a-z])",
    re.I,
)
"""An aside between a bound verb and its object ("Crews should send, where they can, the
load details"): the object is the verb's."""


def _bare_subject(text: str) -> str:
    """A sentence with its subject bare of an alias ("MSP (or Central IT) applies X": MSP
    applies X) and of a relative clause before its modal ("Users who need X should Y": Users
    should Y)."""
    text = _SUBJECT_ALIAS.sub(r"\g<subj>", text)
    narrowed = _WHO_BEFORE_MODAL.match(text)
    if narrowed is None or NEGATION.search(narrowed.group(0)):
        return text  # "CSPs that want X will not have to Y": no "have to" of theirs
    return f"{narrowed['subj']} {narrowed['modal']} {text[narrowed.end() :]}"


def _short_form(parties: PartyResolver, lexicon: Lexicon, text: str) -> str:
    """A duty in a statement of work's short form, a party the page knows, "to" and a verb
    ("Customer to provide network access", "Acme to patch the hosts"), as the obligation it
    states ("Customer must provide …"); any other text as it is ("Tools to monitor X" names no
    party, "Time to restore service" no verb of a duty after it)."""
    found = _SHORT_FORM.match(text)
    if found is None or not lexicon.imperative(found["rest"]):
        return text
    opening = party_opening(parties, text)
    after = found["subj"][len(opening) :].split() if opening else ["-", "-"]
    if len(after) > 1 or (after and not lexicon.person_noun(after[0].lower())):
        return text  # "Steps for the customer to take", "You need to", "The client is to"
    return f"{found['subj']} must {found['rest']}"


_SHORT_FORM = re.compile(r"^(?P<subj>[^,;:()]{2,40}?)\s+to\s+(?P<rest>[a-z][\w-]*\s.*)$", re.S)
"""A subject of a few words, "to" and a lower-case word ("Acme to patch the hosts")."""
_WHO_BEFORE_MODAL = re.compile(
    r"^(?P<subj>(?:(?:the|all|any|each|every)\s+)?(?-i:[A-Z]?[a-z][\w-]*)(?:\s+[a-z][\w-]*)?)"
    r"\s+(?:(?:who|which|that)\s+(?!(?:is|are|was|were)\s+(?:responsible|accountable)\b)"
    r"(?!(?:you|we|they)\b)|with\s+(?=(?:an?|any)\s))[^,.;:()]{3,120}?\s+"
    r"(?P<modal>must|should|shall|need\s+to|are\s+required\s+to|is\s+required\s+to|have\s+to|"
    r"has\s+to)\s+(?=[a-z])",
    re.I,
)
"""A subject narrowed by a relative clause or a "with" phrase before its modal ("Customers
who store cargo overnight must lock …", "Projects with a need for a CDN should use …"): the
subject and its modal, the narrowing only says when."""
_SUBJECT_ALIAS = Needing(
    re.compile(
        r"^(?P<subj>(?:(?:the|a|an|your|our)\s+)?[\w&.'’-]+(?:\s+[\w&.'’-]+){0,3}?)\s+"
        r"\((?!(?-i:[A-Z][A-Z0-9&]{1,7}s?)\))"  # not an initialism ("(PMAs)")
        r"(?:(?:or|aka|a\.k\.a\.|also(?:\s+known\s+as)?|i\.e\.,?|formerly|hereafter|hereinafter)"
        r"\s+[^()]{1,40}|(?:the\s+)?(?-i:[A-Z])[^()]{0,30}|you|we)\)(?=\s+(?-i:[a-z]))",
        re.I,
    ),
    "(",
)
"""``MSP (or Central IT) applies the updates``, ``The customer (or its agents) must …``: another
name of the subject in parentheses before its verb; the subject alone is what acts (an
initialism, "Member agencies (PMAs) are …", names the subject and is left to the party rules)."""
_BOUND_COLON = re.compile(
    r"^(?P<head>(?:[\w'’-]+\s+){1,6}?(?:to|will|shall|must|should))\s*:\s+"
    r"(?!(?:the|an?|your|our|its|their|this|these|that|those|all|any|each|following)\b)"
    r"(?=[a-z]+\s)",
)
"""``The customer agrees to: provide X, …``, ``The tenant shall: keep …``: a colon between a
modal (or the "to" of a commitment) and its verbs."""
_ENUMERATOR = re.compile(r"(?:(?<=\s)|^)\((?P<mark>[ivx]{1,4}|[a-h]|[1-9])\)\s+(?=\S)", re.I)
"""An inline enumerator of a clause's series: "(i) provide X, (ii) grant Y; and (iii) …"."""
_SERIES_SEMICOLON = re.compile(
    r";\s+(?P<conj>(?:and|or)\s+)?(?=\((?:[ivx]{1,4}|[a-h]|[1-9])\)\s)", re.I
)
"""A semicolon before an enumerator parts items of one series ("(ii) grant Y; and (iii) …")."""
_SERIES_OPENING = {("i", "ii"), ("a", "b"), ("1", "2")}


def without_enumerators(text: str) -> str:
    """A sentence without the enumerators of an inline series ("agrees to (i) provide logs,
    (ii) grant access"): the series reads as any other; a single "(a)" or codes out of order
    ("(R) … (A)") are kept."""
    if "(" not in text:
        return text
    marks = [m.group("mark").lower() for m in _ENUMERATOR.finditer(text)]
    if len(marks) < 2 or (marks[0], marks[1]) not in _SERIES_OPENING:
        return text
    text = _SERIES_SEMICOLON.sub(lambda m: f", {m.group('conj') or ''}", text)
    return _ENUMERATOR.sub("", text)


_OCCURS = re.compile(
    r"^(?:when|if|once|whenever)\s+(?P<np>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\s+"
    r"(?:do\s+|does\s+)?(?:occur|happen|arise|are\s+reported)\b[^,]*,\s*$",
    re.I,
)
"""A leading clause of things happening ("When outages do occur, …"): what "these" points at."""
_POINTER_OBJECT = re.compile(r"^(?P<head>\S+(?:\s+\S+){1,3}?\s+)(?:these|them)\b", re.I)
"""A main clause's first words up to its object "these" or "them" ("we will prioritize these")."""


def _main_clause(lexicon: Lexicon, lead: re.Match[str] | None, clause: str) -> str:
    """The clause after its leading phrase, without asides, with "these" or "them" as its
    object named by what the leading clause says happens ("When outages do occur, we will
    prioritize these over other work": we will prioritize outages over other work), and its
    pronoun subject by the condition's role (``_condition_subject``)."""
    body = ASIDE.sub("", clause[lead.end() :] if lead else clause).strip()
    body = _condition_subject(lexicon, lead, body)
    occurs = _OCCURS.match(lead.group(0)) if lead else None
    pointer = _POINTER_OBJECT.match(body) if occurs else None
    if occurs is None or pointer is None:
        return body
    return f"{pointer['head']}{occurs['np']}{body[pointer.end() :]}"


def _condition_subject(lexicon: Lexicon, lead: re.Match[str] | None, body: str) -> str:
    """The main clause with its "they" / "he or she" named by the condition before it ("If a
    steward plans X, they must Y": the steward must Y), when the condition's subject is a
    role's name."""
    said = _CONDITION_SUBJECT.match(lead.group(0)) if lead else None
    pronoun = _BOUND_PRONOUN.match(body) if said else None
    if said is None or pronoun is None or not lexicon.person_noun(said["np"].split()[-1]):
        return body
    return f"The {said['np']} {body[pronoun.end() :]}"


_CONDITION_SUBJECT = re.compile(
    r"^(?:if|when|whenever|once|where)\s+(?:an?|the|any|each)\s+(?P<np>[\w-]+(?:\s+[\w-]+){0,2}?)"
    r"\s+(?:[a-z]+s|is|has)\b",
    re.I,
)
"""A condition whose subject is one of a kind of party ("If a steward plans …")."""
_BOUND_PRONOUN = re.compile(
    r"^(?:they|he|she|he\s+or\s+she|he/she|s/he)\s+(?=(?:must|shall|should|will|needs?\s+to|"
    r"(?:is|are)\s+required\s+to)\s)",
    re.I,
)
"""A pronoun subject before an obligation."""


_MEANING = re.compile(
    r"^(?:(?:this|that|which)\s+(?:also\s+)?means\s+(?:that\s+)?"
    r"|(?:a|the|one)\s+(?:key\s+|main\s+|major\s+|big\s+)?(?:benefit|advantage|difference)\s+"
    r"(?:of\s+[^,;:]{2,60}?\s+)?is\s+that\s+)(?=\S)",
    re.I,
)
"""``This means (that) <clause>``, ``A key benefit of the service is that <clause>``: the
clause states what it states."""


def _noun_items(listed: str, lexicon: Lexicon) -> list[str]:
    """The items of a bare list of three or more short names ("crates, gate rules, badges",
    "encryption, routine scans, active detection of events, and more": a filler last item is
    none, an aside ", including X," no item of its own), else the list whole (an "and" splits
    it later, as any object)."""
    listed = _INCLUDING_ASIDE.sub("", listed)
    listed = _RANGE_ASIDE.sub("", listed)  # "X, from the footings to the roofs, and …": X
    items = [i.strip() for i in split_top_level(listed.rstrip(". "), r",\s*")]
    deeds = [d for i in items for d in _AND_DEED.split(i) if d.strip()]
    if len(deeds) >= 2 and all(_DEED.match(d) for d in deeds):
        return deeds  # "resolving A, helping you understand and use B, and ensuring C"
    if len(items) >= 2 and items[-1].startswith("and ") and lexicon.filler(items[-1]):
        items = items[:-1]  # "…, and more"
    last = re.match(r"^(?P<a>.+?)\s+(?P<b>(?:and|or)\s+.+)$", items[-1], re.I) if items else None
    if len(items) >= 2 and last and not re.match(r"(?:and|or)\s", items[-1], re.I):
        items = [*items[:-1], last.group("a"), last.group("b")]  # "A, B and C"
    items = [re.sub(r"^(?:and|or)\s+", "", i, flags=re.I) for i in items]
    short = all(0 < len(i.split()) <= 6 for i in items)
    if len(items) < 3 or not short:
        return [listed]
    return items


_DEED = re.compile(r"^(?:(?:and|or)\s+)?[a-z]{3,}ing\b", re.I)
_AND_DEED = re.compile(r"^(?:and|or)\s+|\s+(?:and|or)\s+(?=[a-z]{3,}ing\b)", re.I)
"""A gerund opening an item of a series of deeds, and the "and" before one."""
_RANGE_ASIDE = re.compile(
    r",\s+from\s+[^,]{2,60}?\s+to\s+[^,]{2,60}(?:,\s+and\s+everything\s+(?:in\s+between|else))?"
    r"(?=[,.]|$)",
    re.I,
)
"""A range after a thing, set off by a comma ("X, from the code in our enclaves to our SDKs,
and everything in between"): how far the thing reaches, no item."""
_INCLUDING_ASIDE = re.compile(r",\s+including\s+[^,]+,(?=\s+and\s)", re.I)
"""An example set off by commas inside a list ("rigorous controls, including evaluation of
X, and frequent reviews"): the example, no item."""


_BODY_OF_DOERS = re.compile(
    r"^(?P<subj>[^,;]{2,60}?)\s+is\s+(?:an?|the)\s+(?P<noun>[a-z]+)\s+of\s+(?:[\w-]+\s+){0,5}?"
    r"[\w-]+s\s+(?:who|that)\s+(?P<verb>[a-z]+)\s+(?P<obj>\S.*?)\.?$",
    re.I | re.S,
)
"""``The guild is the group of trusted clerks who run the wiki``: a body defined by what its
members do."""
_RELATIVE_DUTY = re.compile(
    r"(?:\b(?P<det>the|any|all|some|those|these|an?|your|our)\s+(?:[\w-]+\s+){0,2})?"
    r"(?P<head>[a-z][\w-]*)\s+(?:that|which)\s+(?P<who>you|we)\s+(?P<bound>must|shall|"
    r"(?:will\s+)?(?:need|have)\s+to|(?<=we\s)will|are\s+responsible\s+for)\s+"
    r"(?P<verb>[a-z]+)\b(?P<rest>[^,;:()]*)",
    re.I,
)
"""``… conflicts that you must resolve by hand``: the duty a relative clause binds."""


_CONDITION_WORD = re.compile(r"(?:if|when|whenever|once|in\s+(?:the\s+)?(?:event|case))\b", re.I)
"""A leading phrase that is a condition ("If a pump fails, …", "In the event of X, …")."""


_RESPONSIBLE_THEN_ACTS = re.compile(
    r"^(?P<head>(?P<subj>[^,:;]{2,60}?)\s+(?:(?:is|are|remains?|stays?|will\s+be)\s+"
    r"(?:\w+\s+)?responsible\s+for\s+|(?:inherits?|assumes?|takes?\s+on)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:duties|responsibilities|tasks|obligations)\b\s*)[^:;]{0,80}?):\s+"
    r"(?P<acts>[A-Za-z][^:;]{5,}?)\.?$",
    re.I,
)
"""``Customers remain responsible for apps: Secure workloads, configure nodes``, ``You
inherit the operator duties: run X, lock Y``: the thing, then the actions it takes (a colon
before verbs in the base form)."""
_INLINE_FOLLOWING = re.compile(
    r"\b(?:(?:commence|begin|start|carry\s+out|perform|take)\s+)?the\s+following"
    r"(?:\s+(?:tasks|duties|areas|items|things|activities|procedures|steps|actions))?\s*:\s+(?=\S)",
    re.I,
)
"""``… responsible for the following: A, B`` in one sentence: the items follow the colon (``…
will promptly commence the following procedures: (i) A; (ii) B``: A and B are the duties)."""


def _conceded(text: str) -> str:
    """A concession before a denial ("Whilst Acme looks after X, we are not privy to Y"): the
    conceded clause alone ("Acme looks after X."), what is owed; else ``text``."""
    conceding = _CONCESSION.match(text)
    if conceding and negated(text[conceding.end() :]) and not negated(conceding.group(0)):
        return _OPENING_SUBORDINATOR.sub("", conceding.group(0).rstrip(", ")) + "."
    return text


def _opening_subject(parties: PartyResolver, part: str) -> str:
    """The party a part of a sentence opens with ("Administrators", "You"), or ""."""
    named = _SUBJECT_BEFORE_MODAL.match(part)  # "Site administrators may …"
    return party_opening(parties, part) or (named.group("subject") if named else "")


def _served(state: DocState, includes: re.Match[str] | None) -> Ref | None:
    """The party whose last sentence offered a service ("Our team is available to provide
    support for X. This includes resolving A, helping B"): "This includes" lists the
    service's parts, that party's duties too (after other deeds it may describe them)."""
    acted, last = state.acted_before, state.last_duty
    if includes is None or acted is None or last is None or last[0] != acted:
        return None
    return acted if _SERVICE_OFFERED.match(last[2]) else None


class ProseReader(SentenceForms):
    """Reads sentences: relations (uses, holds, builds on, covered by) and duties
    (responsibility, RACI, ``requires … to``, ``<Party> <verb> …`` sentences)."""

    def sentences(self, raw: str, span: Span, ctx: Context) -> bool:
        """Every sentence of a raw text through ``statement``; True when any gave a duty."""
        found = False
        for start, end in sentences(raw):
            found = self.statement(raw[start:end], span, ctx, in_item=False) or found
        return found

    def statement(self, sentence: str, span: Span, ctx: Context, *, in_item: bool) -> bool:
        """Apply the relation rules to one sentence; True when it yielded a duty."""
        term = _BOLD_TERM.match(sentence)
        if term and self.state.lexicon.third_person_base(term.group("last")) is not None:
            return False  # "**Gizmo updates** for each desk": a bold term, no "Gizmo" acting
        text = _QUOTED.sub(r"\1", expand(plain(self._bold_condition(sentence))).strip())
        text = _EXHIBIT.sub("", text)
        text = without_comparison(text, self.state.lexicon)  # "Compared to X, where you …, Y …"
        text = _SYMBOL_OPENING.sub("", text)  # "ℹ️ As a customer you must …"
        text = AS_READER.sub("", text)  # "As gate officer it is your …": the reader's duty
        text = _ASSUMED_REASON.sub(r"\g<cond>", text)  # "As it is assumed X will …": "As X will …"
        text = BARE_CONDITION.sub(r"\g<cond>, ", text)  # "If you ask X we will …": a comma
        text = PASSIVE_CONDITION.sub(r"\g<cond>, ", text)  # "If X is needed the team will …"
        text = _NOT_ONLY.sub(r"\g<first> and ", text)  # "not only A but also B": A and B
        text = _NOT_LIMITED.sub(r"\g<head>", text)  # "This includes, but is not limited to: A, B"
        text = _DASH_CLAUSE.sub(", ", text)  # "X runs it—but you are responsible for Y"
        text = _VERB_ASIDE.sub(r"\g<head> ", _MODAL_ASIDE.sub(r"\g<modal> ", text))  # asides
        text = _NEEDED_ABILITY.sub(r"\g<need> to", text)  # "you need the ability to X": X
        text = _NOTICE_RECEIVED.sub(r"\g<modal> be notified of", text)  # "will receive notice of"
        text = _bare_subject(text)  # "MSP (or Central IT) applies X", "Users who need X must Y"
        text = _short_form(self.parties, self.state.lexicon, text)  # "Customer to provide X"
        text = self._shared_head(text)  # "Project and Group leaders": project leaders and …
        text = self._colon_objects(text)  # "X handles: A, B, C"
        text = without_enumerators(text)  # "agrees to (i) provide X, (ii) grant Y"
        bound = _BOUND_COLON.match(text) if ":" in text else None
        if bound:
            text = f"{bound.group('head')} {text[bound.end() :]}"  # "X agrees to: provide A, B"
        text = self._assured(text)  # "Please ensure that you lock the gate": "you lock the gate"
        text = self._forbidden_deed(text)  # "Storing X is prohibited": "Users must not store X"
        # "Generate a key on your desktop (do not use a shared server) and …": a negated aside
        # is no denial of the sentence around it
        for aside in (_ASIDE_PARENTHESIS, _THAT_IS):  # "(do not …)", "…, i.e. X, not Y"
            text = aside.sub(lambda m: "" if NEGATION.search(m.group(0)) else m[0], text)
        text = _PLACEHOLDER.sub("", text)  # "The <role responsible for X> will …": a template
        notice = _NOTICE.match(text)
        if notice and notice.group("label").lower() in self.state.lexicon.notice_labels:
            text = text[notice.end() :]  # "Important: a board member must sign it"
        self.state.stated_before, self.state.stated = self.state.stated, None
        self.state.acted_before, self.state.acted = self.state.acted, None
        if not text:
            return False
        if self._answered(text, span):
            return True
        text = _INLINE_FOLLOWING.sub("", text)  # "responsible for the following: A, B": A, B
        owned = _owned_then_acts(self, text, span, ctx)
        if owned is not None:
            return owned  # "Customers remain responsible for apps: Secure workloads, …"
        contrast = _NOT_BUT.match(text)
        if contrast:  # "Infra will not maintain the VM, but will check on security": the "but"
            text = f"{contrast.group('subj')} {contrast.group('modal')} {contrast.group('rest')}"
        text = _conceded(text)  # "Whilst Acme looks after X, we are not privy to Y": X
        self.parties.define_roles(text, span)
        appointed = _appointed_role(self, text, span)
        text = appointed or text  # "The Board appoints a Treasurer": read as usual
        before = len(self.state.facts.relations)
        self.builds_on(text, span, ctx)
        covered = self.covered_by(text, span, ctx)
        if not in_item and not covered:
            self.holds(text, span, ctx)
        self.uses(text, span, ctx)
        if in_item:
            self.parenthetical(text, span, ctx)
            return False
        used_if = _USED_IF.match(text)
        bound_after = used_if is not None and OBLIGATION.search(text, used_if.end()) is not None
        bound_after = bound_after or BINDING.search(text) is not None  # "must use X when using Y"
        if (
            len(self.state.facts.relations) > before
            and not RESPONSIBLE_WORD.search(text)
            and not bound_after  # "If you use AWS Direct Connect, you must repoint X": X too
        ):
            then = _AND_THEN.search(text)
            if not (then and self.state.lexicon.third_person_base(then.group("verb"))):
                return False  # a uses / holds / buildsOn statement, not a duty
            # "X is SOC 2 certified and follows best practices": a duty after the certificate
        defined = definition_duty(text, self.state.lexicon) if ctx.named_by_heading else None
        defined = defined or _defines_own_role(self, text, span, ctx)
        if defined and ctx.party is not None and not negated(text):
            self.records.add_duties(ctx.party, defined, text, span)  # "A person responsible for X"
            return True
        if text.lower().startswith(self.state.lexicon.presentations):
            return False  # "Below are examples of controls managed by Acme": the page, no duty
        found = self.responsibility(text, span, ctx) or self._defined_by_you(text, span)
        found = _role_aside(self, text, span) or found
        # "X must name a gate contact as haul sponsor, who is responsible for Y": Y too
        found = _role_responsible(self, text, span, passing=found) or found
        found = found or _relative_duty(self, text, span)
        found = found or _body_of_doers(self, text, span, ctx) or bool(appointed)
        found = found or note_duties(self, text, span, ctx)  # "provider responsible for X, …"
        return self._who_asides(text, sentence, span, ctx) or found

    def responsibility(self, text: str, span: Span, ctx: Context) -> bool:
        """Responsibility / RACI sentences, clause by clause (``…, but you are …``)."""
        if self._placed(text, text, span, list(ctx.models)):
            return True  # "X - including A, B, and C - are hosted in Acme": one clause
        if _condition_owned(self, text, span):
            return True  # "If X, that is the tenant's responsibility": X
        if _left_to_reader(self, text, span):
            return True  # "Patching your fork falls outside our scope": the reader's
        back = _CONDITION_BACK.match(text)
        if back and not re.match(r"you\b", back.group("s"), re.I):
            # "If the pump breaks, we will repair it": the pump; "If it breaks, …": the phrase
            named = _CONDITION_NOUN.match(back.group("cond"))
            what = named.group("np") if named else f"{back.group('p')} {back.group('cond').lower()}"
            text = f"{text[: back.start('p')]}{what}"
        text = _said_plainly(text, self.state.lexicon)
        found = False
        subject = ""
        # "…; where X is missing Acme is responsible for Y": the condition ends before "Acme"
        for part in (condition_ended(self.parties, p) for p in split_top_level(text, _PARTS)):
            if subject and _BOUND_GOES_ON.match(part):
                part = f"{subject} {part}"  # "X may install A but are responsible for B"
            subject = _opening_subject(self.parties, part)
            clauses = self.party_clauses(part)
            for at, clause in enumerate(clauses):
                if at < len(clauses) - 1 and condition_only(clause, self.state.lexicon):
                    continue  # "If Acme detects a leak, Acme repairs it": the condition
                found = self._clause(clause, text, span, ctx) or found
        return found

    def _clause(self, clause: str, sentence: str, span: Span, ctx: Context) -> bool:
        """One clause: a responsibility pattern, ``X requires Y to …``, or an action."""
        if self._rule_case(clause, sentence, span):
            return True
        deferred, self.state.deferred = self.state.deferred, None
        opening = LEADING_PHRASE.match(clause)
        includes = THIS_INCLUDES.match(clause[opening.end() :] if opening else clause)
        if deferred is not None and includes:  # "This includes data and network security"
            self.records.add_duties(deferred, includes.group("obj"), sentence, span)
            return True
        stated = self.state.stated_before
        added = _ADDED_INCLUDES.match(clause[opening.end() :] if opening else clause)
        if added and added.group("adv").lower() in self.state.lexicon.additive_adverbs:
            acted = stated or self.state.acted_before
            if acted is not None:  # "Acme handles leases. This notably includes A": more of it
                self.records.add_duties(acted, added.group("obj"), sentence, span)
                return True
        stated = stated or _served(self.state, includes)
        involves = includes is not None and includes.group("verb")[:5].lower() == "invol"
        deeds = includes is not None and _DEED.match(re.sub(r"^[a-z]+ly\s+", "", includes["obj"]))
        if stated is None and involves and deeds:
            # "You must maintain the roles. This involves setting up and verifying them": the
            # deeds the duty before takes ("This includes …" after a deed describes it)
            stated = self.state.acted_before
        if stated is not None and includes and _parts_named(includes):
            # "Acme secures the hosts. This includes patching them and …": more of Acme's
            listed = _OPEN_END.sub("", includes.group("obj").lstrip(": "))
            for item in _noun_items(listed, self.state.lexicon):  # "…: **crates**, **badges**, …"
                self.records.add_duties(stated, item, sentence, span)
            return True
        lead = LEADING_PHRASE.match(clause)
        models = (self.records.models_in(lead.group(0), span) if lead else []) or list(ctx.models)
        body = _main_clause(self.state.lexicon, lead, clause)
        if lead and _NOW_AND_THEN.match(lead.group(0)) and not OBLIGATION.search(body):
            return False  # "Sometimes we change the pricing": what happens at times, no duty
        thing = _THING_FIRST.match(lead.group(0)) if lead else None
        if (
            thing
            and re.match(r"(?:it|they)\s", body, re.I)
            and not self.parties.mentions(thing["np"], ("org", "role", "offering"))
        ):
            return False  # "Once the relay has started, it registers …": the relay does
        done = self._done_first(lead.group(0).rstrip(" ,"), body) if lead else ""
        if done:  # "Once we have tested the VM, we will …": we test it, and then …
            self._clause(done, sentence, span, ctx)
        body = _APPOSITIVE.sub(r"\g<name> ", body)  # "X, a partner of Y, is required to …"
        body = _FORMER_NAME.sub(" ", body, count=1)  # "X, formerly known as Y, is …"
        conceded = _CONTRAST.match(body)
        body = _CONTRAST.sub("", body)
        if conceded and _POINTS_BACK.search(body):
            return True  # "While Acme provides these tools, …": said before, read, no new duty
        conceding = _CONCESSION.match(body)
        if conceding and self._party_opens(body[conceding.end() :]):
            body = body[conceding.end() :]  # "While we cannot promise X, we take … for Y": Y
        elif _EXAMPLE_TAIL.match(body):
            body = _OPENING_SUBORDINATOR.sub("", body)  # "While X has Y, for example Z"
        body = re.sub(r"^(?:e\.g\.|i\.e\.),?\s+", "", body)  # "e.g. we are responsible …"
        opener = re.match(r"^([A-Za-z]+)\s+(?=\S)", body)
        if opener and opener.group(1).casefold() in self.state.lexicon.connectives:
            body = body[
                opener.end() :
            ]  # "Otherwise the provider MUST …": the connective is no subject
        meaning = _MEANING.match(body)
        if meaning:
            body = body[meaning.end() :]  # "This means that X patches …": X's duty
        only = _ALL_TO_DO.match(body)
        reader = self.parties.resolve_party(only.group("who"), span) if only else None
        if only and reader is not None and not negated(only.group("rest")):
            # "All you need to do is configure A, B and C": one task, the reader's
            self.records.duty(reader, trim(only.group("rest")), sentence, span)
            return True
        intro = re.match(r"^([\w-]+(?:\s+[\w-]+){0,3}),\s+", body)
        if intro and not self.parties.mentions(intro.group(1), ("org", "role")):
            rest = body[intro.end() :]
            first = self.parties.mentions(rest[:60], ("org", "role", "service"))
            if (first and first[0].start <= 4) or PRONOUN_SUBJECT.match(rest):
                body = rest  # "By design, Oracle provides …": the introduction is not the subject
        if (RESPONSIBLE_WORD.search(body) or _LIABLE.search(body)) and NEGATION.search(
            _LIABLE.split(without_negated_relative(body), maxsplit=1)[0]
        ):
            return False  # "X is not responsible for …", "X shall not be liable for …"
        if ctx.section.level > 1 and self._shared(body, sentence, span, models):
            return True  # (in a page's introduction, "A and B share responsibility" is its theme)
        # "X is responsible that retired disks are wiped": X ensures that they are
        body = _RESPONSIBLE_THAT.sub("responsible for ensuring that ", body)
        responsible = responsible_clause(self, body, sentence, span, ctx, models, lead)
        if responsible is not None:
            return responsible
        if self._stated_of(body, sentence, span, ctx, models):
            return True
        grows = RESP_GROWS.match(body)
        owner = self.subject_party(grows.group("subj").strip(" ,"), span, ctx) if grows else None
        if grows and owner is not None and not NEGATION.search(body):
            # "… the tenant's responsibility expands from A to managing X and its Y": one area
            self.records.duty(owner, trim(grows.group("obj")), sentence, span)
            return True
        advice = _RECOMMEND.match(body) or _RECOMMEND_PARTY.match(body)
        if advice and not NEGATION.search(body):
            rest = advice.group("rest")
            first = self.parties.mentions(rest[:60], ("org", "role"))
            if advice.re is _RECOMMEND or (first and first[0].start == 0):
                body = rest  # "We recommend that you enable MFA": the reader's duty
                if advice.re is _RECOMMEND:  # "… that you read X": the bare verb binds
                    body = _SUBJUNCTIVE.sub(r"\g<0>should ", body)
        gerund = _RECOMMEND_GERUND.match(body)
        if gerund and not negated(body) and self._recommended(gerund.group("rest"), sentence, span):
            return True
        refrain = _RECOMMEND_NOT.match(body)  # "We recommend not including X": do not include X
        reader = self.parties.resolve_party("you", span) if refrain else None
        if refrain and reader and (base := self.state.lexicon.verb_base(refrain["verb"])):
            return (
                self.records.duty(reader, f"Do not {base} {refrain['obj']}", sentence, span)
                is not None
            )
        demand = _REQUIRES_THAT.search(body)
        if demand and not NEGATION.search(body[: demand.start()]):
            # "… ask that you reset the lock": a bare verb after the reader is what is asked
            rest = _SUBJUNCTIVE.sub(r"\g<0>must ", demand.group("rest"))
            if self.action(rest, sentence, span, ctx, models=models):
                return True
        if self._necessary(body, sentence, span, ctx, models):
            return True
        required = (
            _REQUIRES.search(body)
            or _ASK.match(body)
            or _LEFT_TO_OWN.search(body)
            or _RELIES_ON.search(body)
        )
        hypothetical = required and (
            re.search(r"\b(?:would|could|might)\s+(?:\w+\s+)?$", body[: required.start()], re.I)
            or _GENERIC_ASKER.match(body[: required.start()])
            or _GENERIC_ASKER.match(sentence)
            or (_asking(required) and _MAY_ASK.search(body[: required.start()]))
            or _TOLD_TO_EXPECT.search(body[: required.end("subj")])
        )  # "that approach would require providers to upgrade …": weighed, not a duty;
        # "you may create a ticket to ask us to install X": what the reader may ask for;
        # "In many organizations, auditors require vendors to …": what others ask, not the page
        deed = _asker_deed(self.state.lexicon, body, required)
        if required and required.groupdict().get("ask") and not self._party_opens(body):
            required = required if deed is not None else None  # "The wizard asks you to …"
        if required and required.groupdict().get("urge"):
            required = None  # "We encourage you to …", "… may encourage CSPs to …": advice
        required = None if _suggested(required, self.state.lexicon) else required
        if required and not hypothetical and not NEGATION.search(body):
            subject = required.group("subj")
            owners = self.parties.joint(subject, span)  # "requires both you and Acme to …"
            party = owners[0] if owners else _asked_party(self.parties, subject, required, span)
            if party is not None:
                for owner in owners or [party]:
                    for obj in _required_parts(required.group("obj")):
                        if not _only_duties(obj, self.state.lexicon):
                            self.records.add_duties(owner, obj, sentence, span, models=models)
                asker = self.parties.resolve_party("you", span) if required.re is _ASK else None
                if asker is not None and asker != party:  # asking is the reader's own part
                    self.records.duty(asker, trim(required.group(0)), sentence, span)
                if deed is not None and required.groupdict().get("ask"):
                    # "we will contact you and ask you to act": the contacting is the asker's
                    self.action(deed.group("deed"), sentence, span, ctx, models=models)
                return True
        yours = _YOURS_MUST_BE.match(body)
        reader = self.parties.resolve_party("you", span) if yours and not negated(body) else None
        if yours and reader is not None:  # "your workers must be designed to resume"
            label = f"{yours.group('obj')} {yours.group('verb')}{yours.group('rest')}"
            self.records.duty(reader, trim(label), sentence, span)
            return True
        conditioned = bool(_CONDITION_WORD.match(lead.group(0) if lead else sentence.lstrip()))
        if self._joint_action(body, sentence, span, ctx, models, conditioned=conditioned):
            return True
        return self.action(body, sentence, span, ctx, models=models)


def _suggested(required: re.Match[str] | None, lexicon: Lexicon) -> bool:
    """Whether what a party is urged to do opens with a verb of advice or navigation
    (cue-words.ttl ``suggestion-verb``: "We urge you to look at our other pages"): a
    pointer, no duty."""
    if required is None or not required.groupdict().get("urge"):
        return False
    words = required.group("obj").lower().split()
    suggestions = lexicon.suggestions
    return bool(words) and (words[0] in suggestions or " ".join(words[:2]) in suggestions)


def _asked_party(
    parties: PartyResolver, subject: str, required: re.Match[str], span: Span
) -> Ref | None:
    """The party a requirement binds (people named by what they use: the customers); one the
    reader is told to ask named with "your" and an operator noun of cue-words.ttl after its
    modifiers ("Ask your service-specific administrator to …") is that role, though the page
    names it nowhere else."""
    party = parties.resolve_party(subject, span)
    if party is None and consumers_named(parties.state.lexicon, subject):
        return parties.resolve_party("customers", span)  # "requires every team on the X to"
    words = subject.lower().split()
    operators = parties.state.lexicon.operator_nouns
    if party is None and required.re is _ASK and words and f"your {words[-1]}" in operators:
        party = parties.resolve_party(capitalize(subject), span, force=True, own=True)
    if party is None and _made_responsible(subject, parties.state.doc.text):
        # "We expect projects to …" before "Projects are solely responsible for X": a party
        party = parties.resolve_party(capitalize(subject), span, force=True)
    return party


def _made_responsible(subject: str, text: str) -> bool:
    """Whether the page makes the bare plural ``subject`` responsible for something itself
    ("Projects are solely responsible for …")."""
    if not re.fullmatch(r"[A-Za-z]{3,}s", subject.strip()):
        return False
    name = re.escape(subject.strip())
    said = rf"(?:^|[.\n]\s*){name}\s+are\s+(?:[a-z]+\s+)?responsible\s+for\b"
    return re.search(said, text, re.I) is not None


def _asking(required: re.Match[str]) -> bool:
    """Whether a match of what a party is required to do is an asking ("ask us to …")."""
    return required.re is _ASK or bool(required.groupdict().get("ask"))


_MAY_ASK = re.compile(r"\b(?:may|can|could)\s+(?:\w+\s+){0,6}?(?:to\s+)?$", re.I)
"""A permission before the asking ("you may create a ticket to (ask us to …)"): a request
the reader may make, no duty of the one asked."""


def _asker_deed(
    lexicon: Lexicon, body: str, required: re.Match[str] | None
) -> re.Match[str] | None:
    """The named asker's own deed before "and ask you to …" ("Nimbus will review the logs
    and ask you to …": the one who reviews asks); None when no name opens the sentence ("The
    wizard will open and ask you to …": no party asks)."""
    if required is None or not required.groupdict().get("ask"):
        return None
    word = body.split()[0] if body.split() else ""
    if not (word[:1].isupper() and lexicon.name_like(word)) and not PERSON_SUBJECT.match(body):
        return None
    return _FIRST_DEED.match(body[: required.start()])


_NOT_VERBS = frozenset(
    {
        "the",
        "all",
        "any",
        "each",
        "every",
        "your",
        "our",
        "their",
        "its",
        "this",
        "these",
        "those",
        "some",
    }
)
"""Words that open a noun phrase, never an action."""


def _owned_then_acts(reader: ProseReader, text: str, span: Span, ctx: Context) -> bool | None:
    """ "Customers remain responsible for apps: Secure workloads, configure nodes": the
    thing and each action after the colon, all the subject's (whether any gave a fact);
    None when the words after the colon are no actions in the base form."""
    acts = _RESPONSIBLE_THEN_ACTS.match(text)
    if acts is None:
        return None
    deeds = [d.strip() for d in split_top_level(acts["acts"], r",\s*(?:and\s+)?")]
    if len(deeds) == 1:  # "Secure workloads and configure nodes": two deeds
        deeds = [d.strip() for d in re.split(r"\s+and\s+", acts["acts"])]
    firsts = [d.split()[0].lower() if d.split() else "" for d in deeds]
    lexicon = reader.state.lexicon
    known = [bool(w) and lexicon.verb_base(w) == w for w in firsts]
    # every deed opens with a verb in the base form: one no vocabulary lists ("lock gates")
    # among known ones passes, if it is no determiner or pronoun
    if not (known and known[0] and sum(known) * 2 > len(known)) or not all(
        k or (re.fullmatch(r"[a-z]{3,}", w) and w not in _NOT_VERBS)
        for k, w in zip(known, firsts, strict=True)
    ):
        return None
    found = False
    for deed in deeds:
        clause = f"{acts['subj']} must {deed[:1].lower()}{deed[1:]}"
        found = reader.responsibility(clause, span, ctx) or found
    return reader.responsibility(acts["head"], span, ctx) or found


def _condition_owned(reader: ActionSentences, text: str, span: Span) -> bool:
    """``If X, that is <party>'s responsibility``: X is the party's duty."""
    pointed = _CONDITION_OWNED.match(text.strip())
    if pointed is None or negated(pointed.group("what")):
        return False
    poss = {"your": "you", "our": "we"}.get((pointed.group("poss") or "").lower())
    owner = pointed.group("owner") or poss or ""
    parties = reader.parties
    party = parties.resolve_party(owner, span) or parties.resolve_party(
        f"{owner}s", span, create=False
    )  # "the participant's": the page's "Participants"
    if party is None:
        return False
    reader.records.duty(party, trim(pointed.group("what")), text, span)
    return True


def _left_to_reader(reader: ActionSentences, text: str, span: Span) -> bool:
    """``Testing and patching your fork falls outside our scope``: what the writer disowns,
    done to the reader's own things ("your"), is the reader's duty."""
    left = _OUTSIDE_OURS.match(text.strip())
    what = left.group("what") if left else ""
    if not re.search(r"\byour\b", what, re.I) or negated(what):
        return False
    party = reader.parties.resolve_party("you", span)
    if party is None:
        return False
    reader.records.add_duties(party, what, text, span)
    return True


_CHOSEN_ROLE = re.compile(
    r"(?:a|an|the)\s+(?:best|right|appropriate|relevant|correct|proper|most\s+\w+)\s", re.I
)
"""A role named by how it is to be chosen ("the best team", "the appropriate owner"): whoever
that turns out to be, no party of the page."""


def _role_responsible(
    reader: ActionSentences, text: str, span: Span, *, passing: bool = False
) -> bool:
    """``… by a steering committee responsible for A, B and C``: a role the page names in
    passing (a noun phrase whose head is a person noun) and its duty; in a sentence already
    read (``passing``), only a role a relative clause gives its duty ("… as haul warden, who
    is responsible for X")."""
    match = _ROLE_RESPONSIBLE.search(text)
    if match is None or negated(text[: match.end("role")]):
        return False
    if passing and not re.match(r"\s+(?:who|that)\s", text[match.end("role") :]):
        return False  # a sentence already read: only a relative clause adds its role's duty
    if _CHOSEN_ROLE.match(match.group("role")):
        return False  # "to pick the best crew responsible for the fix": to be found
    party = reader.role_subject(match.group("role"), span)
    if party is None:
        return False
    for duty in _predicates(reader.state.lexicon, match.group("obj")):
        reader.records.add_duties(party, duty, text, span)
    return True


def _appointed_role(reader: ActionSentences, text: str, span: Span) -> str:
    """``The Board appoints a Treasurer responsible for A and B``: a role (a person noun the
    vocabulary knows) after a duty verb holds A and B; the sentence up to the role is what is
    left to read ("" when the shape is not there)."""
    match = _ROLE_OBJECT.search(text)
    lexicon = reader.state.lexicon
    if match is None or negated(text[: match.end("role")]):
        return ""
    if lexicon.verb_base(match.group("verb")) is None:
        return ""  # "… is a Treasurer responsible for": no verb acts on the role
    if _CHOSEN_ROLE.match(match.group("role")):
        return ""  # "to pick the best crew responsible for the fix": to be found
    party = reader.role_subject(match.group("role"), span)
    if party is None:
        return ""
    for duty in _predicates(lexicon, match.group("obj")):
        reader.records.add_duties(party, duty, text, span)
    return f"{text[: match.end('role')]}."


_GOES_ON = re.compile(r",?\s+and\s+(?P<verb>[a-z]+s)\s+(?P<rest>\S.*)$")
"""A relative clause's second predicate ("… responsible for X and agrees to Y")."""


def _predicates(lexicon: Lexicon, obj: str) -> list[str]:
    """The duties of "who is responsible for approving blasts and agrees to sign the
    permits": the object, then what the second predicate binds the role to do ("sign the
    permits"; "and reports outages": "report outages"; "… must sign the permits")."""
    bound = re.search(r"\s+(?:must|shall|should|will)\s+(?P<deed>[a-z]\S*\s.*)$", obj)
    if bound is not None:  # "The warden who is responsible for X must sign Y": X, Y
        told = not re.match(r"(?:not|be)\b", bound["deed"])
        return [obj[: bound.start()], *([bound["deed"]] if told else [])]
    found = _GOES_ON.search(obj)
    if found is None:
        return [obj]
    agreed = re.match(r"(?:agrees|undertakes)\s+to\s+(?P<deed>\S.*)", found[0].split(None, 1)[1])
    base = lexicon.third_person_base(found["verb"])
    if agreed is not None:
        return [obj[: found.start()], agreed["deed"]]
    if base is not None:
        return [obj[: found.start()], f"{base} {found['rest']}"]
    return [obj]


def _role_aside(reader: ActionSentences, text: str, span: Span) -> bool:
    """``… by a Harbour Committee (HC), responsible for A and B``: the role set off by its
    short name or a comma, and its duty (the sentence's main verb is read as well)."""
    match = _ROLE_ASIDE.search(text)
    if match is None or not (match.group("short") or match.group("comma")):
        return False
    if negated(text[: match.end("role")]) or "," in match.group("role"):
        return False
    if re.search(rf",\s+(?:{FINITE.pattern})\b", match.group("obj"), re.I):
        return False  # "The owner, responsible for X, must Y": the aside ends before the verb
    party = reader.role_subject(match.group("role"), span)
    if party is None:
        return False
    reader.records.add_duties(party, match.group("obj"), text, span)
    return True


def _relative_duty(reader: ActionSentences, text: str, span: Span) -> bool:
    """``The sync leaves conflicts that you must resolve by hand``: the one the relative
    clause names must <verb> the noun it follows (a sentence with no other duty)."""
    match = _RELATIVE_DUTY.search(text)
    if match is None or negated(match.group(0)):
        return False
    verb = match.group("verb").lower()
    lexicon = reader.state.lexicon
    if match.group("bound").lower().endswith("for"):
        base = lexicon.verb_base(verb) if verb.endswith("ing") else None
    else:
        base = verb if lexicon.verb_base(verb) == verb else None
    party = reader.parties.resolve_party(match.group("who"), span)
    head = match.group("head")
    listed = lexicon.duty_nouns | lexicon.document_nouns
    if base is None or party is None or head.lower() in listed:
        return False  # "the steps that you must follow": they are named elsewhere
    before = text[: match.start("head")].split()[-1:]
    if not match.group("det") and before and before[0].lower() in ("which", "this", "it", "that"):
        return False  # "…, which means that you will have to X": "means" is a verb, no noun
    if planned(match.group("bound"), match.group("rest"), lexicon):
        return False  # "risks that we will reduce over time": a plan
    noun = match.group(0)[: match.end("head") - match.start()] if match.group("det") else head
    reader.records.duty(party, trim(f"{verb} {noun}{match.group('rest')}"), text, span)
    return True


def _defines_own_role(reader: ProseReader, text: str, span: Span, ctx: Context) -> str | None:
    """The duty of a sentence that defines the role its section's heading names ("A vault
    keeper is a staff member who checks X" under "Vault Keeper"): the relative clause."""
    if not ctx.named_by_heading or ctx.party is None:
        return None
    split = copular_definition(text)
    if split is None:
        return None
    term, definition = split
    if reader.parties.resolve_party(term, span, create=False) != ctx.party:
        return None  # another role's definition under this heading
    return definition_duty(definition, reader.state.lexicon)


def _body_of_doers(reader: ProseReader, text: str, span: Span, ctx: Context) -> bool:
    """ "The guild is the group of trusted clerks who run the wiki": a body
    (``cue:collective-noun``) defined by what its members do (a duty verb in its base form)
    has that duty."""
    match = _BODY_OF_DOERS.match(text.strip())
    lexicon = reader.state.lexicon
    if match is None or match.group("noun").lower() not in lexicon.collective_nouns:
        return False
    verb = match.group("verb").lower()
    if lexicon.verb_base(verb) != verb or negated(text):
        return False
    party = reader.subject_party(match.group("subj"), span, ctx)
    if party is None:
        return False
    reader.records.add_duties(party, f"{verb} {match.group('obj')}", text, span)
    return True


def _required_parts(obj: str) -> list[str]:
    """What a party is required to do, one part per infinitive ("to A, and to B"), without a
    pointer to a guide ("…, as per the setup guide, …")."""
    obj = _AS_PER.sub("", obj)
    splitter = _SERIES_TO if _AND_TO.search(obj) else _AND_TO  # "to A, to B, and to C"
    return [p for p in splitter.split(obj) if p.strip()]


_ONLY_DUTIES = re.compile(
    r"^[a-z]+\s+(?:on\s+)?(?!(?:for|of|to|in|on|with)\b)(?:[\w-]+\s+){0,5}?(?P<noun>[a-z]+)\W*$",
    re.I,
)


def _only_duties(obj: str, lexicon: Lexicon) -> bool:
    """``… requires you and Acme to assume different but equally essential
    responsibilities``: a verb whose object is only a duty noun ("responsibilities", "tasks")
    with its modifiers says that duties exist, not which; no duty of its own."""
    match = _ONLY_DUTIES.match(obj.strip())
    if match is None or re.search(r"\b(?:for|of|to|in|with)\b", obj, re.I):
        return False
    return match.group("noun").lower() in lexicon.duty_nouns


def requires_of_party(text: str) -> bool:
    """Whether a sentence states what something requires of, or relies on, a party ("X
    requires you to …", "X relies on you creating …"): a duty even as an example."""
    return bool(_REQUIRES.search(text) or _RELIES_ON.search(text)) and not NEGATION.search(text)
