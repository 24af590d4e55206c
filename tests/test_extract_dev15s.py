"""Shapes from held-out set 15, second round (unblinded as development data): invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _check_shape, _page_pairs, _pairs

from graph import read_document
from graph.document.model import Paragraph, Table


def _rst_blocks(tmp_path: Path, body: str) -> list[object]:
    path = tmp_path / "page.rst"
    path.write_text(body, encoding="utf-8")
    section = read_document(path).root.sections[0]
    return [*section.blocks, *(b for s in section.sections for b in s.blocks)]


def test_rst_table_right_under_a_paragraph_is_a_table(tmp_path: Path) -> None:
    """A grid table's border or a simple table's rule right under a paragraph's last line (no
    blank line between) starts the table: the paragraph does not swallow it, and a simple
    table's rule no longer opens a table that runs to the end of the page."""
    blocks = _rst_blocks(
        tmp_path,
        "Nimbus crews\n============\n\nThe Nimbus crew keeps the lanterns.\n"
        "+--------------------------------------+\n| Duties                               |\n"
        "+======================================+\n| #. Refill the lanterns.              |\n"
        "+--------------------------------------+\n\nLabels we use:\n"
        "====== ==========\nLabel  Meaning\n====== ==========\nRed    Urgent\n"
        "====== ==========\n\nThe Nimbus crew also sweeps the yard.\n",
    )
    kinds = [type(b).__name__ for b in blocks]
    assert kinds == ["Paragraph", "Table", "Paragraph", "Table", "Paragraph"], blocks
    first, grid, _, simple, last = blocks
    assert isinstance(first, Paragraph) and first.text == "The Nimbus crew keeps the lanterns."
    assert isinstance(grid, Table) and grid.header == ("Duties",)
    assert isinstance(simple, Table) and simple.header == ("Label", "Meaning")
    assert isinstance(last, Paragraph) and "sweeps the yard" in last.text


