"""Shapes from the set 21 development round (issue 8): invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs

from graph import extract_facts, read_document


def test_a_name_before_a_duty_noun_in_a_cell_is_a_party(tmp_path: Path) -> None:
    """ "Zephyr Labs Responsibility" / "Zephyr Labs & Customer Responsibility" in a matrix:
    the words before the closing duty noun name who holds the row, even a name the page never
    writes mid-sentence; "Shared Responsibility" stays a code, not a party named "Shared"."""
    path = tmp_path / "layers.md"
    path.write_text(
        "# Cluster security\n\nSecurity of the clusters is split as the table shows.\n\n"
        "| Layer | Stock pack | Own pack |\n|---|---|---|\n"
        "| Runtime | Zephyr Labs Responsibility | Customer Responsibility |\n"
        "| Extras | Zephyr Labs & Customer Responsibility | Customer Responsibility |\n"
        "| Logging | Shared Responsibility | Customer Responsibility |\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert ("zephyr-labs", "runtime") in pairs, pairs
    assert ("zephyr-labs", "extras") in pairs, pairs
    assert ("customer", "extras") in pairs, pairs
    assert not any(party == "shared" for party, _ in pairs), pairs


def test_examples_after_an_object_that_points_at_the_page_are_the_duties(tmp_path: Path) -> None:
    """ "You are responsible for the topics in this guide, e.g. A, B, and so forth": the object
    only points at the page, so the examples are what the reader holds; examples after a named
    duty ("the depot runtime, including A and B") stay details of that duty."""
    path = tmp_path / "guide.md"
    path.write_text(
        "# Nimbus depot guide\n\n## Shared model\n\n"
        "As a tenant, you are responsible for the topics in this guide, e.g. access policies, "
        "pod hardening, audit logging, and so forth.\n\n"
        "Nimbus is responsible for the depot runtime, including the kernel and the firmware.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    for item in ("access policies", "pod hardening", "audit logging"):
        assert ("customer", item) in pairs, pairs
    assert not any("topics" in label for _, label in pairs), pairs
    assert ("nimbus", "depot runtime") in pairs, pairs
    assert not any(label in ("kernel", "firmware") for _, label in pairs), pairs


def test_a_clipped_person_noun_points_back_to_the_party_it_shortens(tmp_path: Path) -> None:
    """ "The admin should …" / "Admins are responsible for …" after "Nimbus depot
    administrators": a clipped person noun (cue-words.ttl) that opens the last word of one
    party's name is that party, not an unread sentence."""
    path = tmp_path / "depot.md"
    path.write_text(
        "# Duties\n\n## Duties of Nimbus depot administrators\n\n"
        "As a Nimbus depot administrator, it is your responsibility to:\n\n"
        "- install the depot\n- rotate the keys\n\n## Keeping depots patched\n\n"
        "The admin should check all depot notices and take any required manual steps.\n\n"
        "Admins are responsible for managing user accounts.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    party = "nimbus-depot-administrators"
    assert (party, "install the depot") in pairs, pairs
    assert (party, "check all depot notices") in pairs, pairs
    assert (party, "managing user accounts") in pairs, pairs


def test_we_under_a_heading_naming_whose_duties_is_that_party(tmp_path: Path) -> None:
    """On a page whose vendor no vocabulary knows, "we" in a section headed "Responsibilities
    of the Nimbus team" is the Nimbus team, not a generic provider; under a heading naming
    nobody, "we" stays the generic provider."""
    path = tmp_path / "team.md"
    path.write_text(
        "# Responsibilities\n\nThe depot runs on many machines.\n\n"
        "## Responsibilities of the Nimbus team\n\nThe Nimbus team maintains the depot "
        "software.\n\nWhen the Nimbus team learns of a flaw, we assess its impact.\n\n"
        "## Releases\n\nWe publish a signed release every month.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert ("nimbus-team", "assess its impact") in pairs, pairs
    assert ("platform-provider", "assess its impact") not in pairs, pairs
    assert ("nimbus-team", "publish a signed release every month") not in pairs, pairs


def test_responsibility_shared_between_parties_in_the_passive(tmp_path: Path) -> None:
    """ "Responsibility for X is shared between you, the customer, and Nimbus": X is each
    party's shared duty, as "You and Nimbus share responsibility for X" is (an appositive
    naming the reader twice is one party)."""
    path = tmp_path / "shared.md"
    path.write_text(
        "# Nimbus guide\n\n## Introduction\n\nNimbus is responsible for the control plane.\n\n"
        "The responsibility for the data plane's reliability is shared between you, the "
        "customer, and Nimbus.\n\nResponsibility for backups is shared between the customer "
        "and Nimbus.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    for party in ("customer", "nimbus"):
        assert (party, "data plane's reliability") in pairs, pairs
        assert (party, "backups") in pairs, pairs


def test_a_bold_term_ending_in_a_verb_like_word_is_no_party_acting(tmp_path: Path) -> None:
    """ "**Gizmo updates** for each *Admin Desk* …": a bold term ending in a word that could
    be a verb, then a preposition, names a thing; "Gizmo" does not "update" the desks."""
    path = tmp_path / "desks.md"
    path.write_text(
        "# Duties\n\n## Duties of depot administrators\n\n"
        "As a depot administrator, it is your responsibility to:\n\n- install the depot\n\n"
        "## Updates\n\nGizmo is the operating system of the desks. You should apply Gizmo "
        "updates to your Gizmo drives. Follow the Gizmo guide.\n\n"
        "The admin should keep all depot desks updated with:\n\n"
        "- **Gizmo updates** for each *Admin Desk*, *Viewer Desk*, and *Print Desk*; and\n"
        "- **Depot updates** for each *Admin Desk* and *Viewer Desk*.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert not any(party == "gizmo" for party, _ in pairs), pairs
    assert ("depot-administrator", "install the depot") in pairs, pairs


def test_a_condition_item_is_read_as_its_clause(tmp_path: Path) -> None:
    """ "Agreement that the customer will apply patches and run upkeep" under "accept the
    following conditions:": the clause after the assent noun (cue-words.ttl) says who does
    what, so no duty keeps "Agreement"; "Agreement that the customer understands X" declares,
    and "… we reserve the right to Y" grants a power: neither is a duty."""
    path = tmp_path / "conditions.md"
    path.write_text(
        "# Depot policies\n\n## Outward facing services\n\nLeads can apply to run a public "
        "service. The policy requires the customer to accept the following conditions:\n\n"
        "* Agreement that the customer will apply security patches and run regular upkeep.\n"
        "* Agreement that should Nimbus detect misuse, we reserve the right to remove access.\n"
        "* Agreement that the customer understands all access is filtered by Nimbus Gates.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert ("customer", "apply security patches") in pairs, pairs
    assert ("customer", "run regular upkeep") in pairs, pairs
    assert not any(label.startswith("agreement") for _, label in pairs), pairs
    assert not any("filter" in label for _, label in pairs), pairs


def test_a_list_of_title_case_topics_is_no_instructions(tmp_path: Path) -> None:
    """Under best practices, "grouped under the following topics:" over "Applications",
    "Control Plane", "Data Plane" names topics: "Control Plane" is no instruction to control
    anything; a list of instructions in the same place still is one."""
    path = tmp_path / "guide.md"
    path.write_text(
        "# Nimbus Best Practices Guide\n\n## Introduction\n\nNimbus runs the control plane.\n\n"
        "The best practices have been grouped under the following topics:\n\n"
        "* Applications\n* Control Plane\n* Data Plane\n\n## Checklist\n\n"
        "* Enable audit logging\n* Rotate the depot keys\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert not any(label == "control plane" for _, label in pairs), pairs
    assert any(label == "rotate the depot keys" for _, label in pairs), pairs


def test_a_demonstrative_with_its_own_antecedent_or_a_full_noun_phrase(tmp_path: Path) -> None:
    """ "Nimbus follows the shared model for flaws. As the desks run the Gizmo images, the
    Nimbus team builds patched versions of these images. You deploy these patched Gizmo desk
    images to your fleet.": "these images" points at the images the sentence named, and "these
    patched Gizmo desk images" names its thing in full; neither takes the previous duty."""
    path = tmp_path / "images.md"
    path.write_text(
        "# Nimbus desks\n\n## Patching\n\nNimbus follows the shared model for flaws and "
        "fixes on desk groups. Because the desks run the Gizmo images, the Nimbus team is "
        "responsible for building patched versions of these images. However, you are "
        "responsible for deploying these patched Gizmo desk images to your fleet.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    labels = [label for _, label in pairs]
    assert any(label.startswith("building patched versions of these images") for label in labels)
    assert ("customer", "deploying these patched gizmo desk images to your fleet") in pairs, pairs
    assert not any("shared model" in label and "patched" in label for label in labels), labels


def test_needing_the_ability_to_act_is_a_duty_to_act(tmp_path: Path) -> None:
    """ "You also need the ability to spot faults, protect X and keep Y": what the reader needs
    to be able to do is theirs to do; "Nimbus gives you the ability to export logs" stays an
    offer."""
    path = tmp_path / "ability.md"
    path.write_text(
        "# Guide\n\n## Intro\n\nNimbus runs the depots. Nimbus gives you the ability to export "
        "depot logs.\n\nYou also need the ability to quickly spot depot faults, protect your "
        "depots from misuse, and keep the depot ledger accurate.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert ("customer", "spot depot faults") in pairs, pairs
    assert ("customer", "keep the depot ledger accurate") in pairs, pairs
    assert not any("export" in label for _, label in pairs), pairs


def test_being_notified_or_receiving_notice_is_being_informed(tmp_path: Path) -> None:
    """ "The lead will be notified of X" and "the lead will receive notification of Y": the
    lead is informed of X and of Y, as "The lead is informed of X" says."""
    path = tmp_path / "notice.md"
    path.write_text(
        "# Depot policies\n\n## Closure\n\nNimbus runs the depots.\n\nWhen a project ends, the "
        "lead will receive notification of the closure of the project.\n\n"
        "The lead will be notified of each depot outage.\n",
        encoding="utf-8",
    )
    facts = extract_facts(read_document(path))
    informed = {
        facts.entities[r.object].label.lower()
        for r in facts.relations
        if r.predicate == "informedOf" and r.subject.key == "lead"
    }
    assert any(label.startswith("closure of the project") for label in informed), informed
    assert "each depot outage" in informed, informed


def test_what_a_thing_is_kept_up_to_date_with_is_one_duty(tmp_path: Path) -> None:
    """ "keeping the depot image up to date with kernel versions and security patches": one
    duty, what the image is kept level with its measure; no bare "Keeping security patches"."""
    path = tmp_path / "level.md"
    path.write_text(
        "# Guide\n\n## Model\n\nNimbus is responsible for the depots. Nimbus will also assume "
        "responsibility of keeping the depot image up to date with kernel versions and "
        "security patches.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    whole = "keeping the depot image up to date with kernel versions and security patches"
    assert ("nimbus", whole) in pairs, pairs
    assert ("nimbus", "keeping security patches") not in pairs, pairs


def test_a_singular_role_word_whose_plural_names_a_role_holds_the_duty(tmp_path: Path) -> None:
    """ "The user is responsible for X" / "It is the user's responsibility to ensure Y and to
    copy Z": as the subject of a responsibility, "the user" is the role "users" names (the
    singular alone is no vocabulary label: "user accounts" names no party)."""
    path = tmp_path / "users.md"
    path.write_text(
        "# Depot policies\n\n## Accounts\n\nNimbus runs the depots. A user's right to use a "
        "depot is granted by a project. It is the user's responsibility to ensure that any "
        "data they store on the depot is handled well and to copy off anything that they wish "
        "to keep.\n\nThe user is responsible for backing up the ledger.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert ("customer", "backing up the ledger") in pairs, pairs
    assert any(p == "customer" and label.startswith("copy off anything") for p, label in pairs)
