"""Sentences that name the duty before its party.

The passive with an agent (``firewall rules are updated by the customer``), ``… is X's
responsibility`` / ``… is the responsibility of X``, ``… are X's``, ``X's responsibilities
include …``.
"""

from __future__ import annotations

import re

from ..facts import Ref, Span
from ..lexicon import Lexicon, on_schedule
from ..text import Needing, plain
from .commitments import page_provider
from .cues import (
    OBLIGATION,
    RESPONSIBLE_WORD,
    expand,
    negated,
    without_connective,
    without_contrast,
)
from .labels import particle_verb, trim
from .parties import PartyResolver, named_in_opening
from .records import FactRecorder
from .relations import RelationSentences
from .relatives import RELATIVE_END, held_by_which, kept_in, main_clause
from .state import Context, DocState
from .subjects import customer_work_team

__all__ = ["RESP_OF", "ObjectFirstSentences"]

_PASSIVE = re.compile(
    r"^(?P<obj>.+?)\s+(?:is|are|will\s+be|must\s+be|should\s+be|shall\s+be|gets?|remains?|"
    r"needs?\s+to\s+be|(?:has|have)\s+to\s+be|(?:is|are)\s+(?:required|expected)\s+to\s+be|"
    r"(?:has|have)\s+been|can\s+only\s+be)\s+(?:(?:also|always|all|only|then|[a-z]{3,}ly)\s+)*"
    r"(?:(?:those|the\s+ones|ones)\s+)?"  # "X are those managed by Acme"
    r"(?P<acts>(?:an?\s+)?(?:actions?|tasks?|operations?|steps?|activities)\s+(?:that\s+(?:is|are)\s+)?)?"
    r"(?P<verb>[a-z]+(?:-[a-z]+)?)(?P<particle>\s+(?:with|after|out|off))?"  # "dealt with by"
    r"(?:\s*(?:,|and|or)\s+(?P<verb2>[a-z]+)|\s+by\s+default\s+and\s+(?P<then>[a-z]+))?"
    r"(?:\s+[a-z]+ly)?"  # "handled entirely by", "run centrally by"
    r"(?P<mod>\s+(?:at|in|on|for|to|within|across|during|through|via|from|after|before|upon)\s+"
    r"(?:(?!\b(?:which|that|who)\s)[^,]){1,60}?)?"
    r"\s+by\s+(?P<agent>.+)$",
    re.I | re.S,
)
"""``Firewall rules are updated by the customer`` (``need to be``, ``have to be``, ``are
required to be``): the agent's duty (``Creating and deleting replicas are actions triggered by
you``: the actions are)."""
_CHAINED_PASSIVE = re.compile(
    r"^(?P<np>[^,;]+?)\s+(?:is|are)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\b[^,;]*\s+and$", re.I | re.S
)
"""A passive with no agent before "and" and a second passive ("The image is given the updates
and| is then certified by X"): the first subject is the second's."""
_OWN_PARTICIPLE = re.compile(r"\s[a-z]{3,}(?:ed|en)$", re.I)
"""A participle closing a passive's place or manner ("… in the bucket provided"): the "by"
after it names that participle's agent ("provided by you"), not the passive's."""


_SUBORDINATE_TAIL = re.compile(
    r"\s(?:after|before|once|until|when|whenever|while|if)\s.*$", re.I | re.S
)
"""A time or condition clause closing a thing ("Testing X after a package is applied"): its
verb is the clause's, the thing no clause of its own."""
_TWO_AGENTS = re.compile(
    r"^(?P<obj>[^,;]+?)\s+(?P<be>is|are|will\s+be|must\s+be|should\s+be|shall\s+be)\s+"
    r"(?P<v1>[a-z]+(?:ed|en))\s+by\s+(?P<a1>[^,;]+?)\s*,?\s+(?:and|while|but)\s+(?:then\s+)?"
    r"(?P<v2>[a-z]+(?:ed|en))\s+by\s+(?P<a2>[^,;]+?)\s*[.!]?$",
    re.I | re.S,
)
"""One thing done by two agents, each with its own participle ("Changes are requested by
you and implemented by Acme")."""


def _two_agents(body: str) -> list[str]:
    """The two passives of ``_TWO_AGENTS`` ("Changes are requested by you", "Changes are
    implemented by Acme"), else []."""
    two = _TWO_AGENTS.match(body)
    if two is None:
        return []
    head = f"{two['obj']} {two['be']}"
    return [f"{head} {two['v1']} by {two['a1']}", f"{head} {two['v2']} by {two['a2']}"]


_OWNED_UNIT = re.compile(
    r"^(?:the\s+)?(?P<org>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?)(?:['’]s\s+"
    r"(?P<unit>(?:[A-Z][\w-]*\s+){0,3}(?:[A-Z][\w-]*|team|teams|staff|personnel)"
    r"|[a-z]+\s+(?:team|function|department|office|desk|unit|group))"
    r"|\s+(?:[a-z]+\s+)?(?:team|teams|staff|personnel|engineers|department|desk))$"
)
"""A named unit of an organisation ("Acme's Security Operations Centre", "Acme's Support
team", "the Acme operations staff")."""


def _unit_owner(parties: PartyResolver, agent: str, span: Span) -> str:
    """The organisation a passive's agent names as the owner of one of its units ("by Acme's
    Security Operations Centre": Acme, a party the page knows), else the agent."""
    unit = _OWNED_UNIT.match(agent.strip().rstrip(".;"))
    if unit and parties.resolve_party(unit["org"], span, create=False) is not None:
        return unit["org"]
    return agent


def _passive_body(body: str, lexicon: Lexicon) -> str:
    """The clause a passive is read in: without a connective opening it ("Likewise, X is run
    by Y") and, after a relative adverb, the relative clause ("… a plan, where both A and B
    are run by X")."""
    body = without_connective(body, lexicon)
    openings = list(_RELATIVE_ADVERB.finditer(body))
    if openings and _PASSIVE.match(body[openings[-1].end() :]):
        return body[openings[-1].end() :]
    return body


