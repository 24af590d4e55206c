"""General shapes of session 34, found on new evaluation sets: invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs
from test_extract import _write_page as _page


def test_a_header_of_parties_only_makes_the_first_column_a_party_s(tmp_path: Path) -> None:
    """ "Quarrytech responsibilities | Customer responsibilities" over lists in cells (here in
    MkDocs tabs, the table indented): the first column's items are Quarrytech's duties, not
    row labels (they gave nothing); a known provider name heads one too ("AWS | Customer")."""
    path = _page(
        tmp_path,
        "yard.md",
        "# Yard responsibilities\n\n"
        "The yard runs on cranes leased from Quarrytech.\n\n"
        '=== "Cranes"\n\n'
        "    | Quarrytech Responsibilities | Customer Responsibilities |\n"
        "    |---|---|\n"
        "    | <ul><li>Inspect the cranes</li><li>Replace worn cables</li></ul> "
        "| <ul><li>Book crane slots</li></ul> |\n\n"
        '=== "Depot"\n\n'
        "    | AWS | Customer |\n"
        "    |---|---|\n"
        "    | Host the booking system | Train the crane drivers |\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "inspect the cranes") in pairs, pairs
    assert ("quarrytech", "replace worn cables") in pairs, pairs
    assert ("customer", "book crane slots") in pairs, pairs
    assert ("aws", "host the booking system") in pairs, pairs
    assert ("customer", "train the crane drivers") in pairs, pairs


def test_a_column_word_over_the_first_column_is_no_party(tmp_path: Path) -> None:
    """ "Stage | Customer" and a name the page never writes as a name ("Model | Customer"):
    the first column labels the rows; its cells are no party's duties."""
    path = _page(
        tmp_path,
        "stages.md",
        "# Stages\n\n"
        "| Model | Customer |\n|---|---|\n"
        "| Bare crates | Unpack the crates |\n"
        "| Sealed crates | Check the seals |\n",
    )
    pairs = _page_pairs(path)
    parties = {party for party, _ in pairs}
    assert parties == {"customer"}, pairs
    assert not any(label in {"bare crates", "sealed crates"} for _, label in pairs), pairs


def test_lead_ins_of_a_will_sentence_with_a_complement_or_a_future_include(
    tmp_path: Path,
) -> None:
    """ "Quarrytech will conduct the following patching and updating of the crane software, at
    Quarrytech's discretion:" (a complement and a qualifier after "the following …") and "This
    will include providing the following services:" after a duty: the items are Quarrytech's
    (the first gave nothing, the second gave its items to the customer)."""
    path = _page(
        tmp_path,
        "service.md",
        "# Yard service description\n\n"
        "This document describes the services that Quarrytech provides to the customer.\n\n"
        "## Operate\n\n"
        "Quarrytech will operate the cranes. This will include providing the following "
        "services:\n\n"
        "- Reboot of the crane controllers when necessary\n"
        "- Capacity reporting\n\n"
        "## Patching\n\n"
        "Quarrytech will conduct the following patching and updating of the crane software, "
        "at Quarrytech's discretion:\n\n"
        "- Patching of the controller firmware\n"
        "- Upgrading of the booking system\n\n"
        "## Customer duties\n\n"
        "The customer must book crane slots a day ahead.\n",
    )
    pairs = _page_pairs(path)
    for label in (
        "reboot of the crane controllers when necessary",
        "capacity reporting",
        "patching of the controller firmware",
        "upgrading of the booking system",
    ):
        assert ("quarrytech", label) in pairs, pairs
    assert not any(p == "customer" and "crane controllers" in label for p, label in pairs), pairs


