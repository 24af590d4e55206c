"""Shapes from user check genre27 on unseen governance and roles pages (invented text only)."""

from __future__ import annotations

from pathlib import Path

from test_extract import _check_shape, _has, _page_pairs, _pairs


def _adoc_pairs(tmp_path: Path, body: str) -> set[tuple[str, str]]:
    """(party key, lower-cased duty label) of every responsibility a small AsciiDoc page states."""
    path = tmp_path / "shape.adoc"
    path.write_text(f"= Ferry club roles\n\n{body}\n", encoding="utf-8")
    return _page_pairs(path)


def test_an_asciidoc_two_line_title_is_a_section_not_a_listing_block(tmp_path: Path) -> None:
    """ "Quay Manager" over "------------": AsciiDoc's two-line section title, not a code
    block left open; the page is read and the title names the section's party."""
    pairs = _adoc_pairs(
        tmp_path,
        "Quay Manager\n------------\n\nThe quay manager is responsible for:\n\n"
        "* logging every mooring\n* lighting the quay lamps\n\n"
        "FOOTER\n------\nPart of the ferry club pages\n",
    )
    assert _has(pairs, "quay-manager", "logging every mooring"), sorted(pairs)
    assert _has(pairs, "quay-manager", "lighting the quay lamps"), sorted(pairs)


def test_an_asciidoc_link_text_may_run_over_a_line_end(tmp_path: Path) -> None:
    """ "see link:url[\\nMooring rules]": the link's text starts on the next line; the label
    keeps the text, not the macro."""
    pairs = _adoc_pairs(
        tmp_path,
        "== Quay Manager\n\nThe quay manager is responsible for:\n\n"
        "* logging every mooring, see link:moorings.html[\n  Mooring rules]\n",
    )
    assert _has(pairs, "quay-manager", "see mooring rules"), sorted(pairs)
    assert not any("moorings.html" in label for _, label in pairs), sorted(pairs)


ROLE_LIST = (
    "## Club roles\n\nThese roles share the club's work:\n\n"
    "- **Quay Manager**: Facilitates crew meetings, triages swaps, and mentors new deckhands.\n"
    "- **Deck Steward**: Hull inspections, rope maintenance, and lifejacket checks.\n"
    "- **Fuel, Water and Galley Officer**: Checks the diesel stock and cleans the water tanks.\n"
)


def test_role_duty_verbs_of_governance_pages_are_vocabulary(tmp_path: Path) -> None:
    """ "Facilitates …, triages …, and mentors …": verbs of roles pages are duty verbs."""
    _check_shape(
        tmp_path,
        ROLE_LIST,
        [
            ("quay-manager", "facilitate crew meetings"),
            ("quay-manager", "triage swaps"),
            ("quay-manager", "mentor new deckhands"),
        ],
        [],
    )


def test_a_role_whose_text_is_a_series_of_activity_nouns(tmp_path: Path) -> None:
    """ "**Deck Steward**: Hull inspections, rope maintenance, and lifejacket checks": a role
    title over a series of short lower-case noun phrases; each phrase is the role's duty."""
    _check_shape(
        tmp_path,
        ROLE_LIST,
        [
            ("deck-steward", "hull inspections"),
            ("deck-steward", "rope maintenance"),
            ("deck-steward", "lifejacket checks"),
        ],
        [],
    )


def test_a_role_named_by_a_series_of_its_areas(tmp_path: Path) -> None:
    """ "**Fuel, Water and Galley Officer**": a role title may hold a comma series of areas
    before its person noun; it is still a role whose fragments are its duties."""
    _check_shape(
        tmp_path,
        ROLE_LIST,
        [
            ("fuel-water-and-galley-officer", "check the diesel stock"),
            ("fuel-water-and-galley-officer", "clean"),
        ],
        [],
    )


def test_a_bold_name_over_a_series_of_names_is_not_a_role_with_duties(tmp_path: Path) -> None:
    """ "**Quay Officer**: Ada Quill, Bo Tamsin, and Cy Rowe": names, not activities."""
    pairs = _pairs(
        tmp_path,
        "## Club roles\n\n- **Quay Officer**: Ada Quill, Bo Tamsin, and Cy Rowe.\n"
        "- **Deck Steward**: Hull inspections, rope maintenance, and lifejacket checks.\n",
    )
    assert _has(pairs, "deck-steward", "rope maintenance"), sorted(pairs)
    assert not any(party == "quay-officer" for party, _ in pairs), sorted(pairs)


def test_asked_and_admonished_to_state_a_duty(tmp_path: Path) -> None:
    """ "The fleet captain is admonished to settle disputes", "stewards are asked to …": a
    request or admonition to a party is its duty, as "is expected to" is."""
    _check_shape(
        tmp_path,
        "## Fleet Captain\n\nThe fleet captain is admonished to settle any dispute.\n\n"
        "## Deck Stewards\n\nDeck stewards are asked to coil the mooring lines after each trip.\n",
        [("fleet-captain", "settle any dispute"), ("deck-stewards", "coil the mooring lines")],
        [],
    )