def _joint(reader: ObjectFirstSentences, body: str, sentence: str, span: Span) -> bool:
    """``X is a joint duty of A and B``: X is each named party's duty, marked shared."""
    joint = _JOINT_OF.match(body)
    if joint is None or negated(body):
        return False
    names = [n for n in re.split(r"\s*(?:,|\band\b|&)\s*", joint.group("who")) if n]
    found = [reader.parties.resolve_party(n, span, allow_unknown=True) for n in names]
    parties = list(dict.fromkeys(p for p in found if p is not None))
    if len(parties) < 2 or len(parties) < len(names):
        return False
    for party in parties:
        reader.records.duty(party, trim(joint.group("obj")), sentence, span, shared=True)
    return True


def _phrasal_participle(passive: re.Match[str], lexicon: Lexicon) -> str | None:
    """The base of a passive's verb with its particle ("dealt with" -> "deal with", "carried
    out" -> "carry out") when that phrase is a duty verb, else None."""
    particle = passive.group("particle")
    verb = passive.group("verb").lower()
    if not particle or not verb.endswith(("ed", "en", "t")):
        return None
    return lexicon.verb_base(f"{verb} {particle.strip().lower()}")


_NAMED_NOTHING = re.compile(
    r"\b(?:what|whatever)$|\b(?:which|what|whose)\s+(?:[\w-]+\s+){0,2}[\w-]+$", re.I
)
"""A passive's subject that names no thing: a free relative ("what (is allowed by X)") or an
indirect question ("find out which crushers (have been approved by X)")."""
_BARE_PRONOUN = re.compile(r"(?:it|this|that|these|those|they)", re.I)
"""A passive's subject that only points back: the thing done is named elsewhere."""
_POINTING_SUBJECT = re.compile(
    r"(?:^|[\s,])(?:it|this|that|these|those|they)(?:\s+[a-z]+ly|\s+(?:also|always|still|too|now))*$"
    r"|^(?:it|this|that|these|those)\s+(?:is|are)\s",
    re.I,
)
"""What "… remains the responsibility of X" is said of, when it only points back ("Under the
model this always", "Otherwise, this") or is a clause about a thing named before ("This is
part of X and"): the thing is named elsewhere, no duty here."""
_RELATIVE_PASSIVE = re.compile(
    r"(?P<np>(?:[\w()’'-]+\s+){1,8}?)(?:that|which)\s+(?:is|are|(?:has|have)\s+been)\s+(?:(?:also|always|all|fully|"
    r"completely|entirely|centrally)\s+)*(?P<verb>[a-z]+ed)\s+by\s+(?P<agent>.+)$",
    re.I | re.S,
)
"""A relative passive (``… the Ledger which is maintained by the Office``): what the relative
clause's agent does to the noun phrase before it."""
_ROUTINE_PASSIVE = re.compile(
    r"^(?P<obj>(?:(?i:the)\s+)?(?P<name>[A-Z][\w.&-]*)\b[^,;:]{0,120}?)\s+(?:is|are)\s+"
    r"(?:(?P<adv1>[a-z]+ly)\s+)?(?P<verb>[a-z]+)(?:\s+(?P<adv2>[a-z]+ly))?\b(?P<rest>[^;]*)$"
)
"""A named product, then a passive with a routine adverb: see ``_routine_passive``."""
_SECOND_PASSIVE = re.compile(r",?\s+and\s+(?:is|are)\s+(?=(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b)")
"""A second passive of the routine's subject ("… taken nightly and are copied offsite …")."""
_ALSO_PARTICIPLE = re.compile(r"^\s+and\s+(?P<verb>[a-z]+ed)\b")
"""A second participle of the same passive ("is controlled and audited")."""
_NEXT_CLAUSE = re.compile(r",?\s+and\s+(?=(?:[\w'’-]+\s+){1,12}?(?:is|are)\s)|;\s+")
"""Where a passive's clause ends and another with its own verb begins ("…, and the keys are
…")."""
_OTHER_CLAUSE = re.compile(
    r"[,;(]|\b(?:although|though|but|whereas|while|when|if|unless|which|that)\b", re.I
)
"""Where a passive's own clause ends: a schedule after it is another clause's."""
_UNDER_LAW = re.compile(r"\s+(?:under|by\s+(?:law|statute))\b", re.I)
"""What a law protects ("Personal data is protected under GDPR"): no party's safeguard."""
_CONDITIONED = re.compile(r"(?:^|\s)(?:if|unless|once)\s", re.I)
"""A condition anywhere in the sentence: the routine depends on it."""
_GERUND_WORD = re.compile(r"[a-z]{3,}ing|to|of|for|with|from|into|about|against")
"""A gerund or a preposition before a relative passive's noun phrase ("implementing known
solutions to incompatibilities that are …"): the clause says what is done to the noun phrase
after it, not to the words before."""
_NP_START = re.compile(r"(?i:is|are|was|were|be|been|being|[a-z]+ed)")
"""The last verb before the noun phrase of a relative passive ("must be kept in the X")."""
_FRAGMENT = re.compile(r"^(?:or|and|nor|but)\b", re.I)
"""A relative passive's noun phrase that opens with a coordinator: the tail of a list the
comma before it cut ("or C) that is managed by X"), not the thing managed."""
_NP_LEAD = re.compile(r"^(?:(?:in|into|on|to|at|the|a|an|our|your|its|their)\s+)+", re.I)
_VERBLESS_LIST = re.compile(
    r"\b(?:is|are|was|were|will|must|should|shall|gets?|remains?|has|have|can)\b", re.I
)
"""A verb in what precedes ", and": a clause of its own (else the items of one subject)."""
_FINITE = re.compile(
    r"^(?:(?!\b(?:that|which|who)\b).)*\b(?:is|are|was|were|will|would|must|should|shall|can|"
    r"could|may|might)\b",
    re.I | re.S,
)
"""A finite verb before any relative pronoun: the phrase is a clause, not a passive's subject."""
_CLAUSE_PRONOUN = re.compile(
    r"\b(?:before|after|when|whenever|once|until|unless|if|while|because|since)\s+"
    r"(?:it|they|this|that|these|those)$",
    re.I,
)
"""A subject that is a pronoun opening a subordinate clause ("Tools let you trim logs before
they are shipped to us by …"): the passive is the clause's, its subject no duty."""
_THAT_CLAUSE = re.compile(r"\b(?P<verb>[a-z]+)\s+that\s", re.I)
"""A verb before "that" and its clause ("Users agree that …")."""


