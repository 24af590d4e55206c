"""Framing parts of a sentence: what sets the frame of its main clause and states no duty of
its own. A comparison opener ("Compared to self-run setups, where you patch every host, …")
describes the other thing; a condition cut off before its main clause ("If Acme detects a
leak", then "Acme repairs it") says when the main clause holds. The words are data
(cue-words.ttl: comparison-phrase, condition-word).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import Lexicon

__all__ = ["condition_only", "names_a_plan", "planned", "without_comparison"]


@lru_cache(maxsize=4)
def _comparison(phrases: frozenset[str]) -> re.Pattern[str] | None:
    """A comparison opener, a relative clause in it, and the comma that ends it."""
    if not phrases:
        return None
    words = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases))
    return re.compile(
        rf"^(?:{words})\s+[^,;:]{{1,120}}?(?:,\s+(?:where|which|who|whose|in\s+which)\s"
        r"[^,;:]{1,200}?)?,\s+(?=\S)",
        re.I,
    )


def without_comparison(text: str, lexicon: Lexicon) -> str:
    """``Compared to self-run setups, where you patch every host, a managed one saves time``:
    the main clause alone (the opener and its relative clause describe the other thing)."""
    pattern = _comparison(lexicon.comparisons)
    match = pattern.match(text) if pattern else None
    return text[match.end() :] if match else text


def condition_only(clause: str, lexicon: Lexicon) -> bool:
    """Whether a clause cut off before the main clause is only a condition ("If Acme detects
    a leak"): it states no duty."""
    words = clause.split(maxsplit=2)
    first = words[0].casefold() if words else ""
    two = " ".join(words[:2]).casefold()
    return first in lexicon.conditions or two in lexicon.conditions


_PLAN_OBJECT = re.compile(
    r"^\s*(?:(?:both|either|also)\s+)?(?:an?|the|two|several|multiple)\s+(?P<word>[\w-]+)\s+[\w-]+",
    re.I,
)
"""The opening of an object: a determiner, then a word that may name a plan or option."""


def names_a_plan(obj: str, lexicon: Lexicon) -> bool:
    """Whether the object of "provides" / "offers" opens with a plan or deployment option
    ("both a self-hosted architecture and a hosted one", "a dedicated edition"): what the
    vendor sells is described, no duty."""
    match = _PLAN_OBJECT.match(obj)
    word = re.sub(r"[\s_-]+", " ", match.group("word")).casefold() if match else ""
    return word in lexicon.plan_words


@lru_cache(maxsize=4)
def _aspiration(phrases: frozenset[str]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    words = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases))
    # "within one day", "by one day" measure a deadline, not an open future ("one day")
    before = "".join(rf"(?<!\b{w}\s)" for w in ("within", "in", "by", "after", "than", "per"))
    return re.compile(rf"\b{before}(?:{words})\b", re.I)


def planned(modals: str, rest: str, lexicon: Lexicon) -> bool:
    """Whether "will" with a phrase of an open future ("… that we will reduce over time",
    "we will eventually add X") states a plan rather than a duty."""
    if not re.search(r"\bwill\b", modals, re.I) or re.search(r"\b(?:must|shall)\b", modals, re.I):
        return False
    pattern = _aspiration(lexicon.aspirations)
    return pattern is not None and pattern.search(f"{modals} {rest}") is not None
