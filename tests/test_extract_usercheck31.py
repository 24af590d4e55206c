"""Shapes from user check 31 on unseen cloud and managed-service responsibility pages (invented
text only)."""

from __future__ import annotations

from pathlib import Path

from test_extract import _check_shape, _has, _page_pairs, _pairs

from graph import extract_facts, read_document


def test_a_joint_subject_of_requires_is_each_party_not_a_name_of_the_reader(
    tmp_path: Path,
) -> None:
    """ "Running the depot requires both you and Larkspur to …": the joint subject names two
    parties; it gives each the duty and never becomes the label of the reader's party, so the
    page's later "you" duties stay the customer's."""
    _check_shape(
        tmp_path,
        "Running the depot requires both you and Larkspur to keep the ledgers current.\n\n"
        "## Your part\n\nIt is your responsibility to:\n\n- Rotate the gate codes.\n"
        "- Watch the crate alarms.\n\nYou are responsible for sweeping the loading bay.\n",
        [
            ("customer", "keep the ledgers current"),
            ("larkspur", "keep the ledgers current"),
            ("customer", "rotate the gate codes"),
            ("customer", "sweeping the loading bay"),
        ],
        [],
    )
    pairs = _pairs(tmp_path, "Running it requires both you and Larkspur to keep logs.\n")
    assert {party for party, _ in pairs} == {"customer", "larkspur"}, sorted(pairs)
    assert _has(pairs, "larkspur", "keep logs"), sorted(pairs)


def test_an_and_inside_an_aside_splits_no_duty(tmp_path: Path) -> None:
    """ "setting up yard signage (for example, arrows, gates, and lamps)": the series in the
    parentheses are examples of one duty, not a second duty cut from the first ("Setting
    lamps)"); an "and" outside the aside still splits ("patching the sheds (north and south)
    and the ramps")."""
    _check_shape(
        tmp_path,
        "You are solely responsible for setting up yard signage (for example, arrows, gates, "
        "and lamps).\n\nLarkspur is responsible for patching the sheds (north and south) "
        "and the loading ramps.\n",
        [
            ("customer", "setting up yard signage (for example, arrows, gates, and lamps)"),
            ("larkspur", "patching the sheds (north and south)"),
            ("larkspur", "patching the loading ramps"),
        ],
        ["setting lamps", "lamps))"],
    )
    pairs = _pairs(tmp_path, "You own setting up signs (say, A, B, and C).")
    labels = [label for _, label in pairs]
    assert not any(label.endswith(",") for label in labels), labels


def test_a_demonstrative_naming_a_noun_of_its_own_duty_points_inside_it(tmp_path: Path) -> None:
    """ "managing the yard (including the sheds themselves, and the trucks serving these
    sheds)" after the customer's duty: "these sheds" are the sheds the same duty names, never
    the customer's earlier duty pasted in."""
    _check_shape(
        tmp_path,
        "You are responsible for sweeping the loading bay.\n\nLarkspur has responsibility for "
        "managing the yard (including both the sheds themselves, and the trucks serving these "
        "sheds).\n",
        [("larkspur", "trucks serving these sheds")],
        ["serving the loading bay", "serving loading bay"],
    )


def test_have_a_shared_responsibility_shares_like_share(tmp_path: Path) -> None:
    """ "You and Larkspur have a shared responsibility for X" (or "have joint responsibility
    for X") says what "share responsibility for X" says: X for each party; as a lead-in
    ("…, as follows:") its items say who does what ("If a crack is found …, it is Larkspur's
    responsibility to …"), never the reader's duty whole."""
    _check_shape(
        tmp_path,
        "## Depot\n\nYou and Larkspur have joint responsibility for sweeping the sheds.\n\n"
        "You and Larkspur have a shared responsibility for fixing cracks, as follows:\n\n"
        "- If a crack is found in a gate, it is Larkspur's responsibility to weld the gate.\n"
        "- If a crack is found in a ramp, it is Larkspur's responsibility to ship a spare "
        "ramp. It is your responsibility to fit the spare ramp.\n",
        [
            ("customer", "sweeping the sheds"),
            ("larkspur", "sweeping the sheds"),
            ("larkspur", "weld the gate"),
            ("larkspur", "ship a spare ramp"),
            ("customer", "fit the spare ramp"),
        ],
        ["if a crack is found"],
    )


