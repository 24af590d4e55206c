"""Shapes from the lead's user checks 45 and 46 on unseen pages (a vendor responsibility
matrix under "Our / Vendor / Shared Responsibilities:" headings, read right as it was; an
SLA's support tiers table "Tier | Responsibility | Availability | Escalation"): invented text
only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs


def test_a_role_table_with_a_responsibility_column_beside_others(tmp_path: Path) -> None:
    """ "Role | Responsibility | Availability": the second column, headed by a duty noun (the
    singular too), lists each role's duties though more columns follow it (a schedule, a
    contact), as in a two-column "Role | Responsibilities" table."""
    path = tmp_path / "tiers.md"
    path.write_text(
        "# Depot support\n\n| Role | Responsibility | Availability |\n|---|---|---|\n"
        "| Gate Desk | Visitor questions, badge resets | 8 AM - 5 PM |\n"
        "| Yard Operations | Crane monitoring, upkeep | 24/7 rota |\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert ("gate-desk", "visitor questions, badge resets") in pairs, sorted(pairs)
    assert ("yard-operations", "crane monitoring, upkeep") in pairs, sorted(pairs)
    assert not any("8 am" in label or "rota" in label for _, label in pairs), sorted(pairs)


def test_links_a_colon_sentence_introduces_are_the_things_named(tmp_path: Path) -> None:
    """Under "## Oracle's responsibilities for the depot", "The depot's crane plane consists of
    these components:" over a list of links (each a component's page): the components are
    Oracle's, not a saved site's menu, though the sentence names no party (a list of links
    with no sentence before it still is a menu)."""
    pairs = _page_pairs_of(
        tmp_path,
        "## Oracle's responsibilities for the depot\n\nThe depot's crane plane consists of "
        "these components:\n\n- [crane-controller](https://example.org/crane)\n"
        "- [gate-scheduler](https://example.org/gate)\n",
    )
    assert ("oracle", "crane-controller") in pairs, sorted(pairs)


def _page_pairs_of(tmp_path: Path, body: str) -> set[tuple[str, str]]:
    path = tmp_path / "page.md"
    path.write_text(f"# Depots\n\n{body}\n", encoding="utf-8")
    return _page_pairs(path)
