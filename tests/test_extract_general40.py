"""General shapes of session 40, found on development and fresh sets: invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs
from test_extract import _write_page as _page


def test_a_scheduled_routine_in_the_passive_is_the_provider_s(tmp_path: Path) -> None:
    """ "Ledger snapshots are backed up every night", "Kernel patches are done at a two-week
    cadence": a routine kept on a schedule with no agent is the page's provider's, like an
    automatic one; "done" names no deed, so the subject is the label. A schedule in another
    clause ("…, although monthly restarts are needed") or a span ("kept for 30 days") is none."""
    path = _page(
        tmp_path,
        "ledger.md",
        "# Quarrytech Ledger operations\n\n"
        "Quarrytech is responsible for the ledger hardware. "
        "You are responsible for your journals.\n\n"
        "## Routines\n\n"
        "- Ledger snapshots are backed up every night.\n"
        "- Kernel patches are done at approximately a two-week cadence.\n"
        "- Access grants are reviewed quarterly.\n\n"
        "## Notes\n\n"
        "Journal hosts are configured to restart, although monthly restarts are needed.\n\n"
        "Trace files are kept for 30 days.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "back up ledger snapshots every night") in pairs, pairs
    assert ("quarrytech", "kernel patches at approximately a two-week cadence") in pairs, pairs
    assert ("quarrytech", "review access grants quarterly") in pairs, pairs
    assert not any("journal hosts" in label or "trace" in label for _, label in pairs), pairs


def test_a_lead_in_after_a_fronted_phrase_or_a_seller_s_own_support(tmp_path: Path) -> None:
    """ "As part of support, we will:" is "we will:" (a phrase of when or where before the
    pronoun); "Our support includes:" lists what the writer sells, its deeds, not a thing's
    contents; "For example, you might need to:" stays an example."""
    path = _page(
        tmp_path,
        "desk.md",
        "# Quarrytech Desk support\n\n"
        "Quarrytech is responsible for the desk hosts. You are responsible for your tickets.\n\n"
        "## Scope\n\n"
        "As part of support, we will:\n\n"
        "- Triage every ticket\n\n"
        "Our support includes:\n\n"
        "- A single point of contact for host issues\n\n"
        "## Examples\n\n"
        "For example, you might need to do the following:\n\n"
        "- Tune the desk cache\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "triage every ticket") in pairs, pairs
    assert ("quarrytech", "single point of contact for host issues") in pairs, pairs
    assert not any("cache" in label for _, label in pairs), pairs
