"""Extraction stage: parties, duties, services, certifications and relations from structure."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from prose_shapes import PROSE_SHAPES
from shapes_round8 import LIST_SHAPES_8, SENTENCE_SHAPES_8
from shapes_set11 import LIST_SHAPES_11, SENTENCE_SHAPES_11

from graph import build_graph, extract_facts, read_document, validate_graph
from graph.errors import ExtractionError
from graph.extract.labels import MAX_LABEL
from graph.extract.names import Spellings, same_name
from graph.facts import Facts, Ref
from graph.namespaces import ROLE
from graph.resources import BUNDLED_DOCUMENT

DATA = Path(__file__).parent / "data"
GRAPH_DIR = Path(__file__).parent.parent / "graph"


@pytest.fixture(scope="module")
def facts() -> Facts:
    return extract_facts(read_document(BUNDLED_DOCUMENT))


def _duties(facts: Facts, party: str) -> list[str]:
    return sorted(
        facts.entities[r.object].label for r in facts.related(Ref("party", party), "responsibleFor")
    )


def test_three_parties_with_roles_and_aliases(facts: Facts) -> None:
    parties = {p.ref.key: p for p in facts.of_kind("party")}
    assert set(parties) == {"adobe", "aws", "customer"}
    assert parties["adobe"].attrs["role"] == str(ROLE["managed-service-provider"])
    assert parties["aws"].attrs["role"] == str(ROLE["cloud-provider"])
    assert parties["customer"].attrs["role"] == str(ROLE["customer"])
    assert parties["adobe"].attrs["organization"].endswith("/org/adobe")
    assert parties["aws"].attrs["organization"].endswith("/org/aws")
    assert "Solution partner" in parties["customer"].alt_labels
    assert "Amazon Web Services" in parties["aws"].alt_labels
    assert parties["customer"].span is not None and parties["customer"].span.start == 48


def test_every_bullet_and_prose_duty(facts: Facts) -> None:
    adobe = _duties(facts, "adobe")
    aws = _duties(facts, "aws")
    customer = _duties(facts, "customer")
    assert len(adobe) >= 10 and len(aws) >= 3 and len(customer) >= 7
    for bullet in (
        "Server-level patching",
        "Operating the necessary services to deliver Adobe Commerce Pro plans",
        "Vulnerability testing",
        "Security event logging and monitoring",
        "Incident management",
        "Operational monitoring",
        "24/7 support",
        "Ensuring that the customer infrastructure is available in accordance with SLAs",
    ):
        assert bullet in adobe
    # prose, split into one duty per conjunct with the shared head carried over
    assert "Managing server firewall configurations (iptables)" in adobe
    assert "Managing perimeter firewall configurations (security groups)" in adobe
    assert "Security and availability of internal commerce systems" in adobe
    assert "Release security updates to the core application" in adobe
    assert aws == [
        "Environmental security",
        "Physical security to the data centers managing the Adobe Commerce cloud environments",
        "Security of the network",
    ]
    assert "Perform penetration tests of their customized application" in customer
    assert "Control all code deployments to their non-production environments" in customer
    assert "Apply security updates to the core application" in customer


def test_duty_labels_are_short_and_descriptions_full(facts: Facts) -> None:
    for duty in facts.of_kind("duty"):
        assert len(duty.label) <= MAX_LABEL
        assert duty.label[0].isupper() or duty.label[0].isdigit()
        assert not duty.label.endswith((".", ":", ","))
        assert duty.description and len(duty.description) >= len(duty.label) - 5
        assert duty.span is not None and duty.span.start >= 1
    network = next(d for d in facts.of_kind("duty") if d.label == "Security of the network")
    assert "intrusion detection systems" in (network.description or "")
    assert network.span is not None and network.span.start == 35


def test_shared_concern_links_both_parties(facts: Facts) -> None:
    concerns = facts.of_kind("concern")
    assert len(concerns) == 1
    linked = [r.subject for r in facts.relations if r.predicate == "concern"]
    owners = {
        r.subject.key
        for r in facts.relations
        if r.predicate == "responsibleFor" and r.object in linked
    }
    assert owners == {"adobe", "customer"}


def test_services_used_by_the_offering(facts: Facts) -> None:
    offering = Ref("offering", "adobe-commerce-cloud")
    used = sorted(
        r.object.key for r in facts.related(offering, "uses") if r.object.kind == "service"
    )
    assert used == ["aws-cloudtrail", "aws-ebs", "aws-ec2", "aws-elb", "aws-s3", "aws-vpc"]
    assert [r.object for r in facts.related(Ref("party", "adobe"), "uses")] == [Ref("party", "aws")]


def test_certifications_and_compliance_chain(facts: Facts) -> None:
    aws_holds = {r.object.key for r in facts.related(Ref("party", "aws"), "holds")}
    assert aws_holds == {"aws-pci-dss", "aws-soc-2", "aws-iso-iec-27001"}
    offering_holds = {
        r.object.key for r in facts.related(Ref("offering", "adobe-commerce-cloud"), "holds")
    }
    assert offering_holds == {"adobe-commerce-cloud-pci-dss"}
    compliance = Ref("compliance", "customer-pci-dss")
    assert Ref("party", "customer") in {r.subject for r in facts.related(None, "maintains")}
    builds = {r.object.key for r in facts.related(compliance, "buildsOn")}
    assert builds == {"aws-pci-dss", "adobe-commerce-cloud-pci-dss"}
    covered = {r.subject for r in facts.related(None, "coveredBy")}
    adobe_duties = {r.object for r in facts.related(Ref("party", "adobe"), "responsibleFor")}
    assert covered == adobe_duties


def test_no_mojibake_in_any_literal(facts: Facts) -> None:
    for entity in facts.entities.values():
        for text in [entity.label, entity.description or "", *entity.alt_labels]:
            assert "â€" not in text and "Ã" not in text
        if entity.span:
            assert "â€" not in entity.span.quote


def test_no_party_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "plain.md"
    path.write_text("# Notes\n\nNothing about anyone here.\n", encoding="utf-8")
    with pytest.raises(ExtractionError, match="no recognisable party"):
        extract_facts(read_document(path))


def test_unseen_vendor_from_structure_only(tmp_path: Path) -> None:
    path = tmp_path / "contoso.md"
    path.write_text(
        "# Contoso shared responsibility\n\n"
        "## Contoso responsibilities\n\n"
        "Contoso is responsible for the following:\n\n"
        "- Patching hypervisors\n- Physical security of data centres\n\n"
        "## Customer responsibilities\n\n"
        "- Encrypting customer data\n- Managing user identities\n\n"
        "Contoso runs on Google Cloud. Contoso maintains SOC 2 and ISO 27001 certifications.\n",
        encoding="utf-8",
    )
    facts = extract_facts(read_document(path))
    contoso = next(p for p in facts.of_kind("party") if p.label == "Contoso")
    assert _duties(facts, contoso.ref.key) == [
        "Patching hypervisors",
        "Physical security of data centres",
    ]
    assert _duties(facts, "customer") == ["Encrypting customer data", "Managing user identities"]


def test_extraction_code_quotes_no_corpus_sentence() -> None:
    """The extractor must work from structure and vocabularies, not from one document's text."""
    code = "\n".join(p.read_text(encoding="utf-8") for p in GRAPH_DIR.rglob("*.py"))
    real = [p for p in (DATA / "real").iterdir() if p.suffix in (".md", ".rst", ".adoc")]
    pages = [*DATA.glob("*.md"), *real, *(DATA / "styles").glob("*.md")]
    for doc in pages:
        for line in doc.read_text(encoding="utf-8").splitlines():
            match = re.match(r"^\s*(?:[-*+]|\|)\s+(.*)$", line)
            if not match:
                continue
            phrase = match.group(1).replace("**", "").strip(" |")[:40]
            if len(phrase) >= 18 and len(set(phrase) - set("-:| ")) > 3:
                assert phrase not in code, f"graph/ quotes {phrase!r} from {doc.name}"


@pytest.mark.parametrize("path", sorted(DATA.glob("*.md")), ids=lambda p: p.name)
def test_every_corpus_document_extracts(path: Path) -> None:
    facts = extract_facts(read_document(path))
    assert facts.of_kind("party")
    assert facts.of_kind("duty")
    for relation in facts.relations:
        assert relation.subject in facts.entities or relation.subject.kind == "standard"
        assert relation.object in facts.entities


def test_parties_joined_in_one_cell(tmp_path: Path) -> None:
    path = tmp_path / "joint.md"
    path.write_text(
        "# Managed platform\n\n"
        "| Resource | Customer | Microsoft and Red Hat |\n|---|---|---|\n"
        "| Cluster upgrades | I | R |\n| Application code | R |  |\n\n"
        "| Area | IaaS | PaaS |\n|---|---|---|\n"
        "| Runtime | Customer | Microsoft and Red Hat |\n| Data | Customer | Shared |\n",
        encoding="utf-8",
    )
    facts = extract_facts(read_document(path))
    assert {p.ref.key: p.label for p in facts.of_kind("party")} == {
        "customer": "Customer",
        "microsoft": "Microsoft",
        "red-hat": "Red Hat",
    }
    for party in ("microsoft", "red-hat"):
        assert _duties(facts, party) == ["Cluster upgrades", "Data", "Runtime"]
    shared = [r for r in facts.relations if r.shared]
    assert {r.subject.key for r in shared} == {"customer", "microsoft", "red-hat"}
    assert all(r.service_model and r.service_model.endswith("/paas") for r in shared)


def test_lines_that_gave_no_fact_are_recorded(tmp_path: Path) -> None:
    """A sentence that reads like a duty but matches no pattern is reported, not dropped."""
    path = tmp_path / "unread.md"
    path.write_text(
        "# Shared responsibility\n\n"
        "## Customer responsibilities\n\n"
        "- Rotate access keys\n\n"
        "Responsibility for the hardware lies somewhere between the parties.\n\n"
        "| Task | Customer | Provider |\n|---|---|---|\n| Backups | R | A |\n",
        encoding="utf-8",
    )
    facts = extract_facts(read_document(path))
    assert [u.line for u in facts.unread] == [7]
    assert "somewhere between" in facts.unread[0].text
    assert "gave no fact" in facts.unread[0].message(str(path))


def _pairs(tmp_path: Path, body: str) -> set[tuple[str, str]]:
    """(party key, lower-cased duty label) of every responsibility a small page states."""
    path = tmp_path / "shape.md"
    path.write_text(f"# Shared responsibility\n\n{body}\n", encoding="utf-8")
    return _page_pairs(path)


def _triples(path: Path) -> set[tuple[str, str, str]]:
    """(party key, predicate, lower-cased object label) of every relation the page states."""
    facts = extract_facts(read_document(path))
    return {
        (r.subject.key, r.predicate, facts.entities[r.object].label.lower())
        for r in facts.relations
    }


def _related(path: Path, predicate: str) -> set[tuple[str, str]]:
    """(subject key, object label) of every ``predicate`` relation the page states ("holds",
    "uses", …)."""
    facts = extract_facts(read_document(path))
    return {
        (r.subject.key, facts.entities[r.object].label)
        for r in facts.relations
        if r.predicate == predicate
    }