def test_a_table_of_the_services_a_party_provides_lists_its_duties(tmp_path: Path) -> None:
    """ "The following table lists the services provided with Quarrytech Yard Care." over
    "Service | Description" rows of imperative items (an rST grid table here): each item is
    Quarrytech's duty, one per verb phrase ("Tune the cranes, inspect the cables"); the same
    table after a sentence that does not point to it gives nothing."""
    grid = (
        "+----------------+------------------------------------------+\n"
        "| Service        | Description                              |\n"
        "+================+==========================================+\n"
        "| Crane care     | - Tune the cranes, inspect the cables    |\n"
        "|                | - Replace worn hooks                     |\n"
        "+----------------+------------------------------------------+\n"
    )
    path = _page(
        tmp_path,
        "care.rst",
        "Yard care\n=========\n\n"
        "Quarrytech runs the yard for the customer, who books the cranes.\n\n"
        "Quarrytech Yard Care\n--------------------\n\n"
        "The following table lists the services provided with Quarrytech Yard Care.\n\n"
        + grid
        + "\nOther offers\n------------\n\nOur customers often ask about cranes.\n\n"
        + grid.replace("Crane care    ", "Hook care     "),
    )
    pairs = _page_pairs(path)
    for label in ("tune the cranes", "inspect the cables", "replace worn hooks"):
        assert any(p.startswith("quarrytech") and lab == label for p, lab in pairs), pairs
    assert {p for p, lab in pairs if lab == "replace worn hooks"} == {"quarrytech"}, pairs


def test_a_named_party_that_must_provide_lists_its_duties(tmp_path: Path) -> None:
    """ "The customer must provide:" over noun items: the customer's duties (the modal was
    read as the noun of a thing that "provides" contents: details, nothing)."""
    path = _page(
        tmp_path,
        "needs.md",
        "# Yard onboarding\n\nQuarrytech runs the yard for its customers.\n\n"
        "## Before the first shift\n\n"
        "The customer must provide:\n\n"
        "- A list of crane drivers\n"
        "- A contact for the night shift\n",
    )
    pairs = _page_pairs(path)
    assert _has_label(pairs, "customer", "list of crane drivers"), pairs
    assert _has_label(pairs, "customer", "contact for the night shift"), pairs


def _labels(path: Path, party: str | None = None) -> set[str]:
    """The duty labels of the page at ``path`` (of ``party`` only, when given)."""
    return {label for who, label in _page_pairs(path) if party in (None, who)}


def _has_label(pairs: set[tuple[str, str]], party: str, fragment: str) -> bool:
    return any(p == party and fragment in label for p, label in pairs)


def test_headings_of_what_one_party_expects_from_the_other(tmp_path: Path) -> None:
    """ "What we expect from you" over items without a subject: the reader's duties; "What
    you can expect from us": ours (both gave nothing)."""
    path = _page(
        tmp_path,
        "levels.md",
        "# Yard service levels\n\n"
        "This page says what Quarrytech and the yard tenants can expect from each other.\n\n"
        "## What we expect from you\n\n- Tell us before a large delivery\n"
        "- Answer pages within an hour\n\n"
        "## What you can expect from us\n\n- Monitoring of the gate sensors\n"
        "- A response within one business day\n",
    )
    pairs = _page_pairs(path)
    expected = {
        "customer": ("tell us before a large delivery", "answer pages within an hour"),
        "platform-provider": ("monitoring of the gate sensors", "response within one business"),
    }
    for party, labels in expected.items():
        assert all(_has_label(pairs, party, label) for label in labels), pairs


def test_a_participle_of_how_after_the_object_is_no_more_duties(tmp_path: Path) -> None:
    """ "Quarrytech manages the cranes, ensuring they stay updated and remain secure": one
    duty, managing the cranes; the clause's verbs are the cranes', not objects of "manages"
    (they gave "Manage remain secure" and "Manage the cranes secure")."""
    path = _page(
        tmp_path,
        "admin.md",
        "# Yard roles\n\nThe yard is run by Quarrytech.\n\n## Cranes\n\n"
        "Quarrytech manages the cranes, ensuring they stay updated and remain secure.\n",
    )
    labels = _labels(path, "quarrytech")
    assert "manage the cranes" in labels, labels
    assert not any("secure" in label for label in labels), labels


def test_role_headings_under_roles_and_their_verb_first_summaries(tmp_path: Path) -> None:
    """Under "## Roles", "### `Host`" beside "### Curator" and "### Sponsor" is a role too (no
    vocabulary knows "host": its list went to the page's title); role summaries that open with
    an adverb ("Actively adds new entries …") or with a verb before a bare noun ("Provides
    funding for …") state the role's duties, as "Defines the focus." did."""
    path = _page(
        tmp_path,
        "governance.md",
        "# Yard governance\n\nQuarrytech runs the yard. These tasks are handled through roles.\n\n"
        "## Roles\n\n"
        "### `Host`\n\nEnsures the crane network is available.\n\n"
        "**Responsibilities:**\n\n- Provide the server racks.\n- Guarantee reliable power.\n\n"
        "### Curator\n\nActively adds new crane records and keeps existing entries current.\n\n"
        "### Sponsor\n\nProvides funding for the yard.\n",
    )
    pairs = _page_pairs(path)
    expected = {
        "host": ("provide the server racks", "guarantee reliable power", "crane network"),
        "curator": ("add new crane records", "keep existing entries current"),
        "sponsor": ("provide funding for the yard",),
    }
    for party, labels in expected.items():
        assert all(_has_label(pairs, party, label) for label in labels), pairs
    assert not any(p == "yard-governance" for p, _ in pairs), pairs


