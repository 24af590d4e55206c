"""Spellings of one name: which party a new proper name is another way of writing.

Pages write a vendor's name several ways: "Extra Horizon", "ExtraHorizon", "ExH", "EXH". A
name no vocabulary knows is the same party as one the page already named when it is written
with the same letters (case, spaces, dots and hyphens aside), or when one is a short form of
the other: its capitals are the initials of the longer name's words (CamelCase words count)
and its letters appear in that name in order ("ExH" of "Extra Horizon" or "ExtraHorizon").

``Spellings`` indexes the names seen so far by their letters and initials, so a page naming
thousands of parties stays linear.
"""

from __future__ import annotations

import re

from ..facts import Ref

__all__ = ["Spellings", "same_name"]

_SEPARATORS = re.compile(r"[\s.\-]+")
_SHORT = re.compile(r"^[A-Za-z][A-Za-z0-9]{1,5}$")
_CAMEL_WORD = re.compile(r"[A-Z][a-z0-9]+")


def _squashed(name: str) -> str:
    return _SEPARATORS.sub("", name).casefold()


def _words(name: str) -> list[str]:
    words = name.split()
    return _CAMEL_WORD.findall(name) if len(words) == 1 else words


def _initials(name: str) -> str:
    """The initials of a name of two words or more ("EH" of "Extra Horizon"), else ""."""
    words = _words(name)
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else ""


def _capitals(short: str) -> str:
    """The capitals of a short form ("EH" of "ExH"), else "" (not shaped like one)."""
    if not _SHORT.match(short):
        return ""
    capitals = "".join(c for c in short if c.isupper())
    return capitals if len(capitals) >= 2 else ""


def _short_form(short: str, name: str) -> bool:
    """``short`` abbreviates the several-word ``name`` ("ExH" of "Extra Horizon")."""
    capitals = _capitals(short)
    if not capitals or capitals != _initials(name) or short[0] != name[0]:
        return False
    rest = iter(name.casefold())
    return all(c in rest for c in short.casefold())


def same_name(new: str, name: str) -> bool:
    """Whether ``new`` writes ``name`` another way."""
    return _squashed(new) == _squashed(name) or _short_form(new, name) or _short_form(name, new)


class Spellings:
    """The names of a page's own parties, found again by letters or initials."""

    def __init__(self) -> None:
        self._letters: dict[str, Ref] = {}
        self._by_initials: dict[str, list[tuple[str, Ref]]] = {}
        self._by_capitals: dict[str, list[tuple[str, Ref]]] = {}

    def add(self, name: str, ref: Ref) -> None:
        """Remember ``name`` as a spelling of ``ref``'s party."""
        self._letters.setdefault(_squashed(name), ref)
        initials = _initials(name)
        if initials:
            self._by_initials.setdefault(initials, []).append((name, ref))
        capitals = _capitals(name)
        if capitals:
            self._by_capitals.setdefault(capitals, []).append((name, ref))

    def find(self, name: str) -> Ref | None:
        """The party ``name`` is another spelling of, else None."""
        found = self._letters.get(_squashed(name))
        if found is not None:
            return found
        parts = _CAMEL_WORD.findall(name) if " " not in name.strip() else []
        if len(parts) >= 2 and "".join(parts) == name.strip() and len(parts[0]) >= 3:
            found = self._letters.get(_squashed("".join(parts[:-1])))
            if found is not None:
                return found  # "NimbusCloud" after "Nimbus": the firm's name and its offering
        for known, ref in self._by_initials.get(_capitals(name), []):
            if _short_form(name, known):
                return ref  # "ExH" after "Extra Horizon"
        for known, ref in self._by_capitals.get(_initials(name), []):
            if _short_form(known, name):
                return ref  # "Extra Horizon" after "ExH"
        return None
