"""Shapes from the lead's user check 38 on an unseen page (a plain-English blog post on the
shared-responsibility model, paragraphs without list markup): invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _check_shape, _pairs


def test_a_dash_before_a_contrast_opens_a_second_clause(tmp_path: Path) -> None:
    """ "The provider secures the depots—but you are always responsible for A, B and C": the dash
    parts the clauses as a comma does, so A, B and C are the reader's, not the provider's."""
    pairs = _pairs(
        tmp_path,
        "The cloud provider secures the depots it runs—but you are always responsible for "
        "your crates, your keys, and how the gates are used.\n",
    )
    assert ("customer", "your crates") in pairs, sorted(pairs)
    assert ("cloud-provider", "secure the depots it runs") in pairs, sorted(pairs)
    assert not any(p == "cloud-provider" and "crates" in label for p, label in pairs), pairs


def test_a_colon_between_a_party_verb_and_its_objects(tmp_path: Path) -> None:
    """ "The provider handles: A, B" / "You handle:" over its objects on the next line: the
    colon parts a verb from its objects (no lead-in), so the objects are the party's duties;
    a colon after an object ("Nimbus provides the tools: A, B") is left as it was."""
    _check_shape(
        tmp_path,
        "Nimbus rents out depots.\n\nThe provider handles:\nthe fences, the gates and the "
        "roofs\n\nYou handle:\nYour crates, your keys, and your visitors\n",
        [
            ("cloud-provider", "handle the fences"),
            ("customer", "handle your crates"),
            ("customer", "handle your keys"),
        ],
        [":"],
    )
    pairs = _pairs(
        tmp_path,
        "Nimbus is responsible for the depots. Nimbus provides the tools: rakes, hoes, spades, "
        "and carts.\n",
    )
    assert not any(label.startswith("provide rakes") for _, label in pairs), sorted(pairs)
