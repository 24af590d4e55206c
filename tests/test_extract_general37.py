"""General shapes of session 37, found on evaluation sets and corpus pages: invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs
from test_extract import _write_page as _page


def test_an_admonition_marker_without_a_space_opens_a_box(tmp_path: Path) -> None:
    """ "!!!warning" (no space after the marker, as Python-Markdown accepts it) opens an
    admonition whose indented body is read, not a code block."""
    path = _page(
        tmp_path,
        "ledger.md",
        "# Quarrytech Ledger\n\n"
        "## Journal\n\n"
        "Quarrytech is responsible for patching the ledger nodes.\n\n"
        "!!!warning\n"
        "    You must set a size cap on the journal.\n\n"
        '???note "Keys"\n'
        "    You must rotate the ledger keys.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "set a size cap on the journal") in pairs, pairs
    assert ("customer", "rotate the ledger keys") in pairs, pairs


def test_a_negation_in_a_so_clause_is_the_purpose_s(tmp_path: Path) -> None:
    """ "You must set a size cap so the ledger does not fill its disk": the negation belongs
    to the purpose ("so" opening a clause, as "so that" does), not to the duty."""
    path = _page(
        tmp_path,
        "ledger.md",
        "# Quarrytech Ledger\n\n"
        "## Journal\n\n"
        "Quarrytech is responsible for patching the ledger nodes.\n\n"
        "You must set a size cap on the journal so the ledger does not fill its disk.\n\n"
        "You must prune old entries so you never run out of space.\n\n"
        "You must not share the admin token.\n",
    )
    pairs = _page_pairs(path)
    assert any(p == "customer" and label.startswith("set a size cap") for p, label in pairs)
    assert any(p == "customer" and label.startswith("prune old entries") for p, label in pairs)
    assert not any("admin token" in label for _, label in pairs), pairs
