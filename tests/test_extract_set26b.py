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


def test_an_adverb_before_the_responsibility_of(tmp_path: Path) -> None:
    """ "It is also / ultimately the responsibility of X to Y" as "It is the responsibility of X
    to Y"."""
    pairs = _page_pairs(
        _page(
            tmp_path,
            "It is also the responsibility of members to keep their addresses current. "
            "It is ultimately the operator's responsibility to log every voyage.",
        )
    )
    assert _has(pairs, "customer", "keep their addresses current") or _has(
        pairs, "members", "keep their addresses current"
    ), pairs
    assert _has(pairs, "operator", "log every voyage"), pairs


def test_bare_plural_roles_sharing_a_head_are_each_a_party(tmp_path: Path) -> None:
    """ "It is the responsibility of Dock and Harbour Board managers to …": a bare plural whose
    head is a person noun names a role, as "the harbour board managers" would."""
    pairs = _page_pairs(
        _page(
            tmp_path,
            "It is the responsibility of Dock and Harbour Board managers to inspect the cranes.",
        )
    )
    assert _has(pairs, "dock-managers", "inspect the cranes"), pairs
    assert _has(pairs, "harbour-board-managers", "inspect the cranes"), pairs


def test_to_ensure_after_measures_is_their_content(tmp_path: Path) -> None:
    """ "take all reasonable measures to ensure X": "to ensure X" says what the measures are,
    it is no purpose clause to cut ("patch the hosts to ensure X" still loses it): the duty is
    to ensure X (tests/test_extract_general35.py: measures taken, like efforts made, label
    what they are taken to do); a trailing "as directed by …" is a manner aside."""
    pairs = _page_pairs(
        _page(
            tmp_path,
            "Members shall take all reasonable measures to ensure the safety of the marina, "
            "as directed by the harbour master. Members must paint the hulls to ensure "
            "a long life.",
        )
    )
    assert ("members", "ensure the safety of the marina") in pairs, pairs
    assert ("members", "paint the hulls") in pairs, pairs


def test_these_after_a_sentence_with_no_duty_points_at_that_sentence(tmp_path: Path) -> None:
    """ "X must sign the form. All kit is subject to export law. It is the responsibility of
    skippers and harbour managers to know these rules.": "these rules" are the export law,
    not the earlier duty; and the second co-owner gets the same words, not a doubled label."""
    pairs = _page_pairs(
        _page(
            tmp_path,
            "All members must sign the marina charter.\n\n"
            "All kit is subject to the export laws of the port. It is the responsibility of "
            "dock managers and crane managers to know these rules.",
        )
    )
    assert ("dock-managers", "know these rules") in pairs, pairs
    assert ("crane-managers", "know these rules") in pairs, pairs
    assert not [d for _, d in pairs if "charter" in d and "know" in d], pairs
