"""Reading full HTML pages: main content, ignored chrome, the block model, line numbers, and the
same facts as the Markdown source of the same page."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from graph import read_document
from graph.cli import main
from graph.document import Admonition, Block, BulletList, Document, Paragraph, Table
from graph.errors import InputError
from graph.exporter import find_documents
from graph.extract import extract_facts
from graph.facts import Facts

DATA = Path(__file__).parent / "data"
TESTS = Path(__file__).parent

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Shared responsibility | Example Docs</title>
<meta name="description" content="Who does what.">
<style>p { color: red }</style>
<script>var vendor = "The customer is responsible for scripts";</script>
</head>
<body>
<header><nav><a href="/">Home</a> <a href="/aws">AWS</a></nav></header>
<div id="cookie-banner">We use cookies. The customer is responsible for cookies.</div>
<main>
<nav class="breadcrumb"><a href="/">Docs</a></nav>
<h1>Shared responsibility</h1>
<p>The <strong>provider</strong> is responsible for
the <em>physical</em> <a href="https://ex.org/h">hosts</a> and <code>kernel   patches</code>.</p>
<aside class="toc"><ul><li>On this page</li></ul></aside>
<h2>Customer responsibilities</h2>
<ul>
  <li>Data classification</li>
  <li><p>Accounts</p>
    <ol><li>Create</li>
    <li>Remove</li></ol>
  </li>
</ul>
<div class="alert alert-warning"><p class="alert-title">Warning</p>
<p>Back up your data.</p></div>
<blockquote>
<p>[!NOTE]
Quoted note.</p>
</blockquote>
<table>
<thead><tr><th>Task</th><th>Provider</th><th>Customer</th></tr></thead>
<tbody>
<tr><td rowspan="2">Infrastructure<sup>1</sup></td><td>R</td><td>I</td></tr>
<tr><td>A</td><td>Plan:<ul><li>hosts</li><li>networks</li></ul></td></tr>
<tr><td>Data</td><td colspan="2">Shared</td></tr>
</tbody>
</table>
<dl>
<dt>Backups</dt><dd>The customer schedules them.</dd>
</dl>
<div hidden><p>Hidden text.</p></div>
<p style="display: none">Invisible text.</p>
<form class="feedback"><p>Was this page helpful?</p></form>
</main>
<footer><p>Copyright 2026. The customer is responsible for reading the footer.</p></footer>
</body>
</html>
"""


def _write(tmp_path: Path, text: str | bytes, name: str = "page.html") -> Path:
    path = tmp_path / name
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return path


def _spans(blocks: Sequence[Block]) -> list[tuple[str, int, int]]:
    return [(type(b).__name__, b.start, b.end) for b in blocks]


def _page(tmp_path: Path) -> Document:
    return read_document(_write(tmp_path, PAGE))


def test_sections_and_blocks_with_source_lines(tmp_path: Path) -> None:
    doc = _page(tmp_path)
    assert doc.format == "html"
    assert [(s.level, s.title, s.start) for s in doc.root.walk()[1:]] == [
        (1, "Shared responsibility", 15),
        (2, "Customer responsibilities", 19),
    ]
    top, customer = doc.root.walk()[1:]
    assert _spans(top.blocks) == [("Paragraph", 16, 17)]
    intro = top.blocks[0]
    assert isinstance(intro, Paragraph)
    assert intro.text == (
        "The **provider** is responsible for\n"
        "the *physical* [hosts](https://ex.org/h) and `kernel patches`."
    )
    assert _spans(customer.blocks) == [
        ("BulletList", 20, 26),
        ("Admonition", 27, 28),
        ("Admonition", 29, 32),
        ("Table", 33, 40),
        ("BulletList", 41, 43),
    ]


def test_nested_lists(tmp_path: Path) -> None:
    bullets = _page(tmp_path).root.walk()[2].blocks[0]
    assert isinstance(bullets, BulletList) and not bullets.ordered
    assert [(i.text, i.start, i.end) for i in bullets.items] == [
        ("Data classification", 21, 21),
        ("Accounts", 22, 25),
    ]
    nested = bullets.items[1].children[0]
    assert isinstance(nested, BulletList) and nested.ordered
    assert [(i.text, i.start) for i in nested.items] == [("Create", 23), ("Remove", 24)]


