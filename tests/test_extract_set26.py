"""Shapes from the development round on held-out set 26 (prose policies, a hosting provider's
service level agreement): general English, invented text only."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_extract import _page_pairs, _triples


def _page(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "sla.md"
    path.write_text(
        f"# Service level agreement\n\nYou are responsible for your own data.\n\n{body}\n",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    "body",
    [
        "The provider shall not be liable for downtime.",
        "The provider does not warrant uptime and shall not be liable for downtime.",
        "The provider shall not be liable for:\n\n- Downtime\n- Indirect damages\n",
    ],
)
def test_a_party_that_shall_not_be_liable_holds_no_duty(tmp_path: Path, body: str) -> None:
    """ "X shall not be liable for Y" (in a sentence or over a list) denies Y: no fact."""
    triples = _triples(_page(tmp_path, body))
    assert not [t for t in triples if "downtime" in t[2] or "damages" in t[2]], triples


def test_the_provider_is_never_the_customer(tmp_path: Path) -> None:
    """ "The provider shall be liable for X" after the customer's sentence, on a page that named
    no provider yet: the vocabulary's provider, not the customer the passage spoke of."""
    triples = _triples(_page(tmp_path, "The provider shall be liable for downtime."))
    assert ("cloud-provider", "accountableFor", "downtime") in triples, triples


def test_a_legal_undertaking_with_any_and_all_is_one_duty(tmp_path: Path) -> None:
    pairs = _page_pairs(
        _page(
            tmp_path,
            "The Client agrees to indemnify, defend, and hold harmless Nimbus, its officers, "
            "directors, employees, and agents from and against any and all claims, damages, "
            "losses, costs, and expenses arising from the Client's use of the services.",
        )
    )
    client = sorted(d for p, d in pairs if p == "customer" and d != "your own data")
    assert len(client) == 1 and client[0].startswith("indemnify, defend, and hold harmless"), pairs


def test_a_signature_block_is_no_matrix(tmp_path: Path) -> None:
    """A contract's signature table ("| Hosting Provider | Client |" over "[Client Name]",
    "Signature: [Signature]", "Registered Office:") is a form to fill in, no duties."""
    pairs = _page_pairs(
        _page(
            tmp_path,
            "| Hosting Provider | Client |\n|---|---|\n| ☐ Nimbus Ltd | [Client Name] |\n"
            "| Registered Office: | Client Address: |\n| 1 Fir Street, Cape Town | [Address] |\n"
            "| Company Number: 2014/1 | Signature: [Signature] |\n",
        )
    )
    assert pairs == {("customer", "your own data")}, pairs


@pytest.mark.parametrize(
    "sentence",
    [
        "Nimbus reserves the absolute right, in its sole discretion, to refuse service to anyone.",
        "The Client retains full ownership of their data.",
    ],
)
def test_a_right_kept_or_ownership_held_is_no_duty(tmp_path: Path, sentence: str) -> None:
    pairs = _page_pairs(_page(tmp_path, f"Nimbus is responsible for the hosts.\n\n{sentence}"))
    assert not [d for _, d in pairs if "refuse" in d or "ownership" in d], pairs


@pytest.mark.parametrize(
    "leadin",
    [
        "You agree to comply with the following conditions of use:",
        "By using the depot, you agree to the following terms for use:",
    ],
)
def test_use_as_a_noun_in_a_leadin_is_no_verb_of_using(tmp_path: Path, leadin: str) -> None:
    """ "… the following conditions of use:" names no services the reader uses: the items
    ("You will protect all accounts.") are read as sentences of their own."""
    pairs = _page_pairs(
        _page(
            tmp_path,
            f"{leadin}\n\n1. You will protect all accounts.\n"
            "2. You must comply with the policies.\n",
        )
    )
    assert ("customer", "protect all accounts") in pairs, pairs
    assert ("customer", "comply with the policies") in pairs, pairs


