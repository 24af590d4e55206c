"""Delegated duties: a duty that has another party act is that party's duty too.

"Ensure that the auditor signs the report" is the reader's duty (seeing to it) and the
auditor's (signing); "Contact the steward and get them to archive the logs" is the steward's
duty to archive. The verbs of seeing to it and of having another act are vocabulary
(``cue:oversight-verb``, ``cue:causative-verb``); the named party must be one the page or the
vocabularies know, or a role phrase ending in a person noun.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..facts import Ref, Span
from .labels import capitalize, trim
from .parties import PartyResolver
from .records import FactRecorder
from .state import DocState
from .subjects import SubjectReader

__all__ = ["delegate_duties"]

_CONJUNCT = re.compile(r",\s*(?:and\s+)?|\s+and\s+", re.I)
_OWNER = re.compile(r"^(?:your|our|their)\s+", re.I)
_IDENTIFIER = re.compile(r"\broles?_(?P<words>[a-z0-9]+(?:_[a-z0-9]+)*)\b", re.I)
"""A cross-reference target written as a role (``role_vault_keeper``): its words."""
_MODAL = frozenset({"will", "must", "shall", "should", "can", "also", "then"})
_STATE = frozenset(
    {"is", "are", "was", "were", "be", "has", "have", "had", "does", "do", "gets", "get"}
    | {"receives", "receive", "obtains", "obtain", "sees", "see"}
)
"""Verbs of a state or of what befalls the subject ("ensure that the tenant receives X"): no
deed of the party the clause names."""
_NEGATION = frozenset({"not", "never", "no", "cannot", "nothing"})
_LATER_VERB = re.compile(r"\s+and\s+(?P<verb>[a-z]+s)\s+(?P<rest>\S.*)$")
"""After a state ("is made aware"), a later verb of the same subject ("and updates X")."""
_OBJECT_PRONOUN = re.compile(r"^(?:them|him|her)$", re.I)
_OBJECT = re.compile(r"\s(?P<obj>(?:the|your|our|their|an?)\s+[^,;]+?)\s+and\s*$", re.I)
"""The object of the instruction before "and get them to …" ("contact your steward")."""
_READER = re.compile(r"^(?:you|we|us)$", re.I)
_THING_FROM = re.compile(r"\s(?:from|for|with|about|by|on)\s", re.I)
"""A preposition in the object of "get": a thing got from someone, not a party made to act."""
_MAX_SUBJECT_WORDS = 12


def delegate_duties(
    state: DocState, parties: PartyResolver, recorder: FactRecorder, reader: SubjectReader
) -> None:
    """For every duty whose label has another party act, that party's duty too."""
    facts = state.facts
    for relation in list(facts.relations):
        if relation.predicate != "responsibleFor" or relation.object.kind != "duty":
            continue
        entity = facts.entities[relation.object]
        for party, label in _delegations(entity.label, relation.span, state, parties, reader):
            if party != relation.subject:
                recorder.duty(party, label, entity.description or entity.label, relation.span)


def _delegations(
    label: str, span: Span, state: DocState, parties: PartyResolver, reader: SubjectReader
) -> list[tuple[Ref, str]]:
    """(party, duty) pairs a duty label delegates: "Ensure that A and B <verb> …", "get A
    to <verb> …"."""
    lexicon = state.lexicon
    words = _IDENTIFIER.sub(lambda m: m.group("words").replace("_", " "), label).split()
    while words and words[0].lower().strip(",") in lexicon.connectives:
        words = words[1:]  # "Now contact …", "Then ensure …"
    text = " ".join(words).rstrip(".")
    lower = text.lower()

    def party(phrase: str) -> Ref | None:
        return _party(phrase, span, parties, reader)

    for verb in lexicon.oversights:
        if lower.startswith(f"{verb} that "):
            return _overseen(text[len(verb) + 6 :], party, state)
    for verb in lexicon.causatives:
        match = re.search(rf"\b{verb}\s+(?P<who>.+?)\s+to\s+(?P<rest>[a-z].+)$", text, re.I)
        if match is None:
            continue
        who = match.group("who")
        if _OBJECT_PRONOUN.match(who):  # "contact your steward and get them to …"
            before = _OBJECT.search(text[: match.start()])
            who = before.group("obj") if before else ""
        thing = _THING_FROM.search(who)  # "get sign-off from the warden to …": no one's deed
        ref = party(who) if who and len(who.split()) <= 5 and not thing else None
        rest = match.group("rest")
        if ref is not None and rest.split()[0].lower() not in _NEGATION:
            return [(ref, capitalize(trim(rest)))]
    return []


def _overseen(
    clause: str, resolve: Callable[[str], Ref | None], state: DocState
) -> list[tuple[Ref, str]]:
    """The parties that open a that-clause and what they do ("the auditor signs X")."""
    words = clause.split()
    lexicon = state.lexicon
    for end in range(1, min(len(words) - 1, _MAX_SUBJECT_WORDS) + 1):
        subject = " ".join(words[:end]).strip(",")
        verb = words[end].lower()
        if not verb.isalpha() or words[end][:1].isupper() or verb in ("and", "or"):
            continue
        pieces = [p.strip() for p in _CONJUNCT.split(subject) if p.strip()]
        refs = [resolve(p) for p in pieces]
        if not refs or any(r is None for r in refs):
            continue
        known = verb in _MODAL or verb in _STATE or lexicon.verb_base(verb) is not None
        if not known and len(refs) < 2:
            continue  # an unknown word after one party may still be part of its name
        rest = words[end + 1 :]
        while verb in _MODAL and rest:
            verb, rest = rest[0].lower(), rest[1:]
        if verb in _NEGATION or (rest and rest[0].lower() in _NEGATION):
            return []
        if verb in _STATE:
            later = _LATER_VERB.search(" ".join(rest))
            base = lexicon.third_person_base(later.group("verb")) if later else None
            if later is None or base is None:
                return []
            duty = f"{base} {later.group('rest')}"
        else:
            duty = f"{lexicon.verb_base(verb) or verb} {' '.join(rest)}"
        if len(duty.split()) < 2:
            return []
        label = capitalize(trim(duty))
        kept = [
            r
            for p, r in zip(pieces, refs, strict=True)
            if r is not None and _same_head(p, r, state)
        ]
        return [(r, label) for r in dict.fromkeys(kept)]
    return []


def _party(phrase: str, span: Span, parties: PartyResolver, reader: SubjectReader) -> Ref | None:
    """The party a short noun phrase names: one the page or the vocabularies know, else a
    role phrase ending in a person noun ("the project team")."""
    phrase = _OWNER.sub("", phrase.strip(" ,")).strip()
    if not phrase or len(phrase.split()) > 5 or _READER.match(phrase):
        return None  # "ensure that you build on X": the overseer's promise to the reader
    article = re.match(r"^(?:the|each|every|all|any|an?)\s", phrase, re.I)
    role = reader.role_subject(phrase if article else f"the {phrase}", span)
    return role or parties.resolve_party(phrase, span, create=False)


def _same_head(phrase: str, ref: Ref, state: DocState) -> bool:
    """Whether the party's name ends as the phrase does: "the data provider representative"
    is no provider, though a provider's name sits inside it."""
    head = phrase.split()[-1].lower().removesuffix("s") if phrase.split() else ""
    if not state.lexicon.person_noun(head):
        return True
    return ref.key.removesuffix("s").endswith(head)
