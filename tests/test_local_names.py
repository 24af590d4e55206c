"""LocalNames skips words no local name can start with: the same mentions as trying every
phrase at every word (plurals, possessives, dashes, case folding, punctuation-only tokens)."""

from __future__ import annotations

import random

from graph.extract.state import LocalNames
from graph.vocabulary import Concept

_PIECES = [
    *("a", "b", "x", "s", "es", "'s", "’s", "-", ".", ",", " ", "  ", "\t", "&", "_", "/"),
    *("İ", "ß", "Σ", "é", "1", "ﬁ", "(", ")", "!", "?", ";", "Zorb", "box", "boxes", "xes"),
    *("Box", "Nimbus", "NET"),
]
_ENDINGS = ["", "s", "es", "'s", "’s", ".", "-x", "S", "ES"]


def _text(rng: random.Random, most: int) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, most)))


def test_filtered_find_matches_unfiltered() -> None:
    rng = random.Random(7)
    matched = 0
    for _ in range(1500):
        names, unfiltered = LocalNames(), LocalNames()
        for number in range(rng.randint(1, 6)):
            label = _text(rng, 4)
            concept = Concept("local", f"k{number}", "", label, (label,))
            names.add(concept)
            unfiltered.add(concept)
        unfiltered._heads = None  # no filter: every phrase at every word is looked up
        for _ in range(8):
            text = _text(rng, 12)
            if rng.random() < 0.7:
                label = rng.choice(names.concepts).label
                text = f"{_text(rng, 3)} {label}{rng.choice(_ENDINGS)}{_text(rng, 3)}"
            expected = unfiltered.find(text)
            assert names.find(text) == expected, (text, [c.label for c in names.concepts])
            matched += bool(expected)
    assert matched > 1000  # the texts do name the parties


def test_names_found_after_they_are_added() -> None:
    names = LocalNames()
    assert names.find("Zorblax0 Quuxcorp patches") == []
    names.add(Concept("local", "z", "", "Zorblax0 Quuxcorp", ("Zorblax0 Quuxcorp",)))
    found = names.find("The Zorblax0 Quuxcorp's servers")
    assert [m.text for m in found] == ["Zorblax0 Quuxcorp's"]
