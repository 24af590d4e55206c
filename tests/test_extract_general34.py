"""General shapes of session 34, found on new evaluation sets: invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs
from test_extract import _write_page as _page


def test_a_header_of_parties_only_makes_the_first_column_a_party_s(tmp_path: Path) -> None:
    """ "Quarrytech responsibilities | Customer responsibilities" over lists in cells (here in
    MkDocs tabs, the table indented): the first column's items are Quarrytech's duties, not
    row labels (they gave nothing); a known provider name heads one too ("AWS | Customer")."""
    path = _page(
        tmp_path,
        "yard.md",
        "# Yard responsibilities\n\n"
        "The yard runs on cranes leased from Quarrytech.\n\n"
        '=== "Cranes"\n\n'
        "    | Quarrytech Responsibilities | Customer Responsibilities |\n"
        "    |---|---|\n"
        "    | <ul><li>Inspect the cranes</li><li>Replace worn cables</li></ul> "
        "| <ul><li>Book crane slots</li></ul> |\n\n"
        '=== "Depot"\n\n'
        "    | AWS | Customer |\n"
        "    |---|---|\n"
        "    | Host the booking system | Train the crane drivers |\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "inspect the cranes") in pairs, pairs
    assert ("quarrytech", "replace worn cables") in pairs, pairs
    assert ("customer", "book crane slots") in pairs, pairs
    assert ("aws", "host the booking system") in pairs, pairs
    assert ("customer", "train the crane drivers") in pairs, pairs


def test_a_column_word_over_the_first_column_is_no_party(tmp_path: Path) -> None:
    """ "Stage | Customer" and a name the page never writes as a name ("Model | Customer"):
    the first column labels the rows; its cells are no party's duties."""
    path = _page(
        tmp_path,
        "stages.md",
        "# Stages\n\n"
        "| Model | Customer |\n|---|---|\n"
        "| Bare crates | Unpack the crates |\n"
        "| Sealed crates | Check the seals |\n",
    )
    pairs = _page_pairs(path)
    parties = {party for party, _ in pairs}
    assert parties == {"customer"}, pairs
    assert not any(label in {"bare crates", "sealed crates"} for _, label in pairs), pairs
