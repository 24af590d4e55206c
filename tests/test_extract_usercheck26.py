"""Shapes from user check 26 on unseen role, governance and research-computing pages (invented
text only)."""

from __future__ import annotations

from pathlib import Path

from test_extract import _check_shape, _has, _page_pairs, _pairs


def test_a_committer_heading_is_the_committers_section(tmp_path: Path) -> None:
    """ "Committer" over "Process for becoming a committer" and "Committer responsibilities"
    (rST): a committer is a role a person holds (a person noun, like maintainer), so the
    responsibilities list is the committer's."""
    path = tmp_path / "shape.rst"
    path.write_text(
        "Depot governance\n================\n\nCommitter\n---------\n\n"
        "Committers can merge changes to the ledger.\n\n"
        "Process for becoming a committer\n~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n\n"
        "- Show steady work on the ledger.\n\n"
        "Committer responsibilities\n~~~~~~~~~~~~~~~~~~~~~~~~~~\n\n"
        "- Sort incoming crate requests.\n- Greet new depot volunteers.\n\n"
        "Steward\n-------\n\n- Audit the ledger.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert _has(pairs, "committer", "sort incoming crate requests"), sorted(pairs)
    assert _has(pairs, "committer", "greet new depot volunteers"), sorted(pairs)
    assert _has(pairs, "steward", "audit the ledger"), sorted(pairs)


def test_a_leadin_naming_what_a_list_adds_to_keeps_the_sections_party(tmp_path: Path) -> None:
    """ "In addition to reviewer duties:" under the editor's heading: the reviewer holds those
    other duties; the list after it is the editor's, and "In addition to X, the clerk will:"
    reads on its main clause."""
    _check_shape(
        tmp_path,
        "## Reviewer\n\n### Reviewer duties\n\n- Read every crate label.\n\n"
        "## Editor\n\n### Editor duties\n\nIn addition to reviewer duties:\n\n"
        "- Approve labels for their aisle.\n- Keep the label style guide.\n\n"
        "## Ledger\n\nIn addition to the ledger rules, the depot steward will:\n\n"
        "- Stamp the receipts.\n",
        [
            ("reviewer", "read every crate label"),
            ("editor", "approve labels for their aisle"),
            ("editor", "keep the label style guide"),
            ("depot-steward", "stamp the receipts"),
        ],
        [],
    )
    pairs = _page_pairs(tmp_path / "shape.md")
    assert not _has(pairs, "reviewer", "approve labels"), sorted(pairs)


def test_two_rows_of_role_tables_are_two_roles(tmp_path: Path) -> None:
    """ "Application Owner" then "Pickers and Users (Seasonal)" in a page's role tables: both
    names hold a word the customer is known by, yet each row defines a role of its own, so
    the later row is the page's own role, never a second name of the first."""
    path = tmp_path / "roles.md"
    path.write_text(
        "# Orchard roles\n\n| Role | Responsibilities |\n|---|---|\n"
        "| Orchard Sponsor | Responsible for assigning budgets |\n"
        "| Application Owner | Responsible for the overall orchard layout |\n"
        "| Ladder Crew | Responsible for the ladders |\n"
        "| Irrigation Support | Responsible for the sprinklers |\n\n"
        "| Role | Responsibilities |\n|---|---|\n"
        "| Pickers and Users (Seasonal) | Responsible for the fruit baskets. |\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    layout = {party for party, label in pairs if "orchard layout" in label}
    baskets = {party for party, label in pairs if "fruit baskets" in label}
    assert len(layout) == 1 and len(baskets) == 1 and layout != baskets, sorted(pairs)
    assert _has(pairs, "pickers-and-users", "fruit baskets"), sorted(pairs)


def test_responsible_for_following_a_named_thing_is_a_duty(tmp_path: Path) -> None:
    """ "… assume the responsibility for following the handbook." ends the paragraph
    with "following" and a determiner: the verb "follow", a duty, not "the following" that
    points to a list below."""
    _check_shape(
        tmp_path,
        "## Data\n\nThe Depot Team keeps the crate catalogue current.\n"
        "Users assume the responsibility for following the handbook.\n",
        [("customer", "following the handbook"), ("depot-team", "keep the crate catalogue")],
        [],
    )


def test_their_responsibility_points_back_to_the_sentence_before(tmp_path: Path) -> None:
    """ "Users are responsible to ensure X. It is their responsibility to set Y.": "their" is
    the users of the sentence before, and Y is their duty too."""
    _check_shape(
        tmp_path,
        "## Data\n\nThe Depot Team keeps the crate catalogue current.\n\n"
        "Users are responsible to ensure the backups of their crates. It is their "
        "responsibility to set locks on the crates they bring.\n",
        [
            ("customer", "ensure the backups of their crates"),
            ("customer", "set locks on the crates they bring"),
        ],
        [],
    )


def test_owners_of_a_thing_are_a_role(tmp_path: Path) -> None:
    """ "Owners of fragile crates are responsible for …": a bare plural person noun with what
    its people hold names a role of the page, though "of" is in it."""
    _check_shape(
        tmp_path,
        "## Data\n\nThe Depot Team keeps the crate catalogue current.\n\n"
        "Owners of fragile crates are responsible for the safe stacking of their crates.\n",
        [("owners-of-fragile-crates", "safe stacking of their crates")],
        [],
    )


def test_a_role_description_opening_with_a_third_person_verb_is_a_duty(tmp_path: Path) -> None:
    """A role table's description that leaves out the role and opens with a duty verb in the
    third person ("Ensures the crate labels are current", "… Handles the gate alarms"): the
    role's duty, as the first sentence or after a "Responsible for" one."""
    path = tmp_path / "roles.md"
    path.write_text(
        "# Depot roles\n\n| Role | Responsibilities |\n|---|---|\n"
        "| Yard Sponsor | Responsible for assigning budgets |\n"
        "| Label Lead | Ensures the crate labels are current. |\n"
        "| Gate Support | Responsible for the gate. Handles the gate alarms. |\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert _has(pairs, "label-lead", "ensure the crate labels are current"), sorted(pairs)
    assert _has(pairs, "gate-support", "handle the gate alarms"), sorted(pairs)
    assert _has(pairs, "gate-support", "gate"), sorted(pairs)


def test_a_passive_a_party_consents_to_is_no_duty(tmp_path: Path) -> None:
    """ "Users agree that their names and phone numbers are processed by the Depot Team …":
    the users consent to a fact; neither they nor the team owe "processing" (and the label
    never swallows "Users agree that …"). "Users agree to lock X" still binds them."""
    _check_shape(
        tmp_path,
        "## Data\n\nThe Depot Team keeps the crate catalogue current.\n\n"
        "Users agree that their names and phone numbers are processed by the Depot Team in "
        "order to provide the service. Users agree to lock their crates.\n",
        [("depot-team", "keep the crate catalogue"), ("customer", "lock their crates")],
        ["agree that", "phone numbers", "names"],
    )


def test_this_project_as_a_subject_is_the_writer(tmp_path: Path) -> None:
    """ "In addition to the code of conduct, this project will:" on a project's own
    governance page: "this project" is the writer ("we"), whose duties the list gives, never
    the reader's instructions."""
    pairs = _pairs(
        tmp_path,
        "## Maintainer\n\n### Maintainer duties\n\n- Review crate requests.\n\n"
        "## Communication\n\nIn addition to the code of conduct, this project will:\n\n"
        "- Keep all talks on open channels.\n- Be respectful of time zones.\n",
    )
    writers = {party for party, label in pairs if "open channels" in label}
    assert writers and writers.isdisjoint({"customer", "maintainer"}), sorted(pairs)
    assert writers == {party for party, label in pairs if "time zones" in label}, sorted(pairs)


def test_a_subject_placed_first_then_responsible(tmp_path: Path) -> None:
    """ "The Depot Steward is on this team and is responsible for the ledger and providing
    advice to the clerks.": the subject is the steward (its first predicate only says where it
    belongs), and a gerund with its object after a noun is a duty of its own."""
    _check_shape(
        tmp_path,
        "## Data\n\nThe Depot Team keeps the crate catalogue current.\n\n"
        "The Depot Steward is on this team and is responsible for the ledger and providing "
        "advice to the clerks. The Depot Steward is responsible for configuring and managing "
        "the gate.\n",
        [
            ("depot-steward", "ledger"),
            ("depot-steward", "providing advice to the clerks"),
            ("depot-steward", "configuring and managing the gate"),
        ],
        ["ledger and providing"],
    )


def test_triage_is_a_duty_verb(tmp_path: Path) -> None:
    """ "Triage crate requests and review label changes": "triage" is a verb of its own, so
    the item joins two actions on two objects, two duties."""
    _check_shape(
        tmp_path,
        "## Committer\n\n### Committer responsibilities\n\n"
        "- Triage crate requests and review label changes.\n",
        [("committer", "triage crate requests"), ("committer", "review label changes")],
        ["requests and review"],
    )
