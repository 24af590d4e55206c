"""The page phrases a name is checked against (``state.Phrases``): as written, and after a
lower-case word."""

from __future__ import annotations

from graph.extract.state import Phrases

TEXT = """# Acme Cloud overview
The platform is run by Acme Cloud, and the standard (Infra) applications.
Single sign-on (SSO) is set up by **Nimbus**.
one two three four five six
"""


def test_written_phrases_drop_punctuation_around_words() -> None:
    phrases = Phrases.of(TEXT)
    assert "Acme Cloud" in phrases.written
    assert "run by Acme Cloud" in phrases.written  # "Cloud," loses its comma
    assert "by Nimbus" in phrases.written  # "**Nimbus**." loses its marks
    assert "acme cloud" not in phrases.written  # case as written
    assert "Cloud and the" in phrases.written  # across the comma too
    assert "Cloud overview The" not in phrases.written  # not across lines
    assert "one two three four five" in phrases.written
    assert "one two three four five six" not in phrases.written  # five words at most
    assert "" not in phrases.written and "Acme  Cloud" not in phrases.written


def test_after_lower_is_a_capitalised_word_after_a_lower_case_one() -> None:
    phrases = Phrases.of(TEXT)
    assert "Acme Cloud" in phrases.after_lower  # "… run by Acme Cloud"
    assert "Infra" in phrases.after_lower  # "the standard (Infra) applications"
    assert "SSO" not in phrases.after_lower  # an acronym after its spelled-out name
    assert "Nimbus" not in phrases.after_lower  # "**Nimbus**" opens with a mark
    assert "The platform" not in phrases.after_lower  # opens its line
