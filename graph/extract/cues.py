"""Cue words shared by several readers: responsibility sentences, negation, pronouns.

Patterns that only one reader uses live at the top of that reader's module (sentence patterns in
``prose``, lead-ins in ``lists``, headers in ``tables``, headings in ``walk``); this module holds
the ones two or more readers must agree on, so a change here changes them all at once.
"""

from __future__ import annotations

import re

__all__ = [
    "ADVERBS",
    "FIRST_PERSON",
    "NEGATION",
    "RESP",
    "RESP_PAREN",
    "RESP_TAKE",
    "RESP_TO",
    "SECOND_PERSON",
    "USES",
    "expand",
]

ADVERBS = (
    r"(?:also|primarily|solely|fully|ultimately|generally|typically|jointly|mainly|directly|"
    r"still|always|entirely|partly|partially|exclusively|largely|only|then)"
)
"""Adverbs allowed between a subject's verb and "responsible for" (``is also responsible``)."""

RESP = re.compile(
    rf"^(?P<subj>.*?)\b(?:is|are|remains?|stays?|will\s+be|shall\s+be|must\s+be|should\s+be|"
    rf"becomes?|be)\s+(?:{ADVERBS}\s+)*(?P<kind>responsible\s+(?:for|to)|accountable\s+for|"
    rf"liable\s+for|"
    rf"consulted\s+(?:on|about)|informed\s+(?:of|about))\s+(?P<obj>.*)$",
    re.I | re.S,
)
"""``<subj> is responsible for / accountable for / consulted on / informed of <obj>``."""

RESP_TAKE = re.compile(
    rf"^(?P<subj>.*?)\b(?:{ADVERBS}\s+)*(?:takes?|has|have|bears?|retains?|assumes?|owns?|holds?)"
    r"\s+(?:the\s+|full\s+|sole\s+|primary\s+|overall\s+)*responsibilit(?:y|ies)\s+(?:for|of)\s+"
    r"(?P<obj>.*)$",
    re.I | re.S,
)
"""``<subj> takes / bears / retains (full) responsibility for <obj>``."""

RESP_TO = re.compile(
    r"^(?:it\s+is|this\s+is|that\s+is)\s+(?:the\s+)?(?P<subj>.+?)(?:['’]s|s['’])?\s+"
    r"(?:sole\s+|own\s+|full\s+)?responsibility\s+(?:to|for)\s+(?P<obj>.*)$",
    re.I | re.S,
)
"""``It is the <subj>'s responsibility to <obj>``."""

RESP_PAREN = re.compile(
    r"\((?P<obj>[^()]*?)\s+(?:is|are)\s+(?:the\s+)?(?P<subj>[^()]*?)(?:['’]s|s['’])?\s+"
    r"responsibilit(?:y|ies)\)",
    re.I,
)
"""``(<obj> is the <subj>'s responsibility)`` inside a sentence: a split concern."""

USES = re.compile(
    r"^(?P<subj>.+?)\s+(?:uses?|relies\s+on|rely\s+on|runs?\s+on|(?:is|are)\s+(?:hosted|built|deployed|"
    r"running)\s+(?:on|in|by)|leverages?|consumes?|utili[sz]es?|(?:operates?|hosts?|runs?)\s+"
    r"(?:(?:the|its|their|our)\s+)?(?:service|services|platform|application|solution|workloads?)"
    r"\s+(?:on|in))\b(?P<obj>.*)$",
    re.I | re.S,
)
"""``<subj> uses / relies on / runs on / is hosted on <obj>``."""

NEGATION = re.compile(r"\b(?:not|never|no longer|cannot|can't|doesn't|don't|isn't|aren't)\b", re.I)
FIRST_PERSON = re.compile(r"^(?:we|us|our|ours|ourselves)$", re.I)
SECOND_PERSON = re.compile(r"^(?:you|your|yours|yourself|we|us|our)$", re.I)

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
