"""Cue words shared by several readers: responsibility sentences, negation, pronouns.

Patterns that only one reader uses live at the top of that reader's module (sentence patterns in
``prose``, lead-ins in ``lists``, headers in ``tables``, headings in ``walk``); this module holds
the ones two or more readers must agree on, so a change here changes them all at once.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon import has_phrase
from ..text import Needing

if TYPE_CHECKING:
    from ..lexicon import Lexicon

__all__ = [
    "ADVERBS",
    "ASIDE",
    "AS_READER",
    "BARE_CONDITION",
    "BINDING",
    "BOUND_DEED",
    "CLAUSE_VERBS",
    "COMPANY_SUFFIX",
    "DOING_RELATIVE",
    "FIRST_PERSON",
    "KEYWORD_LEADIN",
    "LEADING_PHRASE",
    "LEGAL_END",
    "MODALS",
    "NEGATED_DASH_TAIL",
    "NEGATION",
    "OBLIGATION",
    "OWN_VOICE",
    "PASSIVE_CONDITION",
    "POINTER",
    "PRONOUNS",
    "PRONOUN_SUBJECT",
    "QUALIFIED",
    "READER_CONDITION",
    "RESP",
    "RESPONSIBLE_WORD",
    "RESP_PAREN",
    "RESP_TAKE",
    "RESP_TO",
    "SECOND_PERSON",
    "STRANDED",
    "TOGETHER",
    "USES",
    "blames",
    "blaming",
    "expand",
    "forbids",
    "negated",
    "overseen",
    "oversight_words",
    "positive_part",
    "theme",
    "unbracketed",
    "without_connective",
    "without_contrast",
    "without_negated_relative",
]

ADVERBS = (
    r"(?:also|primarily|solely|fully|ultimately|generally|typically|jointly|mainly|directly|"
    r"still|always|entirely|partly|partially|exclusively|largely|only|then|"
    r"(?!(?:ap|re|sup)ply\b)[a-z]{3,}ly)"
)
"""Adverbs allowed between a subject's verb and "responsible for" (``is also responsible``,
``is completely responsible``, any "-ly" adverb: ``is contractually responsible``)."""

_NOTICE_MEANS = (
    r"(?:(?:by|via|through)\s+(?:e-?mail|phone|telephone|letter|post|ticket|a\s+notice)\s+|"
    r"in\s+(?:writing|advance|good\s+time)\s+|(?:promptly|immediately|directly)\s+)?"
)
"""How or when a party is told, between "informed" and "of" ("informed by email of")."""

_HOLDER_NOUN = (
    r"(?:(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}?(?:person|party|one|team|organi[sz]ation|entity|"
    r"body|group|individual|role)s?\s+(?=responsible|accountable))?"
)
"""A noun for whoever holds a duty between "is" and "responsible" ("is the person responsible
for X", "is the only party accountable for X"): the subject's duty all the same."""

READER_CONDITION = re.compile(
    r"^(?:if|when|whenever|before|after|once|in\s+case|should)\s+you\s+[^:.;,]{3,80}:?$", re.I
)
"""A condition on the reader, whole ("If you smell gas at the pit:", "### When You Leave
the Project"): the steps under it are the reader's (not "If you X, you can get:": a clause
follows it)."""

RESP = Needing(
    re.compile(
        rf"^(?!to\s+be\s)(?P<subj>.*?)\b(?:is|are|remains?|stays?|"
        rf"(?:will|shall|must|should)\s+(?:{ADVERBS}\s+)*be|"
        rf"becomes?|be)\s+(?:{ADVERBS}\s+)*{_HOLDER_NOUN}(?P<kind>responsible\s+(?:for|to|of)|accountable\s+for|"
        rf"liable\s+for|tasked\s+with|charged\s+with|entrusted\s+with|in\s+charge\s+of|"
        rf"consulted\s+(?:on|about)|(?:informed|notified)\s+{_NOTICE_MEANS}(?:of|about))\s+"
        r"(?P<obj>.*)$",
        re.I | re.S,
    ),
    "responsible",
    "accountable",
    "liable",
    "tasked",
    "charge",
    "entrusted",
    "consulted",
    "informed",
    "notified",
)
"""``<subj> is responsible for / accountable for / tasked with / entrusted with / in charge of /
consulted on / informed / notified of <obj>``; not a purpose opening a sentence ("To be in
charge of X, you should:")."""

RESP_TAKE = Needing(
    re.compile(
        rf"^(?P<subj>.*?)\b(?:{ADVERBS}\s+)*(?:(?:takes?(?:\s+on)?|has|have|bears?|retains?|assumes?|"
        r"owns?|holds?|accepts?|acknowledges?)\s+(?:the\s+|an?\s+|all\s+|some\s+|full\s+|sole\s+|"
        r"primary\s+|overall\s+|complete\s+|entire\s+|(?:their|its|his|her|your|our)\s+|"
        r"ultimate\s+|final\s+|additional\s+|legal\s+|joint\s+|direct\s+|personal\s+)*"
        r"responsibilit(?:y|ies)\s+"
        r"(?:and\s+(?:management|ownership|control|accountability)\s+)?"  # "… and management of"
        r"(?:for|of|to(?=\s+[a-z]))|plays?\s+an?\s+(?:[a-z]+\s+)?role\s+in(?=\s+[a-z]+ing\b))\s+"
        r"(?P<obj>.*)$",
        re.I | re.S,
    ),
    "responsibilit",
    "role in",
)
"""``<subj> takes (on) / bears / retains / assumes (all, full) responsibility for <obj>``; ``<subj>
has (ultimate, a) responsibility to <verb> …``; ``<subj> plays a (vital) role in <gerund> …``
(the part it plays is its duty)."""

RESP_GROWS = Needing(
    re.compile(
        r"^(?P<subj>.+?)(?:['’]s?)?\s+responsibilit(?:y|ies)\s+(?:expands?|extends?|grows?|widens?|"
        r"broadens?)\s+(?:from\s+.+?\s+)?to\s+(?:include\s+)?(?P<obj>.+)$",
        re.I | re.S,
    ),
    "responsibilit",
)
"""``the customer's responsibility expands from the app code to managing X``: X is theirs."""

RESP_TO = Needing(
    re.compile(
        r"^(?:(?:[a-z]+,\s+)?(?:within|in|for|under|on|where|wherever|when|whenever|if|once)\b"
        r"[^,.;]{0,80}?\s+(?=it\s+is\s))?"  # "Within a shared hall it is the …": its setting
        r"(?:note\s+that\s+)?(?:it\s+is|it\s+remains|this\s+is|that\s+is)\s+"
        r"(?:(?:[a-z]{3,}ly|also|still|always)\s+)?(?:the\s+)?"
        r"(?P<of>(?:sole\s+|full\s+)?(?:responsibility|duty|job|task|policy)\s+of\s+)?"
        r"(?P<subj>.+?)"
        r"(?(of)\s+to\s+|(?:['’]s|s['’])?\s+(?:sole\s+|own\s+|full\s+|legal\s+)?(?:responsibility\s+(?:to|for)|"
        r"(?:job|duty|task)\s+to)\s+)"
        r"(?P<obj>.*)$",
        re.I | re.S,
    ),
    "responsibility",
    "job",
    "duty",
    "task",
    "policy",
)
"""``It is the <subj>'s responsibility to <obj>``, ``It is (remains) the responsibility (duty,
policy) of <subj> to <obj>``, also after the setting it holds in ("However, within IaaS it is
…") and with an adverb before "the" ("It is also / ultimately the responsibility of <subj>
to")."""

RESP_PAREN = Needing(
    re.compile(
        r"\((?P<obj>[^()]*?)\s+(?:is|are)\s+(?:the\s+)?(?P<subj>[^()]*?)(?:['’]s|s['’])?\s+"
        r"responsibilit(?:y|ies)\)",
        re.I,
    ),
    "responsibilit",
)
"""``(<obj> is the <subj>'s responsibility)`` inside a sentence: a split concern."""

USES = Needing(
    re.compile(
        r"^(?P<subj>.+?)(?<!\sof)(?<!\sfor)(?<!\sin)(?<!\sto)\s+"
        r"(?:uses?|relies\s+on|rely\s+on|runs?\s+on|(?:is|are)\s+(?:hosted|built|deployed|"
        r"running)\s+(?:on|in|by)|leverages?|consumes?|utili[sz]es?|(?:operates?|hosts?|runs?)\s+"
        r"(?:(?:the|its|their|our)\s+)?(?:service|services|platform|application|solution|workloads?)"
        r"\s+(?:on|in))\b(?P<obj>.*)$",
        re.I | re.S,
    ),
    "use",
    "relies",
    "rely",
    "run",
    "built",
    "deployed",
    "leverage",
    "consume",
    "utili",
    "operate",
    "host",
)
"""``<subj> uses / relies on / runs on / is hosted on <obj>``; "use" after "of", "for", "in" or
"to" is a noun or an infinitive ("conditions of use:", "ready for use"), no verb of the subject."""

NEGATION = Needing(
    re.compile(
        r"\b(?:not(?!\s+(?:limited|restricted)\s+to\b|\s+only\b)|never|no\s+longer(?!\s+(?:required|needed|necessary|in\s+use|used|valid)\b)|"
        r"cannot|can't|doesn't|don't|isn't|aren't|"
        r"under\s+no\s+circumstances|at\s+no\s+time|"
        r"(?:is|are)\s+(?:strictly\s+)?(?:prohibited|forbidden)\s+(?:from|to)|"
        r"(?<=[a-z]{2}s\s)(?:(?:up|out)\s+)?no(?=\s+(?!(?:later|more|less|longer|sooner|extra|"
        r"additional|cost|charge|matter)\b)[a-z]))\b",
        re.I,
    ),
    "no",
    "never",
    "n't",
    "prohibited",
    "forbidden",
)
"""A denial: "not", "never", "under no circumstances", "users are prohibited from …" (not "but
not limited to", which widens)."""
OWN_VOICE = re.compile(
    r"^we\s+(?:(?:will|shall|must|also|always|then)\s+)*(?=[a-z][\w-]*\s+\w)", re.I
)
"""``We (will) …`` opening a duty's text: the writer speaking, no part of the duty (under the
writer's heading or in its column the party restated; elsewhere, after a condition, its
promise)."""
FINITE = re.compile(
    r"\b(?:is|are|was|were|will|would|can|could|may|might|must|should|shall|has|have|had"
    r"|does|do|did)\b",
    re.I,
)
"""A finite verb or an auxiliary: the words that make a stretch of text a clause."""
SO_PURPOSE = (
    r"so\s+(?:that|as\s+(?:not\s+)?to|(?=(?:the|you|we|it|they|your|our|their|its|nobody|"
    r"nothing|no\s+one)\s))"
)
"""A purpose clause opened by "so" ("so that X", "so the disk does not fill", "so as not to"):
why the duty is done, no part of it."""
CLAUSE_VERBS = (
    r"(?:ensur(?:e|es|ing)|make\s+sure|making\s+sure|verif(?:y|ies|ying)|confirm(?:s|ing)?)"
)
"""Verbs whose object is a whole clause ("ensure that X is Y")."""
_NEGATION_SCOPE_END = re.compile(
    rf"\b(?:{CLAUSE_VERBS}|guarantee(?:s|ing)?|that(?!\s+(?:is|was|does|will)\b)|"
    rf"which|who|whom|whose|what|where|when|if|whether|unless|{SO_PURPOSE}|to\s+(?:avoid|prevent)|"
    r"without|such\s+as|for\s+(?:example|instance))\b"
    r"|(?<=[a-z]{2}s\s)(?=(?:the|your|our|their|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:does|do|did|will|can)(?:n['’]t|\s+not)\b)",
    re.I,
)
"""Where a negation stops negating the main clause: "ensure that X does not …", "what they
should not do", "arbiter in cases where decisions cannot be reached" state what the duty is
about, not that there is none; nor does one in an example ("Block risky actions, such as not
letting guests log in"); nor one in a clause on a plural noun with no relative pronoun
("workarounds for layouts the console doesn't accept")."""
_COORDINATION = re.compile(r",?\s+(?:and|but|or)\s+|[,;]\s+", re.I)


NEGATED_DASH_TAIL = r"\s+[-–—]+\s+[^-–—;]*\b(?:not|never|n['’]t)\b[^-–—;]*;?$"
"""A closing dash clause holding a negation ("— never open the console to everyone", "— Acme's
snapshots do not include it"): what is not meant, or why; no part of the duty before it."""
_CONTRAST_TAIL = Needing(
    re.compile(
        r"(?:,|\s+and|\s+but)\s+not\s+(?!only\b|just\b|be\b|have\b)(?:an?\s+|the\s+)?[a-z][\w-]*"
        r"(?:\s+[a-z][\w-]*)?\s*\.?$"
        r"|,\s+not\s+(?:the|your|their|its|our|any)\s+[^,;:.]{1,60}\.?$"
        r"|,\s+(?:but|and)\s+(?:it|they|we|this|that|[A-Z][\w-]*"
        r"|(?:our|the|their|its|your)\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:does|do|did|will|can|is|are)"
        r"(?:\s+not|n['’]t)\s[^;]*$"
        rf"|{NEGATED_DASH_TAIL}",
        re.I,
    ),
    "not",
    "n't",
    "n’t",
    "never",
)
"""A closing contrast with a noun ("services and not systems", "X, not Y", "the build hosts,
not the scripts you run on them") or a clause of its own (", but it does not deploy Z", "— never
open the console to everyone", "— Acme's snapshots do not include it"): what is not meant, or
why, no denial of the clause."""
_SPARED_TAIL = re.compile(
    r",?\s+so\s+(?:that\s+)?(?:you|customers?|users?|they|teams?)\s+(?:do\s+not|don['’]t|"
    r"won['’]t|will\s+not|no\s+longer)\b[^.;]*[.;]?$",
    re.I,
)
"""``… so you don't have to``: what the reader is spared, no denial of the clause before it."""
_LEADING_CLAUSE = re.compile(
    r"^(?:if|when|whenever|once|unless|because|since|where|without|while|whilst|whereas|although|"
    r"though)\b[^,]{1,150},\s+(?=\S)",
    re.I,
)
"""A leading subordinate clause ("If X,", "Without X,", "Although X,"): a negation in it does
not deny the main clause, and the main clause's own negation is found after it."""
_SUBORDINATE_ASIDE = re.compile(
    r"\(\s*(?:even\s+(?:though|if)|although|though|if|when|whenever|once|unless|because|since|"
    r"where|while|whereas)\b[^()]*\)",
    re.I,
)
"""A subordinate clause in parentheses ("(even though Acme does not support X)"): a negation
in it does not deny the clause around it either."""
_CONTRAST_ASIDE = re.compile(
    r"\(\s*(?:but\s+)?(?:not|never)\s+(?:on|in|at|from|via|through|by|for|with|during|outside|inside|under)\b[^()]*\)",
    re.I,
)
"""A verbless contrast in parentheses that says where or how not to do it ("Run jobs through the
scheduler (never on the login nodes)", "(not by email)"): what is not meant, no denial of the
clause around it."""


_NEGATED_RELATIVE = re.compile(
    r"^(?P<head>[^,;:]{1,80}?)(?:\s+(?:that|which|who)\s+(?:is|are|was|were|do|does|did|has|have)"
    r"|(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bdo)(?<!\bdoes)(?<!\bdid)(?<!\bwill)"
    r"(?<!\bmust)(?<!\bcan)(?<!\bshould)(?=\s+not\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn)\b))"
    r"\s+not\s+[^,;:]{1,100}?\s+(?=(?:is|are|remains?|stays?|becomes?|will\s+be)\s+"
    r"[^,;:.]{0,40}?\b(?:responsib|accountab))",
    re.I,
)
"""A subject narrowed by a negated relative clause, full or reduced, before its responsibility
("Tools that are not maintained by the wardens are the responsibility of X", "Users who do
not hold a key are responsible for …", "Software not installed by Acme is the customer's
responsibility"): the negation picks out the things or people, the main clause is no denial."""


_NEGATED_PARTICIPLE = re.compile(
    r"(?<=[a-z]{3})(?<!\bbeen)(?<!\bdoes)(?<!\bwill)(?<!\bmust)(?<!\bshould)(?<!\bcould)"
    r"(?<!\bwould)(?<!\bthey)(?<!\bthis)(?<!\bthat)(?<!\bthese)(?<!\bthose)(?<!\bhave)"
    r"(?<!\bwere)(?<!\bget)(?<!\bgot)(?<!\bhas)(?<!\bhad)(?<!\bare)(?<!\bwas)(?<!\byou)"
    r"\s+not\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn)\s+(?:by|from|through|via|under)\s+[^,;:.]{1,60}",
    re.I,
)
"""A noun narrowed by a negated reduced participle after it ("aftermarket liners not
supplied by Acme", "belts not covered under the warranty"): which things, no denial."""


def _without_negated_participle(text: str) -> str:
    """``text`` without a negated reduced participle on an object (``_NEGATED_PARTICIPLE``);
    one on the sentence's first noun is its subject's, read by ``_NEGATED_RELATIVE``."""
    for found in _NEGATED_PARTICIPLE.finditer(text):
        if len(text[: found.start()].split()) >= 2:
            return text[: found.start()] + text[found.end() :]
    return text


def without_negated_relative(text: str) -> str:
    """``text`` with a negated relative clause on its subject left out (``_NEGATED_RELATIVE``)."""
    return _NEGATED_RELATIVE.sub(r"\g<head> ", text, count=1)


def without_contrast(text: str) -> str:
    """``text`` without a closing contrast ("X, not the scripts you run", ", but it does not
    deploy Z"): what is not meant is no part of the duty."""
    return _CONTRAST_TAIL.sub("", text).rstrip(" ,")


def negated(text: str) -> bool:
    """Whether the main clause of ``text`` is negated ("Microsoft doesn't provide …"); a
    negation inside a that-, wh- or ensure-clause ("ensure that their use does not compromise
    these controls") is part of what is owed, not a denial."""
    text = _CONTRAST_TAIL.sub("", text)  # "procure services and not systems": procure services
    text = _SPARED_TAIL.sub("", text)  # "Acme takes care of updates so you don't have to"
    if NEGATION.search(text) is None:
        return False  # (a negation before the scope's end is one in the whole text)
    text = _LEADING_CLAUSE.sub("", text)  # "If you do not have a key, ask for one": no denial
    text = without_negated_relative(text)  # "Tools that are not kept by X are Y's responsibility"
    text = _without_negated_participle(text)  # "Inspecting liners not supplied by Acme": which
    text = _SUBORDINATE_ASIDE.sub("", text)  # "Move crates (even though we do not …)"
    text = _CONTRAST_ASIDE.sub("", text)  # "Run jobs via the queue (never on the gateways)"
    scope_end = _NEGATION_SCOPE_END.search(text)
    return bool(NEGATION.search(text[: scope_end.start()] if scope_end else text))


_CLAUSE_APART = re.compile(r"\s+[-–—]+\s+(?=(?:it|they|this|that|we|he|she)\s)|;\s+", re.I)
"""A dash before a pronoun's clause, or a semicolon: what follows is a clause of its own."""


_FORBIDDEN_ORDER = re.compile(
    r"^(?:please\s+)?(?:do\s+not|don['’]t|never)\s+(?P<verb>[a-z]+)(?P<rest>(?:,\s+|\s).+?)\.?$",
    re.I,
)


_BASE_SHAPE = re.compile(r"[a-z]{3,}(?<!s)(?<!ing)(?<!ed)(?<!ly)")
"""A word shaped as a verb's base form: no "-s", "-ing", "-ed" or "-ly" ending."""


def refrained_order(lexicon: Lexicon, text: str) -> str | None:
    """The duty a negative instruction states ("Never lend your badge to anyone" -> "Do not
    lend your badge to anyone"), as "You must not lend …" states it; else None."""
    forbidden = _FORBIDDEN_ORDER.match(text.strip())
    verb = forbidden["verb"].lower() if forbidden else ""
    if forbidden is None or forbidden["verb"] != verb:
        return None
    known = lexicon.verb_base(verb)
    # "Never paste X into Y", "Don't stop, delete or edit X": a verb no list holds, in the
    # base form (no "-s", "-ing", "-ed" and no other verb's form), is the order's
    if known != verb and (known is not None or not _BASE_SHAPE.fullmatch(verb)):
        return None
    return f"Do not {verb}{forbidden['rest']}"


def positive_part(phrase: str) -> str | None:
    """The part of a verb's object before a coordinated negative clause ("the lifecycle of agent
    nodes and modifying them is not supported" -> "the lifecycle of agent nodes"); the whole
    phrase when its negation sits in a subordinate clause; None when nothing positive is left."""
    phrase = _SPARED_TAIL.sub("", phrase)  # "updates so you don't have to": the updates
    contrast = _CONTRAST_TAIL.search(phrase)
    if contrast is not None and len(phrase[: contrast.start()].split()) >= 1:
        return phrase[: contrast.start()]  # "services and not systems": the services
    match = NEGATION.search(phrase)
    if match is None:
        return phrase
    before = phrase[: match.start()]
    if _NEGATION_SCOPE_END.search(before):
        return phrase
    apart = list(_CLAUSE_APART.finditer(before))
    if apart and before[: apart[-1].start()].strip(" ,"):
        return before[: apart[-1].start()]  # "reconciles them - it does not host them"
    cuts = list(_COORDINATION.finditer(before))
    if not cuts:
        return None
    head = before[: cuts[-1].start()].strip()
    return head if len(head.split()) >= 2 else None


AS_READER = re.compile(
    r"^As\s+(?:an?\s+|the\s+|your\s+)?[A-Za-z][\w -]{1,40}?,?\s+(?=it\s+is\s+your\b|you\s)"
)
"""The role a sentence addresses before its "you" ("As site officer, you must …"; a heading
"## As a tenant, you are responsible for:" too)."""
BARE_CONDITION = re.compile(
    r"^(?P<cond>(?:if|when|whenever|once|unless)\s+(?P<who>you|we)\s+(?:(?P=who)\s+)?"
    r"[^,;:]{3,100}?)\s+(?=(?!(?P=who)\b)(?:we|you)\s+[a-z]+\s)",
    re.I,
)
"""A leading condition of one person with no comma before a main clause of the other ("If you
need more we will add it"): where the condition ends (its "you" is not the main subject)."""
PASSIVE_CONDITION = re.compile(
    r"^(?P<cond>(?i:if|when|whenever|once|unless)\s+[^,;:]{1,60}?\s"
    r"(?i:is|are|was|were|has\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn))"
    r"\s+(?=(?:the|an?|its|their|our|[A-Z][\w.-]*)\s"
    r"(?:(?!\b(?i:you|we|they|it|he|she)\b)[^,;:]){0,80}?\b(?:will|must|shall|should)\s)"
)
"""A leading condition in the passive with no comma before a main clause of a named subject
("If a rollback is required the operations team will …", "When a leak is detected Acme must
…"): where the condition ends (a participle takes no object, so the next noun phrase, before a
modal, is the main clause's subject)."""
FIRST_PERSON = re.compile(r"^(?:we|us|our|ours|ourselves)$", re.I)
SECOND_PERSON = re.compile(r"^(?:you|your|yours|yourself|we|us|our)$", re.I)

_OBLIGATIONS_TO = (
    r"(?:has|have)\s+(?:(?:legal|contractual|an?)\s+(?:and\s+other\s+)?)?obligations?\s+to"
)
"""``has (legal and other) obligations to``: a modal of duty in the words of a policy."""
MODALS = (
    r"(?:also|still|may|might|will|must|should|shall|can|could|would|periodically|regularly|"
    r"typically|usually|always|then|first|additionally|further|only|"
    r"(?:is|are|be)\s+(?:(?:[a-z]{3,}ly|also|still|always)\s+)?(?:required|expected)\s+to|"
    r"needs?\s+to|"
    r"(?:is|are)\s+to|(?:has|have)\s+to|"
    r"(?:is|are|be)\s+(?:committed|obliged|obligated|asked|requested|admonished)\s+to|"
    rf"{_OBLIGATIONS_TO}|"
    r"(?:is|are)\s+(?:also\s+|always\s+)?available\s+to(?=\s+(?!(?:an?|the|our|its|their|your|all|any)\b)[a-z])|"
    r"(?:be|is|are)\s+subject\s+to\s+(?:the\s+)?requirements?\s+to|"
    r"(?:agrees?|commits?|undertakes?)\s+to(?!\s+(?:an?|the|our|its|their|your)\b)|"
    r"(?!(?:ap|sup|re|com)ply\b)[a-z]{3,}ly)"
)
"""What may stand between a party and its action verb ("Customers must also patch …")."""
OBLIGATION = re.compile(
    r"\b(?:must|shall|should|will|needs?\s+to|required\s+to|(?:has|have)\s+to|expected\s+to|"
    r"subject\s+to\s+(?:the\s+)?requirements?\s+to|"
    r"(?:is|are)\s+to|committed\s+to|obliged\s+to|obligated\s+to|"
    r"(?:is|are|be)\s+(?:asked|requested|admonished)\s+to|"
    rf"{_OBLIGATIONS_TO}|"
    r"(?:agrees?|commits?|"
    r"undertakes?)\s+to(?!\s+(?:an?|the|our|its|their|your)\b))\b",
    re.I,
)
"""Modal verbs that make any verb a duty ("customers must ensure …")."""
_BINDING_WORDS = r"\b(?:must|shall)"
BINDING = re.compile(_BINDING_WORDS + r"\b", re.I)
"""The modals that bind their subject whatever else the sentence says ("You must use X when
using Y": a duty, though it names a service used)."""
BOUND_DEED = re.compile(_BINDING_WORDS + r"\s+(?!not\b|never\b)[a-z]", re.I)
"""A binding modal before a deed, not a denial ("a customer must have consent")."""
COMPANY_SUFFIX = r"(?:,?\s+(?:Inc|Ltd|LLC|GmbH|AB|AG|SA|plc|Corp|Co|B\.V|N\.V)\.?)"
"""A company's legal form after its name ("Docker, Inc.", "Acme Ltd")."""
LEGAL_END = re.compile(COMPANY_SUFFIX + r"$")
"""A name ending in a company's legal form ("Nimbus Inc.", "Quarry Ltd")."""
QUALIFIED = re.compile(r"(?P<what>[^()]+?)\s*\((?P<who>[^()]+)\)")
"""A name qualified by another in parentheses ("SLA (Acme)", "L2 (Platform team)")."""
PLACE_BEFORE_WE = (
    r"(?:on|in|at|within|across|under)\s(?-i:[^,;:\s]+(?:\s+[a-z][\w-]*){0,3}?)"
    r"\s(?=(?-i:we)\s+[a-z])"
)
"""Where, before "we" with no comma ("On acme.io we operate …"): no subject."""
DOING_RELATIVE = (
    r"(?P<head>(?:the|each|every|any|an?)\s+[^,;]{2,60}?)\s+(?:that|who)\s+"
    r"(?!(?:you|we|they|it)\b)[a-z]+s\b[^,;]*"
)
"""A subject with what it does in a relative clause ("The site engineer who blasts the rock"):
``head`` its noun phrase."""
LEADING_PHRASE = re.compile(
    r"^(?:(?:if|when)\b[^.]{0,200}?,\s*then\s+|(?:if|when)\b(?:[^.,(]|\([^()]{0,80}\)){0,200}?\s+then\s+"
    r"|(?:in\s+the\s+event|on\s+condition|provided|assuming)\s+that\b(?:[^,(]|\([^()]{0,80}\)){0,300},\s*"
    r"|(?:where|when|if|once|wherever|whenever)\s[^,;:.]{1,80}?\b(?:such\s+as|like|including)\s"
    r"[^,;:.]{1,40}(?:,\s+[^,;:.]{1,40}){0,5},?\s+(?:and|or)\s+[^,;:.]{1,80},\s*"
    r"|(?:in|for|with|under|on|within|across|"
    r"when\s+using|when|where|wherever|as|if|once|after|before|whenever|unless|during|since|because|"
    r"given|to|by\s+default|by\s+[a-z]+ing|through|via|at\s+all\s+times|in\s+addition|"
    r"regardless\s+of|irrespective\s+of|"
    r"depending\s+on|"
    r"whichever|whatever)\b(?:[^,(]|\([^()]{0,80}\)){0,120}"
    r"(?:,\s+(?:and|or)\s+(?:[^,(]|\([^()]{0,80}\)){1,120}(?=,))?,\s*"
    r"|at\s+the\s+same\s+time,?\s+"
    r"|including\s+[^,]{1,60}(?:,\s+(?:and\s+)?[^,]{1,40}){0,4},\s+(?=(?:we|you)\s)"
    r"|(?:at|upon|on)\s+(?:our|your|their|its|the\s+[\w-]+['’]s)\s+(?:written\s+)?request,?\s+"
    r"|as\s+(?:an?\s+|the\s+)?[\w-]+\s+(?=(?:you|we)\b)"
    r"|(?:please\s+)?note\s+that\s+"
    r"|(?:sometimes|occasionally|usually|typically|generally|normally|often)\s+(?=(?:we|you)\s)"
    r"|(?:more\s+|most\s+)?(?!(?:ap|re|sup)ply\b)[a-z]{3,}ly,\s*"
    r"|(?:with\s+respect\s+to|with\s+regard\s+to|regarding|for|if|when|once|before|after)\s"
    r"[^,.;:]{3,120}?\s(?=(?:you|we)\s+(?:must|should|shall|need\s+to|have\s+to|are\s+"
    r"(?:required|expected)\s+to)\s)"
    r"|with\s(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s(?=(?:you|we)\s+[a-z])"
    rf"|{PLACE_BEFORE_WE}"
    r"|(?:(?:roughly|about|around|approximately|at\s+least)\s+)?(?:\d+|an?|one|two|three|four|"
    r"five|six|seven|ten|several)\s+(?:business\s+|working\s+|calendar\s+)?(?:minutes?|hours?|"
    r"days?|weeks?|months?)\s+(?:before|after|prior\s+to)\b[^,.;:]{1,120},\s*"
    r"|even\s+(?:if|when|though)\b[^,.;:]{1,150},\s*"
    r"|(?:every|each|once\s+a|twice\s+a)\s+(?!time\b)(?:[a-z]+\s+){1,2}?(?=(?:we|you)\s)"
    r"|(?:on|during|in|outside|within|at|after|before|for|with|under)\s(?-i:[a-z][^,.;:]{2,60}?|[A-Z]"
    r"[\w-]*(?:\s+[a-zA-Z][\w-]*){0,3}?)\s(?=(?:the\s+)?(?-i:[A-Z][\w.&-]*|customers?|users?|"
    r"tenants?|clients?|you|we)\s+(?:(?:always|also|then)\s+)?(?:must|shall|will|should|"
    r"needs?\s+to|has\s+to|have\s+to)\s))+",
    re.I,
)
"""``In PaaS and SaaS, …``: a leading phrase (which may name service models), not the subject;
an opening adverb (``More specifically, during …, X checks``) is none either, nor the role
the reader acts in before "you" (``As keyholder you are expected to …``), nor "Note that",
nor whose request it is (``At our request you will …``), nor a phrase with no comma before
"you must" (``With respect to any software you install you must …``) or before a party and
its modal (``On weekends the customer must …``, ``During business hours Acme will …``), nor
the plan or product named before "you" or "we" (``With Self-managed you manage …``)."""
ASIDE = re.compile(
    r",\s*(?:however|also|therefore|instead|in\s+turn|in\s+addition)\s*,?|,\s*though\s*,"
    r"|,\s+having\s+(?:the|an?|its|their)\s+[^,;:]{1,80},"
    r"|,\s+as\s+(?:a|an|the|our|your)\s+(?:[\w-]+\s+){0,3}[\w-]+\s*,"
    r"|,\s+as\s+(?:outlined|described|defined|detailed|explained|stated|set\s+out)\s+"
    r"(?:in|by|under|above|below)\b[^,]{0,60},",
    re.I,
)
"""Asides between a subject and its verb ("…, however,", "Supabase, as the provider, …", "The
officer, having the admin role in the portal, …") or within a duty ("We take measures, as
outlined in our policy, to …")."""
PRONOUNS = re.compile(
    r"^(?-i:(?![A-Z]{2,}\b))(?:it|this|that|they|he|she|their|its|his|her|"
    r"(?:this|that|these|those|such|the|each)\s+(?:part(?:y|ies)|"
    r"providers?|vendors?|partners?|compan(?:y|ies)|organi[sz]ations?|suppliers?|firms?|teams?|groups?|"
    r"(?:\w+\s+)?team))$",
    re.I,
)
PRONOUN_SUBJECT = re.compile(
    r"^(?-i:(?![A-Z]{2,}\b))(?P<p>(?:it|they|(?:this|that|these|those|the)\s+(?:(?-i:[a-z]\w*)\s+)?"
    r"(?:teams?|groups?))"
    r")\s+(?=[a-z])",
    re.I,
)
"""A pronoun or "this team" as the subject: the party of the passage ("The HPC team", a name
before the noun, is a team of its own)."""
KEYWORD_LEADIN = re.compile(
    r"^(?:(?P<duty>MUST|SHALL|SHOULD|REQUIRED|RECOMMENDED)|(?:MUST|SHALL|SHOULD)\s+NOT|MAY|OPTIONAL)"
    r"\s*:$"
)
"""An RFC 2119 keyword alone over a list (``**MUST**:``): the items leave out their subject
(the section's party); MUST / SHALL / SHOULD bind it, MAY and the negatives do not."""
RESPONSIBLE_WORD = re.compile(r"\b(?:responsib|accountab)", re.I)
STRANDED = re.compile(r"^(?:in|on|at|within|across|during|throughout|under)\s", re.I)
"""An object that opens with a preposition: "for" was left by a relative clause ("the needs
you're responsible for in your deployment"), its object came before it."""

_CONTRACTIONS = (
    (re.compile(r"\byou['’]re\b", re.I), "you are"),
    (re.compile(r"\bwe['’]re\b", re.I), "we are"),
    (re.compile(r"\bthey['’]re\b", re.I), "they are"),
    (re.compile(r"\bit['’]s\b", re.I), "it is"),
    (re.compile(r"\b(you|we|they|it|i)['’]ll\b", re.I), r"\1 will"),
    (re.compile(r"\b(you|we|they|i)['’]ve\b", re.I), r"\1 have"),
    (re.compile(r"\b(you|we|they)['’]d\b", re.I), r"\1 would"),
)


def expand(text: str) -> str:
    """Expand the contractions the cue patterns do not spell out ("you're" -> "you are")."""
    if "'" not in text and "’" not in text:  # every contraction has an apostrophe
        return text
    for pattern, replacement in _CONTRACTIONS:
        text = pattern.sub(replacement, text)
    return text


TOGETHER = re.compile(r"\s+(?:all|both|together|jointly)$", re.I)
"""A word after a joined subject that says its parties act together ("A and B both")."""
BRACKETED = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")
"""An aside in brackets, innermost first ("the vendors (Acme [AC] and Zeta)")."""


def unbracketed(text: str) -> str:
    """``text`` without its bracketed asides, nested ones too (two levels)."""
    return BRACKETED.sub("", BRACKETED.sub("", text))


POINTER = Needing(
    re.compile(
        r"^(?:[A-Z][\w /&-]{0,30}:\s*)?"  # a bold label ("Storage:")
        r"(?:(?:for\s+(?:more|further|additional)?\s*(?:information|details)|"
        r"to\s+(?:learn|find\s+out|read|understand))\b[^,]{0,80}?,?\s*)?"  # a purpose, comma or not
        r"(?:see|refer\s+to)\s",
        re.I,
    ),
    "see",
    "refer",
)
"""A pointer to another page ("For more information, see …", "Storage: See …", "To learn how
to export, see …"): no duty."""


def forbids(text: str, lexicon: Lexicon) -> bool:
    """A lead-in that calls what it introduces forbidden ("**Prohibited activities** include:",
    "The following uses are not allowed:", forbidden words of cue-words.ttl): its items are
    prohibitions, no one's duty."""
    return has_phrase(lexicon.forbidden_words, " ".join(text.casefold().split()))


_BLAME = re.compile(
    r"^(?:(?:any|all)(?:\s+and\s+all)?\s+|the\s+)?(?P<noun>[a-z]+)"
    r"(?:\s*$|\s*[,:;.(]|\s+(?:including|of|arising|resulting|caused|that|which|incurred)\b)",
    re.I,
)


def oversight_words(lexicon: Lexicon, text: str) -> int:
    """How many words of a verb of oversight (``cue:oversight-verb``: "ensure", "see to it")
    open a text; 0 when none does."""
    words = text.lower().split()
    return next((n for n in (3, 2, 1) if " ".join(words[:n]) in lexicon.oversights), 0)


def overseen(lexicon: Lexicon, text: str) -> bool:
    """Whether a text opens with a verb of oversight and goes on: "Ensure participants are
    informed of X" is an instruction, not a sentence about "Ensure participants"."""
    opening = oversight_words(lexicon, text)
    return 0 < opening < len(text.split())


def blames(obj: str, lexicon: Lexicon) -> bool:
    """The object of "responsible for" is blame, not a task ("any and all consequences,
    including:", "any damages arising from …": a liability noun of cue-words.ttl)."""
    match = _BLAME.match(obj.strip())
    return match is not None and match.group("noun").casefold() in lexicon.liability_nouns


_THEME = re.compile(
    r"^(?:(?:ensuring|maintaining|providing)\s+)?(?:the\s+|an?\s+|overall\s+)*"
    r"(?P<nouns>[a-z][a-z ,&-]*?)"
    r"(?:\s+(?:of|in|on|for)\s+(?:the|this|our|your|their)\s+"
    r"(?:platform|system|service|services|cloud|environment|solution))?\s*[.:]?$",
    re.I,
)
"""A whole quality, bare or of a service ("the security of the platform")."""


def theme(obj: str, lexicon: Lexicon) -> bool:
    """``obj``, given to several parties at once, is a whole quality of the service ("security
    and compliance", "the security of the platform", "ensuring an up to date and secure
    system": theme nouns of cue-words.ttl): the page's theme, no duty."""
    match = _THEME.match(" ".join(obj.split()))
    if match is None:
        return False
    whole = match.group("nouns").lower().strip()
    nouns = [n.strip() for n in re.split(r",|\band\b|&", whole)]
    return whole in lexicon.theme_nouns or (
        any(nouns) and all(n in lexicon.theme_nouns for n in nouns if n)
    )


_ANSWERS_FOR = re.compile(r"\b(?:responsible|liable|accountable)\s+for\s+(?P<obj>.*)$", re.I | re.S)
"""What a party answers for, whatever adverbs stand before "responsible" ("solely and fully")."""


def blaming(text: str, lexicon: Lexicon) -> bool:
    """``text`` makes a party answer for blame ("**You are solely responsible** for any and
    all consequences, including:"): no duty, nor are the items it leads into."""
    found = _ANSWERS_FOR.search(text)
    return found is not None and blames(found.group("obj"), lexicon)


_CONNECTIVE_OPENING = re.compile(r"^([A-Za-z]+),\s+(?=\S)")


def without_connective(text: str, lexicon: Lexicon) -> str:
    """``text`` without the connective and its comma that tie it to the sentence before
    ("However, …", "Likewise, …": a connective of cue-words.ttl): no part of the duty."""
    opener = _CONNECTIVE_OPENING.match(text)
    if opener and opener.group(1).casefold() in lexicon.connectives:
        return text[opener.end() :]
    return text
