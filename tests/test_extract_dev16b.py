"""Shapes from held-out sets 16 and 13 (second round, unblinded as development data): invented
text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _check_shape, _page_pairs, _pairs

_TABLE = (
    "| Task | Nimbus responsibilities | Your responsibilities |\n"
    "|---|---|---|\n"
    "| Depots | - Patch the depot hosts. | - Rotate your depot keys. |\n"
)


def test_a_shared_summary_right_before_a_table_is_no_duty(tmp_path: Path) -> None:
    """ "You and Nimbus share responsibilities for X" in the paragraph right before a table
    summarises the table's rows (which state the duties): X is no duty; the same sentence with
    no table after it still gives X to both parties."""
    summary = "You and Nimbus share responsibilities for the upkeep of your depots.\n\n"
    _check_shape(
        tmp_path,
        "## Depots\n\n" + summary + _TABLE,
        [("nimbus", "patch the depot hosts"), ("customer", "rotate your depot keys")],
        ["upkeep of your depots"],
    )
    _check_shape(
        tmp_path,
        "## Depots\n\n" + summary + "Nimbus patches the depot hosts.\n",
        [("nimbus", "upkeep of your depots"), ("customer", "upkeep of your depots")],
        [],
    )


def test_see_what_you_and_a_party_share_is_a_pointer(tmp_path: Path) -> None:
    """ "See what tasks you and Nimbus share responsibility for in each area": a pointer to
    what follows (a suggestion verb opens it, cue-words.ttl), no duty of either party."""
    _check_shape(
        tmp_path,
        "## Areas\n\nSee what tasks you and Nimbus share responsibility for each area of the "
        "depots.\n\nNimbus patches the depot hosts.\n",
        [("nimbus", "depot hosts")],
        ["each area"],
    )


_GLOSSARY = (
    "=====\nDepots\n=====\n\n"
    "We know three kinds of depot keepers, depending on what they keep:\n\n"
    ".. glossary::\n\n"
    "  Depot provider\n\n"
    "    A :term:`storage provider` who does depot keeping.\n\n"
    "    Installs and maintains the depot racks.\n\n"
    "    Creates badge accounts for the porters.  Grants access to the loading bay.\n\n"
    "  Loading bay\n\n"
    "    A covered yard which holds the trucks while they load.\n"
)


def test_a_glossary_entry_for_a_role_gives_it_its_subjectless_sentences(tmp_path: Path) -> None:
    """A Sphinx glossary entry (the term, a blank line, its indented paragraphs) whose first
    paragraph defines the term as someone ("A storage provider who ...") is a role; each later
    sentence that opens with a verb in the third person is its duty. A glossary entry for a thing
    ("Loading bay") gives none, and no entry is a duty of a party named before the glossary."""
    path = tmp_path / "roles.rst"
    path.write_text(_GLOSSARY, encoding="utf-8")
    pairs = _page_pairs(path)
    for fragment in ("maintain the depot racks", "create badge accounts", "grant access"):
        assert any(p == "depot-provider" and fragment in label for p, label in pairs), (
            fragment,
            sorted(pairs),
        )
    assert not any("loading bay:" in label or "covered yard" in label for _, label in pairs)
    assert not any("does depot keeping" in label for _, label in pairs), sorted(pairs)


def test_an_impersonal_necessity_over_your_things_is_the_readers_duty(tmp_path: Path) -> None:
    """ "It is critical to ensure the safety of your depot tokens" and "It is very important
    to keep your gate rules tight" name no agent, but what is acted on is the reader's: the
    reader's duty. With no "your" right after the verb ("It is important to engage the desk
    early") it stays advice, and a verb of declaration ("understand your duties") states none."""
    _check_shape(
        tmp_path,
        "Nimbus is responsible for the depots.\n\n"
        "It is critical to ensure the safety of your depot tokens.\n\n"
        "It is very important to keep your gate rules as tight as possible.\n\n"
        "It is important to engage the desk early.\n\n"
        "It's very important to understand your duties for each depot.\n",
        [("customer", "safety of your depot tokens"), ("customer", "keep your gate rules")],
        ["engage the desk", "understand your duties"],
    )


def test_ensure_that_you_is_the_readers_own_duty(tmp_path: Path) -> None:
    """ "Please ensure that you store the crates", "Make sure you rotate the tokens" (a verb
    of oversight, cue-words.ttl, told to the reader about the reader): the reader's duty, as
    "you store the crates" is; an object that only points back ("subscribe to them") names no
    duty."""
    _check_shape(
        tmp_path,
        "Nimbus is responsible for the depots.\n\n"
        "Please ensure that you store the crates in the dry shed. Make sure you rotate the depot "
        "tokens.\n\nThe yards have mailing lists for porters. Please ensure that you subscribe "
        "to them.\n",
        [("customer", "store the crates in the dry shed"), ("customer", "rotate the depot tokens")],
        ["subscribe to them", "ensure that you"],
    )


