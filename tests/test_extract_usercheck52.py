"""Shapes from the lead's user check 52 on an unseen page (a research cloud's terms of service
in reStructuredText: numbered "You MUST …" conditions): invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs

from graph.document import read_document
from graph.extract import extract_facts


def test_a_leading_phrase_without_a_comma_before_you_must(tmp_path: Path) -> None:
    """ "With respect to any software that you install you MUST keep its licences": a leading
    phrase that ends, with no comma, right before "you must" is no part of the subject; the
    duty after the modal is the reader's."""
    path = tmp_path / "terms.rst"
    path.write_text(
        "Terms\n=====\n\n"
        "1. With respect to any SOFTWARE that you install you MUST keep its licences current\n"
        "2. For every lamp you borrow you must return the key\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert ("customer", "keep its licences current") in pairs, sorted(pairs)
    assert ("customer", "return the key") in pairs, sorted(pairs)


def test_a_modal_verb_phrase_after_and_goes_on_with_the_subject(tmp_path: Path) -> None:
    """ "The tenant receives the report and must sign the form": "and must <verb>" opens a
    clause of the same subject, a duty even when the first clause states none; "You will be
    informed of changes and must tell the wardens" is no "informed of" telling."""
    path = tmp_path / "terms.md"
    path.write_text(
        "# Terms\n\nThe customer receives the report and must sign the form.\n\n"
        "You will be informed of any changes and must tell the wardens at once.\n\n"
        "You must back up the ledgers and must lock the vault.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert ("customer", "sign the form") in pairs, sorted(pairs)
    assert ("customer", "tell the wardens at once") in pairs, sorted(pairs)
    assert ("customer", "back up the ledgers") in pairs, sorted(pairs)
    assert ("customer", "lock the vault") in pairs, sorted(pairs)
    facts = extract_facts(read_document(path))
    told = {facts.entities[r.object].label for r in facts.relations if r.predicate == "informedOf"}
    assert not any("wardens" in label for label in told), told
