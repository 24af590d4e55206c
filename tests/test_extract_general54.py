"""General shapes of session 54 (invented text only)."""

from __future__ import annotations

from pathlib import Path

from test_extract import _write_page as _page
from test_extract_general47 import _duties
from test_extract_general48 import _labels

from graph import extract_facts, read_document

_ROLES = (
    "# Quarry roles\n\n"
    "| Role | Responsibilities |\n"
    "|---|---|\n"
    "| Crusher Foreman | Responsible for the crusher's belts, liners, bearings, and "
    "lubrication. |\n"
    "| Application Owner | Responsible for the blasting app's features, data, and user "
    "guides |\n"
    "| Haulage and Users (Remote) | Responsible for the haul roads |\n"
)


def test_a_role_cell_saying_responsible_for_a_series_is_one_duty(tmp_path: Path) -> None:
    """ "Responsible for the crusher's belts, liners, bearings, and lubrication" in a role
    table's cell is read as the same sentence is read in prose: one duty, not a bare noun
    ("Liners") for each item."""
    duties = {(p, label) for p, _, label in _duties(_page(tmp_path, "roles.md", _ROLES))}
    assert ("Crusher Foreman", "crusher's belts, liners, bearings, and lubrication") in duties
    assert not any(label in ("liners", "bearings", "lubrication") for _, label in duties)


def test_a_role_table_keeps_the_page_s_name_of_a_role_a_generic_one_hides(
    tmp_path: Path,
) -> None:
    """ "Application Owner" beside "Crusher Foreman" in a role table is a role the page
    defines, not the generic customer its hidden label names; "Haulage and Users (Remote)"
    likewise, its aside notwithstanding."""
    facts = extract_facts(read_document(_page(tmp_path, "roles.md", _ROLES)))
    keys = {r.subject.key for r in facts.relations if r.predicate == "responsibleFor"}
    assert keys == {"crusher-foreman", "application-owner", "haulage-and-users"}, keys


def test_a_polite_request_to_the_reader_is_the_reader_s_duty(tmp_path: Path) -> None:
    """On a page that speaks to "you", "(For all sites,) please add X" and "…, so please be
    mindful of Y and do not Z" ask the reader for something: duties, the prohibition too; a
    request that only points elsewhere ("please review our safety page", "please reach out
    to sales", "please use this form") or warns ("please take care when …") is none."""
    pairs = _labels(
        tmp_path,
        "Thank you for choosing Quarrytech.\n\n"
        "For all sites, please add a Quarrytech account with owner access.\n\n"
        "Your trucks are lent by Quarrytech, so please be mindful of the haul roads and do "
        "not run overloaded trucks without a permit.\n\n"
        "Please review our safety page. Please reach out to sales to discuss pricing.\n\n"
        "Please take care when crossing the haul road. Please use this form.",
    )
    assert pairs == {
        ("Customer", "add a quarrytech account with owner access"),
        ("Customer", "be mindful of the haul roads"),
        ("Customer", "do not run overloaded trucks"),
    }, pairs


def test_an_expected_series_of_infinitives_is_one_duty_each(tmp_path: Path) -> None:
    """ "We expect customers to be respectful of A, to abide by B, and to report C": three
    duties (a lone ", to reduce risk" is the purpose of the one before)."""
    pairs = _labels(
        tmp_path,
        "We expect customers to be respectful of the haul roads, to abide by the site "
        "rules, and to report spills.\n\n"
        "We require customers to rotate their gate codes, to reduce risk.",
    )
    assert pairs == {
        ("Customer", "be respectful of the haul roads"),
        ("Customer", "abide by the site rules"),
        ("Customer", "report spills"),
        ("Customer", "rotate their gate codes, to reduce risk"),
    }, pairs


def test_a_plural_the_page_makes_responsible_later_is_expected_to_act(tmp_path: Path) -> None:
    """ "We expect crews to X" before "Crews are solely responsible for Y": the crews,
    a party of the page, are to X; a plural the page never makes responsible is none."""
    path = _page(
        tmp_path,
        "tenants.md",
        "# Quarry tenancy\n\nWe expect crews to abide by the site rules.\n\n"
        "We expect trucks to arrive by noon.\n\n"
        "Crews are solely responsible for their own sheds.\n",
    )
    pairs = {(p, label) for p, _, label in _duties(path)}
    assert pairs == {
        ("Crews", "abide by the site rules"),
        ("Crews", "their own sheds"),
    }, pairs


def test_a_subject_narrowed_by_which_or_with_keeps_its_modal(tmp_path: Path) -> None:
    """ "Customers which require blasting should hire licensed crews", "Customers with a need
    for night work should book slots early": the customers' duties, as with "who"; "…
    that want X will not have to Y" is none."""
    pairs = _labels(
        tmp_path,
        "Customers which require blasting should hire licensed crews.\n\n"
        "Customers with a need for night work should book slots early.\n\n"
        "Customers that want gravel will not have to rotate the crusher keys.",
    )
    assert pairs == {
        ("Customer", "hire licensed crews"),
        ("Customer", "book slots early"),
    }, pairs


