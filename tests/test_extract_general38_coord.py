"""General shapes of session 38 (coordination in duty lists): invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs
from test_extract import _write_page as _page


def test_an_owner_cell_series_splits_around_asides_and_its_items_own_and(tmp_path: Path) -> None:
    """An owner table's cell listing duties whose items carry their own "and" ("kiln setup and
    tuning, glaze audits, firing and cooling, and shard disposal (the split depends on the
    plan)"; "Sizing and kiln planning" a compound, no gerund and its object), or that runs past
    the label length, is one duty per item; a last item pointing elsewhere on the page ("the
    intake checklist below") is none."""
    path = _page(
        tmp_path,
        "kilns.adoc",
        "= Quarrytech Kilns: who does what\n\n"
        '[cols="1,3", options="header"]\n'
        "|===\n"
        "|Owner |Responsibilities\n\n"
        "|*Quarrytech*\n"
        "|The kiln hall and power feed, burner servicing, patching, spare parts, and night "
        "watch.\n\n"
        "|*Shared*\n"
        "|Sizing and kiln planning, glaze audits, firing and cooling, and shard disposal (the "
        "split depends on the plan).\n\n"
        "|*You*\n"
        "|Your clay stock and its storage rules, shelf plans and labels, studio-level safety "
        "drills, glaze recipe reviews, and the intake checklist below.\n"
        "|===\n",
    )
    pairs = _page_pairs(path)
    for party in ("customer", "quarrytech"):
        assert (party, "sizing and kiln planning") in pairs, pairs
        assert (party, "glaze audits") in pairs, pairs
        assert (party, "firing and cooling") in pairs, pairs
    assert ("customer", "shelf plans and labels") in pairs, pairs
    assert ("customer", "glaze recipe reviews") in pairs, pairs
    assert ("customer", "studio-level safety drills") in pairs, pairs
    assert not any("checklist" in label for _, label in pairs), pairs


def test_a_cell_s_verb_over_a_series_of_things_is_one_duty_per_thing(tmp_path: Path) -> None:
    """ "Provide glaze testing at cost, kiln scheduling, and firing logs (read-only)" and
    "Generates the studio key (`studio_key`) when `keyed = true`, the kiln badge, and the
    shelf token, on your behalf" in a party's column: the verb with each thing (a set phrase
    "at cost" takes no more objects; the qualifier after the series belongs to none); a series
    under one determiner ("the kiln profile, shelf profile, and vent schedule") or whose later item
    points back ("…, and their storage") stays whole."""
    path = _page(
        tmp_path,
        "kilns.md",
        "# Quarrytech Kilns: who does what\n\n"
        "Quarrytech runs shared kilns for you. The table below splits the work.\n\n"
        "| Area | What Quarrytech does | What you own |\n|---|---|---|\n"
        "| Firing | Provide glaze testing at cost, kiln scheduling, and firing logs (read-only). "
        "| Book your firing slots. |\n"
        "| Access | Generates the studio key (`studio_key`) when `keyed = true`, the kiln badge, "
        "and the shelf token, on your behalf. | Keep your badge safe. |\n"
        "| Stock | Configure the kiln profile, shelf profile, and vent schedule. "
        "| Track clay batches, glazes, and their storage. |\n",
    )
    pairs = _page_pairs(path)
    for label in (
        "provide glaze testing at cost",
        "provide kiln scheduling",
        "provide firing logs (read-only)",
        "generate the kiln badge",
        "generate the shelf token",
    ):
        assert ("quarrytech", label) in pairs, (label, pairs)
    assert any(p == "quarrytech" and "generate the studio key" in label for p, label in pairs)
    whole = "configure the kiln profile, shelf profile, and vent schedule"
    assert ("quarrytech", whole) in pairs, pairs
    assert ("customer", "track clay batches, glazes, and their storage") in pairs, pairs


def test_a_cell_s_two_verbs_in_the_third_person_are_two_duties(tmp_path: Path) -> None:
    """ "Issues the kiln permit and files the firing record(s) itself" in a party's column:
    two verbs agreeing with the party, each with its own object, are two duties (the
    reflexive no part of the second); an instruction pair ("Sweep the floor and empty the
    bins") stays one step of the cell, as the table words it."""
    path = _page(
        tmp_path,
        "kilns.md",
        "# Quarrytech Kilns: who does what\n\n"
        "Quarrytech runs shared kilns for you. The table below splits the work.\n\n"
        "| Area | What Quarrytech does | What you own |\n|---|---|---|\n"
        "| Permits | Issues the kiln permit and files the firing record(s) itself. "
        "| Sweep the floor and empty the bins. |\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "issue the kiln permit") in pairs, pairs
    assert ("quarrytech", "file the firing record(s)") in pairs, pairs
    assert ("customer", "sweep the floor and empty the bins") in pairs, pairs


def test_a_cell_s_pair_named_the_party_s_kind_of_thing_is_two_duties(tmp_path: Path) -> None:
    """ "Glaze logs and kiln alarms are your studio tooling" in a party's column: each of the
    two things is that party's; a pair named a responsibility stays one duty, as before."""
    path = _page(
        tmp_path,
        "kilns.md",
        "# Quarrytech Kilns: who does what\n\n"
        "Quarrytech runs shared kilns for you. The table below splits the work.\n\n"
        "| Area | What Quarrytech does | What you own |\n|---|---|---|\n"
        "| Tools | Run the kilns. | Glaze logs and kiln alarms are your studio tooling. |\n"
        "| Stock | Order the clay. | Shelf labels and bin tags are your responsibility. |\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "glaze logs") in pairs, pairs
    assert ("customer", "kiln alarms") in pairs, pairs
    assert ("customer", "shelf labels") not in pairs, pairs
    assert any(label.startswith("shelf labels and bin tags") for _, label in pairs), pairs


def test_a_cell_s_verb_over_a_thing_and_its_own_part_is_two_duties(tmp_path: Path) -> None:
    """ "Provide the studio's glaze samples (e.g. test tiles) and their dry storage" in a
    party's column: the second object's possessive points back to the first, a second thing
    ("dry storage of the studio's glaze samples"), its own duty; a plain pair ("Provide the
    kiln and the shelves") stays one step of the cell."""
    path = _page(
        tmp_path,
        "kilns.md",
        "# Quarrytech Kilns: who does what\n\n"
        "Quarrytech runs shared kilns for you. The table below splits the work.\n\n"
        "| Area | What Quarrytech does | What you own |\n|---|---|---|\n"
        "| Samples | Provide the studio's glaze samples (e.g. test tiles) and their dry storage "
        "| Book your firing slots. |\n"
        "| Kit | Provide the kiln and the shelves | Keep your badge safe. |\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "provide the studio's glaze samples (e.g. test tiles)") in pairs, pairs
    assert ("quarrytech", "provide dry storage of the studio's glaze samples") in pairs, pairs
    assert ("quarrytech", "provide the kiln and the shelves") in pairs, pairs


def test_an_adjective_pair_before_its_noun_is_no_second_verb(tmp_path: Path) -> None:
    """ "We run the vents serving public and secure kilns": "secure" after "serving public" is
    a second modifier of "kilns", not a verb opening a duty; "patch the kilns and secure the
    vents" still is two."""
    path = _page(
        tmp_path,
        "kilns.md",
        "# Quarrytech Kilns\n\n"
        "## Quarrytech responsibilities\n\n"
        "We run the vents serving public and secure kilns.\n\n"
        "We patch the kiln firmware and secure the vent panels.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "run the vents serving public and secure kilns") in pairs, pairs
    assert ("quarrytech", "secure the vent panels") in pairs, pairs
    assert ("quarrytech", "secure kilns") not in pairs, pairs


def test_an_alternative_of_a_similar_kind_is_no_second_duty(tmp_path: Path) -> None:
    """ "provide a glaze bucket, or a similar sealed tub in the bench.yaml file": the duty
    accepts either thing, one duty."""
    path = _page(
        tmp_path,
        "kilns.md",
        "# Quarrytech Kilns\n\n"
        "## Quarrytech responsibilities\n\n"
        "Quarrytech is responsible for the kiln hardware.\n\n"
        "## Customer responsibilities\n\n"
        "The kiln installer expects you to provide a glaze bucket, or a similar sealed tub in "
        "the bench.yaml file.\n",
    )
    pairs = _page_pairs(path)
    assert not any(label.startswith("similar") for _, label in pairs), pairs
    assert any(
        p == "customer" and label.startswith("provide a glaze bucket, or a similar sealed tub")
        for p, label in pairs
    ), pairs


def test_a_series_inside_an_ensured_clause_is_one_duty(tmp_path: Path) -> None:
    """ "must ensure their studio is set to only use the needed kilns (kilns.yaml), glazes
    (glazes.yaml), and shelves (shelves.yaml)": the series is the clause's objects, one duty,
    not "ensure glazes" with the outer verb carried."""
    path = _page(
        tmp_path,
        "kilns.md",
        "# Quarrytech Kilns\n\n"
        "## Quarrytech responsibilities\n\n"
        "Quarrytech is responsible for the kiln hardware.\n\n"
        "## Customer responsibilities\n\n"
        "Tenants must ensure their studio is set to only use the needed kilns (kilns.yaml), "
        "glazes (glazes.yaml), and shelves (shelves.yaml).\n",
    )
    pairs = _page_pairs(path)
    assert not any(label.startswith("ensure glazes") for _, label in pairs), pairs
    assert any(
        p == "customer"
        and label.startswith("ensure their studio is set to only use")
        and "shelves" in label
        for p, label in pairs
    ), pairs


def test_a_second_that_clause_keeps_its_verb(tmp_path: Path) -> None:
    """ "responsible for checking that only fired pots leave the studio, and that they carry
    the Quarrytech stamp": two checks, each with its verb ("checking that they carry …"), in
    a sentence and in a list item alike; no label opens with a bare "that"."""
    path = _page(
        tmp_path,
        "kilns.md",
        "# Quarrytech Kilns\n\n"
        "## Quarrytech responsibilities\n\n"
        "Quarrytech is responsible for the kiln hardware.\n\n"
        "## Customer responsibilities\n\n"
        "Tenants are responsible for checking that only fired pots leave the studio, and that "
        "they carry the Quarrytech stamp.\n\n"
        "- Tenants are also responsible for verifying that the shelves are level, and that the "
        "vents stay open.\n",
    )
    pairs = _page_pairs(path)
    for label in (
        "checking that only fired pots leave the studio",
        "checking that they carry the quarrytech stamp",
        "verifying that the shelves are level",
        "verifying that the vents stay open",
    ):
        assert ("customer", label) in pairs, (label, pairs)
    assert not any(label.startswith("that ") for _, label in pairs), pairs


def test_a_cell_s_verb_over_a_thing_and_an_optional_one_is_two_duties(tmp_path: Path) -> None:
    """ "Wires the studio's vent sensor (`vent_on`) and an optional smoke alarm
    (`smoke_on`) when you ask" in a party's column: a thing one may leave out is a thing of
    its own, two duties, the verb with each."""
    path = _page(
        tmp_path,
        "kilns.md",
        "# Quarrytech Kilns: who does what\n\n"
        "Quarrytech runs shared kilns for you. The table below splits the work.\n\n"
        "| Area | What Quarrytech does | What you own |\n|---|---|---|\n"
        "| Alarms | Wires the studio's vent sensor (`vent_on`) and an optional smoke alarm "
        "(`smoke_on`) when you ask. | Book your firing slots. |\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "wire the studio's vent sensor (vent_on)") in pairs, pairs
    assert any(
        p == "quarrytech" and label.startswith("wire an optional smoke alarm") for p, label in pairs
    ), pairs