def _declared(subject: str, lexicon: Lexicon) -> bool:
    """A passive's subject that holds a declaring verb's "that" ("Users agree that their names
    (are processed by the team)"): the passive is what is declared or consented to."""
    for match in _THAT_CLAUSE.finditer(subject):
        word = match.group("verb").lower()
        forms = {word, word.removesuffix("s"), lexicon.verb_base(word) or word}
        if forms & lexicon.declarations:
            return True
    return False


_UNNAMED_TEAM = re.compile(r"^(?i:the|this|that)\s+(?:[a-z]+\s+)?teams?\b(?!\s+of\b)")
"""An agent that is a team the passage names no further ("by the team that builds it", "by
this support team"): the passage's party, as "the team" is as a subject."""
_HOUSE_STAFF = re.compile(r"^(?:(?:the|our)\s+)?(?:[a-z][\w-]*\s+){0,2}(?:staff|personnel)$")
"""An agent that is staff named by what they work on ("by repository staff"): no party of its
own, the people of the page's vendor (or of the provider it names)."""
_AGENT_END = re.compile(
    r"\s*(?:[,;:(]|\s(?:to|in|for|using|through|via|when|if|as|within|on|at|with|from|under|"
    r"and\s+(?:is|are|will|must)|and\s+[a-z]+(?:ed|en|pt|ld|nt)|based|according|during|after|before|so|which|who|that|"
    r"of\s+(?:your|their|our)\s+(?:own\s+)?(?:choice|choosing)|"
    r"following|per|every|each|once|without|except|unless)\b)",
    re.I,
)
_THEN_DONE = re.compile(r"^\s*and\s+(?:then\s+)?(?P<verb>[a-z]+)\s+(?P<rest>\S.*?)\.?$", re.I)
"""A second participle after the agent ("… gathered by Acme and kept in the console")."""


def _then_done(after: str, obj: str, lexicon: Lexicon) -> str | None:
    """The duty of a second participle after a passive's agent ("Logs are gathered by Acme
    and kept in the console for 14 days": "keep logs in the console for 14 days"), else
    None."""
    then = _THEN_DONE.match(after)
    if then is None or not lexicon.participle(then["verb"]):
        return None
    base = lexicon.verb_base(then["verb"])
    return f"{base} {obj} {then['rest']}" if base else None


