"""Duty labels: from a sentence's object phrase to short, clean, one-duty-each labels.

``trim`` cuts purpose and example clauses, ``conjuncts`` splits "A, B and C" into one phrase per
duty (``distribute`` carrying a shared head such as "security of" to each), ``noun_phrase``
makes the final label. Pure string functions: nothing here sees the document or the facts.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from ..lexicon import load_lexicon
from ..text import Needing, split_top_level, without_leading_marks
from .cues import CLAUSE_VERBS, NEGATED_DASH_TAIL

if TYPE_CHECKING:
    from collections.abc import Iterator

    from ..lexicon import Lexicon

__all__ = [
    "FREE_RELATIVE_SERIES",
    "MAX_LABEL",
    "POINTED_NOUN",
    "RELATIVE_GOES_ON",
    "STATE_COMPLEMENT",
    "base_opening",
    "base_verb",
    "capitalize",
    "conjuncts",
    "distribute",
    "noun_phrase",
    "noun_series",
    "one_indefinite_phrase",
    "particle_verb",
    "resolve_anaphora",
    "second_verbs",
    "shares_last_object",
    "that_clauses",
    "trim",
]

MAX_LABEL = 140
"""Labels longer than this are cut at a clause boundary (or a word)."""
STATE_COMPLEMENT = re.compile(r"\s+(?!\w+(?:ed|en)\b)[a-z]+\s+(?:about|of|with|for|to)\b")
"""An adjective with its complement after "be" ("vigilant about", "aware of"): a state to keep."""

_TRIM_CLAUSES = Needing(
    re.compile(
        r"(?:,?(?<!\bto\sand)\s+(?:including|such\s+as|for\s+example|for\s+instance|e\.g\.|i\.e\.|in\s+order\s+to|"
        r"so\s+that|(?<!\band\s)(?<!\bmeasures\s)(?<!\bsteps\s)(?<!\bprecautions\s)(?<!\baction\s)"
        r"(?<!\bactions\s)(?<!\befforts\s)to\s+(?:ensure|make\s+sure)|whereby|as\s+described|"
        r"as\s+agreed|as\s+directed|"  # (after "measures", "steps" … "to ensure" is their content)
        r"as\s+defined|according\s+to|in\s+accordance\s+with\s+the\s+applicable|without)\b.*$)"
        r"|,\s+which\b.*$|(?<!ing)(?<!\sat|\sin|\sby|\son|\sto)(?<!\sfrom|\swith|\sinto)\s+which\b.*$"
        r"|(?:(?<=\s(?:at|in|by|on|to))|(?<=\s(?:from|with|into)))\s+which\b(?=[^,;]*[,;]).*$"
        # ("maintaining which users …": a question; "the point at which X": the point's own,
        # unless a list follows, "the devices from which you use A, B or C")
        r"|,\s+(?:specifically|especially|particularly|notably|in\s+particular)\b.*$"
        r"|,?\s+on\s+an?\s+\w+(?:\s+\w+)?\s+basis\b,?"
        r"|,?\s+and\s+this\s+(?:covers|includes|means|involves)\b.*$"  # what the duty spans
        r"|,\s+it\s+being\s+(?:understood|agreed|acknowledged)\b.*$"  # a proviso
        r"|,\s+(?:even\s+)?(?:though|although)\s+(?!,).*$"  # a concession
        rf"|{NEGATED_DASH_TAIL}",  # "— never do Y": why
        re.I | re.S,
    ),
    "including",
    "such",
    "example",
    "instance",
    "e.g.",
    "i.e.",
    "order",
    "that",
    "ensure",
    "sure",
    "whereby",
    "described",
    "agreed",
    "directed",
    "defined",
    "according",
    "accordance",
    "without",
    "which",
    "though",
    "basis",
    "specifically",
    "especially",
    "particular",
    "notably",
    "this",
    "not",
    "never",
    "n't",
    "n’t",
)
_RELATIVE_IN_LIST = re.compile(
    r",\s+which\b[^,]*(?=,\s+[^\s,]+\s[^,]*,\s+(?:[^,]+,\s+)*(?:and|or)\s)", re.I
)
"""A relative clause inside a list ("the key store, which is audited yearly, key rotation
policy, and …"): only the clause goes, the items after it (of two words or more, so "which
covers legal, physical, and technical measures" is one clause) stay."""
_LEADING_CONDITION = re.compile(
    r"^(?:in\s+the\s+event\s+of|in\s+(?:the\s+)?case\s+of|if|when|whenever|once|after|before|during|"
    r"where|for|as|in|on|with|to|at|upon|throughout|following|by\s+[a-z]+ing|in\s+order\s+to|"
    r"prior\s+to|ahead\s+of|in\s+advance\s+of)\b"
    r"(?:\s+[^\s,]+){1,8},\s+",
    re.I,
)
"""``In the event of incidents, …``, ``To keep queries fast, …``: a condition or
purpose before the duty itself."""
_HEAD = re.compile(
    r"^(?:the\s+)?(?P<head>(?:[\w-]+\s+(?:and|or)\s+)?[\w-]+\s+(?:of|for)\s+"
    r"|(?!(?:the|a|an|all|any|each)\s)[\w-]+\s+[\w-]+\s+from\s+)",
    re.I,
)
"""A head shared by listed items: "security of", "management and monitoring of", "audit logs
from" (the things the series names the sources of)."""
_CLAUSE_OBJECT = re.compile(rf"^{CLAUSE_VERBS}\s+(?:that\s+)?\S", re.I)
"""An object that is a whole clause ("ensuring that X, Y and Z are met"): not split at commas."""
_GERUND_PHRASE = re.compile(r"^(?!including\b|according\b)[a-z]{3,}ing\s+\S", re.I)
"""A phrase opening with a gerund and its object ("conducting regular audits")."""
_THAT_CLAUSE = re.compile(rf"^{CLAUSE_VERBS}\s+that\b", re.I)
_THAT_OPENS = re.compile(r"^that\s+(?:the|their|your|our|its|all|every|each)\s", re.I)
"""An object that is a that-clause ("(ensure) that their blasting complies with A, B and C"):
one duty, its series part of the clause."""
_FINITE_IN = re.compile(r"\b(?:is|are|remains?|stays?|has|have|match(?:es)?|meets?)\b", re.I)
"""A clause object states its own verb ("ensuring X, Y and Z are met"); without one
("ensuring the security of X, conducting audits") it is a list of duties."""
_NEXT_CLAUSE = re.compile(
    r",?\s+and\s+(?:for\s+)?(?=to\s+[a-z]+\s|(?!being\s+[a-z]+(?:ed|en|t)\b)[a-z]+ing\s|"
    r"(?:[\w-]+\s+){1,4}(?:is|are|has|have)\s)",
    re.I,
)
"""Where a clause object goes on with another duty: "…, and to follow …", "… and for ensuring
…", "… and those applications are kept up to date"; not "…, and being followed by …", a passive
that goes on with the clause's subject."""
_PREPOSITION_END = re.compile(
    r"\s(?:on|for|in|to|across|with|within|from|via|through|at)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?$",
    re.I,
)
"""A first list item ending in a prepositional phrase whose object the short items go on."""
_BARE_SINGULAR_END = re.compile(r"\s(?:at|in|on)\s+[a-z]{3,}(?<!s)$", re.I)
"""A first item ending in a preposition and a bare singular noun ("encryption at rest", "data
in transit"): a set phrase, whose noun takes no more objects, so a series of two-word things
after it ("replica placement, and access journals") are things of their own."""
_CONFORMITY_END = re.compile(
    r"\s(?:in\s+(?:accordance|compliance|conformity|line|keeping)\s+with|according\s+to|"
    r"consistent\s+with|pursuant\s+to|as\s+(?:required|set\s+out|defined)\s+(?:by|in))"
    r"\s+[^,()]{1,40}$",
    re.I,
)
"""A first list item ending in a compound preposition of conformity ("respect their privacy in
accordance with house policy, regional standards, and state law"): the items after it are the
rules it conforms to, more objects of the preposition, not more duties."""
_OBJECT_PAIR = re.compile(
    r"^(?P<a>(?:(?!\band\b)[^,;()])+?)\s+and\s+(?P<b>(?:(?!\band\b)[^,;()])+)$", re.I
)
"""Two noun phrases joined by one "and" (no commas, no asides)."""
_POSSESSIVE_PAIR = re.compile(
    r"^(?P<a>(?:(?!\band\b)[^;])+?)\s+and\s+(?P<b>(?:its|their)\s+(?!own\b)[^;]+)$", re.I
)
"""A second object whose possessive points back to the first ("the hardware and its control
plane", "the software and their licenses"): a different thing, a second duty."""
_WITH_DONE = re.compile(
    r"\bwith\s+(?:[\w-]+\s+){1,6}?and\s+(?:its|their|the|all)\s+(?:[\w-]+\s+){0,2}[\w-]+\s+"
    r"[a-z]{3,}(?:ed|en)\b(?!\s+(?:by|to|for|the|an?|with)\b)",
    re.I,
)
""""with A and its B <participle>" ("with new jaws and its belts replaced"): the state the
duty leaves its thing in, the possessive no second duty."""
_SAME_HEAD_PAIR = re.compile(
    r"^(?P<a>(?:[\w-]+\s+){1,5}?(?P<h>[a-z]{4,}))(?:\s*\([^()]*\))?\s+and\s+"
    r"(?P<b>(?:[\w-]+\s+){1,4}(?P=h)\b.*)$",
    re.I,
)
"""Two noun phrases with one head noun ("its own backup plan and disaster recovery plan for
…"): two things, each of two words or more."""
_NEXT_DUTY = (
    r",?\s+as\s+well\s+as\s+|;\s+|,?\s+and\s+(?=for\s+(?!how|what|which|whom)\b)"
    r"|,?\s+and\s+(?=with\s+[a-z]{3,}ing\s)"
    rf"|,?\s+and\s+(?=to\s+{CLAUSE_VERBS}\s)"
    r"|,?\s+and\s+(?:will|must|shall|should)\s+(?:also\s+)?(?!not\b|be\b|have\b)(?=[a-z]+\s)"
    r"|,?\s+and,\s+(?:if|when|whenever|once|where|unless)\s+[^,]{1,80},\s+to\s+(?=[a-z]+\s)"
    rf"|(?<!ing)(?<!,)\s+and\s+(?={CLAUSE_VERBS}\s+that\b)"
)
"""Where an object goes on with another duty: "… as well as …", "…; …", "… and ensuring
that …", "… and for X" (not "which logs are kept and for how long"), "… and with <gerund>"
(after "tasked with"), "… and will <verb> …" (the subject's next duty), "… and, if X, to …"."""
_NOUN_THEN_GERUND = (
    r"|(?<!ing)(?<!,)\s+and\s+(?!during\b|(?:any|every|no|some)thing\b)(?=[a-z]{2,}[^aeiou\s]ing\s+"
    r"(?!(?:of|for|to|in|on|with|by|from|at|as|them|it|this|that|these|those|and|or)\b)[a-z])"
)
"""In an object that opens with a noun, "the ledger and providing advice": a gerund with its
object is a duty of its own (not "detection and reporting of X", a gerund noun before a
preposition, nor "on and configuring them"); an object that opens with a gerund keeps its
series ("classifying and labeling data and meeting obligations") as the gerund rules read it."""
_MODIFIER_PAIR = re.compile(r"^[a-z-]{3,}\s+and\s+[a-z]{2,}ing\s+[a-z-]+s$", re.I)
"""A bare noun and a gerund before one plural head noun ("insurance and licensing renewals"):
both modify the head, not a noun and a duty of its own ("the ledger and providing advice")."""
_TITLED_PAIR = re.compile(r"\b[A-Z][a-z]{2,}\s+and\s+[A-Z][a-z]{2,}\s+[A-Z][a-z]{2,}s\b")
"""Two capitalised words joined by "and" before one capitalised plural head ("Change and
Guidance Requests"): the names of two kinds of one thing, no two duties."""
_SHARED_HEAD = re.compile(
    r"\b(?!(?:the|a|an|of|to|for|and|or|with|your|our|their|its|all|any)\b)[a-z]{3,}\s+"
    r"[a-z]{2,}[^s\W]\s+and\s+(?![a-z]+ing\b)(?:[a-z]{2,}[^s\W]\s+){1,2}[a-z]{3,}s\.?$",
    re.I,
)
"""An object that ends in two bare nouns joined by "and" before one plural head ("responding to
customer data privacy and governance requests", "operating system and web server patches"):
both modify the head (privacy requests and governance requests), the first is no duty of its
own."""
_OPENS_WITH_GERUND = re.compile(r"^(?:[a-z]+ly\s+)?[a-z]{3,}ing\b", re.I)
_DANGLING_WORDS = {
    "from",
    "through",
    "by",
    "any",
    "all",
    "their",
    "your",
    "and",
    "or",
    "of",
    "the",
    "to",
    "a",
    "an",
    "for",
    "in",
    "with",
    "on",
    "other",
    "such",
    "these",
    "those",
    "this",
    "its",
    "our",
    "is",
    "are",
    "be",
    "as",
    "about",
    "into",
    "via",
    "than",
    "between",
    "offered",
    "provided",
    "described",
    "defined",
    "specified",
    "referenced",
    "outlined",
    "stated",
    "listed",
    "located",
    "deployed",
    "hosted",
    "published",
    "affecting",
    "including",
    "using",
    "providing",
    "following",
}
"""Words a cut label must not end with."""
_LIST_COMMA = re.compile(r",\s*(?:[\w-]+\s+){0,2}[\w-]+\s*(?:,|\s(?:and|or)\s)")
"""A comma between short list items ("performance, availability, and security")."""
_CUT_PATTERNS = (
    (r"\s(?:that|which|who|where|so\s+that|when|unless|if|before|after|until|once|because)\s", 0),
    (r",\s+(?=[a-z]+ing\s)", 0),
    (r",", 0),
    (r"\s(?:running|used|located|deployed|hosted|within|with|in|on|at|for|from)\s", -1),
    (r"\s(?=to\s+[a-z]+\s)", -1),
)
"""Where a long label may be cut, in order of preference, and which match to cut at."""


def _in_short_list(head: str, at: int) -> bool:
    """Whether the comma at ``at`` parts the items of a list of short names ("the API, CLI,
    or console tools"): between its items, or before its last one after another such comma;
    a cut there would leave the first item alone."""
    if _LIST_COMMA.match(head, at):
        return True
    if not re.match(r",\s+(?:and|or)\s", head[at:]):
        return False
    return any(_LIST_COMMA.match(head, m.start()) for m in re.finditer(",", head[:at]))


def _series_close(head: str) -> int | None:
    """Where the last item of a series of short phrases opens ("the disks, the racks in both
    regions, and the hypervisor": at "and the hypervisor"), or None without a series."""
    oxford = list(re.finditer(r",\s+(?:and|or)\s", head))
    commas = [m.start() for m in re.finditer(",", head)]
    if oxford:
        close = oxford[-1].start() + 1
    else:
        plain_close = [m.start() for m in re.finditer(r"\s(?:and|or)\s", head)]
        after = [p for p in plain_close if commas and p > commas[-1]]
        if not after:
            return None
        close = after[0]
    items = re.split(r",\s*", head[commas[0] : close]) if commas else []
    if len(items) < 2 or any(len(item.split()) > 8 for item in items):
        return None
    return close


_SENTENCE_END = re.compile(r"(?<=\w{3})\.\s+(?=[A-Z](?:[a-z]|\s))")
"""Where one sentence ends and the next begins ("… send the name to Nimbus. This is needed …")."""
_ES_PLURAL = re.compile(r"(?:ss|sh|ch|x|zz|o)es$")
_NAMED_WHOLE = re.compile(
    r"^(?:(?:the|its|their|your|our)\s+)?(?!(?:following|every|everything|all|any|anything|each|"
    r"some|these|those|this|that|other|several|many|most|both)\b)(?!\w+ing\b)[a-z][\w-]*",
    re.I,
)
"""A noun phrase before a colon ("the controls", "security on the platform"): a thing of its
own, which the list after the colon spells out; not a quantifier ("everything above …", "the
following") or a gerund ("keeping the ledger lean: …"), whose list holds the duties."""


_EXAMPLE_ASIDE = re.compile(r"\s*\((?:for\s+example|e\.g\.|see|such\s+as)[^)]*\)", re.I)
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+(?=\w)", re.I)


def base_verb(word: str) -> str:
    """The base form of a third-person verb ("manages" -> "manage"), for duty labels."""
    lower = word.lower()
    if lower.endswith("ies") and len(lower) > 4:
        return word[:-3] + "y"
    if _ES_PLURAL.search(lower):
        return word[:-2]
    if lower.endswith("s") and not lower.endswith(("ss", "us")) and len(lower) > 3:
        return word[:-1]  # "focus", "discuss": the base itself
    return word


_MIXED_CASE = re.compile(r"^[a-z]+[A-Z]+[a-z]")
"""A first word written in camel case ("vCenter", "iPad"): a name's own spelling (not "iT",
an initialism a sentence's opening lowered, which is upper-cased again)."""


def capitalize(text: str) -> str:
    """Upper-case the first character only (``str.capitalize`` would lower the rest); a first
    word in camel case keeps its spelling ("vRealize Operations Manager", not "VRealize")."""
    if not text or _MIXED_CASE.match(text):
        return text
    return text[:1].upper() + text[1:]


_POLITE = re.compile(r"^(?:please|kindly)\s+(?=[a-z])", re.I)
"""The courtesy before an instruction ("Please open a ticket"): no part of the duty."""


def without_lead(text: str) -> str:
    """``text`` without a leading condition, purpose or means ("By using the yard, you agree
    to …" -> "you agree to …"), when at least three words are left."""
    overseen = _oversight_lead().match(text)
    if overseen:  # "Where X is shared with a third party ensure that Y": "ensure that Y"
        return text[overseen.end() :]
    possible = _WHERE_POSSIBLE.match(text)
    if possible and len(text[possible.end() :].split()) >= 3:
        return text[possible.end() :]  # "Where possible (see our SLA) to provide X": provide X
    lead = _LEADING_CONDITION.match(text)
    if lead and _FOLLOWED_SERIES.match(text) and _SERIES_END.fullmatch(text[lead.end() :]):
        return text  # "following the handbook, sessions and guides": a series, no condition
    long = _long_condition(text) if lead is None else None
    if long is not None and len(text[long.start("verb") :].split()) >= 3:
        return text[long.start("verb") :]  # "If needed for … with the door tool, provide …"
    if lead and (series := _series_condition(text, lead.end())) is not None:
        return text[series:]  # "In the event of a fire, flood, or outage, notify …"
    return text[lead.end() :] if lead and len(text[lead.end() :].split()) >= 3 else text


_SERIES_GOES_ON = re.compile(r"^[a-z][\w-]*\b[^,]*(?:,\s+[^,]+)*?,?\s+(?:and|or)\s+[^,]+$")
"""The words after a condition's first comma that only go on with its series ("power cut, or
flood affecting a customer"): more items, the last after "and" / "or"."""


_PRONOUNS = frozenset("you we they it he she i".split())  # noqa: SIM905


def _series_condition(text: str, after: int) -> int | None:
    """Where the instruction starts when a leading condition names a series whose commas come
    before the instruction's ("In the event of a fire, flood, or outage, notify …"), else
    None."""
    lexicon = load_lexicon()
    first = text[after:].split(maxsplit=1)[0] if text[after:].strip() else ""
    if not first or lexicon.verb_base(first) == first or first.lower() in _PRONOUNS:
        return None
    comma = next(_verb_commas(text, after, after + 300), None)
    if comma is None or not _SERIES_GOES_ON.match(text[after : comma.start()]):
        return None
    return comma.start("verb")


_WHERE_POSSIBLE = re.compile(
    r"^(?:where|when|if|as\s+far\s+as)\s+(?:possible|practicable|feasible|practical|reasonable)"
    r"(?:\s*\([^()]{0,60}\))?,?\s+(?:to\s+(?=[a-z]))?",
    re.I,
)
"""A leading "where possible" (with an aside, and the "to" of a lead-in after it)."""
_LONG_CONDITION = re.compile(
    r"^(?:if|when|whenever|where|once|unless|in\s+(?:the\s+)?(?:event|case)\s+(?:of|that))\b"
    r"(?:\s+[^\s,]+){9,24},\s+(?:please\s+)?"
    r"(?P<verb>[a-z]+)\s",
    re.I,
)


def _long_condition(text: str) -> re.Match[str] | None:
    """A condition too long for ``_LEADING_CONDITION`` ("If needed for rolling out the badge
    profiles with the door tool, provide and configure …") that ends at a comma before a duty
    verb in its base form: the instruction after it is the duty. A scope or condition with
    commas of its own ("For parts of the standard where modules cannot meet them, but people
    must, provide instructions …") ends at the first such comma."""
    match = _LONG_CONDITION.match(text)
    lexicon = load_lexicon()
    if match is not None and lexicon.verb_base(match["verb"]) == match["verb"]:
        return match
    if _SCOPE_OPENING.match(text) is None:
        return None
    return next(
        (c for c in _verb_commas(text, 0, 600) if len(text[: c.start()].split()) >= 6), None
    )


def _verb_commas(text: str, start: int, stop: int) -> Iterator[re.Match[str]]:
    """The commas of ``text[start:stop]`` followed by a duty verb in its base form (", notify",
    ", please provide"): where an instruction may start after a condition."""
    lexicon = load_lexicon()
    for comma in _COMMA_VERB.finditer(text, start, stop):
        if lexicon.verb_base(comma["verb"]) == comma["verb"]:
            yield comma


_SCOPE_OPENING = re.compile(r"^(?:if|when|whenever|where|once|unless|for)\s", re.I)
_COMMA_VERB = re.compile(r",\s+(?:please\s+)?(?P<verb>[a-z]+)\s")


@cache
def _oversight_lead() -> re.Pattern[str]:
    """A condition of any length before a verb of oversight and its "that" (cue-words.ttl):
    "Where personal data is shared with a third party(,) ensure that …"."""
    verbs = sorted(load_lexicon().oversights, key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, v.split())) for v in verbs)
    return re.compile(
        r"^(?:if|when|whenever|where|once|before|after|as|while|unless)\b[^.;:]{1,240}?,?\s+"
        rf"(?=(?:please\s+)?(?:{alternatives})\s+that\b)",
        re.I,
    )


