"""Table shapes of session 40, found on fresh sets: invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs
from test_extract import _write_page as _page


def test_a_header_of_people_is_a_row_of_parties_and_a_word_their_part(tmp_path: Path) -> None:
    """ "Area | Maintainers | Platform team | Ledger team | Auditors | Quarrytech" over cells of
    short words: most headers end in a noun of people, so every header is a party by position
    (the vendor's name too); a code ("Primary", "Approve") holds the row's area, a one-word
    cell ("Customize") is the party's part in it, labelled with it; "—" and "Never" give
    nothing; "Declare endpoints" and "Issues keys" are duties of their own."""
    path = _page(
        tmp_path,
        "pool.md",
        "# Shared responsibility\n\n"
        "| Area | Maintainers | Platform team | Ledger team | Auditors | Quarrytech |\n"
        "| --- | --- | --- | --- | --- | --- |\n"
        "| Secure defaults | Primary | Customize | Honor | Approve | — |\n"
        "| Egress control | Never | Guardrails | Declare endpoints | Oversight "
        "| Issues keys |\n",
    )
    pairs = _page_pairs(path)
    assert ("maintainers", "secure defaults") in pairs, pairs
    assert ("platform-team", "secure defaults (customize)") in pairs, pairs
    assert ("auditors", "secure defaults") in pairs, pairs
    assert ("auditors", "egress control (oversight)") in pairs, pairs
    assert ("quarrytech", "issues keys") in pairs, pairs
    assert ("ledger-team", "declare endpoints") in pairs, pairs
    assert not any(party == "maintainers" and "egress" in label for party, label in pairs)
    assert not any(party == "quarrytech" and "defaults" in label for party, label in pairs)


def test_a_party_s_word_before_a_bare_noun_in_a_cell_is_no_subject(tmp_path: Path) -> None:
    """ "Vendor support" or "Acme regions" in a party's column: a noun phrase whose first word
    names a party or role, no sentence "the vendor supports"; the cell stays the column's."""
    path = _page(
        tmp_path,
        "cells.md",
        "# Shared responsibility\n\n"
        "| Area | Maintainers | Platform team | Quarrytech |\n"
        "| --- | --- | --- | --- |\n"
        "| Incident response | Runbooks | Infra | Vendor support |\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "vendor support") in pairs, pairs
    assert not any(party == "software-vendor" for party, _ in pairs), pairs
