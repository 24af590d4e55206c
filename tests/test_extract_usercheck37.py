"""Shapes from user check 37 (responsibility matrices): invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _check_shape

from graph import extract_facts, read_document

_MATRIX = (
    "| # | Activity | Harbour Master | Dock Crew | Nimbus |\n"
    "|---|---|---|---|---|\n"
    "| **Planning** |\n"
    "| 1 | Azure Subscription Management | A | R | I |\n"
    "| 2 | Quay Lights Inspection | R | C | I |\n"
    "| 3 | Berth Patch & Change Control | I | R (Applies) | A |\n"
    "| 4 | Crane Schedule Review | C | I | R |\n"
)


def test_activity_cells_that_read_like_names_make_no_parties(tmp_path: Path) -> None:
    """A RACI matrix whose activity column holds capitalised names ("Azure Subscription
    Management", "Berth Patch & Change Control"): testing whether that column names parties
    must leave no party behind; the parties are the header's, and the activities are duties."""
    path = tmp_path / "matrix.md"
    path.write_text(f"# Harbour matrix\n\n{_MATRIX}", encoding="utf-8")
    facts = extract_facts(read_document(path))
    parties = sorted(p.label for p in facts.of_kind("party"))
    assert parties == ["Dock Crew", "Harbour Master", "Nimbus"], parties
    _check_shape(
        tmp_path,
        _MATRIX,
        [
            ("dock-crew", "azure subscription management"),
            ("harbour-master", "quay lights inspection"),
            ("dock-crew", "berth patch & change control"),
            ("nimbus", "crane schedule review"),
        ],
        ["planning"],
    )


def test_a_mixed_case_first_word_keeps_its_spelling(tmp_path: Path) -> None:
    """A duty that opens with a name written in mixed case ("vSwitch uplinks", "iOS builds")
    keeps that spelling when its label is capitalised; a plain lower-case opening is still
    capitalised."""
    path = tmp_path / "grid.md"
    path.write_text(
        "# Support grid\n\n"
        "| Item | Nimbus | Customer |\n"
        "|---|---|---|\n"
        "| vSwitch uplinks | x | |\n"
        "| iOS build signing | | x |\n"
        "| quay lights | x | |\n",
        encoding="utf-8",
    )
    facts = extract_facts(read_document(path))
    labels = sorted(d.label for d in facts.of_kind("duty"))
    assert labels == ["Quay lights", "iOS build signing", "vSwitch uplinks"], labels