_FOLLOWED_SERIES = re.compile(r"following\s+(?:the|your|our|its|their|all|any)\s", re.I)
_SERIES_END = re.compile(r"[\w' -]+\s(?:and|or)\s[\w' -]+[.;]?", re.I)
"""A rest that only closes a series of nouns ("training sessions and best practice guides")."""


_SUBJECT_ASIDE = re.compile(
    r"(?P<head>\bthat\s+(?:[\w-]+\s+){0,4}?[\w-]+),\s+(?:which|who)\s+[^,.;]+?,?\s+"
    r"(?=(?:is|are|must|will|should|shall|remains?|stays?)\s)",
    re.I,
)
"""A relative clause set off by a comma between a that-clause's subject and its verb ("make
sure that the clients, which connect to the hosts, are patched"): only the aside goes, so the
clause keeps its verb."""


_PRONOUN_ONLY = re.compile(r"[A-Za-z-]+\s+(?:it|them|this|that|these|those)", re.I)
"""A verb and a pronoun only ("Rotate it"): too little to name a duty once a clause is cut."""


@lru_cache(maxsize=4096)
def trim(text: str, *, condition: bool = True) -> str:
    """Cut a leading condition (unless ``condition`` is false: a verb's object such as "with
    the retention rule, access rule …" opens with its preposition), purpose / example /
    relative clauses and trailing punctuation from a phrase."""
    text = without_leading_marks(text)  # "✅ Nightly copies": the tick marks the item
    if condition:
        text = without_lead(text)
    text = _POLITE.sub("", text)
    text = _RELATIVE_IN_LIST.sub("", text)
    text = _SUBJECT_ASIDE.sub(r"\g<head> ", text)
    text = _PURPOSED_EXAMPLE.sub("", text)  # "tools, such as X, to extend Y": tools to extend Y
    trimmed = _TRIM_CLAUSES.sub("", text).strip()
    later = _TRIM_CLAUSES.search(text)
    for _ in range(3):  # a few clauses at most: a hostile sentence stays linear
        if len(trimmed.split()) >= 2 or later is None:
            break
        # "uptime according to its agreements to ensure quick recovery": too little is left
        # before the first clause, so the next one is cut instead
        later = _TRIM_CLAUSES.search(text, later.start() + 1)
        trimmed = text[: later.start()].strip() if later else text
    if len(trimmed.split()) < 2 or _PRONOUN_ONLY.fullmatch(trimmed.strip(" ,")):
        trimmed = text  # "rotate it according to the schedule you set": not "Rotate it"
    trimmed = _EXAMPLE_ASIDE.sub("", trimmed)
    trimmed = trimmed.strip().rstrip(".;:,").strip()
    if trimmed != text.strip().rstrip(".;:,").strip() and len(trimmed.split()) >= 3:
        # "keep the agent current and [according to …]": no "and" left
        trimmed = _undangle(trimmed)
    return trimmed