def test_alerts_and_quotes(tmp_path: Path) -> None:
    warning, note = _page(tmp_path).root.walk()[2].blocks[1:3]
    assert isinstance(warning, Admonition) and warning.kind == "WARNING"
    assert warning.title == ""  # just the kind's word
    assert [(b.text, b.start) for b in warning.blocks if isinstance(b, Paragraph)] == [
        ("Back up your data.", 28)
    ]
    assert isinstance(note, Admonition) and note.kind == "NOTE"
    assert [(b.text, b.start, b.end) for b in note.blocks if isinstance(b, Paragraph)] == [
        ("Quoted note.", 31, 31)
    ]


def test_tables_with_spans_and_lists_in_cells(tmp_path: Path) -> None:
    table = _page(tmp_path).root.walk()[2].blocks[3]
    assert isinstance(table, Table) and table.source == "html"
    assert table.header == ("Task", "Provider", "Customer")
    assert [(r.cells, r.line) for r in table.rows] == [
        (("Infrastructure", "R", "I"), 36),
        (("Infrastructure", "A", "Plan:\n- hosts\n- networks"), 37),
        (("Data", "Shared", "Shared"), 38),
    ]


def test_definition_lists(tmp_path: Path) -> None:
    """A `<dl>` entry is a bold title over its definition, as other markups' lists are."""
    terms = _page(tmp_path).root.walk()[2].blocks[4]
    assert isinstance(terms, BulletList)
    assert [(i.text, i.start, i.end) for i in terms.items] == [
        ("**Backups**: The customer schedules them.", 42, 42)
    ]


def test_chrome_and_hidden_parts_are_ignored(tmp_path: Path) -> None:
    doc = _page(tmp_path)
    for gone in ("cookies", "Home", "On this page", "Hidden", "Invisible", "helpful", "footer"):
        assert gone not in doc.text
    assert "scripts" not in doc.text and "color" not in doc.text
    # the text layer keeps source lines: quotes read as text, not markup
    assert doc.quote(16, 17) == (
        "The provider is responsible for\nthe physical hosts and kernel patches ."
    )
    assert len(doc.lines) == PAGE.count("\n") + 1
    assert doc.metadata["title"] == "Shared responsibility | Example Docs"
    assert doc.metadata["description"] == "Who does what."
    assert doc.metadata["language"] == "en"


def test_main_content_fallbacks_and_titles(tmp_path: Path) -> None:
    article = (
        "<html><body><div id='nav'>x</div><article><h1>From <em>h1</em></h1>"
        "<p>Body text.</p></article><footer>f</footer></body></html>"
    )
    doc = read_document(_write(tmp_path, article, "a.htm"))
    assert doc.title == "From h1"
    assert [b.text for b in doc.root.walk()[1].blocks if isinstance(b, Paragraph)] == ["Body text."]
    container = (
        '<!doctype html><html><head><meta property="og:title" content="OG title"></head>'
        '<body><div class="sidebar"><p>Menu text.</p></div><div id="main-content">'
        "<p>Main text.</p></div></body></html>"
    )
    doc = read_document(_write(tmp_path, container, "b.html"))
    assert doc.title == "OG title"
    assert [b.text for b in doc.root.blocks if isinstance(b, Paragraph)] == ["Main text."]
    body = "<html><body><p>Only a body.</p></body></html>"
    doc = read_document(_write(tmp_path, body, "c.html"))
    assert [b.text for b in doc.root.blocks if isinstance(b, Paragraph)] == ["Only a body."]


def test_html_is_recognised_by_content(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "\ufeff  \n<!DOCTYPE html>\n<html><body><main><h1>T</h1><p>Text.</p></main></body></html>",
        "saved.md",
    )
    doc = read_document(path)
    assert doc.format == "html"
    assert doc.root.walk()[1].start == 3
    plain = _write(tmp_path, "# T\n\n<html> in prose is Markdown.\n", "prose.md")
    assert read_document(plain).format == "markdown"


