"""Shapes from user check genre27 on unseen governance and roles pages (invented text only)."""

from __future__ import annotations

from pathlib import Path

from test_extract import _has, _page_pairs


def _adoc_pairs(tmp_path: Path, body: str) -> set[tuple[str, str]]:
    """(party key, lower-cased duty label) of every responsibility a small AsciiDoc page states."""
    path = tmp_path / "shape.adoc"
    path.write_text(f"= Ferry club roles\n\n{body}\n", encoding="utf-8")
    return _page_pairs(path)


def test_an_asciidoc_two_line_title_is_a_section_not_a_listing_block(tmp_path: Path) -> None:
    """ "Quay Manager" over "------------": AsciiDoc's two-line section title, not a code
    block left open; the page is read and the title names the section's party."""
    pairs = _adoc_pairs(
        tmp_path,
        "Quay Manager\n------------\n\nThe quay manager is responsible for:\n\n"
        "* logging every mooring\n* lighting the quay lamps\n\n"
        "FOOTER\n------\nPart of the ferry club pages\n",
    )
    assert _has(pairs, "quay-manager", "logging every mooring"), sorted(pairs)
    assert _has(pairs, "quay-manager", "lighting the quay lamps"), sorted(pairs)


def test_an_asciidoc_link_text_may_run_over_a_line_end(tmp_path: Path) -> None:
    """ "see link:url[\\nMooring rules]": the link's text starts on the next line; the label
    keeps the text, not the macro."""
    pairs = _adoc_pairs(
        tmp_path,
        "== Quay Manager\n\nThe quay manager is responsible for:\n\n"
        "* logging every mooring, see link:moorings.html[\n  Mooring rules]\n",
    )
    assert _has(pairs, "quay-manager", "see mooring rules"), sorted(pairs)
    assert not any("moorings.html" in label for _, label in pairs), sorted(pairs)
