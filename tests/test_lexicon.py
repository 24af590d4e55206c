"""The extractor's word knowledge (graph/lexicon.py): codes, duty verbs and cue words as data."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.lexicon import load_lexicon


@pytest.mark.parametrize(
    ("cell", "relations"),
    [
        ("R", ["responsibleFor"]),
        ("RA*", ["responsibleFor", "accountableFor"]),
        ("I*", ["informedOf"]),
        ("CI", ["consultedOn", "informedOf"]),
        ("A/R", ["accountableFor", "responsibleFor"]),
        ("R, A", ["responsibleFor", "accountableFor"]),
        ("R¹", ["responsibleFor"]),
        ("C [2]", ["consultedOn"]),
        ("✓", ["responsibleFor"]),
        ("✔️", ["responsibleFor"]),
        ("Yes", ["responsibleFor"]),
        ("Owner", ["responsibleFor"]),
        ("Contributor", ["responsibleFor"]),
        ("Advisor", ["consultedOn"]),
        ("Owner, Advisor", ["responsibleFor", "consultedOn"]),
        ("Lead", ["responsibleFor"]),
        ("CSC-owned", ["responsibleFor"]),
        ("Responsible (see note 3)", ["responsibleFor"]),
        ("✅ Owns", ["responsibleFor"]),
        ("✅ Platform DR", ["responsibleFor"]),
        ("🤝 Consults", ["consultedOn"]),
        ("🤝 Reviews", ["consultedOn"]),
        ("💬 Feedback", ["consultedOn"]),
    ],
)
def test_cells_read_through_the_code_vocabulary(cell: str, relations: list[str]) -> None:
    codes = load_lexicon().read_cell(cell)
    assert codes is not None
    assert [c.relation for c in codes] == relations


@pytest.mark.parametrize("cell", ["N/A", "-", "—", "No", "✗", "", "📚 Uses", "💡 Requests"])
def test_empty_values_state_no_relation(cell: str) -> None:
    codes = load_lexicon().read_cell(cell)
    assert codes is not None
    assert all(c.relation is None for c in codes)


def test_shared_is_flagged() -> None:
    codes = load_lexicon().read_cell("Shared CSP and CSC")
    assert codes is not None and codes[0].shared


@pytest.mark.parametrize(
    "cell",
    [
        "Patch the operating system",
        "Customer",
        "Microsoft and Red Hat",
        "Rotate keys",
        "CSC",
        "SSA",
        "- SAP\n- Customer",
        "🎉 Launch the site",
    ],
)
def test_words_are_not_codes(cell: str) -> None:
    assert load_lexicon().read_cell(cell) is None
    assert not load_lexicon().is_code(cell)


def test_duty_verbs_and_cue_words() -> None:
    lexicon = load_lexicon()
    assert lexicon.verb_base("patches") == "patch"
    assert lexicon.verb_base("updated") == "update"
    assert lexicon.verb_base("Limit") == "limit"
    assert "updated" in lexicon.participles
    assert lexicon.verb_base("is") is None
    for header in ("Task", "Area", "Activities", "**Control**"):
        assert lexicon.is_subject_column(header), header
    assert not lexicon.is_subject_column("Customer")
    assert "responsibilities" in lexicon.duty_nouns


def test_a_new_code_is_one_line_of_data(tmp_path: Path) -> None:
    """Adding a code means editing the .ttl file: a copy with one more label reads it."""
    source = Path(__file__).resolve().parent.parent / "ontology" / "vocabularies"
    for name in ("responsibility-codes.ttl", "duty-verbs.ttl", "cue-words.ttl"):
        text = (source / name).read_text(encoding="utf-8")
        if name == "responsibility-codes.ttl":
            text = text.replace(
                'skos:prefLabel "Owner"@en ;',
                'skos:prefLabel "Owner"@en ;\n    skos:hiddenLabel "Propriétaire"@en ;',
            )
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert load_lexicon().read_cell("Propriétaire") is None
    codes = load_lexicon(tmp_path).read_cell("Propriétaire")
    assert codes is not None and codes[0].key == "owner"


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("Enable MFA for all users", True),
        ("Ensure email confirmations are enabled", True),
        ("If using a GitHub sign-in, enable 2FA on GitHub", True),
        ("Regularly perform housekeeping", True),
        ("Patch upgrades can also be deferred for 30 days", False),
        ("Support for these versions includes patch upgrades", False),
        ("Consider adding owners", False),
        ("The provider patches the hosts", False),
        ("Back up the volumes every night", True),
        ("Take care of the audit logs", True),
        ("Back office staff handle refunds", False),
        ("Obtain a signed waiver from each visitor", True),
    ],
)
def test_instructions(text: str, instruction: bool) -> None:
    """An instruction opens with a duty verb in its base form (a phrasal verb's words
    together); a noun phrase with its own verb, advice and statements are not instructions."""
    assert load_lexicon().imperative(text) is instruction
