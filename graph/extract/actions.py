"""Action sentences: ``<Party> (must also) <verb> …`` as that party's duties.

The verb must be a duty verb (ontology/vocabularies/duty-verbs.ttl) or follow an obligation
("must", "is committed to"); permissions, predictions of the reader, rights, prohibitions, verbs
of knowing with a question ("understand what …") and participles are not duties, and a negated
clause after the duty ends it.
The sentence's parts (subject, verb group, agent, contact role) are read by
``action_parts.ActionParts``, the base of ``ActionSentences``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..facts import Ref, Span
from ..lexicon import Lexicon, has_phrase
from .action_parts import (
    ACTION,
    GOING_TO,
    NOT_DUTY_VERBS,
    ActionParts,
    aimed_series,
)
from .action_subjects import action_subject, subject_rest
from .cues import (
    MODALS,
    NEGATION,
    OBLIGATION,
    positive_part,
)
from .framing import names_a_plan, planned
from .labels import STATE_COMPLEMENT, conjuncts, particle_verb, trim
from .parties import PartyResolver
from .state import Context

__all__ = ["ActionSentences"]

_RIGHT_TO = re.compile(
    r"\s*(?:the\s+|a\s+)?(?:(?:absolute|sole|exclusive|full|unilateral)\s+)?rights?"
    r"(?:\s*,[^,]{1,60},)?\s+to\s+[a-z]+\b",
    re.I,
)
"""A right kept ("reserves the (absolute) right(, in its sole discretion,) to …"): no duty."""
_KNOWING = frozenset({"understand", "know", "consider", "learn", "decide", "choose"})
"""Verbs of knowing: with a wh-object ("understand what …") they name no duty."""
_CHOICES = frozenset({"choose", "decide", "elect", "opt", "wish", "prefer"})
"""Verbs of choosing: after "may" a choice left to the party, no duty."""
_POINTING_BACK = re.compile(
    r"\s*(?:(?:to|for|with|on|about|from|into|of)\s+)?(?:it|them|this|that|these|those)\s*[.!]?\s*",
    re.I,
)
"""An object that only points back ("patch it", "subscribe to them"): the duty is named before."""
_WH_OBJECT = re.compile(r"^\s*(?:what|which|who|whom|how|whether|why|if)\b", re.I)
_PERMISSION = re.compile(r"\b(?:can|could|might)\b", re.I)
_PLEDGE = re.compile(r"\byou\s+(?:hereby\s+|also\s+|further\s+)?agree\b", re.I)
"""The reader agreeing in the same sentence: its "you will …" is a promise, not a prediction."""
_HYPOTHETICAL = re.compile(r"\b(?:would|may|might)\s+(?:\w+\s+)?(?:needs?|ha(?:s|ve))\s+to\b", re.I)
"""``may need to``, ``would have to``: what could become necessary, not a duty."""
_LEAVE_NEXT = re.compile(
    r"^\s+(?:allows|lets|enables|permits|entitles)\s+(?:you|customers?|users?)\b", re.I
)
"""A verb of leave right after the word read as the verb: that word ends the subject."""


def _opens_with_verb(text: str, lexicon: Lexicon) -> bool:
    """A sentence with no subject that opens with a capitalised duty verb in the third person
    and its object ("Coordinates the lamp rounds.", "Provides funding for the lamps.",
    "Actively adds new entries", "Prepares Delivery Kit and …", "Ensures that …",
    "Coordinates with X to …"), as role descriptions under a role's heading write ("Meets
    weekly." names no duty)."""
    adverb = re.match(r"[A-Z][a-z]+ly\s+(?=[a-z]+s\s)", text)  # "Actively adds …"
    verb = text[adverb.end() :] if adverb else text
    first = re.match(
        r"[A-Za-z][a-z]+s(?=\s+(?:the|all|any|its|their|each|every|new|that|with)\s"
        r"|\s+(?![a-z]+ly\b)(?:[a-z][\w-]+|[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})"
        r"\s+(?:for|of|to|and|in|on|across)\s)",
        verb,
    )
    if first is None or (adverb is None and not first.group(0)[0].isupper()):
        return False
    return lexicon.third_person_base(first.group(0).lower()) is not None


_NOUN_GOES_ON = re.compile(
    r"^\s+(?:(?!(?:the|an?|this|that|these|those|our|your|their|its|to)\b)[\w-]+\s+){0,3}?"
    r"(?:is|are|was|were)\b",
    re.I,
)
"""After a person noun read as a verb, more nouns then the sentence's own "is/was" ("lead
position was approved", "leads and officers are"): the noun is the subject's, no verb."""
_JOINT = re.compile(
    r"^(?:and|&)\s+(?P<other>(?:the\s+)?[A-Za-z][\w-]*)(?=\s+(?:must|shall|should|need\s+to|"
    r"have\s+to|agree\s+to|are\s+required\s+to)\s)",
    re.I,
)
"""A second subject joined to the first before a binding modal ("… and the customer must …"; not
"will": "Acme and the keepers will meet in spring" says what happens)."""
_COST = re.compile(
    r"^\s*(?:(?:the|any|all|such|its|their|your|our|[a-z]+ing)\s+)*(?P<noun>[a-z]+)", re.I
)
"""The head of a borne object ("bear any resulting costs" -> "costs")."""
_EMPHATIC_DO = re.compile(rf"^(?:(?i:{MODALS})\s+)*(?P<do>do|does)\s+(?P<verb>[a-z]+)\b")
"""A "do" that stresses the verb after it ("We do monitor …", "Nimbus does patch …")."""


def _unstressed(lexicon: Lexicon, after: str) -> str:
    """The verb group without a "do" that only stresses the verb after it ("We do monitor for
    alarms": monitor); "" for a stressed verb of capability ("we do support X", capability-verb
    of cue-words.ttl), which answers whether it can, no duty."""
    emphatic = _EMPHATIC_DO.match(after)
    stressed = emphatic.group("verb").lower() if emphatic else ""
    if emphatic is None or lexicon.verb_base(stressed) != stressed:
        return after
    if stressed in lexicon.capabilities:
        return ""
    return after[: emphatic.start("do")] + after[emphatic.start("verb") :]


def _refrained(verb: str, tail: str, modals: str, subject: str) -> str:
    """The duty to refrain a binding "must not" states ("must not post X": "Do not post X") or a
    promise "will never" makes ("will never ask for X": "Never ask for X"), or "": "must not be
    …" names no deed, and a denied subject denies it ("will not" foretells, it binds no one)."""
    forbidden = _FORBIDDEN.match(tail) if verb.lower() in ("not", "never") else None
    promised = verb.lower() == "never" and re.search(r"\bwill\b", modals, re.I) is not None
    if (
        forbidden is None
        or not (_BINDING.search(modals) or promised)
        or forbidden.group("verb").lower() in _NOT_A_DEED
        or NEGATION.search(subject)
    ):
        return ""
    if promised and not _BINDING.search(modals):  # "Acme staff will never ask for your code"
        return trim(f"Never {tail.strip().rstrip('.')}")
    return trim(f"Do not {tail.strip().rstrip('.')}")