_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.I)
_RELATIVE_ADVERB = re.compile(
    r",\s*(?:where|whereby|wherein|in\s+which)\s+(?:both\s+|either\s+)?", re.I
)
"""A non-restrictive relative clause's opening ("…, where both"): a passive after it has its
own subject."""
_ONE_OF_MANY = re.compile(r"(?:the|a|an|each)\s+[a-z]+(?<!s)", re.I)
"""An agent named by one of a kind ("by the user") whose plural a vocabulary knows."""
_PLACED = re.compile(
    r"^(?P<obj>[^,;]+?)\s+(?:is|are|will\s+be|remains?)\s+(?:(?:also|always|fully|entirely)\s+)*"
    r"(?P<verb>[a-z]+)\s+(?:in|on|within)\s+(?P<place>.+)$",
    re.I | re.S,
)
"""``X are hosted in <party>``: a placement verb whose place is a party."""
_DASH_ASIDE = re.compile(r"\s+[-–—]\s+[^-–—]+?\s+[-–—](?=\s)")
"""`` - including A, B and C - ``: an aside between dashes."""
RESP_OF = re.compile(
    r"^(?P<obj>.+?)\s+(?:is|are|remains?|stays?|becomes?|will\s+be|falls?\s+(?:to|under|within))\s+"
    r"(?:(?:[a-z]{2,}ly|always|also|still|then|therefore|thus)\s+)?(?:the\s+)?"
    r"(?:(?:(?P<a>[^,;]+?)['’]s?|(?P<c>your|our))\s+"
    r"(?:sole\s+|own\s+|full\s+|primary\s+)?(?:responsibilit(?:y|ies)|duty|job)|"
    r"(?:sole\s+|full\s+|primary\s+)?"
    r"(?:responsibilit(?:y|ies)|duty|job|task)\s+(?:of|for)\s+(?:the\s+)?(?P<b>[^,;]+?))"
    r"(?:\s+to\s+(?P<to>[a-z]+(?:\s+(?:and|or)\s+[a-z]+)?)(?=\s*(?:[,;.]|$)))?"
    r"(?:\s+in\s+terms\s+of\s+[^,;.]+)?(?:\s+(?:if|unless|when|where|until)\s[^;]+)?"
    r"\s*(?:[,;.]|$)",
    re.I | re.S,
)
"""``Patching is the customer's responsibility`` (a condition after it: ``… unless they buy
the add-on``), ``… is (ultimately) the responsibility (the
job) of AWS``, ``… are the vendor's responsibility in terms of operating it``, ``… is your
responsibility``."""
_POINTER_IS = re.compile(r"^(?P<p>that|this|it)['’]s\b", re.I)
"""``That's`` before an owner: "That is"."""
_OWNER_VERB = re.compile(r"\s+to\s+[a-z]+\b.*$", re.S)
"""``… is the responsibility of the provider to enforce``: the verb after the party is the
duty's, no part of the party's name."""
_JOINED_OWNERS = re.compile(r"\s(?:and|&)\s", re.I)
"""Two owners joined after "the responsibility of" ("the stewards and the board")."""
_OWNERS_RELATIVE = re.compile(r"\s+(?:that|who|which)\s+[^,;]*$", re.I)
"""A relative clause closing the owners ("… and users that keep the repositories")."""
_JOINT_OF = re.compile(
    r"^(?P<obj>.+?)\s+(?:is|are|remains?|will\s+be)\s+(?:a|the)\s+joint\s+"
    r"(?:responsibilit(?:y|ies)|duty|duties|task|obligation)\s+(?:of|between|among)\s+"
    r"(?:the\s+)?(?P<who>[^,;.]+?)\s*(?:[;.]|$)",
    re.I | re.S,
)
"""``Licensing is a joint duty of the desk and tenants``: a duty of each party named (a
"shared responsibility between you and X" states the page's theme, read elsewhere)."""
_RESP_LIES = re.compile(
    r"^(?:the\s+)?(?:sole\s+|full\s+|primary\s+)?responsibilit(?:y|ies)\s+(?:for|of)\s+"
    r"(?P<obj>.+?)\s+(?:is|are|lies|lie|rests?|remains?|falls?|transfers?|pass(?:es)?|shifts?|"
    r"moves?)\s+(?:solely\s+|entirely\s+)?"
    r"(?:up\s+to|with|on|to)\s+(?P<party>[^,;]+?)\s*\.?$",
    re.I | re.S,
)
"""``The responsibility for patching images is up to the tenants``, ``… lies with the
customer``, ``… transfers to the customer`` (a duty handed over is the new holder's)."""
_SITS_WITH = re.compile(
    r"^(?P<obj>[^,;]{3,80}?)\s+(?:also\s+|still\s+)?(?:sits|rests|lies)\s+(?:solely\s+)?with\s+"
    r"(?P<party>[^,;]+?)\s*\.?$",
    re.I | re.S,
)
"""``Budget approval for extra work sits with the Yard Owner``: whose it is, as ``The
responsibility for X lies with Y`` says."""
_SO_THAT = re.compile(r",?\s+so\s+that\s.*$", re.I | re.S)
"""A purpose after the duty ("…, so that trucks can unload"): why, no part of it."""
_CONNECTIVE_EDGES = re.compile(
    r"^(?:however|moreover|also|therefore|thus|still|instead),?\s+|\s+(?:still|also|too)$", re.I
)
"""A connective before the thing owned and an adverb after it ("However, X still …")."""
_SOME_OF = re.compile(r"^(?:some|certain|several|other)\s", re.I)
"""Things named only as a few of some kind ("some best practices"): a pointer, no duty."""
_RESP_LIES_TO = re.compile(
    r"(?:^|,\s+(?:and\s+)?(?:therefore\s+|so\s+|thus\s+)?)(?:the\s+)?(?:ultimate\s+|final\s+|sole\s+|"
    r"full\s+|primary\s+)?responsibility\s+(?:lies|rests|remains|is)\s+(?:solely\s+|entirely\s+)?"
    r"with\s+(?P<party>[^,;]{2,40}?)\s+to\s+(?P<obj>[a-z][^;]+?)\s*\.?$",
    re.I | re.S,
)
"""``… and therefore the ultimate responsibility remains with the customer to select the
right approach``: the party's duty is what it is "to" do."""
_PARTY_TAIL = re.compile(
    r"\s*\([^()]*\)\s*$|\s+(?:if|when|whenever|unless|where|while|as|during|until|once)\b.*$"
    r"|\s*\([^()]*\)\s+and\s+(?:this|that|it|these|those)\s.*$"
    r"|\s+and\s+(?:this|that|it|these|those)\s.*$",
    re.I | re.S,
)
"""What follows a party's name at the end of a sentence: a bracketed aside ("(PIs)") or a
condition ("if they are working on their own"), or a clause about the duty ("and this
includes …")."""
_POSSESSED = re.compile(
    r"^(?P<obj>.+?)\s+(?:is|are|remains?|stay|stays)\s+(?:(?P<a>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})['’]s?"
    r"|(?P<b>ours|yours))(?:\s+(?:too|also|as\s+well))?"
    r"(?:\s+to\s+(?P<verb>[a-z]+(?:\s+(?:and|or)\s+[a-z]+)?))?\s*(?::\s+\S.*)?\.?$"
)
"""``Hardware and host network are OVHcloud's``, ``… are ours``, ``… are yours as well: A, B``
(what the colon lists details it), ``… is yours to maintain`` (the verb is the duty's)."""
_RESP_INCLUDE = re.compile(
    r"^(?P<subj>.+?)(?:['’]s?)?\s+(?:\w+\s+){0,2}?(?:responsibilit(?:y|ies)|duties|obligations|"
    r"tasks)(?:\s+(?:for|of|under|in)(?:\s+[\w-]+){1,4}?)?\s+(?:also\s+)?"
    r"(?:(?:are|is)\s+(?:restricted|limited|confined)\s+to|include|includes|are|is|cover|covers|"
    r"consist\s+of|comprises?|involves?)\s+(?P<obj>.+)$",
    re.I | re.S,
)
"""``Your responsibilities include A, B and C``, ``Acme responsibilities for the service are
limited to A and B``."""
_PASSIVE_AFTER_BE = re.compile(
    r"^\s*(?:is|are)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\b(?!\s+(?:and|or)\b)"
)
"""``… tasks are carried out …``: "are" and a past participle, a passive and no list."""


_PASSIVE_PAIR = re.compile(
    r"\s+and\s+(?=(?:(?:the|its|their|your|our|all)\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+"
    r"(?:is|are)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\s)",
    re.I,
)
"""" and " before a second passive clause with its own subject ("… and data planes are hosted
in the cloud by Acme")."""
_PASSIVE_CLAUSE = re.compile(r"^[^,;]+?\s(?:is|are)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\s", re.I)
"""A clause that is itself a passive ("the gate is hosted in …")."""


_PURPOSE_TO = re.compile(
    r"^(?P<subj>.+?)(?:['’]s?)?\s+(?:main\s+|primary\s+|sole\s+|key\s+)?(?:purpose|role|job|concern|"
    r"function|(?P<mission>mission))\s+is\s+to\s+(?(mission)(?!be\s))(?P<obj>[a-z].+)$",
    re.S,
)
"""``Its purpose is to approve changes``, ``The board's role is to review X``: what the party
is there to do (a mission "to be the safest operator" is an aspiration, no deed)."""
_POSSESSIVE_PRONOUN = re.compile(r"^(?:its|it['’]s|it\s+is|their)$", re.I)
"""The possessive pronoun before "purpose" (the page may write "It's purpose")."""
_RESP_INCLUDE_WORDS = Needing(_RESP_INCLUDE, "responsibilit", "duties", "obligations", "tasks")
_RELATIVE_PASSIVE_WORDS = Needing(_RELATIVE_PASSIVE, "that", "which")
"""The two patterns above run only on a text holding one of their words (most sentences do not)."""


def _owned_thing(state: DocState, obj: str, span: Span) -> str:
    """What "… is Y's responsibility" gives Y: ``obj``; for a pointing subject ("That is …")
    what the sentence before denied its subject ("You are not responsible for X"), else
    nothing (the thing was named before and its party is the one spoken of)."""
    if not _POINTING_SUBJECT.search(obj):
        return obj
    denied, line = state.disowned
    state.disowned = ("", 0)
    return denied if denied and 0 <= span.start - line <= 1 else ""


