"""Shapes from user check 37 (responsibility matrices): invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _check_shape

from graph import Facts, extract_facts, read_document


def _facts(tmp_path: Path, title: str, body: str) -> Facts:
    """The facts of a small page: a title over ``body``."""
    path = tmp_path / "page.md"
    path.write_text(f"# {title}\n\n{body}", encoding="utf-8")
    return extract_facts(read_document(path))


_MATRIX = (
    "| # | Activity | Harbour Master | Dock Crew | Nimbus |\n"
    "|---|---|---|---|---|\n"
    "| **Planning** |\n"
    "| 1 | Azure Subscription Management | A | R | I |\n"
    "| 2 | Quay Lights Inspection | R | C | I |\n"
    "| 3 | Berth Patch & Change Control | I | R (Applies) | A |\n"
    "| 4 | Crane Schedule Review | C | I | R |\n"
)


def test_activity_cells_that_read_like_names_make_no_parties(tmp_path: Path) -> None:
    """A RACI matrix whose activity column holds capitalised names ("Azure Subscription
    Management", "Berth Patch & Change Control"): testing whether that column names parties
    must leave no party behind; the parties are the header's, and the activities are duties."""
    facts = _facts(tmp_path, "Harbour matrix", _MATRIX)
    parties = sorted(p.label for p in facts.of_kind("party"))
    assert parties == ["Dock Crew", "Harbour Master", "Nimbus"], parties
    _check_shape(
        tmp_path,
        _MATRIX,
        [
            ("dock-crew", "azure subscription management"),
            ("harbour-master", "quay lights inspection"),
            ("dock-crew", "berth patch & change control"),
            ("nimbus", "crane schedule review"),
        ],
        ["planning"],
    )


def test_a_camel_case_first_word_keeps_its_spelling(tmp_path: Path) -> None:
    """A duty that opens with a name written in camel case ("vSwitch uplinks", "iPad kiosk
    setup") keeps that spelling when its label is capitalised; a plain lower-case opening is
    still capitalised."""
    facts = _facts(
        tmp_path,
        "Support grid",
        "| Item | Nimbus | Customer |\n"
        "|---|---|---|\n"
        "| vSwitch uplinks | x | |\n"
        "| iPad kiosk setup | | x |\n"
        "| quay lights | x | |\n",
    )
    labels = sorted(d.label for d in facts.of_kind("duty"))
    assert labels == ["Quay lights", "iPad kiosk setup", "vSwitch uplinks"], labels


def test_a_connective_opening_a_cell_sentence_is_no_part_of_the_duty(tmp_path: Path) -> None:
    """A second sentence in a party's cell that opens with a connective and a comma ("Also,
    make sure …", "Finally, return …") gives a duty without the connective."""
    _check_shape(
        tmp_path,
        "| Task | Nimbus responsibilities | Your responsibilities |\n"
        "|---|---|---|\n"
        "| Berths | Keep the berth register. | Book a berth a day ahead. Also, make sure "
        "that the hull number is painted on the bow. |\n"
        "| Keys | Cut spare keys. | Finally, return the keys at the gate. |\n",
        [
            ("customer", "make sure that the hull number is painted"),
            ("customer", "return the keys at the gate"),
            ("nimbus", "keep the berth register"),
        ],
        ["also,", "finally,"],
    )


def test_a_team_of_a_party_named_later_is_that_party(tmp_path: Path) -> None:
    """A sentence before the grid names a unit of the organisation the grid's header names
    later ("The Nimbus harbour team keeps ..."): its duty is the organisation's, one party."""
    body = (
        "The Nimbus harbour team keeps the quay lights on at night.\n\n"
        "| Operation | Nimbus | Customer |\n"
        "|---|---|---|\n"
        "| Dredge the berths | x | |\n"
        "| Paint the hull numbers | | x |\n"
    )
    parties = sorted(p.label for p in _facts(tmp_path, "Spheres of support", body).of_kind("party"))
    assert parties == ["Customer", "Nimbus"], parties
    _check_shape(
        tmp_path, body, [("nimbus", "keep the quay lights on"), ("nimbus", "dredge the berths")], []
    )


def test_a_group_of_people_written_in_lower_case_is_labelled_capitalised(tmp_path: Path) -> None:
    """Matrix headers that name groups of people in lower case ("deck hands", "pilots") make
    capitalised party labels; a name the page keeps in lower case ("quay.io") stays so."""
    facts = _facts(
        tmp_path,
        "Harbour RACI",
        "| Activity | deck hands | pilots | quay.io |\n"
        "|---|---|---|---|\n"
        "| Berth the ferry | R | A | I |\n"
        "| Sound the channel | C | R | A |\n",
    )
    parties = sorted(p.label for p in facts.of_kind("party"))
    assert parties == ["Deck hands", "Pilots", "quay.io"], parties


def test_a_generic_service_alias_needs_its_provider_on_the_page(tmp_path: Path) -> None:
    """A duty cell that says "IAM" or "Cloud IAM" on a page that never names AWS or Google
    mentions no AWS or Google service; on a page that names AWS, "IAM" is AWS IAM."""
    grid = (
        "| Task | Nimbus responsibilities | Your responsibilities |\n"
        "|---|---|---|\n"
        "| Access | Run the Nimbus Cloud IAM console. | Update IAM policies for your crews. |\n"
    )
    elsewhere = _facts(tmp_path, "Nimbus harbour cloud", grid)
    assert [s.label for s in elsewhere.of_kind("service")] == []
    on_aws = _facts(tmp_path, "Nimbus harbour cloud", f"Nimbus runs on AWS.\n\n{grid}")
    assert "AWS Identity and Access Management" in [s.label for s in on_aws.of_kind("service")]
