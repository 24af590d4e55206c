"""General shapes of session 51 (invented text only)."""

from __future__ import annotations

from pathlib import Path

from test_extract_general47 import _duties
from test_extract_general48 import _labels


def test_a_title_case_label_is_no_party_and_verb(tmp_path: Path) -> None:
    """ "**Blast Access Control**" over a list is a topic in title case, not the party "Blast
    Access" that controls the items: under the customer's heading the items stay the
    customer's; "Quarrytech controls the following:" still names Quarrytech."""
    pairs = _labels(
        tmp_path,
        "## Customer responsibilities\n\n"
        "**Blast Access Control**\n"
        "- Fence permits and their renewal\n"
        "- Gate segmentation and barrier rules\n\n"
        "## Quarrytech responsibilities\n\n"
        "Quarrytech controls the following:\n\n"
        "- Detonator storage",
    )
    assert pairs == {
        ("Customer", "fence permits and their renewal"),
        ("Customer", "gate segmentation and barrier rules"),
        ("Quarrytech", "detonator storage"),
    }, pairs


def test_a_label_for_a_side_of_the_split_names_its_duties(tmp_path: Path) -> None:
    """ "**For Quarrytech**" / "**For Customers**" over best-practice lists give each list to
    the party named, even where the items are imperatives that would be the reader's; "For
    AWS:" names no party the page gave duties, so its steps stay the reader's."""
    pairs = _labels(
        tmp_path,
        "## Best practices\n\n"
        "**For Customers**\n"
        "- Enable every safety interlock\n"
        "- Regular blast drills\n\n"
        "**For Quarrytech**\n"
        "- Provide clear blasting guidance\n"
        "- Regular crusher upgrades\n\n"
        "For AWS:\n\n"
        "- Register your truck fleet",
    )
    assert pairs == {
        ("Customer", "enable every safety interlock"),
        ("Customer", "regular blast drills"),
        ("Quarrytech", "provide clear blasting guidance"),
        ("Quarrytech", "regular crusher upgrades"),
        ("Customer", "register your truck fleet"),
    }, pairs


def test_a_party_name_alone_in_bold_heads_its_list(tmp_path: Path) -> None:
    """ "**Quarrytech**" alone on a line over a list names the list's party, as "Quarrytech:"
    does; one plain word ("Overview") or a bold topic ("**Crushers**") names none."""
    pairs = _labels(
        tmp_path,
        "## Who does what\n\n"
        "**Quarrytech**\n\n"
        "- Crusher maintenance\n"
        "- Dust monitoring\n\n"
        "**Customer**\n\n"
        "- Truck scheduling\n\n"
        "**Crushers**\n\n"
        "- Jaw crushers\n"
        "- Cone crushers",
    )
    assert pairs == {
        ("Quarrytech", "crusher maintenance"),
        ("Quarrytech", "dust monitoring"),
        ("Customer", "truck scheduling"),
    }, pairs


def test_a_body_of_people_bound_by_a_modal_is_a_party(tmp_path: Path) -> None:
    """ "Each institution must provide a contact", "The agency will train its crews": a body
    of people (``cue:body-noun``) bound by a modal acts as one, as a person noun does; "The
    institution's gravel must be dry" binds no body."""
    pairs = _labels(
        tmp_path,
        "Each institution must provide a blasting contact.\n\n"
        "The agency will train its quarry crews.\n\n"
        "The institution's gravel must be dry.",
    )
    assert pairs == {
        ("Institution", "provide a blasting contact"),
        ("Agency", "train its quarry crews"),
    }, pairs


def test_a_gerund_after_a_preposition_takes_the_next_gerund_along(tmp_path: Path) -> None:
    """ "provide tools for blasting rock and crushing gravel": the second gerund is the
    preposition's second complement, one duty, not "Provide crushing gravel"; "provide dust
    masks and weigh the trucks" stays two."""
    pairs = _labels(
        tmp_path,
        "Quarrytech must provide tools to crews for blasting rock and crushing gravel.\n\n"
        "Quarrytech must provide dust masks and weigh the trucks.",
    )
    assert pairs == {
        ("Quarrytech", "provide tools to crews for blasting rock and crushing gravel"),
        ("Quarrytech", "provide dust masks"),
        ("Quarrytech", "weigh the trucks"),
    }, pairs


