"""Shapes of brief tail30 (general mechanisms for the corpus pages below the target):
invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _has, _page_pairs


def test_joined_parties_before_will_under_a_condition(tmp_path: Path) -> None:
    """ "If a pump fails, the stewards and the quarry board will restore the old depot": under
    a leading condition, a subject that joins parties before "will" promises a response, the
    duty of each of them, as "must" already was; without a condition ("… will meet in
    spring") it says what happens, and the reader's "will" in a joined subject ("you and the
    stewards will see …") stays a prediction."""
    path = tmp_path / "terms.md"
    path.write_text(
        "# Terms\n\n## Duties\n\n"
        "If a pump fails, the stewards and the quarry board will restore the old depot.\n\n"
        "If a pump fails, you and the stewards will see the new gauges.\n\n"
        "The stewards and the quarry board will meet in spring.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert ("stewards", "restore the old depot") in pairs, sorted(pairs)
    assert ("quarry-board", "restore the old depot") in pairs, sorted(pairs)
    assert not any("gauges" in label for _, label in pairs), sorted(pairs)
    assert not any("spring" in label for _, label in pairs), sorted(pairs)


def test_a_passive_condition_without_a_comma_ends_before_the_subject(tmp_path: Path) -> None:
    """ "If a rollback is required the wardens will …", "When a leak is detected Acme must …":
    a leading condition in the passive takes no object, so with no comma it ends at its
    participle and the noun phrase before the modal is the main clause's subject."""
    path = tmp_path / "terms.md"
    path.write_text(
        "# Terms\n\n## Duties\n\n"
        "If a rollback is required the stewards will stand up a spare crane.\n\n"
        "When a leak is detected Quarrytech must repair the pipe.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert _has(pairs, "stewards", "stand up a spare crane"), sorted(pairs)
    assert ("quarrytech", "repair the pipe") in pairs, sorted(pairs)


def test_a_later_item_sentence_whose_subject_joins_parties(tmp_path: Path) -> None:
    """An item under the reader's duties whose later sentence names, after a condition, two
    parties of its own before "will" ("Hard cases may arise. If a rollback is required the
    Quarry ops team and Depot governance will stand up a spare crane"): each of them has the
    duty, though no vocabulary knows them ("governance", like "board", names a body of
    people, cue-words.ttl)."""
    path = tmp_path / "terms.md"
    path.write_text(
        "# Agreement\n\n## Customer Responsibilities\n\n"
        " * Hard cases may arise in the future. If a rollback is required the Quarry ops team "
        "and Depot governance will make it a priority to stand up a spare crane.\n\n"
        " * Keep your badge with you.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert _has(pairs, "quarry-ops-team", "stand up a spare crane"), sorted(pairs)
    assert _has(pairs, "depot-governance", "stand up a spare crane"), sorted(pairs)
    assert not _has(pairs, "customer", "spare crane"), sorted(pairs)


def test_a_negated_relative_clause_narrows_the_subject(tmp_path: Path) -> None:
    """ "Gauges that are not kept by the stewards are the responsibility of the customer",
    "Pumps not installed by Quarrytech are …", "Users who do not hold a key are responsible
    for …": the negation picks out the things or people, the responsibility stands; a negated
    main clause ("Valves are not the responsibility of the customer") is still no duty."""
    path = tmp_path / "terms.md"
    path.write_text(
        "# Terms\n\n## Duties\n\n"
        "Gauges that are not kept by the stewards are the responsibility of the customer.\n\n"
        "Pumps not installed by Quarrytech are the responsibility of the customer.\n\n"
        "Users who do not hold a key are responsible for requesting one.\n\n"
        "Valves are not the responsibility of the customer.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert _has(pairs, "customer", "gauges"), sorted(pairs)
    assert _has(pairs, "customer", "pumps"), sorted(pairs)
    assert _has(pairs, "customer", "requesting one"), sorted(pairs)
    assert not _has(pairs, "customer", "valves"), sorted(pairs)


def test_joined_owners_after_the_responsibility_of(tmp_path: Path) -> None:
    """ "Ledgers are the responsibility of the stewards and the board", "… of the individual
    labs and users that keep the gauge repositories (e.g. the A and B repositories)": each
    owner a coordination joins has the duty (an aside and a closing relative clause are no
    part of the owners; "lab", like "board", names a body of people, cue-words.ttl)."""
    path = tmp_path / "terms.md"
    path.write_text(
        "# Terms\n\n## Duties\n\n"
        "Ledgers are the responsibility of the stewards and the board.\n\n"
        "Gauges are the responsibility of the individual labs and users that keep the gauge "
        "repositories (e.g. the A and B repositories).\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert ("stewards", "ledgers") in pairs, sorted(pairs)
    assert ("board", "ledgers") in pairs, sorted(pairs)
    assert ("customer", "gauges") in pairs, sorted(pairs)
    assert ("individual-labs", "gauges") in pairs, sorted(pairs)


def test_a_later_item_sentence_after_a_denial_names_its_party(tmp_path: Path) -> None:
    """An item whose first sentence is a denial or a description ("Gauges not kept by the
    stewards are not in the shed.") may go on with a sentence naming a party of its own ("Partners
    are responsible for the spare gauges."): that sentence is read, as it is after a
    first sentence that states a duty."""
    path = tmp_path / "terms.md"
    path.write_text(
        "# Agreement\n\n## Customer Responsibilities\n\n"
        " * Gauges not kept by the stewards are not in the shed. Partners are responsible "
        "for the spare gauges.\n\n"
        " * Keep your badge with you.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert ("implementation-partner", "spare gauges") in pairs, sorted(pairs)