def test_contact_details_are_no_duties(tmp_path: Path) -> None:
    """An escalation table of who to call ("Yard Support Manager<br>+1 555 010 0199<br>
    manager@quarrytech.example"): the phone number and the address are no duties."""
    path = _page(
        tmp_path,
        "escalation.md",
        "# Yard support\n\nQuarrytech is responsible for the cranes.\n\n## Escalation\n\n"
        "| Escalation level | Contact |\n|---|---|\n"
        "| Level 2 | Quarrytech Support Manager<br>manager@quarrytech.example<br>"
        "+1 555 010 0199 |\n"
        "| Level 1 | Quarrytech Director<br>https://quarrytech.example/escalate |\n",
    )
    labels = _labels(path)
    assert "the cranes" in labels or "cranes" in labels, labels
    assert not any("@" in label or "555" in label or "http" in label for label in labels), labels


def test_a_long_scope_with_commas_before_the_instruction_is_cut(tmp_path: Path) -> None:
    """ "For parts of the crane standard where those checks cannot be met by sensors, but
    require a person on site, provide instructions on the manual steps …": the duty is the
    instruction (the label was cut to "For parts of the crane standard")."""
    path = _page(
        tmp_path,
        "cranes.md",
        "# Duties\n\n## Quarrytech is responsible for:\n\n"
        "1. For crane customers:\n"
        "    1. For parts of the crane standard where those checks cannot be met by sensors, "
        "but require a person on site, provide instructions on the manual steps the customer "
        "must take to meet the requirements.\n"
        "    1. Keeping the cranes running.\n",
    )
    labels = _labels(path)
    assert any(label.startswith("provide instructions on the manual steps") for label in labels)
    assert not any(label.startswith("for parts") for label in labels), labels


def test_a_cell_sentence_led_by_when_and_the_party_s_people(tmp_path: Path) -> None:
    """In a party's row, "Upon receipt of the case, Quarrytech's engineering support will
    verify the defect." and "If a patch is not possible Quarrytech's engineering will develop a
    workaround.": the verb phrases are the duties (the whole sentences were the labels)."""
    path = _page(
        tmp_path,
        "support.md",
        "# Support\n\nThe yard is run by Quarrytech for the customer.\n\n"
        "| Definition | |\n|---|---|\n"
        "| Quarrytech's Responsibilities | Upon receipt of the case, Quarrytech's engineering "
        "support will verify the defect. If a patch is not possible Quarrytech's engineering "
        "will develop a workaround. |\n"
        "| Customer's Responsibilities | Label the crates. |\n",
    )
    labels = _labels(path)
    assert {"verify the defect", "develop a workaround"} <= labels, labels


def test_gerunds_after_one_preposition_share_its_object(tmp_path: Path) -> None:
    """ "Quarrytech will work on diagnosing and resolving the case": one duty (it gave "Work on
    diagnosing", a duty with no object, and "Resolving the case")."""
    path = _page(
        tmp_path,
        "cases.md",
        "# Support\n\nThe yard is run by Quarrytech for the customer.\n\n## Process\n\n"
        "Quarrytech will work on diagnosing and resolving the case during the effort period.\n",
    )
    labels = _labels(path)
    assert "work on diagnosing and resolving the case during the effort period" in labels, labels
    assert "work on diagnosing" not in labels, labels


