"""Reading stage: decoding, mojibake repair, front matter, structure and line numbers."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from graph import read_document
from graph.document import Admonition, BulletList, Paragraph, Table
from graph.errors import InputError
from graph.resources import BUNDLED_DOCUMENT

DATA = Path(__file__).parent / "data"


def test_bundled_document_structure() -> None:
    doc = read_document(BUNDLED_DOCUMENT)
    assert doc.metadata["title"] == "Managed Services"
    assert doc.metadata["exl-id"] == "b1442e31-06f4-4aa6-b24a-b6cda630d52f"
    titles = [(s.level, s.title, s.start) for s in doc.root.walk()[1:]]
    assert titles == [
        (1, "Managed services", 6),
        (2, "Shared responsibility", 12),
        (3, "Adobe Managed Services responsibilities", 18),
        (3, "AWS responsibilities", 33),
        (3, "Solution partner/customer responsibilities", 48),
    ]
    adobe = doc.root.walk()[3]
    kinds = [type(b).__name__ for b in adobe.blocks]
    assert kinds == ["Paragraph", "BulletList", "Paragraph"]
    bullets = adobe.blocks[1]
    assert isinstance(bullets, BulletList)
    assert [(i.start, i.text) for i in bullets.items][:2] == [
        (22, "Server-level patching"),
        (23, "Operating the necessary services to deliver Adobe Commerce Pro plans"),
    ]
    assert (bullets.start, bullets.end) == (22, 29)


def test_mojibake_is_repaired_without_moving_lines() -> None:
    doc = read_document(BUNDLED_DOCUMENT)
    assert "â€" not in doc.text
    assert "customer's PCI compliance" in doc.lines[61]
    customer = doc.root.walk()[-1]
    last = customer.blocks[1]
    assert isinstance(last, BulletList)
    assert last.items[-1].start == 62


def test_front_matter_errors_name_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text("---\ntitle: [unclosed\n---\n# X\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_document(bad)
    assert str(bad) in str(info.value)
    assert info.value.line is not None
    listed = tmp_path / "list.md"
    listed.write_text("---\n- a\n- b\n---\n# X\n", encoding="utf-8")
    with pytest.raises(InputError, match="not a mapping"):
        read_document(listed)


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"  \n\n", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary")],
)
def test_unreadable_input(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "x.md"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_document(path)


def test_missing_file() -> None:
    with pytest.raises(InputError, match="no such file"):
        read_document(Path("does/not/exist.md"))


def test_encodings(tmp_path: Path) -> None:
    text = "# Café responsibilities\n\nThe customer is responsible for naïve data.\n"
    utf16 = tmp_path / "u16.md"
    utf16.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    assert read_document(utf16).root.sections[0].title == "Café responsibilities"
    latin = tmp_path / "latin.md"
    latin.write_bytes(text.encode("latin-1"))
    doc = read_document(latin)
    assert "naïve" in doc.text
    assert doc.warnings


def test_tables_admonitions_and_nesting(tmp_path: Path) -> None:
    path = tmp_path / "shapes.md"
    path.write_text(
        "# Doc\n\n"
        ">[!NOTE]\n>Be careful.\n\n"
        "| Task | Provider | Customer |\n|---|---|---|\n"
        "| Backups | C | R, A |\n| Patching | R | I |\n\n"
        "<table>\n<tr><th>Task</th><th>Provider</th></tr>\n<tr><td>DNS<br>setup</td><td>R</td></tr>\n"
        "</table>\n\n"
        "- outer\n  - inner one\n  - inner two\n",
        encoding="utf-8",
    )
    doc = read_document(path)
    blocks = doc.root.sections[0].blocks
    note = blocks[0]
    assert isinstance(note, Admonition) and note.kind == "NOTE"
    assert isinstance(note.blocks[0], Paragraph) and note.blocks[0].text == "Be careful."
    md = blocks[1]
    assert isinstance(md, Table)
    assert md.header == ("Task", "Provider", "Customer")
    assert [(r.cells, r.line) for r in md.rows] == [
        (("Backups", "C", "R, A"), 8),
        (("Patching", "R", "I"), 9),
    ]
    html = blocks[2]
    assert isinstance(html, Table) and html.source == "html"
    assert html.header == ("Task", "Provider")
    assert html.rows[0].cells == ("DNS\nsetup", "R")
    assert html.rows[0].line == 13
    nested = blocks[3]
    assert isinstance(nested, BulletList)
    inner = nested.items[0].children[0]
    assert isinstance(inner, BulletList)
    assert [i.text for i in inner.items] == ["inner one", "inner two"]
    assert inner.items[1].start == 18


@pytest.mark.parametrize("path", sorted(DATA.glob("*.md")), ids=lambda p: p.name)
def test_every_corpus_document_reads(path: Path) -> None:
    doc = read_document(path)
    assert doc.root.walk()
    assert doc.content_hash.startswith("sha256:")
    for section in doc.root.walk():
        for block in section.blocks:
            assert 1 <= block.start <= block.end <= len(doc.lines)


def test_html_rowspan_colspan_and_full_width_notes(tmp_path: Path) -> None:
    path = tmp_path / "spans.md"
    path.write_text(
        "# T\n\n<table>\n<tr><th>Layer</th><th>Provider</th><th>Consumer</th></tr>\n"
        '<tr><td rowspan="2">Infrastructure</td><td>R</td><td>I</td></tr>\n'
        "<tr><td>A</td><td>C</td></tr>\n"
        '<tr><td>Data</td><td colspan="2">R</td></tr>\n'
        '<tr><td colspan="3">Note: a footnote across the table.</td></tr>\n</table>\n',
        encoding="utf-8",
    )
    table = read_document(path).root.sections[0].blocks[0]
    assert isinstance(table, Table)
    assert [r.cells for r in table.rows] == [
        ("Infrastructure", "R", "I"),
        ("Infrastructure", "A", "C"),
        ("Data", "R", "R"),
        ("Note: a footnote across the table.", "", ""),
    ]
