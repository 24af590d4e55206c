"""``graph.text.split_top_level`` finds its places with the separator's own search: the parts
must be those of the plain left-to-right scan it replaced (tried at each character outside
brackets that is not a bracket, an empty match splitting nothing)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from graph.extract.labels import _NEXT_DUTY
from graph.extract.records import _NEXT_VERB_PHRASE
from graph.text import split_top_level

SEPARATORS = [
    _NEXT_VERB_PHRASE,
    _NEXT_DUTY,
    r",\s*",
    r"\s*(?:,|&|\+|\band\b)\s*",
    r",?\s+but\s+|;\s+|:\s+(?=[A-Z])|,\s+(?=all\b)",
    r"x*",
    r"(?<=a)",
    r"\s*\)?\s*,",
    r"a|",
]
PIECES = [*"ab ,;:()[]{}&+Ax", " and ", " but ", ", and then patch the ", " and must "]


def _scan(text: str, separator: str) -> list[str]:
    """The reference: one character at a time."""
    parts: list[str] = []
    depth = last = i = 0
    pattern = re.compile(separator)
    while i < len(text):
        ch = text[i]
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth = max(0, depth - 1)
        elif depth == 0:
            match = pattern.match(text, i)
            if match and match.end() > i:
                parts.append(text[last:i])
                last = i = match.end()
                continue
        i += 1
    parts.append(text[last:])
    return [p.strip() for p in parts if p.strip()]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30), st.sampled_from(SEPARATORS))
def test_same_parts_as_the_scan(pieces: list[str], separator: str) -> None:
    text = "".join(pieces)
    assert split_top_level(text, separator) == _scan(text, separator)


def test_examples() -> None:
    assert split_top_level("a, b (c, d) e, f", r",\s*") == ["a", "b (c, d) e", "f"]
    assert split_top_level("ab", r"x*") == ["ab"]  # empty matches split nothing
    assert split_top_level("a) b, c", r",\s*") == ["a) b", "c"]  # an unmatched closer


def test_many_brackets_and_splits_stay_linear() -> None:
    for text in ("() " * 50_000, "(" * 100_000, "a, " * 50_000):
        assert split_top_level(text, r",\s*") == _scan(text, r",\s*")