def _write_page(tmp_path: Path, name: str, text: str) -> Path:
    """An invented page written under ``tmp_path`` (for the general-shape test files)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _page_pairs(path: Path) -> set[tuple[str, str]]:
    """(party key, lower-cased duty label) of every responsibility the page at ``path`` states."""
    facts = extract_facts(read_document(path))
    return {
        (r.subject.key, facts.entities[r.object].label.lower())
        for r in facts.relations
        if r.predicate in ("responsibleFor", "accountableFor", "consultedOn", "informedOf")
    }


def _has(pairs: set[tuple[str, str]], party: str, fragment: str) -> bool:
    return any(p == party and fragment in label for p, label in pairs)


SENTENCE_SHAPES = [
    # "you <verb> X and we <verb> Y" (no comma): the second clause is the writer's own, not
    # more of the reader's object
    (
        "Quarrytech is responsible for the depots.\n\nYou patch the cranes and we inspect "
        "the trucks.\n",
        [("customer", "patch the cranes"), ("quarrytech", "inspect the trucks")],
        ["cranes and we"],
    ),
    # "X is yours to <verb>", "X are ours to <verb> and <verb>": the verb carried to each
    # thing named; "X are yours as well: A, B" (the colon details X): X is the reader's
    (
        "Quarrytech runs the yard for you.\n\nIf you bring your own crane, that crane is "
        "yours to inspect. Winch faults, cable wear and brake drift are ours to diagnose and "
        "repair. Your loading plans are yours as well: the slot list and the pallet weights.\n",
        [
            ("customer", "inspect that crane"),
            ("platform-provider", "diagnose and repair winch faults"),
            ("platform-provider", "diagnose and repair brake drift"),
            ("customer", "loading plans"),
        ],
        [],
    ),
    # ", and we <duty verb> …" after a series of objects opens a clause of its own: its duty
    # is not one more object of the first verb
    (
        "Quarrytech runs the yard for you.\n\nWe maintain the crane images, the gantry "
        "charts, and the yard modules, and we ship winch patches for the current season.\n",
        [
            ("platform-provider", "maintain the yard modules"),
            ("platform-provider", "ship winch patches for the current season"),
        ],
        ["maintain we ship"],
    ),
    # a passive whose place holds a relative passive ("kept in the Ledger which is maintained
    # by X"): X maintains the Ledger, not the log; "IT" in capitals is a unit's initials, never
    # the pronoun "it" that points back to the passage's party
    (
        "Nimbus is responsible for the depots.\n\nA log of the details must be kept in the "
        "Yard Ledger which is maintained by the cloud provider in the main office. IT are also "
        "responsible for the yard lights.\n",
        [("cloud-provider", "maintain yard ledger")],
        ["a log of the details", "yard lights"],
    ),
    # a phrasal duty verb written in the third person ("deals with X") after a role the page
    # names itself: the role's duty, the label saying "with" once
    (
        "Nimbus is responsible for the depots.\n\n## Yard Security Officer\n\nThe person "
        "responsible for keeping the yard safe. The Night Security Officer deals with security "
        "incidents and shall respond to enquiries.\n",
        [
            ("night-security-officer", "deal with security incidents"),
            ("night-security-officer", "respond to enquiries"),
        ],
        ["with with"],
    ),
    # a relative passive with an adverb and an agent "of your choice", and two passives joined
    # by "and", each with its own subject: the agent's duties
    (
        "Nimbus is responsible for the depots.\n\nDedicated yards are storage sheds that are "
        "completely managed by the cloud provider of your choice.\n\nThe gate lights are "
        "checked in the morning and the night buoys are inspected at dusk by Nimbus.\n",
        [("cloud-provider", "storage sheds"), ("nimbus", "night buoys")],
        ["and the night buoys"],
    ),
    # "X will not do A, but will do B": the denied clause gives nothing, the "but" clause is
    # X's duty
    (
        "Nimbus is responsible for the depots.\n\nNimbus will normally not maintain the hut, "
        "but will check on its locks from time to time.\n",
        [("nimbus", "check on its locks")],
        ["maintain the hut"],
    ),
    # an FAQ: a who-question (a heading, a bold line, a "Q:" sentence) asks a duty, the short
    # answer right after it ("You are.", "Nimbus does.", "The customer.") names its party; a
    # question nobody answers with a party, or a party's capability ("Who can …?"), gives none
    (
        "Nimbus is responsible for the depots.\n\n## FAQ\n\n### Who is responsible for "
        "backups of the catalog?\n\nYou are. Nimbus keeps no copies.\n\n### Who patches the "
        "relay hosts?\n\nNimbus does.\n\n### Who can open a ticket?\n\nAnyone on the team."
        "\n\n**Who must rotate the signing keys?** The customer.\n\nQ: Who is responsible "
        "for the yard lights? A: The customer is.\n",
        [
            ("customer", "backups of the catalog"),
            ("nimbus", "patch the relay hosts"),
            ("customer", "rotate the signing keys"),
            ("customer", "yard lights"),
        ],
        ["open a ticket", "anyone"],
    ),
    # a conjunct that grants the reader leave ("…, and allow customers to select the region")
    # is no duty of the subject; "X are those managed by P" is a passive with its agent
    (
        "We run relays in many regions, and allow customers to select the region where the "
        "data is stored.\n\nThe gate and yard services are those managed by Nimbus.\n",
        [("nimbus", "run relays"), ("nimbus", "manage gate and yard services")],
        ["select the region"],
    ),
    # "we" of a page whose only named party of unknown role is a role of people ("Project
    # maintainers") is the provider, not that role; a one-word notice label ("Important:")
    # is no part of its sentence; a negated parenthesis is an aside, not a denial; "and then
    # <verb> <object>" in prose is a second duty
    (
        "## Project maintainers\n\nThe project maintainers are responsible for maintaining "
        "the hut.\n\n## Building\n\nWe will build the hut. Important: a board member must "
        "sign the request. You need to cut a key on your desk (do not use a shared bench) and "
        "then add your public key to the ledger. You must rotate the keys and then publish "
        "the list.\n",
        [
            ("project-maintainers", "maintaining the hut"),
            ("platform-provider", "build the hut"),
            ("board-member", "sign the request"),
            ("customer", "cut a key on your desk"),
            ("customer", "add your public key to the ledger"),
            ("customer", "publish the list"),
        ],
        ["then publish"],
    ),
    # instructions chained by "and then" are two duties; "Save a copy and confirm receipt of
    # X" shares its complement, one duty; a series object "the VPC, edge nodes, and control
    # plane resources" keeps its verb on the last noun phrase ("control" is no verb there)
    (
        "## Customer responsibilities\n\n- Create a depot account and then create your relay "
        "in the depot.\n- Save a copy and confirm receipt of your cargo manifests.\n\n"
        "## Nimbus responsibilities\n\nNimbus provisions the uplink, edge nodes, and control "
        "plane resources.\n",
        [
            ("customer", "create a depot account"),
            ("customer", "create your relay in the depot"),
            ("customer", "save a copy and confirm receipt"),
            ("nimbus", "provision control plane resources"),
        ],
        [],
    ),
    # (from a user check on an unseen managed-service terms page, invented text)
    # "agrees to <verb>" binds like "will"; "commits to a rate" (a noun, no verb) does not
    # read as an action; an indefinite role phrase opening a sentence is its subject
    (
        "Nimbus is responsible for the depots.\n\nNimbus agrees to inspect the trucks weekly. "
        "A yard steward will lock the gates at night.\n",
        [("nimbus", "inspect the trucks weekly"), ("yard-steward", "lock the gates")],
        [],
    ),
    # a series of bare verbs shares the last one's object: one duty, whole, not "Access ,
    # modify" and "Maintain X"
    (
        "Nimbus operates and manages the depots.\n\nWe will access, modify, and maintain the "
        "depots at night.\n",
        [("platform-provider", "access, modify, and maintain the depots")],
        [],
    ),
    # "comply with these terms" names the document (a document noun), not the previous
    # party's duty: no "comply with the depots" made from Nimbus's object
    (
        "Nimbus operates and manages the depots.\n\nWe will access, modify, and maintain the "
        "depots at night.\n\nThe customer must comply with the order form, these terms, and "
        "the acceptable use policy.\n",
        [("customer", "comply with these terms")],
        ["comply with the depots"],
    ),
    # "Nimbus may terminate the subscription" is a right Nimbus keeps (a sanction verb,
    # lexicon); "Nimbus will raise the issue" still binds
    (
        "Nimbus operates the depots.\n\nIf the fees are late, Nimbus will raise the issue with "
        "the customer. If it is not resolved, Nimbus may terminate the subscription with "
        "notice.\n",
        [("nimbus", "raise the issue")],
        ["terminate the subscription"],
    ),
    # a subject that introduces its own acronym ("Participating member agencies (PMAs) are
    # responsible for X") is a party the page names
    (
        "Nimbus is responsible for the hosts.\n\nParticipating member agencies (PMAs) are "
        "responsible for complying with the export rules.",
        [("participating-member-agencies", "complying with the export rules")],
        [],
    ),
    # a role named in passing with its duty ("… directed by a steering committee responsible
    # for A and B"): a reduced relative clause after a person noun
    (
        "Nimbus is responsible for the hosts.\n\nThe relay operations will be directed by a "
        "regional steering committee responsible for approving budgets, and setting priorities.",
        [
            ("regional-steering-committee", "approving budgets"),
            ("regional-steering-committee", "setting priorities"),
        ],
        [],
    ),
    # "X will (also) have access to Y" is a right X holds, not a duty; "must have a plan"
    # still binds
    (
        "Nimbus is responsible for the hosts.\n\nNimbus administrators will also have access "
        "to the vaults upon approval. The customer must have a recovery plan.",
        [("customer", "have a recovery plan")],
        ["access to the vaults"],
    ),
    # a participle clause of result after the object ("…, enabling A, B, and C") is what the
    # duty brings about, not more objects of its verb
    (
        "Nimbus is responsible for the hosts.\n\nNimbus provides fast storage in the cloud, "
        "enabling backups, archiving, and sharing for every team.",
        [("nimbus", "provide fast storage in the cloud")],
        ["enabling", "provide archiving", "provide sharing"],
    ),
    # "If X, that is <party>'s responsibility": the condition names the duty; a singular
    # possessive finds the page's plural party ("the member's" -> "Members")
    (
        "Nimbus is responsible for the hosts. Members are responsible for their uploads.\n\n"
        "If nightly jobs need to be paused, that is the member's responsibility. When extra "
        "copies are needed, this is your responsibility.",
        [
            ("members", "nightly jobs need to be paused"),
            ("customer", "extra copies are needed"),
        ],
        ["that", "this"],
    ),
    # "… responsible for A and (, hence,) are (also) responsible for B": two duties of the
    # same subject, not one label running into the second
    (
        "Nimbus is responsible for the hosts.\n\nTenants are responsible for all record "
        "keeping within the vault and, hence, are responsible for moving records of value to "
        "their archive.",
        [("customer", "all record keeping"), ("customer", "moving records of value")],
        ["hence"],
    ),
    # a coordinated subject of a responsibility gives each party the duty; a leading "the"
    # is shared by the conjuncts ("The archive lead and deputy steward are …")
    (
        "Nimbus is responsible for the hosts.\n\n"
        "The vault steward and all users are responsible for scanning uploaded files. "
        "The archive lead and deputy steward are responsible for the retention schedule.",
        [
            ("vault-steward", "scanning uploaded files"),
            ("customer", "scanning uploaded files"),
            ("archive-lead", "retention schedule"),
            ("deputy-steward", "retention schedule"),
        ],
        [],
    ),
    # "<party> is tasked with X" / "is charged with X": a responsibility like "responsible for"
    (
        "Nimbus is tasked with patching the relay hosts. The customer is charged with "
        "reviewing the audit trail.",
        [("nimbus", "patching the relay hosts"), ("customer", "reviewing the audit trail")],
        ["tasked", "charged"],
    ),
    # "It is the responsibility of <party> to <duty>": the party after "of"
    (
        "Nimbus runs the platform.\n\n"
        "It is the responsibility of the customer to rotate the archive keys every month.",
        [("customer", "rotate the archive keys")],
        ["responsibility of"],
    ),
    # an appositive between a name and its verb ("Harbor Ops, a Nimbus partner, is required
    # to …") is set aside: the name is the subject
    (
        "Nimbus is responsible for the hosts.\n\nDNS answers with Harbor Ops addresses; "
        "send the forms to Harbor Ops.\n\nHarbor Ops, a Nimbus partner, is required to review "
        "and vet the content of all domains.",
        [("harbor-ops", "review and vet the content")],
        [],
    ),
    # "The archive steward is responsible for X": a definite noun phrase whose head is a
    # person noun is a party the page names itself, known to no vocabulary
    (
        "Nimbus runs the service.\n\n"
        "The archive steward is responsible for labelling every uploaded dataset. "
        "The project lead is responsible for approving new members.",
        [
            ("archive-steward", "labelling every uploaded dataset"),
            ("project-lead", "approving new members"),
        ],
        [],
    ),
    # "The diagram shows that <clause>": the clause is the page's statement
    (
        "The diagram shows that Nimbus hosts the dashboard, patches the brokers, and rotates "
        "the signing keys.",
        [("nimbus", "patch the brokers"), ("nimbus", "rotate the signing keys")],
        ["diagram"],
    ),
    # the community a hosted service serves is its customer
    (
        "The community members maintain the forum. The hub community is responsible for "
        "choosing its own plugins.",
        [("customer", "maintain the forum"), ("customer", "choosing its own plugins")],
        [],
    ),
    # a definition whose relative clause binds the reader ("is a machine that you deploy and
    # manage", "is governed by rules that you define") gives the reader's duty
    (
        "A build agent is a machine that you deploy and manage to run jobs. The appliance "
        "runs on your hardware and is governed by access rules that you define.",
        [("customer", "deploy and manage build agent"), ("customer", "define access rules")],
        [],
    ),
    # "pay this invoice within 30 days" points back to the invoice duty named before
    (
        "You will pay the invoice that the billing team sends you. You will pay this invoice "
        "within 30 days.",
        [("customer", "pay the invoice that the billing team sends you")],
        ["pay this invoice"],
    ),
    # "and when …" goes on with the same object (a second wh-clause), not a second duty
    (
        "We will tell you clearly what gets patched and when the maintenance window will start.",
        [("platform-provider", "what gets patched and when the maintenance window")],
        [],
    ),
    # "X and all other Y" sweeps up the rest: one duty, not a second one of its own
    (
        "You are responsible for patching the guest kernel and all other packages.",
        [("customer", "patching the guest kernel and all other packages")],
        [],
    ),
    # two adjectives joined by "and" before one noun name one thing, not two objects
    (
        "We maintain suitable physical and logical safeguards to protect data.",
        [("platform-provider", "maintain suitable physical and logical safeguards")],
        [],
    ),
    # "Depending on …," opens the sentence; the list after a purpose infinitive ("to allow
    # A, B, and C") is that infinitive's object, not more duties; "gives you the ability to"
    # offers, it binds no one
    (
        "Depending on the plan, Nimbus keeps regular snapshots to enable cloning, point in "
        "time restores (PITR), and disaster recovery. Nimbus gives you the ability to "
        "export audit trails.",
        [("nimbus", "keep regular snapshots to enable cloning, point in time restores")],
        ["keep point in time", "keep disaster recovery", "export audit trails"],
    ),
    # an ordinal adverb before the modal ("first needs to") and the tenant's cluster admin
    (
        "To grant access, a cluster admin first needs to create namespaces for the teams.",
        [("customer", "create namespaces for the teams")],
        [],
    ),
    # "we" narrating the page ("we will walk through … and describe …") states no duty
    (
        "We will walk through the storage tiers one by one and describe the retention model. "
        "The customer must rotate the access keys.",
        [("customer", "rotate the access keys")],
        ["storage tiers", "retention model"],
    ),
    # a gerund phrase that points back ("storing them") explains the one before it
    (
        "The customer is responsible for managing the keys, storing them in a vault.",
        [("customer", "managing the keys, storing them in a vault")],
        [],
    ),
    # "… which users have access" after a gerund is what is managed, not a relative clause;
    # "… with the expectation that you are responsible for": "you" is the subject
    (
        "The customer is responsible for managing and maintaining which users have access to "
        "the project. Nimbus is responsible for the network. Nimbus runs the services with the "
        "expectation that you are responsible for the design of your systems.",
        [
            ("customer", "maintaining which users have access"),
            ("customer", "design of your systems"),
        ],
        [],
    ),
    # a connective ("therefore") or a comma splice before a party's own clause starts it
    (
        "Nimbus is responsible for the network. Nimbus runs a proxy, therefore Nimbus is "
        "responsible for the proxy protocols. Nimbus encrypts the links, you are responsible "
        "for the keys.",
        [("nimbus", "proxy protocols"), ("customer", "keys")],
        [],
    ),
    # ", and therefore X is your responsibility. This includes: A, B, and C."
    (
        "Nimbus is responsible for the network. The machine runs what you give it, and "
        "therefore its content is your responsibility. This includes: the userspace, the "
        "libraries, and the services you run.",
        [
            ("customer", "its content"),
            ("customer", "userspace"),
            ("customer", "services you run"),
        ],
        [],
    ),
    # "we" after a connective or a comma splice opens a clause of its own; so does
    # ", and X is your responsibility"; "e.g." before a subject is no part of it
    (
        "The customer is responsible for the data. We run a proxy as a platform feature, "
        "therefore we are responsible for the proxy protocols. We encrypt the links for your "
        "apps, we are responsible for the link keys. The machine is assembled from your "
        "settings, and therefore its content is your responsibility. We patch hosts. e.g. we "
        "are responsible for "
        "fixing protocol flaws.",
        [
            ("platform-provider", "proxy protocols"),
            ("platform-provider", "link keys"),
            ("customer", "its content"),
            ("platform-provider", "fixing protocol flaws"),
        ],
        [],
    ),
    # a sentence may open with "e.g."; it is a sentence of its own
    (
        "Nimbus is responsible for the security of the proxy. e.g. Nimbus is responsible for "
        "fixing protocol flaws.",
        [("nimbus", "security of the proxy"), ("nimbus", "fixing protocol flaws")],
        ["e.g."],
    ),
    # "has ultimate responsibility for": a responsibility like "has full responsibility"
    (
        "The customer has ultimate responsibility for the images it runs.",
        [("customer", "images it runs")],
        [],
    ),
    # a reflexive object ("responsible for yourself") closes a relative clause, no duty;
    # a view ("considers") and an intent ("hopes to") are no duties either, where a target
    # of best effort ("aims to") is one
    (
        "Nimbus is responsible for the network. Here is an overview of the parts that you, "
        "the customer, are responsible for yourself. Nimbus considers the hypervisor the "
        "boundary. Nimbus hopes to update the sample images. Nimbus aims to update the "
        "depot manuals.",
        [("nimbus", "network"), ("nimbus", "update the depot manuals")],
        ["yourself", "hypervisor", "sample images"],
    ),
    # an offer to the reader ("provides features that you can use") is no duty
    (
        "Google provides features that you can use to secure your account. Google patches the "
        "hosts.",
        [("google", "patch the hosts")],
        ["features"],
    ),
    # "This includes A, B, and C" right after a "responsible for" sentence: more of its duties
    (
        "Nimbus is responsible for the security of its hosts. This includes rotating the host "
        "keys, patching the kernels, and replacing failed disks.",
        [
            ("nimbus", "rotating the host keys"),
            ("nimbus", "patching the kernels"),
            ("nimbus", "replacing failed disks"),
        ],
        [],
    ),
    # "The following areas are managed by X.": the areas follow; "following" is no duty
    (
        "The following areas are managed by Nimbus.\n\nNimbus patches the hosts.",
        [("nimbus", "patch the hosts")],
        ["following"],
    ),
    # an example set off by commas inside the object is no duty of its own
    (
        "The customer has to set up a dashboard, like a status board, for latency and errors.",
        [("customer", "set up a dashboard for latency and errors")],
        ["like a status board"],
    ),
    # a negated clause after "and" ends the duty; it does not cancel it
    (
        "Customers own their data. AKS manages the lifecycle of agent nodes on your behalf and "
        "modifying them directly is not supported.",
        [("microsoft", "lifecycle of agent nodes")],
        ["modifying"],
    ),
    # a negation inside what must be ensured is part of the duty
    (
        "The customer must ensure that their use of the platform does not compromise the controls.",
        [("customer", "does not compromise")],
        [],
    ),
    # a product's team acts for its vendor; "the team" goes on being that vendor
    (
        "If a flaw is found, the AKS team will patch all affected clusters. Alternatively, the "
        "team will give users upgrade guidance.",
        [("microsoft", "patch all affected clusters"), ("microsoft", "upgrade guidance")],
        [],
    ),
    # a possessive is not the subject; a right is not a duty; knowing what is not a duty
    (
        "Customers manage their keys. Your run's container will also send metadata to us. "
        "Acme reserves the right to archive idle clusters. You should understand what aspects "
        "of security you own.",
        [("customer", "manage their keys")],
        ["send metadata", "archive idle clusters", "understand what"],
    ),
    # an aside after the subject, a contrast clause, a commitment, a hypothetical
    (
        "While AWS, as the provider, implements the controls, the customer must rotate keys. "
        "AWS personnel are committed to fixing issues upstream. In an on-premises data centre, "
        "the customer would be responsible for all aspects of security.",
        [
            ("aws", "implement the controls"),
            ("customer", "rotate keys"),
            ("aws", "fix issues upstream"),
        ],
        ["all aspects of security"],
    ),
    # a quoted control; coordinated verbs and nouns in the head verb's form ("must have
    # procedures and processes": a noun after a modal's base form is no verb)
    (
        'CP-2: "The application owner is responsible for testing the contingency plan." '
        "Application owners must have their own procedures and processes in place. You must "
        "obtain and assign licenses, add users to groups, and manage end of life.",
        [
            ("customer", "testing the contingency plan"),
            ("customer", "processes in place"),
            ("customer", "obtain and assign licenses"),
            ("customer", "add users to groups"),
        ],
        ['plan"'],
    ),
    # a verb's object of two noun phrases is two duties (not a clause, not "as needed"); a
    # product acting ("notifies" is a verb, not a noun in -ies)
    (
        "Elastic Beanstalk publishes its support policy and retirement schedule. If an update "
        "fails, Elastic Beanstalk notifies you of the failure. Oracle operates the service and the "
        "customer uses it. You allocate resources and services as needed.",
        [
            ("aws", "publish its support policy"),
            ("aws", "publish retirement schedule"),
            ("aws", "notify you of the failure"),
            ("oracle", "operate the service"),
            ("customer", "allocate resources and services as needed"),
        ],
        ["operate the customer"],
    ),
    # a duty named only by a reference to the page, then "This includes …"; modifiers that
    # share a head noun each get it
    (
        "AWS is responsible for the control plane. You are largely responsible for the topics "
        "in this guide. This includes data, network, and runtime security, as well as logging "
        "and monitoring.",
        [
            ("customer", "data security"),
            ("customer", "network security"),
            ("customer", "runtime security"),
            ("customer", "logging and monitoring"),
        ],
        ["topics in this guide"],
    ),
    # "the provider" with no party before it is the provider itself; a "since" clause is
    # a clause of its own
    (
        "## IaaS\n\nThe provider is responsible for the physical security of the platform. "
        "With managed services, the client has less to worry about, since the provider "
        "ensures protection for higher-level infrastructure layers.",
        [
            ("cloud-provider", "physical security of the platform"),
            ("cloud-provider", "higher-level infrastructure layers"),
        ],
        [],
    ),
    # an adverb before the verb, a product's team, an infinitive pair ("to review and
    # approve"), "and ensuring that …" as a duty of its own
    (
        "You must have resources to review and approve these changes. We actively monitor your "
        "devices. Microsoft Managed Desktop operations team will create device groups. You are "
        "responsible for resolving incidents for devices that are not managed and ensuring that "
        "the operations team is informed.",
        [
            ("microsoft", "monitor your devices"),
            ("microsoft", "create device groups"),
            ("customer", "review and approve these changes"),
            ("customer", "ensuring that the operations team is informed"),
        ],
        [],
    ),
    # the passive with an agent after a prepositional phrase; "responsible of"
    (
        "Data is encrypted at rest and in transit by AWS. You are responsible of provisioning "
        "enough compute.",
        [("aws", "at rest and in transit"), ("customer", "provisioning enough compute")],
        [],
    ),
    # a connective opening the sentence, a modal in capitals, "requires that <party> <verb>"
    (
        "Otherwise the CSP MUST apply security fixes within a week. Rather, the standard requires "
        "that CSPs publish notice of each fixed flaw. CSPs using old releases could be asked to "
        "upgrade.",
        [
            ("cloud-provider", "apply security fixes"),
            ("cloud-provider", "publish notice of each fixed flaw"),
        ],
        ["old releases"],
    ),
    # a weighed consequence and an object of "no" state no duty
    (
        "The customer patches the hosts. This option would require cloud providers to update "
        "their deployment twice a year. Acme Labs makes no guarantees about uptime.",
        [("customer", "patch the hosts")],
        ["update their deployment", "guarantees"],
    ),
    # the verb's preposition goes with every listed object
    (
        "Customers must comply with the Privacy Rule, Security Rule, and Breach Notification Rule.",
        [
            ("customer", "comply with the privacy rule"),
            ("customer", "comply with security rule"),
            ("customer", "comply with breach notification rule"),
        ],
        [],
    ),
    # a relative clause inside a list; two noun phrases with one head noun
    (
        "The customer is responsible for the access list, which is reviewed every week, device "
        "and tag membership, and the routing policy. The customer is responsible for its own "
        "backup plan and disaster recovery plan for application resources.",
        [
            ("customer", "device and tag membership"),
            ("customer", "routing policy"),
            ("customer", "its own backup plan"),
            ("customer", "disaster recovery plan"),
        ],
        ["reviewed every week"],
    ),
    # an obligation to be in a state; "undergo"; an independent third party as the agent
    (
        "AWS is obliged to be vigilant about security risks. AWS undergoes penetration tests "
        "yearly. These audits are conducted by an independent third party.",
        [
            ("aws", "be vigilant about security risks"),
            ("aws", "undergo penetration tests yearly"),
            ("third-party", "conduct these audits"),
        ],
        [],
    ),
    # "while also <verb>"; "assumes all responsibility"; "still need to"; a relative clause
    (
        "Customers must perform due diligence and monitor the provider's status, while also "
        "implement their own compliance controls. For on-premises products, your organization "
        "assumes all responsibility for managing change. However, you still need to ensure that "
        "custom software keeps working. The actions that you are responsible for varies.",
        [
            ("customer", "implement their own compliance controls"),
            ("customer", "managing change"),
            ("customer", "ensure that custom software keeps working"),
        ],
        ["varies", "while also"],
    ),
    # a passive after "or the X will …"; "these capabilities" points back; a party's staff
    (
        "Users should note that minimum versions are required by AWS or the instance will be "
        "automatically updated by AWS. Microsoft is responsible for providing resilience "
        "capabilities. Although Microsoft is responsible for providing these capabilities, you "
        "select the ones you need. Your global administrator must submit a service request.",
        [
            ("aws", "update instance"),
            ("microsoft", "providing resilience capabilities"),
            ("customer", "submit a service request"),
        ],
        ["these capabilities"],
    ),
    # "the responsibility for X is up to Y"; "<Org> recommends all <party> <verb>"
    (
        "The customer patches the hosts. The responsibility for managing these containers is up "
        "to the tenants. Nimbus recommends all tenants follow the twelve-factor method.",
        [
            ("customer", "managing these containers"),
            ("customer", "follow the twelve-factor method"),
        ],
        [],
    ),
    # "holds" and "specify" are verbs of duty (ontology/vocabularies/duty-verbs.ttl)
    (
        "Google holds the licences for the bundled database engine. You specify the trusted "
        "address ranges.",
        [("google", "hold the licences"), ("customer", "specify the trusted address ranges")],
        [],
    ),
    # a conjunct that grants leave ("…, and feel free to adapt …") is no duty
    (
        "## Recovery\n\nGoogle publishes recovery runbooks, and feel free to copy the sample "
        "checklist.",
        [("google", "publish recovery runbooks")],
        ["feel free", "sample checklist"],
    ),
    # a participle phrase between the party and its obligation ("Tenants running regulated
    # workloads must …") describes the party; the obligation still binds it
    (
        "## Audit\n\nTenants running regulated workloads must enable audit logging. Providers "
        "using old releases could lose vendor support.",
        [("customer", "enable audit logging")],
        ["lose vendor support", "running regulated"],
    ),
    # a second clause whose party acts through an adverb ("…, since the provider regularly
    # patches …") is split off like any other
    (
        "## Hosts\n\nThe tenant has little to worry about, since the provider regularly patches "
        "the host kernels.",
        [("cloud-provider", "patch the host kernels")],
        [],
    ),
    # a brand name ending in "+" is a name of its own ("Nimbus+"), its team acting for it
    (
        "## Runs\n\nYour code stays in your network while the schedules run on Nimbus+. The "
        "Nimbus+ backend services will rotate the signing keys.",
        [("nimbus-plus", "rotate the signing keys")],
        [],
    ),
    # verbs listed after a purpose and ending in "or" are the purpose's alternatives, one duty
    (
        "## Alerts\n\nGoogle will watch the event stream to plan new work, check for failure, or "
        "send alerts.",
        [("google", "watch the event stream to plan new work, check for failure, or send alerts")],
        [],
    ),
    # an opening adverb before a leading phrase is no subject ("More precisely, during …, X …")
    (
        "## Keys\n\nThe customer manages their data. The schedules run on Nimbus. More "
        "precisely, during the nightly window, Nimbus rotates the signing keys.",
        [("nimbus", "rotate the signing keys")],
        [],
    ),  # after "You must …" in a paragraph, a later instruction is the reader's duty as well; a
    # statement between them is none
    (
        "## Records\n\nYou must turn off the default store before loading any records. The "
        "default store is not certified. Coordinate with the vendor through your account "
        "manager to ensure proper configuration.",
        [
            ("customer", "turn off the default store"),
            ("customer", "coordinate with the vendor"),
        ],
        ["not certified"],
    ),  # a party that helps by doing something ("helps you … by providing …") does that
    (
        "## Upgrades\n\nThe customer manages their data. Google helps you keep your nodes "
        "current by running scheduled upgrade jobs.",
        [("google", "run scheduled upgrade jobs")],
        [],
    ),  # a second object whose possessive points back to the first is a second duty
    (
        "## Hosts\n\nThe customer manages their data. Google operates the storage arrays and "
        "their firmware and controller updates.",
        [
            ("google", "operate the storage arrays"),
            ("google", "operate their firmware and controller updates"),
        ],
        [],
    ),
    # "This means (that) <clause>": the clause states a duty of its own
    (
        "## Hosts\n\nThe customer manages their data. This means Google patches the hosts.",
        [("google", "patch the hosts")],
        [],
    ),
    # a regular verb's base form after "has" is "has to" with "to" left out; a perfect is none
    (
        "## Records\n\nThe customer manages their data. Google has encrypt the backups and "
        "report incidents to the customer. Google has patched the hosts.",
        [("google", "encrypt the backups"), ("google", "report incidents")],
        ["patched the hosts"],
    ),
    # a state, then the party's second verb ("is … and patches …"); after a certification too
    (
        "## Hosts\n\nThe customer manages their data. Google is fully redundant and patches "
        "the hosts. Google is ISO 27001 certified and rotates the signing keys.",
        [("google", "patch the hosts"), ("google", "rotate the signing keys")],
        [],
    ),
    # "… is your responsibility" names the reader's duty
    (
        "## Keys\n\nGoogle runs the hosts. Rotating the signing keys is your responsibility.",
        [("customer", "rotating the signing keys")],
        [],
    ),
    # a party's clause, then "and <duty> is your responsibility": two parties, two duties
    (
        "## Alerts\n\nThe customer manages their data. Google sends you security alerts and "
        "applying the fixes is your responsibility.",
        [("google", "send you security alerts"), ("customer", "applying the fixes")],
        ["fixes is", "alerts and"],
    ),
    # a name no vocabulary knows and the opening does not name, with a capability verb and no
    # obligation ("Quillet provides …", "… are also provided by Borrowdale"), describes what an
    # outside product or project offers: no party, no duty (with an obligation it binds)
    (
        "## Patching\n\nThe customer must patch guest images. If the team has no runbook, "
        "Quillet Labs provides runbook samples. Kernel fixes are also provided by Borrowdale "
        "for older releases. Quillet Labs must also publish a notice of each fix.",
        [("customer", "patch guest images"), ("quillet-labs", "notice of each fix")],
        ["runbook samples", "kernel fixes"],
    ),
    # a product and another name of its vendor as one subject ("EC2 and AWS staff are
    # committed to …"): the vendor acts
    (
        "## Hosts\n\nThe customer is responsible for guest images. Amazon EC2 and AWS staff "
        "are committed to rotating host certificates.",
        [("aws", "rotat")],
        [],
    ),
    # "include" is a duty verb: "keep X updated and include Y" is two duties
    (
        "## Agents\n\nYou must keep the agent updated and include log review in your weekly "
        "routine.",
        [("customer", "keep the agent updated"), ("customer", "include log review")],
        ["updated and include"],
    ),
    # "the <adjective> ones" points back to the party's earlier duty with that verb and
    # adjective: the same duty, not a new one
    (
        "## Tools\n\nYou are responsible for choosing the appropriate scanners.\n\n"
        "## Scanners\n\nYou are also responsible for choosing the appropriate ones for each "
        "workload.",
        [("customer", "choosing the appropriate scanners")],
        ["ones"],
    ),
    # a concessive clause whose object only points back ("While the provider runs these
    # vaults, …") restates what was said before: no new duty; its main clause still is one
    (
        "## Keys\n\nThe customer must rotate keys. While the provider runs these vaults, the "
        "customer must also audit key access.",
        [("customer", "rotate keys"), ("customer", "audit key access")],
        ["these vaults", "run keys"],
    ),
    # a conjunct that only asks a question ("start with investigating how …") is no duty;
    # the conjunct beside it still is
    (
        "## Images\n\nThe provider will start with investigating how stale images are "
        "detected and notify tenants of each stale image.",
        [("cloud-provider", "notify tenants")],
        ["investigating"],
    ),
    # the page's one named party and the bare generic word ("the provider") are one party;
    # with two named parties the generic word stays a party of its own
    (
        "## Split\n\nThe provider is responsible for host patching. The customer is "
        "responsible for guest images.\n\n## Owners\n\nNimbus Cloud is responsible for the "
        "data centres.",
        [("nimbus-cloud", "host patching"), ("nimbus-cloud", "data centres")],
        [],
    ),
    (
        "## Split\n\nThe provider is responsible for host patching.\n\n## Owners\n\n"
        "Nimbus Cloud is responsible for the data centres. Orbit Vault is responsible for key "
        "storage.",
        [("cloud-provider", "host patching"), ("orbit-vault", "key storage")],
        [],
    ),
    # a list closed by its own "and" is one item of the list around it: no label is cut
    # mid-phrase, the item after it is a duty of its own
    (
        "Nimbus is responsible for the latency, uptime, and audit trail of the job queue, "
        "and the hardening of its worker fleet.",
        [
            ("nimbus", "latency, uptime, and audit trail of the job queue"),
            ("nimbus", "hardening of its worker fleet"),
        ],
        ["queue, and"],
    ),
    # bare gerunds before a gerund with an object share that object ("keeping X ready": what
    # X is kept is not part of the object)
    (
        "Nimbus is responsible for installing, tuning, cleaning up, and keeping the message "
        "broker healthy, and the isolation of tenant queues.",
        [
            ("nimbus", "installing the message broker"),
            ("nimbus", "tuning the message broker"),
            ("nimbus", "cleaning up the message broker"),
            ("nimbus", "keeping the message broker healthy"),
            ("nimbus", "isolation of tenant queues"),
        ],
        ["broker healthy healthy"],
    ),
    # a listed "its X" after "… of the Y" is the X of the Y, not a pronoun left dangling
    (
        "Nimbus is responsible for the schema design of the ledger, its retention, and queue "
        "tuning.",
        [("nimbus", "retention of the ledger"), ("nimbus", "queue tuning")],
        ["its retention"],
    ),
    # "everything …" is no gerund whose verb the next items share
    (
        "The customer is responsible for everything above the network: the guest firmware and "
        "its settings, the container runtime, job quotas, and access rules.",
        [("customer", "container runtime"), ("customer", "job quotas")],
        ["everything the container"],
    ),
    # a list after a colon: the items are the duties, the summary before the colon is none
    (
        "The customer is responsible for keeping the ledger lean and fast: pruning old rows, "
        "adding partitions, tuning batch sizes, and watching lock waits.",
        [("customer", "pruning old rows"), ("customer", "watching lock waits")],
        ["lean and fast"],
    ),
    # a verb of power with a wh-object and no modal says who decides ("You control what …");
    # with a noun object it is read as any verb
    (
        "Nimbus is responsible for the depots. You control what your crawlers collect and what "
        "stays in storage. You control access to the storage.",
        [("customer", "control access to the storage")],
        ["control what"],
    ),
    # a run of bare gerunds before the last one's object ("…: assembling, servicing, and
    # dismantling the cranes") is one series, not a last verb phrase of its own
    (
        "Nimbus is responsible for the yard. Nimbus takes care of the whole crane lifecycle "
        "including: assembling, servicing, repairing, and dismantling the cranes.",
        [("nimbus", "take care of the whole crane lifecycle")],
        ["dismantling"],
    ),
    # a participle after the first object ("a plan covering A, B, and C") takes the list: one
    # duty, the items are what the plan covers
    (
        "Nimbus is responsible for the yard. Nimbus maintains a safety plan covering crane "
        "checks, monthly drills, and a public incident log.",
        [("nimbus", "maintain a safety plan covering crane checks, monthly drills")],
        ["maintain monthly drills", "maintain a public incident log"],
    ),
    # "ensure A and B in the yard is clean": the "and" joins the clause's subject, it starts no
    # second clause (nothing before it has a verb of its own)
    (
        "Nimbus is responsible for the depots. It is each crew lead's responsibility to ensure "
        "all cargo and paperwork in their bay is inspected before loading it.",
        [("crew-lead", "ensure all cargo and paperwork in their bay is inspected")],
        [],
    ),
    # a passive inside a relative clause ("…, where both A and B are run by X") has the
    # clause's own subject, not the sentence before it
    (
        "Nimbus is responsible for the depots. Nimbus also sells a full plan, offered as an "
        "add-on, where both the cranes and the rail yard are operated by Nimbus.",
        [("nimbus", "cranes"), ("nimbus", "rail yard")],
        ["sells a full plan", "add-on"],
    ),
    # a noun phrase before the colon names the duty; the nouns after it are its parts, no
    # duties of their own
    (
        "Nimbus is responsible for the upkeep of the yard: the cranes, the rails, and the "
        "depots. Tenants are responsible for safety in the yard: their crews, their loads, and "
        "how they stack them. Nimbus provides the tools: hoists, ladders, and harnesses.",
        [
            ("nimbus", "upkeep of the yard"),
            ("customer", "safety in the yard"),
            ("nimbus", "provide the tools"),
        ],
        ["cranes", "rails", "crews", "loads", "how they stack", "hoists", "harnesses"],
    ),
    # a thing hosted in a party (an aside between dashes left out) is that party's to host; a
    # place that is no party gives no duty
    (
        "The customer manages their code. The scheduler nodes - including the queue, the "
        "workers, and the audit store - are hosted in AWS. The build cache is hosted in your "
        "own account.",
        [("aws", "host scheduler nodes")],
        ["build cache"],
    ),
    # when too little is left before a manner clause, the purpose clause after it is cut
    (
        "The customer manages their code. Microsoft guarantees uptime according to its published "
        "agreements to ensure quick recovery of every tenant.",
        [("microsoft", "guarantee uptime according to its published agreements")],
        ["to ensure", "quick recovery"],
    ),
    # a second verb of a party's sentence is labelled in its base form, as the first is
    (
        "The customer manages their code. Microsoft takes nightly snapshots of the disks and "
        "ships copies to a second region.",
        [("microsoft", "take nightly snapshots"), ("microsoft", "ship copies to a second region")],
        ["ships copies"],
    ),
    # a later verb whose object is "them" / "it" takes the object of the verb before it
    (
        "The customer manages their code. Microsoft takes full disk snapshots nightly and "
        "keeps them for a week.",
        [("microsoft", "keep full disk snapshots for a week")],
        ["keep them", "keeps them"],
    ),
    # an over-long label loses its purpose infinitive, not the object of a verb inside it, and
    # never ends on a participle whose object was cut
    (
        "The customer must coordinate closely with their billing contact or the named account "
        "manager of the tenant and of the parent organisation of the tenant and of its "
        "subsidiaries to disable the default retention of old invoices. Microsoft must tell the "
        "customer about outages and "
        "planned maintenance windows of the ledger affecting the customer tenant, its daily "
        "reports and the monthly statements it sends to its auditors and regulators.",
        [
            (
                "customer",
                "coordinate closely with their billing contact or the named account manager of "
                "the tenant",
            ),
            (
                "microsoft",
                "planned maintenance windows of the ledger affecting the customer tenant",
            ),
        ],
        ["disable the default", "monthly statements"],
    ),
    # "of A and of B": a second complement of the same noun, not a second verb phrase: the
    # noun (and its verb) with each, never "Of B"
    (
        "The customer must keep copies of the keys and of the certificates.",
        [("customer", "keep copies of the keys"), ("customer", "keep copies of the certificates")],
        ["keys and of"],
    ),
    # a cut purpose or manner clause leaves no "and" behind
    (
        "The customer must keep the agent version updated and according to the release calendar.",
        [("customer", "keep the agent version updated")],
        ["updated and"],
    ),
    # an over-long label is cut before its condition, not mid-condition
    (
        "The customer must open a priority ticket with the Nimbus operations desk through the "
        "support portal if unexpected sign-in activity is observed in the audit logs.",
        [("customer", "open a priority ticket with the nimbus operations desk")],
        ["activity is", "activity"],
    ),
    # a second sentence in a cell is no part of the duty
    (
        "| Task | Nimbus | Customer |\n|---|---|---|\n"
        "| Name a billing contact and send the name to Nimbus. This is required to ensure fast "
        "handling of invoice questions affecting the tenant, talking with Nimbus for quick "
        "refunds, and other contact between Nimbus and the customer. | | x |\n"
        "| Route invoices to the right desk | x | |\n"
        "| Take a backup of the ledger tables held in the tenant. A ledger log backup is done "
        "every two hours and kept for fourteen days in the region. | x | |\n"
        "| Ensure that the job hosts, the broker services and the shared build runners of every "
        "region and tenant are free of worms, adware, rootkits, and other hostile code. | x | |\n",
        [
            ("customer", "name a billing contact and send the name to nimbus"),
            ("nimbus", "take a backup of the ledger tables held in the tenant"),
            ("nimbus", "free of worms"),
        ],
        ["this is", "send the name to nimbus.", "log backup is done", "and other"],
    ),
    # a page that divides duties "between developers and operators" makes a role noun no
    # vocabulary knows a party; its later sentences name it
    (
        "Running the mesh needs a clear division of roles and responsibilities between "
        "developers and operators. The operator also needs to ensure that every sidecar is "
        "rotated weekly.",
        [("operator", "every sidecar is rotated weekly")],
        [],
    ),
    # "ask <party> to <verb>": what the party asked does
    (
        "Nimbus is responsible for the network. For a larger quota, ask your Nimbus contact "
        "to raise the quota of the project.",
        [("nimbus", "raise the quota of the project")],
        [],
    ),
    # "at the same time" before a pronoun subject is no part of it
    (
        "Nimbus is responsible for the network. Nimbus helps you ship quickly, but at the "
        "same time they are responsible to keep the gateway patched.",
        [("nimbus", "keep the gateway patched")],
        [],
    ),
    # a lead-in inside a table cell binds its subject: the items after it are its duties
    (
        "Nimbus is responsible for the network.\n\n## Support\n\n| Area | Description |\n"
        "|---|---|\n| Help desk | You must either staff a help desk or hire a partner to cover "
        "these areas: <br><br>- Local gear: network links, printers, and firewalls.<br><br>"
        "- Shared cloud tools: email and chat. |",
        [("customer", "local gear"), ("customer", "shared cloud tools")],
        [],
    ),
    # "…, and to <verb> …" after a duty verb's object is a verb phrase of its own
    (
        "Nimbus is responsible for the network. Nimbus is committed to shipping hardened "
        "images, and to promptly publish "
        "advisories for every flaw it finds.",
        [("nimbus", "ship hardened images"), ("nimbus", "promptly publish advisories")],
        ["to promptly"],
    ),
    # "the Core Platform Team (who manages X)": the aside states what the named team does
    (
        "Nimbus is responsible for the network. At Acme, the ownership of the apps is shared "
        "between the **Core Platform Team** (who manages the Nimbus clusters) and **Product "
        "Teams** (who build and run the services).",
        [
            ("core-platform-team", "manage the nimbus clusters"),
            ("product-teams", "build and run the services"),
        ],
        [],
    ),
    # an owner cell "<party>, <a long qualifier>" names the party before the comma
    (
        "Nimbus is responsible for the network.\n\n| Layer | Responsible |\n| --- | --- |\n"
        "| Key rotation | Customer |\n"
        "| Audit log retention | Nimbus, on top of the storage service it rents |\n",
        [("customer", "key rotation"), ("nimbus", "audit log retention")],
        [],
    ),
    # "decides" is a duty verb: who decides owns the decision (also as a clause of an owner cell)
    (
        "Nimbus is responsible for the network.\n\n| Layer | Responsible |\n| --- | --- |\n"
        "| Telemetry store | Provider keeps it, Nimbus decides what is kept |\n\n"
        "The customer decides which regions hold the backups.",
        [("nimbus", "telemetry store"), ("customer", "decide which regions hold the backups")],
        [],
    ),
    # "<party>'s responsibility expands from A to B": B is the party's, as one area
    (
        "Nimbus is responsible for the network. Job #4 runs a patched kernel, so the "
        "customer's responsibility grows from the job code to maintaining the kernel and its "
        "modules.",
        [("customer", "maintaining the kernel and its modules")],
        [],
    ),
    # "…, allowing <party> to own X": ownership handed to the party is its duty; an ability
    # ("allowing you to view X") is not
    (
        "Nimbus is responsible for the network. Private endpoints bypass the shared proxy, "
        "allowing the customer to own their routing rules. The dashboard lists every route, "
        "allowing you to view the traffic.",
        [("customer", "own their routing rules")],
        ["view the traffic"],
    ),
    # a heading that states a duty whole ("## You are responsible for …") is that duty
    (
        "Nimbus is responsible for the network.\n\n## You are responsible for your message "
        "queues\n\nQueues fill up when consumers stall.",
        [("customer", "message queues")],
        [],
    ),
    # "… and must <verb> …" opens a second verb phrase; "should and should not" does not
    (
        "Nimbus is responsible for the network. Nimbus is obliged to be alert to relay abuse and "
        "must prove that its relays reject spoofed senders. You should set rules on what "
        "staff should and should not be able to change.",
        [
            ("nimbus", "be alert to relay abuse"),
            ("nimbus", "prove that its relays reject spoofed senders"),
            ("customer", "what staff should and should not be able to change"),
        ],
        ["and must"],
    ),
    # "your X must be <participle> …": the reader makes its own things so; not when negated
    (
        "Nimbus is responsible for the network. To survive a zone outage, your queue workers "
        "should be designed to resume from checkpoints. Your exports must not be stored in "
        "public buckets.",
        [("customer", "queue workers designed to resume from checkpoints")],
        ["exports"],
    ),
    # ", specifically …" after a long duty only specifies it: the label ends before it
    (
        "Nimbus is responsible for the network. The customer needs to ensure that every "
        "workload runs on a node pool that lives up to the hardening baseline, specifically "
        "the kernel and container runtime settings.",
        [("customer", "lives up to the hardening baseline")],
        [],
    ),
    # on a page written to a role, an instruction after a sequence adverb ("Next"), a leading
    # time phrase ("At the end of the season,") or a courtesy ("Please") is still the role's;
    # neither the phrase nor the courtesy is part of the duty
    (
        "As **depot manager** it is your responsibility to keep the ledger.\n\nNext you should "
        "name the auditor.\n\nAt the end of the season, make sure that the yard crew count "
        "all carts.\n\nPlease create a ticket for each broken cart.\n",
        [
            ("depot-manager", "name the auditor"),
            ("depot-manager", "make sure that the yard crew count all carts"),
            ("depot-manager", "create a ticket for each broken cart"),
        ],
        ["please", "at the end", "next"],
    ),
    # "tasked with A and with B-ing": two duties, the second without its repeated "with"; ",
    # and are expected to B" opens a second duty of the same subject; "As <role> you …"
    # names the reader, no subject of its own
    (
        "Nimbus is responsible for the depots.\n\nResponsibilities include:\n\n- The yard "
        "officer is tasked with counting the carts and with ensuring that the yard runs "
        "smoothly.\n\nAs keyholder you are expected to know the rules, and are expected to "
        "wash any carts you use.\n",
        [
            ("yard-officer", "counting the carts"),
            ("yard-officer", "ensuring that the yard runs smoothly"),
            ("customer", "know the rules"),
            ("customer", "wash any carts you use"),
        ],
        ["with ensuring", "are expected", "keyholder"],
    ),
    # a negation inside a leading condition does not deny the instruction after it
    (
        "Nimbus is responsible for the depots.\n\n## Upkeep\n\n- Keep all plans in the "
        "ledger.\n    - If you do not have a ledger, please create tickets in the queue.\n"
        "- Update the ledger with all extra carts.\n",
        [("customer", "create tickets in the queue")],
        ["do not have"],
    ),
    # an item opening with a means phrase ("By using the yard, you agree to …") states the
    # clause after it; a demonstrative inside a subordinate clause ("before they approve those
    # riders") is the clause's own, not the last duty's object; an over-long label is cut at
    # such a clause ("before …"), not inside its own predicate
    (
        "Nimbus is responsible for the depots.\n\nRider duties include:\n\n- By using the "
        "yard, you agree to abide by the yard charter.\n- The captain is responsible for "
        "ensuring that riders are listed on the Regional Ride Safety Board (RRSB) ride manifest "
        "of the season before they approve those riders' access to the night yards of the "
        "northern depots.\n\nNimbus is responsible for checking the gates. The steward is "
        "responsible for ensuring that riders sign the log before they approve those riders.\n",
        [
            ("steward", "before they approve those riders"),
            ("customer", "abide by the yard charter"),
            ("captain", "ensuring that riders are listed on the regional ride safety board"),
        ],
        ["by using", "approve depots", "approve abide"],
    ),
    # ", including <gerund> <object>" closing a duty names a part of it that is a duty too;
    # what a party "should expect to have / receive" is an entitlement, no duty
    (
        "Nimbus is responsible for the depots.\n\nThe yard stewards are responsible for "
        "keeping the carts clean, including providing spare wheels to specific depots. The "
        "yard stewards should expect to have access to the wheel manuals.\n",
        [("yard-stewards", "keeping the carts clean"), ("yard-stewards", "providing spare wheels")],
        ["wheel manuals"],
    ),
    # "Its purpose is to A and to ensure that B": what the party is there to do, two duties;
    # "responsible for A and will B": the subject's next duty
    (
        "Nimbus is responsible for the depots.\n\nThe gate officer is responsible for the "
        "gates and will triage new requests. Its purpose is to approve changes to the fences "
        "and to ensure that the depots are aware of changes.\n",
        [
            ("gate-officer", "gates"),
            ("gate-officer", "triage new requests"),
            ("gate-officer", "approve changes to the fences"),
            ("gate-officer", "ensure that the depots are aware of changes"),
        ],
        ["gates and will", "to approve"],
    ),
    # a modal before a progressive ("should be procuring X") binds the verb; a closing
    # contrast ("X and not Y", "X, not Y") denies nothing; "Wherever feasible," and "Note
    # that" open the sentence, not its subject
    (
        "Nimbus is responsible for the depots.\n\nWherever feasible, the customer should be "
        "procuring carts and not wagons. Note that the customer maintains a cart baseline. "
        "The customer must sweep the yards, not the roads.\n",
        [
            ("customer", "procure carts"),
            ("customer", "maintain a cart baseline"),
            ("customer", "sweep the yards"),
        ],
        ["wagons", "roads", "note that"],
    ),
    # a passive whose subject is a series ("A, B, and C are (all fully) managed by X"): each
    # item is X's; ", and" between two passive clauses still separates them
    (
        "Nimbus is responsible for the depots.\n\nThe hosts, the relays, and the depot "
        "software is all fully managed by the customer. The gates are patched by the "
        "customer, and the fences are updated by Nimbus.\n",
        [
            ("customer", "manage hosts"),
            ("customer", "manage the relays"),
            ("customer", "manage the depot software"),
            ("customer", "patch gates"),
            ("nimbus", "update fences"),
        ],
        [],
    ),
    # a relative passive ("… cart nodes in the yard that are completely managed by X"): X
    # manages the noun phrase the relative clause hangs on
    (
        "Nimbus is responsible for the depots.\n\nDedicated depots are yard gateway cart "
        "nodes in the north yard that are completely managed by the customer.\n",
        [("customer", "manage yard gateway cart nodes")],
        ["dedicated depots"],
    ),
    # a condition cut off before its main clause ("If X detects A, X does B") states no duty;
    # a comparison opener and the relative clause in it ("Compared to Y, where you do A, …")
    # describe the other thing; "Unlike Y, X does B" keeps the main clause
    (
        "Nimbus is responsible for the depots.\n\nIf Nimbus detects a leak in your yard, "
        "Nimbus repairs the valves and notifies you.\n\nCompared to self-run depots, where you "
        "run both the gate and the yard on your own land, a hosted depot reduces the toil on "
        "your team. Unlike other hosts, Nimbus patches the relays.\n",
        [
            ("nimbus", "repair the valves"),
            ("nimbus", "notify you"),
            ("nimbus", "patch the relays"),
        ],
        ["detect a leak", "run both the gate", "yard on your own land"],
    ),
    # "provides" / "offers" with a plan or deployment option as its object ("both a
    # self-hosted edition, as well as a hosted one") describes what is sold, no duty; "provides
    # the relays" still binds
    (
        "Nimbus is responsible for the depots.\n\nNimbus provides both a self-hosted edition, "
        "as well as a hosted edition for its depots. Nimbus offers a dedicated tier for larger "
        "yards. Nimbus provides the relays.\n",
        [("nimbus", "provide the relays")],
        ["edition", "tier"],
    ),
    # an aspect of an area the party holds bare ("patches for the yard kernel" after "the
    # yard kernel") is that area's duty; a verb phrase over another object stays
    (
        "Nimbus is responsible for:\n\n- the relay hosts\n- the yard kernel\n\nNimbus "
        "provides a web console. Nimbus manages the web console and the gate.\n\nNimbus is "
        "responsible for providing security patches for the yard kernel. Nimbus monitors the "
        "web console.\n",
        [
            ("nimbus", "yard kernel"),
            ("nimbus", "provide a web console"),
            ("nimbus", "manage the gate"),
            ("nimbus", "monitor the web console"),
        ],
        ["security patches"],
    ),
    # a sentence opened by "But" / "Yet" has its subject after it; a step with no object but
    # its particle ("you will need to start over") is no duty; "will" with an open future
    # ("risks that we will reduce over time", "we will eventually add") plans, no duty
    (
        "Nimbus is responsible for the depots.\n\nBut you should call the yard first. If you "
        "move, you will need to start over. The rate reflects risks in our yard that we will "
        "reduce over time. We will eventually add a second gate. We will add a third lock.\n",
        [("customer", "call the yard first"), ("nimbus", "add a third lock")],
        ["start over", "reduce", "second gate"],
    ),
    # "You represent that <clause>" declares a fact ("must represent the board" binds);
    # "<noun> tasks are <participle> by …" is a passive, not a list of duties ("the customer's
    # duties are patching X" still is)
    (
        "Nimbus is responsible for the depots.\n\nYou represent that you have full authority "
        "to accept these terms. The lead must represent the board at the meetings. Most of the "
        "tasks are carried out by running scripts over SSH, therefore access to the gate is "
        "required. Nimbus provides rapid access to scalable storage in the yard, enabling data "
        "sharing for scientists. Nimbus provides the relays. The customer's duties are "
        "patching the hosts.\n",
        [
            ("lead", "represent the board"),
            ("nimbus", "provide the relays"),
            ("customer", "patching the hosts"),
        ],
        ["full authority", "carried out"],
    ),
    # "choose which / what …" names a decision, no duty (nor do the items after its colon
    # become objects of "choose"); "must choose a region" binds
    (
        "Nimbus is responsible for the depots.\n\nYou choose which relays to trust: check the "
        "owner, the logs, and the age before use. You must choose a region for the yard.\n",
        [("customer", "choose a region")],
        ["choose which", "choose check", "choose the logs"],
    ),
    # users reaching a system in the present ("Clients authenticate with X", "Users connect
    # to Y") describe how it works; "Users must authenticate with Z" binds
    (
        "Nimbus is responsible for the depots.\n\nClients authenticate with the Nimbus "
        "gateway. Users connect to their assigned yards in your network. Users must "
        "authenticate with a hardware key.\n",
        [("customer", "authenticate with a hardware key")],
        ["gateway", "assigned yards"],
    ),
]


def test_a_template_variable_names_the_sites_product(tmp_path: Path) -> None:
    """A docs site writes its own product through a template variable no vocabulary knows
    (``{{ nimbus_service }}``): the party it names provides the platform."""
    parties = _roles(
        tmp_path,
        "# Upgrades\n\nThe customer manages their data.\n\nDuring the nightly window, "
        "{{ nimbus_service }} rotates the signing keys.\n",
    )
    assert parties.get("Nimbus Service") == str(ROLE["platform-provider"]), parties


def _roles(tmp_path: Path, text: str) -> dict[str, str]:
    path = tmp_path / "roles.md"
    path.write_text(text, encoding="utf-8")
    facts = extract_facts(read_document(path))
    return {
        facts.entities[r.subject].label: facts.entities[r.subject].attrs.get("role", "")
        for r in facts.relations
    }


@pytest.mark.parametrize(
    ("text", "party", "role"),
    [
        # the customer's one counterpart, named like an organisation: the provider
        (
            "# Model\n\n| Activity | Customer | Zephyrcloud |\n|---|---|---|\n"
            "| Rotate the keys | RA | I |\n| Patch the hosts | I | RA |\n",
            "Zephyrcloud",
            "platform-provider",
        ),
        # a role of the page's own (a person noun) stays a role whose kind is not stated
        (
            "# Model\n\n| Activity | Customer | Operators |\n|---|---|---|\n"
            "| Rotate the keys | RA | I |\n| Patch the hosts | I | RA |\n",
            "Operators",
            "unspecified",
        ),
        # beside a cloud provider the vocabularies know, an unknown name is not guessed
        (
            "# Model\n\n| Activity | Customer | Zephyrcloud | AWS |\n|---|---|---|---|\n"
            "| Rotate the keys | RA | I | |\n| Patch the hosts | I | RA | |\n"
            "| Guard the halls | | | RA |\n",
            "Zephyrcloud",
            "unspecified",
        ),
    ],
)
def test_the_customers_one_counterpart_is_its_provider(
    tmp_path: Path, text: str, party: str, role: str
) -> None:
    """A page dividing duties between the customer and one organisation no vocabulary knows
    describes that organisation's service: it is the platform provider (the diagram's band
    and the role queries say so), unless it is named like a role or another provider acts."""
    roles = _roles(tmp_path, text)
    assert roles.get(party) == str(ROLE[role]), roles


def test_gerund_phrases_set_off_by_commas_are_one_duty_each(tmp_path: Path) -> None:
    """ "ensuring X, conducting Y": two duties ("ensuring X" is no clause object without a
    verb of its own, like "ensuring X and Y are met")."""
    pairs = _pairs(
        tmp_path,
        "Nimbus is responsible for ensuring the security of the build chain, conducting regular "
        "audits of the hosts.",
    )
    labels = {label for party, label in pairs if party == "nimbus"}
    assert "ensuring the security of the build chain" in labels, labels
    assert "conducting regular audits of the hosts" in labels, labels


@pytest.mark.parametrize(
    ("body", "present", "absent"),
    [*SENTENCE_SHAPES, *PROSE_SHAPES, *SENTENCE_SHAPES_11, *SENTENCE_SHAPES_8],
)
def test_sentence_shapes(
    tmp_path: Path, body: str, present: list[tuple[str, str]], absent: list[str]
) -> None:
    _check_shape(tmp_path, body, present, absent)


# Precision shapes: sentences that read like duties but state no responsibility.


def test_a_stated_value_is_no_duty(tmp_path: Path) -> None:
    """ "Nimbus prioritizes X" states a value, like "considers"; a modal still binds it."""
    _check_shape(
        tmp_path,
        "Nimbus is responsible for the network. Nimbus prioritizes the privacy of your records. "
        "The customer must prioritize fixing critical findings.",
        [("nimbus", "network"), ("customer", "fixing critical findings")],
        ["privacy"],
    )


def test_a_benefit_to_the_reader_is_no_duty(tmp_path: Path) -> None:
    """What a party provides "so (that) teams can …" or "that gives you …" is an offer to the
    reader, like "features that you can use"; the party's plain duty stays."""
    _check_shape(
        tmp_path,
        "Nimbus is responsible for the network. Nimbus provides dashboards and runbooks so "
        "operators can sleep at night. Nimbus provides a ready-made cluster that gives you "
        "sensible defaults. Nimbus provides hourly backups of the catalog.",
        [("nimbus", "network"), ("nimbus", "hourly backups")],
        ["dashboards", "runbooks", "ready-made cluster"],
    )


