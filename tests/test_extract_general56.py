"""General shapes of session 56 (invented text only)."""

from __future__ import annotations

from pathlib import Path

from test_extract import _write_page as _page
from test_extract_general55 import _keys

from graph import extract_facts, read_document


def test_an_agreement_s_defined_user_binds_with_no_article(tmp_path: Path) -> None:
    """ "User must keep the keys safe": an agreement's defined term "User" with no article is
    the users, as "The user must …" is; a lower-case "user" opening a fragment is not."""
    keys = _keys(
        _page(
            tmp_path,
            "terms.md",
            "# Quarry terms of use\n\n"
            "Quarrytech is responsible for crushing the stone.\n\n"
            "## Article 1. Access\n\n"
            "1. Quarrytech will maintain the crushers.\n"
            "2. User must keep the gate keys safe and must report broken fences.\n"
            "3. User agrees to wear a helmet on site.\n",
        )
    )
    assert {
        ("quarrytech", "maintain the crushers"),
        ("customer", "keep the gate keys safe"),
        ("customer", "report broken fences"),
        ("customer", "wear a helmet on site"),
    } <= keys, keys


def test_a_party_s_capacity_and_a_relative_clause_leave_its_duty_whole(tmp_path: Path) -> None:
    """ "It is the warden's responsibility (as the agent of the owner) to …": the capacity in
    parentheses is no part of the clause; "The site technician (as …) that samples the rock,
    also bears a legal duty of … to …": the subject is the technician, whatever its relative
    clause and the comma after it."""
    keys = _keys(
        _page(
            tmp_path,
            "roles.md",
            "# Quarry roles\n\n"
            "Quarrytech is responsible for crushing the stone.\n\n"
            "* It is the warden's responsibility (as the agent of the owner) to ensure that "
            "every fence is mended.\n"
            "* The site technician (as the agent of the owner) that samples the rock, also "
            "bears a legal responsibility to label every core.\n",
        )
    )
    assert {
        ("warden", "ensure that every fence is mended"),
        ("site-technician", "label every core"),
    } <= keys, keys


def test_a_condition_names_the_pronoun_of_the_obligation_after_it(tmp_path: Path) -> None:
    """ "If a bioinformatician plans X, they must get sign-off from the warden to Y": the
    bioinformatician's duty to get the sign-off ("must get" binds; "will get an email" does
    not), and the warden, named inside what is got, is made to do nothing."""
    keys = _keys(
        _page(
            tmp_path,
            "approval.md",
            "# Quarry data rules\n\n"
            "Quarrytech is responsible for crushing the stone.\n\n"
            "If a bioinformatician plans to copy the logs off site, they must get sign-off "
            "from the warden to move the logs. Customers will get an email.\n",
        )
    )
    assert (
        "bioinformatician",
        "get sign-off from the warden to move the logs",
    ) in keys
    assert not any(party == "warden" for party, _ in keys), keys
    assert not any("email" in label for _, label in keys), keys


def test_have_and_has_open_verb_phrases_of_a_series(tmp_path: Path) -> None:
    """ "…, run regular drills, and have named contacts", "keeps the survey log, has leave
    to publish it, and that it shall never harm the quarry": "have" / "has" open duties
    (no "Run have named contacts"), and a negated that-clause pledges no duty."""
    keys = _keys(
        _page(
            tmp_path,
            "conditions.md",
            "# Quarry hire conditions\n\n"
            "Quarrytech is responsible for crushing the stone.\n\n"
            "Every hire comes with conditions the customer signs:\n\n"
            "* Agreement that the customer will apply safety patches, run regular drills, and "
            "have named contacts.\n"
            "* Agreement that the customer keeps the survey log, has leave to publish it, "
            "and that it shall never harm the quarry.\n",
        )
    )
    assert {
        ("customer", "apply safety patches"),
        ("customer", "run regular drills"),
        ("customer", "have named contacts"),
        ("customer", "keep the survey log"),
        ("customer", "have leave to publish it"),
    } <= keys, keys
    assert not any("harm" in label or label.startswith("run have") for _, label in keys), keys


