"""Shapes from the set 21 development round (issue 8): invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs


def test_a_name_before_a_duty_noun_in_a_cell_is_a_party(tmp_path: Path) -> None:
    """ "Zephyr Labs Responsibility" / "Zephyr Labs & Customer Responsibility" in a matrix:
    the words before the closing duty noun name who holds the row, even a name the page never
    writes mid-sentence; "Shared Responsibility" stays a code, not a party named "Shared"."""
    path = tmp_path / "layers.md"
    path.write_text(
        "# Cluster security\n\nSecurity of the clusters is split as the table shows.\n\n"
        "| Layer | Stock pack | Own pack |\n|---|---|---|\n"
        "| Runtime | Zephyr Labs Responsibility | Customer Responsibility |\n"
        "| Extras | Zephyr Labs & Customer Responsibility | Customer Responsibility |\n"
        "| Logging | Shared Responsibility | Customer Responsibility |\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert ("zephyr-labs", "runtime") in pairs, pairs
    assert ("zephyr-labs", "extras") in pairs, pairs
    assert ("customer", "extras") in pairs, pairs
    assert not any(party == "shared" for party, _ in pairs), pairs