def test_what_is_provided_for_the_reader_to_use_is_no_duty(tmp_path: Path) -> None:
    """What a party provides "for you to <verb> …" is an offer made for the reader's use (as
    "so that you can …"), not a duty; a plain "provides" keeps its duty."""
    _check_shape(
        tmp_path,
        "Nimbus is responsible for the network. Nimbus provides managed queues, object buckets "
        "and edge caches for you to run workloads and to keep archives. Nimbus provides "
        "nightly snapshots of the catalog.",
        [("nimbus", "network"), ("nimbus", "nightly snapshots")],
        ["managed queues", "object buckets", "edge caches"],
    )


def test_a_recommended_tool_is_no_duty(tmp_path: Path) -> None:
    """ "Nimbus recommends using X" picks a tool, as "you use X" states no duty; a recommended
    action ("recommend rotating …") is still the reader's duty."""
    _check_shape(
        tmp_path,
        "Nimbus is responsible for the network. The customer is responsible for the data. For "
        "custom agents, Nimbus recommends using sidecar containers. Nimbus recommends rotating "
        "your access keys every quarter.",
        [("nimbus", "network"), ("customer", "rotating your access keys")],
        ["sidecar"],
    )


def test_a_warned_consequence_is_no_duty(tmp_path: Path) -> None:
    """ "Renaming the queues can lead to …" in a party's cell or list warns of a consequence;
    a duty whose object holds a relative with the same words stays."""
    _check_shape(
        tmp_path,
        "## Nimbus responsibilities\n\n- Rotate the hosts.\n"
        "- Renaming the queues may result in lost messages.\n"
        "- Review changes that can lead to outages.\n\n"
        "| Area | Nimbus | Customer |\n|---|---|---|\n"
        "| Queues | Nimbus creates the queues. Editing these queues can lead to data loss. "
        "| Read the queues. |",
        [
            ("nimbus", "rotate the hosts"),
            ("nimbus", "review changes that can lead to outages"),
            ("nimbus", "create the queues"),
        ],
        ["renaming", "editing", "lost messages", "data loss"],
    )


