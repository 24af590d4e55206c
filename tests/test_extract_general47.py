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


def test_an_offer_of_help_is_no_duty(tmp_path: Path) -> None:
    """ "The Quarry Support Team will be glad to help with questions raised on the radio" is an
    offer to the reader, no duty; a willingness to do a thing ("will be happy to answer
    questions about blasting", "will be glad to help you migrate the records") still is."""
    path = _page(
        tmp_path,
        "support.md",
        "# Support\n\n## Quarry Support Team\n\n"
        "The Quarry Support Team is responsible for weighbridge security.\n\n"
        "The Quarry Support Team will be glad to help with questions raised on the radio.\n\n"
        "The Quarry Support Team will be glad to assist with any questions.\n\n"
        "The Quarry Support Team will be happy to answer questions about blasting.\n\n"
        "The Quarry Support Team will be glad to help you migrate the load records.\n",
    )
    assert {label for _, _, label in _duties(path)} == {
        "weighbridge security",
        "answer questions about blasting",
        "help you migrate the load records",
    }


def test_a_negated_participle_on_an_object_picks_things_out(tmp_path: Path) -> None:
    """ "Inspecting liners not supplied by Quarrytech" under "Customers are responsible for:"
    is a duty ("not" says which liners); "Quarrytech does not inspect liners not supplied by
    Quarrytech" stays a denial."""
    path = _page(
        tmp_path,
        "parts.md",
        "# Wear parts\n\n## Customer duties\n\nCustomers are responsible for:\n\n"
        "- Fitting jaw plates\n- Inspecting aftermarket liners not supplied by Quarrytech\n\n"
        "Quarrytech does not inspect screens not supplied by Quarrytech.\n",
    )
    assert {label for _, _, label in _duties(path)} == {
        "fitting jaw plates",
        "inspecting aftermarket liners not supplied by quarrytech",
    }


def test_a_that_clause_keeps_its_series(tmp_path: Path) -> None:
    """ "Customers must ensure that their blasting complies with the site rules, local mining
    laws, and regional regulations": one duty, the series is what the blasting complies with
    (not "Ensure local mining laws")."""
    path = _page(
        tmp_path,
        "blasting.md",
        "# Blasting\n\n## Lawful blasting\n\nCustomers must ensure that their blasting "
        "complies with the Quarrytech site rules, local mining laws, and regional "
        "regulations.\n",
    )
    labels = {label for _, _, label in _duties(path)}
    assert len(labels) == 1 and "local mining laws" in next(iter(labels)), labels


def test_a_task_lists_boxes_are_no_part_of_its_duties(tmp_path: Path) -> None:
    """ "- [ ] Create a gate request" (GitHub, MkDocs) and AsciiDoc's "* [x] …": the box says
    whether the task is done, not what it is."""
    markdown = _page(
        tmp_path,
        "checklist.md",
        "# Onboarding\n\n## Step 1 – Request your yard\n\n"
        "- [ ] Create a gate request in the yard portal.\n- [x] Join the quarry radio channel.\n",
    )
    asciidoc = _page(
        tmp_path,
        "checklist.adoc",
        "= Onboarding\n\n== Step 1 – Request your yard\n\n"
        "* [ ] Create a gate request in the yard portal.\n* [x] Join the quarry radio channel.\n",
    )
    for path in (markdown, asciidoc):
        assert {label for _, _, label in _duties(path)} == {
            "create a gate request in the yard portal",
            "join the quarry radio channel",
        }, path


