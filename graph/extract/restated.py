"""Restated duties: a page that summarises first and details later ("you agree to: support
your applications" … "You must support your applications within office hours") states one
duty twice; the later statement is the same duty, not a second one.

Two labels of one party state the same duty when they open with the same duty verb, their
objects end in the same head noun, the shorter object's words all come, in order, in the
longer one (a modifier may be added: "host your applications" / "host your live
applications"), and what follows the object (a time limit, a condition, a purpose) in the
shorter one is empty or found in the longer one. "Manage the network" and "manage the hosts"
(other heads) or "encrypt data at rest" and "encrypt data in transit" (other details) stay two.

An aspect of an area the party holds bare ("Patches for the kernel" after "The kernel",
"Providing patches for the kernel": an ownership verb, cue-words.ttl, adds nothing) is that
area's duty, and so is one of two areas a bare label names ("Kernel patches" after "Nightly
backups and kernel patches").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..facts import Ref
from ..lexicon import Lexicon

__all__ = ["RestatedDuties"]

_WORD = re.compile(r"[\w'’/.-]*\w")
_FUNCTION = frozenset(
    "a an the your our their its his her my this these those that all any each every some "  # noqa: SIM905
    "you we they it".split()
)
"""Words that do not tell two duties apart (determiners, pronouns, the complementiser)."""
_QUALIFIER = frozenset(
    "and or in on for to with from across within using by as at of into via before after "  # noqa: SIM905
    "when if once until while so which who where including such during per than unless "
    "whenever through throughout without".split()
)
"""Words that end a duty's object: what follows qualifies it (or adds another object)."""
_WHEN = frozenset("every each daily weekly monthly quarterly yearly annually".split())  # noqa: SIM905
"""Words that, after the object, say how often ("rotate the keys every quarter")."""
_HOURS = re.compile(r"\d+[x/]\d+")
"""Service hours after the object ("24x7", "24/7"): when, no part of the object (a number
may open a limit of its own: "a request 60 days prior to expiry")."""
_KEPT_PER_KEY = 16
"""Earlier duties compared per (party, verb, head): a summary comes first, and a long list of
duties sharing verb and head stays linear."""


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _adverbial(word: str) -> bool:
    """How often ("monthly", "daily", "24x7"): no part of the object."""
    return word in _WHEN or (len(word) > 4 and word.endswith("ly")) or bool(_HOURS.fullmatch(word))


class _Shape:
    """A label as verb, object words (ending in the head) and the words after the object."""

    def __init__(self, verb: str, owner: list[str], core: list[str], tail: list[str]) -> None:
        self.verb = verb
        self.owner = owner
        """The possessor the object names ("your cluster's" in "your cluster's nodes")."""
        self.core = core
        self.tail = tail

    def states(self, other: _Shape) -> bool:
        """True when this (shorter) shape's duty is the same as ``other``'s: the same object,
        a possessor and a detail only added after the shorter's ("… at rest"), not another
        object ("… and Y") or a longer noun ("… on the platform CLI")."""
        if self.core != other.core or not set(self.owner) <= set(other.owner):
            return False
        if other.tail.count("and") > self.tail.count("and"):
            return False
        more = other.tail[len(self.tail) :]
        if other.tail[: len(self.tail)] != self.tail:
            return False
        return not more or more[0] in _QUALIFIER or _adverbial(more[0])