def test_a_navigation_section_lists_pages_not_duties(tmp_path: Path) -> None:
    """Under "What's next" / "Next steps" / "See also" the items link to other pages ("Create a
    queue"): no duties there, while a duty list under any other heading stays, and a heading
    that only starts with such words ("Next steps for operators") is not navigation."""
    _check_shape(
        tmp_path,
        "## Customer responsibilities\n\n- Rotate the access keys.\n\n"
        "### Next steps of the rollout\n\n- Archive the old queues.\n\n"
        "## What\u2019s next\n\n- [Create a queue in Nimbus](/docs/create)\n"
        "- [Assign a project to your queue](/docs/assign)\n\n"
        "## See also\n\n- Rename your queue\n",
        [("customer", "rotate the access keys"), ("customer", "archive the old queues")],
        ["create a queue", "assign a project", "rename your queue"],
    )


def test_a_relative_responsibility_clause_is_no_duty(tmp_path: Path) -> None:
    """ "any code we are responsible for writing passes review": the responsibility clause is a
    relative inside the subject, the gerund no duty; "This includes …" still lists its duties,
    and "you are responsible for patching the hosts" after a noun stays a duty."""
    _check_shape(
        tmp_path,
        "Nimbus is responsible for the network. Nimbus makes sure that any code we are "
        "responsible for writing passes a security "
        "review. This includes scanning the dependencies, signing the releases, and auditing "
        "the builds. For the "
        "servers you are responsible for patching the operating system.",
        [
            ("nimbus", "scanning the dependencies"),
            ("nimbus", "signing the releases"),
            ("customer", "patching the operating system"),
        ],
        ["writing passes", "passes a security review"],
    )


def test_means_handed_to_the_reader_are_no_duty(tmp_path: Path) -> None:
    """ "Nimbus provides tools like X to resize your volumes" hands the reader the means (the
    resizing is the reader's); "provides VMs to run your cluster" stays Nimbus's duty."""
    _check_shape(
        tmp_path,
        "Nimbus is responsible for the network. Nimbus provides tools like nimbus-resize to "
        "resize your volumes, but you run them yourself. Nimbus provides the virtual machines "
        "to run your cluster.",
        [("nimbus", "network"), ("nimbus", "virtual machines")],
        ["nimbus-resize", "resize your volumes"],
    )


def test_a_repeated_for_is_one_duty(tmp_path: Path) -> None:
    """ "a channel for outage reports and for billing questions": the second "for" repeats the
    first (one head noun), no second duty "billing questions"; "responsible for the network
    and for the hosts" is still two."""
    pairs = _pairs(
        tmp_path,
        "Nimbus is responsible for the network and for the hosts. Nimbus provides a channel "
        "for outage reports and for billing questions to reach the support desk.",
    )
    labels = {label for party, label in pairs if party == "nimbus"}
    assert {"network", "hosts"} <= labels, labels
    assert any(label.startswith("provide a channel for outage reports and for") for label in labels)
    assert not any(label.startswith("billing") for label in labels), labels


def test_a_product_feature_is_no_duty(tmp_path: Path) -> None:
    """ "Nimbus provides X as a built-in feature" describes the product, not a duty; "provides
    nightly snapshots as part of every plan" stays one."""
    _check_shape(
        tmp_path,
        "## Nimbus responsibilities\n\nNimbus is responsible for the security of the trace "
        "store. Nimbus provides request tracing as a built-in feature. Nimbus provides nightly "
        "snapshots as part of every plan.",
        [("nimbus", "security of the trace store"), ("nimbus", "nightly snapshots")],
        ["request tracing"],
    )


def _check_shape(
    tmp_path: Path, body: str, present: list[tuple[str, str]], absent: list[str]
) -> None:
    """Every (party, label fragment) of ``present`` is a duty of the page, no label holds any
    fragment of ``absent``."""
    pairs = _pairs(tmp_path, body)
    for party, fragment in present:
        assert _has(pairs, party, fragment), (party, fragment, sorted(pairs))
    for fragment in absent:
        assert not any(fragment in label for _, label in pairs), (fragment, sorted(pairs))