def _best_effort(lexicon: Lexicon, base: str, following: str) -> str:
    """What a verb of best effort commits to ("We endeavour to minimise downtime": "minimise
    downtime", as "make every reasonable effort to" does; "We aim to reply within a day", a
    service target), or "": "… to update them" names nothing, a soft promise, and "hope" or
    "plan" only intend."""
    effort = _TO_VERB.match(following) if base in lexicon.efforts else None
    if (
        effort is None
        or not lexicon.verb_base(effort.group("verb"))
        or _PRONOUN_OBJECT.match(following[effort.end("verb") :])
    ):
        return ""
    return following[effort.start("verb") :]


def _bound_attempt(lexicon: Lexicon, modals: str, following: str) -> str:
    """What a party bound to try must try ("Users shall endeavour to request …": "request …",
    a duty of best effort), or "": "We will endeavour to …" only promises an attempt."""
    aim = _TO_VERB.match(following)
    if aim is None or not _BINDING.search(modals) or not lexicon.verb_base(aim.group("verb")):
        return ""
    return following[aim.start("verb") :]


_FORBIDDEN = re.compile(r"^\s+(?P<verb>[a-z]+)\b")
"""The verb after "must not" ("must not post …")."""
_NOT_A_DEED = frozenset(
    ("be", "been", "have", "only", "just", "necessarily", "always", "exceed", "need", "a", "the")
)
"""Words after "must not" that start no deed to refrain from ("must not be …", "need not")."""
_BINDING = re.compile(r"\b(?:must|shall|should)\b", re.I)
"""A modal that binds, not one that foretells ("will")."""
_TO_VERB = re.compile(r"^\s+to\s+(?P<verb>[a-z]+)\b", re.I)
"""An infinitive after a verb ("endeavour to restore")."""
_PRONOUN_OBJECT = re.compile(r"^\s+(?:it|them|this|that|these|those)\b", re.I)
"""A verb's object that is only a pronoun ("update them"): it names no duty of its own."""
_MODAL_NEXT = re.compile(r"^\s+(?:can|could|may|might|must|shall|should|will|would)\s+[a-z]", re.I)
"""A modal right after the word read as the verb: that word ends the subject instead."""
_NOUN_VERB_NEXT = re.compile(
    r"^\s+(?!(?:the|an?|your|our|their|its|all|each|every|this|these|those|that|which|who)\b)"
    r"(?:(?!(?:that|which|who)\b)[\w-]+\s+){1,3}?(?:is|are)\b",
    re.I,
)
"""A noun's own verb after a participle read as the verb ("Acme managed keys are rotated …"):
the participle qualifies that noun, the sentence's subject."""


def _qualifying_participle(verb: str, modals: str, tail: str) -> bool:
    """A participle read as the verb, with only adverbs before it, that qualifies the noun
    after it, whose own verb follows ("Acme fully managed planes are supported on X")."""
    adverbs_only = re.fullmatch(r"\s*(?:[a-z]+ly\s+)*", modals, re.I) is not None
    return adverbs_only and verb.lower().endswith("ed") and bool(_NOUN_VERB_NEXT.match(tail))


_OWN_RULES = re.compile(r"^\s*(?:this|these|our)\s+(?P<nouns>[\w-]+(?:\s+[\w-]+)?)", re.I)
"""The rules a page states ("this policy", "our privacy policies"): changing them is the
writer's right."""
_MAY_BUT_BOUND = re.compile(
    r"\bmay\b[^.;]*?\bbut\s+(?:also\s+)?(?:must|shall|should|(?:is|are)\s+(?:also\s+)?"
    r"(?:responsible|required|expected))\b",
    re.I,
)
"""A leave set against a duty ("may install X but are responsible for its upkeep"): what
"may" allows is a permission there, whoever holds it."""


def _owned_series(verb: str, rest: str) -> bool:
    """ "own the account, networking, and data boundary": owning several things, a division
    of the work ("You own your data", one thing, says whose it is)."""
    if verb.lower() not in ("own", "owns"):
        return False
    return (
        len(conjuncts(rest.strip().rstrip("."))) >= 2 or _SERIES_OF_THREE.search(rest) is not None
    )


def _told_not_bound(lexicon: Lexicon, verb: str, rest: str) -> bool:
    """A verb and what follows that tell the subject something, binding it to nothing: access
    ("Admins will also have (need) access to X": a right), an entitlement ("Operators should
    expect to have access to X"), what to take as so ("You should assume that admins can read
    X": a belief verb of cue-words.ttl before a clause)."""
    lower = verb.lower()
    if lower in ("have", "has", "need", "needs") and _ACCESS.match(rest):
        return True
    if lower in ("expect", "expects") and _RECEIVED.match(rest):
        return True
    return lexicon.belief(verb) and re.match(r"\s*that\s", rest) is not None


def _owed_deed(bound: re.Match[str] | None, verb: str, strong: bool) -> bool:
    """ "must offer X", "should offer X": an offer owed ("will offer X" may only sell it);
    "must get X" (approval, training): a thing to obtain ("will get an email" is news)."""
    if strong and verb.lower() in ("get", "receive"):
        return True
    return bound is not None and bound.group(0).lower() != "will" and verb.lower() == "offer"


def _offered(parties: PartyResolver, verb: str, rest: str, span: Span) -> bool:
    """An offer that is a duty: of a service the party performs, or of a thing given to a
    party the page knows."""
    lexicon = parties.state.lexicon
    return _offered_service(lexicon, verb, rest) or _offered_to_party(parties, verb, rest, span)


def _offered_to_party(parties: PartyResolver, verb: str, rest: str, span: Span) -> bool:
    """ "offers free droplets to Quarrytech customers": a thing given to a party the page
    knows, as "provides X to them" is; "offers three plans" only says what is sold."""
    lexicon = parties.state.lexicon
    if lexicon.verb_base(verb) not in lexicon.light_verbs:
        return False
    given = _GIVEN_TO.match(rest)
    first = given["to"].split()[0].lower() if given else ""
    if given is None or lexicon.verb_base(first) == first:
        return False  # "offers kits that help you to sort X": a purpose, no one given it
    return any(
        parties.resolve_party(m.text, span, create=False) is not None
        for m in parties.mentions(given["to"], ("org", "role"))
    )


