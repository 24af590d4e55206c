"""Shapes from the lead's user check 50 on an unseen page (a software suite's RACI page with a
default-model paragraph and role-abbreviation columns): invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs

from graph.document import read_document
from graph.extract import extract_facts
from graph.extract.labels import noun_phrase


def test_a_party_clause_after_a_colon_is_read(tmp_path: Path) -> None:
    """ "Nimbus is self-hosted: the customer runs the servers": after a colon, a determiner- or
    pronoun-led party with its verb opens a clause of its own (a colon before a capital was
    already a break); a bare noun after a colon ("Acme handles: customer requests and
    billing") stays the colon's objects and names no party."""
    path = tmp_path / "model.md"
    path.write_text(
        "# Nimbus responsibilities\n\n"
        "By default, the **Nimbus suite** is **self-hosted**: the customer runs the servers "
        "and owns the data.\n\n"
        "Acme handles: customer requests and billing.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert ("customer", "run the servers") in pairs, sorted(pairs)
    assert ("customer", "own the data") in pairs, sorted(pairs)
    assert not any("request" in label for _, label in pairs), sorted(pairs)


def test_a_noun_series_ends_in_a_noun_not_a_second_verb(tmp_path: Path) -> None:
    """ "The stewards provide the software, documentation, and support channels": after two
    nouns, "and support channels" is the third object of "provide" ("support" is a verb only
    with an object of its own: "…, and support the apps"); a series of verb phrases ("Nimbus
    optimizes X, adjusts Y, and configures Z") is still cut at each verb."""
    path = tmp_path / "model.md"
    path.write_text(
        "# Shared responsibility\n\n"
        "The stewards provide the software, documentation, and support channels.\n\n"
        "The stewards provide hosting, backups, and support the gate teams.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    for label in ("provide the software", "provide documentation", "provide support channels"):
        assert ("stewards", label) in pairs, sorted(pairs)
    assert ("stewards", "support the gate teams") in pairs, sorted(pairs)


_KEYED_MATRIX = (
    "# Gate duties\n\n"
    "## Roles\n\n"
    "- **GK**: Gate keeper (locks, badges)\n"
    "- **Ops**: Operations crew\n"
    "- **Desk**: Front desk staff answer the phones every morning and close the ledger\n\n"
    "## Matrix\n\n"
    "| Activity | GK | Ops | Desk |\n| --- | --- | --- | --- |\n"
    "| Lock the gate | R | I | I |\n| Count the badges | C | R | I |\n"
)


def test_a_key_spells_out_short_party_names(tmp_path: Path) -> None:
    """ "- **GK**: Gate keeper (locks, badges)" before a matrix headed "GK": the key's words
    name the party in full (an alternative label, and its description with the aside); a
    sentence about a party ("Front desk staff answer the phones …") is no full name."""
    path = tmp_path / "gate.md"
    path.write_text(_KEYED_MATRIX, encoding="utf-8")
    facts = extract_facts(read_document(path))
    parties = {p.label: p for p in facts.of_kind("party")}
    assert parties["GK"].alt_labels == ["Gate keeper"]
    assert parties["GK"].description == "Gate keeper (locks, badges)"
    assert parties["Ops"].description == "Operations crew"
    assert parties["Desk"].description is None
    assert "Front desk staff" not in " ".join(parties["Desk"].alt_labels)


def test_a_long_label_cut_never_ends_in_a_participle_that_wants_its_source() -> None:
    """A label over the length limit cut before "in the Gate Charter (…)" leaves no dangling
    "defined" (nor "specified", "referenced", "outlined", "stated"): the participle goes
    with the words it needed. From user check 51 (a service level agreement's provider
    list)."""
    long = (
        "Adhere to all applicable operational and safety rules and procedures defined in the "
        "Gate Charter ([Charter](#charter)) and to the other rule books referenced therein"
    )
    label = noun_phrase(long)
    assert label == "Adhere to all applicable operational and safety rules and procedures", label


def test_a_right_retained_without_an_article_is_no_duty(tmp_path: Path) -> None:
    """ "The gate provider retains right to change the locks" (no article, as a service level
    agreement may write it) states a right as "reserves the right to" does, not a duty."""
    path = tmp_path / "sla.md"
    path.write_text(
        "# Gate agreement\n\nThe customer must report outages.\n\n"
        "The service provider retains right to introduce changes to the gates.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert ("customer", "report outages") in pairs, sorted(pairs)
    assert not any("introduce changes" in label for _, label in pairs), sorted(pairs)


def test_a_failed_coordination_leaves_no_party_behind(tmp_path: Path) -> None:
    """ "Amendments, comments and suggestions must be addressed using …": a capitalised first
    conjunct of a subject that is no coordination of parties is no party (before, the name
    made for it stayed, a party with no duty and a warning saying so)."""
    path = tmp_path / "sla.md"
    path.write_text(
        "# Gate agreement\n\nThe customer must report outages.\n\n"
        "Amendments, comments and suggestions must be addressed using the channels below.\n",
        encoding="utf-8",
    )
    facts = extract_facts(read_document(path))
    assert sorted(p.label for p in facts.of_kind("party")) == ["Customer"]
    assert not any("Amendments" in w for w in facts.warnings), facts.warnings


def test_a_label_never_ends_in_the_mark_of_an_emphasis_opened_before_it() -> None:
    """ "*Note: all wardens will be notified of significant changes.*": the informed duty is
    "Significant changes", not "Significant changes.*" (the italic opened before the label)."""
    assert noun_phrase("significant changes.*") == "Significant changes"
    assert noun_phrase("keep the *gate* log") == "Keep the *gate* log"