LIST_SHAPES = [
    # an instruction that asks for information ("To request a hut, open a ticket with at least
    # the following information:"): each item names what the reader provides, its nested
    # questions are details, a nested instruction ("- Provide the names …") is the duty
    (
        "Nimbus is responsible for the depots.\n\nTo request a hut, open a ticket with at "
        "least the following information:\n\n1. The plans for the hut:\n    - Why the project "
        "needs a hut\n2. Resources requested:\n    - Floor space (default is 20 m2)\n"
        "3. Keepers:\n    - Provide the names of three members who will keep the hut.\n",
        [
            ("customer", "plans for the hut"),
            ("customer", "resources requested"),
            ("customer", "provide the names of three members"),
        ],
        ["floor space", "why the project"],
    ),
    # an instruction in a paragraph under a "Step N — …" heading is the reader's duty, as
    # under a checklist heading
    (
        "Nimbus is responsible for the depots.\n\n## Step 3 — Go live\n\n"
        "After the audit is complete, publish the fleet schedule to every depot.\n",
        [("customer", "publish the fleet schedule")],
        [],
    ),
    # the numbered instructions of a "Step N — …" heading, most starting with a duty verb,
    # are the reader's duties (other numbered lists stay procedures)
    (
        "Nimbus is responsible for the depots.\n\n## Step 2 — Register your fleet\n\n"
        "1. Ensure that every truck has a tracker.\n2. Prepare the vehicle list for the "
        "auditor.\n3. Enable alerts for each depot.\n",
        [
            ("customer", "every truck has a tracker"),
            ("customer", "prepare the vehicle list"),
            ("customer", "enable alerts for each depot"),
        ],
        [],
    ),
    # prohibitions in a party's list are no duties: "Under no circumstances are …",
    # "… are prohibited from …"
    (
        "## Customer responsibilities\n\n- Keep the contact list current.\n"
        "- Under no circumstances are tenants to lend their badges to visitors.\n"
        "- Tenants are prohibited from rewiring the shared racks.\n",
        [("customer", "keep the contact list current")],
        ["badges", "rewiring"],
    ),
    # an item whose subject carries a relative clause before the obligation ("Customers who
    # wish to X are required to Y"): the duty is Y
    (
        "## Customer responsibilities\n\n- Customers who wish to publish datasets are required "
        "to sign the data charter.\n- Keep the contact list current.\n",
        [("customer", "sign the data charter")],
        ["who wish"],
    ),
    # RFC 2119 keywords alone over lists ("**MUST**:") under a short heading: the heading
    # names the party the items leave out; MUST / SHOULD bind it, MAY does not
    (
        "Nimbus hosts the relay.\n\n## Duties of each side\n\n### Relay Node\n\n**MUST**:\n\n"
        "- Forward every signed packet\n- Keep a local audit trail\n\n**MAY**:\n\n"
        "- Cache the public keys\n\n### Sync Agent\n\n**SHOULD**:\n\n"
        "- Retry failed uploads with backoff\n",
        [
            ("relay-node", "forward every signed packet"),
            ("relay-node", "keep a local audit trail"),
            ("sync-agent", "retry failed uploads"),
        ],
        ["cache the public keys"],
    ),
    # a bold term that names a role ("**Dock Team**": capitalised words ending in a person
    # noun) is the "they" of its item's sentences, even a role no vocabulary knows; a bold
    # term that names a thing ("**Nightly Copies**") is not
    (
        "Nimbus is responsible for the cranes.\n\n**Access:**\n\n- **Dock Team**: Harbour staff "
        "with yard access. They inspect the containers across all berths\n- **Nightly Copies**: "
        "Kept a week. They copy the ledgers\n",
        [("dock-team", "inspect the containers")],
        ["copy the ledgers"],
    ),
    # a heading that is only a governing body's name ("Board", "Committee", "Authority",
    # "Panel" end a role's name as person nouns do), its abbreviation in parentheses, is that
    # body's section: "It reviews X" is the body's duty
    (
        "## Governance\n\n### The _Harbour Safety Committee (HSC)_\n\nMeets monthly. It reviews "
        "the berth plans.\n",
        [("harbour-safety-committee", "review the berth plans")],
        [],
    ),
    # a heading that names its owner in parentheses ("Brokers (Nimbus Managed)", "Queues
    # (Your Responsibility)") makes that owner the party of its list; a check mark before an
    # item ("✅ Broker failover") marks it and is no part of its label
    (
        "Nimbus runs the brokers.\n\n## Upkeep\n\n### Brokers (Nimbus Managed)\n\n"
        "- Broker patching\n- \u2705 Broker failover\n\n### Queues (Your Responsibility)\n\n"
        "- Queue sizing\n- Dead letter review\n",
        [
            ("nimbus", "broker patching"),
            ("nimbus", "broker failover"),
            ("customer", "queue sizing"),
            ("customer", "dead letter review"),
        ],
        ["\u2705"],
    ),
    # a page that addresses a role of its own ("As **gate officer** it is your responsibility
    # to …") gives its "you" duties to that role, not to a generic customer; a bare generic
    # reader ("As an administrator, you …") stays the customer
    (
        "As **gate officer** it is your responsibility to keep the keys.\n\n## Daily\n\n"
        "You should also check the fire doors.\n",
        [("gate-officer", "keep the keys"), ("gate-officer", "check the fire doors")],
        [],
    ),
    (
        "As an administrator, you are responsible for renewing the licences.\n",
        [("customer", "renewing the licences")],
        [],
    ),
    # a definition list of roles (MyST "term" / ": definition"; a cross-reference target as the
    # term names the role by its words): a definition that says what the role is responsible
    # for, has overall responsibility for, or does ("who checks X") gives that role its duty;
    # one that gives no duty ("a member of the board") and a pronoun object give none
    (
        "## People\n\nrole_vault_keeper\n: a staff member at the archive who is responsible for "
        "sealing the vaults.\n\nrole_shelf_planner\n: a volunteer with overall responsibility for "
        "ordering the shelves.\n\nrole_night_reader\n: a visitor to the archive, who inspects "
        "the late deliveries.\n\nrole_patron\n: a member of the board.\n\nrole_founder\n: the "
        "donor with overall responsibility for it.\n",
        [
            ("vault-keeper", "sealing the vaults"),
            ("shelf-planner", "ordering the shelves"),
            ("night-reader", "inspects the late deliveries"),
        ],
        ["member of the board", "it"],
    ),
    # a heading whose section opens by defining a role ("The organisation responsible for X")
    # is that role, its short form in parentheses an alternative name
    (
        "## Members\n\n### Harbour Pilot Service (HPS)\n\nThe organisation responsible for "
        "guiding ships into the port.\n",
        [("harbour-pilot-service", "guiding ships into the port")],
        [],
    ),
    # a heading whose section opens with a subject-less "Responsible for X" is a role the page
    # defines, whatever its name ("Storage Upkeep / Vault Keeper": one party, both names); its
    # "Scope of Work" list is that role's, its other subsections ("Skills") are not
    (
        "## Storage Upkeep / Vault Keeper\n\nResponsible for replacing failed disks in the "
        "vault.\n\n### Scope of Work\n\n- Rotating the tape archive\n- Labelling new shelves\n\n"
        "### Skills\n\n- Familiarity with tape robots\n\n## Field Liaison\n\nResponsible for "
        "visiting the branch offices.\n",
        [
            ("storage-upkeep", "replacing failed disks"),
            ("storage-upkeep", "rotating the tape archive"),
            ("storage-upkeep", "labelling new shelves"),
            ("field-liaison", "visiting the branch offices"),
        ],
        ["tape robots"],
    ),
    # a heading that is only a role's name (capitalised words ending in a person noun) makes
    # that role the party of its section, though no vocabulary knows it; its definition ("A
    # person responsible for X") gives it X
    (
        "## Roles\n\n#### Site Storage Officer\n\nThe Site Storage Officer is responsible "
        "for checking the disk quotas.\n\n#### Regional Network Manager\n\nThey are mainly "
        "responsible for:\n\n- renewing the link contracts\n- reporting the outages\n\n"
        "#### Campus Backup Operator\n\nA person responsible for restoring deleted files.\n",
        [
            ("campus-backup-operator", "restoring deleted files"),
            ("site-storage-officer", "disk quotas"),
            ("regional-network-manager", "renewing the link contracts"),
            ("regional-network-manager", "reporting the outages"),
        ],
        [],
    ),
    # numbered duty lists with no party, each area's list given to its parties by the next
    # paragraph (in the list's section or the first of the next one): "X assumes
    # responsibility for all of the above", "shared between X and Y", "the responsibility of
    # X", "performed by X or their partners" (the partners are X's helpers, not a party)
    (
        "## Hosting\n\n### Duties\n\n1. **Patch the hosts**. Apply fixes every week.\n"
        "2. **Rotate the certificates**. Renew them before they expire.\n\n"
        "### Who does it\n\nUsually, Nimbus assumes responsibility for all of the above.\n\n"
        "## Content\n\n### Duties\n\n1. **Write the help pages**. Keep them current.\n"
        "2. **Train the editors**. Hold a session each term.\n\n### Who does it\n\n"
        "Generally shared between Nimbus and the customer.\n\n"
        "## Events\n\n### Duties\n\n1. Plan the yearly meetup\n2. Review the talk proposals\n\n"
        "Event work is performed by the customer or their partners.\n",
        [
            ("nimbus", "patch the hosts"),
            ("nimbus", "rotate the certificates"),
            ("nimbus", "write the help pages"),
            ("customer", "write the help pages"),
            ("customer", "train the editors"),
            ("customer", "plan the yearly meetup"),
            ("customer", "review the talk proposals"),
        ],
        ["above", "shared between"],
    ),
    # a note between the list and the paragraph that names its party is an aside: the list
    # still waits for it
    (
        "## Storage\n\n### Duties\n\n1. **Patch the volumes**. Apply fixes every week.\n"
        "2. **Rotate the disks**. Renew them before they expire.\n\n"
        '!!! note "Who staffs it"\n    A team of engineers who know the storage layer.\n\n'
        "### Who does it\n\nUsually, Nimbus assumes responsibility for all of the above.\n",
        [("nimbus", "patch the volumes"), ("nimbus", "rotate the disks")],
        ["above"],
    ),
    # "<party> <verb>s X for the following examples:": X is its duty, the items only examples
    (
        "Nimbus is responsible for the network.\n\n## Coverage\n\nNimbus restores deleted "
        "volumes for the following examples:\n\n- A volume removed by a faulty script\n"
        "- A volume removed by mistake\n",
        [("nimbus", "restore deleted volumes")],
        ["faulty script"],
    ),
    # a decision rule "<question>? → <party>": the party owns what the question asks about;
    # a path of menus with an arrow is no rule
    (
        "Nimbus is responsible for the network. The customer is responsible for the data.\n\n"
        "## Who fixes it\n\nWhen in doubt:\n\n"
        "- **Is the fault in a shared router?** → Nimbus\n"
        "- **Does it concern the schema of a table?** → Customer\n"
        "- Open **Settings** → **Customer**\n",
        [("nimbus", "fault in a shared router"), ("customer", "schema of a table")],
        ["settings"],
    ),
    # a lead-in whose subject "will:" / "must configure these settings:" (a product's team acts
    # for its vendor)
    (
        "## Upstream bugs\n\nWhen an issue is caused by an upstream bug, AKS support and "
        "engineering teams will:\n\n- Identify and link the upstream bugs\n"
        "- Provide workarounds\n\n"
        "## PCI\n\nYou must configure these settings to make your cluster PCI-ready:\n\n"
        "- Organization audit logs\n- Single sign-on\n",
        [
            ("microsoft", "identify and link the upstream bugs"),
            ("microsoft", "provide workarounds"),
            ("customer", "organization audit logs"),
            ("customer", "single sign-on"),
        ],
        [],
    ),
    # a passive lead-in names a duty; its details are not duties; sharing parties share
    (
        "## Security\n\nThe execution environment is managed by the customer:\n\n"
        "- Acme doesn't have access to user code.\n\n"
        "### Shared responsibilities\n\n- **Data Security**: Both customers and Acme share the "
        "responsibility of ensuring data security.\n",
        [
            ("customer", "execution environment"),
            ("customer", "ensuring data security"),
            ("acme", "ensuring data security"),
        ],
        ["have access"],
    ),
    # under best practices, "things you can do" are the reader's; a gerund item with its own
    # verb and a "Not …ing" item are duties, "Avoid …" is a prohibition
    (
        "## Security best practices\n\nHere are a few things you can do:\n\n"
        "- Restrict Windows Explorer access by hiding drive mappings.\n"
        "- Avoid direct RDP access to session hosts.\n\n"
        "## Healthcare data\n\nYou are responsible for the following\n\n"
        "- Ensuring MFA is enabled on all accounts.\n- Not storing PHI in public buckets.\n",
        [
            ("customer", "restrict windows explorer access"),
            ("customer", "mfa is enabled"),
            ("customer", "not storing phi"),
        ],
        ["rdp access"],
    ),
    # a title over a paragraph: the paragraph's duties (two verbs sharing one object are one
    # duty, a particle belongs to its verb); a shared area's title is every sharing party's
    (
        "## Your responsibilities\n\nAs a customer, you're responsible for the following "
        "areas:\n\n- Application Development\n\n  You develop and operate your applications. "
        "You set up and maintain the build servers.\n\n"
        "## Joint responsibilities\n\nYou and Acme share responsibility for the following "
        "areas:\n\n- Observability\n\n  Acme oversees monitoring for all services.\n",
        [
            ("customer", "develop and operate your applications"),
            ("customer", "set up and maintain the build servers"),
            ("customer", "observability"),
            ("acme", "observability"),
            ("acme", "oversee monitoring"),
        ],
        ["application development"],
    ),
    # under best practices every instruction is the reader's (a condition with commas before
    # it, a later sentence of the item); a heading restated by its paragraph is one duty; the
    # items after "for" are one object; "patch it" names no duty of its own
    (
        "## Security best practices\n\n### Enable endpoint protection\n\nWe recommend "
        "enabling endpoint protection on all session hosts. Once you find a flaw, you must patch "
        "it. We recommend you enable Security Center for subscriptions, virtual machines, and key "
        "vaults.\n\n- Databases are paused after a week.\n  - Upgrade to Pro to keep them "
        "running.\n- If you expect high load, such as launches or load tests, notify support. "
        "Provide two weeks of notice.\n",
        [
            ("customer", "enable endpoint protection"),
            ("customer", "upgrade to pro"),
            ("customer", "notify support"),
            ("customer", "provide two weeks of notice"),
            ("customer", "for subscriptions, virtual machines, and key vaults"),
        ],
        ["enabling endpoint protection", "patch it", "enable key vaults"],
    ),
    # an item of a checklist whose first sentence is no instruction may hold one later
    (
        "## Security best practices\n\n- Acme limits bursts of traffic.\n"
        "  - If you expect a launch, tell us. Provide at least two weeks of notice.\n"
        "- Stay informed about outages by subscribing to the status page.\n",
        [
            ("customer", "provide at least two weeks of notice"),
            ("customer", "stay informed about outages"),
        ],
        [],
    ),
    # an item that ends with a lead-in of its own decides what its nested list is
    (
        "## Upstream bugs\n\nMicrosoft will:\n\n- Provide workarounds. If the issue can be "
        "mitigated, a known issue will be filed. The known-issue filing explains:\n"
        "  - The issue, including links to upstream bugs.\n  - Rough timelines for a fix.\n",
        [("microsoft", "provide workarounds")],
        ["rough timelines"],
    ),
    # a table under a heading that names its party, with no party axis: one duty per row
    (
        "## Patching we currently do as a platform\n\n"
        "| Patch / Update | Method | Scope |\n|---|---|---|\n"
        "| Workflow actions | Dependabot | Platform code |\n"
        "| Terraform modules | Ad-hoc as new versions are released | User code |\n",
        [("platform-provider", "workflow actions"), ("platform-provider", "terraform modules")],
        ["dependabot"],
    ),
    # "<Party>'s roles and responsibilities" names the party
    (
        "## Acme's roles and responsibilities\n\n- Patch the hosts\n- Rotate the keys\n",
        [("acme", "patch the hosts"), ("acme", "rotate the keys")],
        [],
    ),
    # a leading purpose is no part of a checklist's instruction
    (
        "## Production checklist\n\nTo keep queries fast for your cluster, follow the tuning "
        "practices in the guide.\n",
        [("customer", "follow the tuning practices")],
        ["keep queries fast"],
    ),
    # a row label that is a sentence naming its own party is that party's duty
    (
        "| Task | Owner |\n|---|---|\n| Backups | Microsoft |\n"
        "| In the runtime, you as a customer are responsible for rebuilding your container "
        "images. | Microsoft |\n",
        [("microsoft", "backups"), ("customer", "rebuilding your container images")],
        ["in the runtime"],
    ),
    # under a heading naming a party's responsibilities, descriptive items are its duties
    (
        "## Nodes\n\n### Microsoft responsibilities for agent nodes\n\n"
        "* The agent nodes receive OS patches automatically.\n"
        "* Faults of the system components that run on the agent nodes are automatically "
        "remediated within minutes.\n",
        [
            ("microsoft", "receive os patches automatically"),
            ("microsoft", "automatically remediated"),
        ],
        [],
    ),
    # a cell whose lead-in line ends in a colon: the statements before the lead-in are
    # duties, and "You are responsible for X, including:" names X (its items are examples)
    (
        "## Your responsibilities\n\n| Area | Description |\n|---|---|\n"
        "| Help desk | Answering every staff question from the first call to closure, by you "
        "or a service partner. You must cover these topics: <br><br>- Office printers<br>"
        "- Meeting room screens |\n"
        "| Mail | You are responsible for running the mail gateway, including these tasks:<br>"
        "- Spam filtering<br>- Mail routing |\n",
        [
            ("customer", "answering every staff question"),
            ("customer", "running the mail gateway"),
        ],
        ["spam filtering", "including"],
    ),
    # "users" are the customer: "Google and users share responsibility for X where:" shares X
    (
        "## Build agents\n\nGoogle and users share responsibility for the build agents where:\n\n"
        "- Google rebuilds the agent images weekly.\n- Users restart their agents.\n",
        [("google", "build agents"), ("customer", "build agents")],
        [],
    ),
    # an instruction opened by an adverb chains two verb phrases: one duty each
    (
        "## Operations\n\n### Customer responsibilities\n\n"
        "- Periodically rotate the signing keys and review the stale audit exports.\n"
        "- Restrict console access.\n",
        [("customer", "rotate the signing keys"), ("customer", "review the stale audit exports")],
        ["keys and review"],
    ),
    # one party column asking "Is the tenant responsible for this?": its "No" rows are the
    # other party's of a two-party page
    (
        "## Security\n\nGoogle secures the data centres.\n\n"
        "| Area | Is the tenant responsible for this? |\n|---|:---:|\n"
        "| Guest firewall | Yes |\n| Hypervisor | No |\n",
        [("customer", "guest firewall"), ("google", "hypervisor")],
        [],
    ),
    # "the needs you're responsible for in your workspace": a relative clause, whose "for"
    # has its object before it; what follows is no duty
    (
        "## Duties\n\nHere are the needs you're responsible for in your hosted workspace:\n\n"
        "- Patch the guest images\n- Rotate the access keys\n\n"
        "These are the controls you are responsible for within the shared cluster.\n",
        [("customer", "patch the guest images")],
        ["hosted workspace", "shared cluster"],
    ),
    # a "**Google responsibility:**" label over a list: an item without a verb of its own
    # ("… are rotated automatically") is still that party's
    (
        "## Certificates\n\n**Google responsibility:**\n\n"
        "- Expiring certificates are rotated automatically\n\n"
        "**Your responsibility:**\n\n- Choosing the certificate authority\n",
        [
            ("google", "expiring certificates are rotated"),
            ("customer", "choosing the certificate authority"),
        ],
        [],
    ),
    # in a party's cell, a negation inside what is to be ensured is part of the duty; a
    # denied main clause is none
    (
        "| Task | Google | Customer |\n|---|---|---|\n"
        "| Secrets | Google doesn't read stored secrets. | Ensure that signing secrets are not "
        "committed to source control. |\n",
        [("customer", "signing secrets are not committed")],
        ["read stored secrets"],
    ),
    # a lead-in whose object is only verbs leaves the object to its items; a nested
    # "This includes …" item and items completing their parent's "… relating to:" are duties
    (
        "## Tenancy\n\nCustomers are responsible for configuring, operating and securing:\n\n"
        "- Guest operating systems of the images you run\n\n"
        "  - This includes any agents installed on them.\n\n"
        "- Network rules\n\nNimbus is responsible for operating:\n\n"
        "- Firmware exclusively relating to:\n\n  - Our storage arrays\n  - Our routers\n",
        [
            ("customer", "guest operating systems"),
            ("customer", "any agents installed on them"),
            ("customer", "network rules"),
            ("nimbus", "firmware exclusively relating to our storage arrays"),
            ("nimbus", "firmware exclusively relating to our routers"),
        ],
        ["configuring", "securing"],
    ),
    # an example item that says "X is responsible for Y" states that duty
    (
        "## Platform\n\nNimbus is responsible for the network. Two clear examples are:\n\n"
        "- Nimbus is responsible for the proxy protocols.\n"
        "- Nimbus is responsible for the tunnel keys.\n",
        [("nimbus", "proxy protocols"), ("nimbus", "tunnel keys")],
        [],
    ),
    # "Here's what <party> manages" heads that party's list
    (
        "## Here's what Nimbus manages\n\n- Nightly volume snapshots\n- Edge routing\n",
        [("nimbus", "nightly volume snapshots"), ("nimbus", "edge routing")],
        [],
    ),
    # "you may need to manage the following:" hedges a duty; it offers no option
    (
        "## Cache\n\nRunning a cache means you may need to manage the following:\n\n"
        "- Sizing the cache nodes\n- Rotating the access keys\n",
        [("customer", "sizing the cache nodes"), ("customer", "rotating the access keys")],
        [],
    ),
    # under a party's heading, "**Title** - explanation": the title is the duty, the text
    # explains it; only a clause naming another party adds that party's duty
    (
        "## What Nimbus manages\n\n- **Nightly volume snapshots** - Nimbus copies each volume "
        "every night and keeps the copies for a week.\n- **Edge routing** - Nimbus runs the "
        "routers, but you have to set up a dashboard for routing errors.\n",
        [
            ("nimbus", "nightly volume snapshots"),
            ("nimbus", "edge routing"),
            ("customer", "set up a dashboard for routing errors"),
        ],
        ["copy each volume", "run the routers"],
    ),
    # a commitment lead-in after a condition ("If …, we agree to:") and a perfect modal after a
    # time clause without a comma ("Before you go live you should have:")
    (
        "## Terms\n\nIf we approve your order, we agree to:\n\n- run the nightly backups\n"
        "- answer support tickets\n\nYou agree to:\n\n- keep your tokens private\n\n"
        "Before you go live you should have:\n\n- named a support contact\n",
        [
            ("platform-provider", "run the nightly backups"),
            ("platform-provider", "answer support tickets"),
            ("customer", "keep your tokens private"),
            ("customer", "named a support contact"),
        ],
        [],
    ),
    # "The following responsibilities are with <party> (for …):" names a lower-case team no
    # vocabulary knows
    (
        "## Basics\n\nThe following duties are with the data stewards team for all regions:\n"
        "- Retention schedules\n- Access reviews\n",
        [
            ("data-stewards-team", "retention schedules"),
            ("data-stewards-team", "access reviews"),
        ],
        [],
    ),
    # "<subject> is responsible for:" is the subject's list, not the first party named: not the
    # reader of an opening "Regardless of …, " clause; "the Nimbus team" acts for Nimbus
    (
        "## Hosting\n\nRegardless of which plan you pick, the Nimbus team is always "
        "responsible for:\n\n- patching the host kernels\n- rotating the edge certificates\n",
        [
            ("nimbus", "patching the host kernels"),
            ("nimbus", "rotating the edge certificates"),
        ],
        [],
    ),
    # under a short label that names no party, an item that leaves out its subject ("Are
    # patched by Nimbus.") speaks of the label's topic
    (
        "## Fleet\n\n**Shared build hosts:**\n\n- Are patched and rebooted by Nimbus.\n"
        "- Run every job in a fresh container.\n",
        [("nimbus", "shared build hosts")],
        [],
    ),
    # a "can" inside the opening condition offers nothing: the main clause binds
    (
        "## Go-live\n\nBefore you can open the service to the public you should have:\n\n"
        "- registered a support contact\n- tested the restore runbook\n",
        [("customer", "registered a support contact"), ("customer", "tested the restore")],
        [],
    ),
    # a lead-in to the cases something depends on lists cases, not duties
    (
        "## Plans\n\nYour responsibilities change depending on whether you deploy with a:\n\n"
        "- shared runner\n- dedicated runner\n\nYou are responsible for:\n\n"
        "- rotating the tokens\n",
        [("customer", "rotating the tokens")],
        ["shared runner", "dedicated runner"],
    ),
    # a heading that is a lead-in sentence ("## The provider is always responsible for:",
    # "## When …, you'll always be responsible for:") gives the list under it to its subject;
    # an item with a relative clause ("Gates that are allowed to open") is a noun phrase, a duty,
    # unless a main verb follows ("Faults that occur … are repaired"): a description
    (
        "## The provider is always responsible for:\n\n- The depot roofs\n- The yard fences\n\n"
        "## When using a depot, you’ll always be responsible for:\n\n"
        "- The crates kept in the depot\n- Trucks that are allowed to enter the yard\n"
        "- Faults that occur on the gates are repaired automatically\n",
        [
            ("cloud-provider", "depot roofs"),
            ("cloud-provider", "yard fences"),
            ("customer", "crates kept in the depot"),
            ("customer", "trucks that are allowed to enter"),
        ],
        ["always", "faults that occur"],
    ),
    # a "Shared responsibilities" heading over a list, after each party's own section: every
    # item is a shared duty of the parties that hold duties (the page title is no such heading)
    (
        "## Customer responsibilities\n\n- Label the crates\n\n## Nimbus responsibilities\n\n"
        "- Sweep the depots\n\n## Shared responsibilities\n\n- Gate inspections\n",
        [
            ("customer", "label the crates"),
            ("nimbus", "sweep the depots"),
            ("customer", "gate inspections"),
            ("nimbus", "gate inspections"),
        ],
        [],
    ),
    # a label that is only a party's name ("Provider:") over a list gives it that party's
    # items, imperatives included (they are not the reader's)
    (
        "## Upkeep\n\nCustomer:\n- sweep your yard\n\nProvider:\n- repair the depot roofs\n",
        [("customer", "sweep your yard"), ("cloud-provider", "repair the depot roofs")],
        [],
    ),
    # a heading "<party>: <topic>" names its party for the section's lists; "Steps include:"
    # (a duty noun as subject) details the last duty's party's duties
    (
        "## Provider: Care of the depots\n\n- Depot roofs\n- Yard fences\n\n"
        "## Upkeep\n\nThe customer is responsible for the yard.\n\nSteps include:\n"
        "- Sweeping the yard\n- Locking the gates\n",
        [
            ("cloud-provider", "depot roofs"),
            ("cloud-provider", "yard fences"),
            ("customer", "sweeping the yard"),
            ("customer", "locking the gates"),
        ],
        [],
    ),
    # a label naming its owners in parentheses over a list, as a bold paragraph or as an item
    # over a nested list: one owner holds the items, two or more share them
    (
        "## Controls\n\n**Inherited controls (Google only)**\n\n- Depot locks\n\n"
        "- **Shared controls (Google and customer)**\n  - Gate keys\n"
        "- **Customer controls (customer only)**\n  - Crate seals\n",
        [
            ("google", "depot locks"),
            ("google", "gate keys"),
            ("customer", "gate keys"),
            ("customer", "crate seals"),
        ],
        ["controls ("],
    ),
    # a lead-in saying what decides the responsibility ("Your plan will determine
    # responsibility for things like:") lists areas that are nobody's duty yet
    (
        "## Plans\n\nYour plan will determine responsibility for things like:\n\n"
        "- Depot keys\n- Loading ramps\n\nYou are responsible for:\n\n- the crate labels\n",
        [("customer", "crate labels")],
        ["depot keys", "loading ramps"],
    ),
    # a lead-in to examples ("… practices such as:") states its own duty; the examples are none
    (
        "## Security\n\nThe customer manages their code. Google follows hardening practices "
        "such as:\n\n- encrypting data at rest\n- isolated build hosts\n",
        [("google", "follow hardening practices")],
        ["isolated build hosts"],
    ),
]


@pytest.mark.parametrize(
    ("body", "present", "absent"), [*LIST_SHAPES, *LIST_SHAPES_11, *LIST_SHAPES_8]
)
def test_list_shapes(
    tmp_path: Path, body: str, present: list[tuple[str, str]], absent: list[str]
) -> None:
    _check_shape(tmp_path, body, present, absent)


def test_a_purpose_to_be_responsible_defines_no_role(tmp_path: Path) -> None:
    """ "To be in charge of X, you should:" opening a capitalised section states a purpose
    of the reader, not what a role the heading names is for: no "Upkeep Notes" party."""
    text = "# Upkeep Notes\n\nTo be in charge of the garden, you should:\n\n- Water the plants\n"
    labels = _party_labels(tmp_path, text)
    assert labels == {"Customer"}, labels


@pytest.mark.parametrize("mark", ['"', "-", "—", "〃", "*"])
def test_a_row_without_words_names_no_duty(tmp_path: Path, mark: str) -> None:
    """A ditto mark or dash in the activity column is not a duty with an empty label."""
    path = tmp_path / "ditto.md"
    path.write_text(
        "# Model\n\n| Task | Customer | Provider |\n|---|---|---|\n"
        f"| {mark} | R | A |\n| Patch servers | I | R |\n",
        encoding="utf-8",
    )
    facts = extract_facts(read_document(path))
    labels = sorted(e.label for e in facts.of_kind("duty"))
    assert labels == ["Patch servers"]
    report = validate_graph(build_graph(facts), raise_on_error=False)
    assert report.conforms, report


def test_a_duty_joins_one_concern_and_its_partners_join_it(tmp_path: Path) -> None:
    """Several parties' duties that split one concern share one concern node; SHACL allows a
    duty at most one concern."""
    path = tmp_path / "ai.md"
    path.write_text(
        "# AI\n\nMicrosoft is responsible for securing the AI infrastructure and platform-level "
        "safeguards. Customers, however, remain accountable for how AI is applied within their "
        "environment—this includes protecting sensitive data and managing prompt security.\n",
        encoding="utf-8",
    )
    facts = extract_facts(read_document(path))
    joined = [(r.subject, r.object) for r in facts.relations if r.predicate == "concern"]
    per_duty: dict[object, set[object]] = {}
    for duty, concern in joined:
        per_duty.setdefault(duty, set()).add(concern)
    assert all(len(c) == 1 for c in per_duty.values()), per_duty
    assert validate_graph(build_graph(facts), raise_on_error=False).conforms


def test_a_question_heading_names_its_party_not_the_question(tmp_path: Path) -> None:
    """ "What is your responsibility?" is about "your" (the reader): the party keeps its own
    label, not "What is your"."""
    text = (
        "# Overview\n\n## What is your responsibility\n\nTenants are responsible for "
        "maintaining their code.\n"
    )
    labels = _party_labels(tmp_path, text)
    assert labels == {"Customer"}, labels


def _party_labels(tmp_path: Path, text: str) -> set[str]:
    """The labels of every party a small page names."""
    path = tmp_path / "parties.md"
    path.write_text(text, encoding="utf-8")
    return {p.label for p in extract_facts(read_document(path)).of_kind("party")}


