"""Shapes from the development round on held-out set 26, second share (prose usage policies and a
shared-responsibility model): general English and document formats, invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _has, _page_pairs


def _page(tmp_path: Path, body: str, name: str = "policy.md") -> Path:
    path = tmp_path / name
    path.write_text(
        f"# Usage policy\n\nYou are responsible for your own data.\n\n{body}\n",
        encoding="utf-8",
    )
    return path


def test_a_mediawiki_heading_in_markdown_ends_the_list_above(tmp_path: Path) -> None:
    """A wiki page kept as Markdown: '==Title==' is a heading, so the next party's lead-in and
    list are their own, not a lazy continuation of the last item of the list above."""
    pairs = _page_pairs(
        _page(
            tmp_path,
            "==Crew duties==\nThe crew is responsible for the following:\n"
            "* cleaning the decks;\n* coiling the ropes.\n"
            "==Harbour duties==\nThe harbour master is responsible for the following:\n"
            "* lighting the beacon;\n* dredging the channel.\n",
        )
    )
    assert _has(pairs, "harbour-master", "lighting the beacon"), pairs
    assert _has(pairs, "harbour-master", "dredging the channel"), pairs
    assert not _has(pairs, "crew", "beacon"), pairs


def test_a_function_word_typed_twice_is_read_once(tmp_path: Path) -> None:
    """ "of our our crew" / "to the the crew": a doubled determiner or preposition is a typo,
    so the party after it is still found."""
    pairs = _page_pairs(
        _page(
            tmp_path,
            "Nimbus runs the harbour.\n\n"
            "Painting the hulls is the responsibility of our our harbour crew.",
        )
    )
    crews = ("harbour-crew", "our-harbour-crew")
    assert [p for p, d in pairs if p in crews and "paint" in d], pairs
