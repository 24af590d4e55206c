"""Shapes from the issue 8 tail round (corpus pages below the target): invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs


def test_holding_control_over_a_thing_is_no_duty(tmp_path: Path) -> None:
    """ "You maintain control over the size of the fleet, while Nimbus runs each depot": a
    holding verb before a power phrase says who decides, no duty; a modal still binds ("You
    must keep control of your keys") and a plain object is a duty ("You maintain the list")."""
    path = tmp_path / "depots.md"
    path.write_text(
        "# Nimbus depots\n\n## How it works\n\n"
        "Nimbus runs the depot hardware. You maintain control over the size and region of the "
        "depot fleet, while Nimbus oversees each depot for you. Tenants retain full control of "
        "their signing keys. You must keep control of your signing keys. You maintain the depot "
        "inventory.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    labels = sorted(label for _, label in pairs)
    assert not any("size and region" in label for label in labels), labels
    assert not any(label.startswith("retain") for label in labels), labels
    assert any("keep control of your signing keys" in label for label in labels), labels
    assert any("maintain the depot inventory" in label for label in labels), labels
    assert any("oversee each depot" in label for label in labels), labels
