"""General shapes of session 54 (invented text only)."""

from __future__ import annotations

from pathlib import Path

from test_extract import _write_page as _page
from test_extract_general47 import _duties

from graph import extract_facts, read_document

_ROLES = (
    "# Quarry roles\n\n"
    "| Role | Responsibilities |\n"
    "|---|---|\n"
    "| Crusher Foreman | Responsible for the crusher's belts, liners, bearings, and "
    "lubrication. |\n"
    "| Application Owner | Responsible for the blasting app's features, data, and user "
    "guides |\n"
    "| Haulage and Users (Virtual) | Responsible for the haul roads |\n"
)


def test_a_role_cell_saying_responsible_for_a_series_is_one_duty(tmp_path: Path) -> None:
    """ "Responsible for the crusher's belts, liners, bearings, and lubrication" in a role
    table's cell is read as the same sentence is read in prose: one duty, not a bare noun
    ("Liners") for each item."""
    duties = {(p, label) for p, _, label in _duties(_page(tmp_path, "roles.md", _ROLES))}
    assert ("Crusher Foreman", "crusher's belts, liners, bearings, and lubrication") in duties
    assert not any(label in ("liners", "bearings", "lubrication") for _, label in duties)


def test_a_role_table_keeps_the_page_s_name_of_a_role_a_generic_one_hides(
    tmp_path: Path,
) -> None:
    """ "Application Owner" beside "Crusher Foreman" in a role table is a role the page
    defines, not the generic customer its hidden label names; "Haulage and Users (Virtual)"
    likewise, its aside notwithstanding."""
    facts = extract_facts(read_document(_page(tmp_path, "roles.md", _ROLES)))
    keys = {r.subject.key for r in facts.relations if r.predicate == "responsibleFor"}
    assert keys == {"crusher-foreman", "application-owner", "haulage-and-users"}, keys