def test_the_x_team_is_the_party_a_column_named(tmp_path: Path) -> None:
    """ "The platform team will:" on a page whose table has a "Platform team does" column is
    that team, not the page's product ("Quarry is the internal crusher platform run by …")."""
    path = _page(
        tmp_path,
        "onboarding.md",
        "# Onboarding your team to Quarry\n\nQuarry is the internal crusher platform run by "
        "the **Yard Engineering** team. A *tenant* is a crew that runs one or more crushers "
        "on Quarry. This guide explains what the platform team looks after and what stays "
        "with your team.\n\n## Who does what\n\n| Area | Platform team does | Your team does |\n"
        "|---|---|---|\n| Crushers | Runs the crushers | Feeds the crushers |\n\n"
        "## Stay healthy\n\nThe platform team will:\n\n- announce crusher upgrades four weeks "
        "ahead;\n- publish a notice before removal.\n",
    )
    parties = {party for party, _, _ in _duties(path)}
    assert "Quarry" not in parties, parties
    assert ("Platform team", "responsibleFor", "publish a notice before removal") in _duties(path)


def test_a_cells_verbs_agreeing_with_its_column_are_duties_without_an_and(
    tmp_path: Path,
) -> None:
    """ "Runs the crushers, upgrades the firmware twice a year" in a "Yard team does" column:
    two duties, as "Runs X, and upgrades Y" is; "Crushers, conveyors" stays whole."""
    path = _page(
        tmp_path,
        "split.md",
        "# Who does what\n\n| Area | Yard team does | Your team does |\n|---|---|---|\n"
        "| Crushers | Runs the crushers, upgrades the firmware twice a year | Feeds the "
        "crushers |\n| Belts | Spare belts, spare rollers | Reports torn belts |\n",
    )
    labels = {label for _, _, label in _duties(path)}
    assert {"run the crushers", "upgrade the firmware twice a year"} <= labels, labels
    assert "spare belts, spare rollers" in labels, labels


def test_a_tab_under_a_step_heading_holds_the_readers_steps(tmp_path: Path) -> None:
    """A numbered list in a MkDocs tab under "## Step 2 – Set up your pipeline" is the
    reader's steps, as it is right under the step heading."""
    path = _page(
        tmp_path,
        "pipeline.md",
        '# Onboarding to Quarry\n\n## Step 2 – Set up your pipeline\n\n=== "Yard CI"\n\n'
        "    1. Copy `deploy.yml` from the template repository.\n"
        "    2. Set the `QUARRY_TENANT` variable to your tenant name.\n",
    )
    assert {label for _, _, label in _duties(path)} == {
        "copy deploy.yml from the template repository",
        "set the quarry_tenant variable to your tenant name",
    }


def test_a_runbooks_teams_and_hyphenated_roles_act_in_its_steps(tmp_path: Path) -> None:
    """Runbook steps naming who acts: "The on-call engineer acknowledges …" (a hyphenated
    role), "Yard Engineering rebuilds …" (a department written only at a sentence's start),
    "Customer Success informs …" (the provider's department, not the customer)."""
    path = _page(
        tmp_path,
        "runbook.md",
        "# Blast incident runbook\n\n## Response steps\n\n"
        "1. **Detect.** Alarms arrive from the sensors. The on-call engineer acknowledges the "
        "alarm within 15 minutes.\n"
        "2. **Recover.** Yard Engineering rebuilds the damaged crushers.\n"
        "3. **Notify.** Customer Success informs affected customers within a day.\n",
    )
    duties = _duties(path)
    assert ("On-call engineer", "responsibleFor", "acknowledge the alarm within 15 minutes") in (
        duties
    ), duties
    assert ("Yard Engineering", "responsibleFor", "rebuild the damaged crushers") in duties
    assert ("Customer Success", "responsibleFor", "inform affected customers within a day") in (
        duties
    ), duties


def test_a_customer_success_column_is_the_providers_team(tmp_path: Path) -> None:
    """A RACI column "Customer Success" beside "Customer" is the provider's department: its
    letters are its own, the customer's column stays the customer's."""
    path = _page(
        tmp_path,
        "raci.md",
        "# Incident RACI\n\n| Activity | Shift Lead | Customer Success | Customer |\n"
        "|---|---|---|---|\n| Notify affected customers | A | R | I |\n",
    )
    duties = _duties(path)
    assert ("Customer Success", "responsibleFor", "notify affected customers") in duties, duties
    assert ("Customer", "informedOf", "notify affected customers") in duties, duties
    assert not any(p == "Customer" and r == "responsibleFor" for p, r, _ in duties), duties