_PURPOSED_EXAMPLE = re.compile(
    r",\s+(?:like|such\s+as|e\.g\.,?|for\s+example,?|for\s+instance,?)\s+[^,;:()]{1,60},"
    r"(?=\s+to\s+[a-z]{2,}\s)",
    re.I,
)
"""An example set off by commas between a thing and its purpose ("Provide tools, such as the
vault resizer, to grow the fleet"): the example goes, the purpose stays part of the duty (an
example running to the end is cut with what follows it, ``_TRIM_CLAUSES``)."""


_RESPONSIBLE_OPENING = re.compile(
    r"^(?:(?:also|solely|primarily)\s+)?responsible\s+(?:for\s+(?=\S)|(?=(?:the|all|any)\s))", re.I
)
"""A duty phrase that still names the responsibility it states ("Responsible for X", and with
its "for" left out: "Responsible the database's design")."""
_INFINITIVE_OPENING = re.compile(
    r"^(?:only\s+)?to\s+(?!(?:the|an?|your|our|its|their|this|these|that|those|each|all|any|"
    r"other|such|his|her|my)\b)(?=[a-z]{2,}\s)",
    re.I,
)
"""A duty phrase that still carries the "to" of its lead-in ("You agree: - To keep your keys
safe", "- Only to use it for research"): the verb phrase is what follows it."""


def without_infinitive(text: str) -> str:
    """An item without the "to" of its lead-in ("To keep your keys safe" under "You agree:"):
    the verb phrase after it."""
    return _INFINITIVE_OPENING.sub("", text)


@lru_cache(maxsize=4096)
def noun_phrase(text: str) -> str:
    """A clean, short label: no leading article, capitalised, at most MAX_LABEL characters;
    a label that still opens with "Responsible for" (an item under its party: "- Responsible
    for the data plan") is what follows it."""
    if text.count("**") % 2:
        text = " ".join(text.replace("**", " ").split())  # bold text cut off by its party
    text = _RESPONSIBLE_OPENING.sub("", text.strip())
    text = _LINK_HINT.sub("", text)  # "GDPR (opens in a new tab)": a screen reader's hint
    text = _INFINITIVE_OPENING.sub("", text)
    text = _LEADING_ARTICLE.sub("", text.strip())
    text = _TRAILING_JOINER.sub("", text.strip().rstrip(".;:,").strip())  # "a fix, or"
    if text.endswith(("*", "_")) and text.count(text[-1]) % 2:
        text = text.rstrip("*_").rstrip(".;:,").strip()  # "changes.*": emphasis opened before
    sentence = _SENTENCE_END.search(text)
    if sentence and len(text[: sentence.start()].split()) >= 3:
        text = text[: sentence.start()]  # a second sentence is no part of the duty
    if text.count('"') % 2 or text.count("“") != text.count("”"):
        text = text.strip('"“”').rstrip(".;:,").strip()  # a quotation cut off by the sentence
    if len(text) > MAX_LABEL:
        return capitalize(_shorten(text))
    return capitalize(text)


_LINK_HINT = re.compile(
    r"\s*\((?:opens|opening|link\s+opens)\s+(?:in\s+)?(?:a\s+)?new\s+(?:tab|window)"
    r"(?:\s+or\s+(?:tab|window))?\)",
    re.I,
)
"""What a link tells a screen reader ("(opens in a new tab)"): no part of the duty."""
_TRAILING_JOINER = re.compile(r",?\s+(?:and|or)\s*$", re.I)
"""A conjunction closing a label whose next conjunct was cut away ("Define a solution, or")."""
_INNER_RELATIVE = re.compile(
    r"(?<!ing)(?<!sure)(?<!ify)(?<!irm)\s+(?:that|which|who)\s+(?:[\w-]+\s+){1,8}?"
    r"(?=(?:is|are|was|were|must|will|should)\s)",
    re.I,
)
"""A relative clause between a subject and its verb ("… agents that run on each node are …";
not "ensuring that …", "make sure that …", "verify that …")."""


