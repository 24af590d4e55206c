"""Relative passives: what a clause such as "… which are managed by X" says X does, and to
which noun ("We fix faults that have been found by our engineers" is the writer's fixing,
"The layer covers the machines, which are managed by X" is X's managing of the machines)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon import Lexicon
from .cues import expand

if TYPE_CHECKING:
    from .parties import PartyResolver

__all__ = ["RELATIVE_END", "held_by_which", "kept_in", "main_clause"]

RELATIVE_END = re.compile(r"\s(?:that|which|who)$", re.I)
"""A passive's subject ending in a relative pronoun: the passive is a relative clause of the
sentence; it says what is done to the noun before the pronoun, not to the words before it."""
_SUBJECT_PRONOUN = re.compile(r"we|you|they|i", re.I)
_OPENING_NAME = re.compile(r"^[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}\s+(?P<verb>[a-z]+s)\s")
"""A capitalised name and a verb in the third person ("Nimbus patches …")."""
_HELD_BY_WHICH = re.compile(
    r"^(?!(?:we|you|they|it)\s)[^,;:]{2,80}?\s(?P<verb>[a-z]{3,}s)\s+(?P<np>[^;:]{5,200}?),"
    r"\s+which$",
    re.I,
)
"""A main clause, its verb and its object before ", which": the object is the thing the
relative passive after it says its agent acts on."""


def held_by_which(subject: str, lexicon: Lexicon) -> str | None:
    """The thing a passive's agent acts on when the passive's subject is a whole clause ending
    in ", which" ("The layer covers the machines, which (are managed by X)": the machines;
    "… enables agencies to create and publish forms, which (are hosted by X)": the forms);
    None for a restrictive relative ("… faults that") or no verb of the lexicon."""
    main = _HELD_BY_WHICH.match(subject)
    if main is None:
        return None
    verb = main.group("verb").lower()
    if lexicon.verb_base(verb) in (None, verb):
        return None
    return _infinitive_object(main.group("np"), lexicon)


_KEPT_IN = re.compile(
    r"\s(?:[a-z]+(?:ed|en)|held|kept)\s+(?:in|on|at|into|onto|within|to)\s+(?P<np>(?:(?:an?|the|its|their|our|your)\s+)?"
    r"(?:[\w-]+\s+){0,3}[\w-]+)\s+(?:that|which)$",
    re.I,
)
"""The place a participle puts a thing in before a restrictive relative ("… held in hardware
security modules that (are managed by X)"; not "nodes in Konnect that": a noun's place)."""


def kept_in(subject: str, verb: str, lexicon: Lexicon) -> str | None:
    """The thing a restrictive relative passive of keeping says its agent acts on: the place
    before "that" ("Keys are held in security modules that are managed by X": the security
    modules), for a verb of running or keeping (cue-words.ttl ownership verbs, "maintain");
    None for anything else ("faults that have been found by X")."""
    base = lexicon.verb_base(verb.lower())
    if base not in lexicon.ownership_verbs | {"maintain", "administer", "host"}:
        return None
    place = _KEPT_IN.search(subject)
    return place.group("np") if place else None


def _infinitive_object(np: str, lexicon: Lexicon) -> str:
    """ "agencies to create and publish forms": the object of the infinitive, the noun phrase
    nearest the relative after it."""
    words = np.split()
    marks = [i for i, w in enumerate(words[:-1]) if w.lower() == "to"]
    if not marks or lexicon.verb_base(words[marks[-1] + 1].lower()) != words[marks[-1] + 1]:
        return np
    last = marks[-1] + 1
    while last + 2 < len(words) and words[last + 1].lower() in ("and", "or"):
        if lexicon.verb_base(words[last + 2].lower()) != words[last + 2].lower():
            break
        last += 2  # "to create and publish"
    return " ".join(words[last + 1 :])


def main_clause(np: str, parties: PartyResolver, lexicon: Lexicon) -> bool:
    """Whether a relative passive's noun phrase opens with a subject and its verb ("We patch
    the servers (that are found by X)", "Nimbus patches …"): the clause the relative hangs
    on, whose own reading says who does what, not the thing the agent acts on."""
    words = np.split()
    if len(words) >= 2 and _SUBJECT_PRONOUN.fullmatch(words[0]):
        return True
    found = parties.mentions(expand(np), ("org", "role"))
    named = _OPENING_NAME.match(np)
    if found and found[0].start == 0:
        after = expand(np)[found[0].end :].split()[:1]
    elif named:
        after = [named.group("verb")]
    else:
        return False
    return bool(after) and lexicon.verb_base(after[0].lower()) not in (None, after[0].lower())
