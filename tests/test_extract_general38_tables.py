"""General shapes of session 38 (tables and reader-addressed lists): invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs
from test_extract import _write_page as _page

_MATRIX_HEAD = (
    "# Card-data guidance for Quarrytech Platform\n\n"
    "Quarrytech Platform is responsible for:\n\n"
    "* **Hardware** - patching the hypervisors.\n\n"
    "Merchants are responsible for:\n\n"
    "* **Application code** - patching the code they deploy.\n\n"
)


def test_an_owner_cell_names_the_vendor_by_a_word_of_its_name(tmp_path: Path) -> None:
    """ "Platform" in an owner column of a page whose vendor is "Quarrytech Platform" is that
    vendor (the one party whose name ends in the word); so is "Platform" opening a sentence
    with a duty verb. A word of a role's name ("Merchant" of "Nutanix merchant") or one two
    names share is no party's short form."""
    path = _page(
        tmp_path,
        "matrix.md",
        _MATRIX_HEAD + "### Control family 1\n\n"
        "|Control|Responsibility|Comments|\n"
        "|---|---|---|\n"
        "|1.1 to 1.2.4|Platform|Merchants have no access to the gateway network|\n"
        "|1.3|Shared|Merchant is responsible for its webhook allowlist. "
        "Platform keeps a topology map of the hosting layer|\n"
        "|1.4|Platform|Provider-only control|\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech-platform", "1.1 to 1.2.4") in pairs, pairs
    assert ("quarrytech-platform", "1.4") in pairs, pairs
    assert ("quarrytech-platform", "keep a topology map of the hosting layer") in pairs, pairs
    assert not any(p == "platform" for p, _ in pairs), pairs


def test_a_word_of_a_role_s_name_is_not_its_short_form(tmp_path: Path) -> None:
    """ "Quarrytech covers …" on a page that calls its customer "the Quarrytech merchant" is
    Quarrytech, not the merchant: only a name whose other words are capitalised shortens."""
    path = _page(
        tmp_path,
        "ledger.md",
        "# Ledger responsibility\n\n"
        "The Quarrytech merchant is responsible for the ledger rules.\n\n"
        "Quarrytech covers the upkeep of the ledger nodes.\n",
    )
    pairs = _page_pairs(path)
    assert not any(p == "customer" and "upkeep" in label for p, label in pairs), pairs


