"""General shapes of session 39 (worktree h1), from facts that two independent readers of the
development pages both listed or both left out: invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs
from test_extract import _write_page as _page


def test_the_user_pledging_is_the_users_duty(tmp_path: Path) -> None:
    """ "The user agrees not to upload malware", "Each user commits, while using the platform,
    not to resell capacity", "Furthermore, the user undertakes to rotate their keys": one user
    pledging (after a connective too) is the users' duty, as "The user must …" is."""
    path = _page(
        tmp_path,
        "quarry-terms.md",
        "# Quarrytech terms of use\n\n"
        "## Rules\n\n"
        "Quarrytech provides the Quarry platform to its customers.\n\n"
        "The user agrees not to upload malware to the platform.\n\n"
        "Each user commits, while using the platform, not to resell its capacity.\n\n"
        "Furthermore, the user undertakes to rotate their access keys every month.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "do not upload malware to the platform") in pairs, pairs
    assert ("customer", "do not resell its capacity") in pairs, pairs
    assert ("customer", "rotate their access keys every month") in pairs, pairs


def test_a_deed_called_forbidden_is_the_users_prohibition(tmp_path: Path) -> None:
    """ "Storing card numbers (…), even if masked, is prohibited", "The processing of health
    records is not permitted on this service": the users must not do it ("Do not …"); a gerund
    of no duty verb ("Parking …") or a word of no prohibition ("… is important") gives nothing."""
    path = _page(
        tmp_path,
        "quarry-usage.md",
        "# Quarrytech terms of use\n\n"
        "## Usage limits\n\n"
        "Quarrytech provides the Quarry platform to its customers.\n\n"
        "Storing payment card numbers (PAN, CVV, etc.), even if already masked, is prohibited.\n\n"
        "The processing of health records is not permitted on this service.\n\n"
        "Uploading malware is strictly forbidden.\n\n"
        "Parking in the loading bay is prohibited.\n\n"
        "Writing good tests is important.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "do not process health records on this service") in pairs, pairs
    assert ("customer", "do not upload malware") in pairs, pairs
    stored = "do not store payment card numbers"
    assert any(p == "customer" and stored in label for p, label in pairs), pairs
    assert not any("parking" in label or "tests" in label for _, label in pairs), pairs


def test_holding_rights_is_no_duty(tmp_path: Path) -> None:
    """ "Quarrytech holds all intellectual property rights related to the platform", "… holds
    the exclusive trademark rights to the logo": a power phrase with words inside ("all …
    rights") after a content verb, with no modal, says who owns, no duty; "provides the right
    tools" and "holds regular office hours" stay duties."""
    path = _page(
        tmp_path,
        "quarry-ownership.md",
        "# Quarrytech terms of use\n\n"
        "## Rules\n\n"
        "Quarrytech is responsible for the platform hardware.\n\n"
        "Quarrytech holds all intellectual property rights related to the platform.\n\n"
        "Quarrytech holds the exclusive trademark rights to the Quarry logo.\n\n"
        "Quarrytech provides the right tools for each migration.\n\n"
        "Quarrytech holds regular office hours for customers.\n\n"
        "You are responsible for your data.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "provide the right tools for each migration") in pairs, pairs
    assert ("quarrytech", "hold regular office hours for customers") in pairs, pairs
    assert not any("rights" in label for _, label in pairs), pairs