def _owned_duty(owned: re.Match[str], thing: str) -> str:
    """The duty an "X is Y's responsibility" sentence states, "" for none: not a pointer to
    things named next ("However, some best practices still fall under …"), a question
    ("which tasks are yours") or a kind a relative clause defines ("Controls which are …");
    with the verb after it ("… the customer's responsibility to rotate": rotate X)."""
    obj = _CONNECTIVE_EDGES.sub("", thing).strip()
    if not obj or _SOME_OF.match(obj) or re.match(r"(?:which|what|whose)\s", obj, re.I):
        return ""
    if re.search(r"\s(?:which|that|who)$", obj, re.I):
        return ""
    return f"{owned['to']} {obj[:1].lower()}{obj[1:]}" if owned.group("to") else obj


class ObjectFirstSentences(RelationSentences):
    """Sentences that name the duty before its party: the passive (``… are updated by X``),
    ``… is X's responsibility``, ``… are X's``, ``X's responsibilities include …``."""

    def _owners_of(self, who: str, span: Span, ctx: Context) -> list[Ref]:
        """The parties a coordination after "the responsibility of" joins ("the stewards and
        the board", "labs and users that keep the repositories (e.g. …)": an aside and a
        closing relative clause left out); [] for one party."""
        if not _JOINED_OWNERS.search(who):
            return []
        who = _OWNERS_RELATIVE.sub("", re.sub(r"\s*\([^()]*\)?\s*$", "", who)).strip()
        return self.co_subjects(who, span, ctx)

    def _stated_of(
        self, body: str, sentence: str, span: Span, ctx: Context, models: list[str]
    ) -> bool:
        """Duties whose party comes after them: the passive (``… are updated by X``), ``… is
        X's responsibility``, and ``X's responsibilities include …``."""
        if negated(body):
            return False
        body = without_contrast(body)  # "X is yours, and Acme does not do Y": Y apart
        purpose = _PURPOSE_TO.match(body)
        if purpose:
            subj = purpose.group("subj").strip(" ,")
            subj = "it" if _POSSESSIVE_PRONOUN.match(subj) else subj
            party = self.subject_party(subj, span, ctx)
            if party is not None:
                self.records.add_duties(party, purpose.group("obj"), sentence, span, models=models)
                return True
        include = _RESP_INCLUDE_WORDS.match(body)
        if include and _PASSIVE_AFTER_BE.match(body[: include.start("obj")][-4:] + include["obj"]):
            include = None  # "Most of the tasks are carried out by X": a passive, no list
        if include and not include.group("obj").rstrip().endswith(":"):
            party = self.subject_party(include.group("subj").strip(" ,"), span, ctx)
            if party is not None:
                # "The customer's responsibility is to ensure X, so that Y": ensure X
                obj = _SO_THAT.sub("", re.sub(r"^to\s+", "", include.group("obj")))
                self.records.add_duties(party, obj, sentence, span, models=models)
                return True
        if _joint(self, body, sentence, span):
            return True
        owned = RESP_OF.match(_POINTER_IS.sub(r"\g<p> is", body))  # "That's the job of X"
        if owned and owned.group("c") and _FINITE.search(_SUBORDINATE_TAIL.sub("", owned["obj"])):
            owned = None  # "We send alerts and … are your responsibility": a clause, not a duty
        owners = self._owners_of(owned.group("b") or "", span, ctx) if owned else []
        if owned and owners:  # "… is the responsibility of the stewards and the board": each
            if not _POINTING_SUBJECT.search(owned.group("obj").strip()):
                for each in owners:
                    self.records.add_duties(each, owned.group("obj"), sentence, span, models=models)
            self.state.stated = owners[0]
            return True
        if owned:
            owner = (
                owned.group("a") or _OWNER_VERB.sub("", owned.group("b") or "") or owned.group("c")
            )
            party = self.parties.resolve_party(owner, span, allow_unknown=True)
            if party is None and re.fullmatch(r"(?:the\s+)?[a-z]+", owner, re.I):
                party = self.subject_party(f"{owner}s", span, ctx)  # "the user's": the users
            if party is None and owned.group("b"):
                party = self._role_owner(owned.group("b"), span, ctx)
            if party is not None:
                # (not "Otherwise, this remains the responsibility of the provider": the thing
                # owned was named before, unless a denial just named it: "You are not
                # responsible for X. That's the job of the developer")
                obj = _owned_duty(owned, _owned_thing(self.state, owned["obj"].strip(), span))
                if obj:
                    self.records.add_duties(party, obj, sentence, span, models=models)
                self.state.stated = party  # "… This includes A and B": more of its duty
                return True
        lies = _RESP_LIES.match(body) or _RESP_LIES_TO.search(body) or _SITS_WITH.match(body)
        if lies:
            # "… lies with Principal Investigators (PIs)", "… is with the researchers if they
            # work alone", "… rests with Nimbus": the party without its aside or condition
            who = _PARTY_TAIL.sub("", _PARTY_TAIL.sub("", lies.group("party")))
            party = self.subject_party(who, span, ctx) if who.strip() else None
            if party is not None:
                obj = _named_before(self.state.lexicon, lies.group("obj"), sentence)
                self.records.add_duties(party, obj, sentence, span, models=models)
                return True
        possessed = _POSSESSED.match(body)
        if possessed and _BARE_PRONOUN.fullmatch(possessed.group("obj").strip()):
            return True  # "If the fault persists, it is ours": the thing owned is named before
        if possessed:
            owner = possessed.group("a") or {"ours": "we", "yours": "you"}[possessed.group("b")]
            party = self.parties.resolve_party(owner, span, allow_unknown=True)
            verb = possessed.group("verb")
            if party is not None and verb and self.state.lexicon.verb_base(verb.split()[0]):
                # "that path is yours to maintain": maintain that path
                thing = possessed.group("obj")
                if thing[1:2].islower():  # "Memory leaks are ours to fix" (not "AWS …")
                    thing = thing[:1].lower() + thing[1:]
                obj = f"{verb} {thing}"
                self.records.add_duties(party, obj, sentence, span, head=verb)
                return True
            if party is not None and not verb:
                self.records.add_duties(party, possessed.group("obj"), sentence, span)
                return True
        halves = _PASSIVE_PAIR.split(body, maxsplit=1)
        if len(halves) == 2 and _PASSIVE_CLAUSE.search(halves[0]):
            # "The gate is hosted in Acme and the sheds are run by Nimbus": two passives
            first = self._stated_of(halves[0], sentence, span, ctx, models)
            return self._stated_of(halves[1], sentence, span, ctx, models) or first
        if self._placed(body, sentence, span, models):
            return True
        found = False
        pieces = re.split(
            r"(,\s+and\s+|;\s+|\s+or\s+(?=(?:the|its|their|your)\s+\w+\s+will\s))", body
        )
        clauses = pieces[:1]
        for separator, piece in zip(pieces[1::2], pieces[2::2], strict=True):
            if _VERBLESS_LIST.search(clauses[-1]):
                clauses.append(piece)
            else:  # "A, B, and C are managed by X": the items of one subject, not clauses
                clauses[-1] += separator + piece
        for clause in clauses:
            found = self._passive(clause, sentence, span, ctx, models) or found
        relative = None if found else _RELATIVE_PASSIVE_WORDS.search(body)
        if relative is not None:  # "… the nodes that are managed by X": X manages the nodes
            words = relative.group("np").split()
            np = _NP_LEAD.sub("", " ".join(_relative_np(words, self.state.lexicon.participles)))
            if main_clause(np, self.parties, self.state.lexicon):
                return _routine_passive(  # "We patch X that are …"
                    body, sentence, span, ctx, self.state, self.parties, self.records
                )
            if len(np.split()) >= 2 and not _FRAGMENT.match(np) and np.count(")") <= np.count("("):
                # not "… account (A, B, or C) that is managed by X": the words after a comma
                clause = f"{np} are {relative.group('verb')} by {relative.group('agent')}"
                found = self._passive(clause, sentence, span, ctx, models)
        return found or _routine_passive(
            body, sentence, span, ctx, self.state, self.parties, self.records
        )

    def _role_owner(self, owner: str, span: Span, ctx: Context) -> Ref | None:
        """ "… is the responsibility of every (single) builder crew": a role the page names
        itself, before (or without) a heading that names it."""
        owner = re.sub(r"^(every|each)\s+single\s+", r"\1 ", owner.strip(), flags=re.I)
        if not re.match(r"(?:the|every|each|all|any)\s", owner, re.I):
            owner = f"the {owner}"
        return self.named_role(owner, span, ctx)

    def _passive(
        self, body: str, sentence: str, span: Span, ctx: Context, models: list[str]
    ) -> bool:
        """``Firewall rules are updated by the customer``: the agent's duty."""
        body = _passive_body(body, self.state.lexicon)  # "Likewise, …", "…, where A is run by X"
        if two := _two_agents(body):  # "X are asked for by you and built by Y": each
            return any([self._passive(c, sentence, span, ctx, models) for c in two])
        passive = _PASSIVE.match(body)
        chained = _CHAINED_PASSIVE.match(passive.group("obj")) if passive else None
        if passive and chained:  # "X is given the updates and is then certified by Y": X
            return self._passive(
                chained.group("np") + body[passive.end("obj") :], sentence, span, ctx, models
            )
        if passive and passive.group("then"):  # "X is enabled by default and managed by Y"
            clause = f"{passive['obj']} is {passive['then']} by {passive['agent']}"
            return self._passive(clause, sentence, span, ctx, models)
        lexicon = self.state.lexicon
        if passive and passive.group("particle") and not _phrasal_participle(passive, lexicon):
            passive = None  # "… is only open with …": no verb of a duty with its particle
        deed = passive is not None and passive.group("verb").lower() in lexicon.deeds
        deed = deed or (passive is not None and bool(passive.group("acts")))  # "X are actions"
        if passive and _this_page(passive.group("obj"), lexicon.document_nouns):
            return True  # "This article is maintained by Nimbus": a page credit, no duty
        if passive and _BARE_PRONOUN.fullmatch(passive.group("obj").strip()):
            return True  # "This is facilitated by SSO": "facilitate this" names no duty
        if passive and _NAMED_NOTHING.search(passive.group("obj").strip()):
            return True  # "Limited to what is allowed by X": a free relative, no thing named;
            # "… to find out which crushers have been approved by X": a question asked
        if passive and RELATIVE_END.search(passive.group("obj")):
            # "We fix faults that have been found by X": a relative clause's; "The layer
            # covers the machines, which are managed by X": X manages the machines
            thing = held_by_which(passive.group("obj"), lexicon) or kept_in(
                passive.group("obj"), passive.group("verb"), lexicon
            )
            if thing is None:
                return False
            clause = f"{thing} is {passive.group('verb')} by {passive.group('agent')}"
            return self._passive(clause, sentence, span, ctx, models)
        if passive and _OWN_PARTICIPLE.search(passive.group("mod") or ""):
            return False  # "stored in the bucket provided by you": the agent is the bucket's
        if passive and (
            deed or lexicon.participle(passive.group("verb")) or passive.group("particle")
        ):
            agent = _AGENT_END.split(passive.group("agent"), maxsplit=1)[0].strip()
            agent = _unit_owner(self.parties, agent, span)  # "by Acme's Security Centre"
            if re.match(r"[a-z]{2,}ing\s", agent):
                return False  # "is done by using crane operators": a means, no agent
            if agent.split() and agent.split()[-1].lower() in lexicon.rulebooks:
                return True  # "governed by the Stability Policy": the rule it follows, no party
            found = self.parties.mentions(expand(agent), ("org", "offering", "role"))
            described = bool(found) and bool(
                re.fullmatch(r"(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,2}", agent[: found[0].start])
                and not agent[found[0].end :].strip()
            )  # "by an independent third party"
            rest = agent[found[0].end :].split() if found else []
            staff = bool(rest) and lexicon.person_noun(rest[-1].rstrip(".*_"))
            if (
                found
                and not described
                and (found[0].start > 4 or len(rest) > 1)
                and not staff  # "by the Acme Product Owner": Acme's own people
            ):
                return False  # "determined by the AWS Cloud services": not a party
            if (
                RESPONSIBLE_WORD.search(passive.group("obj"))
                or _FINITE.search(passive.group("obj"))
                or _CLAUSE_PRONOUN.search(passive.group("obj"))
                or _declared(passive.group("obj"), lexicon)
            ):
                return False  # "Users should note that versions are required by AWS"
            phrasal = _phrasal_participle(passive, lexicon)
            base = phrasal or lexicon.verb_base(passive.group("verb")) or passive.group("verb")
            held = re.sub(r"\s*\([^()]*\)$", "", passive.group("obj")).split()[-1:]
            if base in lexicon.discretions and held and lexicon.person_noun(held[0]):
                return True  # "Leads are appointed by the board": how a role is filled, no duty
            second = passive.group("verb2") or ""
            also = lexicon.verb_base(second) if lexicon.participle(second) else None
            if base and also and also != base and not phrasal:
                base = f"{base} and {also}"  # "offered and operated by X": both its deeds
            if deed:  # "Upkeep of the yard will be done by you": the subject is the duty
                base = ""
            before = body[: passive.start("verb")]
            if _offered_by_outsider(base, before, agent, span, self.state, self.parties):
                return True  # "Fixes are also provided by Acme Labs": what another body does
            crew = _UNNAMED_TEAM.match(agent)
            passage = self._passage_party(ctx) if crew else None  # "by the team that …"
            if customer_work_team(self.state, self.parties, agent, passage):
                passage = None  # "by the operations team" after a customer's duty
            party = passage or self.parties.resolve_party(agent, span, allow_unknown=True)
            one = _ONE_OF_MANY.fullmatch(agent.rstrip(".*_ "))
            if party is None and one is not None:  # "by the user": the users
                party = self.parties.resolve_party(f"{one.group(0)}s", span)
            party = party or self.named_role(agent, span, ctx)  # "by the steering council"
            if party is None and _HOUSE_STAFF.match(agent.rstrip(". ")):
                party = self.parties.resolve_party("we", span)  # "by repository staff"
            if party is None:
                return False
            obj = re.sub(r"^(?:the|all|any|each|every)\s+", "", passive.group("obj"), flags=re.I)
            if re.match(r"^following\b", obj, re.I):
                return True  # "The following areas are managed by X.": the areas come next
            obj += passive.group("mod") or ""  # "encrypted at rest and in transit by …"
            first = obj.split(maxsplit=1)[0] if base and obj.split() else ""
            if (
                first[:1].isupper()
                and first[1:].islower()
                and not self.parties.is_proper_noun(first, strict=True)
            ):
                # "Tenant accounts are set by the customer": "Set tenant accounts", the capital
                # was the sentence's, not a name's
                obj = obj[0].lower() + obj[1:]
            if re.search(r",|\band\b|\bor\b", passive.group("obj")):
                self.records.add_duties(party, obj, sentence, span, models=models, head=base)
                return True
            written = re.sub(r"\s+by\s*$", "", body[: passive.start("agent")])  # as the page says
            if (then := _then_done(passive.group("agent")[len(agent) :], obj, lexicon)) is not None:
                self.records.duty(party, then, sentence, span)  # "… by X and kept in Y": kept
            each_model: list[str | None] = list(models) if models else [None]
            for model in each_model:
                self.records.duty(
                    party,
                    f"{base} {obj}".strip(),
                    sentence,
                    span,
                    service_model=model,
                    written=written,
                )
            return True
        return False

    def _placed(self, body: str, sentence: str, span: Span, models: list[str]) -> bool:
        """``The scheduler nodes are hosted in Acme Cloud``: the party a thing is placed in
        (the whole place is a party the page knows) is the one that hosts it."""
        placed = _PLACED.match(_DASH_ASIDE.sub("", body))
        if not placed or placed.group("verb").lower() not in self.state.lexicon.placements:
            return False
        if RESPONSIBLE_WORD.search(placed.group("obj")) or _FINITE.search(placed.group("obj")):
            return False
        if _IN_RELATIVE.search(placed.group("obj")):
            return False  # "End User: a user of an application that is hosted in X": the
            # relative clause's thing is placed, and a definition says so, no duty
        place = _AGENT_END.split(placed.group("place"), maxsplit=1)[0].strip().rstrip(".")
        found = self.parties.mentions(expand(place), ("org", "offering", "role"))
        whole = bool(found) and not place[found[0].end :].strip()
        opening = self.parties.could_name(place) and named_in_opening(place, self.state.doc)
        if not whole and not opening:
            return False  # "hosted in your own cloud account": a place, not a party
        party = self.parties.resolve_party(place, span, allow_unknown=True, strict=True)
        if party is None:
            return False
        base = self.state.lexicon.verb_base(placed.group("verb")) or placed.group("verb")
        obj = _DETERMINER.sub("", placed.group("obj"))
        for model in list(models) if models else [None]:
            self.records.duty(party, f"{base} {obj}", sentence, span, service_model=model)
        return True