def _shorten(text: str) -> str:
    """Cut an over-long label at a clause boundary, else at the last whole word that leaves
    no open parenthesis and no dangling preposition."""
    bare = re.sub(r"\s*\([^()]*\)", "", text)
    if len(bare) <= MAX_LABEL and len(bare.split()) >= 3:
        return bare  # an aside in parentheses goes before any words of the duty do
    bare = _INNER_RELATIVE.sub(" ", bare, count=1)
    if len(bare) <= MAX_LABEL and len(bare.split()) >= 3:
        return bare  # "Faults … (that run on each node) are repaired": the predicate stays
    head = text[:MAX_LABEL]

    def cuts(pattern: str) -> list[int]:
        return [
            m.start()
            for m in re.finditer(pattern, head)
            if len(head[: m.start()].split()) >= 4
            and head[: m.start()].count("(") == head[: m.start()].count(")")
        ]

    close = _series_close(head)
    if close is not None:
        # "provides the disks, the racks in both regions, and the hypervisor on each host": a
        # cut inside the series would keep its first item only; cut after its last
        after = [i for i in cuts(_CUT_PATTERNS[3][0]) if i > close]
        if after:
            return _undangle(text[: after[-1]].rstrip(",;:- "))
    for pattern, pick in _CUT_PATTERNS:
        found = cuts(pattern)
        if pattern.startswith(r"\s(?=to"):
            found = [i for i in found if i >= MAX_LABEL // 2]  # the purpose goes, not the duty
        if pattern == "," and re.search(r"\bthat\b", head):
            # "ensuring that the performance, availability, and security of the services …
            # match": cutting inside the clause's list would leave it without its verb
            found = [i for i in found if not _LIST_COMMA.match(text, i)]
        if pattern == "," and found and head.find(",") < found[0]:
            continue  # a comma inside a list: cutting there would leave half a duty
        if pattern == ",":  # "Use the API, CLI, or console tools to X, and to Y": after the list
            found = [i for i in found if not _in_short_list(head, i)]
        # "plan for and create X": a preposition that two verbs share is no place to cut
        found = [i for i in found if not re.match(r"\s\w+\s+(?:and|or)\s", head[i:])]
        # "take steps to ensure | that X": the clause is the verb's object, no place to cut
        found = [i for i in found if not _OVERSIGHT_END.search(head[:i])]
        if found:
            return _undangle(text[: found[pick]].rstrip(",;:- "))
    cut = text[:MAX_LABEL]
    text = cut.rsplit(" ", 1)[0] if " " in cut else cut
    if text.count("(") > text.count(")") and len(text[: text.rfind("(")].split()) >= 4:
        text = text[: text.rfind("(")]  # never end inside a parenthesis
    return _undangle(text.rstrip(",;:- "))


_OVERSIGHT_END = re.compile(r"\b(?:ensur|verif|confirm|make\s+sure|check)[a-z]*$", re.I)
"""A verb whose object is the "that" clause after it ("ensure", "verifies", "make sure")."""


def _undangle(text: str) -> str:
    """No cut label ends with "and", "of", "the" …"""
    while text.split() and text.split()[-1].lower() in _DANGLING_WORDS:
        text = text.rsplit(" ", 1)[0] if " " in text else text
        if " " not in text:
            break
    return text.rstrip(",;:- ")


_SUMMARY_COLON = re.compile(
    r"^(?P<lead>[^:()]+?\s[^:()]+?):\s+(?P<list>.+,.+\s(?:and|or)\s.+)$", re.I
)
"""A list after a colon, the summary of it before ("… lean and fast: pruning old rows, …")."""


_EXAMPLE_ASIDE = re.compile(
    r",\s+(?:like|such\s+as|e\.g\.,?|for\s+example,?|for\s+instance,?)\s+[^,;:]{1,60},(?=\s+\S)",
    re.I,
)
"""An example set off by commas inside an object ("a tool, like Grafana, for alerts")."""


_RESULT_CLAUSE = re.compile(
    r",\s+(?:thereby\s+)?(?:enabling|allowing|letting|giving|helping)\b.*$", re.I | re.S
)
"""A participle clause of result after the object ("…, enabling data sharing and backups"):
what the duty brings about, not more of its objects."""


_INCLUDING_DUTY = re.compile(
    r",\s+including\s+(?P<duty>(?!\w*thing\b)[a-z]{3,}ing\s+[^,;()]+?)"
    r"(?:,?\s+(?:such\s+as|like)\s+[^;()]+?)?\s*\.?$",
    re.I,
)
"""``…, including <gerund> <object>`` closing a duty: a named part of it that is a duty too
(its examples, "such as A, B, or C", no part of its label)."""


_KEPT_LEVEL = re.compile(
    r"\b(?:up\s+to\s+date|current|in\s+line|consistent|compliant|aligned)\s+with\s+"
    r"[^,;:]+?\s+and\s+[^,;:]+$",
    re.I,
)
"""``… up to date with A and B`` closing a duty: what the thing is kept level with, one duty
(not "keep X up to date with A" and a bare "B")."""


def example_items(listed: str) -> list[str]:
    """The short noun phrases of an example list ("A, B and C"; "identity and access
    management and encryption": only the last "and" parts two), or [] for one example, a
    clause or a gerund."""
    pieces = [p.strip() for p in split_top_level(listed, r",\s*") if p.strip()]
    if pieces:
        last = re.split(r"\s+(?:and|or)\s+(?!.*\s(?:and|or)\s)", pieces.pop())
        pieces += [p.strip() for p in last if p.strip()]
    items = [re.sub(r"^(?:and|or)\s+", "", p, flags=re.I) for p in pieces]
    nouns = [i for i in items if len(i.split()) <= 5 and not _GERUND_PHRASE.match(i)]
    return items if len(items) >= 2 and len(nouns) == len(items) else []


_ENDS_IN_PREPOSITION = re.compile(
    r"(?:^|\s)(?:to|from|of|with|for|in|on|about|into)\s*,?\s*$", re.I
)
"""An item of a series that ends in its preposition: the series shares the last item's object."""


def shares_last_object(obj: str) -> bool:
    """Whether a comma series' items before the last end in their preposition ("add to,
    remove from, and change X", "configuration of, use of, and problems with X"): the last
    item's object is every item's, so the series is one duty."""
    return any(_ENDS_IN_PREPOSITION.search(i) for i in split_top_level(obj, r",\s*")[:-1])


_SWEEP = re.compile(
    r"\bany\s+and\s+all\b|\bfrom\s+and\s+against\b|\bup\s+to\s+and\s+including\b", re.I
)
"""The sweeping words of a legal undertaking or a bound ("all of it up to and including the
hypervisor"): the lists around them are one duty's."""
_WH_OPENING = re.compile(r"(?:how|what|whether|who|which|where|when|why)\s", re.I)
_WH_NEXT = re.compile(
    r"\s+(?:and|as\s+well\s+as)\s+(?=(?:how|what|whether|who|where|when|why)\s)", re.I
)
"""A second wh-clause of an object ("how X is configured and how your staff use it")."""


_SIMILAR_ALTERNATIVE = re.compile(
    r",?\s+or\s+(?:an?\s+|any\s+|some\s+)?(?:similar|equivalent|comparable)\s+\S", re.I
)
"""An alternative of the same kind ("…, or a similar shared disk"): the duty accepts either
thing, no second duty."""


_BARE_GERUNDS = re.compile(
    r"^(?:[a-z]+ing,\s+)+(?:and|or)\s+(?:[a-z]+-)?[a-z]+ing\s+\S+(?:\s+\S+)+$", re.I
)
"""Bare gerunds before the last one's object ("defining, managing, and re-granting access to
X"): the verbs share that object, one duty."""
_SUBORDINATE_SERIES = re.compile(
    r"\s(?:until|unless|once|whenever)\s+[^,;]{3,80},\s+[^,;]{3,80},?\s+(?:and|or)\s+\S", re.I
)
"""A series inside a clause after "until" ("until the problem is resolved, a workaround is in
place, or we agree to close it"): when the duty ends, no duties of their own."""
_TIMES_SERIES = re.compile(
    r"\b(?:when|before|after|while|once|until|whenever)\s[^,;]*,\s+(?:(?:and|or)\s+)?"
    r"(?:when|before|after|while|once|until|whenever)\s",
    re.I,
)
"""A series of time clauses ("before it happens, when it starts, and when it completes"): when
the one duty is done, no list of duties."""


_WH_INFINITIVE = re.compile(r",?\s+(?:and|or)\s+(?:how|what|why|whether|when|where)\s+to\s", re.I)
"""A second object that is a question word and an infinitive ("the implications of X, and how
to configure it"): what one verb of knowing takes, not a second duty."""


FREE_RELATIVE_SERIES = re.compile(
    r"\b(?:what|whatever|everything|anything)\s+(?:(?:that|which)\s+)?(?:you|we|they)\s+"
    r"[a-z]+(?:\s+(?:up|down|out|off|in))?(?:,\s+[a-z]+(?:\s+(?:up|down|out|off|in))?)*,?"
    r"\s+(?:and|or)\s+[a-z]+",
    re.I,
)
"""A free relative whose verbs make a series ("what you publish, set up and store on it"):
the things it names, one object."""


_AND_GERUND = re.compile(r"\s+and\s+(?=[a-z]+ing\s)")
"""The "and" before a series' last gerund phrase ("…, collecting X and answering Y")."""


RELATIVE_GOES_ON = re.compile(
    r"\b(?:that|which|who)\s+(?:will|must|should|can|may|is|are)\b[^,;]*?\s+and\s+"
    r"(?:will|must|should|can|may)\s+[a-z]+",
    re.I,
)
"""A relative clause whose modal goes on after "and" ("… that will be shared with packagers
and will become the advisory"): the clause's second verb, no duty of its own."""
_PLACED_PAIR = re.compile(
    r"\s(?:[a-z]{3,}ed|held|kept|run|built|found|hidden|written|shown)\s+"
    r"(?:on|in|at|under|within|across|inside)\s+[^,]{1,60}\s+and\s+[^,]{1,40}$"
)
"""A past participle's places joined by "and" ("records held on the site server and the
office laptop"): where the things are, one duty."""
_EITHER_MANNER = re.compile(r",\s+either\s+[^,]+,\s+or\s+\S", re.I)
"""Two ways of doing one duty (", either directly, or via our channels"): no second duty."""


_PRONOUN_CLAUSE_TAIL = re.compile(
    r",?\s+(?:and|but|so)\s+(?:you|we|they|I)\s+(?:can|could|may|might|want|wish|would|never|"
    r"do\s+not|don['’]t)\b.*$",
    re.S,
)
"""A clause of its own after an object, of what its subject can, wants or never needs to do
("launch a route, and you want to know the rules", "…, so we can relocate it"): no further
object of the verb (", and we expect you to check X" still is a duty of its own)."""


def conjuncts(obj: str, *, single_words: bool = False) -> list[str]:
    """Split a responsibility object that lists several duties into one phrase each; single
    words that modify the last item's head noun get that noun ("malware, spam, and phishing
    protection" -> "malware protection", …); a list whose split would leave incomplete duties
    stays whole."""
    named = _INCLUDING_DUTY.search(obj)
    if named and len(named.group("duty").split()) >= 3:
        # "maintaining the data, including providing extracts to projects": the gerund named
        # as part of the duty is one too
        return [*conjuncts(obj[: named.start()], single_words=single_words), named.group("duty")]
    obj = trim(obj, condition=not single_words)
    obj = _PRONOUN_CLAUSE_TAIL.sub("", obj)  # "a route, and you want to know X": no object
    if _SWEEP.search(obj):
        return [obj]  # "hold harmless A, B and C from and against any and all X, Y": one duty
    if _WH_INFINITIVE.search(obj):
        return [obj]  # "understand the implications of X, and how to configure it": one
    if shares_last_object(obj):
        return [obj]  # "configuration of, use of, and problems with X": X is each one's object
    if _SIMILAR_ALTERNATIVE.search(obj):
        return [obj]  # "a volume claim, or a similar shared disk": one duty, either will do
    if _SUBORDINATE_SERIES.search(obj):
        return [obj]  # "work with you until X is resolved, a workaround is in place, or …"
    if _TIMES_SERIES.search(obj):
        return [obj]  # "maintenance before it happens, when it starts, and when it ends": when
    if _BARE_GERUNDS.match(obj):
        return [obj]  # "defining, managing, and re-granting access to X": X is each one's
    if FREE_RELATIVE_SERIES.search(obj) or _EITHER_MANNER.search(obj):
        return [obj]  # "what you publish, set up and store"; "X, either directly, or via Y"
    if RELATIVE_GOES_ON.search(obj):
        return [obj]  # "a summary that will be shared and will become the advisory": one
    if _WH_OPENING.match(obj) and "," not in obj:  # "how X is set and how staff use it": each
        parts = [p.strip(" ,") for p in re.split(_WH_NEXT, obj) if p.strip(" ,")]
        if len(parts) > 1 and all(_WH_OPENING.match(p) for p in parts):
            return parts
    if "," not in obj and _PLACED_PAIR.search(obj):
        return [obj]  # "copies of the logs kept in the cabin and the store": two places, one
    if _WITH_DONE.search(obj):
        return [obj]  # "rebuild it with new jaws and its belts replaced": how, one duty
    if _KEPT_LEVEL.search(obj):
        return [obj]  # "keep the image up to date with A and B": one duty, A and B its measure
    if "," not in obj and _TITLED_PAIR.search(obj):
        return [obj]  # "resolving Change and Guidance Requests by …": two names of one head
    obj = _EXAMPLE_ASIDE.sub("", obj)  # "a tool, like a dashboard, for alerts": no item
    obj = _RESULT_CLAUSE.sub("", obj)  # "X, enabling A, B and C": what X brings, no duties
    summary = _SUMMARY_COLON.match(obj)
    items = split_top_level(summary.group("list"), r",\s*") if summary else []
    if summary and len(items) >= 3:
        if _NAMED_WHOLE.match(summary.group("lead")) and not any(
            re.match(r"(?:and\s+|or\s+)?\w+ing\b", i, re.I) for i in items
        ):
            # "the security of the platform: the hosts, the runtime and the services": the
            # thing named before the colon is the duty, the nouns after it its parts
            return [summary.group("lead")]
        obj = summary.group("list")  # "everything above the network: A, B, and C": A, B and C
    if (_CLAUSE_OBJECT.match(obj) and (_THAT_CLAUSE.match(obj) or _FINITE_IN.search(obj))) or (
        _THAT_OPENS.match(obj)
    ):
        # "ensuring that the performance, availability, and security … match": one duty, unless
        # another verb phrase or clause follows ("…, and to follow best practices")
        parts = _next_clauses(obj)
        return [re.sub(r"^to\s+", "", p.strip(" ,"), flags=re.I) for p in parts if p.strip(" ,")]
    result: list[str] = []
    nexts = _NEXT_DUTY if _OPENS_WITH_GERUND.match(obj) else _NEXT_DUTY + _NOUN_THEN_GERUND
    wholes = split_top_level(obj, nexts)
    if _MODIFIER_PAIR.match(obj) and len(wholes) == 2:
        wholes = [obj]  # "insurance and licensing renewals": two modifiers of one head noun
    for whole in _carried_gerund(obj, _preposed_gerunds(obj, _repeated_for(obj, wholes))):
        items = split_top_level(whole, r",\s*")
        back = any(re.search(r"\b(?:them|it|those|these)\b", i, re.I) for i in items[1:])
        if len(items) >= 2 and not back and all(_GERUND_PHRASE.match(i) for i in items):
            last = _AND_GERUND.split(items[-1], maxsplit=1)  # "A, B and C" with no comma
            if len(last) == 2 and all(_GERUND_PHRASE.match(part) for part in last):
                items = [*items[:-1], *last]
            if not _noun_closes_series(items):
                result.extend(items)  # "ensuring X, conducting Y": one duty per gerund phrase
                continue
            result.append(whole)  # "following the handbook, training sessions and guides"
            continue
        if _recipients_go_on(whole):
            result.append(whole)  # "report A, B, or C to the desk and your boss, mentor, or dean"
            continue
        for part in _closed_lists(whole):
            result.extend(_split_part(part, single_words=single_words))
    kept = _that_verb_carried([r for r in result if r.strip()])
    if len(kept) > 1 and re.search(r"\bboth\s+\S", kept[0], re.I):
        # "managing both the hosts and the network": "both" only pairs the two, no part of one
        kept[0] = re.sub(r"(?:(?<=\s)|^)both\s+(?=\S)", "", kept[0], count=1, flags=re.I)
    return [
        re.sub(_REPEATED_PREPOSITION if n else r"^for\s+", "", r, flags=re.I)
        for n, r in enumerate(kept)
    ]


_THAT_OPENING = re.compile(r"^(?P<verb>[a-z]{3,}(?:\s+sure)?)\s+that\s+\S", re.I)


def _that_verb_carried(parts: list[str]) -> list[str]:
    """ "checking that A", "that they follow B": a part that is only a second "that" clause
    takes the verb of the clause before it ("checking that they follow B")."""
    out: list[str] = []
    for part in parts:
        verb = _THAT_OPENING.match(out[-1]) if out else None
        if verb and re.match(r"that\s+\S", part, re.I):
            part = f"{verb['verb']} {part}"
        out.append(part)
    return out


def that_clauses(text: str) -> list[str]:
    """ "Checking that A, and that B" (a verb with two "that" clauses, each a thing to check):
    one phrase per clause, each with the verb; else ``[text]``."""
    match = _THAT_PAIR.match(text.strip())
    if match is not None:
        return [f"{match['verb']} that {match['a']}", f"{match['verb']} that {match['b']}"]
    checked = _CHECKED_PAIR.match(text.strip())  # "Confirm A are kept, …, and that B"
    if checked is None:
        return [text]
    return [f"{checked['verb']} {checked['a']}", f"{checked['verb']} that {checked['b']}"]


_THAT_PAIR = re.compile(
    r"^(?P<verb>[A-Za-z]{3,}(?:\s+sure)?)\s+that\s+(?P<a>[^;,]+?),\s+and\s+that\s+(?P<b>[^;]+)$"
)
"""A verb and two "that" clauses, the second after ", and that"."""
_CHECKED_PAIR = re.compile(
    r"^(?P<verb>(?i:ensure|confirm|verify|check|make\s+sure))\s+(?!that\b)(?P<a>[^;]+?),\s+and\s+"
    r"that\s+(?P<b>[^;,]+)$"
)
"""A verb of checking, a clause with no "that" (commas and all), and a second clause after ",
and that" ("Confirm the cranes are inspected, oiled, and logged, and that a test lift has
been made"): two checks."""


def _noun_closes_series(items: list[str]) -> bool:
    """Whether a comma series that looked like gerund phrases is one gerund's objects: the first
    gerund takes a determiner ("following the handbook"), the later "-ing" words do not, and a
    bare noun phrase follows the last "and" ("…, training sessions and best practice guides",
    "training" a noun's modifier). Which items are its objects is unclear: one duty, whole."""
    tail = re.match(r"^.+?\s+(?:and|or)\s+(?P<tail>\S.*)$", items[-1], re.I | re.S)
    if tail is None or re.match(r"[a-z]{3,}ing\b", tail.group("tail"), re.I):
        return False
    if not re.match(rf"^\S+\s+{_DETERMINER}\s", items[0], re.I):
        return False
    return not any(re.match(rf"^\S+\s+{_DETERMINER}\s", i, re.I) for i in items[1:])


_DETERMINER = r"(?:the|a|an|its|their|your|our|all|any|each|every)"


def _next_clauses(obj: str) -> list[str]:
    """A clause object cut where another duty follows (``_NEXT_CLAUSE``); an "and" before a
    subject and its verb joins two clauses only when the text before it has a verb of its own
    ("ensure all data and information in the yard is unclassified": one subject)."""
    parts: list[str] = []
    start = 0
    for match in _NEXT_CLAUSE.finditer(obj):
        before = obj[start : match.start()]
        subject = not re.match(r"(?:to\s|[a-z]+ing\s)", obj[match.end() :], re.I)
        if subject and not _FINITE_IN.search(before):
            continue
        parts.append(before)
        start = match.end()
    return [*parts, obj[start:]]


_REPEATED_PREPOSITION = rf"^(?:for\s+|with\s+(?=[a-z]{{3,}}ing\s)|to\s+(?={CLAUSE_VERBS}\s))"
"""The word a later duty repeats ("… and for B", "tasked with A and with B-ing", "… and to
ensure that B"); a
first phrase keeps its "with" ("start with identifying …")."""


def _repeated_for(obj: str, wholes: list[str]) -> list[str]:
    """ "a mechanism for access and for escalations": an "and for" after a phrase with a "for"
    of its own repeats that preposition (one head, two complements), not a second duty."""
    out: list[str] = []
    for whole in wholes:
        joined = f"{out[-1]} and {whole}" if out else ""
        inner = bool(out) and re.search(r"\bfor\b", out[-1], re.I)
        if inner and re.match(r"for\s", whole, re.I) and joined in obj:
            out[-1] = joined
        else:
            out.append(whole)
    return out


_PREPOSED_GERUND = re.compile(
    r"\s(?:for|by|in|with|when|while|after|before|of)\s+[a-z]{2,}ing\s+[^,;]+$", re.I
)


def _preposed_gerunds(obj: str, wholes: list[str]) -> list[str]:
    """ "tools to crews for blasting rock and crushing gravel": a gerund joined to one that a
    preposition governs is that preposition's second complement, not a duty of its own; a
    phrase that opens with its gerund ("creating X and requesting Y") is two."""
    out: list[str] = []
    for whole in wholes:
        joined = f"{out[-1]} and {whole}" if out else ""
        if (
            out
            and re.match(r"[a-z]{2,}ing\s", whole)
            and not re.match(r"[a-z]{2,}ing\s", out[-1], re.I)
            and _PREPOSED_GERUND.search(out[-1])
            and joined in obj
        ):
            out[-1] = joined
        else:
            out.append(whole)
    return out


_GERUND_OPENING = re.compile(r"^(?P<g>[a-z]{3,}ing)\s+(?:the|its|their|all|any|your|our)\s", re.I)
_NOUN_OPENING = re.compile(r"^(?:the|its|their|all|any|your|our)\s", re.I)


def _carried_gerund(obj: str, wholes: list[str]) -> list[str]:
    """ "protecting the hosts as well as the services themselves": a noun phrase after "as
    well as" is a second object of the gerund before it ("protecting the services …"), not a
    duty without a verb."""
    out: list[str] = []
    for whole in wholes:
        gerund = _GERUND_OPENING.match(out[-1]) if out else None
        if (
            gerund
            and _NOUN_OPENING.match(whole)
            and re.search(rf"\bas\s+well\s+as\s+{re.escape(whole)}", obj, re.I)
        ):
            whole = f"{gerund.group('g')} {whole}"
        out.append(whole)
    return out


_ASIDE_START = (
    r"(?:to|in\s+order|including|such\s+as|e\.g\.|like|etc|that|which|who|as|if|when|where|"
    r"so|whether|unless|while)\b"
)
"""An item that opens like this is an aside or a clause, not a list item of its own."""


def asyndetic_items(text: str, lexicon: Lexicon | None = None) -> list[str]:
    """A terse list written with commas only ("Apply cost controls, track usage, pay for
    resources"): three or more short items and no "and" / "or" before the last, one duty each.
    A first item that ends in a preposition's object ("access to accounts, billing, …"), an
    item that is a purpose or an example, or (with ``lexicon``) a first item opening with a
    verb before an item that opens with none ("Create users, roles, MFA": the verb's objects)
    keeps the text whole."""
    items = [i.strip() for i in split_top_level(text.rstrip(". "), r",\s*")]
    if len(items) < 3 or any(re.match(r"(?:and|or)\s", i, re.I) for i in items):
        return [text]
    if any(len(i.split()) > 5 for i in items[:-1]) or len(items[-1].split()) > 8:
        return [text]
    if _PREPOSITION_END.search(items[0]) or re.search(r"\s[-–—:]\s|;", text):
        return [text]  # "Hardware - Regions, Zones, …": a heading and its details
    if len(items[0].split()) < 2 or any(
        re.match(_ASIDE_START, i, re.I) or not re.search(r"[A-Za-z]{2}", i) for i in items
    ):
        return [text]
    if (
        lexicon is not None
        and lexicon.imperative(items[0])
        and not all(lexicon.imperative(i) for i in items[1:])
    ):
        return [text]  # "Enforce TLS, encryption at rest, key rotation": one verb's objects
    return items


_PREPOSITION_PAIR_END = re.compile(
    r"\s(?:to|with|for|from|by)\s+\S.*\s(?:and|or)\s+(?:\S+\s+)?\S+$", re.I
)
"""A list item ending in a preposition whose object is a pair ("suspicious activity to the desk
and your supervisor")."""


def _recipients_go_on(part: str) -> bool:
    """Whether a list closed by its own "or"/"and" ends in a preposition whose objects the short
    bare nouns after it continue ("report any breach, policy violation, or odd activity to the
    desk and your supervisor, mentor, or sponsor": the supervisor, mentor and sponsor are whom to
    tell, no duties): the whole is one duty, its alternatives one act."""
    items = split_top_level(part, r",\s*")
    closers = [i for i, item in enumerate(items) if i and re.match(r"(?:and|or)\s+", item, re.I)]
    if len(closers) < 2 or not _PREPOSITION_PAIR_END.search(items[closers[0]]):
        return False
    after = [re.sub(r"^(?:and|or)\s+", "", i, flags=re.I) for i in items[closers[0] + 1 :]]
    return all(len(i.split()) <= 3 and not re.match(rf"{_DETERMINER}\s", i, re.I) for i in after)


def _closed_lists(part: str) -> list[str]:
    """ "the latency, uptime, and audit trail of the job queue, and the hardening of its worker
    fleet": a list closed by its own "and" is one item of the list around it (each closed
    list, and what follows the last, is split on its own)."""
    items = split_top_level(part, r",\s*")
    closers = [i for i, item in enumerate(items) if i and re.match(r"(?:and|or)\s+", item, re.I)]
    if len(closers) < 2:
        return [part]
    groups: list[str] = []
    start = 0
    for end in closers[:-1]:
        groups.append(", ".join(items[start : end + 1]))
        start = end + 1
    rest = items[start:]
    if len(rest) == 1:
        rest = [re.sub(r"^(?:and|or)\s+", "", rest[0], flags=re.I)]
    groups.append(", ".join(rest))
    return groups


_PURPOSE_END = re.compile(r"\s(?:in\s+order\s+)?to\s+[a-z]+\s+(?:[\w()-]+\s*){1,3}$", re.I)
"""A first list item that ends in a purpose infinitive ("backups to enable forking"): the items
after it are more objects of that infinitive, not more duties."""


_MODIFIER_LIST = re.compile(
    r"\s(?:covering|spanning|comprising|containing|incorporating|addressing|(?:caused|affected|"
    r"impacted|triggered|induced)\s+by|(?:resulting|arising)\s+from|due\s+to)\s+[^,]+$",
    re.I,
)
"""A first list item whose noun a participle modifies ("a program covering X, Y and Z",
"issues caused by hardware, operating systems, or disk failures"): the items after it are more
objects of the participle, not more duties."""


_CONFORMITY_TAIL = re.compile(
    r"\s(?:per|in\s+(?:accordance|compliance|line)\s+with|according\s+to|as\s+(?:required|set\s+"
    r"out|defined)\s+(?:by|in))\s+(?:the|its|their|our|your)\s.*$",
    re.I | re.S,
)
"""The rule a series' work follows, after its last item ("…, A and B per the policies set by
X"): it says how all of them are done and does not make the last item longer."""


def _split_part(part: str, *, single_words: bool) -> list[str]:
    """One phrase (no "as well as", no ";") as one duty or several."""
    items = split_top_level(part, r",\s*")
    last_and = re.match(r"^(?P<a>.+)\s+(?P<b>and\s+.+)$", items[-1], re.I) if items else None
    # noun phrases that each open with a determiner ("…, the system hosting the servers, the
    # base system on the servers and the provided software") may be longer
    parallel = (
        last_and is not None
        and len(items) >= 3
        and all(re.match(rf"{_DETERMINER}\s", i, re.I) for i in [*items[1:], last_and["b"][4:]])
    )
    most = 10 if parallel else 6
    if (
        len(items) >= 2
        and last_and
        and not re.match(r"^(?:and|or)\s+", items[-1], re.I)
        and all(len(i.split()) <= 6 for i in items[:-1])
        and len(last_and.group("a").split()) <= most
        and len(_CONFORMITY_TAIL.sub("", last_and.group("b")).split()) <= most + 1
    ):
        items = [*items[:-1], last_and.group("a"), last_and.group("b")]  # "A, B and C"
    if len(items) >= 2 and re.match(r"^(?:and|or)\s+", items[-1], re.I):
        items = [re.sub(r"^(?:and|or)\s+", "", item, flags=re.I) for item in items]
        if (
            _PREPOSITION_END.search(items[0])
            and all(len(i.split()) <= 3 for i in items[1:])
            and not (
                _BARE_SINGULAR_END.search(items[0]) and all(len(i.split()) >= 2 for i in items[1:])
            )
        ):
            return [part]  # "CAPTCHA on the signup, sign-in and reset endpoints"
        if (
            _PREPOSITION_END.search(items[0])
            and re.match(r"other\s", items[-1], re.I)
            and all(len(i.split()) <= 3 for i in items[1:-1])
        ):
            return [part]  # "integration with the gates, scales, and other site systems"
        if _CONFORMITY_END.search(items[0]) and all(len(i.split()) <= 6 for i in items[1:]):
            return [part]  # "… in accordance with house policy, regional codes, and state law"
        if _MODIFIER_LIST.search(items[0]):
            return [part]  # "a program covering secure design, audits, and a disclosure policy"
        if _PURPOSE_END.search(items[0]) and not any(
            re.match(r"^\w+ing\b", i, re.I) for i in items[1:]
        ):
            return [part]  # "backups to enable forking, restores, and failover": one object
        if _modifier_series(items):
            return [part]  # "oversight of all legal, financial, and budget matters": one head
        of_tail = re.match(
            r"^(?P<noun>[\w-]+)\s+(?P<tail>of\s+(?:the|your|our|their|its)\s.+)$", items[-1]
        )
        nouns = [re.sub(r"^the\s+", "", i, flags=re.I) for i in items[:-1]]
        if of_tail and len(items) >= 3 and all(len(n.split()) == 1 for n in nouns):
            # "the cost, operations, and availability of your infrastructure": each noun of it
            return [*(f"{i} {of_tail.group('tail')}" for i in items[:-1]), items[-1]]
        if _adjectives_before_head(items):
            return [part]  # "secure, scalable, and programmable storage": one thing
        tail_list = len(items[0].split()) >= 6 and all(len(i.split()) <= 2 for i in items[1:])
        if (single_words and not tail_list) or _complete_items(items):
            return _possessive_back(distribute(_shared_object(items)))
        head_noun = items[-1].split()
        if len(head_noun) == 2 and all(len(i.split()) == 1 for i in items[:-1]):
            if any(_THING_OF_ITS_OWN.fullmatch(i) for i in items[:-1]):
                # "backups, monitoring, and incident response": a plural or a gerund is a
                # thing of its own, no modifier of "response"
                return items
            # "data, network, and runtime security": each modifier with the head noun
            return [*(f"{item} {head_noun[1]}" for item in items[:-1]), items[-1]]
        return [part]
    if len(items) > 1:
        return [part]
    if _SHARED_HEAD.search(part):
        return [part]  # "customer data privacy and governance requests": one head noun
    pieces = _split_pair(part, objects=single_words)
    if len(pieces) > 1 and any(_unbalanced(piece) for piece in pieces):
        # "setting up X (for example, A, B, and C)": the "and" of an aside splits nothing;
        # an "and" outside the asides still may ("the hosts (A and B) and the images")
        asides = re.findall(r"\([^()]*\)", part)
        masked = part
        for n, aside in enumerate(asides):
            masked = masked.replace(aside, f"aside{n}x", 1)
        pieces = _split_pair(masked, objects=single_words) if "(" not in masked else [part]
        for n, aside in enumerate(asides):
            pieces = [piece.replace(f"aside{n}x", aside) for piece in pieces]
        if any(_unbalanced(piece) for piece in pieces):
            return [part]
    return pieces


def _unbalanced(text: str) -> bool:
    """A phrase cut inside an aside: its brackets do not close ("X (for example, A, B,")."""
    return text.count("(") != text.count(")") or text.count("[") != text.count("]")


_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|its|their|your|our|this|that)\s+\S+$", re.I)