def test_the_contents_of_a_deliverable_are_no_duties(tmp_path: Path) -> None:
    """ "Quarrytech will provide a monthly report, including:" over "- Uptime figures": the
    duty is to provide the report, its items what the report holds (they were duties); "…
    responsible for the cranes, including:" still lists duties."""
    path = _page(
        tmp_path,
        "reports.md",
        "# Yard service\n\nThe yard is run by Quarrytech for the customer.\n\n## Reporting\n\n"
        "Quarrytech will provide a monthly report, including:\n\n- Uptime figures\n"
        "- Incidents of the month\n\n"
        "## Cranes\n\nQuarrytech is responsible for the cranes, including:\n\n"
        "- Inspecting the cables\n",
    )
    labels = _labels(path)
    assert "provide a monthly report" in labels, labels
    assert not {"uptime figures", "incidents of the month"} & labels, labels
    assert "inspecting the cables" in labels, labels


def test_a_lead_in_whose_object_goes_on_into_the_list(tmp_path: Path) -> None:
    """ "The tenant is responsible for following safety practices for their specific,
    customized depot, as well as for:": that duty whole, then each item a duty of its own
    (each was "Customized depot, as well as for <item>"), also after a note in the list."""
    path = _page(
        tmp_path,
        "depot.md",
        "# Shared responsibility\n\n## Tenant responsibilities\n\n"
        "The tenant is responsible for following safety practices for their specific, "
        "customized depot, as well as for:\n\n"
        "- Labelling every crate\n- Booking crane slots\n\n"
        "   >[!NOTE]\n   >\n   >The tenant's insurance builds upon the yard insurance.\n\n"
        "- Sweeping the depot floor\n",
    )
    labels = _labels(path, "customer")
    assert labels == {
        "following safety practices for their specific, customized depot",
        "labelling every crate",
        "booking crane slots",
        "sweeping the depot floor",
    }, labels


def test_a_series_of_things_in_a_party_s_cell_is_one_duty_each(tmp_path: Path) -> None:
    """ "Cranes, gate sensors, and the sheds Quarrytech builds for you" in Quarrytech's column:
    three duties; a series of actions ("Inspect, oil, and repair the cranes") and a clause
    with a verb of its own stay whole."""
    path = _page(
        tmp_path,
        "glance.md",
        "# Responsibility at a glance\n\nThe yard is run by Quarrytech for the customer.\n\n"
        "| | Quarrytech | You |\n|---|---|---|\n"
        "| **Yard** | Cranes, gate sensors, and the sheds Quarrytech builds for you "
        "| Crate labels, loading plans, and the weight of each crate |\n"
        "| **Upkeep** | Inspect, oil, and repair the cranes | Report damage |\n",
    )
    pairs = _page_pairs(path)
    for label in ("cranes", "gate sensors", "sheds quarrytech builds for you"):
        assert ("quarrytech", label) in pairs, pairs
    for label in ("crate labels", "loading plans", "weight of each crate"):
        assert ("customer", label) in pairs, pairs
    assert ("quarrytech", "inspect, oil, and repair the cranes") in pairs, pairs


def test_a_heading_of_what_a_party_covers(tmp_path: Path) -> None:
    """ "## What our support covers" over noun items: the writer's duties; "## What no
    provider covers" names no party."""
    path = _page(
        tmp_path,
        "support.md",
        "# Support\n\nThe yard is run by Quarrytech for its customers.\n\n"
        "## What our support covers\n\n- Errors in the booking system itself.\n"
        "- Help updating crane slots.\n\n"
        "## What no provider covers\n\n- Your own crates.\n",
    )
    pairs = _page_pairs(path)
    covered = {label for party, label in pairs if party == "quarrytech"}
    assert {"errors in the booking system itself", "help updating crane slots"} <= covered
    assert not any(label == "your own crates" for _, label in pairs), pairs


def test_a_passive_in_a_definition_s_relative_clause_is_no_duty(tmp_path: Path) -> None:
    """ "- *End User*: a user of a *User Application* that is hosted in *Quarrix*": the passive
    is the relative clause's, no duty of Quarrix's (it gave "Host End User: …"); an item
    there that says its duty still does."""
    path = _page(
        tmp_path,
        "terms.md",
        "# User policy for the Quarrix container cloud service\n\n"
        "This section describes terms specific to the *Quarrix container cloud service* (hereafter "
        'referred to as "*Quarrix*"). By using *Quarrix* you are agreeing to them.\n\n'
        "## Terminology\n\n"
        '* *Quarrix container cloud service ("Quarrix")*: a platform that can be used\n'
        "  by *Users* to run their own *User Applications*.\n"
        '* *Quarrix User ("User")*: a user of *Quarrix*.\n'
        "* *User Application*: an application running in *Quarrix* managed by *Users*.\n"
        "* *End User*: a user of a *User Application* that is hosted in *Quarrix*. An *End\n"
        "  User* may also be a *Quarrix User*.\n"
        "* The *Yard Steward* is responsible for locking the gates.\n\n"
        "## Security responsibilities\n\n"
        "* *Users* are responsible for managing their access keys.\n",
    )
    labels = _labels(path)
    assert not any("end user" in label for label in labels), labels
    assert "locking the gates" in labels, labels
    assert "managing their access keys" in labels, labels