_ROLE_MATRIX = (
    "# Quarry tenancy guide\n\n"
    "## Team duties\n\n"
    "| Responsibility | Yard Team 🛠️ | Pit Owner (Crew A) 👑 | Belt Owner (Crew B) 👤 |\n"
    "| :--- | :--- | :--- | :--- |\n"
    "| **Machinery** | Runs the crushers.<br>Ensures belt uptime. | N/A | N/A |\n"
    "| **Access** | Grants gate passes. | **Owns the pit boundary.**<br>Approves visits. "
    "| Requests pit access. |\n"
    "| **Faults** | Crusher logs. | Pit flooding. | Belt jams. |\n\n"
    "### Onboarding New Crews\n\n"
    "**1. For Yard Engineers:**\n"
    "*   **Configure:** Set up the blast mats so crews can work.\n"
    "*   **Check:** Inspect the fences weekly.\n"
    "*   **Security:** You don't need to see their passes.\n\n"
    "**2. For Pit Owners (Crew Leads):**\n"
    "*   **Fences:** Never climb the fences.\n"
    "*   **Action:** Mark the pit edge with flags.\n"
)


def test_a_matrix_of_role_columns_under_responsibility_keeps_its_parties_across(
    tmp_path: Path,
) -> None:
    """ "Responsibility | Yard Team 🛠️ | Pit Owner (Crew A) 👑 | …" over areas ("Machinery",
    "Access"): the parties are the columns, named without their symbols and glosses, each
    cell line a duty; the row labels are no parties."""
    facts = extract_facts(read_document(_page(tmp_path, "matrix.md", _ROLE_MATRIX)))
    names = {e.label for e in facts.entities.values() if e.ref.kind == "party"}
    keys = {
        (r.subject.key, facts.entities[r.object].label.lower())
        for r in facts.relations
        if r.predicate == "responsibleFor"
    }
    assert {
        ("yard-team", "run the crushers"),
        ("yard-team", "grant gate passes"),
        ("pit-owner", "own the pit boundary"),
        ("pit-owner", "approve visits"),
        ("belt-owner", "request pit access"),
    } <= keys, keys
    assert {"Yard Team", "Pit Owner"} <= names, names
    assert not names & {"Machinery", "Access", "Faults", "Onboarding New Crews"}, names
    assert not any("🛠" in n or "👑" in n for n in names), names


def test_a_numbered_audience_label_names_the_party_of_its_list(tmp_path: Path) -> None:
    """ "**1. For Yard Engineers:**" over a list: the engineers' duties ("**Check:** Inspect
    …" is an instruction, no key to a matrix's codes); "**2. For Pit Owners (Crew Leads):**"
    the pit owners'; a label over a denial ("You don't need to …") gives nothing, over a
    prohibition its refusal."""
    keys = _keys(_page(tmp_path, "matrix.md", _ROLE_MATRIX))
    assert {
        ("yard-engineers", "configure: set up the blast mats so crews can work"),
        ("yard-engineers", "check: inspect the fences weekly"),
        ("pit-owner", "do not climb the fences"),
        ("pit-owner", "action: mark the pit edge with flags"),
    } <= keys, keys
    assert not any("passes" in label and "need" in label for _, label in keys), keys


def test_advice_that_you_act_and_cycling_machines_are_read(tmp_path: Path) -> None:
    """ "We strongly advise that you store spare copies …" is the reader's duty, as "We
    recommend that you …" is (not the writer's "Advise …"); "Old crushers should also be
    cycled out each year" under expectations of the tenants is theirs ("cycle" a duty verb)."""
    keys = _keys(
        _page(
            tmp_path,
            "advice.md",
            "# Quarry tenant guide\n\n"
            "Quarrytech is responsible for crushing the stone.\n\n"
            "## Backups\n\n"
            "We strongly advise that you store spare copies of your survey data.\n\n"
            "## Our Expectations from Tenants\n\n"
            "We expect tenants to follow the yard rules.\n\n"
            "### Machine lifecycle\n\n"
            "Old crushers should also be cycled out each year.\n",
        )
    )
    assert {
        ("customer", "store spare copies of your survey data"),
        ("customer", "cycle old crushers out each year"),
    } <= keys, keys
    assert not any(label.startswith("advise") for _, label in keys), keys