def _offered_service(lexicon: Lexicon, verb: str, rest: str) -> bool:
    """ "offers support for versions up to six months old": a service the party performs,
    named by a noun that is a duty verb ("support", "review") or made of one ("assistance
    with", "guidance on") before "for", "to", "on" or "with", as "provide support for X" is;
    "offers a free tier" only says what is sold."""
    if lexicon.verb_base(verb) not in lexicon.light_verbs:  # cue:light-verb ("offer")
        return False
    found = _SERVICE_OFFERED.match(rest)
    if found is None:
        return False
    noun = found["noun"].lower()
    stem = noun.removesuffix("ance")  # "assistance with X": assist; "guidance on X": guide
    return lexicon.verb_base(noun) == noun or (
        stem != noun and any(lexicon.verb_base(v) == v for v in (stem, f"{stem}e"))
    )


_GIVEN_TO = re.compile(r"^\s+[^,;:]{2,80}?\s+to\s+(?P<to>[^,;:]{2,60}?)\s*[.!]?$", re.I)
"""A thing and the one it goes to ("… free droplets to Quarrytech customers")."""
_SERVICE_OFFERED = re.compile(
    r"^\s+(?:(?:a|an|the|its|our|their)\s+)?(?:[a-z-]+\s+)?(?P<noun>[a-z]+)\s+"
    r"(?:for|to|on|with)\s",
    re.I,
)
_SERIES_OF_THREE = re.compile(r"^[^,;:]{2,60},\s+[^,;:]{2,60},?\s+(?:and|or)\s+[^,;:]{2,60}$")
"""Three things in a series ("the yard, fences, and water supply")."""


def _perfect_deeds(lexicon: Lexicon, subject: str, participle: str, rest: str) -> list[str]:
    """The present perfect's deed in the present ("We have deployed X": "We deploy X"), and a
    second deed after "and also" ("has approved a policy and also follows X": two deeds), each
    to be read in full (a list, not a generator that any() would stop at the first)."""
    base = lexicon.verb_base(participle) or participle
    then = _AND_DOES.search(rest)
    if then is None or not lexicon.third_person_base(then["verb"]):
        return [f"{subject} {base}{rest}"]
    return [f"{subject} {rest[then.start('verb') :]}", f"{subject} {base}{rest[: then.start()]}"]


_AND_DOES = re.compile(r"\s+and\s+(?:also|then)\s+(?P<verb>[a-z]+s)\s")
"""A second verb in the third person, after "and also" or "and then", after a present
perfect's object ("has approved a policy and also follows X"): a deed of its own, not more of
the first one's object."""
_DONE_AND_DOES = re.compile(r"^\s+[a-z]+(?:ed|en|t)\s+and\s+(?P<verb>[a-z]+s)\s")
"""A perfect then a present after "has" ("has built and maintains X")."""
_PERFECT = re.compile(r"^\s+(?:(?:also|already)\s+)?(?P<verb>[a-z]+(?:ed|en|t))\s+(?!to\b|by\b)\S")
"""A present perfect after "has" ("has deployed logging"), no passive ("has been") nor "has
decided to"."""
_EFFORTS = re.compile(
    r"^\s+(?:(?:every|all|some|an|its|our|their|his|her|your|commercially|reasonable|best|due|"
    r"diligent|good[- ]faith|appropriate|necessary|practicable)\s+)+"
    r"(?:efforts?|endeavou?rs?|steps|measures|precautions)\s+to\s+(?P<rest>[a-z].*)$"
    r"|^\s+(?:its|our|their|his|her|your)\s+(?:very\s+)?best\s+to\s+(?P<best>[a-z].*)$",
    re.I | re.S,
)
"""Efforts made or used, or steps taken, to do a thing ("make every reasonable effort to", "use
commercially reasonable efforts to", "take all reasonable measures to", "does its best to"): a
duty of best effort to do it, as contracts mean them."""
_DEADLINE = re.compile(
    r"^\s+(?:(?:only|just|up\s+to|at\s+most)\s+)?(?:\d+|one|two|three|four|five|six|seven|ten|"
    r"fourteen|thirty|a|an)\s+(?:(?:business|working|calendar)\s+)?(?:minutes?|hours?|days?|"
    r"weeks?|months?|years?)\s+to\s+(?P<rest>[a-z].*)$",
    re.I | re.S,
)
"""``has 72 hours to notify them``: a time limit for a duty, the duty itself ("must notify")."""
_PROGRESSIVE = re.compile(
    r"^(?P<m>(?i:must|should|shall|will)\s+(?:[a-z]+ly\s+)?)be\s+(?P<g>[a-z]{3,}ing)\b"
)
"""A modal before a progressive ("should be operating a platform"): the verb of the duty."""
_DISCLAIMED = re.compile(r"\b(?:warrant(?:y|ies)|guarantees?|conditions|liabilit(?:y|ies))\b", re.I)
"""What a disclaimer disclaims ("all warranties and conditions")."""
_PRESENT_PROGRESSIVE = re.compile(
    r"^(?:is|are)\s+(?P<g1>[a-z]{3,}ing)(?:\s+and\s+(?P<g2>[a-z]{3,}ing))?\b(?=\s+[A-Za-z])"
)
"""A present progressive right after the subject ("is leading and coordinating X")."""


def _third_person(base: str) -> str:
    """The third person singular of a verb's base form ("lead" -> "leads", "patch" ->
    "patches", "apply" -> "applies")."""
    if re.search(r"(?:s|sh|ch|x|z|o)$", base):
        return f"{base}es"
    if re.search(r"[^aeiou]y$", base):
        return f"{base[:-1]}ies"
    return f"{base}s"


_BOUND_AFTER = re.compile(
    r"^[^,;:.]{1,60}?(?=\s(?:must|shall|should|needs?\s+to|(?:is|are)\s+required\s+to|"
    r"(?:has|have)\s+to)\s)",
    re.I,
)
"""A participle phrase after the subject, up to the obligation that binds it ("wishing to be
compliant", then "need to …")."""
_BY_MEANS = re.compile(r"\bby\s+(?P<verb>[a-z]+ing)\b(?P<rest>\s+\w.*)$", re.S)
"""The means after a verb of helping ("… by providing a managed updates feature")."""
_STATE_THEN_VERB = re.compile(r"^\s+(?!not\b)[^,;:]{1,60}?\s+and\s+(?P<verb>[a-z]+s)\s+\w")
"""``is certified and follows …``: a state, then the party's second verb."""
_HAS_BASE = re.compile(r"^(?P<has>has|have)\s+(?P<verb>[a-z]+)\s+(?=\w)", re.I)
"""``has implement safeguards``: a base form after "has" can only be "has to" with "to" left out
(a regular verb's perfect would be "has implemented")."""
_OFFERED = re.compile(
    r"^\s*(?:[\w()-]+\s+){1,8}?(?:(?:on|in|with|through)\s+which|that|which|where)\s+"
    r"(?:you|(?:our\s+|the\s+)?(?:customers?|users?)|any(?:one|body|thing)|any\s+[\w-]+)\s+"
    r"(?:can|may|could)\s",
    re.I,
)
"""``features that you can use``, ``a solution which our customers may use``, ``the runtime on
which any code can run``: what is offered to the reader."""
_KINDS_SUPPORTED = re.compile(
    r"^\s*(?:two|three|four|five|six|several|multiple|various|many|different|a\s+(?:range|variety)"
    r"\s+of)\s+(?:[\w-]+\s+){0,3}?(?:models?|options?|ways?|modes?|types?|kinds?|tiers?|editions?|"
    r"configurations?|deployment\s+\w+)\b",
    re.I,
)
"""``supports three management models``, ``supports various deployment options``: the kinds
of use a product allows, a feature described, no deed of its maker."""


