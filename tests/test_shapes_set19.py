"""Shapes from the misses and false facts of held-out set 19 (invented text only, cat19)."""

from __future__ import annotations

from pathlib import Path

from test_extract import _triples

_LINK_TABLE = (
    "# Nimbus duties\n\n| Task | Nimbus responsibilities | Your responsibilities |\n"
    "| --- | --- | --- |\n"
    "| Archive | Provide the archive feature. | Pick a bucket.<br>"
    "[Enable archiving of the Nimbus workspace.](/docs/archive) |\n"
    "| Reports | Keep the report store. | [Rotate the report keys every quarter](/docs/keys) |\n"
    "| Audits | Maintain controls. | Set up audits for your apps. This includes:<br>"
    "[Defining the Nimbus account strategy](/docs/a)<br>"
    "[Configuring the workspace settings for audits](/docs/b) |\n"
    "| Guides | Publish guides. | [Nimbus guide](/docs/guide) |\n"
)


def test_cell_line_that_is_only_a_link_with_an_instruction_is_a_duty(tmp_path: Path) -> None:
    """A line of a party's cell that is only a link whose text is an instruction ("[Enable
    archiving of the workspace.](url)") states that duty, as a list item of prose does; a
    link named like a page ("[Nimbus guide](url)") stays a page to read."""
    page = tmp_path / "links.md"
    page.write_text(_LINK_TABLE, encoding="utf-8")
    triples = _triples(page)
    assert ("customer", "responsibleFor", "enable archiving of the nimbus workspace") in triples
    assert ("customer", "responsibleFor", "rotate the report keys every quarter") in triples
    assert ("customer", "responsibleFor", "pick a bucket") in triples
    assert not any("guide" in label for _, _, label in triples if "publish" not in label)


def test_link_lines_under_a_this_includes_lead_are_parts_of_the_duty(tmp_path: Path) -> None:
    """Link-only lines after "This includes:" in a cell are the parts of the duty before it,
    each a duty of the column's party ("[Defining the account strategy](url)")."""
    page = tmp_path / "links.md"
    page.write_text(_LINK_TABLE, encoding="utf-8")
    triples = _triples(page)
    assert ("customer", "responsibleFor", "defining the nimbus account strategy") in triples
    assert (
        "customer",
        "responsibleFor",
        "configuring the workspace settings for audits",
    ) in triples
