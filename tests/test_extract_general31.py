"""General shapes of session 31, found by sorting the misses of the development sets by kind
(a fact read whole, on the wrong party, or not at all): invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs


def test_a_verb_keeps_its_own_for(tmp_path: Path) -> None:
    """ "Members must apply for a membership": the "for" opening a verb's object is the verb's
    own ("apply for", "check for", "pay for A and B"), not the "for" of "responsible for"
    that a bare object drops."""
    path = tmp_path / "rules.md"
    path.write_text(
        "# Rules\n\n## Members\n\n"
        "Members must apply for a membership before they plant.\n\n"
        "The stewards will check for new seed varieties.\n\n"
        "Members must pay for water and compost.\n\n"
        "Members are responsible for the gates.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert ("members", "apply for a membership before they plant") in pairs, sorted(pairs)
    assert ("stewards", "check for new seed varieties") in pairs, sorted(pairs)
    assert ("members", "pay for water and compost") in pairs, sorted(pairs)
    assert ("members", "gates") in pairs, sorted(pairs)


def test_a_rule_that_names_no_one_binds_the_reader_of_a_set_of_rules(tmp_path: Path) -> None:
    """ "Compute jobs should be run through the batch system": on a set of rules for its reader
    (an acceptable-use policy that says "you"), a rule in the passive naming no doer is the
    reader's duty, labelled in the active as duties are ("Run compute jobs …"), the page's
    words kept as an alternative label; in a paragraph, in a list with no lead-in, and in a
    section a rules heading names on a page that is no set of rules itself. A rule that
    forbids ("must not be"), names its doer ("by the steward": the steward's) or a state ("must
    be listed") is none of these; nor is the same sentence on a page that sets no rules."""
    rules = tmp_path / "rules.md"
    rules.write_text(
        "# Acceptable Use Policy\n\nThese rules apply to your use of the Quarry cluster.\n\n"
        "## Jobs\n\n"
        "Compute jobs should be run through the batch system, not on the login nodes.\n\n"
        "- All scratch mounts (sshfs, fuse and the like) must be kept inside your own area.\n"
        "- Report lost keys to the desk.\n\n"
        "Passwords must not be shared.\n\n"
        "New accounts must be approved by the steward.\n\n"
        "Every plot must be listed in the register.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(rules)
    assert (
        "customer",
        "run compute jobs through the batch system, not on the login nodes",
    ) in pairs, sorted(pairs)
    assert ("customer", "keep all scratch mounts inside your own area") in pairs, sorted(pairs)
    assert ("customer", "report lost keys to the desk") in pairs, sorted(pairs)
    assert not any("password" in label for _, label in pairs), sorted(pairs)
    assert ("steward", "approve new accounts") in pairs, sorted(pairs)  # its doer named
    assert ("customer", "approve new accounts") not in pairs, sorted(pairs)
    assert not any("plot" in label for _, label in pairs), sorted(pairs)
    section = tmp_path / "handbook.md"
    section.write_text(
        "# Cluster handbook\n\nHow to get started with your account.\n\n"
        "## Acceptable use policy\n\n"
        "- Large files should be stored in the project area.\n"
        "- Idle sessions must be closed at the end of the day.\n\n"
        "## Storage\n\nBackups should be taken every night.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(section)
    assert ("customer", "store large files in the project area") in pairs, sorted(pairs)
    assert ("customer", "close idle sessions at the end of the day") in pairs, sorted(pairs)
    assert not any("backups" in label for _, label in pairs), sorted(pairs)
    plain_page = tmp_path / "notes.md"
    plain_page.write_text(
        "# Cluster notes\n\nHow the Quarry cluster works for you.\n\n## Jobs\n\n"
        "You must log out when you leave.\n\n"
        "Compute jobs should be run through the batch system.\n",
        encoding="utf-8",
    )
    assert _page_pairs(plain_page) == {("customer", "log out when you leave")}


def test_a_rule_that_names_no_one_under_a_party_heading(tmp_path: Path) -> None:
    """ "Security patches should be applied within a week" under "## Quarrytech
    responsibilities": that party's duty, in the active ("Apply security patches …"), with
    two participles of one rule read as two verbs ("installed and maintained centrally")."""
    path = tmp_path / "terms.md"
    path.write_text(
        "# Service terms\n\n## Quarrytech responsibilities\n\n"
        "Quarrytech runs the cluster.\n\n"
        "Security patches should be applied within a week.\n\n"
        "Shared tools need to be installed and maintained centrally.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "apply security patches within a week") in pairs, sorted(pairs)
    assert ("quarrytech", "install and maintain shared tools centrally") in pairs, sorted(pairs)


def test_an_emphatic_do_only_stresses_its_verb(tmp_path: Path) -> None:
    """ "We do monitor the gauges every night": the "do" stresses "monitor", a duty as "We
    monitor the gauges" is; "we do support night shifts" answers whether it can, no duty;
    "we do not …" denies."""
    path = tmp_path / "terms.md"
    path.write_text(
        "# Service terms\n\nQuarrytech runs the Quarry cluster for its members.\n\n"
        "## Quarrytech responsibilities\n\n"
        "We do monitor the gauges every night.\n\n"
        "Quarrytech does patch the pumps every week.\n\n"
        "We do support night shifts.\n\n"
        "We do not clean the sheds.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "monitor the gauges every night") in pairs, sorted(pairs)
    assert ("quarrytech", "patch the pumps every week") in pairs, sorted(pairs)
    assert not any("night shifts" in label or "sheds" in label for _, label in pairs), pairs


def test_bound_to_try_is_a_duty_of_best_effort(tmp_path: Path) -> None:
    """ "Members shall endeavour to clean their plots": bound ("shall", "must") to try, a duty
    of best effort; "The stewards will endeavour to …" only promises an attempt."""
    path = tmp_path / "rules.md"
    path.write_text(
        "# Rules\n\n## Duties\n\n"
        "Members shall endeavour to clean their plots every week.\n\n"
        "The stewards will endeavour to mend the fence within a day.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert ("members", "clean their plots every week") in pairs, sorted(pairs)
    assert not any("fence" in label for _, label in pairs), sorted(pairs)


def test_our_people_act_for_the_writer(tmp_path: Path) -> None:
    """ "Our staff monitor the gauges", "Our cloud operations team will patch the pumps",
    "… are checked weekly by our security team": the writer's own people (subject nouns) act
    for it, as "we" do; "Our members must …" are the members."""
    path = tmp_path / "terms.md"
    path.write_text(
        "# Quarrytech service terms\n\nQuarrytech runs the Quarry cluster for its members. "
        "These terms say what Quarrytech does and what members do.\n\n## Duties\n\n"
        "Our staff monitor the gauges.\n\n"
        "Our cloud operations team will patch the pumps.\n\n"
        "The gate logs are checked weekly by our security team.\n\n"
        "Our members must keep their badges with them.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "monitor the gauges") in pairs, sorted(pairs)
    assert ("quarrytech", "patch the pumps") in pairs, sorted(pairs)
    assert ("quarrytech", "check gate logs") in pairs, sorted(pairs)
    assert ("members", "keep their badges with them") in pairs, sorted(pairs)


def test_a_provider_uses_a_means_to_do_a_duty(tmp_path: Path) -> None:
    """ "Quarrytech uses outside scanners to maintain the pump signatures": the provider's
    practice, as "Quarrytech maintains …" is; a member's "Members use the keys stored in the
    register to log in" only says how it is done; "Quarrytech uses Postgres" no duty."""
    path = tmp_path / "terms.md"
    path.write_text(
        "# Quarrytech service terms\n\nQuarrytech runs the Quarry cluster for you. "
        "These terms say what Quarrytech does and what you do.\n\n## Duties\n\n"
        "You are responsible for your own plots.\n\n"
        "Quarrytech uses outside scanners to maintain the pump signatures.\n\n"
        "You use the console to upload your plans.\n\n"
        "Quarrytech uses Postgres.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert (
        "quarrytech",
        "use outside scanners to maintain the pump signatures",
    ) in pairs, sorted(pairs)
    assert not any("console" in label or "postgres" in label for _, label in pairs), pairs


def test_the_initialism_of_a_rulebook_is_no_party(tmp_path: Path) -> None:
    """ "The QUP strictly prohibits spamming", after "**Quarry Use Policy (QUP)**": the
    initialism names a document (its spelled-out name ends in "Policy"), which acts for no
    one: no party "QUP" prohibiting anything; "comply with the QUP" stays the client's."""
    path = tmp_path / "terms.md"
    path.write_text(
        "# Hosting agreement\n\nQuarrytech hosts your sites.\n\n## 5. Use\n\n"
        "5.1 **Quarry Use Policy (QUP)**:\nClients must comply with the QUP. The QUP strictly\n"
        "prohibits spamming, hacking attempts, or distribution of malware.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert ("customer", "comply with the qup") in pairs, sorted(pairs)
    assert not any("prohibit" in label for _, label in pairs), sorted(pairs)


def test_a_request_that_someone_act_is_their_duty(tmp_path: Path) -> None:
    """ "We request that members log out when finished", "We request members to …": what is
    requested is the members' duty (as after "ask" or "require"), not the writer's duty to
    request it."""
    path = tmp_path / "rules.md"
    path.write_text(
        "# Rules\n\nQuarrytech runs the quarry for its members.\n\n## Duties\n\n"
        "We request that members log out when finished.\n\n"
        "We kindly request members to return the keys on Fridays.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert ("members", "log out when finished") in pairs, sorted(pairs)
    assert ("members", "return the keys on fridays") in pairs, sorted(pairs)
    assert not any(label.startswith("request") for _, label in pairs), sorted(pairs)