def _kinds_supported(base: str, tail: str) -> bool:
    """ "supports three management models": the kinds of use a product allows."""
    return base == "support" and _KINDS_SUPPORTED.match(tail) is not None


_BENEFIT = re.compile(
    r"^[^.;:]*?\s(?:so\s+(?:that\s+)?(?:[\w-]+\s+){1,3}?(?:can|could|may)|"
    r"(?:that|which)\s+(?:gives|lets|allows|enables|helps)\s+(?:you|customers?|users?|teams?)|"
    r"for\s+(?:you|customers?|users?|teams?)\s+to\s+[a-z]+|"
    r"to\s+(?:enable|allow|help|let|empower)\s+(?:you|customers?|users?|teams?))\s",
    re.I,
)
"""``tools so (that) teams can focus …``, ``a deployment that gives you …``, ``services for
you to host applications``, ``guides and tools to enable you to …``: a benefit to the reader,
what is offered rather than owed."""


def _may_only(lexicon: Lexicon, modals: str, rest: str, *, reader: bool) -> bool:
    """Whether "may" leaves the deed open: the reader's permission ("you may add metadata"),
    a provider's chance ("Acme may open a bridge call"); a standing "Acme may also release
    updates on a periodic basis" still binds."""
    if not re.search(r"\bmay\b", modals, re.I):
        return False
    return reader or not _standing(lexicon, modals, rest)


def _standing(lexicon: Lexicon, modals: str, rest: str) -> bool:
    """Whether a provider's "may" states what it keeps doing: "may also" or a routine ("on a
    periodic basis", "every year", a routine adverb of cue-words.ttl), not a chance."""
    if re.search(r"\balso\b", modals, re.I) or _EVERY.search(rest):
        return True
    return has_phrase(lexicon.routines, rest.lower())


_EVERY = re.compile(r"\b(?:on\s+an?\s+\w+\s+basis|every\s+\w+)\b", re.I)
"""A stated routine ("on a periodic basis", "every year")."""


def _in_place_to(lexicon: Lexicon, verb: str, rest: str) -> bool:
    """``(have) processes in place to limit X``: means kept there to do a duty."""
    placed = _IN_PLACE_TO.match(rest) if verb.lower() in ("have", "has") else None
    return placed is not None and lexicon.verb_base(placed["verb"]) is not None


def _narrated(
    lexicon: Lexicon, text: str, sentence: str, base: str, following: str, *, held: bool
) -> bool:
    """The page narrating itself: "We will go through the layers and explain …" (a narration
    verb after "we"), "In this document we will define the layers"; outside a party's section
    (``held``), what an option or a step entails."""
    phrasal = " ".join([base, *following.lower().split()[:1]])  # "go through"
    narration = base in lexicon.narrations or phrasal in lexicon.narrations
    if narration and re.match(r"\s*(?:we|it)\b", text, re.I):
        return True  # "It covers both tiers" after "This page sets out the split": the page
    told = not held and _WALKED_THROUGH.match(sentence)  # "With BYOC clusters, you deploy X"
    plain_verb = re.match(r"\s*you\s+(?:also\s+|then\s+)?(?P<verb>[a-z]+)", text, re.I)
    if told and plain_verb and lexicon.verb_base(plain_verb["verb"]) == base:
        return True  # what a choice or a step entails, told in the present: no duty
    here = _IN_THIS.match(sentence)
    return here is not None and here["noun"].lower() in lexicon.page_parts | lexicon.document_nouns


_WALKED_THROUGH = re.compile(
    r"^\s*(?:with\s+(?:an?\s+|the\s+|your\s+)?[^,]{1,60}|when\s+you\s[^,]{1,80}),\s+you\s", re.I
)
"""A sentence that tells what an option or a step entails ("With BYOC clusters, you …",
"When you onboard, you select …"): in the present tense, a description, no duty."""
_IN_PLACE_TO = re.compile(
    r"^\s+(?:(?!\b(?:that|which|who|is|are|was|were|has|have|had)\b)[^.;:]){3,100}?\s+in\s+place"
    r"\s+to\s+(?P<verb>[a-z]+)\s+\S",
    re.I,
)
"""``have processes in place to limit X``: what the means are there to do."""
_IN_THIS = re.compile(r"^\s*(?:in|within|throughout)\s+this\s+(?P<noun>[a-z]+)\b", re.I)
"""A sentence set in the page itself ("In this document, …", "In this guide we …")."""
ENABLING = re.compile(
    r"^\s*(?:you|customers?|users?|teams?)\s+(?:with\s+)?(?:the\s+|an?\s+|more\s+|full\s+)?"
    r"(?:[a-z]+\s+)?(?:ability|option|possibility|flexibility|freedom|choice|means|power|"
    r"opportunity|control|approach|way|facility|facilities|mechanism)\b"
    r"|^\s*(?:[\w-]+\s+){1,3}?with\s+(?:the\s+|an?\s+)?(?:ability|option|possibility|means|"
    r"opportunity|freedom)\s+to\b",
    re.I,
)
"""``gives you the ability to …``, ``provides clients with the ability to …``: an offer to the
reader, whatever the verb."""
_RECEIVED = re.compile(
    r"^\s*to\s+(?:have|receive|get|obtain|be\s+(?:given|granted|provided|offered|told|informed))\b",
    re.I,
)
"""What a party expects to be given ("expect to have access to X", "expect to receive X")."""
_ACCESS = re.compile(
    r"^\s*(?:also\s+)?(?:(?:read|write|full|limited|temporary|admin(?:istrative)?)\s+|the\s+)?"
    r"(?:access|permissions?|rights?|privileges?)\b",
    re.I,
)
"""What "have" grants (``… will have access to X``): a right the subject holds, not a duty."""
_WORD = re.compile(r"[A-Za-z]+")
_PARTICLE_ONLY = re.compile(
    r"\s*(?:over|again|back|up|down|in|out|off|on|away|around)\s*[.!]?\s*", re.I
)
"""What follows a verb with no object but its particle ("start over", "try again")."""
_CONTACT_VERBS = {"is", "are", "acts", "act", "serves", "serve"}
_DONE_WORK = re.compile(
    r"^\s+(?!(?:so|it|this|that|these|those|the\s+following|nothing|anything|everything|"
    r"what|whatever|well|more|less|better)\b)(?:[\w-]+\s+){0,3}?[\w-]+(?:s|ing|ion|ment)\b",
    re.I,
)
"""``do extra checks``, ``do the backups``: the work named as a noun after "do"."""


