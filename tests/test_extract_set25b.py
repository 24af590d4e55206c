"""Shapes from the development round on held-out set 25, part b (prose user policies, service-level
pages, acceptable-use lists, onboarding checklists): general English, invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _has, _page_pairs


def _page(tmp_path: Path, body: str) -> set[tuple[str, str]]:
    path = tmp_path / "policy.md"
    path.write_text(
        "# Service policy\n\nThese are Nimbus's current policies for its hosted service.\n\n"
        f"You are responsible for your own data.\n\n{body}\n",
        encoding="utf-8",
    )
    return _page_pairs(path)


def test_a_negative_contrast_in_brackets_denies_nothing(tmp_path: Path) -> None:
    """ "Run jobs through the queue (never on the gateways)": the bracket says where not to do
    it; the instruction itself is a duty."""
    pairs = _page(
        tmp_path,
        "## What we expect from you\n\n"
        "- Run batch jobs through the queue (never on the gateway hosts)\n"
        "- Send large files by courier (not by email)\n",
    )
    assert _has(pairs, "customer", "run batch jobs through the queue"), pairs
    assert _has(pairs, "customer", "send large files by courier"), pairs


def test_a_series_after_in_accordance_with_is_its_rules(tmp_path: Path) -> None:
    """ "Respect their privacy in accordance with house policy, regional codes, and state and
    federal law": the series names the rules the duty conforms to, no duties of their own."""
    pairs = _page(
        tmp_path,
        "You will respect the privacy of the patients you see in accordance with house policy, "
        "regional ethical codes, and state and federal laws.\n",
    )
    assert _has(pairs, "customer", "respect the privacy of the patients"), pairs
    assert not any("codes" in d and "house" not in d for _, d in pairs), pairs
    assert not any(d.endswith("federal laws") and "house" not in d for _, d in pairs), pairs


def test_whom_to_tell_goes_on_after_a_preposition(tmp_path: Path) -> None:
    """ "Report any leak, lost badge, or odd visitor to the desk and your manager, mentor, or
    dean": the manager, mentor and dean are whom to tell, no things to report."""
    pairs = _page(
        tmp_path,
        "You should promptly report any leak, lost badge, or odd visitor to the front desk and "
        "your manager, team mentor, or dean.\n",
    )
    assert _has(pairs, "customer", "report any leak"), pairs
    assert not any(d in ("report dean", "report team mentor") for _, d in pairs), pairs


def test_a_long_condition_before_an_instruction_is_no_part_of_it(tmp_path: Path) -> None:
    """ "If needed for rolling out the badge and door profiles with the gate tool, provide and
    configure …": the condition (nine words or more) ends at the comma before the verb."""
    pairs = _page(
        tmp_path,
        "## Your duties\n\n"
        "- If needed for rolling out the badge and door profiles with the gate tool, provide and "
        "configure a key server as needed.\n"
        "- Install the service packs.\n",
    )
    assert _has(pairs, "customer", "provide and configure a key server"), pairs
    assert not any(d.startswith("if needed") for _, d in pairs), pairs


def test_an_instruction_left_to_your_choice_is_no_duty(tmp_path: Path) -> None:
    """ "Share your screen with the desk (if you choose to). Manage the rooms as needed.": the
    first is an option (cue-words.ttl: option-clause), the instruction after it a duty."""
    pairs = _page(
        tmp_path,
        "## Your duties\n\n"
        "- Share your screen with the desk if guidance is needed (if you choose to). Manage the "
        "meeting rooms as needed.\n"
        "- Install the service packs.\n",
    )
    assert _has(pairs, "customer", "manage the meeting rooms"), pairs
    assert not any("screen" in d for _, d in pairs), pairs


def test_also_before_required_to_keeps_the_duty(tmp_path: Path) -> None:
    """ "Users are also required to read the house rules": "also" (like an "-ly" adverb) may
    stand between "are" and "required to"."""
    pairs = _page(tmp_path, "Users are also required to read the house rules once a year.\n")
    assert _has(pairs, "customer", "read the house rules"), pairs