@lru_cache(maxsize=8192)
def _shape(lexicon: Lexicon, label: str) -> _Shape | None:
    """A label's shape (kept: shapes are only read, and a corpus restates its labels)."""
    words = _plain_verb(lexicon, [w.lower() for w in _WORD.findall(label)])
    if len(words) < 2:
        return None
    verb = lexicon.verb_base(words[0])
    phrasal = lexicon.verb_base(" ".join(words[:2]))
    if phrasal is not None:  # "back up your databases"
        verb, words = phrasal, words[1:]
    if verb is None or (words[0] in lexicon.participles and words[0] != verb):
        return None  # "Deployed applications": a participle names a thing, not a duty
    owner: list[str] = []
    core: list[str] = []
    tail: list[str] = []
    for word in words[1:]:
        if not tail and (word in _QUALIFIER or (core and _adverbial(word))):
            if not core:
                return None  # "comply with …": the object is a prepositional one
            tail.append(word)
        elif tail:
            if word not in _FUNCTION:  # "for custom apps" / "for every custom app": one detail
                tail.append(word if word in _QUALIFIER else _singular(word))
        elif word.endswith(("'s", "’s")):
            owner, core = [*owner, *core, _singular(word[:-2])], []
        elif word not in _FUNCTION:
            core.append(_singular(word))
    if not core:
        return None
    return _Shape(verb, owner, core, tail)


def _plain_verb(lexicon: Lexicon, words: list[str]) -> list[str]:
    """The words with the duty's own verb first: "continue to patch X" is "patch X",
    "provide technical support for X" is "support X"."""
    aspects = lexicon.aspect_verbs
    if len(words) > 2 and words[1] == "to" and any(words[0].startswith(a[:-1]) for a in aspects):
        words = words[2:]
    if words and lexicon.verb_base(words[0]) in lexicon.light_verbs:
        for at, word in enumerate(words[1:], start=1):
            if word in _QUALIFIER:
                noun = words[at - 1]
                if word in ("for", "to") and at > 1 and lexicon.verb_base(noun) == noun:
                    return [noun, *words[at + 1 :]]
                break
    return words


_BARE_PAIR = re.compile(r"\s+and\s+")
"""Where a bare label names two areas ("Nightly backups and kernel patches"): a later bare
label naming one of them (of two words or more) is that duty again."""
_ASPECT = re.compile(r"^.*?\b(?:for|of)\s+(?P<area>.+)$")
"""An aspect of an area ("security patches for the kernel"): the area after "for" / "of"."""


@lru_cache(maxsize=8192)
def _held_object(lexicon: Lexicon, label: str) -> tuple[str, ...] | None:
    """The object a label only says its party holds ("Manage the web console", "Web console"
    -> ("web", "console")): None for another verb, a qualifier or a list (kept: every duty
    is held, and a corpus repeats its labels)."""
    words = [w.lower() for w in _WORD.findall(label)]
    if words and lexicon.verb_base(words[0]) is not None:
        if lexicon.verb_base(words[0]) not in lexicon.ownership_verbs:
            return None
        words = words[1:]
    if any(w in _QUALIFIER for w in words):
        return None
    core = tuple(_singular(w) for w in words if w not in _FUNCTION)
    return core or None


@lru_cache(maxsize=8192)
def _verb_led(lexicon: Lexicon, label: str) -> bool:
    """Whether a label opens with a verb ("Manage the console", not "Console")."""
    words = _WORD.findall(label)
    return bool(words) and lexicon.verb_base(words[0].lower()) is not None


@lru_cache(maxsize=8192)
def _area_of(lexicon: Lexicon, label: str) -> tuple[str, ...] | None:
    """The area an aspect names ("Providing security patches for the kernel" -> ("kernel",))
    (kept: every new label is looked up)."""
    aspect = _ASPECT.match(label)
    if aspect is None:
        return None
    first = _WORD.match(label)
    verb = lexicon.verb_base(first.group(0).lower()) if first else None
    if verb is not None and verb not in lexicon.ownership_verbs:
        return None  # "Disable risky actions for the nodes": an act of its own, no aspect
    purpose = re.search(r"\bto\s+(?P<verb>[a-z]+)\b", label[: aspect.start("area")], re.I)
    if purpose and lexicon.verb_base(purpose.group("verb").lower()) is not None:
        return None  # "Providing APIs to automate the upgrade of X": an act of its own
    return _held_object(lexicon, aspect.group("area"))