def _work_done(verb: str, rest: str) -> bool:
    """ "(will) do extra checks": a bound "do" with a noun of work is a duty; "do so", "do
    this", "do the following" point elsewhere."""
    return verb.lower() == "do" and _DONE_WORK.match(rest) is not None


_SHARED_BURDEN = re.compile(
    r"\s*(?:(?:the|a|an|this|that|joint|some|all|equal|full)\s+)?(?:[\w-]+\s+)?"
    r"(?:responsibilit|accountabilit|dut(?:y|ies)\b|obligations?\b|burden|ownership|roles?\b|"
    r"control\b|the\s+work\b)",
    re.I,
)
"""What "share" takes when a model is stated, not a deed ("share responsibility for X",
"share the burden of Y", "share the role")."""


def _shared_deed(verb: str, rest: str) -> bool:
    """ "(will) share the relevant logs": passing something on is a deed; sharing a
    responsibility, a burden or a role ("share responsibility for X") is the model itself."""
    return verb.lower() in ("share", "shares") and not _SHARED_BURDEN.match(rest)


@lru_cache(maxsize=4)
def _held_rights(phrases: frozenset[str]) -> re.Pattern[str] | None:
    """A two-word power phrase with up to three words inside ("all rights": "all intellectual
    property rights") that ends its noun phrase ("… to X", "… related to X", or the end)."""
    pairs = sorted(tuple(p.split()) for p in phrases if len(p.split()) == 2)
    if not pairs:
        return None
    inner = "|".join(rf"{re.escape(a)}\s+(?:[\w-]+\s+){{0,3}}?{re.escape(b)}" for a, b in pairs)
    return re.compile(rf"^\s*(?:{inner})(?=\s+(?:to|in|of|over|related|for)\b|\s*[,.;]|\s*$)", re.I)


def _holds_power(lexicon: Lexicon, verb: str, rest: str) -> bool:
    """Whether ``verb rest`` says the party holds a power over a thing ("maintain control over
    X", "retain full control of X"), or has or holds rights (a content verb: "holds all
    intellectual property rights related to X"): who decides or owns, not what is owed."""
    if (lexicon.verb_base(verb) or verb.lower()) not in lexicon.holdings:
        rights = _held_rights(lexicon.power_phrases)
        return verb.lower() in lexicon.content_verbs and bool(rights and rights.match(rest))
    words = " ".join(rest.lower().split()[:4])
    return any(words.startswith(f"{phrase} ") for phrase in lexicon.power_phrases)


def _kept_or_disclaimed(
    lexicon: Lexicon, verb: str, modals: str, rest: str, sentence: str, *, reader: bool
) -> bool:
    """Whether a party's statement keeps a right or disclaims rather than owes: "we are
    excluding all warranties" (a disclaimer), the reader's "you acknowledge these policies"
    (assent), "Admins may install X but are responsible for Y" (X a leave), "We may update
    these Terms" or "We will change this policy" (a right to change the rules)."""
    base = lexicon.verb_base(verb) or verb.lower()
    may = re.search(r"\bmay\b", modals, re.I) is not None
    if base in lexicon.disclaimers and _DISCLAIMED.search(rest[:60]):
        return True
    if reader and not modals.strip() and base in lexicon.assents:
        return True
    if may and (_MAY_BUT_BOUND.search(sentence) or lexicon.points_elsewhere(rest[:40])):
        return True
    ruled = _OWN_RULES.match(rest)
    nouns = ruled["nouns"].lower().split() if ruled else []
    own_rules = any(noun in lexicon.rulebooks for noun in nouns)
    return base in lexicon.discretions and (lexicon.points_elsewhere(rest[:40]) or own_rules)


_REPLY = re.compile(
    r"^\s+(?P<obj>(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+(?:\s+update)?))"
    r"(?:\s+from\s+(?P<sender>[^,.;]+?))?"
    r"(?P<rest>\s+(?:of|about|on|within|in|by|saying|once|when)\b[^;]*)?\.?$",
    re.I | re.S,
)
"""A reply received, its sender and what follows ("a confirmation from the team within two
days")."""


def _received(lexicon: Lexicon, verb: str, modals: str, tail: str) -> str | None:
    """ "(You) should receive a confirmation from the safety team within two days": the
    sender's promise ("The safety team will send a confirmation within two days"; the page's
    writer when no sender is named), else None."""
    if verb.lower() not in ("receive", "get") or not re.search(r"\b(?:will|should)\b", modals):
        return None
    reply = _REPLY.match(tail)
    noun = reply["noun"].lower() if reply is not None else ""
    article = "an " if noun[:1] in ("a", "e", "i", "o", "u") else "a "
    if reply is None or not {noun, article + noun} & lexicon.reply_nouns:
        return None
    sender = reply["sender"] if reply["sender"] and reply["sender"].lower() != "us" else "We"
    return f"{sender} will send {reply['obj']}{reply['rest'] or ''}"


def _intent_base(lexicon: Lexicon, word: str) -> str:
    """ "strives", "aims": the base of a verb of intent or effort in the third person (no duty
    verb, so ``verb_base`` does not know it); any other word as it is."""
    stem = word.removesuffix("s")
    return stem if word != stem and stem in lexicon.intentions | lexicon.efforts else word


def _intended(lexicon: Lexicon, base: str, following: str) -> bool:
    """A verb of intent or effort before what is intended ("We aim to reply", "We plan to
    audit X"); one that is a duty verb too is its deed with an object ("We plan capacity")."""
    if base not in lexicon.intentions | lexicon.efforts:
        return False
    return not lexicon.verb_base(base) or re.match(r"\s*to\s", following) is not None


def _in_progress(lexicon: Lexicon, after: str) -> str:
    """A present progressive of duty verbs after the subject ("is leading and coordinating
    the crew"): the simple present ("leads and coordinates the crew"), what the subject
    does; anything else as it was."""
    found = _PRESENT_PROGRESSIVE.match(after)
    if found is None:
        return after
    gerunds = [g for g in (found["g1"], found["g2"]) if g]
    bases = [lexicon.verb_base(g) for g in gerunds]
    if not all(bases):
        return after
    verbs = " and ".join(_third_person(b) for b in bases if b)
    return f"{verbs}{after[found.end() :]}"