_TRAILING_PHRASE = re.compile(
    r"\s+(?:for|of|in|on|across|within)\s+(?:the|its|their|our|your)\s.*$", re.I
)
"""A prepositional phrase after the series' head noun ("… matters for the project")."""


def _adjectives_before_head(items: list[str]) -> bool:
    """ "secure", "scalable", "programmable crypto storage": single words, one at least with an
    adjective's ending and none a plural or a gerund, before a last item of more words (its
    head noun), so the words are its modifiers, no objects of their own."""
    singles, last = items[:-1], items[-1].split()
    if len(items) < 3 or len(last) < 2 or any(len(i.split()) != 1 for i in singles):
        return False
    if any(_THING_OF_ITS_OWN.fullmatch(i) for i in singles):
        return False
    return any(_ADJECTIVE.fullmatch(i) for i in [*singles, last[0]])


def _modifier_series(items: list[str]) -> bool:
    """ "all legal", "financial", "hiring", "budget matters": a series of single modifiers
    (the first item's last word an adjective with no article before it, the middle ones single
    singular words) before the last item's head noun, one thing whose pieces are no duties."""
    core = _TRAILING_PHRASE.sub("", items[-1])  # "policy matters for the project"
    first, middle, last = items[0].split(), items[1:-1], core.split()
    if len(items) < 3 or len(first) < 2 or not 2 <= len(last) <= 3:
        return False
    if not _ADJECTIVE.fullmatch(first[-1]) or _ARTICLE_BEFORE.search(items[0]):
        return False
    return all(re.fullmatch(r"[a-z-]+(?<!s)", word, re.I) for word in middle)


