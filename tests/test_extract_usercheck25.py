"""Shapes from user check 25 on unseen RACI, ownership and service-model pages (invented text
only)."""

from __future__ import annotations

from pathlib import Path

from test_extract import _check_shape, _has, _pairs

from graph import extract_facts, read_document
from graph.text import plain


def test_legend_words_in_verb_form_are_codes(tmp_path: Path) -> None:
    """A matrix whose legend words are verbs ("Execute", "Helps", "Coordinates", also
    "Owns/Execute", "Owns/and Coordinates") in an HTML table inside Markdown: each such cell
    is the column's part in the row; "N/A" is none."""
    header = "".join(f"<td>**{h}**</td>" for h in ("Stage", "Item", "Yard Lead", "Crate Clerk"))
    rows = [
        ("&lt;h3&gt;**Load**&lt;/h3&gt;", "Crate inventory", "Owns/Execute", "Helps"),
        ("", "Dock rota", "OWNs/and Coordinates", "N/A"),
        ("", "Seal checks", "Coordinates", "Execute"),
    ]
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>\n" for r in rows)
    pairs = _pairs(tmp_path, f"<table>\n<tr>{header}</tr>\n{body}</table>\n")
    assert _has(pairs, "yard-lead", "crate inventory"), sorted(pairs)
    assert _has(pairs, "crate-clerk", "crate inventory"), sorted(pairs)
    assert _has(pairs, "yard-lead", "dock rota"), sorted(pairs)
    assert _has(pairs, "yard-lead", "seal checks"), sorted(pairs)
    assert _has(pairs, "crate-clerk", "seal checks"), sorted(pairs)
    assert not _has(pairs, "crate-clerk", "dock rota"), sorted(pairs)


def test_a_role_name_no_vocabulary_knows_heads_a_column_of_duties(tmp_path: Path) -> None:
    """ "Phase | Operations Team | Data Squad" over verb phrases ("Provides the cranes", "Owns
    the manifests"): headers ending in a person noun name the columns' parties, though the
    page names them nowhere else and their first word is a common noun, not a brand."""
    _check_shape(
        tmp_path,
        "| Phase | Operations Team | Data Squad |\n| --- | --- | --- |\n"
        "| **Unload** | Provides the cranes | Owns the manifests |\n"
        "| **Store** | Runs the cold rooms | Owns the stock counts |\n",
        [
            ("operations-team", "cranes"),
            ("operations-team", "cold rooms"),
            ("data-squad", "manifests"),
            ("data-squad", "stock counts"),
        ],
        [],
    )


def test_a_shorter_or_singular_header_names_the_party_the_text_introduced(tmp_path: Path) -> None:
    """The opening names "the **Gullwing Berth Crew** (who run the cranes)" and "**Cargo
    Teams** (who load the ships)"; the matrix below heads its columns "Berth Crew" and "Cargo
    Team": the same two parties, not four."""
    pairs = _pairs(
        tmp_path,
        "At the port, the work is shared between the **Gullwing Berth Crew** (who run the "
        "cranes) and **Cargo Teams** (who load the ships).\n\n"
        "| Duty | Berth Crew | Cargo Team |\n| --- | --- | --- |\n"
        "| Crane servicing | ✅ | ❌ |\n| Hold stowage plans | ❌ | ✅ |\n",
    )
    assert _has(pairs, "gullwing-berth-crew", "crane servicing"), sorted(pairs)
    assert _has(pairs, "cargo-teams", "hold stowage plans"), sorted(pairs)
    assert {party for party, _ in pairs} == {"gullwing-berth-crew", "cargo-teams"}, sorted(pairs)


def test_the_head_noun_of_a_role_leads_as_a_verb(tmp_path: Path) -> None:
    """ "The squad leads the spill cleanup": "leads" is the verb, not a "lead" ending the
    subject; "the owning squad" (a participle before the head noun) is the squad too, the one
    party the page named with that head noun ("Data Squad")."""
    pairs = _pairs(
        tmp_path,
        "| Phase | Operations Team | Data Squad |\n| --- | --- | --- |\n"
        "| **Unload** | Provides the cranes | Owns the manifests |\n\n"
        "## Spills\n\nThe squad leads the spill cleanup.\n\n"
        "## Audits\n\nThe owning squad leads the yearly stock audit.\n",
    )
    assert _has(pairs, "data-squad", "spill cleanup"), sorted(pairs)
    assert _has(pairs, "data-squad", "yearly stock audit"), sorted(pairs)


def test_escaped_stars_are_literal_and_no_part_of_a_partys_name(tmp_path: Path) -> None:
    """ "**Crate Clerk \\*\\***" (a bold header with two escaped stars, a footnote mark):
    the escaped stars never close the bold text, and as footnote marks they are no part of
    the party's name ("Crate Clerk", not "Crate Clerk \\")."""
    assert plain("**Crate Clerk \\*\\***") == "Crate Clerk **"
    path = tmp_path / "matrix.md"
    path.write_text(
        "# Depot matrix\n\n| Task | **Crate Clerk \\*\\*** | **Yard Lead** |\n"
        "| --- | --- | --- |\n| Count the crates | R | A |\n",
        encoding="utf-8",
    )
    labels = {e.label for e in extract_facts(read_document(path)).of_kind("party")}
    assert labels == {"Crate Clerk", "Yard Lead"}, labels


def test_a_breadcrumb_heading_above_the_title_is_not_the_title(tmp_path: Path) -> None:
    """ "###### [Home](…) | [Depots](…) |" over "# Depot duties": the page's title is its
    top-level heading, not the trail of links set as a small heading above it."""
    path = tmp_path / "page.md"
    path.write_text(
        "###### [Home](/index.md) | [Depots](/depots.md) |\n\n# Depot duties\n\n"
        "## Yard Lead\n\n- Count the crates\n",
        encoding="utf-8",
    )
    assert read_document(path).title == "Depot duties"


def _read_and_nothing_unread(tmp_path: Path, body: str) -> None:
    """The page's matrix is read and no line of it is reported as left unread."""
    path = tmp_path / "chart.md"
    path.write_text(f"# Depot chart\n\n{body}", encoding="utf-8")
    facts = extract_facts(read_document(path))
    assert facts.relations, "the matrix is read"
    assert not [u.text for u in facts.unread], facts.unread


def test_a_key_to_the_codes_is_not_left_unread(tmp_path: Path) -> None:
    """ "| X | Description |" over "| R | _Responsible_ |", "| I | _Informed_ |": rows that
    explain the matrix's letters state no duty, so they are not noted as responsibility rows
    srgraph failed to read."""
    _read_and_nothing_unread(
        tmp_path,
        "| Task | Ada | Bo |\n|---|---|---|\n| Count the crates | R | I |\n\n"
        "| X | Description |\n|---|---|\n| R | _Responsible_ |\n| I | _Informed_ |\n",
    )


def test_a_key_line_to_the_marks_is_not_left_unread(tmp_path: Path) -> None:
    """ "*Key: ✅= responsible, ❌= not responsible, 🤝= shared responsibility*" above a
    matrix explains its marks: not a responsibility sentence srgraph failed to read."""
    _read_and_nothing_unread(
        tmp_path,
        "*Key: ✅= responsible, ❌= not responsible, 🤝= shared responsibility*\n\n"
        "| Task | Berth Crew | Cargo Team |\n|---|---|---|\n| Crane servicing | ✅ | ❌ |\n",
    )
