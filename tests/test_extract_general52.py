"""General shapes of session 52 (invented text only)."""

from __future__ import annotations

from pathlib import Path

from test_extract_general48 import _labels


def test_a_party_to_a_verb_is_its_duty(tmp_path: Path) -> None:
    """A statement of work's short form, "Customer to provide X" (an item or a sentence),
    binds the party as "must" does; "Steps for customers to take", "Customers need to …" and a
    purpose ("Tools to monitor the crusher") are no such form."""
    pairs = _labels(
        tmp_path,
        "## Duties\n\n"
        "- Customers to provide blasting permits\n"
        "- Quarrytech to inspect the crushers\n"
        "- Tools to monitor the crusher\n"
        "- Steps for customers to take\n\n"
        "Customers to close the pit. Customers need to pay the fees.",
    )
    assert pairs == {
        ("Customer", "provide blasting permits"),
        ("Quarrytech", "inspect the crushers"),
        ("Customer", "close the pit"),
        ("Customer", "pay the fees"),
    }, pairs