def test_gerunds_carry_to_the_later_things_of_their_series(tmp_path: Path) -> None:
    """ "Quarrytech is responsible for patching and fixing crane software, booth software, and
    gate images": each duty keeps the gerunds (the later ones were bare "Booth software");
    actions in the series stay their own ("…, and encryption in transit")."""
    path = _page(
        tmp_path,
        "patching.md",
        "# Compliance\n\nThe yard is run by Quarrytech for the customer.\n\n## Shared\n\n"
        "* **Patch Management** - Quarrytech is responsible for patching and fixing crane "
        "software, booth software, and gate images.\n"
        "* **Storage** - Quarrytech is responsible for backing up crate records, encryption "
        "in transit, and the security of the sheds.\n",
    )
    labels = _labels(path, "quarrytech")
    for label in ("booth software", "gate images"):
        assert f"patching and fixing {label}" in labels, labels
    assert "encryption in transit" in labels, labels


def test_headings_of_a_team_s_commitments_and_what_it_will_do(tmp_path: Path) -> None:
    """ "What the Yard Ops team will do", "Yard Ops team commitments" and "Yard Ops team
    obligations to tenants" over items without a subject: the team's duties (they were the
    reader's)."""
    for heading in (
        "What the Yard Ops team will do",
        "Yard Ops team commitments",
        "Yard Ops team obligations to tenants",
    ):
        path = _page(
            tmp_path,
            "levels.rst",
            "Yard service levels\n===================\n\n"
            "This page says what the Yard Ops team and the tenants can expect from each other.\n\n"
            f"{heading}\n{'-' * len(heading)}\n\n"
            "* Keep the cranes running\n* Answer tickets within a day\n",
        )
        pairs = _page_pairs(path)
        assert {p for p, _ in pairs} == {"yard-ops-team"}, (heading, pairs)


def test_a_key_to_a_matrix_s_marks_reads_its_cells(tmp_path: Path) -> None:
    """ "- 🟢: Responsible", "- ⚪: Not responsible" under a matrix of those marks: each cell
    reads as its key says (the matrix gave nothing and two parties without a duty)."""
    path = _page(
        tmp_path,
        "marks.md",
        "# Yard compliance\n\nQuarrix runs the yard on behalf of its customers.\n\n"
        "| Requirement | Quarrix | Customer |\n|---|---|---|\n"
        "| Crate labelling | ⚪ | 🟢 |\n| Crane inspections | 🟢 | ⚪ |\n\n"
        "- 🟢: Responsible\n- ⚪: Not responsible\n",
    )
    assert _page_pairs(path) == {
        ("customer", "crate labelling"),
        ("quarrix", "crane inspections"),
    }


def test_more_duty_verbs_and_a_right_to_change(tmp_path: Path) -> None:
    """Lines that open with "Modify", "Extend" or "Adjust" in a table of the services a party
    provides are its duties (they gave nothing: no duty verb); "Quarrix may modify the prices"
    is a right it keeps, no duty."""
    path = _page(
        tmp_path,
        "services.md",
        "# Yard services\n\nQuarrix offers yard services to its customers.\n\n"
        "## Quarrix Yard Care\n\n"
        "The following table lists the services provided with Quarrix Yard Care.\n\n"
        "| Service | Description |\n|---|---|\n"
        "| Scheduling | Modify crane schedules to reduce waiting times |\n"
        "| Gates | Extend existing gate solutions |\n"
        "| Quotas | Adjust the booking quotas every month |\n\n"
        "## Prices\n\nQuarrix may modify the prices for a service after the minimum term.\n",
    )
    labels = _labels(path)
    assert labels == {
        "modify crane schedules to reduce waiting times",
        "extend existing gate solutions",
        "adjust the booking quotas every month",
    }, labels


