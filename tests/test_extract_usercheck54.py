"""Shapes from user check 54 (prose and bullet-list user policies, terms of service and service
descriptions of hosting and research-computing services): general English, invented text only."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_extract import _page_pairs


def _page(tmp_path: Path, body: str, title: str = "Depot usage guidelines") -> set[tuple[str, str]]:
    path = tmp_path / "policy.md"
    path.write_text(f"# {title}\n\n{body}\n", encoding="utf-8")
    return _page_pairs(path)


@pytest.mark.parametrize(
    "leadin",
    [
        "**Strictly prohibited activities** include:",
        "The following uses are not allowed:",
        "Forbidden uses of the pumps:",
    ],
)
def test_a_leadin_that_forbids_its_items_leads_into_no_duties(tmp_path: Path, leadin: str) -> None:
    """Under a guidelines title the reader's instructions are duties, but the items of a lead-in
    that calls them forbidden (cue-words.ttl) are prohibitions: no one's duty."""
    pairs = _page(
        tmp_path,
        "You are responsible for your own gauges.\n\n"
        "- The depot is for **pump repairs** only.\n\n"
        f"- {leadin}\n"
        "  - Running **unlicensed** gauge software.\n"
        "  - Mining tokens on the pump controllers.\n\n"
        "- Report any broken seal to the keepers at once.\n",
    )
    assert not any("unlicensed" in d or "mining" in d for _, d in pairs), pairs
    assert ("customer", "report any broken seal to the keepers at once") in pairs, pairs


def test_blame_and_the_consequences_it_lists_are_no_duties(tmp_path: Path) -> None:
    """ "You are solely and fully responsible for any and all consequences, including:" lays
    blame (a liability noun, cue-words.ttl): neither it nor its list of consequences is a duty."""
    pairs = _page(
        tmp_path,
        "You are responsible for your own gauges.\n\n"
        "- **If you break a seal:**\n"
        "  - **You are solely and fully responsible** for any and all consequences,\n"
        "    including but not limited to:\n"
        "    - Loss of depot access.\n"
        "    - Fines from the harbour board.\n\n"
        "- Report any broken seal to the keepers at once.\n",
    )
    assert not any("consequences" in d or "fines" in d or "loss of" in d for _, d in pairs), pairs
    assert ("customer", "report any broken seal to the keepers at once") in pairs, pairs


@pytest.mark.parametrize(
    ("sentence", "owed"),
    [
        ("You are responsible for any damages caused by your pumps.", False),
        ("You are liable for all losses arising from a broken seal.", False),
        ("You are responsible for damage assessments of your pumps.", True),
    ],
)
def test_responsible_for_blame_in_prose_is_no_duty(
    tmp_path: Path, sentence: str, owed: bool
) -> None:
    pairs = _page(tmp_path, f"You are responsible for your own gauges.\n\n{sentence}\n", "Terms")
    assert (len(pairs) == 2) is owed, pairs


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        (
            "You must exercise your own judgement and carefully check the valves.",
            "carefully check the valves",
        ),
        ("We will patch the hosts and closely monitor the network.", "closely monitor the network"),
    ],
)
def test_an_adverb_before_a_second_verb_keeps_its_phrase_whole(
    tmp_path: Path, sentence: str, second: str
) -> None:
    """ "… and carefully check the valves": an adverb before a later verb phrase's verb opens a
    verb phrase of its own, not an object of the first verb ("Exercise carefully check …")."""
    pairs = _page(tmp_path, f"You are responsible for your own gauges.\n\n{sentence}\n", "Terms")
    assert any(d == second for _, d in pairs), pairs
    assert not any(d.startswith(("exercise carefully", "patch closely")) for _, d in pairs), pairs