def test_a_trading_name_is_the_company_its_short_name_is(tmp_path: Path) -> None:
    """ "Quarry Systems provides technical support" (a trading name written only at a
    sentence's start) is a party, and the same one as "Quarry", before or after it."""
    first = _page(
        tmp_path,
        "first.md",
        "# Support scope\n\nQuarry Systems provides technical support for the crusher "
        "server.\n\nFor dedicated yards, Quarry is also responsible for operating the "
        "crushers.\n",
    )
    after = _page(
        tmp_path,
        "after.md",
        "# Support scope\n\nFor dedicated yards, Quarry is also responsible for operating the "
        "crushers.\n\nQuarry Systems provides technical support for the crusher server.\n",
    )
    for path in (first, after):
        duties = _duties(path)
        parties = {party for party, _, _ in duties}
        assert len(parties) == 1, duties
        labels = {label for _, _, label in duties}
        assert labels == {
            "operating the crushers",
            "provide technical support for the crusher server",
        }, duties


def test_a_series_in_an_until_clause_is_when_a_duty_ends(tmp_path: Path) -> None:
    """ "we will work with you until the problem is resolved, a workaround is in place, or we
    agree to close the case": one duty, not three "Work with …"."""
    path = _page(
        tmp_path,
        "cases.md",
        "# Support scope\n\n## What we do\n\nWhen you open a case, Quarrytech will work with you "
        "until the problem is resolved, a workaround is in place, or we agree to close the "
        "case.\n",
    )
    labels = {label for _, _, label in _duties(path)}
    assert len(labels) == 1 and next(iter(labels)).startswith("work with you until"), labels


def test_responsibility_words_misspelt_or_broken_by_an_aside(tmp_path: Path) -> None:
    """ "The customer is responsable for the gate keys", "Inspections of the conveyors are the
    customer's responsability" (as writers of French or Spanish spell them), and "The Yard
    Owner is accountable, on the customer side, for the engagement" (an aside before "for")
    state duties as the plain forms do."""
    path = _page(
        tmp_path,
        "roles.md",
        "# Roles\n\n## Owner\n\nThe customer is responsable for the gate keys.\n\n"
        "Inspections of the conveyors are the customer's responsability.\n\n"
        "The Yard Owner is accountable, on the customer side, for the engagement as a whole.\n",
    )
    duties = _duties(path)
    assert ("Customer", "responsibleFor", "gate keys") in duties, duties
    assert ("Customer", "responsibleFor", "inspections of the conveyors") in duties, duties
    assert ("Yard Owner", "accountableFor", "engagement as a whole") in duties, duties


def test_a_duty_that_sits_with_or_transfers_to_a_party_is_its(tmp_path: Path) -> None:
    """ "Budget approval for extra blasting sits with the Yard Owner" and "When customers
    regrind the jaw plates, responsibility for those plates transfers to the customer" say
    whose the duty is, as "Responsibility for X lies with Y" does."""
    path = _page(
        tmp_path,
        "handover.md",
        "# Roles\n\n## Owner\n\nThe Yard Owner is responsible for the gate keys.\n\n"
        "Budget approval for extra blasting sits with the Yard Owner.\n\n"
        "When customers regrind the jaw plates, responsibility for those plates transfers to "
        "the customer.\n\nWhen customers replace preinstalled belts, responsibility for those "
        "belts transfers to the customer.\n",
    )
    duties = _duties(path)
    assert ("Yard Owner", "responsibleFor", "budget approval for extra blasting") in duties
    assert ("Customer", "responsibleFor", "jaw plates") in duties, duties
    assert ("Customer", "responsibleFor", "preinstalled belts") in duties, duties