class ActionSentences(ActionParts):
    """``<Party> <verb> …`` sentences (and the subject of a sentence, stripped for a label)."""

    def action(
        self,
        text: str,
        sentence: str,
        span: Span,
        ctx: Context,
        *,
        models: list[str],
        subject: tuple[Ref, int] | None = None,
    ) -> bool:
        """``<Party> (may also) <verb> …`` (``_act``); a party the sentence's subject made when
        it stated no relation ("… models by cloud providers like A, B or C are not sufficient")
        stays only if the page gives it a fact elsewhere."""
        state = self.state
        before = len(state.facts.relations)
        with state.probing() as created:
            found = self._act(text, sentence, span, ctx, models=models, subject=subject)
        if len(state.facts.relations) == before:
            state.tentative.update(created)
        return found

    def _act(
        self,
        text: str,
        sentence: str,
        span: Span,
        ctx: Context,
        *,
        models: list[str],
        subject: tuple[Ref, int] | None = None,
    ) -> bool:
        """``<Party> (may also) <verb> …``: a duty of that party, one per object conjunct.
        ``subject`` is a party already read and where its subject ends (one of a joint
        subject, "A and B must …")."""
        holders = self.parties.mentions(text, ("org", "offering", "role"))
        we = None if subject is not None else re.match(r"^we\b", text, re.I)
        if (
            subject is None
            and ctx.named_by_heading
            and ctx.party
            and _opens_with_verb(text, self.state.lexicon)
        ):
            # "### Lamp Officer" / "Coordinates the lamp rounds.": the heading's role does it
            lowered = text[:1].lower() + text[1:]
            return self.action(lowered, sentence, span, ctx, models=models, subject=(ctx.party, 0))
        party: Ref | None
        opened = (
            (*subject, "")
            if subject is not None
            else action_subject(self, text, holders, span, ctx, we)
        )
        if opened is None:
            return False
        # pending: a name no vocabulary knows, made a party only if a duty follows
        party, first_end, pending = opened
        if party is None and not pending:
            return False
        after = text[first_end:].strip()
        joint = _JOINT.match(after)
        partner = self.parties.resolve_party(joint.group("other"), span) if joint else None
        if joint and partner is not None and partner != party:
            # "Acme and the customer must review the plan": a duty of each
            both = after[joint.end("other") :]
            mine = self.action(f"{text[:first_end]}{both}", sentence, span, ctx, models=models)
            theirs = self.action(
                f"{joint.group('other')}{both}", sentence, span, ctx, models=models
            )
            return mine or theirs
        after = subject_rest(self.state.lexicon, after, we=bool(we))  # "Acme support teams"
        after = _verb_group_meant(self, after)  # "is going to rewrite": will rewrite
        if not after:
            return False  # "we do support X" answers whether it can: no duty
        match = ACTION.match(after)
        if not match:
            return False
        verb, tail = match.group("verb"), match.group("rest")
        phrase = self.state.lexicon.phrase_verb(after[match.start("verb") :])
        if phrase:  # "is the owner of X", "takes ownership of X": owns X
            verb, tail = phrase, after[match.start("verb") + len(phrase) :]
        modals = after[: match.start("verb")]
        if (
            not modals.strip()
            and self.state.lexicon.person_noun(verb)
            and _NOUN_GOES_ON.match(tail)
        ):
            return False  # "This team lead position was approved …": "lead" is a noun
        if _qualifying_participle(verb, modals, tail):
            return False  # "Acme fully managed planes are supported on X": no deed of Acme
        if not modals.strip() and (_MODAL_NEXT.match(tail) or _LEAVE_NEXT.match(tail)):
            # "IP addresses can be …", "The Acme license allows you to …": a noun of the
            # subject, not its verb (and what it allows the reader is an offer)
            return False
        deadline = _DEADLINE.match(tail) if verb.lower() in ("have", "has") else None
        if deadline and party is not None:  # "you have 30 days to return it": must return it
            limited = f"{text[:first_end]} {modals}must {deadline.group('rest')}"
            return self.action(limited, sentence, span, ctx, models=models)
        if (sent := _received(self.state.lexicon, verb, modals, tail)) is not None:
            return self.action(sent, sentence, span, ctx, models=models)  # "receive X from Y"
        tries = ("make", "makes", "use", "uses", "take", "takes", "do", "does")
        effort = _EFFORTS.match(tail) if verb.lower() in tries else None
        if effort and (party is not None or pending):  # "make every reasonable effort to fix X"
            tried = f"{text[:first_end]} {modals}{effort.group('rest') or effort.group('best')}"
            return self.action(tried, sentence, span, ctx, models=models)
        verb, tail = particle_verb(self.state.lexicon, verb, tail)  # "stand behind X"
        following = tail
        refrain = _refrained(verb, tail, modals, text[:first_end])
        if refrain and party is not None:  # "Users must not post X": the duty to refrain
            return self.records.duty(party, refrain, sentence, span) is not None
        if NEGATION.search(f"{text[:first_end]} {modals}{verb}") or re.match(
            r"(?:['’]t|\s+not|\s+never)\b|\s*[)\]}]", following
        ):
            return False  # "Microsoft doesn't provide …": the main clause denies it
        if verb.lower() in self.state.lexicon.prohibitions and not OBLIGATION.search(modals):
            return False  # "You avoid data breaches": a benefit ("you should avoid X" binds)
        lexicon = self.state.lexicon
        base = lexicon.verb_base(verb) or _intent_base(lexicon, verb.lower())
        if base in lexicon.opinions and not OBLIGATION.search(modals):
            return False  # "We consider the hypervisor the boundary": a view, not a duty
        limit = re.search(r"\bonly\b", modals, re.I) and not OBLIGATION.search(modals)
        if limit and base not in lexicon.ownership_verbs:
            return False  # "We only support version 2", "X only requires access": a limit
        if _intended(lexicon, base, following):  # "We aim to reply": not owed, but
            # "We endeavour to X" is a duty of best effort, as "shall endeavour to request"
            tried = _best_effort(lexicon, base, following) or _bound_attempt(
                lexicon, modals, following
            )
            return bool(tried) and self.action(
                f"{text[:first_end]} {modals}{tried}", sentence, span, ctx, models=models
            )
        if base in lexicon.needs and not modals.strip():
            return False  # "The team requires procedural knowledge": a need, not a duty
        declared = base in lexicon.declarations and re.match(r"\s+that\s", following, re.I)
        if declared and not OBLIGATION.search(modals):
            return False  # "You represent that you have authority": a declaration
        if _narrated(lexicon, text, sentence, base, following, held=ctx.party is not None):
            return False  # "In this document we will define the layers": the page narrated
        offered = _OFFERED.match(tail) or _BENEFIT.match(tail) or self._means_for_reader(tail)
        # "provides a self-hosted edition": what is sold
        offered = bool(offered or names_a_plan(tail, lexicon) or _kinds_supported(base, tail))
        if base in lexicon.capabilities and offered:
            return False  # "Acme provides features that you can use to …": an offer
        if ENABLING.match(following):
            return False  # "BYOC gives you the ability to audit …": an offer, not a duty
        if _RIGHT_TO.match(following):
            return False  # "AKS reserves the right to …": a right, not a duty
        rest = positive_part(tail)
        if rest is None or re.match(
            r"\s*no\s(?!(?:more|less|fewer|later|earlier)\s+than\b)", rest, re.I
        ):
            return False  # "Acme makes no guarantees": an object of "no" denies the duty (not
            # "appoint no more than five contacts": a limit)
        noun = re.match(r"\s*(\w+)", rest)
        if noun and noun.group(1).lower() in lexicon.warnings and not OBLIGATION.search(modals):
            return False  # "We advise caution when installing …": a warning, not a duty
        means = _BY_MEANS.search(rest) if verb.lower() in self.state.lexicon.means_verbs else None
        means_base = self.state.lexicon.verb_base(means.group("verb")) if means else None
        if means and re.search(r"\b(?:can|could|may|might)\b", modals, re.I):
            return False  # "The team can assist by implementing X": help on offer, no duty
        if means and means_base is not None:
            # "X helps you stay current by providing managed updates": X provides them
            verb, rest, modals = means_base, means.group("rest"), ""
        # "must have a process"; "is obliged to be aware of risks" (not "will be patched")
        bound = OBLIGATION.search(modals)
        pledged = _PLEDGE.search(sentence) is not None  # "…, and you agree not to …": terms
        weak = ("should",) if pledged else ("will", "should")
        strong = bound is not None and bound.group(0).lower() not in weak
        state = verb.lower() == "be" and bool(STATE_COMPLEMENT.match(rest))
        if state and rest.split()[0].lower() in lexicon.attitudes:
            return False  # "You must be comfortable with our terms": accepted, not owed
        purposed = verb.lower() in ("use", "uses") and self.use_for_duty(rest)
        obliged = bound and (  # "must use a lock to secure the yard"
            verb.lower() == "have" or purposed or (strong and (state or verb == "use"))
        )
        # "Nimbus uses scanners to maintain signatures": a provider's practice, as "Nimbus
        # maintains signatures" is (a customer's "You use X to Y" only says how it is done)
        obliged = obliged or (purposed and not modals.strip() and not self._customer(party))
        obliged = obliged or (bound and _work_done(verb, rest)) or _shared_deed(verb, rest)
        obliged = obliged or _in_place_to(lexicon, verb, rest) or _owed_deed(bound, verb, strong)
        if _POINTING_BACK.fullmatch(rest):
            return False  # "you must patch it", "subscribe to them": named elsewhere
        if planned(modals, rest, lexicon):
            return False  # "we will eventually add X": a plan, not a duty
        words = rest.split()
        opening = " ".join(words[:2]).lower()
        chance = words and (words[0].lower() in lexicon.chances or opening in lexicon.chances)
        if chance and not modals.strip():
            return False  # "Quarry upgrades happen on Wednesdays": "upgrades" was a noun
        if _PARTICLE_ONLY.fullmatch(rest):
            return False  # "you will need to start over": a step with no object, no duty
        if (
            rest.lstrip().startswith(",")
            and not modals.strip()
            and not any(lexicon.third_person_base(w) for w in _WORD.findall(rest))
        ):
            return False  # "OS patches, firewall rules, IAM": a series of nouns, no verb in it
        second = _STATE_THEN_VERB.match(rest) if verb.lower() in ("is", "are") else None
        stood = rest[: second.start("verb")] if second else rest
        contact = verb.lower() in _CONTACT_VERBS
        if contact and self._contact(party, stood, sentence, span) and not second:
            return True  # "The site officer is the primary contact for X": a duty
        if second and not modals.strip() and lexicon.third_person_base(second.group("verb")):
            # "The control plane is certified and follows best practices": the second verb's
            return self.action(
                f"{text[:first_end]} {rest[second.start('verb') :]}",
                sentence,
                span,
                ctx,
                models=models,
            )
        cost = _COST.match(rest) if verb.lower() in ("bear", "bears") else None
        borne_noun = cost.group("noun").lower() if cost else ""
        borne = bool(borne_noun) and bool({borne_noun, f"{borne_noun}s"} & lexicon.cost_nouns)
        done = _DONE_AND_DOES.match(rest) if verb.lower() in ("has", "have") else None
        if done and lexicon.third_person_base(done["verb"]) and not modals.strip():
            # "Acme has built and maintains a ledger": what it does now, it maintains
            now = f"{text[:first_end]} {rest[done.start('verb') :]}"
            return self.action(now, sentence, span, ctx, models=models)
        perfect = _PERFECT.match(rest) if verb.lower() in ("has", "have") else None
        held = self.state.facts.entities[party].attrs.get("role", "") if party else ""
        if (
            perfect
            and not modals.strip()
            and not held.endswith("/customer")  # "you have limited options": a state
            and lexicon.participle(perfect["verb"])
            and perfect["verb"].lower() not in lexicon.achievements  # "has obtained X"
        ):
            # "We have deployed logging on the perimeter": a deed done and kept, its duty
            since = rest[perfect.end("verb") :]
            deeds = _perfect_deeds(lexicon, text[:first_end], perfect["verb"], since)
            return any([self.action(d, sentence, span, ctx, models=models) for d in deeds])
        obliged = obliged or _owned_series(verb, rest)  # "You own the account and networking"
        obliged = obliged or _offered(self.parties, verb, rest, span)  # "offers support for X"
        if (verb.lower() in NOT_DUTY_VERBS and not obliged and not borne) or not rest.strip():
            return False  # "must have a process" is a duty, "has a process" is not
        if _told_not_bound(lexicon, verb, rest):
            return False  # an access right, an entitlement, what to take as so
        noun_like = re.search(r"(?:ity|ion|ment|ness|ance|ence|ship|ies)$", verb.lower())
        if (
            noun_like
            and self.state.lexicon.verb_base(verb) is None
            and not OBLIGATION.search(modals)
        ):
            return False  # "Customer responsibility will be …": a noun, not a verb (after "must"
            # or "agree to" a verb: "You agree to mention the use of X")
        if _PERMISSION.search(modals) or _HYPOTHETICAL.search(modals):
            return False  # "You can configure …": an option; "we may need to …": a chance
        role = self.state.facts.entities[party].attrs.get("role", "") if party else ""
        reader = role.endswith("/customer")
        if reader and not modals.strip() and (base or verb.lower()) in lexicon.access_verbs:
            return False  # "Clients authenticate with the gateway": how the system works
        if _may_only(lexicon, modals, rest, reader=reader):
            return False  # "you may add metadata", "Acme may open a bridge call": no duty
        if _kept_or_disclaimed(lexicon, verb, modals, rest, sentence, reader=reader):
            return False  # a disclaimer, an assent, a leave or a right to change the rules
        if re.search(r"\bmay\b", modals, re.I) and self._conditional(sentence, text):
            return False  # "If no fix is found, Acme may end the plan": a right for that case
        if re.search(r"\bmay\b", modals, re.I) and _now_and_then(lexicon, f"{modals} {rest}"):
            return False  # "Acme may occasionally release beta tools": what may happen
        if _left_open(lexicon, verb, base, modals, rest):
            return False  # a right, a choice or a power kept, a reading, a question: no duty
        stem = lexicon.verb_base(verb)
        if not modals.strip() and verb.lower().endswith("ed") and stem not in (None, verb.lower()):
            return False  # "Clients connected for longer may be reset": a participle, not a verb
        if not modals.strip() and verb.lower().endswith("ing") and len(verb) > 4:
            bound = _BOUND_AFTER.search(following)
            if bound and party is not None:  # "Customers wishing to be compliant need to …"
                return self.action(
                    f"{text[:first_end]}{following[bound.end() :]}",
                    sentence,
                    span,
                    ctx,
                    models=models,
                )
            return (
                False  # "Providers using old releases could …": a participle describing the subject
            )
        placed = _in_place_to(lexicon, verb, rest)
        known = stem is not None or borne or placed  # "You will bear the costs": paying them
        obligation = OBLIGATION.search(modals)
        if reader and obligation and obligation.group(0).lower() == "will" and not pledged:
            # "you'll probably love the tools": a prediction ("you will need to …" still binds)
            obligation = OBLIGATION.search(modals, obligation.end())
        if not known and not obligation:
            return False  # "Customers benefit from …": not a verb of duty
        if party is None:
            if not obligation and self._capability(verb, pending, span):
                return True  # "Acme Scanner provides reports": read (what a product does), no duty
            party = self.parties.resolve_party(pending, span, allow_unknown=True, strict=True)
            if party is None:
                return False
        if purposed:  # "uses scanners to maintain A, B and C": maintain each
            verb, rest = aimed_series(verb, rest)
        head, written, rest = self._verb_group(verb, rest)
        head = "have" if placed else head  # "Acme has a plan in place to …": have one
        self.records.add_duties(party, rest, sentence, span, models=models, head=head, verb=written)
        self.state.acted = party  # "… This notably includes A and B": more of its duty
        return True


