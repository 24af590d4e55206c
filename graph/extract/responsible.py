"""The ``X is responsible for Y`` clause: whose duty Y is, and whether the clause states one.

``It is X's responsibility to Y`` (``RESP_TO``), ``X is responsible / accountable for Y``
(``RESP``) and ``X takes responsibility for Y`` (``RESP_TAKE``), read for
``prose.ProseReader``'s clauses: the subject (a pronoun, a role the page names, a bare plural,
a coordination) and the object (a relative clause, blame, a pointer to the document, a second
duty after "and is accountable for") each have their own checks, kept together here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..facts import Span
from .cues import PRONOUNS, RESP, RESP_TAKE, RESP_TO, STRANDED, blames, overseen, theme
from .labels import example_items
from .state import Context
from .subjects import introduced_role

if TYPE_CHECKING:
    from .prose import ProseReader

__all__ = ["FINITE", "responsible_clause"]

_KIND_PREDICATES = {
    "responsible": "responsibleFor",
    "accountable": "accountableFor",
    "consulted": "consultedOn",
    "informed": "informedOf",
    "notified": "informedOf",
    "liable": "accountableFor",
    "tasked": "responsibleFor",
    "charged": "responsibleFor",
    "entrusted": "responsibleFor",
    "in": "responsibleFor",  # "in charge of"
}
"""The predicate each word of responsibility states ("in" as in "in charge of")."""
FINITE = re.compile(r"is|are|was|were|has|have|must|should|shall|will|can|may|needs", re.I)
"""A finite verb or a modal: what follows a clause's subject."""
_DETERMINED = re.compile(r"(?:the|an?|each|every|any|your|our|their|its)\s", re.I)
"""A subject that opens with its own determiner."""
_ONE_OF_ROLE = re.compile(r"(?:(?:the|each|every|a|an)\s+)?(?P<noun>[a-z]{3,}[^s\W])", re.I)
"""A singular role word as the subject of a responsibility ("the user", "each tenant"): the
role its plural names, where only the plural is a vocabulary label."""
_PLURAL_HOLDER = re.compile(r"(?:[A-Z][a-z]+|[a-z]+)(?:\s[a-z]+){0,2}(?<!ss)(?<!us)(?<!is)s")
"""A bare plural as the subject of a responsibility ("Projects", "Member projects"): the
group the page assigns it to, though no vocabulary knows it."""
_SECOND_RESP = re.compile(
    r",?\s+and(?:,?\s+[a-z]+,)?\s+(?:is|are)\s+(?:also\s+)?responsible\s+for\s+", re.I
)
"""``… responsible for A and, hence, are responsible for B``: the same subject's second duty."""
_ANSWERED_TO = re.compile(
    r"^(?:the|its|their|our|your)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:for\s+|to\s+(?=[a-z]+\s))", re.I
)
"""``responsible to the membership (for X / to ensure X)``: the one answered to, before the
duty itself."""
_SECOND_ACCOUNTABLE = re.compile(
    r",?\s+and\s+(?:is|are)\s+(?:also\s+)?accountable\s+(?:to\s+(?:the\s+)?[\w\s-]{1,40}?\s+)?"
    r"for\s+(?=\S)",
    re.I,
)
"""``… responsible for A and is accountable to the members for B``: the same subject answers
for B (``accountableFor``)."""
_REFERENCE = re.compile(
    r"^(?:the\s+)?(?:topics|areas|items|tasks|things|aspects)\s+(?:in|of)\s+", re.I
)
"""An object that only points at the document ("the topics in this guide")."""
_POINTER_EXAMPLES = re.compile(
    r"^[^,]+,\s+(?:e\.g\.|such\s+as|including|for\s+example),?\s+(?P<list>[^;:()]+?)"
    r"(?:,?\s+(?:and\s+so\s+(?:forth|on)|etc\.?))?\s*\.?$",
    re.I,
)
"""Such an object with examples after it ("the topics in this guide, e.g. A, B, and so forth"):
the examples are what it means (examples after a named duty stay details of it)."""
_CONTACT_RELATIVE = re.compile(
    r"\b(?:any|all|each|every|the|some|those|these)\s+[\w-]+\s+(?:we|you|they)$", re.I
)
"""A noun and the pronoun of a relative clause with no "that" ("any software we")."""