def test_a_heading_for_a_role_names_that_role(tmp_path: Path) -> None:
    """ "### For Crane Operators" over instructions: the crane operators' duties (a party
    named "Crane Operators", not "For Crane Operators")."""
    keys = _keys(
        _page(
            tmp_path,
            "audience.md",
            "# Quarry crane guide\n\n"
            "Quarrytech is responsible for crushing the stone.\n\n"
            "### For Crane Operators\n\n"
            "*   Lift the crushers with care.\n"
            "*   Inspect the hooks weekly.\n",
        )
    )
    assert {
        ("crane-operators", "lift the crushers with care"),
        ("crane-operators", "inspect the hooks weekly"),
    } <= keys, keys


def test_a_provider_s_staff_as_agent_and_its_practices_after_a_verb(tmp_path: Path) -> None:
    """ "… is installed and verified by the Quarrytech operations staff": Quarrytech's (its
    unit named without a possessive); "Quarrytech implements:" over a list: its practices;
    "runs checks to verify the belt is sound and then the belts are handed over": the clause
    after the purpose is no duty; "forward" is a duty verb."""
    keys = _keys(
        _page(
            tmp_path,
            "staff.md",
            "# Quarry hosting\n\n"
            "Quarrytech hosts the crushers. Customers are responsible for paying invoices.\n\n"
            "Crusher firmware is installed and verified by the Quarrytech operations staff. "
            "Then Quarrytech runs a set of checks to verify the belt is sound and then the "
            "belts are handed over. We forward the quotes to the customer.\n\n"
            "Quarrytech implements:\n\n"
            "- Perimeter fencing around every pit\n"
            "- Dust monitoring for the belts\n",
        )
    )
    assert {
        ("quarrytech", "install and verify crusher firmware"),
        ("quarrytech", "run a set of checks to verify the belt is sound"),
        ("quarrytech", "forward the quotes to the customer"),
        ("quarrytech", "perimeter fencing around every pit"),
        ("quarrytech", "dust monitoring for the belts"),
    } <= keys, keys
    assert not any("handed" in label for _, label in keys), keys


def test_entrusted_duties_and_a_description_column_beside_ticks(tmp_path: Path) -> None:
    """ "Quarrytech is entrusted with X" is its duty, "developing A and help facilitate B"
    two duties (no "Developing help …"); an "Additional Description" column beside ticks is
    a note column: its sentence naming a party ("Customers are responsible for Y") gives a
    duty (which then says what the tick means), one whose subject is a tool ("GritCD
    practices …") none."""
    keys = _keys(
        _page(
            tmp_path,
            "ticks.md",
            "# Quarry hosting roles\n\n"
            "## Roles\n\n"
            "- **Quarrytech (Provider):** Quarrytech is entrusted with the upkeep of the "
            "crushers. Quarrytech also takes responsibility for developing the pit plan and "
            "help facilitate the induction of new crews.\n\n"
            "## Responsibilities\n\n"
            "| Area | Quarrytech (provider) | Customer | Additional Description |\n"
            "|---|---|---|---|\n"
            "| Run the belts | ✔️ | | GritCD practices the lean paradigm. |\n"
            "| Order gravel | | ✔️ | Customers are responsible for weighing each load. |\n",
        )
    )
    assert {
        ("quarrytech", "upkeep of the crushers"),
        ("quarrytech", "developing the pit plan"),
        ("quarrytech", "help facilitate the induction of new crews"),
        ("quarrytech", "run the belts"),
        ("customer", "weighing each load"),
    } <= keys, keys
    assert not any("paradigm" in label or "developing help" in label for _, label in keys), keys


def test_a_routine_passive_another_firm_does_is_not_the_provider_s(tmp_path: Path) -> None:
    """ "Survey records are encrypted nightly, with the encryption done by the outside
    storage vendors": the storage firms' work, not a duty of the page's provider."""
    keys = _keys(
        _page(
            tmp_path,
            "storage.md",
            "# Quarry security\n\n"
            "Quarrytech is responsible for crushing the stone.\n\n"
            "## Data protection\n\n"
            "- Survey records are encrypted nightly, with the encryption done by the outside "
            "storage vendors.\n",
        )
    )
    assert not any(party == "quarrytech" and "encrypt" in label for party, label in keys), keys
