"""Shapes from the lead's user check 39 on an unseen page (an essay-like maturity-model page on
shared responsibility inside an enterprise): invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _pairs

from graph import extract_facts, read_document


def test_the_bare_role_word_names_none_of_several_organisations_of_that_role(
    tmp_path: Path,
) -> None:
    """ "Models by cloud providers like AWS, GCP or Azure fall short" names three cloud
    providers as examples: a later "The cloud provider is responsible for X" is the generic
    provider's duty, not the last example's."""
    pairs = _pairs(
        tmp_path,
        "The depot models explained by cloud providers like AWS, GCP or Azure are not "
        "sufficient.\n\n- The cloud provider is responsible for the fences around the depot.\n"
        "- The consumer party is responsible for their own crates.\n",
    )
    assert ("cloud-provider", "fences around the depot") in pairs, sorted(pairs)
    assert not any(p in ("google", "microsoft", "aws") for p, _ in pairs), sorted(pairs)


def test_one_named_organisation_still_takes_the_bare_role_word(tmp_path: Path) -> None:
    """With one cloud provider named, "the cloud provider" is still that organisation."""
    pairs = _pairs(
        tmp_path,
        "The depots run on AWS.\n\n- AWS is responsible for the fences around the depot.\n"
        "- The cloud provider is responsible for the gates of the depot.\n",
    )
    assert ("aws", "gates of the depot") in pairs, sorted(pairs)


def test_a_lead_in_with_a_clause_of_time_after_the_following(tmp_path: Path) -> None:
    """ "The Platform teams need to consider the following points when defining their model:"
    gives the items to the Platform teams: the "when …" clause only says when."""
    pairs = _pairs(
        tmp_path,
        "The Platform teams need to consider the following points when defining their own "
        "depot model:\n\n- Map the keepers of every depot.\n- Agree on the gate rules.\n",
    )
    assert ("platform-teams", "map the keepers of every depot") in pairs, sorted(pairs)
    assert ("platform-teams", "agree on the gate rules") in pairs, sorted(pairs)


def test_a_question_word_is_no_duty(tmp_path: Path) -> None:
    """ "… it must be clear to anyone “who is responsible for what”": "what" names nothing."""
    pairs = _pairs(
        tmp_path,
        "Platform teams should consider the following:\n\n- Know your keepers.\n- Draw clear "
        "borders; it must be clear to anyone “who is responsible for what”.\n",
    )
    assert not any(label in ("what", "who") for _, label in pairs), sorted(pairs)


def test_an_instruction_then_a_dash_and_its_reason(tmp_path: Path) -> None:
    """ "Know your keepers - it is of foremost importance to know who takes part": the
    instruction before the dash is the duty, the reason after it is no part of its label."""
    pairs = _pairs(
        tmp_path,
        "The Platform teams need to consider the following points:\n\n- Know your keepers - "
        "it is of foremost importance to know who takes part.\n- Draw clear borders - this "
        "matters for every depot.\n",
    )
    assert ("platform-teams", "know your keepers") in pairs, sorted(pairs)
    assert ("platform-teams", "draw clear borders") in pairs, sorted(pairs)
    assert not any("foremost" in label for _, label in pairs), sorted(pairs)


def test_a_body_named_after_its_field_is_a_party(tmp_path: Path) -> None:
    """ "The Cloud Foundation is responsible for X", "The Platform Council approves Y": a
    capitalised name opened by a field word ("Cloud", "Platform") and ended by a body or role
    noun is a party's name (a field word alone, "Platform Services", still is not)."""
    pairs = _pairs(
        tmp_path,
        "The Nimbus crew is responsible for the depots.\n\nThe Cloud Foundation is responsible "
        "for the move of every depot to the cloud.\n\nThe Platform Council approves the depot "
        "roadmap.\n",
    )
    assert ("cloud-foundation", "move of every depot to the cloud") in pairs, sorted(pairs)
    assert ("platform-council", "approve the depot roadmap") in pairs, sorted(pairs)


def test_a_demonstrative_before_a_name_points_to_that_name(tmp_path: Path) -> None:
    """ "This Cloud Foundation is responsible for X" after the page named the Cloud
    Foundation: the Cloud Foundation's duty."""
    pairs = _pairs(
        tmp_path,
        "The Nimbus crew is responsible for the depots.\n\nThis Cloud Foundation is responsible "
        "for the move of every depot to the cloud.\n",
    )
    assert ("cloud-foundation", "move of every depot to the cloud") in pairs, sorted(pairs)


def test_organisations_named_only_as_examples_are_no_parties(tmp_path: Path) -> None:
    """ "Models by cloud providers like AWS, Azure or GCP are not sufficient" states nothing of
    any of them: none becomes a party without a fact (and a warning about it); a page whose
    every party is named only so keeps them, with that warning, instead of failing."""
    path = tmp_path / "examples.md"
    path.write_text(
        "# Depots\n\nThe depot models explained by cloud providers like AWS, Azure or GCP are "
        "not sufficient.\n\nThe Nimbus crew is responsible for the fences.\n",
        encoding="utf-8",
    )
    facts = extract_facts(read_document(path))
    assert [p.ref.key for p in facts.of_kind("party")] == ["nimbus-crew"], facts.of_kind("party")
    assert not any("no recognised duty" in w for w in facts.warnings), facts.warnings
    path.write_text(
        "# Depots\n\nThe depot models explained by cloud providers like AWS, Azure or GCP are "
        "not sufficient.\n",
        encoding="utf-8",
    )
    facts = extract_facts(read_document(path))
    assert facts.of_kind("party") and not facts.relations, facts.of_kind("party")
    assert any("no recognised duty" in w for w in facts.warnings), facts.warnings