def test_in_charge_of_is_responsible_for(tmp_path: Path) -> None:
    """ "The quay committee is in charge of approving berth swaps": "in charge of" gives the
    party the duty, as "is responsible for" does."""
    _check_shape(
        tmp_path,
        "## Quay Committee\n\nThe quay committee is in charge of approving berth swaps and "
        "publishing the tide table.\n",
        [
            ("quay-committee", "approving berth swaps"),
            ("quay-committee", "publishing the tide table"),
        ],
        [],
    )


def test_members_of_a_named_body_stand_for_the_body(tmp_path: Path) -> None:
    """ "Quay committee members are expected to …" / "- Quay committee members must …": the
    members of a body the page names act as that body; "members" is no verb of the duty."""
    _check_shape(
        tmp_path,
        "## Quay Committee\n\nQuay committee members are expected to inspect the pontoons.\n\n"
        "- Quay committee members must log every berth swap.\n",
        [
            ("quay-committee", "inspect the pontoons"),
            ("quay-committee", "log every berth swap"),
        ],
        ["member"],
    )


def test_a_role_set_off_by_its_short_name_or_a_comma_with_its_duty(tmp_path: Path) -> None:
    """ "… is run by a Harbour Steering Committee (HSC), responsible for A, B, and C": the role
    named in passing with its duties, set off by its short name and a comma."""
    _check_shape(
        tmp_path,
        "## Overview\n\nThe ferry club is run by a Harbour Steering Committee (HSC), responsible "
        "for berth policy, dredging contracts, and the tide tables.\n",
        [
            ("harbour-steering-committee", "berth policy"),
            ("harbour-steering-committee", "dredging contracts"),
            ("harbour-steering-committee", "tide tables"),
        ],
        [],
    )


def test_a_lead_in_ending_in_a_relative_pronoun_is_completed_by_its_items(
    tmp_path: Path,
) -> None:
    """ "Quay managers should only approve bookings that:" / "- they can crew": each item finishes
    the lead-in's object; the duty is the lead-in's, with the item as its condition."""
    _check_shape(
        tmp_path,
        "## Quay Manager\n\nQuay managers should only approve bookings that:\n\n"
        "* they can crew themselves\n* fit the tide table\n",
        [
            ("quay-manager", "only approve bookings that they can crew themselves"),
            ("quay-manager", "only approve bookings that fit the tide table"),
        ],
        [],
    )
    pairs = _pairs(
        tmp_path,
        "## Quay Manager\n\nQuay managers should only approve bookings that:\n\n"
        "* they can crew themselves\n* fit the tide table\n",
    )
    assert not any(label.startswith(("they can", "fit the")) for _, label in pairs), pairs


def test_a_paragraph_on_becoming_a_role_states_qualifications(tmp_path: Path) -> None:
    """ "To become a quay manager, a deckhand should have sailed two seasons. We look for:"
    over a list: what one must show to hold the role, not its duties nor the deckhand's."""
    _check_shape(
        tmp_path,
        "## Quay Manager\n\nQuay managers publish the berth plan.\n\n"
        "To become a quay manager, a deckhand should have sailed two seasons. Things we look "
        "for include:\n\n- steady rope work\n- calm radio manners\n",
        [("quay-manager", "publish the berth plan")],
        ["sailed two seasons", "rope work", "radio manners"],
    )


def test_a_heading_over_kinds_of_roles_names_no_party(tmp_path: Path) -> None:
    """ "### Harbour Roles" over "- **Deckhands**: Anyone who crews a ferry": the heading
    names the kinds of role defined below, not a party called "Harbour"; "Customer roles"
    still names the customer."""
    pairs = _pairs(
        tmp_path,
        "## Overview\n\nThe board is responsible for the budget.\n\n### Harbour Roles\n\n"
        "- **Deckhands**: Anyone who crews a ferry.\n- **Pilots**: Deckhands who have earned "
        "a pilot ticket.\n\n### Customer roles\n\n- Book the crossing\n",
    )
    assert not any(party == "harbour" for party, _ in pairs), sorted(pairs)
    assert _has(pairs, "customer", "book the crossing"), sorted(pairs)


def test_items_under_a_rights_heading_are_powers_unless_owed(tmp_path: Path) -> None:
    """ "### Rights" under a role: "- Binding vote on berth swaps", "- May skip the rota" are
    what the role may do; "- Is asked to log each vote" is still its duty."""
    _check_shape(
        tmp_path,
        "## Quay Committee\n\nThe quay committee is responsible for the berth plan.\n\n"
        "### Rights\n\n- Binding vote on berth swaps\n- Members may skip the night rota\n"
        "- Access to the harbour office is granted to all members\n"
        "- The committee is asked to log each vote\n",
        [("quay-committee", "berth plan"), ("quay-committee", "log each vote")],
        ["binding vote", "night rota", "harbour office"],
    )