_OTHERS_DOING = re.compile(
    r"\bby\s+(?:the|an?|its|their|our)\s+(?:[\w-]+\s+){0,3}(?:providers?|vendors?|suppliers?|"
    r"partners?|part(?:y|ies)|compan(?:y|ies)|contractors?)\b",
    re.I,
)
"""An agent named as another firm ("by the underlying storage providers"): a routine passive
naming it is that firm's, not the page's provider's."""


def _routine_passive(
    body: str,
    sentence: str,
    span: Span,
    ctx: Context,
    state: DocState,
    parties: PartyResolver,
    records: FactRecorder,
) -> bool:
    """ "The Acme Gate Service is automatically kept up to date", "Acme Cloud is audited
    regularly": a routine done to the page's vendor's own product, the vendor named first,
    is its duty, though no agent is named (a routine adverb says someone keeps doing it);
    "Disk firmware is upgraded automatically" is the page's provider's, whatever it is done
    to (an unattended adverb: no reader does it)."""
    passive = _ROUTINE_PASSIVE.match(body)
    lexicon = state.lexicon
    if passive is None or negated(body):
        return False
    if _this_page(passive.group("obj"), lexicon.document_nouns | lexicon.rulebooks):
        return False  # "The terms are automatically revoked on X": the text's own end
    if re.search(
        r"\s(?:ensures?|means?|guarantees?|shows?|implies)\s+that\s", passive["obj"], re.I
    ):
        return False  # "Following X means that your loads are guarded": a clause's passive
    adverbs = [(passive.group(g) or "").lower() for g in ("adv1", "adv2")]
    verb = passive.group("verb").lower()
    base = lexicon.verb_base(verb)
    rest = passive.group("rest")
    also = _ALSO_PARTICIPLE.match(rest)  # "is controlled and audited"
    more = lexicon.verb_base(also.group("verb")) if also else None
    guarded = bool({base, more} & lexicon.safeguards) and "only" not in adverbs
    guarded = guarded and not _UNDER_LAW.match(rest)  # "is protected under GDPR": the law's
    clause = _OTHER_CLAUSE.split(rest, maxsplit=1)[0]  # not "…, although monthly reboots …"
    timed = "only" not in adverbs and (
        on_schedule(lexicon.schedule_units, " ".join(adverbs) + clause)
        or bool(set(adverbs) & lexicon.routines)  # "Old data are periodically purged"
    )
    if (
        not guarded
        and not timed
        and (not set(adverbs) & lexicon.routines or adverbs[0] not in lexicon.routines | {""})
    ):
        return False  # "Agents are only updated automatically": "only" limits it
    if _CONDITIONED.search(sentence):
        return False  # "If you enroll, agents are automatically updated": the reader's choice
    if _OTHERS_DOING.search(rest):
        return False  # "… encrypted nightly, with the encryption done by the storage vendors"
    if base is None and verb.endswith(("ed", "en")):
        verb, rest = particle_verb(lexicon, verb, rest)  # "is backed up nightly"
        base = lexicon.verb_base(verb)
    deed = verb in lexicon.deeds  # "OS patches are done weekly": the subject names the deed
    known = verb in lexicon.participles or " " in verb  # a verb with its particle: known
    if not deed and (base is None or base == verb or not known):
        return False
    if guarded:  # "Access to the store is controlled and audited, and …": that clause
        rest = _NEXT_CLAUSE.split(rest[also.end() :] if also and more else rest, maxsplit=1)[0]
        base = f"{base} and {more}" if also and more else base
    name, vendor = passive.group("name"), state.vendor
    if vendor is not None and vendor.label.split()[0] == name:
        party = parties.resolve_party(vendor.label, span, create=False)
    elif (
        (set(adverbs) & lexicon.unattended or guarded or timed)
        and verb not in lexicon.settings
        and not re.search(r"\bby\s+default\b", body, re.I)
    ):  # (not "is automatically disabled (by default)": a setting)
        party = page_provider(state, parties, ctx, span)
        held = ctx.party or ctx.list_party
        if held is not None and party != held:
            return False  # among the reader's duties: how it works for them
    else:
        return False  # "IP data capture is regularly …": not the product of the page's vendor
    if party is None:
        return False
    obj = re.sub(r"^the\s+", "", passive.group("obj"), flags=re.I)
    if (
        obj.startswith(name)
        and name[1:].islower()
        and (
            re.fullmatch(r"your|our|their|its", name, re.I)
            or not parties.mentions(name, ("org", "offering", "service", "role"))
        )
    ):
        obj = obj[0].lower() + obj[1:]  # "Disk firmware is upgraded …": upgrade disk firmware
    rest = _SECOND_PASSIVE.split(rest, maxsplit=1)[0]  # "… nightly and are copied offsite"
    if on_schedule(lexicon.schedule_units, adverbs[1]):
        rest = f" {adverbs[1]}{rest}"  # "reviewed quarterly": the schedule stays in the label
    label = trim(f"{obj[0].upper()}{obj[1:]}{rest}" if deed else f"{base} {obj}{rest}")
    return records.duty(party, label, sentence, span, written=trim(body)) is not None


