"""General shapes of session 38, found on evaluation sets and corpus pages: invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs
from test_extract import _write_page as _page


def test_a_shared_responsibility_between_parties_is_each_party_s(tmp_path: Path) -> None:
    """ "Licensing audits are a shared responsibility between Quarrytech and its tenants", below
    the page's introduction: each named party's duty (in the introduction the same words
    state the page's theme and give none)."""
    path = _page(
        tmp_path,
        "grid.md",
        "# Quarrytech Grid responsibilities\n\n"
        "Security is a shared responsibility between Quarrytech and you.\n\n"
        "## Quarrytech\n\n"
        "Quarrytech is responsible for the grid hardware.\n\n"
        "## Shared\n\n"
        "Licensing audits are a shared responsibility between Quarrytech and the customer.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "licensing audits") in pairs, pairs
    assert ("customer", "licensing audits") in pairs, pairs
    assert not any(label == "security" for _, label in pairs), pairs


def test_an_automatic_routine_in_the_passive_is_the_provider_s(tmp_path: Path) -> None:
    """ "Disk firmware is upgraded automatically every month": no reader does it, so it is the
    page's provider's duty, labelled in the active; a default ("… is automatically disabled
    by default") is a setting, and a condition makes it the reader's choice."""
    path = _page(
        tmp_path,
        "ledger.md",
        "# Quarrytech Ledger operations\n\n"
        "Quarrytech is responsible for the ledger hardware. "
        "You are responsible for your journals.\n\n"
        "## Upgrades\n\n"
        "Disk firmware is upgraded automatically every month.\n\n"
        "Your index is automatically rebuilt each Sunday.\n\n"
        "Trace capture is automatically disabled by default for new journals.\n\n"
        "If you opt in, journals are automatically compacted.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "upgrade disk firmware every month") in pairs, pairs
    assert ("quarrytech", "rebuild your index each sunday") in pairs, pairs
    assert not any("trace capture" in label for _, label in pairs), pairs
    assert not any("compact" in label for _, label in pairs), pairs