def test_a_role_a_relative_clause_makes_responsible_holds_each_predicate(
    tmp_path: Path,
) -> None:
    """ "Each customer must designate a site officer who is responsible for approving blasts
    and agrees to sign the permits": the customer designates, the site officer approves and
    signs; ", who is responsible for" after the role reads the same; in a sentence read for
    another party ("… a gate contact as the haul sponsor, responsible for X"), the sponsor still
    holds X; "… must sign the log" after the duty is a second duty, not part of X."""
    pairs = _labels(
        tmp_path,
        "Each customer must designate a site officer who is responsible for approving "
        "blasts and agrees to sign the permits.\n\n"
        "The customer appoints a dust steward, who is responsible for dust readings.\n\n"
        "Each customer must provide a gate contact as the haul sponsor who is responsible "
        "for approving truck routes.\n\n"
        "The shift supervisor who is responsible for jaw checks must sign the log.",
    )
    assert pairs == {
        ("Customer", "designate a site officer"),
        ("Site officer", "approving blasts"),
        ("Site officer", "sign the permits"),
        ("Customer", "appoint a dust steward"),
        ("Dust steward", "dust readings"),
        ("Customer", "provide a gate contact"),
        ("Haul sponsor", "approving truck routes"),
        ("Shift supervisor", "jaw checks"),
        ("Shift supervisor", "sign the log"),
    }, pairs


def test_more_words_name_a_persons_role(tmp_path: Path) -> None:
    """ "The site warden", "Each employee", "The system integrator" hold duties as "the site
    officer" does (``cue:person-noun``); "The crusher jaw" is a thing."""
    pairs = _labels(
        tmp_path,
        "The site warden must lock the gate.\n\n"
        "Each employee must wear a helmet.\n\n"
        "The system integrator will wire the crusher.\n\n"
        "The crusher jaw must be replaced yearly.",
    )
    assert pairs == {
        ("Site warden", "lock the gate"),
        ("Employee", "wear a helmet"),
        ("System integrator", "wire the crusher"),
    }, pairs


def test_a_service_target_the_provider_aims_at_is_a_duty_of_best_effort(
    tmp_path: Path,
) -> None:
    """ "Quarrytech aims to inspect every truck within an hour", "The crusher crew strives to
    …": a target of best effort (``cue:effort-verb``), as "endeavours to" is, in the third
    person too; "Quarrytech hopes to …" and "plans to …" only intend."""
    pairs = _labels(
        tmp_path,
        "Quarrytech aims to inspect every truck within an hour.\n\n"
        "Quarrytech strives to reopen the gate within a day.\n\n"
        "Quarrytech hopes to open a second pit.\n\n"
        "Quarrytech plans to add crushers.",
    )
    assert pairs == {
        ("Quarrytech", "inspect every truck within an hour"),
        ("Quarrytech", "reopen the gate within a day"),
    }, pairs


def test_a_bold_title_about_a_partys_thing_does_not_rename_the_party(tmp_path: Path) -> None:
    """ "**Customer Configuration** - Set up your first blasting zone" after the setup: a
    thing of the customer's, no name of the customer party (which keeps its label and its
    duties), and no duty of the customer's either."""
    pairs = _labels(
        tmp_path,
        "## After the setup\n\n"
        "- **Customer Configuration** - Set up your first blasting zone\n"
        "- **Stream Deployment** - Add more crushers as needed\n",
    )
    assert pairs == set(), pairs


def test_a_name_beside_a_known_party_in_a_focus_label_is_a_party(tmp_path: Path) -> None:
    """ "**Gravelhaul / Implementation Partner Focus:**" over a list: Gravelhaul, a name no
    vocabulary knows, holds the list, as "Quarrytech / Implementation Partner Focus:" gives
    Quarrytech its list; "**Overview / Summary:**" names no party."""
    pairs = _labels(
        tmp_path,
        "## Phase one\n\n"
        "**Gravelhaul / Implementation Partner Focus:**\n\n"
        "- Validate that the trucks meet the weight limits\n\n"
        "**Overview / Summary:**\n\n"
        "- Trucks and scales\n",
    )
    assert pairs == {("Gravelhaul", "validate that the trucks meet the weight limits")}, pairs


def test_an_abstract_title_or_an_instruction_names_no_party(tmp_path: Path) -> None:
    """ "**Flexibility:** Supports both crushers and conveyors" praises the product, no role
    called Flexibility ("**Treasurer:** Keeps the ledger" is a role); "Ensure drivers are
    fully informed about the blast times" under the customer's heading is the customer's
    instruction, no party called "Ensure drivers" informed of anything."""
    pairs = _labels(
        tmp_path,
        "## Highlights\n\n"
        "- **Flexibility:** Supports both crushers and conveyors\n"
        "- **Treasurer:** Keeps the ledger\n\n"
        "## Customer responsibilities\n\n"
        "* Ensure drivers are fully informed about the blast times.\n",
    )
    assert pairs == {
        ("Treasurer", "keep the ledger"),
        ("Customer", "ensure drivers are fully informed about the blast times"),
    }, pairs