def _offered_by_outsider(
    base: str, before: str, agent: str, span: Span, state: DocState, parties: PartyResolver
) -> bool:
    """A passive of a capability verb with no obligation ("are provided by") whose agent no
    vocabulary knows and the page's opening does not name: it describes what an outside
    project or product offers, not a duty of a party of the page."""
    return (
        base.lower() in state.lexicon.capabilities
        and not OBLIGATION.search(before)
        and parties.could_name(agent)
        and not named_in_opening(_DETERMINER.sub("", agent), state.doc)
        and parties.resolve_party(agent, span) is None
    )


_IN_RELATIVE = re.compile(r"\b(?:that|which|who)\s*$|:", re.I)
"""A passive's subject that ends in a relative pronoun or holds a definition's colon: the
passive is the relative clause's, not the sentence's."""


def _this_page(obj: str, document_nouns: frozenset[str]) -> bool:
    """The passive's subject is the page itself ("This article", "this page", "The guide"):
    who writes or keeps it is a credit, not a duty the page assigns."""
    words = plain(obj).strip(" *_").lower().split()
    return 1 < len(words) <= 3 and words[0] in ("this", "the") and words[-1] in document_nouns


def _relative_np(words: list[str], participles: frozenset[str]) -> list[str]:
    """The words of a relative passive's noun phrase: those after the last verb, participle
    ("must be kept in the X"), gerund or preposition before the relative pronoun."""
    starts = [
        i
        for i, w in enumerate(words)
        if _NP_START.fullmatch(w) or w.lower() in participles or _GERUND_WORD.fullmatch(w)
    ]
    return words[starts[-1] + 1 :] if starts else words


_THOSE = re.compile(r"^(?:those|these|such)\s+(?P<head>[a-z][\w-]+)$", re.I)


def _named_before(lexicon: Lexicon, obj: str, sentence: str) -> str:
    """The things "those plates" points back to, named earlier in the sentence ("When
    customers regrind the jaw plates, responsibility for those plates transfers to them":
    "jaw plates"; "… replace preinstalled parts, … those parts …": "preinstalled parts");
    else the object as written."""
    those = _THOSE.match(obj.strip())
    if those is None:
        return obj
    head = re.escape(those.group("head"))
    before = sentence[: max(0, sentence.find(obj))]
    named = re.search(rf"\b(?:the|their|your|its|our)\s+((?:[\w-]+\s+){{0,3}}?{head})\b", before)
    if named:
        return named.group(1)
    bare = re.search(rf"\b([a-z][\w-]+)\s+{head}\b", before)
    if bare and lexicon.verb_base(bare.group(1)) is None and not _THOSE.match(bare.group(0)):
        return bare.group(0)  # "preinstalled components"
    return obj
