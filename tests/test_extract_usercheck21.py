"""Shapes from user check 21 on unseen governance, role and RACI pages (invented text only)."""

from __future__ import annotations

from pathlib import Path

from test_extract import _check_shape, _has, _page_pairs, _pairs


def _rst_pairs(tmp_path: Path, body: str) -> set[tuple[str, str]]:
    """(party key, lower-cased duty label) of every responsibility a small rST page states."""
    path = tmp_path / "shape.rst"
    path.write_text(f"Depot governance\n================\n\n{body}\n", encoding="utf-8")
    return _page_pairs(path)


def test_an_indented_rst_list_is_a_list_not_a_quotation(tmp_path: Path) -> None:
    """ " * Approve new depots" under a body's heading: rST reads an indented list as a block
    quote, but the writer meant the list; its items are the body's duties."""
    pairs = _rst_pairs(
        tmp_path,
        "Depot Council\n-------------\n\nResponsibilities\n~~~~~~~~~~~~~~~~\n\n"
        " * Approve new depots\n * Settle disputes between depot crews\n\n"
        "Yard Committee\n--------------\n\nResponsibilities\n~~~~~~~~~~~~~~~~\n\n"
        " * Elect the depot council\n * Publish the yard timetable\n",
    )
    assert _has(pairs, "depot-council", "approve new depots"), sorted(pairs)
    assert _has(pairs, "depot-council", "settle disputes"), sorted(pairs)
    assert _has(pairs, "yard-committee", "publish the yard timetable"), sorted(pairs)


def test_a_members_heading_lists_people_not_duties(tmp_path: Path) -> None:
    """ "### Current members" over names, "### Membership" over terms of joining: under a
    body's heading they say who is in it, not what it does."""
    _check_shape(
        tmp_path,
        "## Depot Council\n\n### Responsibilities\n\n- Approve new depots\n\n"
        "### Membership\n\n- Five people\n- Elected by the yard committee\n\n"
        "### Current members\n\n- Ada Quill <ada@example.org>\n- Bo Tamsin <bo@example.org>\n",
        [("depot-council", "approve new depots")],
        ["five people", "elected by", "ada quill", "bo tamsin"],
    )


def test_an_initialism_spelled_out_in_parentheses_names_one_party(tmp_path: Path) -> None:
    """ "A depot manager (DM) is appointed …", then "the DM …": the initialism stands for the
    spelled-out role, one party named "Depot manager" (also after a leading clause), never a
    second party "DM"."""
    pairs = _pairs(
        tmp_path,
        "## Depot manager role\n\nA depot manager (DM) is appointed for each season.\n\n"
        "### Duties\n\nThe DM approves the crate lists.\n\n"
        "After the first audit, the DM takes over the decision making for the ledger.\n\n"
        "Consequently, a DM should seek advice before closing a yard.\n",
    )
    assert _has(pairs, "depot-manager", "approve the crate lists"), sorted(pairs)
    assert _has(pairs, "depot-manager", "take over the decision making"), sorted(pairs)
    assert _has(pairs, "depot-manager", "seek advice"), sorted(pairs)
    assert {party for party, _ in pairs} == {"depot-manager"}, sorted(pairs)


def test_a_key_to_the_raci_letters_names_no_party(tmp_path: Path) -> None:
    """A "Role | Description" table whose rows are "(R) Responsible | Responsible for doing
    the task" explains the letters of the matrix below it: no party "(R) Responsible"."""
    _check_shape(
        tmp_path,
        "| Role | Description |\n| --- | --- |\n"
        "| (R) Responsible | Responsible for carrying out the task |\n"
        "| (A) Accountable | Approves the task once it is done |\n"
        "| (I) Informed | Told of the outcome |\n\n"
        "| Activity | Customer Role | Nimbus Role |\n| --- | --- | --- |\n"
        "| Sweep the loading bays | I | RA |\n| Stamp the crates | RA | C |\n",
        [("nimbus", "sweep the loading bays"), ("customer", "stamp the crates")],
        ["carrying out the task", "approves the task"],
    )


def test_a_heading_on_becoming_the_role_lists_no_duties(tmp_path: Path) -> None:
    """ "## Becoming a crew lead" over "The path … involves:" and a numbered list: the list
    names how one gets the role, not what the role does."""
    _check_shape(
        tmp_path,
        "## Crew lead responsibilities\n\n- Sweep the loading bays\n\n"
        "## Becoming a crew lead\n\nThe path to becoming a crew lead usually involves:\n\n"
        "1. Steady work on the yard\n2. Nomination by the current crew leads\n",
        [("crew-lead", "sweep the loading bays")],
        ["steady work", "nomination by"],
    )


def test_an_item_saying_what_is_done_to_the_party_is_no_duty(tmp_path: Path) -> None:
    """ "Idle crew leads (…) may be removed from the roster" in a crew lead's list: a passive
    whose subject is the party says what befalls it; "are expected to …" still binds."""
    _check_shape(
        tmp_path,
        "## Crew lead responsibilities\n\n- Sweep the loading bays\n"
        "- Crew leads are expected to give notice before a leave\n"
        "- Idle crew leads (no shifts for 3 months) may be removed from the roster\n",
        [("crew-lead", "sweep the loading bays"), ("crew-lead", "give notice")],
        ["removed from the roster"],
    )


def test_a_negation_in_a_where_clause_keeps_the_item_a_duty(tmp_path: Path) -> None:
    """ "Arbiter in cases where disputes cannot be settled by the crews": the negation sits in
    the clause that says when, the item is still the council's duty; "etc." is none."""
    _check_shape(
        tmp_path,
        "## Depot Council\n\n### Responsibilities\n\n"
        "- Arbiter in cases where disputes cannot be settled by the crews\n"
        "- Point of contact for the yard\n- etc.\n",
        [("depot-council", "arbiter in cases where"), ("depot-council", "point of contact")],
        ["etc"],
    )


def test_declaring_and_electing_are_duties_of_the_subject(tmp_path: Path) -> None:
    """ "The DM declares the start of the audit", "The yard committee elects the council":
    acts a role performs (duty verbs), while "declare that …" stays a declaration."""
    _check_shape(
        tmp_path,
        "## Depot manager role\n\nA depot manager (DM) is appointed for each season.\n\n"
        "### Duties\n\nThe DM declares the start of the audit.\n\n"
        "The Yard Committee elects the depot council every year.\n",
        [("depot-manager", "declare the start of the audit"), ("yard-committee", "elect")],
        [],
    )


def test_the_last_words_of_a_name_point_back_to_its_party(tmp_path: Path) -> None:
    """ "Team leads are selected by the depot council" after a "Yard Depot Council" heading:
    the definite phrase names that party, not a second party "Depot council"."""
    pairs = _pairs(
        tmp_path,
        "## Yard Depot Council\n\n### Responsibilities\n\n- Approve new depots\n\n"
        "## Crew Leads\n\n### Responsibilities\n\n- Run the morning standup\n\n"
        "Crew leads are selected by the depot council.\n",
    )
    assert _has(pairs, "yard-depot-council", "approve new depots"), sorted(pairs)
    assert _has(pairs, "yard-depot-council", "select"), sorted(pairs)
    assert "depot-council" not in {party for party, _ in pairs}, sorted(pairs)