def test_a_passive_with_no_agent_under_a_partys_heading_is_its_duty(tmp_path: Path) -> None:
    """Under "## Nimbus responsibilities" a paragraph "Full backups are performed every 24
    hours." is Nimbus's duty, as a list item there would be; a question or a condition
    ("When your account is enrolled, what does Nimbus do?") is none."""
    pairs = _page_pairs(
        _page(
            tmp_path,
            "When your account is enrolled, what does Nimbus do for you?\n\n"
            "## Nimbus responsibilities\n\nFull backups of all client data are performed every "
            "24 hours.\n\nWhen your account is enrolled, what does Nimbus do for you?\n",
        )
    )
    assert pairs == {
        ("customer", "your own data"),
        ("nimbus", "full backups of all client data are performed every 24 hours"),
    }, pairs


def _aup(tmp_path: Path, body: str) -> set[tuple[str, str]]:
    path = tmp_path / "aup.md"
    path.write_text(f"# Acceptable use policy\n\nYou must agree to these terms.\n\n{body}\n")
    return {(p, d) for p, d in _page_pairs(path) if d != "these terms"}


@pytest.mark.parametrize("heading", ["2.0 User Responsibility", "User responsibilities"])
def test_a_singular_role_heading_gives_its_subsections_to_the_role(
    tmp_path: Path, heading: str
) -> None:
    """ "## 2.0 User Responsibility" names the vocabulary's "users" (the customer): instructions
    in its subsections are the reader's duties ("Change your password periodically": "change"
    is a duty verb)."""
    pairs = _aup(
        tmp_path,
        f"## {heading}\n\n### Passwords\n\nCreate passwords that are difficult to guess.\n\n"
        "Change your password periodically.\n",
    )
    assert pairs == {
        ("customer", "create passwords that are difficult to guess"),
        ("customer", "change your password periodically"),
    }, pairs


def test_what_some_things_include_is_no_list_of_duties(tmp_path: Path) -> None:
    """ "Some indications that a compromise has occurred include:" lists signs, not duties, even
    under the reader's heading; "This includes:" after a duty still lists more of it."""
    pairs = _aup(
        tmp_path,
        "## Your responsibilities\n\nSome indications that a compromise has occurred include:\n\n"
        "- Files in your home directory which you did not create\n"
        "- Unexplained deletion of your files\n\n"
        "You are responsible for the safety of your account. This includes:\n\n"
        "- Locking your screen\n",
    )
    assert pairs == {
        ("customer", "safety of your account"),
        ("customer", "locking your screen"),
    }, pairs


def test_a_verb_and_a_bare_noun_between_commas_is_one_more_noun(tmp_path: Path) -> None:
    """ "This team will support technical troubleshooting, change requests, and incident
    management": "change requests" is a noun of the series, not a second verb."""
    path = tmp_path / "roles.md"
    path.write_text(
        "# Roles\n\nNimbus is responsible for the hosts.\n\nThe Nimbus team will support "
        "technical troubleshooting, change requests, and incident management.\n"
    )
    pairs = _page_pairs(path)
    assert not [d for _, d in pairs if d.startswith("change")], pairs


@pytest.mark.parametrize(
    ("title", "duties"),
    [
        (
            "Acceptable Use Policy",
            {
                ("customer", "report all suspicious activity to the help desk"),
                ("customer", "only upload data you own"),
            },
        ),
        ("Operations start guide", set()),  # a guide's steps are no rules
    ],
)
def test_the_instructions_of_a_set_of_rules_are_the_readers(
    tmp_path: Path, title: str, duties: set[tuple[str, str]]
) -> None:
    """On a page whose title names rules for its reader ("Acceptable Use Policy", rules-title
    of cue-words.ttl) and that speaks to "you", an instruction under any heading is the
    reader's duty; a pointer ("Consult the annex") is none."""
    path = tmp_path / "aup.md"
    path.write_text(
        f"# {title}\n\nYou must agree to these terms.\n\n## Data\n\n"
        "Report all suspicious activity to the help desk. Only upload data you own.\n\n"
        "Consult the annex to this agreement.\n"
    )
    pairs = {(p, d) for p, d in _page_pairs(path) if d != "these terms"}
    assert pairs == duties, pairs
