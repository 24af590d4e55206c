"""Shapes from user check 49 on unseen who-does-what pages (a hosting guideline for work done
by outside consultants, a landing-zone wiki, a cloud data-protection page, a service-level
table): invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _pairs

from graph import extract_facts, read_document


def test_a_label_line_without_a_colon_over_a_list(tmp_path: Path) -> None:
    """ "Customer responsibilities" alone on its line, straight over a list, leads into it as
    "Customer responsibilities:" would: the items are the customer's, not the heading's party's."""
    pairs = _pairs(
        tmp_path,
        "## Vendor responsibilities\n\n- Sweep the depot yard.\n\n"
        "Customer responsibilities\n- Pay the depot bills.\n- Lock the depot gates.\n",
    )
    assert ("customer", "pay the depot bills") in pairs, sorted(pairs)
    assert ("customer", "lock the depot gates") in pairs, sorted(pairs)
    assert ("software-vendor", "pay the depot bills") not in pairs, sorted(pairs)


def test_a_bold_label_without_a_colon_over_a_list(tmp_path: Path) -> None:
    """ "**Vendor Responsibilities**" as its own paragraph over a list: the vendor's items."""
    pairs = _pairs(
        tmp_path,
        "The customer is responsible for the crates.\n\n"
        "**Vendor Responsibilities**\n\n* Sweeping the depot yard.\n* Oiling the gate hinges.\n",
    )
    assert ("software-vendor", "sweeping the depot yard") in pairs, sorted(pairs)
    assert ("software-vendor", "oiling the gate hinges") in pairs, sorted(pairs)


def test_a_role_named_first_in_its_own_label(tmp_path: Path) -> None:
    """ "**Consultant Responsible**" over a list names the consultant for the first time on the
    page: a role's name and a duty word make the label, the items are the consultant's."""
    pairs = _pairs(
        tmp_path,
        "The owner is responsible for the fences.\n\n"
        "**Consultant Responsible**\n\n* Delivering the depot plans.\n\n"
        "**Contractor duties:**\n\n* Pouring the depot floor.\n",
    )
    assert ("consultant", "delivering the depot plans") in pairs, sorted(pairs)
    assert ("contractor", "pouring the depot floor") in pairs, sorted(pairs)


def test_a_short_line_naming_no_party_leaves_the_list_to_the_heading(tmp_path: Path) -> None:
    """ "Daily rounds" alone on its line names no party: the list under it stays the heading
    party's."""
    pairs = _pairs(
        tmp_path,
        "## Customer responsibilities\n\nDaily rounds\n- Check the depot gates.\n",
    )
    assert ("customer", "check the depot gates") in pairs, sorted(pairs)


def test_a_subject_that_has_something_before_it_is_responsible(tmp_path: Path) -> None:
    """ "As for crates, tenants have full control over their crates, and are responsible for X":
    the tenants (the customer) are responsible, and the party is named by its noun, not by the
    whole first clause ("Tenants have the full control …, and")."""
    path = tmp_path / "shape.md"
    path.write_text(
        "# Depot\n\nAs for crates, tenants have the full control over their own crates, and "
        "are responsible for the labelling of their crates.\n",
        encoding="utf-8",
    )
    facts = extract_facts(read_document(path))
    held = {
        (facts.entities[r.subject].label, facts.entities[r.object].label.lower())
        for r in facts.relations
    }
    assert ("Tenant", "labelling of their crates") in held, sorted(held)
