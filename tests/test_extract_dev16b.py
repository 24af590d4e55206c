"""Shapes from held-out sets 16 and 13 (second round, unblinded as development data): invented
text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _check_shape

_TABLE = (
    "| Task | Nimbus responsibilities | Your responsibilities |\n"
    "|---|---|---|\n"
    "| Depots | - Patch the depot hosts. | - Rotate your depot keys. |\n"
)


def test_a_shared_summary_right_before_a_table_is_no_duty(tmp_path: Path) -> None:
    """ "You and Nimbus share responsibilities for X" in the paragraph right before a table
    summarises the table's rows (which state the duties): X is no duty; the same sentence with
    no table after it still gives X to both parties."""
    summary = "You and Nimbus share responsibilities for the upkeep of your depots.\n\n"
    _check_shape(
        tmp_path,
        "## Depots\n\n" + summary + _TABLE,
        [("nimbus", "patch the depot hosts"), ("customer", "rotate your depot keys")],
        ["upkeep of your depots"],
    )
    _check_shape(
        tmp_path,
        "## Depots\n\n" + summary + "Nimbus patches the depot hosts.\n",
        [("nimbus", "upkeep of your depots"), ("customer", "upkeep of your depots")],
        [],
    )


def test_see_what_you_and_a_party_share_is_a_pointer(tmp_path: Path) -> None:
    """ "See what tasks you and Nimbus share responsibility for in each area": a pointer to
    what follows (a suggestion verb opens it, cue-words.ttl), no duty of either party."""
    _check_shape(
        tmp_path,
        "## Areas\n\nSee what tasks you and Nimbus share responsibility for each area of the "
        "depots.\n\nNimbus patches the depot hosts.\n",
        [("nimbus", "depot hosts")],
        ["each area"],
    )
