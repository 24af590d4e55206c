"""Shapes from the development round on held-out set 24 (a university hosting service's terms of
use, a data-use policy): general English, invented text only."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_extract import _pairs, _triples

_PAGE = "Users are responsible for their own data.\n\n"


def _labels(tmp_path: Path, sentence: str) -> list[str]:
    return sorted(
        label for party, label in _pairs(tmp_path, _PAGE + sentence) if party != "customer"
    )


@pytest.mark.parametrize("verb", ["disable", "block", "restrict", "delete"])
def test_a_providers_may_with_a_verb_of_sanction_is_a_right(tmp_path: Path, verb: str) -> None:
    """ "The Nimbus team may disable sites that cause problems": a right the provider keeps
    against its users, no duty (as "may terminate" already was)."""
    pairs = _pairs(
        tmp_path,
        f"{_PAGE}The Nimbus team is responsible for backups.\n\n"
        f"The Nimbus team may {verb} sites that cause problems for other users.\n",
    )
    assert not [label for _, label in pairs if "sites" in label], pairs


def test_a_noun_after_a_verb_in_the_third_person_is_an_object(tmp_path: Path) -> None:
    """ "provides regular training and support to users": a second verb would agree with the
    first ("and supports"), so the bare "support" is the verb's second object."""
    labels = _labels(tmp_path, "The Nimbus team provides regular training and support to users.\n")
    assert labels == ["provide regular training", "provide support to users"], labels


def test_a_second_verb_that_agrees_is_still_a_duty_of_its_own(tmp_path: Path) -> None:
    labels = _labels(tmp_path, "The Nimbus team patches the hosts and monitors the network.\n")
    assert labels == ["monitor the network", "patch the hosts"], labels


@pytest.mark.parametrize("gerund", ["following", "reading"])
def test_a_gerund_series_closed_by_a_noun_is_one_duty(tmp_path: Path, gerund: str) -> None:
    """ "following the handbook, training sessions and best practice guides": "training" is a
    noun's modifier and the series the gerund's objects (not "Training sessions and best
    practice guides" as a duty, nor the handbook lost as a leading "Following X," condition)."""
    pairs = _pairs(
        tmp_path,
        f"Users are responsible for {gerund} the handbook, training sessions and best practice "
        "guides.\n",
    )
    assert pairs == {
        ("customer", f"{gerund} the handbook, training sessions and best practice guides")
    }, pairs


def test_a_series_of_gerund_phrases_is_still_one_duty_each(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "Users are responsible for patching servers, rotating keys.\n")
    assert pairs == {("customer", "patching servers"), ("customer", "rotating keys")}, pairs


def test_long_noun_phrases_each_with_a_determiner_are_each_an_object(tmp_path: Path) -> None:
    """Items that each open with a determiner are a series of objects even when one is long
    ("the base operating system on the depot servers")."""
    labels = _labels(
        tmp_path,
        "The Nimbus team is responsible for maintaining the hardware supporting the depot, the "
        "system hosting depot servers, the base operating system on the depot servers and the "
        "provided web server software.\n",
    )
    assert labels == [
        "maintaining the base operating system on the depot servers",
        "maintaining the hardware supporting the depot",
        "maintaining the provided web server software",
        "maintaining the system hosting depot servers",
    ], labels


@pytest.mark.parametrize(
    "sentence",
    [
        "You will be informed by email of any changes to these conditions.",
        "You will be notified in advance of any changes to these conditions.",
        "You will be informed promptly about any changes to these conditions.",
    ],
)
def test_how_a_party_is_told_may_stand_before_of(tmp_path: Path, sentence: str) -> None:
    """ "informed by email of X", "notified in advance of X": the reader is informed of X."""
    path = tmp_path / "told.md"
    path.write_text(f"# Terms\n\n{_PAGE}{sentence}\n", encoding="utf-8")
    assert ("customer", "informedOf", "any changes to these conditions") in _triples(path)
