"""Shapes from the lead's user check 41 on an unseen page (a per-service AWS responsibility
matrix with bulleted cells, then key principles and numbered best practices): invented text
only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _pairs


def test_numbered_practices_named_in_bold_are_the_readers(tmp_path: Path) -> None:
    """ "1. **Lock the gates**: Use strong padlocks" under a best-practices heading: numbered
    practices, each named in bold, are the reader's duties as a bulleted list of them would be."""
    pairs = _pairs(
        tmp_path,
        "Nimbus is responsible for the depots.\n\n## Depot best practices\n\n1. **Lock the "
        "gates**: Use strong padlocks on every gate\n2. **Label the crates**: with the owner's "
        "name\n",
    )
    assert ("customer", "use strong padlocks on every gate") in pairs, sorted(pairs)
    assert any(p == "customer" and label.startswith("label the crates") for p, label in pairs), (
        sorted(pairs)
    )


def test_numbered_steps_under_best_practices_stay_a_procedure(tmp_path: Path) -> None:
    """Numbered steps without bold names under a best-practices heading are a procedure's
    ("1. Open the depot app", "2. Click Add"): no duties."""
    pairs = _pairs(
        tmp_path,
        "Nimbus is responsible for the depots.\n\n## Depot best practices\n\n### Setting up "
        "alerts\n\n1. Open the depot app:\n\n   - Click `Add` if not already installed\n\n"
        "2. Select your channel and click Subscribe\n",
    )
    assert not any("click" in label for _, label in pairs), sorted(pairs)
