"""Shapes from held-out set 15 (unblinded as development data): invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _check_shape


def test_a_party_that_has_the_following_duties_owns_the_list(tmp_path: Path) -> None:
    """ "The Nimbus Build Crew has the following responsibilities:" over gerund bullets: the
    subject has a duty noun (cue-words.ttl) and the list names its duties; a thing that has
    the following parts (no duty noun) leads to no duty."""
    _check_shape(
        tmp_path,
        "# Charter of the Nimbus Build Crew\n\n"
        "The Nimbus Build Crew has the following responsibilities:\n\n"
        "* Publishing the build calendar for each Nimbus cycle.\n"
        "* Sending out notices to the crew mailing list.\n\n"
        "## Kits\n\nThe Nimbus kit has the following parts:\n\n"
        "* A cradle for the lantern.\n\n"
        "The Nimbus Build Crew is responsible for shipping the kit.\n",
        [
            ("nimbus-build-crew", "publishing the build calendar"),
            ("nimbus-build-crew", "sending out notices"),
        ],
        ["cradle for the lantern"],
    )