def test_sentences_written_as_notes(tmp_path: Path) -> None:
    """Study notes with no verb: "provider responsible for maintaining the cranes, tenant
    responsible for its crates", "…, with provider responsible for the gates" and "Provider:
    power, lighting, and fencing." give each party's duties (they gave none)."""
    path = _page(
        tmp_path,
        "notes.md",
        "# Yard model\n\n"
        "Responsibilities shared between provider and tenant. Provider: power, lighting, and "
        "fencing.\n\n"
        "E.g., with a crane lease, provider responsible for maintaining the cranes, tenant "
        "responsible for its crates. Leases place most work on the tenant, with provider "
        "responsible for the gates.\n",
    )
    pairs = _page_pairs(path)
    provider = {label for party, label in pairs if party == "cloud-provider"}
    assert {"power", "lighting", "fencing", "maintaining the cranes", "gates"} <= provider, pairs
    assert ("customer", "its crates") in pairs, pairs


def test_gerunds_sharing_one_object_in_an_item_stay_one_duty(tmp_path: Path) -> None:
    """ "Creating, deploying, and testing custom crane scripts": one duty (it gave bare
    "Creating" and "Deploying"); "Obtaining a gate provider as well as configuring and
    maintaining the gate records": two (it gave "Obtaining configuring")."""
    path = _page(
        tmp_path,
        "tenant.md",
        "# Shared\n\n## Tenant\n\nThe tenant is responsible for:\n\n"
        "- Creating, deploying, and testing custom crane scripts\n"
        "- Obtaining a gate provider as well as configuring and maintaining the gate records\n",
    )
    assert _labels(path) == {
        "creating, deploying, and testing custom crane scripts",
        "obtaining a gate provider",
        "configuring and maintaining the gate records",
    }


def test_numbered_clauses_of_an_agreement(tmp_path: Path) -> None:
    """An agreement "between The Quarry Works Ltd, …, trading as "qwx", and …" in numbered
    clauses: Qwx is the writer ("we"), and "1. Qwx will provide the following as part of
    this contract:" over a nested numbered list gives Qwx each item (numbered items were a
    procedure's steps: nothing); "Qwx is not responsible for the following, which are not
    part of the Services:" gives nobody its items."""
    path = _page(
        tmp_path,
        "terms.md",
        "# Yard Terms of Service\n\n"
        "1. ### Parties\n\n"
        "    1.  This agreement is between The Quarry Works Ltd, a company registered in "
        'England, trading as "qwx", and the organisation on the order summary.\n\n'
        "2. ### Services\n\n"
        "    1.  qwx will provide the following as part of this contract:\n\n"
        "        1.  A booking service for crane slots;\n"
        "        2.  A support helpdesk.\n\n"
        "    2.  qwx is not responsible for the following, which are not part of the "
        "Services:\n\n"
        "        1.  Monitoring your own cranes.\n\n"
        "    3.  We will answer tickets within one day.\n",
    )
    pairs = _page_pairs(path)
    assert pairs == {
        ("qwx", "booking service for crane slots"),
        ("qwx", "support helpdesk"),
        ("qwx", "answer tickets within one day"),
    }, pairs


def test_an_aside_between_a_modal_and_its_verb(tmp_path: Path) -> None:
    """ "Quarrix will, from time to time, schedule maintenance windows" and "Quarrix shall, at
    its own cost, provide spare cranes": the verbs are the modals' (they gave nothing)."""
    path = _page(
        tmp_path,
        "service.md",
        "# Service\n\nThe yard is run by Quarrix for its customers.\n\n## Upkeep\n\n"
        "Quarrix will, from time to time, schedule maintenance windows. Quarrix shall, at its "
        "own cost, provide spare cranes.\n",
    )
    labels = _labels(path)
    assert {"schedule maintenance windows", "provide spare cranes"} <= labels, labels


def test_the_writer_s_people_end_before_their_verb(tmp_path: Path) -> None:
    """ "Our team will provide support for the cranes": "Our team" are the writer's people and
    "provide support …" their duty (the name ran on to "support", a noun of people, and the
    sentence gave nothing)."""
    path = _page(
        tmp_path,
        "support.md",
        "# Support\n\nThe yard is run by Quarrix for its customers.\n\n## Scope\n\n"
        "Our team will provide support for the cranes.\n",
    )
    assert ("quarrix", "provide support for the cranes") in _page_pairs(path)
