"""Shapes from the misses and false facts of held-out set 20 (invented text only, cat20)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_extract import _triples

_ADOC_MATRIX = (
    "= Nimbus duties\n\nSee <<plans>> for the plans.\n\n|===\n| Area | Nimbus | Customer\n\n"
    "| Depot backups | &#10003; |\n| Gate keys | | &#x2713;\n| Crane patching | &check; |\n|===\n"
)
_MD_MATRIX = (
    "# Nimbus duties\n\nSee <a href='plans.md'>the plans</a>.\n\n| Area | Nimbus | Customer |\n"
    "|---|---|---|\n| Depot backups | &#10003; | |\n| Gate keys | | &#x2713; |\n"
    "| Crane patching | &check; | |\n"
)


@pytest.mark.parametrize(("name", "text"), [("m.adoc", _ADOC_MATRIX), ("m.md", _MD_MATRIX)])
def test_character_reference_check_cells_are_check_marks(
    tmp_path: Path, name: str, text: str
) -> None:
    """A check-mark matrix whose cells write the mark as a character reference (``&#10003;``,
    ``&#x2713;``, ``&check;``) after a line holding ``<``: the cells are the rendered check
    marks, so each row is the checked party's duty, not a duty named "&#10003"."""
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    triples = _triples(page)
    assert ("nimbus", "responsibleFor", "depot backups") in triples
    assert ("customer", "responsibleFor", "gate keys") in triples
    assert ("nimbus", "responsibleFor", "crane patching") in triples
    assert not any("&" in label for _, _, label in triples), triples


_MANAGED_BY = (
    "# Nimbus Depot service\n\nThe depot service, in short.\n\n## Who does what\n\n"
    "### {heading}\n\n* Patching of the depot cranes.\n* Security of the gate network.\n\n"
    "### Managed by customer\n\n* Loading the crates on time.\n"
)


def test_managed_by_heading_names_an_unknown_manager(tmp_path: Path) -> None:
    """A heading "Managed by Nimbus" over a list names its manager as plainly as "What Nimbus
    manages" does: the list is Nimbus's even when no vocabulary knows the name."""
    page = tmp_path / "managed.md"
    page.write_text(_MANAGED_BY.format(heading="Managed by Nimbus"), encoding="utf-8")
    triples = _triples(page)
    assert ("nimbus", "responsibleFor", "patching of the depot cranes") in triples
    assert ("nimbus", "responsibleFor", "security of the gate network") in triples
    assert ("customer", "responsibleFor", "loading the crates on time") in triples


def test_managed_by_heading_needs_a_name(tmp_path: Path) -> None:
    """ "Managed by default" names no one: its list stays without a party."""
    page = tmp_path / "managed.md"
    page.write_text(_MANAGED_BY.format(heading="Managed by default"), encoding="utf-8")
    triples = _triples(page)
    assert not any(label == "patching of the depot cranes" for _, _, label in triples), triples


def test_noun_phrase_series_item_is_one_duty_per_part(tmp_path: Path) -> None:
    """An item under a party that is a bare series of three or more noun phrases ("Depot
    monitoring, scaling, and high availability") lists that many duties; an "of" tail stays
    on the last part. A verb's objects ("Automating X, Y, and Z"), verbs sharing an object
    and a two-part "A and B" stay whole."""
    page = tmp_path / "series.md"
    page.write_text(
        "# Nimbus Depot\n\n## Managed by customer\n\n"
        "* Depot monitoring, scaling, and high availability.\n"
        "* Loading, weighing, and labelling of crates.\n"
        "* Automating intake, sorting, and dispatch of parcels.\n"
        "* Sweep, wash, and dry the loading bays.\n"
        "* Yard lighting and cooling.\n",
        encoding="utf-8",
    )
    triples = _triples(page)
    for label in ("depot monitoring", "scaling", "high availability", "labelling of crates"):
        assert ("customer", "responsibleFor", label) in triples, triples
    assert ("customer", "responsibleFor", "weighing") in triples
    whole = "automating intake, sorting, and dispatch of parcels"
    assert ("customer", "responsibleFor", whole) in triples
    assert ("customer", "responsibleFor", "yard lighting and cooling") in triples
    assert not any(label in ("wash", "sweep") for _, _, label in triples), triples


def test_check_matrix_note_that_states_the_duty_replaces_the_row_name(tmp_path: Path) -> None:
    """A check-mark matrix with a description column whose sentence names the checked party
    ("Nimbus manages the disk snapshots."): the sentence says what that party does, so the
    short row name ("Backups") is no second duty of it. A row whose note names no party keeps
    its name as the duty, and RACI letters keep theirs."""
    page = tmp_path / "matrix.md"
    page.write_text(
        "# Nimbus depot matrix\n\n| Area | Customer | Nimbus | Description |\n|---|---|---|---|\n"
        "| Backups | | ✓ | Nimbus manages the disk snapshots. |\n"
        "| Gate keys | ✓ | | Customer rotates the gate keys. |\n"
        "| Crane paint | | ✓ | Colours follow the depot guide. |\n",
        encoding="utf-8",
    )
    triples = _triples(page)
    assert ("nimbus", "responsibleFor", "manage the disk snapshots") in triples, triples
    assert ("customer", "responsibleFor", "rotate the gate keys") in triples
    assert ("nimbus", "responsibleFor", "backups") not in triples
    assert ("customer", "responsibleFor", "gate keys") not in triples
    assert ("nimbus", "responsibleFor", "crane paint") in triples


def test_later_clause_with_its_own_subject_is_no_object_of_the_verb(tmp_path: Path) -> None:
    """ "you deploy Nimbus in your yard, and all crates are kept in your shed": the part after
    "and" has its own subject and "be", so it is no second object of "deploy"; a verb whose
    object is such clauses ("ensuring the gates are locked and the keys are logged") keeps
    each of them."""
    page = tmp_path / "clause.md"
    page.write_text(
        "# Nimbus depot\n\n## Customer responsibilities\n\nWith the hosted plan, you deploy "
        "Nimbus in your own yard, and all crates are kept in your own shed.\n\nYou rotate the "
        "gate keys, and the old keys are destroyed by the guard.\n",
        encoding="utf-8",
    )
    triples = _triples(page)
    assert ("customer", "responsibleFor", "deploy nimbus in your own yard") in triples
    assert ("customer", "responsibleFor", "rotate the gate keys") in triples
    assert not any(" are " in label for _, _, label in triples), triples
    clauses = tmp_path / "clauses.md"
    clauses.write_text(
        "# Nimbus depot\n\n## Customer responsibilities\n\nYou are responsible for ensuring "
        "the gates are locked at night, and the keys are logged in the book.\n",
        encoding="utf-8",
    )
    assert ("customer", "responsibleFor", "keys are logged in the book") in _triples(clauses)


def test_closing_and_more_of_a_series_is_no_duty(tmp_path: Path) -> None:
    """ "Nimbus will manage installation, maintenance, and more": the last conjunct only says
    the list goes on (filler words, vocabulary data); the other parts stay duties."""
    page = tmp_path / "more.md"
    page.write_text(
        "# Nimbus depot\n\n## Nimbus responsibilities\n\nNimbus will manage installation, "
        "maintenance, crate allocation, and more.\n\nNimbus handles the cranes, the gates, and "
        "much more.\n\n## Customer responsibilities\n\nYou handle loading, labelling and so on.\n",
        encoding="utf-8",
    )
    triples = _triples(page)
    assert ("nimbus", "responsibleFor", "manage crate allocation") in triples, triples
    assert ("customer", "responsibleFor", "handle labelling") in triples
    fillers = ("manage more", "handle much more", "handle so on", "handle more")
    assert not any(label in fillers for _, _, label in triples), triples