def test_a_requirement_number_row_stays_beside_its_comment_duty(tmp_path: Path) -> None:
    """A row keyed by a requirement number whose owner cell names a party is that party's,
    even when the comment states a duty of its own; a Shared row's comment sentences are the
    parties' duties (also when the same sentence came in an earlier row, or when it states only
    one party's part), not the number; a
    four-part number ("11.3.4.1") is no phone number."""
    comment = (
        "Merchant is responsible for its webhook allowlist. "
        "Quarrytech Platform is responsible for the hosts."
    )
    path = _page(
        tmp_path,
        "matrix.md",
        _MATRIX_HEAD + "### Control family 2\n\n"
        "|Control|Responsibility|Comments|\n"
        "|---|---|---|\n"
        "|2.1 to 2.3.2|Merchant|Owned by the merchant. The merchant is also responsible "
        "for masking card numbers in test copies.|\n"
        f"|2.4|Shared|{comment}|\n"
        f"|2.5|Shared|{comment}|\n"
        "|2.6|Shared|Merchant is responsible for its kiosk keys.|\n"
        "|11.3.4.1|Quarrytech Platform|Provider-only control|\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "2.1 to 2.3.2") in pairs, pairs
    assert ("customer", "masking card numbers in test copies") in pairs, pairs
    assert ("quarrytech-platform", "11.3.4.1") in pairs, pairs
    assert not any(label in ("2.4", "2.5", "2.6") for _, label in pairs), pairs


def test_a_bare_all_row_is_qualified_by_its_heading(tmp_path: Path) -> None:
    """A row keyed "All" under the heading "Appendix B" holds all of Appendix B."""
    path = _page(
        tmp_path,
        "matrix.md",
        _MATRIX_HEAD + "### Appendix B\n\n"
        "|Control|Responsibility|Comments|\n"
        "|---|---|---|\n"
        "|All|Merchant|Kiosk terminals only|\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "all of appendix b") in pairs, pairs
    assert ("customer", "all") not in pairs, pairs


_RELAY_HEAD = (
    "= Quarrytech Relay: going live\n\n"
    "== How responsibility is divided\n\n"
    "Quarrytech is responsible for the relay brokers.\n\n"
    "You are responsible for your producer applications.\n\n"
)


def test_a_list_a_paragraph_says_falls_to_the_reader_is_the_reader_s(tmp_path: Path) -> None:
    """ "These are the checks that fall to you before launch." over a labelled list (AsciiDoc
    "Label::" or Markdown bold labels) of instructions: the reader's duties, as after "You
    must:"; a paragraph that says nothing falls to anyone leaves them alone."""
    body = (
        "These are the checks that fall to you before launch.\n\n"
        "Capacity::\nForecast the peak load before launch.\n\n"
        "Accountability::\nPick one owner who can stop the launch.\n"
    )
    path = _page(tmp_path, "relay.adoc", _RELAY_HEAD + "== Launch readiness\n\n" + body)
    pairs = _page_pairs(path)
    assert ("customer", "capacity: forecast the peak load before launch") in pairs, pairs
    assert ("customer", "accountability: pick one owner who can stop the launch") in pairs, pairs
    markdown = (
        "# Quarrytech Relay\n\nQuarrytech is responsible for the relay brokers.\n\n"
        "## Launch readiness\n\nThe following checks fall to your team.\n\n"
        "- **Capacity**: Forecast the peak load before launch.\n"
        "- **Accountability**: Pick one owner who can stop the launch.\n"
    )
    pairs = _page_pairs(_page(tmp_path, "relay.md", markdown))
    assert ("customer", "capacity: forecast the peak load before launch") in pairs, pairs
    plain = markdown.replace("The following checks fall to your team.", "Read these first.")
    pairs = _page_pairs(_page(tmp_path, "other.md", plain))
    assert not any("peak load" in label for _, label in pairs), pairs


def test_a_titled_instruction_is_one_duty_per_verb_phrase(tmp_path: Path) -> None:
    """ "**Monitoring**: Ship traces to your stack, and set alerts on broker health" under the
    reader's duties: two duties under the title; an item whose first sentence is another
    party's ("Quarrytech renews the certificates it issues. Monitor the certificates you upload
    and renew them in time.") still gives the reader its instruction, whole."""
    path = _page(
        tmp_path,
        "relay.md",
        "# Quarrytech Relay\n\nQuarrytech is responsible for the relay brokers.\n\n"
        "## Launch readiness\n\nYou are responsible for the following:\n\n"
        "- **Monitoring**: Ship traces into your observability stack, and set alerts on "
        "broker health.\n"
        "- **Certificates**: Quarrytech renews the certificates it issues. Monitor the "
        "certificates you upload and renew them in time.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "monitoring: ship traces into your observability stack") in pairs, pairs
    assert ("customer", "monitoring: set alerts on broker health") in pairs, pairs
    assert ("quarrytech", "renew the certificates it issues") in pairs, pairs
    assert ("customer", "monitor the certificates you upload and renew them in time") in pairs, (
        pairs
    )


def test_topic_labelled_instructions_are_a_checklist_for_the_reader(tmp_path: Path) -> None:
    """A list under a plain heading whose items are instructions after a bold topic label
    ("**Delivery and rollback**: Automate deployment and test the rollback.") is a checklist, as
    a list of bare instructions is: the reader's duties, one per verb phrase. Labels that name
    products ("**Quarrytech Pipelines**: Automate builds") say what each product does."""
    path = _page(
        tmp_path,
        "relay.md",
        "# Quarrytech Relay\n\nQuarrytech is responsible for the relay brokers.\n\n"
        "## Production readiness\n\nThe disciplines that decide whether go-live is smooth.\n\n"
        "- **Delivery and rollback**: Automate deployment and test the rollback.\n"
        "- **Observability**: Export application logs to your own tooling.\n"
        "- **Backups**: Confirm that backups are retained.\n\n"
        "## Optional features\n\nYou can turn on optional features.\n\n"
        "- **Quarrytech Pipelines**: Automate builds and deployments.\n"
        "- **QT Secrets**: Block users from leaking secrets.\n"
        "- **Quarrytech Mirror**: Host package mirrors for your team.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "automate deployment") in pairs, pairs
    assert ("customer", "test the rollback") in pairs, pairs
    assert ("customer", "export application logs to your own tooling") in pairs, pairs
    told = [label for p, label in pairs if p == "customer"]
    assert not any(w in label for label in told for w in ("builds", "leaking", "mirrors")), told


def test_lettered_paragraphs_after_a_colon_are_its_list(tmp_path: Path) -> None:
    """ "Quarrytech shall:" over paragraphs opened by "a)" and "b)" (a contract's sub-clauses,
    which Markdown does not mark as a list): each sub-clause is Quarrytech's duty."""
    path = _page(
        tmp_path,
        "scope.md",
        "# Quarrytech Vault service scope\n\n"
        "## Maintenance\n\n"
        '"Urgent Work" is maintenance needed at short notice. Quarrytech shall:\n\n'
        "a)  give affected customers at least four (4) hours' advance notice and\n\n"
        "b)  carry out the urgent work between 01:00 and 05:00 on weekdays.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "give affected customers at least four (4) hours' advance notice") in (
        pairs
    ), pairs
    assert any(p == "quarrytech" and label.startswith("carry out the urgent") for p, label in pairs)


def test_a_lead_in_after_a_where_or_whenever_condition(tmp_path: Path) -> None:
    """ "Where it can, Quarrytech shall:" and "Whenever possible, Quarrytech will:": the
    condition leads the lead-in, whose party and modal still own the list ("can" is the
    condition's, no option)."""
    for lead in ("Where it can, Quarrytech shall:", "Whenever possible, Quarrytech will:"):
        path = _page(
            tmp_path,
            "scope.md",
            "# Quarrytech Vault service scope\n\n"
            f"## Maintenance\n\nQuarrytech plans its maintenance. {lead}\n\n"
            "- Give affected customers advance notice\n"
            "- Carry out the work at night\n",
        )
        pairs = _page_pairs(path)
        assert ("quarrytech", "give affected customers advance notice") in pairs, (lead, pairs)


def test_your_vendor_team_is_the_vendor(tmp_path: Path) -> None:
    """ "Your Quarrytech team checks the rollout plan alongside you": the vendor acts through
    the team it assigns to the reader (as "Your Quarrytech account manager" does); "Your team"
    with no vendor named is the reader's own."""
    path = _page(
        tmp_path,
        "relay.md",
        "# Going live on Quarrytech Relay\n\n"
        "Quarrytech is responsible for the relay brokers.\n\n"
        "## After launch\n\n"
        "Your Quarrytech team checks the rollout plan alongside you.\n\n"
        "Your team reviews the consumer lag.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "check the rollout plan alongside you") in pairs, pairs
    assert not any(p == "quarrytech" and "consumer lag" in label for p, label in pairs), pairs