@pytest.mark.parametrize(
    ("kind", "limit", "body", "line"),
    [
        (
            "party",
            3,
            "".join(
                f"## Vendor{n} Zorb responsibilities\n\n- Patch host {n}.\n\n" for n in range(5)
            ),
            15,  # the fourth party's heading
        ),
        (
            "duty",
            4,
            "## Customer responsibilities\n\n" + "".join(f"- Rotate key {n}.\n" for n in range(6)),
            9,  # the fifth duty's item
        ),
    ],
)
def test_a_document_over_a_limit_is_refused_naming_the_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str, limit: int, body: str, line: int
) -> None:
    """Thousands of parties or duties are generated or hostile input: extraction stops at the
    first one over the limit (here made small) with one error naming the line; a document at
    the limit extracts."""
    from graph.extract import state

    monkeypatch.setitem(state.LIMITS, kind, limit)
    path = tmp_path / "page.md"
    path.write_text("# Shared responsibility\n\n" + body, encoding="utf-8")
    with pytest.raises(ExtractionError) as caught:
        extract_facts(read_document(path))
    plural = {"party": "parties", "duty": "duties"}[kind]
    assert caught.value.line == line
    assert f"{path}:{line}: more than {limit:,} {plural} in one document" in str(caught.value)
    monkeypatch.setitem(state.LIMITS, kind, limit + 10)
    facts = extract_facts(read_document(path))
    assert facts.of_kind(kind)


TABLE_SHAPES = [
    # an over-long cell is not cut at a preposition two verbs share ("plan for and build X"):
    # the cut would leave "… to plan" and lose what is built
    (
        "| Task | Quarrytech responsibilities | Your responsibilities |\n|---|---|---|\n"
        "| Sheds | Keep the depots. | Use the map of the open quarry zones to plan for and "
        "build new sheds of the yard to meet the storage and loading needs above and beyond "
        "the default that Quarrytech provides. |\n",
        [("customer", "plan for and build new sheds")],
        [],
    ),
    # a negation inside an example ("such as not letting …") does not deny the cell's duty;
    # "If needed, the customer can …" after a condition is a permission, no duty
    (
        "| Task | Quarrytech responsibilities | Your responsibilities |\n|---|---|---|\n"
        "| Gates | Block risky visits, such as not letting couriers into the vault. | If "
        "needed, the customer can book a second courier to carry spare keys. |\n",
        [("quarrytech", "block risky visits")],
        ["second courier"],
    ),
    # a party column's cell that joins two verb phrases (", and <verb>"), in the imperative
    # or as a gerund after "X is responsible for", is one duty per verb phrase
    (
        "| Area | Quarrytech responsibilities | Your responsibilities |\n|---|---|---|\n"
        "| Keys | Quarrytech is responsible for rotating the vault keys, monitoring each "
        "entry, and restoring the ledger. | Register the courier badges, and keep the badges "
        "locked away. |\n",
        [
            ("customer", "register the courier badges"),
            ("customer", "keep the badges locked away"),
            ("quarrytech", "rotating the vault keys"),
            ("quarrytech", "monitoring each entry"),
            ("quarrytech", "restoring the ledger"),
        ],
        ["badges, and keep", "keys, monitoring"],
    ),
    # a role's description that says what the role is ("A role within …") or what it may
    # reach ("… only has read access to …") states no duty; its duty sentences do
    (
        "| Role | Description |\n| --- | --- |\n"
        "| Provider | A role within the yard portal, giving admin rights to crews. The provider "
        "patches the hosts. |\n"
        "| Customer | The customer only has read access to the audit ledgers. <br/>The customer "
        "is also responsible for reviewing the logs. |\n",
        [("cloud-provider", "patch the hosts"), ("customer", "reviewing the logs")],
        ["role within", "read access"],
    ),
    # a RACI row of some 120 characters is the duty whole, not cut short of its last words
    (
        "| Activity | Customer | Zephyrcloud |\n|---|---|---|\n"
        "| Modify the default network configuration to secure the internal and external "
        "connections to the managed cluster | RA | I |\n",
        [("customer", "connections to the managed cluster")],
        [],
    ),
    # a table of plans and response times: durations and amounts are values, no duties
    (
        "Nimbus is responsible for the depots.\n\n| Severity | Starter | Plus |\n"
        "| --- | --- | --- |\n| P1 | none | 4 h |\n| P2 | 2 business days | 20 min |\n"
        "| Price | $20 / month | 99.9% |\n",
        [("nimbus", "depots")],
        ["4 h", "20 min", "business days", "99.9"],
    ),
    # a cell line that says how things are or may be ("There can be …", "Only members with
    # the Admin role can …") is no duty of the row's party
    (
        "| Party | What it does |\n| --- | --- |\n| Customer | Rotate the archive keys.<br/>"
        "There can be several archivists per vault.<br/>Only members with the Admin role can "
        "invite other members. |\n| Nimbus | Patch the vault hosts. |\n",
        [("customer", "rotate the archive keys"), ("nimbus", "patch the vault hosts")],
        ["several archivists", "invite other members"],
    ),
    # a code names each letter once: a column headed "ISS" (letters R, A, C, I, S can spell)
    # is a party, not a column of codes
    (
        "| Area | Task | Acme | ISS |\n| --- | --- | --- | --- |\n"
        "| Keys | Rotating the signing keys | I | A, R |\n"
        "| Billing | Paying the monthly invoice | A, R | C |",
        [("iss", "rotating the signing keys"), ("iss", "paying the monthly invoice")],
        [],
    ),
    # a column that says where a component runs ("Location": "Your infrastructure", "Nimbus
    # cloud") names places, not owners: its rows give nobody a duty
    (
        "Nimbus is responsible for the control plane.\n\n"
        "| Component | Location | Purpose |\n|---|---|---|\n"
        "| **Job Broker** | Your infrastructure | Runs the queued jobs |\n"
        "| **Key Vault** | Your infrastructure | Keeps the signing keys |\n"
        "| **Web Console** | Nimbus | Shows the dashboards |\n",
        [("nimbus", "control plane")],
        ["job broker", "key vault", "web console"],
    ),
    # a MyST list-table of the roles a page defines ("Role name | Role description"): each
    # row's role is a party, even one no vocabulary knows, when its description defines it by
    # a duty ("People responsible for X", "The person in charge of X", "People who check X",
    # "A clerk who files X"); a row that defines no duty ("Refers to the group that uses X")
    # gives none
    (
        "```{list-table}\n:header-rows: 1\n\n* - Role name\n  - Role description\n"
        "* - Vault Keeper\n  - People responsible for sealing the vaults. They work at night.\n"
        "* - Shelf Planner\n  - The person in charge of ordering the shelves.\n"
        "* - Tape Reviewer\n  - People who inspect the tape labels.\n"
        "* - Records Clerk\n  - A clerk who checks the loan slips.\n"
        "* - Reading Group\n  - Refers to the group of readers that uses the archive.\n```\n",
        [
            ("vault-keeper", "sealing the vaults"),
            ("shelf-planner", "ordering the shelves"),
            ("tape-reviewer", "inspect the tape labels"),
            ("records-clerk", "checks the loan slips"),
        ],
        ["uses the archive", "reading group"],
    ),
    # a role table's later sentences continue the row's duty: "Where X, this includes A",
    # "Examples include carrying out B and managing C" (two gerund phrases, two duties; one
    # gerund over "segregation of users and shelves" stays one)
    (
        "```{list-table}\n:header-rows: 1\n\n* - Role name\n  - Role description\n"
        "* - Vault Keeper\n  - People responsible for sealing the vaults. Where a vault is "
        "shared, this includes handling segregation of readers and shelves belonging to "
        "different wings.\n"
        "* - Shelf Planner\n  - People responsible for the reading rooms. Examples include "
        "carrying out shelf audits and managing reader access.\n```\n",
        [
            ("vault-keeper", "handling segregation of readers and shelves belonging"),
            ("shelf-planner", "carrying out shelf audits"),
            ("shelf-planner", "managing reader access"),
        ],
        ["handling shelves"],
    ),
    # a later instruction in a cell's list item ("If both sites fail, coordinate …") is a
    # duty of its own, its condition left out of the label
    (
        "| Area | Customer duties |\n|---|---|\n| Recovery | - In case of outages, notify "
        "the vendor that recovery is needed. If both sites are impacted, coordinate recovery "
        "efforts with the vendor. |\n",
        [
            ("customer", "notify the vendor that recovery is needed"),
            ("customer", "coordinate recovery efforts with the vendor"),
        ],
        ["if both"],
    ),
    # no party in the header of a duties column ("Operations"): each cell opens with its
    # party's name on a line of its own ("**AWS**", then its list); a pointer ("For more
    # information, see …") in a cell is no duty
    (
        "| Area | Operations | Customer duties |\n|---|---|---|\n"
        "| Storage | **AWS**<br>- Replace failed storage arrays<br>For more information, see "
        "the storage guide. | - Tag every bucket |\n"
        "| Identity | **Microsoft**<br>- Run the sign-in service | - Rotate the admin "
        "passwords |\n",
        [
            ("aws", "replace failed storage arrays"),
            ("microsoft", "run the sign-in service"),
            ("customer", "tag every bucket"),
            ("customer", "rotate the admin passwords"),
        ],
        ["storage guide", "**"],
    ),
    # a line break inside a cell's list item (a lower-case line, or after ":" / ";") goes on
    # with the item, it is no duty of its own
    (
        "| Area | Customer | Nimbus |\n|---|---|---|\n"
        "| Keys | - Rotation (including revocation)<br>of every signing key<br>"
        "- Compliance with key standards:<br>FIPS 140; SOC 2 | - Key storage |\n",
        [
            ("customer", "rotation (including revocation) of every signing key"),
            ("customer", "compliance with key standards: fips 140"),
        ],
        [],
    ),
    # a terse cell list written with commas only is one duty per item; a list continuing a
    # preposition's object ("access to accounts, billing, …") stays whole
    (
        "| Area | Customer | Nimbus |\n|---|---|---|\n"
        "| Money | Set budget alerts, review invoices, pay for usage | Grant access to "
        "dashboards, reports, exports |\n",
        [
            ("customer", "set budget alerts"),
            ("customer", "review invoices"),
            ("customer", "pay for usage"),
            ("nimbus", "grant access to dashboards, reports, exports"),
        ],
        ["alerts, review"],
    ),
    # a row named by a short label ("Stage 1: Groundwork") with an owner column and a prose
    # description: the description's sentences are the owner's duties (an instruction, "This
    # includes A, B, and C", a sentence naming its own subject); "Joint" is every owner, and
    # "Both teams collaborate to X, Y, and Z" each owner's instructions
    (
        "| Stage | Responsibility | Description |\n| :-- | :-- | :-- |\n"
        "| Stage 1: Groundwork | Customer | Prepare the hangar network. This includes renting a "
        "storage vault, wiring the badge readers, and setting up the key escrow. |\n"
        "| Stage 2: Rollout | Nimbus | Once the keys are handed over, Nimbus automatically "
        "builds the relay nodes. Note: This process requires no customer action. |\n"
        "| Stage 3: Checks | Joint | Both teams collaborate to test the uplink, review the "
        "alarms, and sign the handover sheet. |\n",
        [
            ("customer", "prepare the hangar network"),
            ("customer", "renting a storage vault"),
            ("customer", "setting up the key escrow"),
            ("nimbus", "build the relay nodes"),
            ("customer", "test the uplink"),
            ("nimbus", "review the alarms"),
            ("customer", "sign the handover sheet"),
        ],
        ["stage 1", "stage 2", "no customer action"],
    ),
    # an owner column ("Owner": Customer / a provider no vocabulary knows / Joint) beside an
    # item column whose header reads like a name ("Check Item"): the header is no party, an
    # item "Label: instruction." is the instruction, an empty area cell continues the row above
    (
        "| Area | Check Item | Owner |\n| :-- | :-- | :-- |\n"
        "| **Uplink** | Relay path: confirm the relay path answers from both depots. | Customer |\n"
        "|  | Spare link (Optional): Confirm the spare link stays up. | OrbitLink |\n"
        "| **Alarms** | Test page: Trigger a test page to the duty phone. | Joint |\n",
        [
            ("customer", "confirm the relay path answers"),
            ("orbitlink", "confirm the spare link stays up"),
            ("customer", "trigger a test page"),
            ("orbitlink", "trigger a test page"),
        ],
        ["check-item", "relay path:", "test page:"],
    ),
    # parties down the first column under a "Teams" header, each row header with a subtitle
    # (a second line, a parenthesis); the headers across are areas, not parties
    (
        "| Teams | Billing & Budgets | Delivery Stack |\n|---|---|---|\n"
        "| Product Squads<br>- Apps & Data | - Track the monthly spend | - Release pipelines |\n"
        "| Hosting Guild<br>(and its partners)<br>- Platform | - Negotiate the rates "
        "| - Base images |\n",
        [
            ("product-squads", "track the monthly spend"),
            ("product-squads", "release pipelines"),
            ("hosting-guild", "negotiate the rates"),
            ("hosting-guild", "base images"),
        ],
        [],
    ),
]


@pytest.mark.parametrize(("body", "present", "absent"), TABLE_SHAPES)
def test_table_shapes(
    tmp_path: Path, body: str, present: list[tuple[str, str]], absent: list[str]
) -> None:
    _check_shape(tmp_path, body, present, absent)


RESTATED_PAGE = """## Summary

**You agree to:**

- ensure that every node has the right firewall rules
- support your build pipelines
- rotate the signing keys
- manage the network
- back up your databases
- install the agent on every host

## In detail

You must ensure that every node has the right firewall rules to reach the registry.

You are responsible for providing round-the-clock support for your build pipelines.

You are responsible for continuing to rotate the signing keys every quarter.

You must back up your databases to a second region.

You must also manage the hosts and manage the network switches.

You must encrypt archived data at rest and encrypt archived data in transit.

You must install the agent on every host image.
"""


COLUMN_WORD_TABLES = [
    # "Use case | Benefit": column words, never a party; the cells are prose
    (
        "| Use case | Benefit |\n|---|---|\n| Many tools in use. | Lower effort: AWS patches "
        "the brokers for you. |\n| Uptime matters. | No downtime. AWS rotates the signing "
        "keys. |\n",
        "aws",
        ["patch the brokers", "rotate the signing"],
    ),
    # an SLA's "Issue | Initial response | Resolution" table holds times, not parties
    (
        "Nimbus is responsible for support.\n\n| Issue | Initial response | Resolution |\n"
        "|---|---|---|\n| New ticket | 1 business day | 5 business days |\n"
        "| Reopened ticket | 2 business days | 10 business days |\n",
        "nimbus",
        ["support"],
    ),
]


@pytest.mark.parametrize(("body", "party", "duties"), COLUMN_WORD_TABLES)
def test_column_words_name_no_party(
    tmp_path: Path, body: str, party: str, duties: list[str]
) -> None:
    pairs = _pairs(tmp_path, body)
    assert {p for p, _ in pairs} == {party}, pairs
    assert all(_has(pairs, party, duty) for duty in duties), pairs


def test_purpose_verbs_and_that_clauses_stay_in_one_duty(tmp_path: Path) -> None:
    """ "services to monitor, track, and fix X": the purpose's verbs share X, no duty each;
    "ensure A, and that B": the second "that" clause is part of the same duty."""
    pairs = _pairs(
        tmp_path,
        "Nimbus is responsible for support. Nimbus provides support services to monitor, track, "
        "and fix incidents raised by its "
        "probes. Nimbus will work with clients to ensure they can export their files, and that "
        "the exported data is kept.",
    )
    labels = {label for party, label in pairs if party == "nimbus"}
    assert not any(label.startswith(("track", "fix", "that")) for label in labels), labels
    assert any(label.startswith("provide support services to monitor") for label in labels)
    assert any(label.startswith("work with clients") for label in labels), labels


def test_a_detailed_restatement_of_a_summary_duty_is_the_same_duty(tmp_path: Path) -> None:
    """Summary-then-detail pages state each duty twice: the later statement, which only adds
    a qualifier (a purpose, a destination, how often), a possessor or a light verb ("provide
    support for X", "continue to rotate X"), is the summary's duty, not a second one."""
    labels = sorted(label for party, label in _pairs(tmp_path, RESTATED_PAGE))
    for duty in (
        "ensure that every node has the right firewall rules",
        "support your build pipelines",
        "rotate the signing keys",
        "back up your databases",
    ):
        assert [label for label in labels if label.startswith(duty.split()[0])] == [duty], labels
    # other objects ("the hosts", "the network switches") and other details stay apart
    assert {"manage the network", "manage the hosts", "manage the network switches"} <= set(labels)
    encrypt = [label for label in labels if label.startswith("encrypt")]
    assert encrypt == ["encrypt archived data at rest", "encrypt archived data in transit"]
    install = [label for label in labels if label.startswith("install")]
    assert install == ["install the agent on every host", "install the agent on every host image"]


def test_a_bare_area_listed_again_on_its_own_is_the_same_duty(tmp_path: Path) -> None:
    """A party's bare label naming two areas ("Nightly backups and kernel patches"), then one of
    them alone in a later list ("Kernel patches"): one duty, not two; a new area stays."""
    pairs = _pairs(
        tmp_path,
        "## Nimbus costs\n\nNimbus provides:\n\n- Nightly backups and kernel patches\n"
        "- Phone support\n\n## Yard (Nimbus managed)\n\nNimbus is responsible for:\n\n"
        "- Kernel patches\n- Uptime checks\n",
    )
    labels = sorted(label for party, label in pairs if party == "nimbus")
    assert [label for label in labels if "kernel" in label] == [
        "nightly backups and kernel patches"
    ], labels
    assert "uptime checks" in labels, labels


def test_a_second_clause_keeps_its_own_subject(tmp_path: Path) -> None:
    """ "A is responsible for X, and the customer or end user is responsible for Y": the second
    clause is the customer's, also with a coordinated subject; a second subject no vocabulary
    knows ("the harbour porter is responsible …", "the night clerk just checks …") ends the
    first party's object instead of joining it."""
    _check_shape(
        tmp_path,
        "Nimbus is responsible for some parts of the queue upkeep, and the customer or end user "
        "is responsible for the other parts of the queue upkeep.\n\n"
        "Nimbus manages the brokers, and the harbour porter is responsible for the crates they "
        "stack.\n\nNimbus is responsible for running the relays, and the night clerk just checks "
        "the dashboards.\n",
        [
            ("nimbus", "some parts of the queue upkeep"),
            ("customer", "other parts of the queue upkeep"),
            ("nimbus", "manage the brokers"),
            ("nimbus", "running the relays"),
        ],
        ["is responsible", "crates", "dashboards"],
    )


def test_a_document_part_is_no_party(tmp_path: Path) -> None:
    """ "## Appendix B Roles in Nimbus": a heading's "Appendix B" (annex, appendix, chapter,
    section, schedule) labels a part of the document, not a party."""
    pairs = _pairs(
        tmp_path,
        "Nimbus runs the platform.\n\n## Appendix B Roles in Nimbus\n\n"
        "| Role | Description |\n| --- | --- |\n"
        "| Vault keeper | Keeps the keys. |\n",
    )
    assert not any(party.startswith("appendix") for party, _ in pairs), sorted(pairs)


# Roles a page names itself: headings, lead-ins and the reader's role, whatever the
# vocabularies know (each fails without its rule).
ROLE_SHAPES = [
    # a heading in sentence case ending in a person noun is that role's section
    (
        "Nimbus hosts the depots.\n\n## Depot captain\n\n- Schedule the weekly fleet check.\n"
        "- Sign the loading manifest.\n",
        [("depot-captain", "schedule the weekly fleet check"), ("depot-captain", "sign the")],
        [],
    ),
    # a one-word heading that is a plural person noun, over a list
    (
        "Nimbus is responsible for the depots.\n\n## Auditors\n\n"
        "- Check the brakes of every truck.\n- Report faults within a day.\n",
        [("auditors", "check the brakes"), ("auditors", "report faults")],
        [],
    ),
    # a label before the role's name ("Role: Harbour Captain (HC)") is no part of it
    (
        "Nimbus is responsible for the depots.\n\n## Role: Harbour Captain (HC)\n\n"
        "- Assign the berths.\n- Close the harbour in a storm.\n",
        [("harbour-captain", "assign the berths"), ("harbour-captain", "close the harbour")],
        [],
    ),
    # "<role> checklist": the role's section, its subsections included
    (
        "Nimbus hosts the depots.\n\n## Yard steward checklist\n\n### Before the shift\n\n"
        "- Print the route sheets.\n\n### During the shift\n\n- Answer the radio.\n",
        [("yard-steward", "print the route sheets"), ("yard-steward", "answer the radio")],
        [],
    ),
    # "The depot liaison will:": a definite role phrase is the lead-in's party
    (
        "Nimbus hosts the depots.\n\n## Contacts\n\nThe depot liaison will:\n\n"
        "1. Triage incoming complaints.\n2. Coordinate repairs with the garage.\n",
        [("depot-liaison", "triage incoming complaints"), ("depot-liaison", "coordinate")],
        [],
    ),
    # a bare plural role after a condition: "Before the audit, inspectors should:"
    (
        "Nimbus hosts the depots.\n\n## Audits\n\nBefore the audit, yard stewards should:\n\n"
        "1. Read the last report.\n2. Test the scales.\n",
        [("yard-stewards", "read the last report"), ("yard-stewards", "test the scales")],
        [],
    ),
    # "the coordinator" in the Fleet coordinator's section is that party, not a new one
    (
        "Nimbus hosts the depots.\n\n## Fleet coordinator\n\nBefore the season, the "
        "coordinator will:\n\n1. Book the garage.\n2. Send the rota to drivers.\n",
        [("fleet-coordinator", "book the garage"), ("fleet-coordinator", "send the rota")],
        ["coordinator will"],
    ),
    # a role phrase opening a sentence before its modal is its subject ("The yard steward
    # should …"), the section's role when its head noun matches ("the coordinator")
    (
        "Nimbus is responsible for the depots.\n\n## Fleet coordinator\n\nAfter the season, "
        "the coordinator should collect the logbooks.\n\n## Yards\n\nThe yard steward must "
        "lock the gates. The host machine will reboot nightly.\n",
        [
            ("fleet-coordinator", "collect the logbooks"),
            ("yard-steward", "lock the gates"),
        ],
        ["reboot"],
    ),
    # a role as the agent of a passive, after "expects that", or as a bare plural subject
    (
        "Nimbus is responsible for the depots.\n\n## Rules\n\nRoute sheets are signed by "
        "the yard council. The company expects that mentors will check the tyres daily. "
        "Auditors are expected to weigh every load. All auditors must seal the trucks.\n",
        [
            ("yard-council", "sign route sheets"),
            ("mentors", "check the tyres daily"),
            ("auditors", "weigh every load"),
            ("auditors", "seal the trucks"),
        ],
        ["company expects"],
    ),
    # "It is essential for X to <verb>", "It is vital that X <verb>s": X's duty; "not
    # necessary" is none; a role whose modifier is a verb's base form ("release") is a role
    (
        "Nimbus is responsible for the depots.\n\n## Rules\n\nIt is essential for mentors "
        "to check the tyres. It is vital that the release steward signs each manifest. It is not "
        "necessary for auditors to attend every shift.\n",
        [("mentors", "check the tyres"), ("release-steward", "sign each manifest")],
        ["attend every shift"],
    ),
    # "As the dock captain, you lead …": the page speaks to that role
    (
        "As the dock captain, you lead the crew during a storm.\n\n## Storm drill\n\n"
        "- Hold a briefing every hour.\n- Keep the harbour office informed.\n",
        [("dock-captain", "hold a briefing"), ("dock-captain", "keep the harbour office")],
        [],
    ),
]


