"""Shapes from the misses and false facts of held-out set 17 (invented text only, cat17)."""

from __future__ import annotations

from pathlib import Path

from test_extract import _triples


def test_header_role_glossed_with_a_choice_of_parties_is_its_own_party(tmp_path: Path) -> None:
    """A RACI column headed by a role whose aside offers a choice of known parties ("BUILDING
    PARTY (CUSTOMER OR PARTNER)") is that role's column: its letters are not the customer's,
    whose own column says something else."""
    page = tmp_path / "raci.md"
    page.write_text(
        "# Nimbus hosting duties\n\nR = Responsible, A = Accountable, C = Consulted, "
        "I = Informed.\n\n| TASK | CUSTOMER | BUILDING PARTY (CUSTOMER OR PARTNER) | NIMBUS |\n"
        "| --- | --- | --- | --- |\n| Ship a working storefront. | C | R/A | I |\n"
        "| Rotate the cluster nodes. | I | C | R/A |\n",
        encoding="utf-8",
    )
    triples = _triples(page)
    assert ("building-party", "responsibleFor", "ship a working storefront") in triples
    assert ("building-party", "consultedOn", "rotate the cluster nodes") in triples
    assert ("customer", "consultedOn", "ship a working storefront") in triples
    assert not any(p == "customer" and r == "responsibleFor" for p, r, _ in triples), triples
    assert ("customer", "consultedOn", "rotate the cluster nodes") not in triples


def test_header_role_whose_own_name_is_a_party_keeps_that_party(tmp_path: Path) -> None:
    """An aside after a header that already names a known party ("CUSTOMER (OWNER OR
    PARTNER)") only glosses it: the column stays the customer's."""
    page = tmp_path / "raci.md"
    page.write_text(
        "# Nimbus hosting duties\n\nR = Responsible, A = Accountable, C = Consulted, "
        "I = Informed.\n\n| TASK | CUSTOMER (OWNER OR PARTNER) | NIMBUS |\n"
        "| --- | --- | --- |\n| Ship a working storefront. | R/A | I |\n",
        encoding="utf-8",
    )
    assert ("customer", "responsibleFor", "ship a working storefront") in _triples(page)


_CODED = (
    "# Nimbus deployment matrix\n\nWho does what, per plan. {legend}\n\n"
    "| Duty | 1. Hosted | 2. Dedicated |\n|---|---|---|\n| **Depots** | | |\n"
    "| Patch the depot cranes | N | N |\n| Rotate the gate keys | C | C |\n"
    "| Count the crates | N | N+C |\n| Paint the trucks | n/a | C |\n"
)


def test_prose_legend_of_party_codes_reads_cells_as_parties(tmp_path: Path) -> None:
    """A prose legend that gives cell codes party names ("**N** = Nimbus, **C** = Customer,
    **N+C** = shared"): a matrix cell of those codes names those parties (C is the customer,
    not "Consulted"), a joined code ("N+C") both."""
    page = tmp_path / "coded.md"
    legend = "**N** = Nimbus, **C** = Customer, **N+C** = shared."
    page.write_text(_CODED.format(legend=legend), encoding="utf-8")
    triples = _triples(page)
    assert ("nimbus", "responsibleFor", "patch the depot cranes") in triples
    assert ("customer", "responsibleFor", "rotate the gate keys") in triples
    assert ("nimbus", "responsibleFor", "count the crates") in triples
    assert ("customer", "responsibleFor", "count the crates") in triples
    assert not any(r == "consultedOn" for _, r, _ in triples), triples


def test_legend_of_responsibility_letters_names_no_party(tmp_path: Path) -> None:
    """A legend of letters that name no party ("R = Responsible, C = Consulted") leaves the
    cells responsibility codes."""
    page = tmp_path / "raci.md"
    body = _CODED.replace("1. Hosted | 2. Dedicated", "Nimbus | Customer")
    page.write_text(
        body.format(legend="R = Responsible, C = Consulted.").replace("| N |", "| R |"),
        encoding="utf-8",
    )
    triples = _triples(page)
    assert ("customer", "consultedOn", "rotate the gate keys") in triples, triples


def test_grid_table_whose_top_border_spans_a_header_keeps_every_column(tmp_path: Path) -> None:
    """A reST grid table whose top border has only the corners of a spanned header ("Layer"
    over all the party columns): the columns are where any border has ``+``, so each body
    cell stays its own column and names its party."""
    page = tmp_path / "grid.rst"
    page.write_text(
        "=============\nNimbus duties\n=============\n\n"
        "+---------+---------------------+\n"
        "|         | Layer               |\n"
        "+---------+----------+----------+\n"
        "| Service | Physical | Guest    |\n"
        "|         | host     | system   |\n"
        "+=========+==========+==========+\n"
        "| Crane   | Nimbus   | Customer |\n"
        "| checks  |          |          |\n"
        "+---------+----------+----------+\n"
        "| Gate    | Customer | Customer |\n"
        "| patches |          |          |\n"
        "+---------+----------+----------+\n",
        encoding="utf-8",
    )
    triples = _triples(page)
    assert ("nimbus", "responsibleFor", "crane checks") in triples, triples
    assert ("customer", "responsibleFor", "crane checks") in triples, triples
    assert ("customer", "responsibleFor", "gate patches") in triples, triples
    assert not any(p == "nimbus" and "gate" in d for p, _, d in triples), triples


def test_party_cell_with_a_trailing_qualifier_still_names_the_party(tmp_path: Path) -> None:
    """A matrix cell that names a party and then qualifies its duty ("Nimbus coordinated with
    Customer", "Nimbus per request (Fee)") names that party; a cell that opens with a party
    word and goes on as a thing ("Client library upgrades") still does not."""
    page = tmp_path / "qualified.md"
    page.write_text(
        "# Nimbus duties\n\n| Service | Depot | Yard |\n|---|---|---|\n"
        "| Crane patching | Nimbus coordinated with Customer | Customer |\n"
        "| Gate repairs | Nimbus per request (Fee) | Customer |\n"
        "| Truck washing | Client library upgrades | Customer |\n",
        encoding="utf-8",
    )
    triples = _triples(page)
    assert ("nimbus", "responsibleFor", "crane patching") in triples, triples
    assert ("nimbus", "responsibleFor", "gate repairs") in triples, triples
    assert not any("client" in p for p, _, _ in triples), triples