def test_a_negation_inside_a_subordinate_aside_denies_nothing(tmp_path: Path) -> None:
    """ "Support the move of crates from closed sheds (even though Larkspur does not run
    closed sheds)": the negation sits in a concession in parentheses, the item is still the
    party's duty; a negated main clause still states none."""
    _check_shape(
        tmp_path,
        "It is Larkspur's responsibility to:\n\n- Publish the yard maps.\n"
        "- Support the move of crates from closed sheds to open sheds (even though Larkspur "
        "does not run closed sheds).\n- Larkspur does not sweep the sheds.\n",
        [
            ("larkspur", "publish the yard maps"),
            ("larkspur", "support the move of crates from closed sheds"),
        ],
        ["sweep the sheds"],
    )


def test_a_hyphenated_gerund_opens_a_duty_not_a_description(tmp_path: Path) -> None:
    """ "Re-labelling crates within a bay, so the crates are labelled …" under "You are
    responsible for:": a gerund with a prefix ("re-") opens a duty like any gerund; the
    "are" of the so-clause does not make the item a description."""
    _check_shape(
        tmp_path,
        "You are responsible for:\n\n- Sweeping the loading bay.\n"
        "- Re-labelling crates within a bay, so the crates are labelled with the same tags "
        "as the bay.\n",
        [
            ("customer", "sweeping the loading bay"),
            ("customer", "re-labelling crates within a bay"),
        ],
        [],
    )


def test_a_list_that_broke_a_table_row_holds_the_rows_leadin_cell(tmp_path: Path) -> None:
    """A matrix whose cells held lists (a page converted from an HTML table): the row
    "Yard Version | Shared. Larkspur is responsible for:" ends the table and the list after it
    holds that cell's items (Larkspur's), never a party of its own ("Harbor"); a
    cell separator after a sentence ends it ("… every hour. | Shared. You …")."""
    _check_shape(
        tmp_path,
        "The yard runs on Harbor for you.\n\n"
        "Area | Larkspur's part | Your part  \n---|---|---  \n"
        "Yard Gates | Larkspur is solely responsible for oiling the gates. | None  \n"
        "Yard Version | Shared. Larkspur is responsible for:\n"
        "  * Providing tools to automate the yard upgrade.\n"
        "  * Publishing the yard maps.\n\n"
        "| Shared. You are responsible for:\n  * Applying yard upgrades.\n\n  \n"
        "Harbor Logs | Larkspur is responsible for providing:\n"
        "  * Yard audit logs, kept in the Larkspur ledger.\n\n"
        "| Shared. You are responsible for reading the logs.  \n"
        "Yard Backups | Shared. Larkspur is responsible for taking a backup every hour. | "
        "Shared. You are responsible for copies of the crates.  \n",
        [
            ("larkspur", "providing tools to automate the yard upgrade"),
            ("larkspur", "publishing the yard maps"),
            ("customer", "applying yard upgrades"),
            ("larkspur", "yard audit logs, kept in the larkspur ledger"),
            ("larkspur", "taking a backup every hour"),
            ("customer", "copies of the crates"),
        ],
        ["| shared", "every hour."],
    )
    pairs = _page_pairs(tmp_path / "shape.md")
    assert {party for party, _ in pairs} == {"larkspur", "customer"}, sorted(pairs)


def test_a_leadin_object_ending_in_a_preposition_is_completed_by_each_item(
    tmp_path: Path,
) -> None:
    """ "Larkspur is solely responsible for the management of:" over "- Yard gate hosts.":
    the object is unfinished ("the management of" is no duty); each item completes it, and a
    name the page writes as one ("Harbor", mid-sentence elsewhere) keeps its capital."""
    _check_shape(
        tmp_path,
        "The yard runs on Harbor for you.\n\nLarkspur is solely responsible for the "
        "management of:\n\n- Harbor gate hosts.\n- Ramp daemons (for example, a lift daemon).\n",
        [
            ("larkspur", "management of harbor gate hosts"),
            ("larkspur", "management of ramp daemons"),
        ],
        [],
    )
    labels = {label for _, label in _page_pairs(tmp_path / "shape.md")}
    assert "management of" not in labels, sorted(labels)
    facts = extract_facts(read_document(tmp_path / "shape.md"))
    written = {e.label for e in facts.of_kind("duty")}
    assert "Management of Harbor gate hosts" in written, sorted(written)