def test_a_second_verb_phrase_after_an_adverb_or_with_a_pronoun_object(tmp_path: Path) -> None:
    """ "store the crates in the dry shed and only share them with trusted porters": two verb
    phrases, also when the second opens with "only" / "also" or takes a pronoun as its object;
    "ask your steward and get them to book a slot" (a pronoun before "to") stays one."""
    _check_shape(
        tmp_path,
        "Nimbus is responsible for the depots.\n\n"
        "You must store the crates in the dry shed and only share them with trusted porters.\n",
        [("customer", "store the crates in the dry shed"), ("customer", "trusted porters")],
        ["dry shed and"],
    )
    pairs = _pairs(
        tmp_path,
        "Nimbus is responsible for the depots.\n\n"
        "You should contact your steward and get them to book a slot for the crates.\n",
    )
    assert not any(label.startswith("get them") for _, label in pairs), sorted(pairs)


def test_bearing_some_responsibility_is_a_duty(tmp_path: Path) -> None:
    """ "You bear some responsibility for the safety of your depot" (a partial share, "some")
    states a duty as "You bear the responsibility for ..." does."""
    _check_shape(
        tmp_path,
        "Nimbus is responsible for the depots.\n\n"
        "You bear some responsibility for the safety of your crate yard.\n",
        [("customer", "safety of your crate yard")],
        [],
    )


def test_what_another_party_leaves_undone_is_the_columns_partys(tmp_path: Path) -> None:
    """A cell in the host's column "Key escrow, log shipping, and disk quotas are not provided
    by the agent and must be set up separately": what the named agent (another party) leaves
    undone is the host's, each item a duty; without that agent nothing is read from it."""
    _check_shape(
        tmp_path,
        "| Area | What the agent does | What the host owns |\n"
        "|---|---|---|\n"
        "| Logs | Rotates the log files every night. | Key escrow, log shipping, and disk "
        "quotas are not provided by the agent and must be set up separately. |\n"
        "| Disks | Mounts the data disk. | Disk snapshots are not taken. |\n",
        [("host", "key escrow"), ("host", "log shipping"), ("host", "disk quotas")],
        ["disk snapshots"],
    )


def test_a_cell_of_semicolon_clauses_gives_one_duty_per_clause(tmp_path: Path) -> None:
    """A cell "Creates the data disk; when a key is set, seals the manifest; and when asked,
    ships the archives": clauses split by semicolons, each opening (after "and" and a
    condition) with a verb in the third person, are one duty each, without the condition."""
    _check_shape(
        tmp_path,
        "| Area | What the agent does | What the host owns |\n"
        "|---|---|---|\n"
        "| Disks | Creates the data disk; when a key is set, seals the crate manifest; and when "
        "asked, ships the archives to cold storage. | Backs up the data disk. |\n",
        [
            ("agent", "create the data disk"),
            ("agent", "seals the crate manifest"),
            ("agent", "ship the archives"),
        ],
        ["when a key", "disk; when"],
    )


def test_setup_verbs_split_a_task_item_into_its_steps(tmp_path: Path) -> None:
    """ "Creates a crate repository, and seeds it from the template", "Optionally mounts the
    shared drive on the yard machine and adds crate data to it": setting-up verbs (seed, mount,
    clone; duty-verbs.ttl) open verb phrases of their own, one duty each."""
    _check_shape(
        tmp_path,
        "## Yard lead tasks\n\nThe yard lead completes the following tasks to adopt the plan:\n\n"
        "- Creates a crate repository in the yard, and seeds it from the crate template.\n"
        "- Optionally mounts the shared drive on the yard machine and adds crate data to it.\n",
        [
            ("yard-lead", "create a crate repository in the yard"),
            ("yard-lead", "seed it from the crate template"),
            ("yard-lead", "mounts the shared drive"),
            ("yard-lead", "add crate data"),
        ],
        ["yard, and seeds"],
    )