_SITED = re.compile(
    r"^(?:(?:only|entirely|solely|exclusively|mainly|primarily)\s+)?"
    r"(?:in|on|within|inside|across|from)\s+(?!(?:accordance|compliance|line|conformance)\b)",
    re.I,
)
"""A verb's place with no object ("runs only in the Quarrytech network")."""


def _now_and_then(lexicon: Lexicon, words: str) -> bool:
    """Whether a verb group holds an adverb of now and then ("may occasionally release",
    "may release X from time to time"; chance adverbs of cue-words.ttl)."""
    return has_phrase(lexicon.chance_adverbs, " ".join(words.lower().split()))


def _left_open(lexicon: Lexicon, verb: str, base: str, modals: str, rest: str) -> bool:
    """Whether a verb group leaves the deed open: a right, a choice or a power its subject
    keeps ("may terminate", "may choose"), a pointer to reading, a question of what to know or
    who decides. ``base`` is the verb's base as first read. Apart from ``_act``: these checks
    need only the words and the lexicon."""
    if re.search(r"\bmay\b", modals, re.I) and base in (
        lexicon.sanctions | lexicon.discretions | _CHOICES
    ):
        # "Acme may terminate the subscription": a right it keeps; "Operators may choose
        # to bypass it": a choice left to them; "Wardens may appoint deputies": a power;
        # no duty
        return True
    reading = verb.lower() in lexicon.suggestions or verb.lower() in {"review", "check"}
    if reading and lexicon.points_elsewhere(rest):
        return True  # "you should review the AI guidance": reading, not a duty
    if verb.lower() in lexicon.suggestions | _KNOWING and _WH_OBJECT.match(rest):
        return True  # "understand what aspects of security …": no duty named
    power = (lexicon.verb_base(verb) or verb.lower()) in lexicon.powers
    if power and not modals.strip() and _WH_OBJECT.match(rest):
        return True  # "You control what your crawlers collect": who decides, no duty
    sited = (lexicon.verb_base(verb) or verb.lower().removesuffix("s")) in lexicon.sitings
    if not modals.strip() and sited and _SITED.match(rest.lstrip()):
        return True  # "Quarrytech Vault runs only in the Quarrytech network": where it is
    # "You maintain control over the fleet size": who decides, no duty
    return not modals.strip() and _holds_power(lexicon, verb, rest)