def test_a_purpose_clause_before_of_is_no_aspect_of_the_area(tmp_path: Path) -> None:
    """ "Providing tools to automate the repair of the yard gates" after Larkspur's area
    "Yard gates": the infinitive makes it an act of its own, not an aspect of the area
    ("Patches for the yard gates" would be), so it stays a duty of its own."""
    _check_shape(
        tmp_path,
        "| Area | Larkspur | Customer |\n|---|---|---|\n| Yard gates | Yes | No |\n\n"
        "Larkspur is responsible for:\n\n"
        "- Providing tools to automate the repair of the yard gates.\n",
        [
            ("larkspur", "yard gates"),
            ("larkspur", "providing tools to automate the repair of the yard gates"),
        ],
        [],
    )


def test_requiring_parties_to_assume_responsibilities_names_no_duty(tmp_path: Path) -> None:
    """ "Running the yard requires both you and Larkspur to assume different but equally
    essential responsibilities": it says duties exist, not which (no "Assume different"); a
    "but" between two adjectives joins no clauses; an object that says what still binds."""
    _check_shape(
        tmp_path,
        "Running the yard requires both you and Larkspur to assume different but equally "
        "essential responsibilities.\n\nRunning the yard requires you to take on extra tasks "
        "for the gates.\n",
        [("customer", "take on extra tasks for the gates")],
        ["assume different", "essential responsibilities"],
    )


def test_both_only_pairs_the_conjuncts_it_opens(tmp_path: Path) -> None:
    """ "managing both the gates and the loading ramps": split into two duties, "both" stays
    with neither ("Managing both the gates" reads as if something else were meant)."""
    _check_shape(
        tmp_path,
        "Larkspur is responsible for managing both the yard gates and the loading ramps.\n",
        [
            ("larkspur", "managing the yard gates"),
            ("larkspur", "managing the loading ramps"),
        ],
        ["both"],
    )


def test_a_cells_label_and_value_are_no_other_name_of_the_reader(tmp_path: Path) -> None:
    """ "| **Part:** Shared You are responsible for X" (a matrix row out of its table, each
    cell's label and value run into its sentence): the reader is the customer, and neither
    "Part: Shared You" nor "Shared You" becomes another name of the customer."""
    path = tmp_path / "shape.md"
    path.write_text(
        "# Yard\n\n## Matrix\n\nArea | Larkspur | Your part  \n---|---|---  \n"
        "Gates | **Part:** Total Larkspur is responsible for oiling the gates. | "
        "**Part:** None  \n\n"
        "|  **Part:** Shared You are responsible for:\n  * Sweeping the ramps.\n\n"
        "Logs | **Part:** Shared Larkspur keeps the logs. |  **Part:** Shared You are "
        "responsible for reading the logs.\n",
        encoding="utf-8",
    )
    facts = extract_facts(read_document(path))
    customer = next(p for p in facts.of_kind("party") if p.ref.key == "customer")
    assert not any(":" in a or "|" in a or a.endswith("You") for a in customer.alt_labels), (
        customer.alt_labels
    )
    pairs = _page_pairs(path)
    assert _has(pairs, "customer", "sweeping the ramps"), sorted(pairs)


def test_has_a_responsibility_to_binds_like_has_responsibility_to(tmp_path: Path) -> None:
    """ "Therefore, you have a responsibility to assist in the upkeep of the gates": the
    article does not hide the duty ("has responsibility to" already bound)."""
    _check_shape(
        tmp_path,
        "## Yard\n\nTherefore, you have a responsibility to assist in the upkeep of the gates."
        "\n\nAs a result, Larkspur has a responsibility to sweep the sheds.\n",
        [
            ("customer", "assist in the upkeep of the gates"),
            ("larkspur", "sweep the sheds"),
        ],
        [],
    )