def test_we_items_under_the_makers_heading_on_a_product_titled_page(tmp_path: Path) -> None:
    """A page titled by its product ("Nimbus") and written by its maker: items that open with
    "We" under the maker's heading ("Acme responsibilities") are the maker's duties, each verb
    phrase one ("We guarantee X, keep Y, and handle Z"), even when "we" reads as the product."""
    path = tmp_path / "nimbus.md"
    path.write_text(
        "---\ntitle: Nimbus shared responsibility model\n---\n\n"
        "Nimbus operates as a hosted depot. Nimbus keeps your crates; Acme secures the Nimbus "
        "platform, while you secure your crates.\n\n"
        "## Acme responsibilities (the platform)\n\n"
        "- We guarantee depot uptime, keep daily backups, and handle disaster recovery for "
        "the depot service.\n\n"
        "## Customer responsibilities (the usage)\n\n"
        "- You must rotate your keys.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    for duty in ("guarantee depot uptime", "keep daily backups", "handle disaster recovery"):
        assert any(p == "acme" and label.startswith(duty) for p, label in pairs), sorted(pairs)
    assert not any(label.startswith("we ") for _, label in pairs), sorted(pairs)


def test_an_inclusion_list_of_names_after_a_duty(tmp_path: Path) -> None:
    """ "Users are responsible for the safety of what they control. This includes, but it is
    not limited to: **crates**, **gate rules**, **badges**, ...": each name a duty of the
    same party (the hedge and the open end are no items)."""
    _check_shape(
        tmp_path,
        "Users are responsible for the safety of the depots under their control. This "
        "includes, but it is not limited to: **crates**, **gate rules**, **badges**, ...\n",
        [("customer", "safety of the depots"), ("customer", "crates"), ("customer", "gate rules")],
        ["crates, gate", "limited", "..."],
    )


def test_a_hedge_inside_a_sentence_is_left_as_written(tmp_path: Path) -> None:
    """ "… through various means, including, but not limited to—logs, …" inside a template's
    placeholder sentence under a bold heading: the hedge is dropped only after an opening
    "This includes", so the heading gives no party and the placeholder no duty."""
    page = (
        "# Gate policy\n\n## Roles\n\n| Role | Responsibilities |\n|---|---|\n"
        "| Gate Warden | Locking the gates each night |\n\n# **Gate Audits**\n\n"
        "The \\<role responsible for auditing the gates, e.g., Gate Warden\\> will check the "
        "gates through various means, including, but not limited to—logs, spot checks, and "
        "feedback to the owner.\n"
    )
    path = tmp_path / "hedge.md"
    path.write_text(page, encoding="utf-8")
    pairs = _page_pairs(path)
    assert ("gate-warden", "locking the gates each night") in pairs, sorted(pairs)
    assert not any("will check" in label for _, label in pairs), sorted(pairs)
    assert not any("audit" in party for party, _ in pairs), sorted(pairs)


_BOARD = (
    "Yard\n====\n\nThe core team is the group of trusted volunteers who manage the Yard.\n\n"
    "Technical board\n===============\n\nRole\n----\n\n"
    "The technical board is a group of experienced and active committers who steer "
    "technical choices. Their main concern is to maintain the quality and stability of the "
    "Yard framework.\n"
)


def test_a_bodys_main_concern_and_its_steering(tmp_path: Path) -> None:
    """ "Their main concern is to maintain X" (beside "their role is to"): the party's duty;
    "a group of committers who steer technical choices": steer is a duty verb (duty-verbs.ttl)."""
    path = tmp_path / "board.rst"
    path.write_text(_BOARD, encoding="utf-8")
    pairs = _page_pairs(path)
    for duty in ("steer technical choices", "maintain the quality and stability"):
        assert any(p == "technical-board" and label.startswith(duty) for p, label in pairs), (
            duty,
            sorted(pairs),
        )


def test_a_series_of_means_after_by_gives_one_duty_each(tmp_path: Path) -> None:
    """ "Reduce staff burden by offloading upkeep of hosted depots, providing quarterly crate
    tuning, and handling ongoing repairs, upgrades, and shed related projects": the gerund
    phrases after "by" are what the party does, one duty each (too long a label otherwise
    keeps only the first)."""
    _check_shape(
        tmp_path,
        "### Scope\n\nNimbus management of hosted depots. This service will:\n\n"
        "- Provide dedicated experts with deep yard knowledge\n"
        "- Reduce staff burden by offloading upkeep of hosted depots, providing quarterly crate "
        "tuning, and handling ongoing repairs, upgrades, and shed related projects\n",
        [
            ("platform-provider", "offloading upkeep of hosted depots"),
            ("platform-provider", "providing quarterly crate tuning"),
            ("platform-provider", "handling ongoing repairs"),
        ],
        [],
    )
