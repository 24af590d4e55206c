"""Shapes from the misses and false facts of held-out set 19 (invented text only, cat19)."""

from __future__ import annotations

from pathlib import Path

from test_extract import _triples


def _page(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    """The triples of an invented page holding ``text``."""
    page = tmp_path / "page.md"
    page.write_text(text, encoding="utf-8")
    return _triples(page)


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
    triples = _page(tmp_path, _LINK_TABLE)
    assert ("customer", "responsibleFor", "enable archiving of the nimbus workspace") in triples
    assert ("customer", "responsibleFor", "rotate the report keys every quarter") in triples
    assert ("customer", "responsibleFor", "pick a bucket") in triples
    assert not any("guide" in label for _, _, label in triples if "publish" not in label)


def test_link_lines_under_a_this_includes_lead_are_parts_of_the_duty(tmp_path: Path) -> None:
    """Link-only lines after "This includes:" in a cell are the parts of the duty before it,
    each a duty of the column's party ("[Defining the account strategy](url)")."""
    triples = _page(tmp_path, _LINK_TABLE)
    assert ("customer", "responsibleFor", "defining the nimbus account strategy") in triples
    assert (
        "customer",
        "responsibleFor",
        "configuring the workspace settings for audits",
    ) in triples


def test_column_of_yes_beside_role_word_columns_is_no_party(tmp_path: Path) -> None:
    """In a matrix whose party columns hold role words (Owner / Contributor / Advisor), a
    column holding only marks ("Console feature": Yes) says something of the row, not that a
    party does it; a column of marks beside other columns of marks stays a party's."""
    triples = _page(
        tmp_path,
        "# Nimbus hosting roles\n\n"
        "| Phase | Task | Customer | Integrator | Nimbus | Console feature | Nimbus console |\n"
        "|---|---|---|---|---|---|---|\n"
        "| Setup | Region choice | Contributor | Owner | Advisor | Yes | Yes |\n"
        "| Setup | Account access | | | Owner | Yes | |\n"
        "| Run | Content loading | Owner | Contributor | | | Yes |\n\n"
        "## Marks\n\n| Task | Customer | Platform Team |\n|---|---|---|\n"
        "| Rotate keys | ✓ | |\n| Patch hosts | | ✓ |\n",
    )
    assert ("integrator", "responsibleFor", "region choice") in triples
    assert ("nimbus", "consultedOn", "region choice") in triples
    assert ("nimbus", "responsibleFor", "region choice") not in triples
    assert ("nimbus", "responsibleFor", "content loading") not in triples
    assert not any("console" in party or "feature" in party for party, _, _ in triples), triples
    assert ("platform-team", "responsibleFor", "patch hosts") in triples
    assert ("customer", "responsibleFor", "rotate keys") in triples


def test_pointer_to_another_page_is_no_duty_with_or_without_a_comma(tmp_path: Path) -> None:
    """ "For more information see [X]" (no comma), "To learn how to export reports, see [X]"
    in a party's cell, and a list item "See [X]" under a party's heading point to a page to
    read: no duty; the duties beside them stay."""
    triples = _page(
        tmp_path,
        "# Nimbus duties\n\n| Task | Nimbus responsibilities | Your responsibilities |\n"
        "| --- | --- | --- |\n"
        "| Keys | Store the keys. | Rotate the keys. For more information see [Key guide](/k) |\n"
        "| Reports | Keep reports. | Export reports monthly.<br>To learn how to export "
        "reports, see [Export guide](/e). |\n\n"
        "## Your responsibilities\n\n- Review access logs weekly.\n- See [Log guide](/l).\n",
    )
    assert ("customer", "responsibleFor", "rotate the keys") in triples
    assert ("customer", "responsibleFor", "export reports monthly") in triples
    assert ("customer", "responsibleFor", "review access logs weekly") in triples
    assert not any("guide" in label for _, _, label in triples), triples


def test_leading_without_or_while_clause_does_not_hide_the_main_negation(
    tmp_path: Path,
) -> None:
    """A sentence opening with a "Without X," or "Although X," clause is negated by its main
    clause as one opening with "If X," is: "Without a bucket, data will not be kept" states
    no duty; "Although Nimbus does not X, rotate Y" still states one."""
    triples = _page(
        tmp_path,
        "# Nimbus duties\n\n| Task | Nimbus responsibilities | Your responsibilities |\n"
        "| --- | --- | --- |\n"
        "| Buckets | None | Create a data bucket.<br>Without a data bucket, data will not be "
        "kept beyond the plan. |\n\n"
        "## Your responsibilities\n\nAlthough Nimbus does not store your keys, you must "
        "rotate the signing keys every quarter.\n",
    )
    assert ("customer", "responsibleFor", "create a data bucket") in triples
    assert any(p == "customer" and "rotate the signing keys" in label for p, _, label in triples)
    assert not any("beyond the plan" in label for _, _, label in triples), triples


def test_complete_and_export_are_duty_verbs(tmp_path: Path) -> None:
    """ "Complete the recovery steps" (here a link-only cell) and "Nimbus exports the audit
    logs" state duties: complete and export are duty verbs (duty-verbs.ttl)."""
    triples = _page(
        tmp_path,
        "# Nimbus duties\n\nNimbus exports the audit logs to your bucket every day.\n\n"
        "| Task | Nimbus responsibilities | Your responsibilities |\n| --- | --- | --- |\n"
        "| Recovery | Restore the service. | [Complete the Nimbus recovery steps for your "
        "workspace](/docs/dr) |\n",
    )
    assert ("nimbus", "responsibleFor", "export the audit logs to your bucket every day") in (
        triples
    )
    assert (
        "customer",
        "responsibleFor",
        "complete the nimbus recovery steps for your workspace",
    ) in triples


def test_having_the_ability_or_option_is_a_capability_not_a_duty(tmp_path: Path) -> None:
    """ "Clients have the ability to receive the logs" in a party's cell and "Users have the
    option to turn on SSO" as an item under the reader's duties say what someone may do, as
    "can" does: no duty; the duties beside them stay."""
    triples = _page(
        tmp_path,
        "# Nimbus duties\n\n| Task | Nimbus responsibilities | Your responsibilities |\n"
        "| --- | --- | --- |\n| Logs | Ship the logs. Clients have the ability to receive the "
        "logs once their workspace is set up. | Set up the workspace. |\n\n"
        "## Your responsibilities\n\n- Users have the option to turn on single sign-on.\n"
        "- Rotate keys yearly.\n",
    )
    assert ("nimbus", "responsibleFor", "ship the logs") in triples
    assert ("customer", "responsibleFor", "rotate keys yearly") in triples
    assert not any("ability" in label or "option" in label for _, _, label in triples), triples


def test_relative_passive_after_a_parenthesised_list_names_no_fragment(tmp_path: Path) -> None:
    """ "… your own cloud account (Azure, AWS, or Google Cloud) that is managed by Nimbus"
    gives no duty labelled with the list's tail ("or Google Cloud)"), the words after the
    list's last comma."""
    triples = _page(
        tmp_path,
        "# Nimbus Private Deploy\n\nNimbus Private Deploy runs databases in your account.\n\n"
        "A Nimbus workspace is a set of resources within your own cloud account (Azure, AWS, "
        "or Google Cloud) that is managed by Nimbus.\n\nNimbus is responsible for patching "
        "the workspace.\n",
    )
    assert ("nimbus", "responsibleFor", "patching the workspace") in triples
    assert not any("google cloud)" in label for _, _, label in triples), triples
    assert not any(label.startswith("manage or") for _, _, label in triples), triples
