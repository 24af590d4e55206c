"""A vocabulary matcher skips its regexes for a text none of whose words opens a label: that
shortcut must never lose a mention (compared here with the matcher run without it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.vocabulary import Matcher, load_vocabularies

DATA = Path(__file__).parent / "data"


def _texts(matcher: Matcher) -> list[str]:
    """Every label as written, upper-cased, plural, possessive and hyphenated, in a sentence;
    and the lines of the test pages."""
    texts: list[str] = []
    for concept in matcher.concepts:
        for label in concept.labels:
            for form in (label, label.upper(), f"{label}s", f"{label}es", f"{label}'s"):
                texts += [form, f"The {form} runs.", f"({form})", form.replace(" ", "-")]
            # glued to other words and marks: only a look-behind or look-ahead tells
            texts += [f"x{form}", f"{form}x", f"a/{form}", f"a-{form}", f"{form}-b", f"_{form}"]
    for page in sorted(DATA.glob("*.md"))[:6]:
        texts += page.read_text(encoding="utf-8").splitlines()
    for page in sorted((DATA / "real").glob("*.md"))[::6]:  # real wording, a sixth of it
        texts += page.read_text(encoding="utf-8").splitlines()
    return texts


@pytest.mark.parametrize("kind", sorted(load_vocabularies().matchers))
def test_precheck_loses_no_mention(kind: str) -> None:
    matcher = load_vocabularies().matchers[kind]
    assert matcher._firsts is not None  # the shipped vocabularies allow the shortcut
    texts = _texts(matcher)
    fast = [matcher._find(text) for text in texts]
    saved, matcher._firsts = matcher._firsts, None
    try:
        slow = [matcher._find(text) for text in texts]
    finally:
        matcher._firsts = saved
    assert fast == slow
    assert any(fast)


@pytest.mark.parametrize("kind", sorted(load_vocabularies().matchers))
def test_ascii_patterns_find_what_the_patterns_find(kind: str) -> None:
    """An ASCII text is searched by patterns that open with the labels' first characters (the
    case-insensitive one over the lower-cased text): the same mentions, at the same places."""
    matcher = load_vocabularies().matchers[kind]
    assert matcher._ascii is not None
    texts = _texts(matcher)
    texts += [f"{a}\n{t}{b}" for t in texts[:2000:7] for a, b in (("x", ""), ("", "\nx"))]
    fast = [matcher._find(text) for text in texts]
    saved, matcher._ascii = matcher._ascii, None
    try:
        slow = [matcher._find(text) for text in texts]
    finally:
        matcher._ascii = saved
    assert fast == slow
    assert any(fast)