@pytest.mark.parametrize(("body", "present", "absent"), ROLE_SHAPES)
def test_role_shapes(
    tmp_path: Path, body: str, present: list[tuple[str, str]], absent: list[str]
) -> None:
    _check_shape(tmp_path, body, present, absent)


def test_a_topic_heading_or_a_machine_is_no_role(tmp_path: Path) -> None:
    """ "## Storage" over instructions is the reader's topic, "the scheduler will" names a
    program: neither becomes a party (their last words are no person nouns)."""
    pairs = _pairs(
        tmp_path,
        "Nimbus is responsible for the depots.\n\n## Storage\n\n- Encrypt the depot backups.\n\n"
        "## Jobs\n\nThe scheduler will:\n\n- Rotate the logs.\n",
    )
    parties = {party for party, _ in pairs}
    assert not parties & {"storage", "scheduler", "the-scheduler"}, sorted(pairs)


def test_a_joint_row_is_shared_by_the_parties_its_description_names(tmp_path: Path) -> None:
    """An owner column's "Joint" is every owner of the table, unless the row's other cells name
    two or more of them: then it is theirs alone."""
    pairs = _pairs(
        tmp_path,
        "| Layer | Responsible party | Description |\n| --- | --- | --- |\n"
        "| Depot roofs | Google / AWS | Rain and hail. |\n"
        "| Yard gates | Google | The gate motors. |\n"
        "| Crate seals | Joint | Google supplies the seals; the customer fits them. |\n"
        "| Crate labels | Customer | The printed labels. |\n",
    )
    assert _has(pairs, "google", "crate seals") or _has(pairs, "google", "supply the seals")
    assert _has(pairs, "customer", "crate seals") or _has(pairs, "customer", "fit")
    assert not _has(pairs, "aws", "crate seals"), sorted(pairs)
    assert _has(pairs, "aws", "depot roofs"), sorted(pairs)


def test_paragraphs_naming_duties_under_a_party_heading(tmp_path: Path) -> None:
    """Under "## Customer responsibilities", paragraphs that only name a duty (a duty verb's
    gerund, or a noun of action with its object) are the heading party's duties, one per
    paragraph, as list items would be; a pointer to a table, a gerund that is a subject and
    the same paragraphs under a heading that names no duties give none."""
    _check_shape(
        tmp_path,
        "# Hosting service scope\n\n## Customer responsibilities\n\n"
        "Any items in the matrix above where the customer is listed as Responsible.\n\n"
        "The upkeep and renewal of domain names for the tenant, including DNS records.\n\n"
        "Ensuring that only cleared staff are given admin rights.\n\n"
        "Watering tools are included in every plan.\n\n"
        "## Nimbus responsibilities\n\nPatching of the hosting platform every month.\n\n"
        "## Customer overview\n\nKeeping a spare key in the office.\n",
        [
            ("customer", "upkeep and renewal of domain names for the tenant"),
            ("customer", "ensuring that only cleared staff are given admin rights"),
            ("nimbus", "patching of the hosting platform every month"),
        ],
        ["any items", "matrix above", "watering tools", "spare key"],
    )


def test_a_feedback_section_states_no_duty(tmp_path: Path) -> None:
    """ "## Feedback" (or "Was this page helpful?") is about the page itself: its requests
    ("If you spot an error, send an email to the docs team") are no duties, and no line in it
    is listed as not understood."""
    body = (
        "# Hosting service scope\n\nNimbus is responsible for the network.\n\n"
        "## Feedback\n\nIf you have an idea for this page, send an email to the docs team. "
        "You must include the page title.\n\n## Was this page helpful?\n\n"
        "- Rate the page below\n"
    )
    _check_shape(tmp_path, body, [("nimbus", "network")], ["email", "page title", "rate"])
    path = tmp_path / "feedback.md"
    path.write_text(body, encoding="utf-8")
    assert extract_facts(read_document(path)).unread == []


def test_notes_beside_codes_are_read_as_prose(tmp_path: Path) -> None:
    """A "Notes" cell beside a row of RACI codes is prose: a sentence that names its party
    states a duty of its own ("customers are accountable for providing X"); a note that names
    no party ("Agents are only needed on Linux") gives none."""
    _check_shape(
        tmp_path,
        "# Scope\n\nElement | Nimbus | Customer | Notes\n--------|--------|----------|------\n"
        "Configuring agents | R | A/C | Nimbus will apply them, but customers are ultimately "
        "accountable for providing the patch window\n"
        "Deploying agents | C | A/R | Agents are only needed on Linux hosts\n"
        "Spotting urgent patches | I | A/R | The customer will notify Nimbus of urgent patches\n",
        [
            ("customer", "providing the patch window"),
            ("customer", "notify nimbus of urgent patches"),
            ("customer", "deploying agents"),
        ],
        ["linux"],
    )


def test_a_cell_that_is_only_a_link_states_no_duty(tmp_path: Path) -> None:
    """ "[Logging in Nimbus](/docs/logs)" in a party's column points to where the duty is
    described: no duty; a link inside a sentence keeps its duty."""
    _check_shape(
        tmp_path,
        "# Scope\n\n| Task | Nimbus responsibilities | Your responsibilities |\n|---|---|---|\n"
        "| Logs | Keep the log store running. | [Logging in Nimbus](/docs/logs) |\n"
        "| Alerts | Send outage notices. | Watch the [status page](/status) for notices. |\n",
        [("nimbus", "keep the log store running"), ("customer", "watch the status page")],
        ["logging in nimbus"],
    )


def test_following_tasks_with_a_qualifier_lead_in_a_list(tmp_path: Path) -> None:
    """ "Nimbus engineers will complete the following tasks according to the access they are
    granted." (no colon, a qualifier after "the following tasks") leads in the list after it:
    the items are the engineers' (Nimbus's) duties, not the reader's."""
    _check_shape(
        tmp_path,
        "# Scope\n\nNimbus is responsible for the hosting.\n\n## Scope of the service\n\n"
        "The Nimbus engineers will complete the following tasks according to the access they "
        "are granted.\n\n- Complete upgrades of the instance.\n- Review the alert rules.\n",
        [
            ("nimbus", "hosting"),
            ("nimbus", "complete upgrades of the instance"),
            ("nimbus", "review the alert rules"),
        ],
        [],
    )


def test_demonstrative_people_point_back_to_the_party_that_named_them(tmp_path: Path) -> None:
    """ "These specialists will:" after "Nimbus will provide dedicated specialists." is
    Nimbus (the party of the duty that named them), never a party called "These
    specialists"; with no such antecedent, the phrase makes no party at all."""
    pairs = _pairs(
        tmp_path,
        "# Scope\n\nNimbus is responsible for the depots.\n\n## Scope of the service\n\n"
        "Nimbus will provide dedicated specialists with access to the depot. These specialists "
        "will:\n\n- Rotate the gate keys.\n- Sweep the loading bays.\n\n## Other notes\n\n"
        "Those clerks will:\n\n- Stamp the crates.\n",
    )
    assert _has(pairs, "nimbus", "rotate the gate keys"), sorted(pairs)
    assert _has(pairs, "nimbus", "sweep the loading bays"), sorted(pairs)
    assert not any("specialists" in party or "clerks" in party for party, _ in pairs), pairs


def test_a_second_party_clause_is_cut_from_the_first_partys_objects(tmp_path: Path) -> None:
    """ "Nimbus runs A, B, and C, and customers access the gates to …" and "Nimbus sets the
    rules for the yard and the customer must provide their own locks": the second party's
    clause is its own, never glued to the first party's last object; "Nimbus and the
    customer must agree" stays one subject."""
    _check_shape(
        tmp_path,
        "Nimbus is responsible for the depots.\n\nNimbus operates the gates, the cranes, and "
        "the yards, and customers access the endpoints to store data.\n\nIn a shared depot, "
        "Nimbus sets the rules for the yard and the customer must provide their own locks.\n\n"
        "Nimbus and the customer must agree on the opening hours.\n",
        [
            ("nimbus", "operate the yards"),
            ("nimbus", "set the rules for the yard"),
            ("customer", "provide their own locks"),
        ],
        ["customers access", "customer must"],
    )


def test_a_noun_phrase_after_as_well_as_takes_the_gerund_before_it(tmp_path: Path) -> None:
    """ "responsible for guarding the depots as well as the gates themselves": the second
    object is guarded too ("Guarding the gates themselves"), not a duty with no verb."""
    pairs = _pairs(
        tmp_path,
        "Nimbus is responsible for guarding the depots as well as the gates themselves.\n",
    )
    assert _has(pairs, "nimbus", "guarding the depots"), sorted(pairs)
    assert ("nimbus", "guarding the gates themselves") in pairs, sorted(pairs)


def test_a_bold_title_over_things_which_is_no_role(tmp_path: Path) -> None:
    """ "**Shared Checks** – Checks which apply to both …": a plural noun and its relative
    clause define a kind of thing, not a role whose verb is "Checks"; no party is named after
    the title, and the customer keeps its own name."""
    pairs = _pairs(
        tmp_path,
        "Nimbus is responsible for the depots. The customer is responsible for the crates.\n\n"
        "**Shared Checks** – Checks which apply to both the depot and the crates.\n\n"
        "**Customer Controls** – Controls which a customer fits on the crates.\n",
    )
    assert _has(pairs, "customer", "crates"), sorted(pairs)
    assert not any(" which " in label for _, label in pairs), sorted(pairs)
    assert {party for party, _ in pairs} <= {"nimbus", "customer"}, sorted(pairs)


def test_one_vendor_written_several_ways_is_one_party(tmp_path: Path) -> None:
    """ "NorthWind Depot", "Northwind Depot" and "NwD" on one page are one party (same
    letters; a short form whose capitals are the name's initials and whose letters it holds
    in order); "NW Freight" is another."""
    pairs = _pairs(
        tmp_path,
        "NorthWind Depot is responsible for the gates.\n\nNorthwind Depot is responsible "
        "for the cranes.\n\nNwD is responsible for the yards.\n\nNW Freight is responsible "
        "for the trucks.\n\nIn a shared depot, NwD sets the rules for the docks and the "
        "customer must lock the crates.\n",
    )
    # the short form, once known, names the party in later text too
    assert ("northwind-depot", "set the rules for the docks") in pairs, sorted(pairs)
    assert ("customer", "lock the crates") in pairs, sorted(pairs)
    assert {p for p, label in pairs if label in ("gates", "cranes", "yards")} == {
        "northwind-depot"
    }, sorted(pairs)
    assert ("nw-freight", "trucks") in pairs, sorted(pairs)


@pytest.mark.parametrize(
    ("new", "name", "same"),
    [
        ("ExH", "Extra Horizon", True),
        ("ExH", "ExtraHorizon", True),
        ("Extra-Horizon", "Extra Horizon", True),
        ("EH", "Extra Horizon", True),
        ("Extra Horizon", "ExH", True),
        ("HE", "Extra Horizon", False),
        ("ExH", "Extra Hub Services", False),
        ("Extra", "Extra Horizon", False),
        ("EXH", "Extra Horizon", False),
    ],
)
def test_same_name(new: str, name: str, same: bool) -> None:
    assert same_name(new, name) is same


def test_spellings_find_a_party_by_letters_or_initials() -> None:
    """The index finds "EXH" by the letters of a short form it holds ("ExH"), a short form
    by a long name's initials and back, and nothing for an unrelated name."""
    spellings = Spellings()
    horizon, freight = Ref("party", "extra-horizon"), Ref("party", "nw-freight")
    spellings.add("Extra Horizon", horizon)
    spellings.add("NWF", freight)
    assert spellings.find("ExtraHorizon") == horizon
    assert spellings.find("ExH") == horizon
    spellings.add("ExH", horizon)
    assert spellings.find("EXH") == horizon
    assert spellings.find("North West Freight") == freight
    assert spellings.find("Nimbus") is None


def test_a_sentence_presenting_what_follows_states_no_duty(tmp_path: Path) -> None:
    """ "Below are examples of seals that are managed by Nimbus.": the
    sentence presents the page's next part; it gives Nimbus no duty "Manage examples of
    seals". A duty stated plainly still counts."""
    _check_shape(
        tmp_path,
        "Nimbus is responsible for the depots.\n\nBelow are examples of seals that are "
        "managed by Nimbus.\n\nHere is an overview of the gates that are run by Nimbus, "
        "customers, or both.\n\nNimbus manages the cranes.\n",
        [("nimbus", "depots"), ("nimbus", "manage the cranes")],
        ["examples", "overview"],
    )


def test_a_series_of_verbs_in_the_third_person_shares_its_object(tmp_path: Path) -> None:
    """ "Nimbus fully operates, manages and controls the cranes": one duty whose verbs share
    the object ("Operate, manage and control the cranes"), not "Operate , manages" and
    "Control the cranes"."""
    pairs = _pairs(
        tmp_path,
        "Nimbus is responsible for the depots.\n\nNimbus fully operates, manages and controls "
        "the cranes.\n\nNimbus builds, tests, and runs the docks.\n",
    )
    assert ("nimbus", "operate, manage and control the cranes") in pairs, sorted(pairs)
    assert ("nimbus", "build, test, and run the docks") in pairs, sorted(pairs)
    assert not any(label.startswith(("operate ,", "build ,")) for _, label in pairs), pairs


def test_a_clause_after_as_that_names_a_party_is_read(tmp_path: Path) -> None:
    """ "This model can ease the customer's load as Nimbus operates and controls the gates":
    the clause after "as" states Nimbus's duty; "as you scale …" only sets the scene, and
    "such as Nimbus" is no clause."""
    _check_shape(
        tmp_path,
        "Nimbus is responsible for the depots.\n\nThis model can ease the customer's load as "
        "Nimbus operates and controls the gates.\n\nThe yard grows as you add crates to "
        "it.\n\nSome vendors, such as Nimbus, pack the crates.\n",
        [("nimbus", "operate and control the gates")],
        ["add crates"],
    )


def test_responsibility_and_management_of_a_list(tmp_path: Path) -> None:
    """ "The customer assumes responsibility and management of the crates, the keys and the
    seals": one duty per item, as "assumes responsibility for" gives."""
    _check_shape(
        tmp_path,
        "Nimbus is responsible for the depots.\n\nThe customer assumes responsibility and "
        "management of the crates, the keys and the seals.\n",
        [("customer", "crates"), ("customer", "keys"), ("customer", "seals")],
        [],
    )


def test_a_clause_after_as_names_a_vendor_not_seen_before(tmp_path: Path) -> None:
    """ "… can ease the customer's load as Orbit Freight fully operates, manages and controls
    the gates": a capitalised name and its verb in the third person after "as" are a party's
    clause even when the page has not named that party yet."""
    _check_shape(
        tmp_path,
        "The customer is responsible for the crates.\n\nThis model can ease the customer's "
        "load as Orbit Freight fully operates, manages and controls the gates.\n",
        [("orbit-freight", "operate, manage and control the gates")],
        [],
    )


def test_features_of_a_platform_that_provides_are_no_duties(tmp_path: Path) -> None:
    """ "Nimbus Cloud runs on a secure platform that provides:": the items are the
    platform's features, not Nimbus's duties ("secure" after "a" is no verb)."""
    _check_shape(
        tmp_path,
        "Nimbus is responsible for the depots, while the customer is responsible for the "
        "crates.\n\n## Architecture\n\nNimbus runs on a secure platform that provides:\n\n"
        "- A fully isolated yard in each region\n- Regular updates and upkeep\n",
        [("nimbus", "depots")],
        ["isolated yard", "updates and upkeep"],
    )


def test_a_numbered_team_heading_names_its_party(tmp_path: Path) -> None:
    """ "### 2. Yard Crews (Night Shift Crews)": the heading's number is no part of the
    name; the list under "**Responsibilities**:" is that team's, not the previous one's."""
    pairs = _pairs(
        tmp_path,
        "## Team types\n\n### 1. Gate Team\n\n**Responsibilities**:\n- Open the gates\n\n"
        "### 2. Yard Crews (Night Shift Crews)\n\n**Responsibilities**:\n- Stack the crates\n\n"
        "### 3. Dock Team\n\n**Responsibilities**:\n- Moor the barges\n",
    )
    assert ("gate-team", "open the gates") in pairs, sorted(pairs)
    assert ("yard-crews", "stack the crates") in pairs, sorted(pairs)
    assert ("dock-team", "moor the barges") in pairs, sorted(pairs)


def test_beside_a_responsibilities_label_other_labelled_lists_are_no_duties(
    tmp_path: Path,
) -> None:
    """Under a team's heading, "**Responsibilities**:" names the list of duties; the lists
    under "**Skills Required**:" or "**Example Crews**:" describe the team, and "**What They
    Don't Do**:" lists what it does not do."""
    _check_shape(
        tmp_path,
        "## Team types\n\n### Gate Team\n\n**Role**: Keep the gates\n\n**Responsibilities**:\n"
        "- Open the gates\n- Log the trucks\n\n**Skills Required**:\n- Forklift licence\n"
        "- Radio etiquette\n\n**What They Don't Do**:\n- Stack the crates\n\n"
        "**Example Crews**:\n- Crew Alpha (North gate)\n",
        [("gate-team", "open the gates"), ("gate-team", "log the trucks")],
        ["forklift", "radio", "stack the crates", "crew alpha"],
    )


def test_marks_with_a_word_in_a_team_matrix(tmp_path: Path) -> None:
    """ "✅ Owns", "🤝 Consults", "📚 Uses" in the party columns of a matrix: the row's
    activity is the duty, the mark and its word the relation (not a duty called "Owns")."""
    pairs = _pairs(
        tmp_path,
        "| Responsibility | Gate Team | Yard Team |\n|---|---|---|\n| **Gates** |\n"
        "| Open the gates | ✅ Owns | 🤝 Consults |\n| Stack the crates | 📚 Uses | ✅ Owns |\n"
        "| Sweep the yard | 🎓 Enables | ✅ Owns |\n| Paint the lines | ✅ Owns | - |\n",
    )
    assert ("gate-team", "open the gates") in pairs, sorted(pairs)
    assert ("yard-team", "stack the crates") in pairs, sorted(pairs)
    assert ("yard-team", "sweep the yard") in pairs, sorted(pairs)
    assert ("gate-team", "paint the lines") in pairs, sorted(pairs)
    assert {party for party, _ in pairs} == {"gate-team", "yard-team"}, sorted(pairs)
    assert not any(label in ("owns", "uses", "consults", "enables") for _, label in pairs)
    assert ("gate-team", "stack the crates") not in pairs, sorted(pairs)


def test_a_numbered_section_is_no_procedure_step(tmp_path: Path) -> None:
    """ "## 1. Scope of the service" numbers a section of the page; it is no step of a
    procedure, so a list under it ("Upgrade guidance") gives the reader no duty (what
    "Support includes:" lists is the vendor's). "## 2. Agent installation" and "## 3. Deploy
    the agents" are steps: their instructions are the reader's."""
    pairs = _pairs(
        tmp_path,
        "Nimbus is responsible for the depots.\n\n## 1. Scope of the service\n\nSupport "
        "includes:\n\n- Upgrade guidance\n- Incident triage\n\n## 2. Agent installation\n\n"
        "Install the agent on each host.\n\n## 3. Deploy the agents\n\nRegister each agent.\n",
    )
    assert ("customer", "install the agent on each host") in pairs, sorted(pairs)
    assert ("customer", "register each agent") in pairs, sorted(pairs)
    assert ("nimbus", "upgrade guidance") in pairs, sorted(pairs)
    assert ("customer", "upgrade guidance") not in pairs, sorted(pairs)


