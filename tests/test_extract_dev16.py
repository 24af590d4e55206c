"""Shapes from held-out set 16 (unblinded as development data): invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _check_shape


def test_a_what_party_does_header_makes_a_party_column(tmp_path: Path) -> None:
    """A header that is a clause with a party as its subject ("What the agent does", "What the
    host owns") heads that party's column, even for a common noun no vocabulary knows; a
    pronoun there ("What it covers") stays a note column."""
    _check_shape(
        tmp_path,
        "| Area | What the agent does | What the host owns | What it covers |\n"
        "|---|---|---|---|\n"
        "| Logs | Rotates the log files every night. | Ships the archives to cold storage. "
        "| Rotation and shipping |\n"
        "| Keys | Generates the signing key on first start. | Backs up the signing key. "
        "| Key custody |\n",
        [
            ("agent", "rotates the log files"),
            ("host", "ships the archives to cold storage"),
            ("agent", "generates the signing key"),
            ("host", "backs up the signing key"),
        ],
        ["rotation and shipping", "key custody"],
    )


def test_what_we_offer_include_leads_to_the_writers_duties(tmp_path: Path) -> None:
    """A lead-in "Some of the <things> we offer include:" (a verb of offering with the writer as
    its subject) over gerund items: each item, and each nested item of a nested lead-in, is a
    duty of the writer ("we" = the vendor the page names)."""
    _check_shape(
        tmp_path,
        "Nimbus is responsible for the depots.\n\n"
        "Some of the help features we offer include:\n\n"
        "* Rotating keys in your storage buckets.\n"
        "* Setting up build pipelines.\n"
        "* Troubleshooting and debugging for:\n"
        "  * Stuck queues.\n"
        "  * Slow backups.\n",
        [
            ("nimbus", "rotating keys in your storage buckets"),
            ("nimbus", "setting up build pipelines"),
            ("nimbus", "stuck queues"),
            ("nimbus", "slow backups"),
        ],
        [],
    )