_THING_OF_ITS_OWN = re.compile(r"[a-z-]{3,}(?:[^s'u]s|ing)", re.I)
"""A plural ("backups") or a gerund ("monitoring") among single words before a head noun: a
thing of its own, not a modifier of that noun ("data" and "network" in "data, network and
runtime security" are)."""
_BARE_GERUND = re.compile(r"^\w{2,}ing(?:\s+(?:up|down|out|off|over|back))?$", re.I)
"""A verb without its object ("tuning", "cleaning up")."""
_GERUND_OBJECT = re.compile(
    r"^(?P<verb>\w{2,}ing(?:\s+(?:up|down|out|off|over|back)(?=\s))?)\s+(?P<obj>.+)$", re.I
)
_COMPLEMENT = re.compile(
    r"^(?:keeping|making|leaving|getting)\s+(?P<obj>(?:the|a|an|its|their|your|our|all|each)\s+"
    r"(?:[\w-]+\s+){0,3}?[\w-]+)\s+[\w-]+$",
    re.I,
)
"""``keeping the message broker healthy``: a verb, its object and what the object is kept (not
part of the object)."""


def _shared_object(items: list[str]) -> list[str]:
    """ "installing, maintaining, and administering printers", "installing, tuning, and
    keeping the message broker healthy": the object of the gerund after a run of bare gerunds
    belongs to each of them."""
    out = list(items)
    run: list[int] = []
    for i, item in enumerate(items):
        if _BARE_GERUND.match(item) and not item.lower().endswith("thing"):
            run.append(i)
            continue
        verb = _GERUND_OBJECT.match(item)
        if run and verb and not verb.group("verb").lower().endswith("thing"):
            complement = _COMPLEMENT.match(item)
            obj = complement.group("obj") if complement else verb.group("obj")
            for j in run:
                out[j] = f"{items[j]} {obj}"
        run = []
    return out


