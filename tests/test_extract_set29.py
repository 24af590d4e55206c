"""Shapes from the development round on held-out set 29 (SaaS contract terms and support
terms in prose): general English, invented text only."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_extract import _page_pairs


def _duties(tmp_path: Path, sentence: str) -> set[str]:
    path = tmp_path / "terms.md"
    path.write_text(
        "# Terms\n\nYou are responsible for your data.\n\nNimbus is responsible for the hosts."
        f"\n\n{sentence}\n"
    )
    return {d for _, d in _page_pairs(path) if d not in {"your data", "hosts"}}


@pytest.mark.parametrize(
    ("sentence", "duty"),
    [
        (
            "Nimbus will add to, remove from, and change the features of the service.",
            "add to, remove from, and change the features of the service",
        ),
        (
            "Nimbus will respond to requests about configuration of, use of, and problems with "
            "the service.",
            "respond to requests about configuration of, use of, and problems with the service",
        ),
        (
            "Nimbus will make sure the service itself is free of viruses, worms, Trojans, and "
            "other malicious code.",
            "make sure the service itself is free of viruses, worms, trojans, and other "
            "malicious code",
        ),
        (
            "You will keep your contact, payment, and other details complete, accurate, and "
            "up-to-date.",
            "keep your contact, payment, and other details complete, accurate, and up-to-date",
        ),
    ],
)
def test_series_that_share_one_object_or_clause_are_one_duty(
    tmp_path: Path, sentence: str, duty: str
) -> None:
    """Series whose items end in their preposition share the last one's object; the clause of
    "make sure" is one; two series whose items pair with each other ("keep A, B, and C
    complete, accurate, and current") are one duty: no "Use of", "Make worms", "Keep payment"."""
    assert _duties(tmp_path, sentence) == {duty}


def test_a_series_inside_brackets_is_no_second_series(tmp_path: Path) -> None:
    """ "secure A, B, storages (datasets, stores, and queues), and C": one series, each item."""
    duties = _duties(
        tmp_path,
        "Nimbus is responsible for securing the console, the API, storages (datasets, stores, "
        "and queues), and the scheduler.",
    )
    assert len(duties) == 4, duties


def test_the_pages_own_name_for_itself_is_no_vendor(tmp_path: Path) -> None:
    """ "Terms of Service" opening a page that says "these Terms" again and again: "Terms" is
    the page, not who wrote it, so "we" stays the provider that speaks."""
    path = tmp_path / "tos.md"
    path.write_text(
        "# Terms of Service\n\nThese Terms govern your use of the depot. Read these Terms.\n\n"
        "You are responsible for your data. We will announce changes to these Terms by email.\n"
    )
    parties = {p for p, _ in _page_pairs(path)}
    assert "terms" not in parties and parties == {"customer", "platform-provider"}, parties


def test_a_conjunct_that_only_permits_is_no_part_of_the_duty(tmp_path: Path) -> None:
    """ "… will reconsider the suspension and may confirm, modify, or reverse it": the duty is
    to reconsider; what it may then do is leave, not "Reconsider modify"."""
    duties = _duties(
        tmp_path, "Nimbus will reconsider the suspension and may confirm, modify, or reverse it."
    )
    assert duties == {"reconsider the suspension"}, duties


@pytest.mark.parametrize(
    ("opening", "owner"),
    [
        ("These terms apply to your service's use of Nimbus Notify.", "nimbus-notify"),
        ("These terms apply to your service.", None),
    ],
)
def test_a_list_after_the_pages_service_and_will_is_the_services(
    tmp_path: Path, opening: str, owner: str | None
) -> None:
    """ "Notify will:" on a page about "your service's use of Nimbus Notify" lists the
    service's duties (named as the opening writes it: "Notify" alone reads like a verb); where
    the page names no such service, its items are nobody's, never the reader's."""
    path = tmp_path / "terms.md"
    path.write_text(
        f"# Terms of use\n\n{opening}\n\nYou must:\n\n- keep your API keys secure\n\n"
        "Notify will:\n\n- send all the messages you pass to us\n"
    )
    expected = {("customer", "keep your api keys secure")}
    if owner is not None:
        expected.add((owner, "send all the messages you pass to us"))
    assert _page_pairs(path) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Nimbus reserves the right to modify, suspend, or discontinue the service at any time.",
        "Nimbus may update these Terms of Service from time to time.",
    ],
)
def test_a_right_to_change_the_service_or_its_terms_is_no_duty(
    tmp_path: Path, sentence: str
) -> None:
    """ "reserves the right to modify, suspend, or discontinue" (the right's verbs in a series)
    and "may update these Terms" keep a right; neither is a duty."""
    assert _duties(tmp_path, sentence) == set()


def test_a_description_under_a_bold_label_in_a_numbered_section_is_no_instruction(
    tmp_path: Path,
) -> None:
    """Under "## 2. Backup Process" (a numbered section, read as steps), "**Backup Frequency**:
    The backup service runs once daily" describes the service (its label opens with a word
    that is also a verb); "**Access control**: Ensure that only staff can read the bucket" is
    still the reader's. "Data is stored in the bucket provided by you" names the bucket's
    provider, not who stores the data."""
    path = tmp_path / "terms.md"
    path.write_text(
        "# Terms of Service\n\nThese terms cover the Nimbus backup service. You are responsible "
        "for your data.\n\n## 2. Backup Process\n\n"
        "* **Backup Frequency**: The backup service runs once daily at midnight.\n"
        "* **Access Control**: Ensure that only staff can read the bucket.\n"
        "* **Backup Location**: All backup data will be stored in the bucket provided by you.\n"
    )
    assert _page_pairs(path) == {
        ("customer", "your data"),
        ("customer", "ensure that only staff can read the bucket"),
    }


def test_labels_read_on_a_service_terms_page(tmp_path: Path) -> None:
    """A long condition before ", please <verb>" is no part of the duty; "treat A as B and
    proceed with the steps" is two verb phrases ("proceed" a duty verb, its "with" object no
    object of "treat")."""
    path = tmp_path / "tos.md"
    path.write_text(
        "# Terms of Service\n\nThese Terms govern your use of the depot.\n\n"
        "## Your data\n\nIf there are restrictions on the way your research data may be stored "
        "or used, please consult your local review board before uploading it.\n\n"
        "## Our duties\n\nIf messages bounce, we will treat the address as unreachable and "
        "proceed with the steps described under Data Retention.\n"
    )
    labels = {d for _, d in _page_pairs(path)}
    assert "treat the address as unreachable" in labels, labels
    assert "proceed with the steps described under data retention" in labels, labels
    assert not [d for d in labels if d.startswith("if there are")], labels
