"""Obligations that name no one: "All scratch files must be deleted when a project ends".

A rule in the passive after a verb of obligation binds someone the sentence does not name; the
page says whom (a set of rules for its reader, a section giving a party its duties), and
``leadins.LeadinReader`` decides. This module only reads the sentence: whether it is such a rule
and the duty it states, in the active voice as every other duty is labelled ("Delete all
scratch files when a project ends").
"""

from __future__ import annotations

import re

from ..lexicon import Lexicon

__all__ = ["agentless_commitment", "agentless_obligation"]

_SUBJECT = (
    r"^(?!(?:it|this|that|there|these|those|they|them|he|she|we|you|our|when|if|once|where|while|"
    r"as|after|before|unless|whether|for|any\s+of|one\s+of|each\s+of)\b)"
    r"(?P<subject>(?:(?!(?:where|which|who|whom|that|when|if|because|must|shall|should|will|"
    r"may|can|is|are)\b)[\w'’/.$()-]+,?\s+){1,12}?)"
)
_PARTICIPLE = (
    r"\s+(?:(?:always|also|only|still|then)\s+)?be\s+(?:[a-z]+ly\s+)?(?P<pp>[a-z]{2,})\b"
    r"(?P<rest>.*)$"
)
_OBLIGED_PASSIVE = re.compile(
    _SUBJECT
    + r"(?:must|shall|should|needs?\s+to|has\s+to|have\s+to|"
    + r"(?:is|are)\s+(?:required|expected)\s+to)"
    + _PARTICIPLE,
    re.I | re.S,
)
"""A subject of a few words, a verb of obligation, "be" and a participle ("Data must be
deleted …", "Jobs should always be run …", "Records are expected to be kept …")."""
_PROMISED_PASSIVE = re.compile(_SUBJECT + r"will" + _PARTICIPLE, re.I | re.S)
"""The same with "will": what will be done ("Planned breaks will be announced …")."""

_AGENT = re.compile(r"\bby\s+(?!(?:email|e-mail|phone|post|mail|default|hand|means|way)\b)", re.I)
"""An agent after the participle ("… must be approved by the steward"): a rule naming its
doer, read elsewhere; "by email" names a means, not a doer."""

_SECOND_PARTICIPLE = re.compile(r"^\s+(?P<conj>and|or)\s+(?P<pp>[a-z]{3,}(?:ed|en|t))\b", re.I)
"""A second participle of the same rule ("installed and maintained centrally")."""

_ASIDE = re.compile(r"\s*\([^()]*\)")
"""An aside in brackets ("All mounts (sshfs, fuse and the like) must be …"): no part of the rule."""

_OPENING = re.compile(r"^(?:in\s+addition\s+to|besides|apart\s+from)\s+[^,]{1,80},\s+", re.I)
"""An opening phrase of addition ("In addition to resolving incidents, …"): no part of the rule."""
_COMMA_ASIDE = re.compile(r",\s+(?:based\s+on|depending\s+on|according\s+to)\s+[^,]{1,60},", re.I)
"""An aside in commas on how ("The incidents, based on their priority, will be …")."""

_SENTENCE_CASE = re.compile(r"^[A-Z](?:[a-z]|\s)")
"""A capital that only opens the sentence ("Data", "A minimum …", not "SSH" or "iPhone")."""


def agentless_obligation(lexicon: Lexicon, text: str) -> str | None:
    """The duty of a rule in the passive that names no one ("Passwords must be changed every
    year" -> "Change passwords every year"), or None ("must not be" forbids: no match); a
    participle of a state ("must be listed") or not a known verb, or an agent
    ("by the steward"), is no such rule."""
    return _agentless(lexicon, text, _OBLIGED_PASSIVE)


def agentless_commitment(lexicon: Lexicon, text: str) -> str | None:
    """What a passive in the future that names no one says will be done ("Disruptions will be
    handled by priority" -> "Handle disruptions by priority"), or None, as for
    ``agentless_obligation``: on a page of a provider's commitments, the provider's."""
    return _agentless(lexicon, text, _PROMISED_PASSIVE)


def _agentless(lexicon: Lexicon, text: str, pattern: re.Pattern[str]) -> str | None:
    sentence = re.sub(r",\s*,", ",", _ASIDE.sub("", text.strip().rstrip(".;")))
    sentence = _COMMA_ASIDE.sub("", _OPENING.sub("", sentence))
    found = pattern.match(sentence)
    if found is None or "?" in sentence:
        return None
    participle = found.group("pp").lower()
    if participle in lexicon.state_participles or participle in lexicon.state_complements:
        return None
    base = lexicon.verb_base(participle)
    if participle in lexicon.deeds and not _AGENT.search(found.group("rest")):
        subject = found.group("subject").strip()  # "Notification of X will be made via Y"
        return f"{subject[0].upper()}{subject[1:]}{found.group('rest').rstrip()}"
    if base is None or _AGENT.search(found.group("rest")):
        return None
    verbs = base
    rest = found.group("rest").rstrip()
    second = _SECOND_PARTICIPLE.match(rest)
    if second and (other := lexicon.verb_base(second.group("pp"))) is not None:
        verbs, rest = f"{base} {second.group('conj')} {other}", rest[second.end() :]
    subject = found.group("subject").strip()
    if _SENTENCE_CASE.match(subject):
        subject = subject[0].lower() + subject[1:]
    stranded = _STRANDED_PREPOSITION.match(rest)
    if stranded:  # "Tickets will be responded to within …": "Respond to tickets within …"
        verbs, rest = f"{verbs} {stranded.group('prep')}", rest[stranded.end() :]
    return f"{verbs[0].upper()}{verbs[1:]} {subject}{rest}"


_STRANDED_PREPOSITION = re.compile(
    r"^\s+(?P<prep>to|with|after|upon|on)(?=\s+(?:within|in|on|at|during|before|after|as|when|with|"
    r"[a-z]+ly)\b|\s*$)",
    re.I,
)
"""A preposition the passive left behind ("responded to within two days", "dealt with
promptly"): it goes with the verb in the active."""
