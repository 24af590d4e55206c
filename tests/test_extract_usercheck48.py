"""Shapes from the lead's user check 48 on an unseen page (an HPC facility's general use
policy in reStructuredText prose: a line manager's duties, users' duties, the HPC team's):
invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs


def test_a_named_team_is_a_party_of_its_own_not_the_last_one(tmp_path: Path) -> None:
    """ "The Depot team will review each application" after "The line manager is responsible
    for X": a name before "team" makes a team of its own, not "the team" of the passage (the
    line manager); "This team will …" still points back."""
    path = tmp_path / "policy.rst"
    path.write_text(
        "Policy\n======\n\nThe line manager is responsible for the accounts.\n\n"
        "The Depot team will review each application and grant access in a timely manner.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert not any(party == "line-manager" and "review" in label for party, label in pairs), sorted(
        pairs
    )
    assert any(party.startswith("depot") and "review" in label for party, label in pairs), sorted(
        pairs
    )
