"""What the reader is asked to give: a run-in label such as "**What we need from you:**" and the
things after it on its paragraph (cue-words.ttl's request-label)."""

from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..text import plain, sentences
from .labels import trim

__all__ = ["owned_run_in", "requested"]

_RUN_IN = re.compile(r"^\s*(?:\*\*|__)(?P<label>[^*_\n]+?)(?:\*\*|__)\s*(?P<rest>\S.*)$", re.S)
_RUN_TOGETHER = re.compile(r"(?<=[a-z)])\s+(?=(?:A|An)\s+[a-z])|\s*\n\s*(?=[A-Z])|;\s+")
"""Where one thing asked for ends and the next begins in a list that lost its bullets ("… a
tenant name ⏎ Relay enabled for it A list of admins"): a line break only before a capital (a
paragraph wrapped mid-phrase goes on in lower case)."""


_ASIDE = re.compile(r"(?:please\s+)?(?:keep|bear)\s+in\s+mind|note\b|remember\b", re.I)
"""Advice after the things asked for ("Keep in mind that reviews take a week"): no thing."""


def requested(lexicon: Lexicon, text: str) -> list[str]:
    """The things a paragraph run in by a request label asks the reader for ("**What we need
    from you:** A contact person available two hours a week; an export of your rules"), one
    per thing; [] for any other paragraph."""
    run_in = _RUN_IN.match(text)
    if run_in is None:
        return []
    rest = run_in["rest"].lstrip(": ")
    if not lexicon.request_label(run_in["label"]) or not rest:
        return []
    things: list[str] = []
    for start, end in sentences(rest):
        for part in _RUN_TOGETHER.split(rest[start:end]):
            thing = trim(" ".join(plain(part).split()).strip(" .!"))
            if len(thing.split()) >= 2 and not _ASIDE.match(thing):
                things.append(thing)
    return things


_OWNED_RUN_IN = re.compile(
    r"^\s*(?:\*\*|__)?(?P<owner>[A-Za-z][\w.&-]*(?:\s+[A-Za-z][\w.&-]*){0,3}?)(?:['’]s?)?\s+"
    r"(?:responsibilit(?:y|ies)|duty|duties|obligations?)\s*(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:|:)"
    r"\s*(?P<rest>\S.*)$",
    re.I | re.S,
)
"""A run-in label naming whose duty the rest of its paragraph states ("**Your responsibility**:
Choose the preset", "Customer responsibility: lock the gates.")."""
_SPEAKER = re.compile(r"^(?:we|you)\s+(?:(?:will|must|should|shall)\s+)?", re.I)


def owned_run_in(text: str) -> tuple[str, list[str]] | None:
    """(owner's name, duties) of a paragraph run in by a label naming a party's duty
    ("**Your responsibility**: Choose the appropriate preset": ("you", ["Choose the
    appropriate preset"])); None for any other paragraph."""
    found = _OWNED_RUN_IN.match(text)
    if found is None or "\n" in found["owner"]:
        return None
    owner = found["owner"].strip()
    duties: list[str] = []
    rest = plain(found["rest"])
    for start, end in sentences(rest):
        duty = trim(" ".join(rest[start:end].split()).strip(" .!"))
        duty = _SPEAKER.sub("", duty)  # "We rotate the keys": rotate them
        if len(duty.split()) >= 2:
            duties.append(duty[:1].upper() + duty[1:])
    return (owner, duties) if duties else None