def responsible_clause(
    reader: ProseReader,
    body: str,
    sentence: str,
    span: Span,
    ctx: Context,
    models: list[str],
    lead: re.Match[str] | None,
) -> bool | None:
    """A clause's ``X is responsible for Y``: True when Y is recorded as X's duty, False when
    the clause has the shape but states no duty (a question, a relative clause, a denial by
    "would"); None when it has no such shape and the clause is read on. Apart from
    ``ProseReader._clause`` so that the subject's and the object's many checks read together.
    ``lead`` is the clause's leading phrase ("If the tenant uses X, …"): who "they" is."""
    for pattern in (RESP_TO, RESP, RESP_TAKE):
        match = pattern.match(body)
        if match:
            subj = match.group("subj").strip(" ,")
            if re.search(r"\b(?:would|could|might)$", subj, re.I):
                return False  # "in a traditional VDI, the customer would be responsible"
            if re.search(
                r"(?:^|(?<!,)\s)(?:who|which|whoever|what|whether)(?:\s+\w+){0,4}$", subj, re.I
            ) and not introduced_role(subj, reader.state.lexicon):
                return False  # "… understand who has primary responsibility for": a question
            if overseen(reader.state.lexicon, subj):
                return False  # "Ensure participants are informed of X": an instruction
            reflexive = r"(?:your|them|our|it|him|her)sel(?:f|ves)\W*"
            if re.fullmatch(reflexive, match.group("obj").strip(), re.I):
                return False  # "the parts you are responsible for yourself": a relative
            party = reader.subject_party(subj, span, ctx)
            if party is None and lead and re.search(r"\b(?:they|it)$", subj, re.I):
                # "If the tenant uses X, then the only item they are responsible for …"
                party = reader.parties.party_in(lead.group(0), span, create=False)
            if party is None:  # "The workspace lead is responsible for …"
                party = reader.role_subject(subj, span)
            if party is None and pattern is RESP_TO and not _DETERMINED.match(subj):
                party = reader.role_subject(f"the {subj}", span)  # "It is the operator's …"
            one = _ONE_OF_ROLE.fullmatch(subj) if party is None else None
            if one is not None:  # "The user is responsible for X": a role named by its plural
                party = reader.parties.resolve_party(f"{one.group('noun')}s", span)
            if party is None and _PLURAL_HOLDER.fullmatch(subj) and not PRONOUNS.match(subj):
                # "Projects are solely responsible for X": the page's own group, named bare
                party = reader.parties.resolve_party(subj, span, force=True, own=True)
            owners = reader.co_subjects(subj, span, ctx)  # "The lead and all users are …"
            party = party or (owners[0] if owners else None)
            if party is None:
                return False
            obj = re.sub(r"^(?:is|are)\s+", "", match.group("obj").strip(), flags=re.I)
            answered = _ANSWERED_TO.match(obj)
            if answered and (match.groupdict().get("kind") or "").lower().endswith(" to"):
                obj = obj[answered.end() :]  # "responsible to the members to ensure X": X
            if re.search(r"\bthat\s+\S+$", subj) and len(obj.rstrip(".").split()) == 1:
                return False  # "the tasks that you are responsible for differ": a relative
            if obj.endswith(":") or re.match(r"^the\s+following\b", obj, re.I):
                return False
            if blames(obj, reader.state.lexicon):
                return True  # "You are responsible for any damages": blame, no task
            if len(owners) > 1 and theme(obj, reader.state.lexicon):
                return True  # "Both Acme and you are responsible for security": the theme
            if _relative_gerund(subj, obj):
                reader.state.stated = party  # "This includes …" still lists its duties
                return True  # "any software we are responsible for developing meets …"
            if STRANDED.match(obj):
                return False  # "the tasks you are responsible for in the cloud": a relative
            named = _POINTER_EXAMPLES.match(obj) if _REFERENCE.match(obj) else None
            examples = example_items(named.group("list")) if named else []
            if examples:  # "the topics in this guide, e.g. A, B, and so forth": A and B
                for each in owners or [party]:
                    for item in examples:
                        reader.records.add_duties(each, item, sentence, span, models=models)
                return True
            if _REFERENCE.match(obj) and reader.state.lexicon.points_elsewhere(obj):
                reader.state.deferred = party  # "… for the topics in this guide. This …"
                return False
            kind = (match.groupdict().get("kind") or "responsible").split()[0].lower()
            predicate = _KIND_PREDICATES[kind]
            answers = _SECOND_ACCOUNTABLE.search(obj)
            if answers and answers.start() > 0 and predicate == "responsibleFor":
                # "… for A and is accountable to the members for B": B is answered for
                for each in owners or [party]:
                    reader.records.add_duties(
                        each, obj[answers.end() :], sentence, span, predicate="accountableFor"
                    )
                obj = obj[: answers.start()]
            for each in owners or [party]:
                for piece in reader._second_verbs(_SECOND_RESP.split(obj)):
                    # "… for A and is also … for B", "… for A and coordinates B"
                    reader.records.add_duties(
                        each, piece, sentence, span, predicate=predicate, models=models
                    )
            reader.state.stated = party  # "… This includes A and B": more of its duty
            return True
    return None


def _relative_gerund(subj: str, obj: str) -> bool:
    """Whether "<noun> <pronoun> are responsible for <gerund>" is a relative clause inside a
    noun phrase whose own verb follows the gerund ("any software we are responsible for
    developing meets the bar"): the sentence states something of that noun, not the duty."""
    if not _CONTACT_RELATIVE.search(subj):
        return False
    after = re.match(r"[a-z]+ing\s+(?P<verb>[a-z]+)\b", obj, re.I)
    verb = after.group("verb") if after else ""
    return bool(FINITE.fullmatch(verb) or re.fullmatch(r"[a-z]+[^su]s", verb, re.I))