def test_a_passive_with_any_adverb_before_by_and_an_offer_to_a_party(tmp_path: Path) -> None:
    """ "These trucks are generously provided by Quarrytech" names its agent whatever adverb
    stands before the participle; "Quarrytech offers free helmets to customers" gives a
    party something, as "provides" does; "Quarrytech offers three plans" sells."""
    pairs = _labels(
        tmp_path,
        "These trucks are generously provided by Quarrytech.\n\n"
        "Quarrytech offers free helmets to customers.\n\n"
        "Quarrytech offers three plans.",
    )
    assert pairs == {
        ("Quarrytech", "provide these trucks"),
        ("Quarrytech", "offer free helmets to customers"),
    }, pairs


def test_a_letter_column_under_a_plan_word_and_a_qualified_value_column(tmp_path: Path) -> None:
    """ "Business" over "I", "A", "R/A" in a RACI matrix is a party, whatever plan it recalls
    ("Business tier"); "SLA (Quarrytech)" beside the letter columns holds Quarrytech's terms
    ("4h response"), no duties of Quarrytech."""
    path = _page(
        tmp_path,
        "raci.md",
        "# Quarry RACI\n\n"
        "| Task | Business | Engineering | Quarrytech | SLA (Quarrytech) |\n"
        "|---|---|---|---|---|\n"
        "| Blast planning | R/A | C | I | - |\n"
        "| Crusher repairs | I | A | R | 4h response |\n",
    )
    facts = {(p, rel, label) for p, rel, label in _duties(path)}
    assert facts == {
        ("Business", "responsibleFor", "blast planning"),
        ("Business", "accountableFor", "blast planning"),
        ("Business", "informedOf", "crusher repairs"),
        ("Engineering", "consultedOn", "blast planning"),
        ("Engineering", "accountableFor", "crusher repairs"),
        ("Quarrytech", "informedOf", "blast planning"),
        ("Quarrytech", "responsibleFor", "crusher repairs"),
    }, facts


def test_a_team_named_by_its_work_after_a_customer_s_duty_is_its_own(tmp_path: Path) -> None:
    """ "The operations team looks after the scales" and "… is supported by the operations
    team" after a customer's duty: a team of its own, not the customer ("the team" alone
    still points back to the passage's party)."""
    pairs = _labels(
        tmp_path,
        "Customers must weigh every truck. The operations team looks after the scales.\n\n"
        "Customers must sign the weighbridge log. The log is checked by the safety team.",
    )
    assert pairs == {
        ("Customer", "weigh every truck"),
        ("Operations team", "look after the scales"),
        ("Customer", "sign the weighbridge log"),
        ("Safety team", "check log"),
    }, pairs


def test_a_word_only_ever_written_before_a_noun_is_no_vendor(tmp_path: Path) -> None:
    """A title "Gamma review" and "your Gamma review", "the Gamma stage": "Gamma" qualifies
    things and writes nothing; "we" stays the generic provider."""
    path = _page(
        tmp_path,
        "gamma.md",
        "# Gamma review\n\nThis page says what the yard offers in the Gamma stage. Read it "
        "before your Gamma review.\n\nWe patch the weighbridge. You must sign the weighbridge "
        "log.\n",
    )
    facts = extract_facts(read_document(path))
    keys = {r.subject.key for r in facts.relations if r.predicate == "responsibleFor"}
    assert "gamma" not in keys and "platform-provider" in keys, keys


def test_our_qualified_support_lists_its_elements_under_italic_labels(tmp_path: Path) -> None:
    """ "Our round-the-clock support includes the following parts:" is the writer's support
    as "Our support includes:" is; an item labelled in italics ("*Site Visits*: …") reads as
    one labelled in bold, and "*Replies*: Customers can expect a reply" names what the writer
    gives, not a customer's duty."""
    pairs = _labels(
        tmp_path,
        "We run the quarry for you.\n\n"
        "Our round-the-clock support includes the following parts:\n\n"
        "* *Replies*: Customers can expect a reply within a day.\n"
        "* *Site Visits*: Our support staff will inspect the haul roads.\n",
    )
    assert pairs == {
        ("Quarrytech", "run the quarry for you"),
        ("Quarrytech", "replies"),
        ("Quarrytech", "inspect the haul roads"),
    }, pairs


def test_an_aside_after_a_bound_verb_and_an_offer_owed(tmp_path: Path) -> None:
    """ "Customers should offer, to the extent they can, details of the load": the
    aside leaves the verb its object, and an offer that "should" or "must" be made is owed
    ("Quarrytech will offer three plans" only sells)."""
    pairs = _labels(
        tmp_path,
        "Customers should offer, to the extent they can, details of the load.\n\n"
        "Customers must patch, where possible, every crusher.\n\n"
        "Quarrytech will offer three plans.",
    )
    assert pairs == {
        ("Customer", "offer details of the load"),
        ("Customer", "patch every crusher"),
    }, pairs
