"""General shapes of session 47 (invented text only)."""

from __future__ import annotations

from pathlib import Path

from test_extract import _write_page as _page

from graph import extract_facts, read_document


def _duties(path: Path) -> set[tuple[str, str, str]]:
    """(party label, relation, lower-cased duty label) of every responsibility of the page."""
    facts = extract_facts(read_document(path))
    return {
        (facts.entities[r.subject].label, r.predicate, facts.entities[r.object].label.lower())
        for r in facts.relations
        if r.predicate in ("responsibleFor", "accountableFor", "consultedOn", "informedOf")
    }


def test_two_page_roles_that_will_do_a_thing_together_each_hold_it(tmp_path: Path) -> None:
    """ "The Shift Lead and the Blast Crew will write the report" is a duty of both roles, as
    "The Shift Lead will write the report" is of one; a joint meeting ("will meet in spring")
    and what happens to them ("will be informed") are not."""
    path = _page(
        tmp_path,
        "roles.md",
        "# Quarry incident roles\n\nThe Shift Lead coordinates the response.\n\n"
        "The Blast Crew restores the crushers after an outage.\n\n"
        "The Shift Lead and the Blast Crew will write reports after each outage.\n\n"
        "The Shift Lead and the Blast Crew will meet in spring.\n\n"
        "The Shift Lead and the Blast Crew will be informed of each blast.\n",
    )
    duties = _duties(path)
    assert ("Shift Lead", "responsibleFor", "write reports after each outage") in duties, duties
    assert ("Blast Crew", "responsibleFor", "write reports after each outage") in duties, duties
    assert not any("spring" in label or "informed" in label for _, _, label in duties), duties
