"""Role definitions: the sentence that says what a role the page defines is for.

Under a role's heading ("### Vault Keeper") or after a definition-list term ("Vault keeper" /
": a staff member who …"), a noun phrase that defines the role carries its duty:

- "(An individual) responsible for X", "The organisation (that is) responsible for X";
- "a staff member with overall responsibility for X";
- "a member of the team who checks X" (a relative clause with a present-tense verb), also as
  the complement of a sentence defining the heading's role ("A vault keeper is a member …");
- "The organisation providing X" (a gerund right after the head noun).
"""

from __future__ import annotations

import re

from ..lexicon import Lexicon

__all__ = ["copular_definition", "definition_duty", "definition_term", "identifies"]

_WORD = r"(?!(?:be|is|are|was|were|has|have|will|must|should|may|can)\b)[^\s,.;:]+\s+"
_HEAD = rf"(?:(?:an?\s+|the\s+)?(?:{_WORD}){{0,12}}?)"
"""The noun phrase a definition opens with (no verb: "The customer is …" states, not defines)."""
_RESPONSIBLE = re.compile(
    rf"^{_HEAD}(?:(?:who|that)\s+(?:is|are)\s+)?(?:(?:mainly|primarily|chiefly)\s+)?"
    r"(?:responsible\s+(?:for|of)|in\s+charge\s+of|charged\s+with)\s+(?P<obj>\S.*)$",
    re.I | re.S,
)
_RESPONSIBILITY = re.compile(
    rf"^{_HEAD}(?:with|(?:that|who|which)\s+(?:has|have|holds?))\s+"
    r"(?:(?:overall|full|primary|sole|ultimate|final)\s+)?responsibility\s+for\s+(?P<obj>\S.*)$",
    re.I | re.S,
)
_WHO_VERB = re.compile(
    rf"^(?:(?:an?|the)\s+)?(?:{_WORD}){{0,12}}?[^\s,.;:]+,?\s+(?:who|that)\s+(?P<verb>[a-z]+)\s+"
    r"(?P<obj>\S.*)$",
    re.I | re.S,
)
_GERUND = re.compile(
    r"^(?:an?|the)\s+(?:organisation|organization|company|body|person|individual|team|group)"
    r"\s+(?P<verb>[a-z]+ing)\s+(?P<obj>\S.*)$",
    re.I | re.S,
)
_COPULA = re.compile(
    r"^(?P<term>(?:an?|the)\s+[^,.;:()]{1,60}?)\s+(?:is|are)\s+(?P<definition>(?:an?|one)\s+\S.*)$",
    re.I | re.S,
)
"""A sentence that defines a term: "A vault keeper is a staff member who checks X"."""
_TERM = re.compile(r"^(?P<term>[^\n:]{2,60})\n:[ \t]+(?P<definition>\S.*)$", re.S)
"""A definition-list entry: the term on its line, the definition after ": " on the next."""
_PLURAL_HEAD = re.compile(
    r"^(?:people|persons|staff|teams|those|individuals)\s+(?:who|that)\s+(?P<verb>[a-z]+)\b", re.I
)
"""A plural head takes the verb's base form ("People who ensure X")."""
_NEXT_RELATIVE = re.compile(r",\s+(?:and\s+)?(?:who|which)\s+(?:is|are|has|have)\b", re.I)
"""A second relative clause that describes the role ("…, who is the contact person"): no
more of the duty."""
_ANTECEDENT = re.compile(
    r"\s(?:on|of|for|in)\s+(?P<noun>(?:an?|the)\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:with|who|that)\s",
    re.I,
)
"""The noun phrase a definition's "it" points back to ("… on a project with … for it")."""
_BODY_WHO = re.compile(r"^(?:an?|the)\s+(?P<head>[a-z]+)\s+(?:that|who)\s+[a-z]+s\b", re.I)
"""A gloss "The company that signs …": a body noun and a relative clause in the present."""
_ARTICLE = re.compile(r"^(?:an?|the)\s", re.I)
_PRONOUN = re.compile(r"^(?:it|them|this|that|these|those)$", re.I)
_IDENTIFIER = re.compile(r"^(?:roles?_)?(?P<words>[a-z0-9]+(?:_[a-z0-9]+)*)$", re.I)
"""A cross-reference target as the term (``role_vault_keeper``): its words name the role."""


def definition_duty(text: str, lexicon: Lexicon, *, relative: bool = True) -> str | None:
    """The duty a role's definition gives it, else None; ``relative=False`` leaves out the
    relative clause ("a tool that checks X" may define a thing, not a role)."""
    text = text.strip().rstrip(".")
    for pattern in (_RESPONSIBLE, _RESPONSIBILITY):
        match = pattern.match(text)
        if match is not None and _PRONOUN.match(match.group("obj")):
            # "the lead of a project with overall responsibility for it": the project
            before = _ANTECEDENT.search(text[: match.start("obj")])
            held = text[text.lower().rfind(" with ") + 6 : match.start("obj")]
            return f"{held}{before.group('noun')}" if before else None
        if match is not None:
            return match.group("obj")
    match = _WHO_VERB.match(text) if relative else None
    verb = match.group("verb").lower() if match is not None else ""
    plural = _PLURAL_HEAD.match(text) is not None and lexicon.verb_base(verb) == verb
    named = _ARTICLE.match(text) is not None and lexicon.third_person_base(verb) is not None
    if match is not None and (named or plural):  # "Refers to the team that …": no definition
        obj = _NEXT_RELATIVE.split(match.group("obj"), maxsplit=1)[0]
        return f"{match.group('verb')} {obj}"
    match = _GERUND.match(text)
    if match is not None and lexicon.verb_base(match.group("verb").lower()):
        return f"{match.group('verb')} {match.group('obj')}"
    return None


def identifies(text: str, lexicon: Lexicon) -> bool:
    """A gloss that says which body a party the vocabulary knows is ("Customer: The company
    that signs the order form"), not what it is charged with ("The company responsible for X");
    a team or a person noun ("The team that runs X") is a role's definition."""
    glossed = _BODY_WHO.match(text.strip())
    if glossed is None:
        return False
    head = glossed["head"].lower()
    return head in lexicon.body_nouns | lexicon.subject_nouns and not lexicon.person_noun(head)


def copular_definition(text: str) -> tuple[str, str] | None:
    """(term, definition) of a sentence that defines its subject ("A vault keeper is a staff
    member who checks X" -> "A vault keeper", "a staff member who checks X")."""
    match = _COPULA.match(text.strip())
    return (match.group("term"), match.group("definition")) if match else None


def definition_term(text: str) -> tuple[str, str] | None:
    """(term, definition) of a definition-list entry ("Vault keeper\\n: a staff member …")."""
    match = _TERM.match(text.strip())
    if match is None or "\n" in match.group("definition").strip():
        return None
    term = match.group("term").strip()
    identifier = _IDENTIFIER.match(term) if "_" in term else None
    if identifier is not None:
        term = identifier.group("words").replace("_", " ")
    return term, match.group("definition").strip()
