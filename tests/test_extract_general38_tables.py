"""General shapes of session 38 (tables and reader-addressed lists): invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs
from test_extract import _write_page as _page

_MATRIX_HEAD = (
    "# Card-data guidance for Quarrytech Platform\n\n"
    "Quarrytech Platform is responsible for:\n\n"
    "* **Hardware** - patching the hypervisors.\n\n"
    "Merchants are responsible for:\n\n"
    "* **Application code** - patching the code they deploy.\n\n"
)


def test_a_requirement_number_row_stays_beside_its_comment_duty(tmp_path: Path) -> None:
    """A row keyed by a requirement number whose owner cell names a party is that party's,
    even when the comment states a duty of its own; a Shared row's comment sentences are the
    parties' duties (also when the same sentence came in an earlier row, or when it states only
    one party's part), not the number; a
    four-part number ("11.3.4.1") is no phone number."""
    comment = (
        "Merchant is responsible for its webhook allowlist. "
        "Quarrytech Platform is responsible for the hosts."
    )
    path = _page(
        tmp_path,
        "matrix.md",
        _MATRIX_HEAD + "### Control family 2\n\n"
        "|Control|Responsibility|Comments|\n"
        "|---|---|---|\n"
        "|2.1 to 2.3.2|Merchant|Owned by the merchant. The merchant is also responsible "
        "for masking card numbers in test copies.|\n"
        f"|2.4|Shared|{comment}|\n"
        f"|2.5|Shared|{comment}|\n"
        "|2.6|Shared|Merchant is responsible for its kiosk keys.|\n"
        "|11.3.4.1|Quarrytech Platform|Provider-only control|\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "2.1 to 2.3.2") in pairs, pairs
    assert ("customer", "masking card numbers in test copies") in pairs, pairs
    assert ("quarrytech-platform", "11.3.4.1") in pairs, pairs
    assert not any(label in ("2.4", "2.5", "2.6") for _, label in pairs), pairs
