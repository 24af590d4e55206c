"""Shapes from governance and roles pages (issue 8, round 31; invented text only)."""

from __future__ import annotations

from pathlib import Path

from test_extract import _check_shape, _page_pairs, _triples


def test_an_adjective_series_before_one_head_noun_is_one_duty(tmp_path: Path) -> None:
    """ "oversight of all civic, seasonal, roofing, and lantern affairs": the single words
    modify the last item's head noun ("affairs"), so a split at the commas would leave broken
    pieces ("oversight of all civic"); the phrase stays whole."""
    _check_shape(
        tmp_path,
        "The Guild Council is responsible for oversight of all civic, seasonal, roofing, and "
        "lantern affairs.\n\nThe Steward reviews all coastal, municipal, fishing, and harbour "
        "permits.\n",
        [
            ("guild-council", "oversight of all civic, seasonal, roofing, and lantern affairs"),
            ("steward", "review all coastal, municipal, fishing, and harbour permits"),
        ],
        ["oversight of seasonal", "review municipal", "review fishing"],
    )


def test_a_modifier_series_whose_head_noun_has_a_phrase_after_it_is_one_duty(
    tmp_path: Path,
) -> None:
    """ "oversight of all civic, seasonal, and lantern affairs for the guild": the phrase after
    the head noun does not hide the series."""
    _check_shape(
        tmp_path,
        "The Guild Council is responsible for oversight of all civic, seasonal, and lantern "
        "affairs for the guild.\n",
        [("guild-council", "oversight of all civic, seasonal, and lantern affairs for the guild")],
        ["oversight of seasonal"],
    )


def test_an_additive_follow_on_sentence_belongs_to_the_previous_party(tmp_path: Path) -> None:
    """ "The Harbour Board handles berth leases. This notably includes the ferry timetable.":
    a "This (also, notably) includes / covers" sentence after an action sentence names more of
    that party's duty."""
    _check_shape(
        tmp_path,
        "The Harbour Board handles berth leases. This notably includes the ferry timetable.\n\n"
        "The Steward inspects the quay. This also covers the lantern posts.\n",
        [
            ("harbour-board", "handle berth leases"),
            ("harbour-board", "ferry timetable"),
            ("steward", "inspect the quay"),
            ("steward", "lantern posts"),
        ],
        [],
    )


def test_owner_and_oversight_phrases_are_duty_verbs(tmp_path: Path) -> None:
    """ "is the owner of", "has ownership of", "takes ownership of", "has oversight of": a verb
    phrase (duty-verbs.ttl) that states the duty as "own" / "oversee", not a "be" or "have"
    that states none."""
    _check_shape(
        tmp_path,
        "The Harbour Board is the owner of the ferry timetable.\n\n"
        "The Steward has ownership of the lantern schedule.\n\n"
        "The Quay Council takes ownership of the berth ledger.\n\n"
        "The Harbour Board has oversight of the tide gauges.\n",
        [
            ("harbour-board", "own the ferry timetable"),
            ("steward", "own the lantern schedule"),
            ("quay-council", "own the berth ledger"),
            ("harbour-board", "oversee the tide gauges"),
        ],
        [],
    )


def test_a_role_named_after_a_party_is_a_party_of_its_own(tmp_path: Path) -> None:
    """ "The Harbour Board Secretary will file the tide report." once "Harbour Board" is a party:
    a singular person noun after the party's name makes a role of its own (the Board's secretary),
    who files the report; the Board does not."""
    _check_shape(
        tmp_path,
        "The Harbour Board approves the berth plan.\n\n"
        "The Harbour Board Secretary will file the tide report.\n",
        [
            ("harbour-board", "approve the berth plan"),
            ("harbour-board-secretary", "file the tide report"),
        ],
        [],
    )
    pairs = _page_pairs(tmp_path / "shape.md")
    assert ("harbour-board", "file the tide report") not in pairs, sorted(pairs)


def test_an_appointed_role_responsible_for_duties_is_a_party(tmp_path: Path) -> None:
    """ "The Harbour Board appoints a Secretary responsible for keeping the tide ledger and
    posting notices.": the Board's duty is naming the Secretary; the role after the verb (a
    person noun of the vocabulary) holds the duties after "responsible for"."""
    _check_shape(
        tmp_path,
        "The Harbour Board approves the berth plan.\n\n"
        "The Harbour Board appoints a Secretary responsible for keeping the tide ledger and "
        "posting notices.\n",
        [
            ("harbour-board", "appoint a secretary"),
            ("secretary", "keeping the tide ledger"),
            ("secretary", "posting notices"),
        ],
        ["appoint a secretary responsible", "appoint posting"],
    )
    pairs = _page_pairs(tmp_path / "shape.md")
    assert not any(p == "harbour-board" and "tide ledger" in label for p, label in pairs), pairs