def test_a_header_asking_a_question_of_each_row_is_no_party(tmp_path: Path) -> None:
    """A severity table's "Page the Shift Lead?" column of "Yes" says when to page the lead,
    not the lead's duties ("SEV-1"); "Is the customer responsible for this?" still names the
    customer's rows."""
    path = _page(
        tmp_path,
        "severity.md",
        "# Runbook\n\n## Severity\n\n| Severity | Meaning | Page the Shift Lead? |\n"
        "|---|---|---|\n| SEV-1 | Crusher down | Yes |\n| SEV-2 | Belt torn | Yes |\n\n"
        "The Shift Lead leads the response.\n\n## Who does what\n\n"
        "| Need | Is the customer responsible for this? |\n|---|---|\n| Gate keys | Yes |\n",
    )
    duties = _duties(path)
    assert not any(label.startswith("sev-") for _, _, label in duties), duties
    assert any("customer" in p.lower() and label == "gate keys" for p, _, label in duties)


def test_a_role_tables_duty_column_beside_a_description_column(tmp_path: Path) -> None:
    """ "Role | Description | Responsibilities": the duties are the Responsibilities column's;
    the Description column says what each role is ("Quarrytech. Senior engineer per pit."),
    no duty, whether or not the roles are words a vocabulary knows ("Client Lead")."""
    path = _page(
        tmp_path,
        "roles.md",
        "# Roles\n\n## Roles\n\n| Role | Description | Responsibilities |\n| --- | --- | --- |\n"
        "| Yard Manager | Quarrytech. Single point of accountability for the yard. | Owns the "
        "yard plan, chairs weekly yard boards. |\n| Blast Lead | Quarrytech. Senior engineer "
        "per pit. | Validates blast data, leads drills. |\n| Client Lead | Your "
        "decision-maker for the site. | Approves the plan, resolves blockers. |\n",
    )
    duties = _duties(path)
    labels = {label for _, _, label in duties}
    assert {"own the yard plan", "validate blast data", "approve the plan"} <= labels, duties
    assert not any("quarrytech" in label or "decision-maker" in label for label in labels)


def test_a_role_rows_other_provider_is_not_the_writer(tmp_path: Path) -> None:
    """On a page whose "we" is the provider, a role table's "Outgoing Provider" row names
    another provider: the writer's "We will …" duties stay the writer's."""
    path = _page(
        tmp_path,
        "transition.md",
        "# Yard transition roles\n\nThroughout this page, we means Quarrytech Services and you "
        "means the client.\n\n## Plan\n\n- We will run the kick-off workshop within ten days.\n"
        "- We will validate the crusher inventory.\n\n## Roles\n\n"
        "| Role | Description | Responsibilities |\n| --- | --- | --- |\n"
        "| Yard Manager | Quarrytech. Single point of accountability. | Owns the yard plan. |\n"
        "| Outgoing Provider | The incumbent supplier, if any. | Hands over the keys. |\n",
    )
    duties = _duties(path)
    writer = {p for p, _, label in duties if label.startswith("run the kick-off workshop")}
    assert writer and "Outgoing Provider" not in writer, duties


def test_the_page_saying_who_we_is_names_the_writer(tmp_path: Path) -> None:
    """'Throughout this page, **"we"** means Quarrytech Services and **"you"** means the
    client' (or '"we", "us" and "our" refer to …'): the writer's duties are Quarrytech
    Services', not a generic provider's."""
    for opening in (
        'Throughout this page, **"we"** means Quarrytech Services and **"you"** means the '
        "client organisation.",
        'In this document, "we", "us" and "our" refer to Quarrytech Services.',
    ):
        path = _page(
            tmp_path,
            "we.md",
            f"# Transition roles\n\n{opening}\n\n## Plan\n\n- We will run the kick-off "
            "workshop.\n- You must nominate a lead.\n",
        )
        duties = _duties(path)
        assert ("Quarrytech Services", "responsibleFor", "run the kick-off workshop") in duties
