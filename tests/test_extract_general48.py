"""General shapes of session 48 (invented text only)."""

from __future__ import annotations

from pathlib import Path

from rdflib.namespace import SKOS
from test_extract import _write_page as _page
from test_extract_general47 import _duties

from graph import build_graph, extract_facts, read_document

_SETUP = (
    "# Quarry shared responsibility\n\n"
    "Quarrytech is responsible for crushing the stone. "
    "Customers are responsible for paying invoices.\n\n"
)


def _labels(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    """(party label, duty label) of a quarry page holding ``text`` after two known parties."""
    path = _page(tmp_path, "quarry.md", _SETUP + text + "\n")
    return {(party, label) for party, _, label in _duties(path)} - {
        ("Quarrytech", "crushing the stone"),
        ("Customer", "paying invoices"),
    }


def test_a_second_responsibility_may_leave_out_it_is(tmp_path: Path) -> None:
    """ "It is the customer's responsibility to A, and the responsibility of Quarrytech to B":
    B is Quarrytech's, not a customer duty called "Responsibility of Quarrytech"; what the
    customer is to receive in B is no deed of the customer."""
    pairs = _labels(
        tmp_path,
        "It is the customer's responsibility to wear a helmet, and the responsibility of "
        "Quarrytech to ensure that each customer receives a copy of the helmet manual.\n\n"
        "It is a customer's responsibility to lock the gate, and Quarrytech's responsibility "
        "to hand out keys.",
    )
    assert pairs == {
        ("Customer", "wear a helmet"),
        ("Quarrytech", "ensure that each customer receives a copy of the helmet manual"),
        ("Customer", "lock the gate"),
        ("Quarrytech", "hand out keys"),
    }, pairs


def test_a_mission_and_an_urged_pointer_are_no_duties(tmp_path: Path) -> None:
    """ "Quarrytech's mission is to be the safest operator" is an aspiration; "We encourage you
    to read our guides" points elsewhere; "we encourage you to avoid X" recommends (session 55:
    a recommendation binds no one, as the readers' conventions say); "Quarrytech's role is to
    review X" still binds."""
    pairs = _labels(
        tmp_path,
        "Quarrytech's mission is to be the safest quarry operator in the region.\n\n"
        "We encourage you to read our other guides on safe loading.\n\n"
        "However, we encourage you to avoid loading during storms.\n\n"
        "Quarrytech's role is to review the blasting plans.",
    )
    assert pairs == {("Quarrytech", "review the blasting plans")}, pairs


def test_it_is_important_that_a_named_party_acts_binds_it(tmp_path: Path) -> None:
    """ "It is important that customers keep X" / "… for customers to …" is the customers'
    duty; with no agent ("It is important to keep X") it stays advice."""
    pairs = _labels(
        tmp_path,
        "Loads vary, so it is important that all Customers ensure that each load fits "
        "their truck.\n\nIt is important for customers to weigh each truck.\n\n"
        "It is important to keep the loads dry.\n\nIt is important that all loads are dry.",
    )
    assert pairs == {
        ("Customer", "ensure that each load fits their truck"),
        ("Customer", "weigh each truck"),
    }, pairs


def test_a_promise_after_and_has_its_own_verb(tmp_path: Path) -> None:
    """ "Quarrytech keeps the yard clean, and will partner with customers to X": the second
    duty opens with its own verb, not "Keep partner with …"."""
    pairs = _labels(
        tmp_path,
        "Quarrytech is committed to keeping the yard clean, and will partner with customers "
        "(within reason) to investigate cracked loads.",
    )
    assert pairs == {
        ("Quarrytech", "keep the yard clean"),
        ("Quarrytech", "partner with customers (within reason) to investigate cracked loads"),
    }, pairs


def test_a_condition_without_a_comma_ends_before_the_party(tmp_path: Path) -> None:
    """ "Where the customer does not define a grade Quarrytech is responsible for X": the
    condition's negation denies nothing; a hedge after "and" ("and (within reason) accepting
    Y") leaves Y a duty of its own."""
    pairs = _labels(
        tmp_path,
        "Quarrytech inspects the gravel; where the customer does not define a grade Quarrytech "
        "is responsible for choosing the grade and (within reason) accepting samples from "
        "customers.\n\nIf the customer does not pay the invoice Quarrytech will stop the "
        "deliveries.",
    )
    assert pairs == {
        ("Quarrytech", "inspect the gravel"),
        ("Quarrytech", "choosing the grade"),
        ("Quarrytech", "accepting samples from customers"),
        ("Quarrytech", "stop the deliveries"),
    }, pairs


def test_with_a_thing_and_its_part_in_a_state_is_one_duty(tmp_path: Path) -> None:
    """ "rebuild the crushers with new jaws and their belts replaced": how the crushers are
    rebuilt, one duty; "maintain the crushers and their belts" stays two."""
    pairs = _labels(
        tmp_path,
        "Quarrytech will rebuild the crushers with new jaws and their belts replaced.\n\n"
        "Quarrytech will maintain the conveyors and their motors.",
    )
    assert pairs == {
        ("Quarrytech", "rebuild the crushers with new jaws and their belts replaced"),
        ("Quarrytech", "maintain the conveyors"),
        ("Quarrytech", "maintain their motors"),
    }, pairs


def test_a_series_closed_by_and_other_stays_the_prepositions_object(tmp_path: Path) -> None:
    """ "ensures integration with the weighbridge, gate locks, and other site systems": the
    series is what the integration is with, one duty (not "Ensure gate locks"); a series of
    the verb's own objects closed the same way still splits."""
    pairs = _labels(
        tmp_path,
        "Quarrytech ensures integration with the weighbridge, gate locks, site cameras, and "
        "other site systems used by trucks.\n\n"
        "Quarrytech maintains the crushers, the belts, and other machines.",
    )
    assert pairs == {
        (
            "Quarrytech",
            "ensure integration with the weighbridge, gate locks, site cameras, and other site "
            "systems used by trucks",
        ),
        ("Quarrytech", "maintain the crushers"),
        ("Quarrytech", "maintain the belts"),
        ("Quarrytech", "maintain other machines"),
    }, pairs


def test_a_role_tables_summary_and_its_detail_are_one_duty(tmp_path: Path) -> None:
    """A role table's short duty ("Monitor crushers") restated in the role's list with its
    hours ("monitor the crushers 24x7") or a determiner ("for every custom blast before …") is
    one duty; "and circulate minutes" after the
    restated "chair the weekly safety review" is a second duty (cue verbs of duty-verbs.ttl)."""
    path = _page(
        tmp_path,
        "roles.md",
        "# Quarry roles\n\n| Role | Description | Key responsibilities |\n|---|---|---|\n"
        "| Shift Lead | Quarrytech's lead on site. | Chair the weekly safety review<br>"
        "Monitor crushers and respond to alarms<br>Provide runbooks for custom blasts |\n\n"
        "## Shift Lead\n\nThe Shift Lead will:\n\n"
        "- chair the weekly safety review and circulate minutes within two days;\n"
        "- monitor the crushers 24x7 and respond to alarms according to the alarm matrix;\n"
        "- provide runbooks for every custom blast before it is fired.\n",
    )
    labels = {label for party, _, label in _duties(path) if party == "Shift Lead"}
    assert labels == {
        "chair the weekly safety review",
        "circulate minutes within two days",
        "monitor crushers",
        "respond to alarms",
        "provide runbooks for custom blasts",
    }, labels


def test_a_party_columns_third_person_verbs_read_in_the_base_form(tmp_path: Path) -> None:
    """ "Runs the crushers" in a "Platform team does" column is the duty "Run the crushers" (as
    an imperative cell reads), the cell's words kept as an alternative label."""
    path = _page(
        tmp_path,
        "matrix.md",
        "# Who does what\n\n| Area | Platform team does | Your team does |\n|---|---|---|\n"
        "| Crushers | Runs the crushers, upgrades the jaws twice a year | |\n"
        "| Belts | Creates belts and the default guards | Stores spare belts in the shed |\n",
    )
    assert {(party, label) for party, _, label in _duties(path)} == {
        ("Platform team", "run the crushers"),
        ("Platform team", "upgrade the jaws twice a year"),
        ("Platform team", "create belts and the default guards"),
        ("Your team", "store spare belts in the shed"),
    }
    graph = build_graph(extract_facts(read_document(path)))
    alternatives = {str(o) for o in graph.objects(None, SKOS.altLabel)}
    assert "Stores spare belts in the shed" in alternatives, alternatives


def test_a_party_columns_two_verbs_and_a_clause_after_a_semicolon(tmp_path: Path) -> None:
    """ "Requests belts and owns everything carried on them" in a party's column: two duty
    verbs in the third person are two duties, objects with a determiner or not; "Handles
    spills; is on call for them": the clause after the semicolon is a second one."""
    path = _page(
        tmp_path,
        "matrix.md",
        "# Who does what\n\n| Area | Platform team does | Your team does |\n|---|---|---|\n"
        "| Belts | Creates belts | Requests belts and owns everything carried on them |\n"
        "| Spills | Cleans the yard | Handles spills in your bays; is on call for them |\n",
    )
    labels = {label for party, _, label in _duties(path) if party == "Your team"}
    assert labels == {
        "request belts",
        "own everything carried on them",
        "handle spills in your bays",
        "be on call for them",
    }, labels


def test_the_maker_of_the_titled_product_is_we(tmp_path: Path) -> None:
    """A page whose opening names the writer's product ("Brindle Managed Quarry is a managed
    service …") before the cloud it runs on ("Slatecloud is responsible for …"): "we" is
    Brindle, not Slatecloud."""
    path = _page(
        tmp_path,
        "three.md",
        "# Who does what: Brindle Managed Quarry on Slatecloud\n\n"
        "Brindle Managed Quarry is a hosted offering where Brindle runs your quarry on land "
        "rented from Slatecloud. Slatecloud is responsible for the land and the fences.\n\n"
        "Slatecloud repairs the fences. Brindle takes over where Slatecloud stops. We inspect "
        "the crushers every week, and Brindle answers alarms.\n",
    )
    pairs = {(party, label) for party, _, label in _duties(path)}
    assert ("Brindle", "inspect the crushers every week") in pairs, pairs


def test_ownership_said_as_hands_belonging_and_as_is(tmp_path: Path) -> None:
    """ "X is in our hands", "X belongs to you too: …", "You are the owner of X", "X is your
    job, as is Y", "everything up to and including X"."""
    pairs = _labels(
        tmp_path,
        'On this page "we" means Quarrytech.\n\n'
        "Blast planning is also in our hands.\n\n"
        "Custom scales belong to you too: Quarrytech moves them between pits on request.\n\n"
        "You are the owner of your gate keys.\n\n"
        "Testing the loads after a blast is your job, as is signing off the blast report.\n\n"
        "Quarrytech is responsible for all plant up to and including the crusher layer.",
    )
    assert pairs == {
        ("Quarrytech", "blast planning"),
        ("Customer", "custom scales"),
        ("Quarrytech", "move them between pits on request"),
        ("Customer", "own your gate keys"),
        ("Customer", "testing the loads after a blast"),
        ("Customer", "signing off the blast report"),
        ("Quarrytech", "all plant up to and including the crusher layer"),
    }, pairs


def test_a_passive_of_two_agents_and_after_a_connective(tmp_path: Path) -> None:
    """ "Likewise, changes are submitted by you and applied by Quarrytech": each agent's
    own participle, the connective no part of the duty."""
    pairs = _labels(
        tmp_path,
        "Likewise, changes to gate rules are submitted by you and applied by Quarrytech.\n\n"
        "However, the weighbridge is calibrated by Quarrytech.",
    )
    assert pairs == {
        ("Customer", "submit changes to gate rules"),
        ("Quarrytech", "apply changes to gate rules"),
        ("Quarrytech", "calibrate weighbridge"),
    }, pairs


def test_passives_of_a_security_whitepaper(tmp_path: Path) -> None:
    """The passives of a whitepaper: an agent before "following …"; an organisation's unit as
    the agent ("Quarrytech's Safety Operations Centre", "the Customer's yard function"); a
    place a restrictive relative says the agent keeps ("held in vaults that are managed by
    Quarrytech"); a second passive of the sentence with no agent takes the first's; a long
    place before the agent; "commissioned annually by"."""
    pairs = _labels(
        tmp_path,
        "Gate rules are updated by Quarrytech following a written change procedure, and each "
        "change is checked before use. Blast detection is operated by Quarrytech's "
        "Safety Operations Centre on a 24x7 basis.\n\n"
        "Alarms raised by the weighbridge should be reviewed by the Customer's yard function "
        "within 24 hours.\n\n"
        "Samples are encrypted and keys are held in vaults that are managed by Quarrytech.\n\n"
        "Leavers' passes must be revoked by the Customer within two working days, and helmets "
        "should be enforced for all drivers who hold the Blaster role.\n\n"
        "Spills affecting customer loads will be notified to the Customer's named safety "
        "officer by Quarrytech within a day of confirmation.\n\n"
        "An independent safety audit of the quarry is commissioned annually by Quarrytech.",
    )
    assert pairs == {
        ("Quarrytech", "update gate rules"),
        ("Quarrytech", "operate blast detection"),
        ("Customer", "review alarms raised by the weighbridge"),
        ("Quarrytech", "manage vaults"),
        ("Customer", "revoke leavers' passes"),
        ("Customer", "enforce helmets"),
        (
            "Quarrytech",
            "notify spills affecting customer loads to the customer's named safety officer",
        ),
        ("Quarrytech", "commission an independent safety audit of the quarry"),
    }, pairs


def test_an_available_to_header_and_a_routines_second_passive(tmp_path: Path) -> None:
    """ "Available to Customer" over yes / no cells says what reaches the customer, no duty;
    a routine passive's second passive ("… taken nightly and are copied …") is no part
    of its label."""
    pairs = _labels(
        tmp_path,
        "| Log type | Retention | Available to Customer |\n|---|---|---|\n"
        "| Gate log | 1 year | Yes, via Reporting API |\n| Admin actions | 1 year | Yes |\n\n"
        "Crusher backups are taken nightly and are copied to the second quarry.",
    )
    assert pairs == {("Quarrytech", "take crusher backups nightly")}, pairs


def test_our_responsibility_includes_areas_of_sentences(tmp_path: Path) -> None:
    """ "Our responsibility includes the following areas:" (the singular too) over bold areas
    whose nested items are the writer's sentences: "We host …", "Our operations team
    monitors …", "Crushers are patched on a rolling schedule" (a routine with no agent, under
    the writer's heading) are Quarrytech's duties."""
    path = _page(
        tmp_path,
        "ours.md",
        "# Security responsibilities\n\nQuarrytech runs the quarry for you, and Quarrytech "
        "sells the gravel. Ask Quarrytech for a quote.\n\n## Our responsibility\n\n"
        "Quarrytech is responsible for the security of the quarry. Our responsibility "
        "includes the following areas:\n\n* **Infrastructure**\n"
        "    * We host the crushers in certified sheds.\n"
        "    * Crushers are inspected on a rolling schedule.\n"
        "    * Our operations team monitors the belts 24/7.\n\n"
        "## Your responsibility\n\nYou must pay the invoices.\n",
    )
    labels = {label for party, _, label in _duties(path) if party == "Quarrytech"}
    assert {
        "security of the quarry",
        "host the crushers in certified sheds",
        "inspect crushers on a rolling schedule",
        "monitor the belts 24/7",
    } <= labels, labels


def test_a_routine_passive_inside_a_clause_of_saying_is_no_duty(tmp_path: Path) -> None:
    """ "Following these rules ensures that your loads are protected, and …": the passive is
    what following the rules brings about, no routine of the provider's (not "Protect
    following these rules …"); "The Quarrytech gate is protected automatically" still is."""
    pairs = _labels(
        tmp_path,
        "Following these rules ensures that your loads are protected, and the quarry is "
        "used well.\n\nThe Quarrytech gate is protected automatically.",
    )
    assert pairs == {("Quarrytech", "protect quarrytech gate")}, pairs


def test_ownership_with_a_time_clause_and_a_passive_agent_before_without(
    tmp_path: Path,
) -> None:
    """ "Testing X after a package is applied is your job": the time clause's verb makes no
    clause of the thing; "X is in our hands, and we rehearse Y": both; "patched by Slatecloud
    without involving either Quarrytech or you": the agent ends before "without"."""
    pairs = _labels(
        tmp_path,
        'On this page "we" means Quarrytech.\n\n'
        "Testing the loads after a blast is fired is your job.\n\n"
        "Blast planning is also in our hands, and we rehearse an evacuation once a year.\n\n"
        "The crusher is patched by Slatecloud without involving either Quarrytech or you, and "
        "Slatecloud keeps the belts redundant.",
    )
    assert pairs == {
        ("Customer", "testing the loads after a blast is fired"),
        ("Quarrytech", "blast planning"),
        ("Quarrytech", "rehearse an evacuation once a year"),
        ("Slatecloud", "patch crusher"),
        ("Slatecloud", "keep the belts redundant"),
    }, pairs


def test_a_bold_key_entry_is_no_role(tmp_path: Path) -> None:
    """ "**R = Responsible** - The one who carries out the task" in a RACI key is an entry
    of the key, no role called "R = Responsible" with a duty."""
    path = _page(
        tmp_path,
        "key.md",
        "# Quarry scope\n\nQuarrytech is responsible for crushing. Customers are responsible "
        "for paying.\n\n<u>Key</u>\n\n"
        "- **R = Responsible** - The one who carries out the task\n\n"
        "- **A = Accountable** - The one who answers for the outcome\n\n"
        "| Element | Quarrytech | Customer |\n|---|---|---|\n| Crushing | A/R | I |\n",
    )
    parties = {party for party, _, _ in _duties(path)}
    assert parties == {"Quarrytech", "Customer"}, parties
