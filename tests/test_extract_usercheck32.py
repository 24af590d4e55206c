"""Shapes from user check 32 on an unseen compliance-policy page: a "Roles | Responsibilities"
table exported from a word processor (invented text only)."""

from __future__ import annotations

from pathlib import Path

from test_extract import _check_shape, _page_pairs, _pairs

from graph import extract_facts, read_document
from graph.text import plain, sentences

_HEAD = "## Roles and responsibilities\n\n| Roles | Responsibilities |\n| :--- | :--- |\n"


def test_a_responsibilities_column_holds_duties_named_by_nouns(tmp_path: Path) -> None:
    """Under a "Responsibilities" header a role's cell is its duty even when it names the duty
    by a noun ("Oversight of X", "Review of Y") rather than a verb."""
    _check_shape(
        tmp_path,
        _HEAD + "| Depot Board | Oversight of crate audits and ledger controls |\n"
        "| Yard Manager | Approves budgets for the yard |\n"
        "| Ledger Clerk | Responsible for review of carrier contracts |\n",
        [
            ("depot-board", "oversight of crate audits and ledger controls"),
            ("yard-manager", "approve budgets for the yard"),
            ("ledger-clerk", "review of carrier contracts"),
        ],
        [],
    )


def test_a_cell_whose_items_lost_their_line_breaks_is_split_at_each_duty(
    tmp_path: Path,
) -> None:
    """A converter that drops the line breaks between a cell's items runs them together ("…
    ledger controls Consults with the Yard Manager …"): each capitalised duty opening after a
    lower-case word starts the next duty; a capitalised name after a capitalised word does
    not ("Crate Control Board")."""
    pairs = _pairs(
        tmp_path,
        _HEAD + "| Depot Board | Oversight of crate audits and ledger controls Consults with "
        "the yard crew to understand the risks and provides guidance to the clerks |\n"
        "| Yard Manager | Approves budgets for the yard Responsible for the design and upkeep "
        "of gate controls Reports yard risks to the Crate Control Board |\n"
        "| Yard Crew | Reporting damaged crates Taking all practical steps to keep aisles "
        "clear |\n",
    )
    expected = {
        ("depot-board", "oversight of crate audits and ledger controls"),
        ("depot-board", "consult with the yard crew to understand the risks"),
        ("depot-board", "provide guidance to the clerks"),
        ("yard-manager", "approve budgets for the yard"),
        ("yard-manager", "design and upkeep of gate controls"),
        ("yard-manager", "report yard risks to the crate control board"),
        ("yard-crew", "reporting damaged crates"),
        ("yard-crew", "taking all practical steps to keep aisles clear"),
    }
    assert expected <= pairs, sorted(expected - pairs)


def test_a_footnote_reference_is_not_part_of_a_name_or_a_duty(tmp_path: Path) -> None:
    """``Ledger Clerk[^3]`` names the ledger clerk, and a footnote's definition
    (``[^3]: …``) is a note, not a duty."""
    _check_shape(
        tmp_path,
        _HEAD + "| Ledger Clerk[^3] | Keeps the carrier ledger[^4] |\n\n"
        "[^3]: Added the clerk role for the second edition.\n\n"
        "[^4]: All fields in angle brackets must be filled in.\n",
        [("ledger-clerk", "keep the carrier ledger")],
        ["[^", "fields in angle brackets"],
    )


def test_an_abbreviation_in_parentheses_does_not_end_a_sentence() -> None:
    """ "(e.g. GDPR)" and "(i.e. the yard)" go on with the sentence, as "e.g. GDPR" does."""
    text = "Keep the ledgers lawful (e.g. GDPR, CCPA) and current. Sweep the yard (i.e. Gate 2)."
    assert [text[a:b] for a, b in sentences(text)] == [
        "Keep the ledgers lawful (e.g. GDPR, CCPA) and current.",
        "Sweep the yard (i.e. Gate 2).",
    ]


def test_an_escaped_angle_bracket_is_text_not_a_tag() -> None:
    """A template placeholder written ``\\<Company Name\\>`` stays in the text; a real tag goes."""
    assert plain(r"Report risks to \<Company Name\>'s <b>board</b>") == (
        "Report risks to <Company Name>'s board"
    )


def test_run_together_items_split_after_an_aside_and_before_responsible_for(
    tmp_path: Path,
) -> None:
    """A parenthesised aside ends an item ("… the Code of Conduct (CoC) Ensuring …") and
    "Responsible for" opens one even after a capitalised word ("… Gate Plan Responsible for
    …"); a capitalised base form that names something ("the Admin or Lead roles") does not."""
    pairs = _pairs(
        tmp_path,
        _HEAD + "| Yard Manager | Ensuring crews read the Yard Code (YC) Ensuring that crews "
        "receive gate training Keeps the Gate Plan Responsible for weighing crates |\n"
        "| Yard Crew | Sweeps the yard. Only crew with the Admin or Lead roles can open the "
        "gate. |\n",
    )
    expected = {
        ("yard-manager", "ensuring crews read the yard code (yc)"),
        ("yard-manager", "ensuring that crews receive gate training"),
        ("yard-manager", "keep the gate plan"),
        ("yard-manager", "weighing crates"),
    }
    assert expected <= pairs, sorted(expected - pairs)
    assert not any(label.startswith("only crew") for _, label in pairs), sorted(pairs)


def test_a_cell_opening_with_a_party_word_is_a_duty_not_a_name(tmp_path: Path) -> None:
    """ "Client library upgrades" under the customer's column names a thing the customer does:
    "Client" is not the subject of a verb "library", the cell does not name (or rename) the
    party, and the label keeps its first word."""
    path = tmp_path / "shape.md"
    path.write_text(
        "# Shared responsibility\n\n| Area | Nimbus | Customer |\n|---|---|---|\n"
        "| Backups | Daily crate snapshots | Application-level backups |\n"
        "| Patching | Depot engine patches | Client library upgrades |\n",
        encoding="utf-8",
    )
    facts = extract_facts(read_document(path))
    labels = {e.ref.key: e.label for e in facts.entities.values() if e.ref.kind == "party"}
    assert labels == {"nimbus": "Nimbus", "customer": "Customer"}, labels
    assert ("customer", "client library upgrades") in _page_pairs(path)


def test_a_bold_party_over_instructions_gives_that_party_duties(tmp_path: Path) -> None:
    """ "- **Customer**: Configure X." and "- **Customer:** Rotate Y." (the colon inside the
    bold): a party the vocabulary knows, or one the page has named, told what to do (not a
    role the page defines by its fragments); the third person still reads
    ("**Customer**: Backs up Z" -> "Back up Z", the particle written once)."""
    _check_shape(
        tmp_path,
        "Nimbus is responsible for the depots.\n\n"
        "## Crate handling\n\n- **Customer**: Configure the gate policies.\n"
        "- **Customer:** Rotate the yard keys.\n- **Customer**: Backs up the crate ledger.\n"
        "- **Nimbus**: Maintain the loading docks.\n",
        [
            ("nimbus", "maintain the loading docks"),
            ("customer", "configure the gate policies"),
            ("customer", "rotate the yard keys"),
            ("customer", "back up the crate ledger"),
        ],
        ["up up"],
    )
