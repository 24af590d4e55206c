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


def test_an_html_definition_list_reads_as_a_markdown_one(tmp_path: Path) -> None:
    """A saved page's ``<dl>`` of topics whose ``<dd>`` holds sentences ("<dt>Crushers</dt>
    <dd>QTS operates and maintains the crushers.</dd>") gives the same duties as the Markdown
    definition list: the sentence's, not "Crushers: QTS operates …" whole."""
    html = _page(
        tmp_path,
        "service.html",
        "<html><head><title>Quarry service</title></head><body><main>\n"
        "<h1>Quarry service description</h1>\n"
        "<p>This page describes what Quarrytech Services (QTS) provides to customers.</p>\n"
        "<h2>What QTS provides</h2>\n<dl>\n<dt>Crushers</dt>\n"
        "<dd>QTS operates and maintains the crushers and the conveyors.</dd>\n"
        "<dt>Blasting</dt>\n<dd>Blast plans are reviewed by QTS within two days.</dd>\n</dl>\n"
        "<h2>What customers must do</h2>\n<dl>\n<dt>Safety</dt>\n"
        "<dd>Customers must wear helmets on site.</dd>\n</dl>\n</main></body></html>\n",
    )
    markdown = _page(
        tmp_path,
        "service.md",
        "# Quarry service description\n\n"
        "This page describes what Quarrytech Services (QTS) provides to customers.\n\n"
        "## What QTS provides\n\nCrushers\n: QTS operates and maintains the crushers and the "
        "conveyors.\n\nBlasting\n: Blast plans are reviewed by QTS within two days.\n\n"
        "## What customers must do\n\nSafety\n: Customers must wear helmets on site.\n",
    )
    duties = _duties(html)
    assert duties == _duties(markdown), duties
    assert ("QTS", "responsibleFor", "operate and maintain the crushers") in duties, duties
    assert ("Customer", "responsibleFor", "wear helmets on site") in duties, duties


def test_a_participles_places_joined_by_and_stay_one_duty(tmp_path: Path) -> None:
    """ "keeping copies of records held on the site server and the office laptop": two places
    where the records are, one duty (not "Keeping the office laptop")."""
    path = _page(
        tmp_path,
        "duties.md",
        "# Quarry duties\n\n## Customer responsibilities\n\n"
        "Customers are responsible for keeping their own copies of load records held on the "
        "site server and the office laptop.\n",
    )
    assert {label for _, _, label in _duties(path)} == {
        "keeping their own copies of load records held on the site server and the office laptop"
    }