def test_broken_html_still_reads(tmp_path: Path) -> None:
    broken = (
        "<html><body><main>\n<h2>Customer responsibilities\n"
        "<ul><li>Backups<li>Keys</ul></li>\n"
        "<p>Unclosed <b>bold paragraph\n<table><tr><td>Task<td>R</tr>\n<tr><td>More"
    )
    doc = read_document(_write(tmp_path, broken))
    section = doc.root.walk()[1]
    assert section.title == "Customer responsibilities"
    bullets = section.blocks[0]
    assert isinstance(bullets, BulletList)
    assert [i.text for i in bullets.items] == ["Backups", "Keys"]
    for block in section.blocks:
        assert 1 <= block.start <= block.end <= len(doc.lines)


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><title>Only chrome</title></head><body><nav>Menu</nav>"
        "<footer>Footer</footer></body></html>",
        "<!doctype html><html><body><main>  <script>x()</script>  </main></body></html>",
    ],
)
def test_page_without_main_text_is_an_empty_document(tmp_path: Path, page: str) -> None:
    with pytest.raises(InputError, match="empty document") as info:
        read_document(_write(tmp_path, page))
    empty = tmp_path / "empty.md"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(InputError) as markdown:
        read_document(empty)
    assert info.value.message == markdown.value.message
    assert str(tmp_path / "page.html") in str(info.value)


def test_declared_charset_decodes_a_non_utf8_page(tmp_path: Path) -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        "</head><body><main><p>Клиент отвечает за данные.</p></main></body></html>"
    )
    doc = read_document(_write(tmp_path, page.encode("windows-1251")))
    assert doc.encoding == "cp1251"
    para = doc.root.blocks[0]
    assert isinstance(para, Paragraph) and para.text == "Клиент отвечает за данные."
    assert not doc.warnings
    latin = '<html><head><meta charset="iso-8859-1"></head><body><p>Café naïve</p></body></html>'
    doc = read_document(_write(tmp_path, latin.encode("latin-1"), "latin.html"))
    assert "Café naïve" in doc.text


def test_binary_and_oversized_html(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="binary"):
        read_document(_write(tmp_path, b"<html>\x00\x01\x02</html>"))
    big = b"<html><body><p>" + b"x" * (16 * 2**20) + b"</p></body></html>"
    with pytest.raises(InputError, match="over the 16 MiB limit"):
        read_document(_write(tmp_path, big, "big.html"))


# --- the same page as Markdown and as HTML -------------------------------------------------------


def _relations(facts: Facts) -> set[tuple[object, str, object]]:
    return {(r.subject, r.predicate, r.object) for r in facts.relations}


def _labels(facts: Facts) -> set[tuple[object, str]]:
    return {(ref, entity.label) for ref, entity in facts.entities.items()}


def test_html_page_gives_the_facts_of_its_markdown_source() -> None:
    markdown = extract_facts(read_document(DATA / "azure-shared-responsibility.md"))
    html = extract_facts(read_document(DATA / "html" / "azure-shared-responsibility.html"))
    assert len(markdown.relations) > 20
    assert _relations(html) == _relations(markdown)
    assert _labels(html) == _labels(markdown)
    assert html.title.startswith(markdown.title)


def test_html_fixture_is_up_to_date() -> None:
    script = TESTS / "make_html_fixture.py"
    done = subprocess.run([sys.executable, str(script), "--check"], check=False)
    assert done.returncode == 0, "run tests/make_html_fixture.py and commit its output"


def test_folders_export_html_files(tmp_path: Path) -> None:
    _write(tmp_path, PAGE, "a.html")
    _write(tmp_path, PAGE, "b.htm")
    _write(tmp_path, "# C\n", "c.md")
    _write(tmp_path, "not a document", "d.txt")
    assert [p.name for p in find_documents([tmp_path]) if isinstance(p, Path)] == [
        "a.html",
        "b.htm",
        "c.md",
    ]