_PLEDGED_NOT = re.compile(
    r"^(?:hereby\s+)?(?:agrees?|commits?|undertakes?)(?:,[^,;.]{1,80},)?\s+not\s+to\s+", re.I
)
"""A pledge to refrain ("commits, during their use, not to violate X", "agrees not to deposit
X"): a prohibition, read as "must not"."""


_FORETOLD = re.compile(
    r"^(?:will|'ll|’ll)\s+(?:probably|possibly|perhaps|maybe)\s+"
    r"(?!(?:need|have|has)\s+to\b)",
    re.I,
)
"""``will probably X``: what is foreseen, no promise (``will probably need to X`` still binds;
"will most likely point you at a guide" says what support does)."""


_MAKING_EFFORT = re.compile(
    r"^(?:is|are)\s+making\s+(?=(?:every|all|its|our|their|a|the)\s+(?:[\w-]+\s+){0,2}efforts?\s+to\s)",
    re.I,
)
""""is making every effort to X": the present of "makes every effort to X", which is X."""


def _verb_group_meant(reader: ActionParts, after: str) -> str:
    """The verb group after a subject as the verb it means: "has implement" (has to
    implement), "is going to" (will), "should be procuring" (should procure, as written),
    "is leading and coordinating" (leads and coordinates), an emphatic "do" left out ("" when
    it only answers whether a party can). Apart from ``_act``: a rewriting of words only."""
    lexicon = reader.state.lexicon
    if _FORETOLD.match(after):
        return ""  # "you will probably find the cause": a prediction, no duty
    slip = _HAS_BASE.match(after)
    if slip and reader._regular_base(slip.group("verb")):
        after = f"{slip.group('has')} to {after[slip.start('verb') :]}"  # "has implement"
    after = GOING_TO.sub("will ", after, count=1)  # "is going to rewrite": a commitment
    after = _MAKING_EFFORT.sub("makes ", after, count=1)  # "is making every effort to X"
    after = _PLEDGED_NOT.sub("must not ", after, count=1)  # "agrees not to deposit X"
    ongoing = _PROGRESSIVE.match(after)
    if ongoing and lexicon.verb_base(ongoing.group("g")):
        # "should be procuring services": should procure them (as written: "procuring")
        after = f"{ongoing.group('m')}{after[ongoing.start('g') :]}"
    after = _in_progress(lexicon, after)  # "is leading and coordinating X": leads and …
    after = _unstressed(lexicon, after)
    return after