_POSSESSIVE_ITEM = re.compile(
    r"^(?:its|their)\s+(?!own\b)(?P<noun>(?:[\w-]+\s+){0,2}[\w-]+)$", re.I
)
_OF_OBJECT = re.compile(r"\bof\s+(?P<obj>(?:the|this|that|these|those)\s+[^,]+)$", re.I)


def _possessive_back(items: list[str]) -> list[str]:
    """ "the schema design of the ledger, its retention": a listed "its X" is the X of the thing
    an item before it is "of" ("retention of the ledger"), not a pronoun left dangling."""
    out: list[str] = []
    antecedent = ""
    for item in items:
        back = _POSSESSIVE_ITEM.match(item)
        if back and antecedent:
            item = f"{back.group('noun')} of {antecedent}"
        of = _OF_OBJECT.search(item)
        antecedent = of.group("obj") if of else antecedent
        out.append(item)
    return out


def _complete_items(items: list[str]) -> bool:
    """Whether each listed item is a duty of its own: every item of two words or more, a list
    of gerunds ("operating, patching, and backing up"), or a shared head ("security of the
    hosts, the network, and the storage"); single words before a longer last item modify its
    head noun ("malware, spam, and phishing protection") and are not (``conjuncts`` gives
    them the noun when the last item is two words)."""
    singles = [i for i, item in enumerate(items) if len(item.split()) == 1]
    if not singles:
        return True
    if all(items[i].lower().endswith("ing") for i in singles):
        return True
    if len(items) >= 3 and singles == [len(items) - 1] and _THING_OF_ITS_OWN.fullmatch(items[-1]):
        return True  # "sizing and capacity planning, fire drills, and backups": a thing each
    if singles == list(range(len(items) - 1)):
        return False
    return bool(_HEAD.match(items[0])) and len(items) >= 3


_CATCH_ALL = re.compile(
    r"\s(?:and|or)\s+(?:(?:all|any|every)\s+other|everything\s+else|anything\s+else|"
    r"(?:the\s+)?rest\s+of)\b",
    re.I,
)
"""A last conjunct that sweeps up the rest ("X and all other software"): no duty of its own."""
_INDEFINITE_OPENING = re.compile(r"^(?:[a-z]+ing\s+)?an?\s+(?:up\s+to\s+date|[\w-]+)$", re.I)
"""A phrase that is an indefinite article and one word ("a robust", "ensuring an up to
date"), possibly after its gerund: a modifier waiting for its noun ("a domain name" has
one)."""
_DETERMINER_OPENING = re.compile(
    r"^(?:the|a|an|its|their|our|your|his|her|all|any|each|every|this|these|those|some|"
    r"no|other|[\w-]+ing)\b",
    re.I,
)
"""A phrase with a determiner of its own (or a gerund: a verb phrase of its own)."""
_ADJECTIVE = re.compile(r"[a-z]+(?:al|ic|ive|ous|ary|ory|ful|ible|able)", re.I)
"""A word with an adjective's ending ("technical", "organisational", "physical")."""


def _refers_back(a: str, b: str) -> bool:
    """Whether the phrase after "and" leans on the one before: it names the first's head noun
    again with a demonstrative ("the cluster on that account"), or it is a verb with a pronoun
    for its object ("… the files and disposition them")."""
    head = a.split()[-1].lower().removesuffix("s")
    if re.search(rf"\b(?:that|this|these|those|the\s+same|such)\s+{re.escape(head)}s?\b", b, re.I):
        return True
    return re.fullmatch(r"[a-z]{3,}\s+(?:them|it)\b.*", b, re.S) is not None


_GERUND_PAIR = re.compile(
    r"^(?P<a>(?!\w*thing\b)[a-z]{3,}ing\s+[^,;]+?)\s+and\s+(?P<b>(?!\w*thing\b)[a-z]{3,}ing\s+"
    r"(?!(?:for|of|to|in|on|with|by|at|from|and|or)\b)\S.*)$",
    re.I | re.S,
)
"""Two gerund phrases, each with its own object ("carrying out checks and managing access"; not
"access and sharing for …", a noun)."""


_PREPOSITION_OBJECT = re.compile(r"\w\s+(?:on|about|regarding|concerning)\s+\S", re.I)
"""A noun with a topic complement ("documentation on the servers"): a possessive after it
points back into that topic ("management of X and their licenses" is two objects)."""


_OF_AGAIN = re.compile(
    r"^(?P<head>(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?\s+of)\s+(?P<a>[^,;]+?),?\s+and\s+of\s+"
    r"(?P<b>[^,;]+)$",
    re.I | re.S,
)
"""A head noun whose "of" the second conjunct repeats ("security of A and of B")."""


def one_indefinite_phrase(a: str, b: str) -> bool:
    """Whether "``a`` and ``b``" is one noun phrase under ``a``'s indefinite article ("a
    robust and secure platform", "an up to date and secure system"): ``b`` has no determiner
    of its own, nor does the word after its first ("a backup and restore the data": a verb
    and its object)."""
    if _INDEFINITE_OPENING.search(a) is None or _DETERMINER_OPENING.match(b) is not None:
        return False
    after = b.split(maxsplit=1)[1:]
    pronoun = bool(after) and re.match(r"(?:them|it)\b", after[0], re.I) is not None
    return not after or not (pronoun or _DETERMINER_OPENING.match(after[0]))


OPEN_INFINITIVE = re.compile(r"\bto\s+(?:[a-z]{2,}ly\s+)?[a-z]+(?:,\s+[a-z]+)*,?\s*$", re.I)
"""An infinitive (or a series of them, after an adverb or not) still waiting for its object
("to (quickly) inspect| and repair X"): the next verb shares the object, one duty ("access
to logs and the audit trail" still makes two: a noun phrase follows the "and")."""
_DETERMINER_START = re.compile(rf"{_DETERMINER}\s", re.I)