def test_a_thing_the_title_opens_with_is_no_vendor(tmp_path: Path) -> None:
    """ "# Crusher hosting agreement" over a page about "Crushers": the word the title opens
    with is a thing the page writes in the plural, no vendor called Crusher: "we" stays the
    generic provider."""
    path = tmp_path / "crushers.md"
    path.write_text(
        "# Crusher hosting agreement\n\n"
        "Crusher hosting lets the Customer run Crushers in a quarry.\n\n"
        "The Provider hosts and manages the Crushers of the Customer.\n\n"
        "We restart Crushers that stall, provided Crusher includes a probe.\n\n"
        "The Customer maintains the Crushers they deploy.\n",
        encoding="utf-8",
    )
    parties = {party for party, _, _ in _duties(path)}
    assert "Crusher" not in parties, parties
    assert "Customer" in parties, parties


def test_a_heading_for_a_side_of_the_split_names_its_duties(tmp_path: Path) -> None:
    """ "## For customers" / "## For Quarrytech" over lists give each list to the party the
    heading names, as the bold labels do; "## For AWS" names no side of the split."""
    pairs = _labels(
        tmp_path,
        "## For customers\n\n"
        "- Regular blast drills\n\n"
        "## For Quarrytech\n\n"
        "- Regular crusher upgrades\n\n"
        "## For AWS\n\n"
        "- Create a role",
    )
    assert pairs == {
        ("Customer", "regular blast drills"),
        ("Quarrytech", "regular crusher upgrades"),
    }, pairs


def test_a_run_in_label_naming_a_partys_duty_gives_it_the_rest(tmp_path: Path) -> None:
    """ "**Your responsibility**: Choose the blast preset", "Customer responsibility: lock
    the gates.", "**Our responsibility**: We rotate the keys.": the rest of the paragraph is
    that party's duty, sentence by sentence, without its "we"; a heading above it is no
    duty."""
    pairs = _labels(
        tmp_path,
        "## Customer responsibilities\n\n"
        "### 1. Blast Preset Selection\n\n"
        "**Your responsibility**: Choose the appropriate blast preset\n\n"
        "### 2. Gates\n\n"
        "Customer responsibility: lock the gates every night.\n\n"
        "**Our responsibility**: We rotate the keys. Patch the crushers.",
    )
    assert pairs == {
        ("Customer", "choose the appropriate blast preset"),
        ("Customer", "lock the gates every night"),
        ("Quarrytech", "rotate the keys"),
        ("Quarrytech", "patch the crushers"),
    }, pairs


def test_steps_under_a_condition_on_the_reader_are_the_readers(tmp_path: Path) -> None:
    """ "### If You Suspect a Blast Issue" over labelled steps, "If you lose a key:" over a
    list: the reader's steps; "If you do not renew:" states what follows, no steps."""
    pairs = _labels(
        tmp_path,
        "## Incident response\n\n"
        "### If You Suspect a Blast Issue\n\n"
        "1. **Immediate actions**:\n"
        "   - Stop affected crushers\n"
        "   - Preserve the blast logs\n\n"
        "## Keys\n\n"
        "If you lose a key:\n\n"
        "- Report the lost key to the gatehouse\n\n"
        "If you do not renew:\n\n"
        "- The gate closes",
    )
    assert pairs == {
        ("Customer", "stop affected crushers"),
        ("Customer", "preserve the blast logs"),
        ("Customer", "report the lost key to the gatehouse"),
    }, pairs


def test_a_lone_verb_label_over_instructions_is_no_stem(tmp_path: Path) -> None:
    """ "**Reporting**:" over "Document incident" / "Report to the gatehouse": all instructions
    of their own, not "Reporting document incident"; "Monitoring:" over noun phrases still
    completes them ("Monitoring dust levels")."""
    pairs = _labels(
        tmp_path,
        "## Customer responsibilities\n\n"
        "1. **Reporting**:\n"
        "   - Document incident\n"
        "   - Report to the gatehouse\n"
        "2. **Monitoring**:\n"
        "   - Dust levels\n",
    )
    assert pairs == {
        ("Customer", "document incident"),
        ("Customer", "report to the gatehouse"),
        ("Customer", "monitoring dust levels"),
    }, pairs