def test_the_front_matter_author_is_who_we_is(tmp_path: Path) -> None:
    """ "created_by: Orbitel Support" names who wrote the page: "we" and "the team" are
    Orbitel, not Microsoft, whose product the opening paragraph happens to name first; a
    person in "last_modified_by" or a name the text never uses is no vendor."""
    path = tmp_path / "page.md"
    path.write_text(
        "---\ntitle: Managed gates\ncreated_by: Orbitel Support\nlast_modified_by: Ann Lee\n"
        "---\n\nThe Managed Gates level supports Microsoft SQL Server and the Orbitel yard "
        "stack.\n\nThe team will support your gates from the hinge up. We will monitor up to "
        "two ports.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert _has(pairs, "orbitel", "support your gates"), sorted(pairs)
    assert _has(pairs, "orbitel", "monitor up to two ports"), sorted(pairs)
    assert not any(party in ("microsoft", "team") for party, _ in pairs), sorted(pairs)


def test_up_to_a_number_is_no_particle(tmp_path: Path) -> None:
    """ "Nimbus will monitor up to two gates as well as the yard": "up to two" is a quantity,
    so the second object is "monitor the yard", not "monitor up to the yard"; "Nimbus will set
    up the cranes" keeps its particle."""
    pairs = _pairs(
        tmp_path,
        "Nimbus is responsible for the depots.\n\nNimbus will monitor up to two gates as well "
        "as the yard. Nimbus will set up the cranes.\n",
    )
    assert ("nimbus", "monitor the yard") in pairs, sorted(pairs)
    assert ("nimbus", "set up the cranes") in pairs, sorted(pairs)
    assert not any("up to the yard" in label for _, label in pairs), sorted(pairs)


def test_relation_columns_with_parties_named_in_the_cells(tmp_path: Path) -> None:
    """A RACI matrix turned around: "Task | Responsible | Accountable | Consulted | Informed"
    (or the letters) across, the parties named in the cells ("Porter, Clerk"); a "-" names
    nobody."""
    path = tmp_path / "matrix.md"
    path.write_text(
        "# Yard matrix\n\n| Task | Responsible | Accountable | Consulted | Informed |\n"
        "|---|---|---|---|---|\n| Open the gates | Porter | Yard Master | Clerk, Guard | - |\n"
        "| Count the crates | Clerk | Clerk | Porter and Guard | Yard Master |\n\n"
        "| Task | R | A |\n|---|---|---|\n| Sweep the bays | Porter | Yard Master |\n",
        encoding="utf-8",
    )
    found = _triples(path)
    assert ("porter", "responsibleFor", "open the gates") in found, sorted(found)
    assert ("yard-master", "accountableFor", "open the gates") in found, sorted(found)
    assert ("clerk", "consultedOn", "open the gates") in found, sorted(found)
    assert ("guard", "consultedOn", "open the gates") in found, sorted(found)
    assert ("guard", "consultedOn", "count the crates") in found, sorted(found)
    assert ("yard-master", "informedOf", "count the crates") in found, sorted(found)
    assert ("porter", "responsibleFor", "sweep the bays") in found, sorted(found)
    assert not any(party == "-" or label == "-" for party, _, label in found), sorted(found)


def test_we_items_under_the_writers_heading(tmp_path: Path) -> None:
    """ "- We patch the hosts." under the writer's own heading: the heading's party said again,
    no part of the duty; "We will …" likewise. Under the customer's heading the "we" stays a
    sentence of its own (not the customer's duty to "patch")."""
    pairs = _pairs(
        tmp_path,
        "Nimbus runs the yard for you.\n\n## Nimbus responsibilities\n\n- We patch the cranes.\n"
        "- We will rotate the gate codes and audit the logbook.\n\n"
        "## Customer responsibilities\n\n- Label your crates.\n",
    )
    labels = {label for _, label in pairs}
    assert "patch the cranes" in labels, sorted(pairs)
    assert "rotate the gate codes" in labels, sorted(pairs)
    assert "audit the logbook" in labels, sorted(pairs)
    assert not any(label.startswith("we ") for label in labels), sorted(pairs)
    customer = {label for party, label in pairs if party == "customer"}
    assert customer == {"label your crates"}, sorted(pairs)


def test_third_person_item_series(tmp_path: Path) -> None:
    """ "- Creates the vault, and rotates its keys" under a party: one duty per verb phrase,
    each verb in its base form as labels are ("Audits of the docks" is a noun)."""
    pairs = _pairs(
        tmp_path,
        "## Customer responsibilities\n\n- Builds the crates, and labels each crate.\n"
        "- Sets and keeps the bay rules\n- Audits of the docks\n- Runs and sweeps the sheds\n",
    )
    assert ("customer", "build the crates") in pairs, sorted(pairs)
    assert ("customer", "label each crate") in pairs, sorted(pairs)
    assert ("customer", "set and keep the bay rules") in pairs, sorted(pairs)
    assert ("customer", "audits of the docks") in pairs, sorted(pairs)
    assert ("customer", "run and sweep the sheds") in pairs, sorted(pairs)


def test_noun_that_could_be_a_verb_before_a_series(tmp_path: Path) -> None:
    """ "runs the status page, keeps hourly exports and audits the logs": "page" is a noun
    there, so ", keeps" starts a second duty (a bare verb before a comma shares the next
    verb's object only after "to", "and" or "or")."""
    pairs = _pairs(
        tmp_path,
        "The customer runs the status page, keeps hourly exports and audits the logs.\n\n"
        "The customer is responsible for resources to review and approve them.\n",
    )
    assert ("customer", "run the status page") in pairs, sorted(pairs)
    assert ("customer", "keep hourly exports") in pairs, sorted(pairs)
    assert ("customer", "audit the logs") in pairs, sorted(pairs)


def test_possessive_points_into_a_complement(tmp_path: Path) -> None:
    """ "documentation on its storage and their proper use": "their" points into the
    preposition's object, one duty; "the hosts and their disks" stays two."""
    pairs = _pairs(
        tmp_path,
        "The customer maintains documentation on the cranes and their proper use.\n\n"
        "The provider patches the gate servers and their disks.\n",
    )
    assert ("customer", "maintain documentation on the cranes and their proper use") in pairs
    assert ("cloud-provider", "patch the gate servers") in pairs, sorted(pairs)
    assert not any(label == "maintain their proper use" for _, label in pairs), sorted(pairs)


def test_what_the_writer_sells_stands_for_it(tmp_path: Path) -> None:
    """ "This service will:" and "Support includes:" over lists: the duties of the vendor who
    sells the service (the page's "we"), not the reader's (the items are imperative)."""
    pairs = _pairs(
        tmp_path,
        "Nimbus runs the yard for you. Nimbus hires the porters. You can ask Nimbus for a "
        "crane.\n\n"
        "## Scope\n\nThis service will:\n\n- Patch the cranes monthly\n- Watch the gates at "
        "night\n\nSupport includes:\n\n- Answering calls within four hours\n\n"
        "## Your responsibilities\n\n- Label your crates\n",
    )
    assert ("nimbus", "patch the cranes monthly") in pairs, sorted(pairs)
    assert ("nimbus", "watch the gates at night") in pairs, sorted(pairs)
    assert ("nimbus", "answering calls within four hours") in pairs, sorted(pairs)
    assert {label for party, label in pairs if party == "customer"} == {"label your crates"}


def test_a_name_owning_the_offering_is_the_vendor(tmp_path: Path) -> None:
    """ "These terms apply to Nimbus's Yard Services": the name that owns what the opening
    names wrote the page (it recurs mid-sentence), so "we" and "this service" are Nimbus."""
    path = tmp_path / "terms.md"
    path.write_text(
        "# Terms for yard services\n\nThese terms apply to Nimbus's Yard Services.\n\n"
        "## Scope\n\nThe crates belong to you, and Nimbus keeps them safe. Yard help from "
        "Nimbus is free. This service will:\n\n- Patch the cranes monthly\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert ("nimbus", "patch the cranes monthly") in pairs, sorted(pairs)


def test_governance_verbs_and_roles(tmp_path: Path) -> None:
    """Governance pages: "chairs", "mentors", "triages", "merges" are duty verbs; "committer"
    is a role's noun (its "responsibilities" heading names it); "In addition to committer
    duties:" under the maintainer's heading lists more of the maintainer's; "Committers are
    expected to follow X and to answer Y" is two duties."""
    pairs = _pairs(
        tmp_path,
        "## Project lead\n\nThe project lead chairs the weekly call and mentors new "
        "committers.\n\n## Committer responsibilities\n\n- Triage new tickets.\n\n"
        "Committers are expected to follow the crate code and to answer review requests.\n\n"
        "## Maintainer responsibilities\n\nIn addition to committer duties:\n\n"
        "- Merge the release branch.\n",
    )
    assert ("project-lead", "chair the weekly call") in pairs, sorted(pairs)
    assert ("project-lead", "mentor new committers") in pairs, sorted(pairs)
    assert ("committer", "triage new tickets") in pairs, sorted(pairs)
    assert ("committer", "follow the crate code") in pairs, sorted(pairs)
    assert ("committer", "answer review requests") in pairs, sorted(pairs)
    assert ("maintainer", "merge the release branch") in pairs, sorted(pairs)
    assert ("committer", "merge the release branch") not in pairs, sorted(pairs)


def test_purpose_infinitives_stay_whole(tmp_path: Path) -> None:
    """ "We will ensure that the yard has been through a review to assess risks, to set
    treatments and to obtain sign-off": the infinitives are the review's purposes, not duties
    of their own."""
    pairs = _pairs(
        tmp_path,
        "Nimbus runs the yard. Nimbus hires porters. You can ask Nimbus.\n\n## Our duties\n\n"
        "We will ensure that the yard has been through a review to assess risks, to set "
        "treatments and to obtain sign-off from the board.\n",
    )
    assert not any(label.startswith(("set treatments", "obtain sign-off")) for _, label in pairs)


def test_joining_feedback_and_pointing_passives_state_no_duty(tmp_path: Path) -> None:
    """A "Process for becoming a maintainer" list is the path to the role; "Contribute to
    Docs" asks for feedback on the page; "This is facilitated by single sign-on" only points
    back. None states a duty."""
    _check_shape(
        tmp_path,
        "## Maintainer responsibilities\n\n- Review the crate manifests.\n\n"
        "### Process for becoming a maintainer\n\n- Show steady work on the yard.\n"
        "- Request the role from the board.\n\nAccess to the yard is through a gate. This "
        "is facilitated by single sign-on with MFA.\n\n## Contribute to Docs\n\n"
        "- Edit this page on GitHub to fix an error.\n",
        [("maintainer", "review the crate manifests")],
        ["steady work", "request the role", "facilitate", "edit this page"],
    )


def test_letter_matrix_headers_that_read_as_codes(tmp_path: Path) -> None:
    """A RACI letter matrix whose party headers are also code words ("Contributor", "Lead")
    under a "Project roles" title: the headers name parties (their cells are letters), and
    "Project roles" names the roles within the project, no party "Project"."""
    path = tmp_path / "roles.md"
    path.write_text(
        "# Project roles\n\n| Task | Contributor | Committer | Project lead |\n"
        "|---|---|---|---|\n| Cut releases | C | R | A |\n| Write docs | R | C | I |\n",
        encoding="utf-8",
    )
    found = _triples(path)
    assert ("contributor", "consultedOn", "cut releases") in found, sorted(found)
    assert ("contributor", "responsibleFor", "write docs") in found, sorted(found)
    assert ("project-lead", "accountableFor", "cut releases") in found, sorted(found)
    assert not any(party == "project" for party, _, _ in found), sorted(found)


def test_asciidoc_description_list_of_roles(tmp_path: Path) -> None:
    """AsciiDoc ``Treasurer:: Keeps the books`` entries, one per line: each term a role and
    its definition the role's duty, as "- **Treasurer**: Keeps the books" in Markdown."""
    path = tmp_path / "officers.adoc"
    path.write_text(
        "= Yard officers\n\n== Officers\n\nTreasurer:: Keeps the ledger of the yard.\n"
        "Secretary:: Writes the minutes of each meeting.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert ("treasurer", "keep the ledger of the yard") in pairs, sorted(pairs)
    assert ("secretary", "write the minutes of each meeting") in pairs, sorted(pairs)


def test_role_table_of_actions(tmp_path: Path) -> None:
    """ "Role | Responsibilities" with the duties written as actions ("Develops and keeps the
    yard code; ensures crates are counted", "Sets the yard's course"): each a duty of the
    row's role, in the base form."""
    path = tmp_path / "roles.md"
    path.write_text(
        "# Yard roles\n\n| Role | Responsibilities |\n|---|---|\n"
        "| Yard Engineer | Develops and maintains the yard code; ensures crates are counted |\n"
        "| Principal Keeper | Sets the yard's course |\n| Data Clerk | Curate the ledgers |\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert ("yard-engineer", "develop and maintain the yard code") in pairs, sorted(pairs)
    assert ("yard-engineer", "ensure crates are counted") in pairs, sorted(pairs)
    assert ("principal-keeper", "set the yard's course") in pairs, sorted(pairs)
    assert ("data-clerk", "curate the ledgers") in pairs, sorted(pairs)


def test_bold_role_with_a_series_of_actions(tmp_path: Path) -> None:
    """ "**President** — Represents the guild, runs the annual meeting, and signs contracts":
    the title is a role (a person noun), each verb phrase its duty in the base form."""
    pairs = _pairs(
        tmp_path,
        "## Officers\n\n**President** — Represents the guild in public, runs the annual "
        "meeting, and signs contracts on its behalf.\n\n**Secretary** — Keeps the guild's "
        "records and sends the meeting notices.\n",
    )
    assert ("president", "represent the guild in public") in pairs, sorted(pairs)
    assert ("president", "run the annual meeting") in pairs, sorted(pairs)
    assert ("president", "sign contracts on its behalf") in pairs, sorted(pairs)
    assert ("secretary", "keep the guild's records") in pairs, sorted(pairs)
    assert ("secretary", "send the meeting notices") in pairs, sorted(pairs)


def test_pointing_back_to_a_duty_named_by_its_noun(tmp_path: Path) -> None:
    """ "Nimbus enforces this isolation" after a row "Crate isolation" of Nimbus's: the same
    duty, not a second one; "monitors these gates" after "Security of the gates" is a duty
    of its own (the earlier one's head noun is "security")."""
    pairs = _pairs(
        tmp_path,
        "| Area | Nimbus | Customer |\n|---|---|---|\n| Crate isolation | ✅ | |\n"
        "| Security of the gates | ✅ | |\n| Labels | | ✅ |\n\nEach crate sits in its own "
        "bay. Nimbus enforces this isolation so that crates never mix. Nimbus also monitors "
        "these gates.\n",
    )
    nimbus = {label for party, label in pairs if party == "nimbus"}
    assert "crate isolation" in nimbus, sorted(pairs)
    assert not any("this isolation" in label for label in nimbus), sorted(pairs)
    assert "monitor these gates" in nimbus, sorted(pairs)


def test_rst_definition_list_of_roles(tmp_path: Path) -> None:
    """reStructuredText "Yard Manager" over an indented "Plans the shifts and coordinates the
    crews.": one entry, read as "- **Yard Manager**: Plans …" (a role and its duties), not a
    duty called "Yard Manager" of the section's party."""
    path = tmp_path / "roles.rst"
    path.write_text(
        "Crew roles\n==========\n\nCrews unload the ships. A crew member:\n\n"
        "* reviews the manifests.\n\nYard Manager\n   Plans the shifts and coordinates the "
        "crews.\n\nGate Officer\n   Inspects the gates at dawn.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert ("yard-manager", "plan the shifts") in pairs, sorted(pairs)
    assert ("yard-manager", "coordinate the crews") in pairs, sorted(pairs)
    assert ("gate-officer", "inspect the gates at dawn") in pairs, sorted(pairs)
    assert not any(label == "yard manager" for _, label in pairs), sorted(pairs)


def test_charter_scope_sections(tmp_path: Path) -> None:
    """A charter: "SIG Yard runs the crane schedule" (a name opened by initials is a proper
    name), then "### In scope" over lists, perhaps in subsections: each item a duty of SIG
    Yard; "### Out of scope" lists none."""
    path = tmp_path / "charter.md"
    path.write_text(
        "# SIG Yard Charter\n\n## Scope\n\nSIG Yard runs the crane schedule.\n\n"
        "## In scope\n\n### Tools\n\n- Keeping the berth planner\n- Publishing the tide "
        "tables\n\n### Out of scope\n\n- Repairing the cranes\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert ("sig-yard", "run the crane schedule") in pairs, sorted(pairs)
    assert ("sig-yard", "keeping the berth planner") in pairs, sorted(pairs)
    assert ("sig-yard", "publishing the tide tables") in pairs, sorted(pairs)
    assert not any("repairing" in label for _, label in pairs), sorted(pairs)


def test_initials_before_a_role_noun_qualify_the_role(tmp_path: Path) -> None:
    """ "The NYA Operations manager is the contact point …": the initials and capitals only
    qualify the role ("manager"), no party "NYA Operations"."""
    pairs = _pairs(
        tmp_path,
        "#### NYA Operations manager\n\nThe NYA Operations manager is the contact point for "
        "all crane matters and represents the NYA on the board.\n",
    )
    assert not any(party == "nya-operations" for party, _ in pairs), sorted(pairs)
    assert any(party == "nya-operations-manager" for party, _ in pairs), sorted(pairs)


def test_a_duty_cell_that_mentions_a_party_names_none(tmp_path: Path) -> None:
    """ "# | Service element | Nimbus | Client" with a row "Install client applications": the
    duty mentions the client but is no party's name, so the "Client" column keeps its name."""
    path = tmp_path / "scope.md"
    path.write_text(
        "# Scope\n\n| # | Service element | Nimbus | Client |\n|---|---|:-:|:-:|\n"
        "| 1.1 | Provision the cranes | R, A | C |\n| 1.2 | Install client gates | I | R, A |\n",
        encoding="utf-8",
    )
    found = _triples(path)
    assert ("customer", "responsibleFor", "install client gates") in found, sorted(found)
    facts = extract_facts(read_document(path))
    labels = {e.label for ref, e in facts.entities.items() if ref.kind == "party"}
    assert "Install client gates" not in labels, sorted(labels)


def test_asciidoc_role_table_with_list_cells_and_a_duties_leadin(tmp_path: Path) -> None:
    """AsciiDoc: a "Role | Responsibilities" table whose cell is a list (``a|`` with "* Reviews
    manifests") gives each item to the row's role; "The yard manager plans each shift.
    Responsibilities:" over a list gives the items to the role the sentence just named."""
    path = tmp_path / "roles.adoc"
    path.write_text(
        "= Yard roles\n\n== Roles\n\nThe yard manager plans each shift. Responsibilities:\n\n"
        "* Publish the shift rota.\n* Audit the crane log.\n\n"
        '[cols="1,3",options="header"]\n|===\n|Role |Responsibilities\n\n|Gate officer\na|\n'
        "* Reviews manifests\n* Inspects the gates\n\n|Crane lead\n|Approves the lift plan.\n"
        "|===\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert ("yard-manager", "publish the shift rota") in pairs, sorted(pairs)
    assert ("yard-manager", "audit the crane log") in pairs, sorted(pairs)
    assert ("gate-officer", "review manifests") in pairs, sorted(pairs)
    assert ("gate-officer", "inspect the gates") in pairs, sorted(pairs)
    assert ("crane-lead", "approve the lift plan") in pairs, sorted(pairs)


def test_research_group_roles_page(tmp_path: Path) -> None:
    """A roles page: "The PI sets …" and "RSEs design …" under "## Principal Investigator" /
    "## Research Software Engineers" (a short form, perhaps plural, of a role the page named in
    full); "- Responsible for the data plan" under a role (the label is what it is responsible
    for); "Students are expected to …" (students are a role)."""
    pairs = _pairs(
        tmp_path,
        "## Principal Investigator\n\nThe PI sets the scientific direction of the group.\n\n"
        "## Research Software Engineers\n\nRSEs maintain the group's software.\n\n"
        "## Data Manager\n\n- Responsible for the data plan\n\n## Students\n\n"
        "Students are expected to document their code.\n",
    )
    assert ("principal-investigator", "set the scientific direction of the group") in pairs
    assert ("research-software-engineers", "maintain the group's software") in pairs, pairs
    assert ("data-manager", "data plan") in pairs, sorted(pairs)
    assert ("students", "document their code") in pairs, sorted(pairs)


def test_rule_named_as_passive_agent_is_no_party(tmp_path: Path) -> None:
    """ "The interface is governed by the Gantry Stability Policy": a written rule (its head
    noun a ``cue:rulebook-noun``) is no party, so the page's one named vendor stays the "we"
    of its prose."""
    pairs = _pairs(
        tmp_path,
        "| Area | Owner |\n|---|---|\n| Crane software | Quarrytech |\n| Crane yard | You |\n\n"
        "We maintain the crane images. The public crane interface is governed by the "
        "[Gantry Stability Policy](./policy.md), and the version numbers by the Release "
        "Notes.\n",
    )
    assert not any(party.startswith("gantry") for party, _ in pairs), sorted(pairs)
    assert ("quarrytech", "maintain the crane images") in pairs, sorted(pairs)


def test_site_product_keyword_in_its_publishers_column(tmp_path: Path) -> None:
    """A Liquid keyword no vocabulary knows (``{{site.data.keyword.quarrydb_full}}``) is the
    site's product: capitalised, so the sentence it opens is one of its own, and the subject
    of a cell under its publisher's column, whose duty the cell states (no party of its own)."""
    path = tmp_path / "shape.md"
    path.write_text(
        "# Shared responsibility\n\n"
        "| Task | {{site.data.keyword.IBM_notm}} Responsibilities | Your Responsibilities |\n"
        "|---|---|---|\n| Vault | {{site.data.keyword.quarrydb_full}} is responsible for "
        "rotating the vault keys in every zone. {{site.data.keyword.quarrydb_full}} provides "
        "spare winches and crane repairs. | Book the courier slots. |\n",
        encoding="utf-8",
    )
    facts = extract_facts(read_document(path))
    assert sorted(p.label for p in facts.of_kind("party")) == ["Customer", "IBM"]
    pairs = _page_pairs(path)
    assert ("ibm", "rotating the vault keys in every zone") in pairs, sorted(pairs)
    assert ("ibm", "provide spare winches and crane repairs") in pairs, sorted(pairs)


def test_pronoun_owned_is_no_duty(tmp_path: Path) -> None:
    """ "If a cable snaps, it is ours": the pronoun points back to what the sentence before
    named; no duty "It"."""
    pairs = _pairs(
        tmp_path,
        "Quarrytech runs the yard for you.\n\nWe inspect the cables every week. If a cable "
        "snaps, it is ours.\n",
    )
    assert ("platform-provider", "inspect the cables every week") in pairs, sorted(pairs)
    assert not any(label == "it" for _, label in pairs), sorted(pairs)


@pytest.mark.parametrize(
    "line",
    [
        "This section describes the responsibilities of each party.",
        "The following table details the shared responsibility model for the service.",
        "The shared responsibility matrix table outlines the main tasks of each party.",
        "Review the following sections for the responsibilities of each party.",
        "For more information about the shared responsibility model, see the overview.",
    ],
)
def test_the_page_telling_what_it_holds_is_not_an_unread_duty(tmp_path: Path, line: str) -> None:
    """A sentence about the page itself ("This section describes the responsibilities …") names
    responsibilities without stating one: no "not understood" warning; a duty sentence is."""
    path = tmp_path / "about.md"
    path.write_text(
        f"# Shared responsibility\n\n{line}\n\n"
        "Responsibility for the hardware lies somewhere between the parties.\n\n"
        "The customer is responsible for backups.\n",
        encoding="utf-8",
    )
    assert [u.line for u in extract_facts(read_document(path)).unread] == [5]