def test_cli_exports_an_html_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = DATA / "html" / "azure-shared-responsibility.html"
    code = main(["export", str(source), "-o", str(tmp_path), "--format", "ttl", "--quiet"])
    assert code == 0, capsys.readouterr().err
    assert (tmp_path / "azure-shared-responsibility.ttl").is_file()


def test_deep_nesting_is_a_warning_or_a_clear_error(tmp_path: Path) -> None:
    deep = "<div>" * 300 + "<p>Deep text.</p>" + "</div>" * 300
    page = f"<html><body><main><p>Top text.</p>{deep}</main></body></html>"
    doc = read_document(_write(tmp_path, page))
    assert [b.text for b in doc.root.blocks if isinstance(b, Paragraph)] == ["Top text."]
    assert any("nest deeper than the HTML parser's limit" in w for w in doc.warnings)
    only_deep = f"<html><body><main>{deep}</main></body></html>"
    with pytest.raises(InputError, match="nests too deeply"):
        read_document(_write(tmp_path, only_deep, "deep.html"))


def test_xhtml_with_an_xml_declaration(tmp_path: Path) -> None:
    page = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><main>\n<h1>X</h1>\n'
        "<p>Text.</p></main></body></html>"
    )
    for name in ("page.xhtml", "page.txt"):
        doc = read_document(_write(tmp_path, page, name))
        assert doc.format == "html"
        section = doc.root.walk()[1]
        assert (section.title, section.start) == ("X", 4)
        assert _spans(section.blocks) == [("Paragraph", 5, 5)]


def test_raw_html_in_markdown_reads_as_the_browser_shows_it(tmp_path: Path) -> None:
    """An MDX agreement written in raw HTML blocks (``<div>`` paragraphs, an ``<ol>`` whose
    items wrap a title ``<div>`` and a text ``<div>`` in a ``<span>``): the blocks a browser
    shows, on the page's own lines, not nothing. A block of a badge or a comment only gives
    no block; an inline element around blocks is read as blocks in a full HTML page too."""
    path = tmp_path / "sow.md"
    path.write_text(
        "---\nhide_title: true\n---\n"  # 1-3
        '<div className="doc">\n'  # 4
        '<img src="badge.png"/>\n\n'  # 5-6
        '<div className="indent">\n'  # 7
        "The Vendor undertakes to assist the Customer.\n"  # 8
        "</div>\n\n"  # 9-10
        '<ol type="i">\n'  # 11
        "<li><span>\n"  # 12
        '<div className="title">Kick-off meeting</div>\n'  # 13
        "<div>The Vendor will arrange a kick-off meeting.</div>\n"  # 14
        "</span></li>\n"  # 15
        "</ol>\n\n"  # 16-17
        "<!-- a comment -->\n\n"  # 18-19
        "Closing words in Markdown.\n",  # 20
        encoding="utf-8",
    )
    doc = read_document(path)
    blocks = doc.root.blocks
    assert _spans(blocks) == [("Paragraph", 8, 8), ("BulletList", 11, 16), ("Paragraph", 20, 20)]
    first, items, last = blocks
    assert isinstance(first, Paragraph) and first.text == (
        "The Vendor undertakes to assist the Customer."
    )
    assert isinstance(items, BulletList) and items.ordered
    (item,) = items.items
    assert item.text == "Kick-off meeting"
    assert [(type(c).__name__, c.start) for c in item.children] == [("Paragraph", 14)]
    assert isinstance(item.children[0], Paragraph)
    assert item.children[0].text == "The Vendor will arrange a kick-off meeting."
    assert isinstance(last, Paragraph) and last.text == "Closing words in Markdown."
    page = tmp_path / "sow.html"
    page.write_text(
        "<html><body><main><ol><li><span><div>Kick-off meeting</div>"
        "<div>The Vendor will arrange a kick-off meeting.</div></span></li></ol>"
        "</main></body></html>\n",
        encoding="utf-8",
    )
    (html_list,) = read_document(page).root.blocks
    assert isinstance(html_list, BulletList)
    assert html_list.items[0].text == "Kick-off meeting"