_TITLE = re.compile(r"^(?P<term>[^:]{2,60}):\s+\S")
"""A titled label ("Physical hosts: Managing the servers"): the title names the area."""


@lru_cache(maxsize=8192)
def _titled_area(lexicon: Lexicon, label: str) -> tuple[str, ...] | None:
    """The area a titled label's bare title names ("Physical hosts: Managing …" ->
    ("physical", "host")), else None."""
    titled = _TITLE.match(label)
    if titled is None or _verb_led(lexicon, titled["term"]):
        return None
    return _held_object(lexicon, titled["term"])


class RestatedDuties:
    """The duties each party holds, by verb and object head, to find one a label restates."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._held: dict[tuple[Ref, str, str, str], list[tuple[_Shape, Ref]]] = {}
        self._last: tuple[str, _Shape | None] = ("", None)
        self._areas: dict[tuple[Ref, str, tuple[str, ...]], Ref] = {}
        self._blocks: dict[tuple[Ref, str, int, tuple[str, ...]], Ref] = {}

    def shape(self, label: str) -> _Shape | None:
        """The label's verb, object and tail, or None (no duty verb, or no object); the last
        label's shape is kept, since a duty is first looked up (``find``) and then held."""
        if label != self._last[0]:
            self._last = (label, _shape(self.lexicon, label))
        return self._last[1]

    def find(self, party: Ref, predicate: str, label: str, *, block: int = -1) -> Ref | None:
        """An earlier duty of ``party`` that ``label`` states again, or None; ``block`` is the
        line the label's paragraph (or item) starts on."""
        held = _held_object(self.lexicon, label) if block >= 0 else None
        if held is not None and (party, predicate, block, held) in self._blocks:
            return self._blocks[(party, predicate, block, held)]  # "… manages the console"
        area = _area_of(self.lexicon, label)
        if area is not None and (party, predicate, area) in self._areas:
            return self._areas[(party, predicate, area)]  # "Patches for the kernel": "Kernel"
        thing = None if _verb_led(self.lexicon, label) else _held_object(self.lexicon, label)
        titled = _titled_area(self.lexicon, label)
        if titled is not None and (party, predicate, titled) in self._areas:
            return self._areas[(party, predicate, titled)]  # "Hosts: Patching …" after "Hosts"
        if thing is not None and (party, predicate, thing) in self._areas:
            return self._areas[(party, predicate, thing)]  # "Patches" after "Backups and patches"
        shape = self.shape(label)
        if shape is None:
            return None
        for known, ref in self._held.get((party, predicate, shape.verb, shape.core[-1]), []):
            short, long = sorted((shape, known), key=lambda s: (len(s.owner), len(s.tail)))
            if short.states(long):
                return ref
        return None

    def hold(self, party: Ref, predicate: str, label: str, ref: Ref, *, block: int = -1) -> None:
        """Remember that ``party`` holds duty ``ref`` labelled ``label`` (in ``block``)."""
        thing = _held_object(self.lexicon, label)
        if thing is not None and block >= 0 and _verb_led(self.lexicon, label):
            self._blocks.setdefault((party, predicate, block, thing), ref)
        if thing is not None and not _verb_led(self.lexicon, label):
            self._areas.setdefault((party, predicate, thing), ref)  # a bare area
        elif thing is None and not _verb_led(self.lexicon, label):
            for part in _BARE_PAIR.split(label):  # "Nightly backups and kernel patches"
                area = _held_object(self.lexicon, part)
                if area is not None and len(area) >= 2:
                    self._areas.setdefault((party, predicate, area), ref)
        shape = self.shape(label)
        if shape is None:
            return
        held = self._held.setdefault((party, predicate, shape.verb, shape.core[-1]), [])
        if len(held) < _KEPT_PER_KEY and all(r != ref for _, r in held):
            held.append((shape, ref))