def test_markdown_definition_lists_read_like_bold_term_entries(tmp_path: Path) -> None:
    """A Markdown definition list (``Term`` over ``: definition``; MkDocs def_list, PHP
    Markdown Extra, Pandoc), tight or with a blank line between, reads like AsciiDoc
    ``Term::`` entries: each term a role, its definition the role's duty."""
    _check_shape(
        tmp_path,
        "## Officers\n\nTreasurer\n: Keeps the ledger of the yard.\n\n"
        "Secretary\n:   Writes the minutes of each meeting.\n\n"
        "Quay Steward\n\n: Inspects the moorings every week.\n",
        [
            ("treasurer", "keep the ledger of the yard"),
            ("secretary", "write the minutes of each meeting"),
            ("quay-steward", "inspect the moorings every week"),
        ],
        [],
    )


def test_break_separated_items_in_a_table_cell_are_one_duty_each(tmp_path: Path) -> None:
    """``<br>``-separated lines in a Markdown table cell ("Keeps the ledger<br>Files the tide
    report") are items, one duty each, as a list in the cell is: in a role table and in a
    party column (where a short item such as "Manage users" is no owner line)."""
    _check_shape(
        tmp_path,
        "| Role | Responsibilities |\n|---|---|\n"
        "| Quay Steward | Inspects the moorings<br>Logs the tides<br/>Posts the ferry notices |\n"
        "| Treasurer | Keeps the ledger<br>Audits the tide report |\n\n"
        "## Duties\n\n| Area | Harbour Board | Customer |\n|---|---|---|\n"
        "| Berths | Paint the bollards<br>Dredge the channel | Manage users<br>Moor the boats |\n",
        [
            ("quay-steward", "inspect the moorings"),
            ("quay-steward", "log the tides"),
            ("quay-steward", "post the ferry notices"),
            ("treasurer", "keep the ledger"),
            ("treasurer", "audit the tide report"),
            ("harbour-board", "paint the bollards"),
            ("customer", "manage users"),
            ("customer", "moor the boats"),
        ],
        ["keep the ledger audits"],
    )


def test_a_vice_role_is_not_the_role_it_deputises_for(tmp_path: Path) -> None:
    """ "The duties of the Vice Steward are to:" under "Role of the Vice-Chair", after the
    Steward's section: a rank prefix ("vice", "assistant", "sub-") makes a role of its own, so
    the list stays the section's and "The Assistant Steward will …" is no duty of the Steward."""
    _check_shape(
        tmp_path,
        "## Role of the Steward\n\nThe duties of the Steward are to:\n\n- Ring the harbour bell\n\n"
        "## Role of the Vice-Chair\n\nThe duties of the Vice Steward are to:\n\n"
        "- Light the quay lamps\n\nThe Assistant Steward will sweep the slipway.\n",
        [
            ("steward", "ring the harbour bell"),
            ("vice-chair", "light the quay lamps"),
            ("assistant-steward", "sweep the slipway"),
        ],
        [],
    )
    pairs = _page_pairs(tmp_path / "shape.md")
    assert ("steward", "light the quay lamps") not in pairs, sorted(pairs)
    assert ("steward", "sweep the slipway") not in pairs, sorted(pairs)


def test_a_noun_and_a_gerund_before_one_plural_head_are_one_duty(tmp_path: Path) -> None:
    """ "mooring and docking permits": a bare noun and a gerund modify one plural head noun,
    one duty (not "mooring" and "docking permits")."""
    _check_shape(
        tmp_path,
        "The Harbour Board handles berth leases. This also covers mooring and docking permits."
        "\n\nThe Steward is responsible for ballast and towing fees.\n",
        [
            ("harbour-board", "mooring and docking permits"),
            ("steward", "ballast and towing fees"),
        ],
        [],
    )
    pairs = _page_pairs(tmp_path / "shape.md")
    assert ("steward", "ballast") not in pairs, sorted(pairs)


def test_a_second_accountable_clause_is_answered_for(tmp_path: Path) -> None:
    """ "… is responsible for A and is accountable to the guild for B": A is the subject's
    duty, B what it answers for (accountableFor), neither label running into the other."""
    path = tmp_path / "shape.md"
    path.write_text(
        "# Roles\n\nThe Steward is responsible for the harbour lights and is accountable to "
        "the guild for the tide ledger.\n",
        encoding="utf-8",
    )
    found = _triples(path)
    assert ("steward", "responsibleFor", "harbour lights") in found, sorted(found)
    assert ("steward", "accountableFor", "tide ledger") in found, sorted(found)


def test_responsible_to_someone_for_a_duty(tmp_path: Path) -> None:
    """ "is responsible to the guild to ensure that X": the guild is the one answered to, the
    duty is ensuring X (not "the guild")."""
    _check_shape(
        tmp_path,
        "The Steward is responsible to the guild to ensure that the lamps are lit.\n\n"
        "The Treasurer is responsible to the members for the annual accounts.\n",
        [
            ("steward", "ensure that the lamps are lit"),
            ("treasurer", "annual accounts"),
        ],
        ["guild", "members"],
    )
