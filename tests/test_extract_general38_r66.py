"""General shapes of session 38 found on development set 66: invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs
from test_extract import _write_page as _page


def test_an_includes_pointer_with_no_duty_before_it_leaves_the_items_their_subjects(
    tmp_path: Path,
) -> None:
    """ "This includes support for the following" with no duty stated before it and no party
    over it points at nobody: each numbered item names who acts ("Console - We confirm the
    behaviour"), as it does under a plain paragraph."""
    path = _page(
        tmp_path,
        "support.md",
        "# Quarrytech support\n\n"
        "## What is included in Quarrytech support\n\n"
        "Our desk is here for you. This includes support for the following\n\n"
        "1. Console behaviour - We confirm the expected behaviour of the console.\n"
        "2. Connector behaviour - We will advise on the connector settings.\n"
        "3. Ticket access - You must open tickets through the portal.\n",
    )
    pairs = _page_pairs(path)
    assert any(label.startswith("confirm the expected behaviour") for _, label in pairs), pairs
    assert any(label.startswith("advise on the connector settings") for _, label in pairs), pairs
    assert ("customer", "open tickets through the portal") in pairs, pairs