def _split_pair(part: str, *, objects: bool = False) -> list[str]:
    """Split one phrase at "and": ``security of the hosts and the network`` -> two phrases
    sharing "security of"; ``patching the hosts … and the network images`` -> two sharing
    "patching"; with ``objects`` (a verb's object), two noun phrases of two words or more
    (``its support policy and retirement schedule``); anything else stays whole."""
    if _CATCH_ALL.search(part):
        return [part]  # "the operating system and all other software": one duty, the rest
    again = _OF_AGAIN.match(part)
    if again:  # "security of the hosts and of the network": security of each
        return [f"{again['head']} {again['a']}", f"{again['head']} {again['b']}"]
    joined = re.match(r"^(?P<a>.+?[\w-])\s+and\s+(?P<b>.+)$", part, re.I | re.S)
    if joined and _refers_back(joined.group("a"), joined.group("b")):
        return [part]  # "the account and the cluster on that account": one duty
    if joined and one_indefinite_phrase(joined.group("a"), joined.group("b")):
        return [part]  # "a robust and secure platform": one thing
    back = _POSSESSIVE_PAIR.match(part) if objects else None
    if back and _PREPOSITION_OBJECT.search(back.group("a")):
        return [part]  # "documentation on the servers and their use": the servers' use
    if back and len(back.group("a").split()) >= 2 and len(back.group("b").split()) >= 2:
        return [back.group("a"), back.group("b")]  # "the hardware and its control plane"
    pair = _OBJECT_PAIR.match(part) if objects else None
    if pair and not re.search(r"\b(?:of|for|to|in|on|with|from|at|by)\b", pair.group("a"), re.I):
        a, b = pair.group("a"), pair.group("b")
        clause = re.search(
            r"\b(?:is|are|was|were|will|would|must|should|shall|can|could|may|might|has|have|"
            r"uses?|does|do|includes?)\b|\b(?:as|if|when|where)\s+(?:needed|required|applicable)\b",
            b,
            re.I,
        )  # "operates the service and the customer uses it": a clause, not a second object
        clause = clause or re.match(r"(?:it|them|this|that)\b", a, re.I)
        clause = clause or _FINITE_IN.search(a)  # "these are configured and remain open"
        if _ADJECTIVE.fullmatch(a.split()[-1]) and _ADJECTIVE.fullmatch(b.split()[0]):
            return [part]  # "appropriate technical and organisational measures": one noun
        if len(a.split()) >= 2 and len(b.split()) >= 2 and " of " not in f" {b} " and not clause:
            return [a, b]
    pair = re.match(rf"^{_HEAD.pattern}(?P<a>the\s+.+?)\s+and\s+(?P<b>the\s+.+)$", part, re.I)
    if pair:
        return [pair.group("head") + pair.group("a"), pair.group("head") + pair.group("b")]
    gerund = re.match(
        r"^(?P<g>(?!\w*thing\b)\w+ing(?:\s+(?:up|down|out|off|over|back)\b)?)\s+"
        r"(?P<a>.+?)\s+and\s+(?P<b>(?!\w+ing\b).+)$",
        part,
        re.I | re.S,
    )
    a_part = gerund.group("a") if gerund else ""
    if (
        gerund
        and len(a_part.split()) >= 3
        and len(gerund.group("b").split()) >= 2
        and not re.match(r"(?:and|or)\b", a_part, re.I)
        and not re.search(r"\bof\s+[\w-]+$", a_part, re.I)  # "segregation of users and X"
        and not (OPEN_INFINITIVE.search(a_part) and not _DETERMINER_START.match(gerund["b"]))
    ):
        verb, b_part = gerund.group("g"), gerund.group("b")
        helped = re.match(r"help\s+[a-z]+\s", b_part, re.I)  # "… and help facilitate X": a verb
        return [f"{verb} {gerund.group('a')}", b_part if helped else f"{verb} {b_part}"]
    two = _GERUND_PAIR.match(part)
    sizes = (len(two.group("a").split()), len(two.group("b").split())) if two else (0, 0)
    if two and min(sizes) >= 2 and max(sizes) >= 3:
        # "carrying out X and managing Y", "monitoring data and configuring the alerts"
        return [two.group("a"), two.group("b")]
    same = _SAME_HEAD_PAIR.match(part)
    if same and " and " not in same.group("a"):
        return [same.group("a"), same.group("b")]
    return [part]


def distribute(items: list[str]) -> list[str]:
    """Carry a shared head ("security of", "managing") from the first item to the others."""
    first = items[0]
    head_match = _HEAD.match(first)
    gerund = re.match(r"^(?P<head>(?!\w*thing\b)\w+ing\s+)", first, re.I)  # not "everything"
    out = [first]
    for item in items[1:]:
        bare = re.sub(r"^the\s+", "", item, flags=re.I)
        short = len(bare.split()) <= 8 and not re.search(
            r"\b(?:in|between|at|to|from|with|on|by|for|across|within)\b", bare, re.I
        )
        if head_match and not re.match(r"^\w+ing\b", item, re.I) and short:
            head = head_match.group("head")
            if not item.lower().startswith(head.lower()) and " of " not in f" {item} ":
                item = head + re.sub(r"^the\s+", "the ", item)
        elif gerund and re.match(r"^(?:the|a|an|all|any|your|their|its|our|each)\s", item, re.I):
            item = gerund.group("head") + item  # "managing the hosts, the network"
        out.append(item)
    return out


_BOUND_VERB = re.compile(r"^(?:\S+\s+){1,3}?(?:should|must|will|shall)\s+(?=\w+\s+\w)", re.I)
"""A subject and a modal before the verb of a label that kept its subject."""


POINTED_NOUN = (
    r"(?!(?:up|down|out|off|over|back|in|on|to|for|with|from|at|by|of|as|and|or|is|are|were|"
    r"will|must|should|can|may)\b)[\w-]+"
)
"""The noun after a demonstrative ("these patches"); a particle or a verb after it ("keep
these up to date", "these are") makes the demonstrative a pronoun with no noun to replace."""


def resolve_anaphora(phrase: str, antecedent: str) -> str:
    """``apply these patches`` after ``release security updates to X`` -> ``apply security
    updates to X``: the antecedent's object replaces the demonstrative phrase."""
    bound = _BOUND_VERB.match(antecedent)  # "Crews should send notes": its object
    words = antecedent[bound.end() :].split() if bound else antecedent.split()
    obj = " ".join(words[1:]) if len(words) > 1 else antecedent
    return re.sub(
        rf"\b(?:these|those|such|the\s+same)\s+{POINTED_NOUN}|\b(?:them|this|that)\b$",
        obj,
        phrase,
        count=1,
        flags=re.I,
    )


_VERB_OPENING = re.compile(
    r"^(?P<verbs>[A-Za-z]+(?:,?\s+(?:and|or)\s+[a-z]+(?:-[a-z]+)?)?)\s+(?!of\b|to\b)"
    r"(?!(?:are|were|have|is|was|has)\b)(?=\w)"
)
"""An item's opening verb (or two joined by "and"), not a noun before "of" ("Audits of …")
nor a subject before its own verb ("Logs are stored …")."""
_VERB_BEFORE_TO = re.compile(
    r"^(?P<verbs>[A-Za-z]+(?:,?\s+(?:and|or)\s+[a-z]+(?:-[a-z]+)?)?)\s+(?!of\b)"
    r"(?!(?:are|were|have|is|was|has)\b)(?=\w)"
)
"""The same where the phrase is known to open with its verb: "to" after it is the verb's."""


def base_opening(lexicon: Lexicon, phrase: str, *, verb: bool = False) -> str:
    """ "Sets and keeps the rules" -> "Set and keep the rules": an item's verbs written in the
    third person, in the base form labels use; anything else unchanged. With ``verb`` the
    opening is known to be a verb phrase ("Responds to incidents"), not "Audits of …"."""
    opening = (_VERB_BEFORE_TO if verb else _VERB_OPENING).match(phrase)
    if opening is None or lexicon.third_person_base(phrase.split(" ", 1)[0]) is None:
        return phrase
    verbs = re.sub(
        r"[A-Za-z]+(?:-[a-z]+)?",
        lambda m: _cased(m[0], lexicon.third_person_base(m[0]) or base_verb(m[0])),
        opening.group("verbs"),
    )
    return verbs + phrase[opening.end("verbs") :]


def particle_verb(lexicon: Lexicon, verb: str, tail: str) -> tuple[str, str]:
    """A verb and its particle read as one verb when only the pair is a duty verb ("We stand
    behind the service": "stand behind"; "is backed up nightly": "backed up"); else the verb
    and its tail as they were."""
    particle = re.match(r"\s+([a-z]+)\b", tail)
    two_words = f"{verb} {particle.group(1)}" if particle else ""
    if particle and lexicon.verb_base(verb) is None and lexicon.verb_base(two_words):
        return two_words, tail[particle.end() :]
    return verb, tail


def second_verbs(lexicon: Lexicon, label: str, head: str) -> str:
    """A label in the base form whose later verb kept the page's third person: right after the
    head ("Rebuild and re-releases images": every later one, as ``base_conjuncts``) or after
    an adverb ("Monitor X and rapidly publishes updates"), where no noun can stand ("and
    services" may)."""
    rest = label[len(head) :]
    every = re.match(r"\s+(?:and|or)\s+[a-z][a-z-]{2,}s\s+\w", rest) is not None
    return head + base_conjuncts(lexicon, rest, adverbed_only=not every)


def base_conjuncts(lexicon: Lexicon, phrase: str, *, adverbed_only: bool = False) -> str:
    """ "Assign contacts and communicates changes" (a subject stripped from before the first
    verb only): each later verb after "and" / "or" in the base form too, so the phrase parts
    into its duties; ``adverbed_only``: only those after an adverb ("and rapidly publishes")."""

    def based(m: re.Match[str]) -> str:
        if adverbed_only and not m["adv"]:
            return m[0]
        return f"{m['conj']}{m['adv'] or ''}{lexicon.third_person_base(m['verb']) or m['verb']}"

    return _THIRD_CONJUNCT.sub(based, phrase)


_THIRD_CONJUNCT = re.compile(
    r"(?P<conj>\b(?:and|or)\s+)(?P<adv>[a-z]{3,}ly\s+)?(?P<verb>[a-z][a-z-]{2,}s)\b"
)
"""A verb in the third person after "and" / "or", perhaps after an adverb ("and rapidly
publishes") or with a prefix ("and re-releases")."""


def _cased(written: str, base: str) -> str:
    """``base`` with the capital ``written`` opens with."""
    return base[:1].upper() + base[1:] if written[:1].isupper() else base


_NOUN_SERIES = re.compile(
    r"^(?P<head>[^,;:()\[\]]+(?:,\s+[^,;:()\[\]]+)+),?\s+(?:and|&)\s+(?P<last>[^,;:()\[\]]+)$"
)
"""A series of three or more comma-separated parts whose last joins with "and"."""


def noun_series(text: str, *, max_words: int = 4) -> list[str]:
    """The parts of a bare noun-phrase series of three or more ("Depot monitoring, scaling, and
    high availability"; "Loading, weighing, and labelling of crates": the last part keeps
    its "of" tail), each of at most ``max_words`` words before such a tail; else ``[text]``.
    Two-part phrases ("Identity and access management") stay whole: "and" often names one
    thing there."""
    match = _NOUN_SERIES.match(text.strip().rstrip("."))
    if match is None:
        return [text]
    parts = [p.strip() for p in match.group("head").split(",")] + [match.group("last").strip()]
    last = re.split(r"\s+(?:of|for|in|on)\s+", parts[-1], maxsplit=1)[0]
    heads = [*parts[:-1], last]
    if any(not 1 <= len(p.split()) <= max_words or _NOT_BARE.search(p) for p in heads):
        return [text]
    if len(parts[0].split()) > 1 and parts[0].split()[0].lower().endswith("ing"):
        return [text]  # "Automating provisioning, scaling, and …": one verb's objects
    return parts


_NOT_BARE = re.compile(
    r"\b(?:a|an|the|your|our|their|its|this|these|to|of|for|in|on|with|by|from|and|or)\b", re.I
)
"""A word that makes a part more than a bare noun phrase ("Authentication to your apps")."""