def test_a_master_heading_is_a_role_section(tmp_path: Path) -> None:
    """ "Lantern Master (LM)" over a numbered list: "master" ends a role's name (a person noun
    of cue-words.ttl), so the heading's role holds the items, as "Lantern Keeper" would."""
    path = tmp_path / "page.rst"
    path.write_text(
        "Nimbus roles\n============\n\nLantern Master (LM)\n-------------------\n\n"
        "The Lantern Master keeps the old ways.\n\nDuties\n******\n"
        "#. Coordinate the lighting of the yard lanterns.\n#. Train the new lamp bearers.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    held = {label for party, label in pairs if party == "lantern-master"}
    assert any("coordinate the lighting" in label for label in held), sorted(pairs)
    assert any("train the new lamp bearers" in label for label in held), sorted(pairs)


def _box(header: str, *lines: str) -> str:
    """A one-column rST grid table: ``header`` over one cell of ``lines``."""
    rule = "+" + "-" * 40 + "+\n"
    rows = "".join(f"| {line:<38} |\n" for line in lines)
    return f"{rule}| {header:<38} |\n+{'=' * 40}+\n{rows}{rule}"


def test_a_one_column_table_of_lists_is_a_list_under_its_header(tmp_path: Path) -> None:
    """A one-column grid table whose cell is a list ("| Duties |" over "#. Refill …") in a
    role's section: a box drawn round a list, the header the label over it, so the items are
    the role's duties; a list repeated in such a box is not doubled; a one-column table of
    plain text stays unread."""
    path = tmp_path / "page.rst"
    path.write_text(
        "Nimbus roles\n============\n\nLamp Steward (LS)\n-----------------\n\n"
        "The Lamp Steward tends the yard.\n\n#. Refill the lanterns each dusk.\n\n"
        + _box("Duties", "#. Refill the lanterns each dusk.", "#. Trim the wicks of the old lamps.")
        + "\n"
        + _box("Notes", "Polish the brass fittings."),
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    held = sorted(label for party, label in pairs if party == "lamp-steward")
    assert [label for label in held if "refill the lanterns" in label] == [
        "refill the lanterns each dusk"
    ], sorted(pairs)
    assert any("trim the wicks" in label for label in held), sorted(pairs)
    assert not any("polish the brass" in label for _, label in pairs), sorted(pairs)


def test_a_coordinated_subject_of_a_leadin_gives_the_list_to_each(tmp_path: Path) -> None:
    """ "All Nimbus stewards and lamp leads have the following responsibilities:": the subject
    joins two roles (the first ends in a person noun), so every item is a duty of each; a
    later "Harbour Lamp Lead" is a role of its own, not the lamp leads; "Acme support and
    engineering teams will:" joins two teams of one party, no second party."""
    _check_shape(
        tmp_path,
        "## Duties\n\n"
        "All Nimbus stewards and lamp leads have the following responsibilities:\n\n"
        "* Coordinating the night watch in the yards they lead.\n"
        "* Onboarding new keepers to the watch.\n\n"
        "## Harbour Lamp Lead\n\n"
        "The Harbour Lamp Lead is tasked with the following responsibilities:\n\n"
        "* Keep the harbour lamps lit through the storm season.\n",
        [
            ("nimbus-stewards", "coordinating the night watch"),
            ("lamp-leads", "coordinating the night watch"),
            ("nimbus-stewards", "onboarding new keepers"),
            ("lamp-leads", "onboarding new keepers"),
            ("harbour-lamp-lead", "keep the harbour lamps lit"),
        ],
        [],
    )
    pairs = _pairs(
        tmp_path,
        "## Duties\n\nAll Nimbus stewards and lamp leads have the following "
        "responsibilities:\n\n* Onboarding new keepers to the watch.\n\n## Harbour Lamp Lead\n\n"
        "The Harbour Lamp Lead is tasked with the following responsibilities:\n\n"
        "* Keep the harbour lamps lit through the storm season.\n",
    )
    assert not any(p == "lamp-leads" and "harbour" in label for p, label in pairs), sorted(pairs)


def test_may_with_a_discretion_verb_is_a_power_not_a_duty(tmp_path: Path) -> None:
    """ "Nimbus stewards may appoint deputies", "… may propose changes", "… may define new
    crews": after "may", a verb of a power over roles or the group's set-up (discretion
    verbs of cue-words.ttl) is a right any party holds; "must appoint" still binds."""
    _check_shape(
        tmp_path,
        "## Nimbus stewards\n\n"
        "Nimbus stewards are responsible for the night watch. Nimbus stewards may appoint "
        "additional deputies at their discretion. Nimbus stewards may propose changes to the "
        "watch rota. Nimbus stewards may define new lamp crews.\n\n"
        "## Nimbus board\n\nThe Nimbus board must appoint a chief steward every spring.\n",
        [("nimbus-stewards", "night watch"), ("nimbus-board", "appoint a chief steward")],
        ["additional deputies", "propose changes", "new lamp crews"],
    )


def test_a_subject_ending_in_the_section_role_is_that_role(tmp_path: Path) -> None:
    """ "Nimbus Lamp officer is responsible for …" under "### Lamp Officer": the subject is the
    section's role with the organisation's name before it, not the organisation."""
    _check_shape(
        tmp_path,
        "Nimbus is responsible for the yard.\n\n## Officers\n\n### Lamp Officer\n\n"
        "Nimbus Lamp officer is responsible for coordinating the lamp rounds.\n\n"
        "* Keep the lamp ledger up to date\n",
        [("lamp-officer", "coordinating the lamp rounds")],
        [],
    )
    pairs = _pairs(
        tmp_path,
        "Nimbus is responsible for the yard.\n\n## Officers\n\n### Lamp Officer\n\n"
        "Nimbus Lamp officer is responsible for coordinating the lamp rounds.\n",
    )
    assert ("nimbus", "coordinating the lamp rounds") not in pairs, sorted(pairs)


def test_a_verb_ending_in_us_keeps_its_s() -> None:
    """ "will focus on X": "focus" is the base form already (as "discuss"), not "focu" + s;
    "manages", "focuses" and "carries" still lose their ending."""
    from graph.extract.labels import base_verb

    assert base_verb("focus") == "focus"
    assert base_verb("Focus") == "Focus"
    assert base_verb("manages") == "manage"
    assert base_verb("carries") == "carry"
    assert base_verb("keeps") == "keep"


def test_some_helpers_will_find_themselves_doing_the_following(tmp_path: Path) -> None:
    """ "Some lamp helpers will already be guests of the yard, but will also find themselves
    doing one or more of the following:" under "### Contributors" (a credits heading): the
    second predicate shares the subject; "find themselves <gerund>" says they do the items;
    "some" is a determiner of the role; the list is the role's, credits heading or not."""
    _check_shape(
        tmp_path,
        "Nimbus is responsible for the yard.\n\n## Roles\n\n### Contributors\n\n"
        "Lamp helpers are community members who help out.\n\n"
        "Some lamp helpers will already be guests of the yard, but will also find themselves "
        "doing one or more of the following:\n\n- sweeping the yard\n- refilling lanterns\n",
        [("lamp-helpers", "sweeping the yard"), ("lamp-helpers", "refilling lanterns")],
        [],
    )


def test_a_bold_title_line_over_the_item_text_is_no_part_of_the_duty(tmp_path: Path) -> None:
    """ "- **Outreach**" with the item's text on the indented line below, in a role's list:
    the title names the topic; the sentence below it is read alone, so its verb phrases are
    the duties ("Answer questions from visitors"), not "Outreach Lamp stewards answer …"."""
    _check_shape(
        tmp_path,
        "## Lamp stewards\n\nLamp stewards have the following responsibilities:\n\n"
        "- **Outreach**\n    Lamp stewards answer questions from visitors, and help resolve "
        "disputes.\n- **Upkeep**\n    Lamp stewards refill the lanterns every dusk.\n",
        [
            ("lamp-stewards", "answer questions from visitors"),
            ("lamp-stewards", "refill the lanterns"),
        ],
        ["outreach lamp stewards", "upkeep lamp stewards"],
    )


def test_a_joined_subject_with_a_plain_verb_gives_the_duty_to_each(tmp_path: Path) -> None:
    """ "Nimbus Labs, the public cloud providers (Acme [AC] and Zeta), and our customers all
    review the night logs": a subject joining parties (a comma list too, an aside in brackets
    left out) before a duty verb in its base form, no modal: the duty of each. Names no
    vocabulary or page knows as parties ("Lampdb and Wickstore run …") and clauses
    ("These terms apply to your …") stay unread."""
    pairs = _pairs(
        tmp_path,
        "## Overview\n\nNimbus Labs, the public cloud providers (Acme [AC] and Zeta), and our "
        "customers all review the night logs.\n\nLampdb and Wickstore run inside our yards.\n\n"
        "These terms apply to your and your lantern's use of the yard.\n",
    )
    for party in ("nimbus-labs", "cloud-provider", "customer"):
        assert (party, "review the night logs") in pairs, (party, sorted(pairs))
    assert not any("inside our yards" in label for _, label in pairs), sorted(pairs)
    assert not any("apply to" in label for _, label in pairs), sorted(pairs)


def test_a_person_noun_after_the_team_is_no_verb(tmp_path: Path) -> None:
    """ "This team lead position was approved in the spring meeting", "Nimbus team leads and
    stewards are volunteers": "lead(s)" after "team" is a noun of the subject (more nouns,
    then the sentence's own "was"/"are"), not a verb; "The lamp team leads the night
    rounds" still states a duty."""
    _check_shape(
        tmp_path,
        "## Lamp team\n\nThe lamp team is responsible for the lanterns.\n\n"
        "_note: This team lead position was approved in the spring meeting._\n\n"
        "Nimbus team leads and stewards are volunteers with the duty of care.\n\n"
        "This team leads the night rounds.\n",
        [("lamp-team", "night rounds")],
        ["position was approved", "stewards are volunteers"],
    )


def test_a_role_filled_by_a_passive_appointment_is_no_duty(tmp_path: Path) -> None:
    """ "Lamp stewards are appointed by the Nimbus board", "Yard officers are elected by the
    keepers": a discretion verb (cue-words.ttl) in a passive whose object is a role says how
    the role is filled, no duty of the agent; "The yard plan is created by the Nimbus board"
    (a thing, not a role) still is one."""
    _check_shape(
        tmp_path,
        "## Nimbus board\n\nThe Nimbus board is responsible for the yard.\n\n"
        "Lamp stewards are appointed by the Nimbus board. The yard plan is created by the "
        "Nimbus board.\n",
        [("nimbus-board", "yard plan")],
        ["lamp stewards"],
    )


def test_a_role_introduced_before_who_is_the_subject(tmp_path: Path) -> None:
    """ "Each Nimbus yard has one or more steward who is ultimately responsible for the night
    rounds": the role the sentence introduces before "who" holds the duty (not a question,
    "… understand who is responsible for X", which names none)."""
    _check_shape(
        tmp_path,
        "## Stewards\n\nEach Nimbus yard has one or more steward who is ultimately responsible "
        "for the night rounds.\n\nKeepers should understand who is responsible for the gate.\n",
        [("stewards", "night rounds")],
        ["gate"],
    )


def test_a_subjectless_third_person_verb_under_a_role_heading(tmp_path: Path) -> None:
    """ "### Lamp Officer" over "Coordinates the lamp rounds in the yard. This is an elected
    role.": a sentence with no subject opening with a duty verb in the third person and its
    object is the heading's role's duty; "Meets weekly." (no object) is none."""
    _check_shape(
        tmp_path,
        "## Officers\n\n### Lamp Officer\n\n"
        "Coordinates the lamp rounds in the Nimbus yard. This is an **elected role**. \n\n"
        "* Run the lamp meeting\n\n### Yard Board\n\nMeets weekly. It approves the yard plan.\n",
        [("lamp-officer", "coordinate the lamp rounds")],
        ["meet weekly"],
    )


def test_a_longer_title_case_name_that_makes_no_party_stays_the_shorter_one(
    tmp_path: Path,
) -> None:
    """ "Product Squad" as a matrix column after the page named "Squads": if the longer name
    makes no party of its own, the column is the Squads' (its duties are not lost)."""
    pairs = _pairs(
        tmp_path,
        "Squads own the full lifecycle of their depots.\n\n| Phase | Platform Team | Product "
        "Squad |\n|:--|:--|:--|\n| **Design** | Provides the crate templates | Owns the depot "
        "design |\n| **Operate** | Provides the lamp stack | Owns the night rounds |\n",
    )
    assert any("squad" in p and label == "own the depot design" for p, label in pairs), sorted(
        pairs
    )
