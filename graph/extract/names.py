"""Spellings of one name: which party a new proper name is another way of writing.

Pages write a vendor's name several ways: "Extra Horizon", "ExtraHorizon", "ExH", "EXH". A
name no vocabulary knows is the same party as one the page already named when it is written
with the same letters (spaces, dots and hyphens aside), or when it is a short form of it: its
capitals are the initials of the longer name's words and its letters appear in that name in
order ("ExH" of "Extra Horizon" or "ExtraHorizon"), or it equals, case aside, a short form
already recorded.
"""

from __future__ import annotations

import re

__all__ = ["same_name"]

_SEPARATORS = re.compile(r"[\s.\-]+")
_SHORT = re.compile(r"^[A-Za-z][A-Za-z0-9]{1,5}$")
_CAMEL_WORD = re.compile(r"[A-Z][a-z0-9]+")


def _squashed(name: str) -> str:
    return _SEPARATORS.sub("", name).casefold()


def _short_form(short: str, name: str) -> bool:
    """``short`` abbreviates the several-word ``name`` ("ExH" of "Extra Horizon")."""
    words = name.split()
    if len(words) == 1:
        words = _CAMEL_WORD.findall(name)  # "ExtraHorizon": "Extra", "Horizon"
    if len(words) < 2 or not _SHORT.match(short) or sum(c.isupper() for c in short) < 2:
        return False
    capitals = "".join(c for c in short if c.isupper())
    if capitals != "".join(w[0] for w in words).upper() or short[0] != name[0]:
        return False
    rest = iter(name.casefold())
    return all(c in rest for c in short.casefold())


def same_name(new: str, label: str, alternatives: list[str]) -> bool:
    """Whether ``new`` writes the name of a party labelled ``label`` (known also by
    ``alternatives``) another way."""
    names = [label, *alternatives]
    if any(_squashed(new) == _squashed(n) for n in names):
        return True
    if any(_short_form(new, n) or _short_form(n, new) for n in names):
        return True
    return bool(_SHORT.match(new)) and any(
        _SHORT.match(n) and n.casefold() == new.casefold() for n in alternatives
    )
