"""Shapes from held-out set 16 (unblinded as development data): invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _check_shape, _page_pairs, _pairs


def test_a_what_party_does_header_makes_a_party_column(tmp_path: Path) -> None:
    """A header that is a clause with a party as its subject ("What the agent does", "What the
    host owns") heads that party's column, even for a common noun no vocabulary knows; a
    pronoun there ("What it covers") stays a note column."""
    _check_shape(
        tmp_path,
        "| Area | What the agent does | What the host owns | What it covers |\n"
        "|---|---|---|---|\n"
        "| Logs | Rotates the log files every night. | Ships the archives to cold storage. "
        "| Rotation and shipping |\n"
        "| Keys | Generates the signing key on first start. | Backs up the signing key. "
        "| Key custody |\n",
        [
            ("agent", "rotate the log files"),
            ("host", "ship the archives to cold storage"),
            ("agent", "generates the signing key"),
            ("host", "back up the signing key"),
        ],
        ["rotation and shipping", "key custody"],
    )


def test_what_we_offer_include_leads_to_the_writers_duties(tmp_path: Path) -> None:
    """A lead-in "Some of the <things> we offer include:" (a verb of offering with the writer as
    its subject) over gerund items: each item, and each nested item of a nested lead-in, is a
    duty of the writer ("we" = the vendor the page names)."""
    _check_shape(
        tmp_path,
        "Nimbus is responsible for the depots.\n\n"
        "Some of the help features we offer include:\n\n"
        "* Rotating keys in your storage buckets.\n"
        "* Setting up build pipelines.\n"
        "* Troubleshooting and debugging for:\n"
        "  * Stuck queues.\n"
        "  * Slow backups.\n",
        [
            ("nimbus", "rotating keys in your storage buckets"),
            ("nimbus", "setting up build pipelines"),
            ("nimbus", "stuck queues"),
            ("nimbus", "slow backups"),
        ],
        [],
    )


_ROLE_PAGE = (
    "As a {role} you assume the following **responsibilities**:\n\n"
    "- You set up a storage node and grant shell access to a site keeper.\n\n"
    "- You care about backups and protect the node against intruders.\n"
)


def test_as_a_role_you_assume_responsibilities_makes_you_that_role(tmp_path: Path) -> None:
    """ "As a <role> you assume the following responsibilities:" hands the list to the role the
    page addresses: its "you" is that role, also when the role is a vocabulary one other than
    the customer (named as the page names it) or a name no vocabulary knows."""
    for role, key in (
        ("Nimbus hosting provider", "nimbus-hosting-provider"),
        ("Nimbus reseller", "nimbus-reseller"),
    ):
        _check_shape(
            tmp_path,
            _ROLE_PAGE.format(role=role),
            [(key, "set up a storage node"), (key, "care about backups")],
            [],
        )
        assert not any(p == "customer" for p, _ in _pairs(tmp_path, _ROLE_PAGE.format(role=role)))


def test_an_rst_term_role_names_the_addressed_role(tmp_path: Path) -> None:
    """The same lead-in in reStructuredText, the role as a ``:term:`` reference: the name shown
    is the role."""
    path = tmp_path / "roles.rst"
    body = _ROLE_PAGE.format(role=":term:`Nimbus hosting provider <hosting provider>`")
    path.write_text(f"=========\nResellers\n=========\n\n{body}", encoding="utf-8")
    pairs = _page_pairs(path)
    assert ("nimbus-hosting-provider", "set up a storage node") in pairs, sorted(pairs)


def test_a_party_group_column_gives_each_row_to_its_groups_party(tmp_path: Path) -> None:
    """A first column naming a party with a role word only on the first row of each group
    ("Nimbus Responsibility", blank below) over a subject column ("Responsibility"): each
    row's subject is a duty of its group's party; the "how" column (policies) is none."""
    _check_shape(
        tmp_path,
        "| &nbsp; | Responsibility | How is it done? |\n"
        "|---|---|---|\n"
        "| Nimbus Responsibility | Stored crates | &#x2022; Crate Policy <br /> &#x2022; "
        "[Yard rules](https://example.com) |\n"
        "|  | Loading docks | &#x2022; Dock Policy |\n"
        "| Tenant Responsibility | Crate contents | &#x2022; Content Policy |\n"
        "|  | Delivery slips | &#x2022; Slip Policy |\n",
        [
            ("nimbus", "stored crates"),
            ("nimbus", "loading docks"),
            ("customer", "crate contents"),
            ("customer", "delivery slips"),
        ],
        ["policy", "yard rules"],
    )


def test_things_needed_from_a_party_are_that_partys_to_provide(tmp_path: Path) -> None:
    """A label "<things> needed from <party>:" over noun items: each item is that party's to
    provide (cue-words.ttl source-participle), even an item with no verb."""
    _check_shape(
        tmp_path,
        "Nimbus is responsible for the depots.\n\n"
        "**Resources needed from Tenant:**\n\n"
        "- Yard Champion\n"
        "- Gate Security Team\n",
        [("customer", "yard champion"), ("customer", "gate security team")],
        [],
    )


def test_a_lead_in_after_an_opening_connective_is_read_as_the_rest(tmp_path: Path) -> None:
    """ "Additionally, you must:" (an opening connective of cue-words.ttl and its comma) is the
    lead-in "you must:": the items are the reader's duties."""
    _check_shape(
        tmp_path,
        "Nimbus is responsible for the depots.\n\n"
        "Additionally, you must:\n"
        "- Be certified under the Crate Safety Code at all times.\n"
        "- Share your crate audit report before every year.\n",
        [("customer", "certified under the crate safety code"), ("customer", "crate audit report")],
        [],
    )
