"""Reading stage: decoding, mojibake repair, front matter, structure and line numbers."""

from __future__ import annotations

import codecs
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph import extract_facts, read_document
from graph.cli import main
from graph.document import Admonition, Block, BulletList, Document, Paragraph, Table
from graph.document.keywords import guess_keyword, load_keywords
from graph.document.outline import looks_like_asciidoc, looks_like_rst
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


# --- documentation-repository dialects ----------------------------------------------------------


def _read(tmp_path: Path, text: str, name: str = "page.md") -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(path)


def _spans(blocks: Sequence[Block]) -> list[tuple[str, int, int]]:
    return [(type(b).__name__, b.start, b.end) for b in blocks]


def test_mkdocs_tabs_become_sub_sections(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "# Guide\n\n## Duties\n\n"  # 1-4
        '=== "Customer"\n\n'  # 5-6
        "    The customer is responsible for data.\n\n"  # 7-8
        "    - backups\n    - keys\n\n"  # 9-11
        '=== "Provider"\n'  # 12
        "    The provider is responsible for hosts.\n\n"  # 13-14
        "Both parties share the network.\n",  # 15
    )
    duties = doc.root.sections[0].sections[0]
    assert [(s.level, s.title, s.start) for s in duties.sections] == [
        (3, "Customer", 5),
        (3, "Provider", 12),
    ]
    customer, provider = duties.sections
    assert customer.path == ("Guide", "Duties", "Customer")
    assert _spans(customer.blocks) == [("Paragraph", 7, 7), ("BulletList", 9, 10)]
    para = customer.blocks[0]
    assert isinstance(para, Paragraph) and para.text == "The customer is responsible for data."
    lst = customer.blocks[1]
    assert isinstance(lst, BulletList) and [i.text for i in lst.items] == ["backups", "keys"]
    assert [i.start for i in lst.items] == [9, 10]
    assert _spans(provider.blocks) == [("Paragraph", 13, 13)]
    # what follows the tab group is the enclosing section's again
    assert _spans(duties.blocks) == [("Paragraph", 15, 15)]
    assert doc.lines[4] == "### Customer"  # rewritten in place: same line count
    assert len(doc.lines) == 16


def test_an_indented_list_right_under_a_lead_in_is_a_list(tmp_path: Path) -> None:
    """ "You are responsible for:" with "    - A" lines right under it (no blank line):
    Markdown keeps one paragraph, but the writer meant a lead-in and a list, one item per
    marker (a wrapped line goes on with its item); a paragraph whose second line is no item
    stays a paragraph."""
    doc = _read(
        tmp_path,
        "# Guide\n\n"  # 1-2
        "You are responsible for:\n"  # 3
        "    - Any impacts of the loads\n"  # 4
        "      you set up.\n"  # 5
        "    - Sizing the crane.\n\n"  # 6-7
        "Note this:\nplain text - not a list.\n",  # 8-9
    )
    blocks = doc.root.sections[0].blocks
    assert _spans(blocks) == [("Paragraph", 3, 3), ("BulletList", 4, 6), ("Paragraph", 8, 9)]
    lead, listed = blocks[0], blocks[1]
    assert isinstance(lead, Paragraph) and lead.text == "You are responsible for:"
    assert isinstance(listed, BulletList)
    assert [(i.text, i.start, i.end) for i in listed.items] == [
        ("Any impacts of the loads you set up.", 4, 5),
        ("Sizing the crane.", 6, 6),
    ]


def test_mkdocs_admonitions(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "# Page\n\n"  # 1-2
        '!!! note "Shared duties"\n'  # 3
        "    The customer is responsible for keys.\n\n"  # 4-5
        "    - rotate them\n\n"  # 6-7
        "??? tip\n"  # 8
        "    Collapsed text.\n"  # 9
        "After the tip.\n\n"  # 10-11
        '- item\n\n    !!! warning "Careful"\n        Inside the item.\n',  # 12-15
    )
    blocks = doc.root.sections[0].blocks
    assert _spans(blocks) == [
        ("Admonition", 3, 6),
        ("Admonition", 8, 9),
        ("Paragraph", 10, 10),
        ("BulletList", 12, 15),
    ]
    note, tip, after, items = blocks
    assert isinstance(note, Admonition) and (note.kind, note.title) == ("NOTE", "Shared duties")
    assert _spans(note.blocks) == [("Paragraph", 4, 4), ("BulletList", 6, 6)]
    assert isinstance(note.blocks[0], Paragraph)
    assert note.blocks[0].text == "The customer is responsible for keys."
    assert isinstance(tip, Admonition) and (tip.kind, tip.title) == ("TIP", "")
    assert isinstance(tip.blocks[0], Paragraph) and tip.blocks[0].text == "Collapsed text."
    assert tip.blocks[0].start == 9
    assert isinstance(after, Paragraph) and after.text == "After the tip."
    assert isinstance(items, BulletList)
    inner = items.items[0].children[0]
    assert isinstance(inner, Admonition) and (inner.kind, inner.title) == ("WARNING", "Careful")
    assert _spans(inner.blocks) == [("Paragraph", 15, 15)]


def test_docfx_markers_are_dropped_and_content_kept(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "# Page\n\n"  # 1-2
        ':::zone pivot="portal"\n\n'  # 3-4
        "The customer is responsible for portal settings.\n\n"  # 5-6
        ":::zone-end\n\n"  # 7-8
        ":::row:::\n:::column:::\nColumn text.\n:::column-end:::\n:::row-end:::\n\n"  # 9-14
        ':::image type="content" source="media/a.png" alt-text="A diagram.":::\n\n'  # 15-16
        '> [!NOTE]\n> :::zone pivot="cli"\n> Quoted zone text.\n',  # 17-19
    )
    blocks = doc.root.sections[0].blocks
    assert _spans(blocks) == [("Paragraph", 5, 5), ("Paragraph", 11, 11), ("Admonition", 17, 19)]
    assert [b.text for b in blocks[:2] if isinstance(b, Paragraph)] == [
        "The customer is responsible for portal settings.",
        "Column text.",
    ]
    note = blocks[2]
    assert isinstance(note, Admonition) and note.kind == "NOTE"
    assert isinstance(note.blocks[0], Paragraph) and note.blocks[0].text == "Quoted zone text."
    assert ":::" not in doc.text
    assert len(doc.lines) == 20


def test_docfx_includes_are_spliced_at_the_include_line(tmp_path: Path) -> None:
    includes = tmp_path / "includes"
    includes.mkdir()
    (includes / "duties.md").write_text(
        "---\nms.topic: include\n---\n"
        "The provider is responsible for hosts.\n\n"
        "- patching\n- monitoring\n\n"
        "[!INCLUDE [deeper](deeper.md)]\n",
        encoding="utf-8",
    )
    (includes / "deeper.md").write_text("Deeper text.\n\n## Customer duties\n\nKeys.\n", "utf-8")
    (includes / "note.md").write_text("Back up your data.\n", encoding="utf-8")
    doc = _read(
        tmp_path,
        "# Page\n\n"  # 1-2
        "Intro.\n\n"  # 3-4
        "[!INCLUDE [duties](includes/duties.md)]\n\n"  # 5-6
        "> [!NOTE]\n> [!INCLUDE [note](includes/note.md)]\n\n"  # 7-9
        "[!INCLUDE [gone](includes/missing.md)]\n\n"  # 10-11
        "Outro.\n",  # 12
    )
    page = doc.root.sections[0]
    assert _spans(page.blocks) == [
        ("Paragraph", 3, 3),
        ("Paragraph", 5, 5),
        ("BulletList", 5, 5),
        ("Paragraph", 5, 5),
    ]
    assert [b.text for b in page.blocks if isinstance(b, Paragraph)] == [
        "Intro.",
        "The provider is responsible for hosts.",
        "Deeper text.",
    ]
    items = page.blocks[2]
    assert isinstance(items, BulletList)
    assert [(i.text, i.start, i.end) for i in items.items] == [
        ("patching", 5, 5),
        ("monitoring", 5, 5),
    ]
    # the nested include's heading opens a section; what follows it belongs there
    customer = page.sections[0]
    assert (customer.title, customer.level, customer.start) == ("Customer duties", 2, 5)
    assert _spans(customer.blocks) == [
        ("Paragraph", 5, 5),
        ("Admonition", 7, 8),
        ("Paragraph", 12, 12),
    ]
    note = customer.blocks[1]
    assert isinstance(note, Admonition) and note.kind == "NOTE"
    assert [(b.text, b.start) for b in note.blocks if isinstance(b, Paragraph)] == [
        ("Back up your data.", 8)
    ]
    assert doc.lines[4] == "[!INCLUDE [duties](includes/duties.md)]"
    assert doc.metadata == {}  # an include's front matter is dropped
    assert any("page.md:10: include includes/missing.md not read" in w for w in doc.warnings)


def test_includes_nest_at_most_three_deep(tmp_path: Path) -> None:
    for n in range(1, 6):
        (tmp_path / f"i{n}.md").write_text(f"Level {n}.\n\n[!INCLUDE [next](i{n + 1}.md)]\n")
    doc = _read(tmp_path, "# Page\n\n[!INCLUDE [first](i1.md)]\n")
    texts = [b.text for b in doc.root.sections[0].blocks if isinstance(b, Paragraph)]
    assert texts == ["Level 1.", "Level 2.", "Level 3."]
    assert any("nest more than 3 levels" in w for w in doc.warnings)


def test_liquid_keywords_and_kramdown_attributes(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "{{site.data.keyword.attribute-definition-list}}\n\n"  # 1-2
        "# Responsibilities in {{site.data.keyword.cloud_notm}}\n"  # 3
        "{: #responsibilities}\n\n"  # 4-5
        "{{site.data.keyword.IBM_notm}} is responsible for "  # 6
        "{{ site.data.keyword.containerlong_notm }} and {{site.data.keyword.cos_full}}.\n"
        "{: shortdesc}\n\n"  # 7-8
        "{% include note.html %}The customer uses "  # 9
        "{{site.data.keyword.my-new_service_notm}}.\n\n"
        "Keep your keys in {{site.data.keyword.keymanagementserviceshort}}.\n"  # 11
        "{: important}\n\n"  # 12-13
        "| Task | {{site.data.keyword.cloud_notm}} | Customer |\n|---|---|---|\n"  # 14-15
        '| Patching | R | I |\n{: caption="Table 1" caption-side="bottom"}\n',  # 16-17
    )
    section = doc.root.sections[0]
    assert (section.title, section.start) == ("Responsibilities in IBM Cloud", 3)
    assert _spans(section.blocks) == [
        ("Paragraph", 6, 6),
        ("Paragraph", 9, 9),
        ("Admonition", 11, 11),
        ("Table", 14, 16),
    ]
    first, second, note, table = section.blocks
    assert isinstance(first, Paragraph)
    assert first.text == (
        "IBM is responsible for IBM Cloud Kubernetes Service and IBM Cloud Object Storage."
    )
    assert isinstance(second, Paragraph)
    assert second.text == "The customer uses My new service."  # unknown keyword: a guessed name
    assert isinstance(note, Admonition) and note.kind == "IMPORTANT"
    assert isinstance(note.blocks[0], Paragraph)
    assert note.blocks[0].text == "Keep your keys in Key Protect."
    assert isinstance(table, Table) and table.header == ("Task", "IBM Cloud", "Customer")
    assert "{{" not in doc.text and "{:" not in doc.text and "{%" not in doc.text
    assert doc.lines[5].startswith("IBM is responsible for")  # quotes read resolved names
    assert len(doc.lines) == 18


def test_keyword_vocabulary() -> None:
    names = load_keywords()
    assert len(set(names.values())) >= 60
    assert names["cloud_notm"] == names["cloud"] == "IBM Cloud"
    assert names["containerlong_notm"] == "IBM Cloud Kubernetes Service"
    assert names["openshiftlong_notm"] == "Red Hat OpenShift on IBM Cloud"
    assert names["databases-for-postgresql"] == "IBM Cloud Databases for PostgreSQL"
    assert names["secrets-manager_full"] == "IBM Cloud Secrets Manager"
    assert names["hscrypto"] == "IBM Cloud Hyper Protect Crypto Services"
    assert guess_keyword("satellite-link_short") == "satellite link"


def test_lists_inside_markdown_table_cells(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "| Party | Duties |\n|---|---|\n"  # 1-2
        "| Customer | Plan with:<ul><li>Host count</li><li>**Network** range</li></ul>Then "
        "configure |\n"  # 3
        "| Provider | - Patching<br>- Monitoring |\n"  # 4
        "| Partner | • Backup<br>• Restore |\n"  # 5
        "| Both | one<br>two |\n"  # 6
        "\n<table>\n<tr><th>Party</th><th>Duties</th></tr>\n"  # 7-9
        "<tr><td>Customer</td><td>Request:\n<ul><li>Hosts</li><li>Networks</ul></li>Done</td></tr>\n"
        "</table>\n",
    )
    md, html = doc.root.blocks
    assert isinstance(md, Table) and isinstance(html, Table)
    assert [(r.cells[1], r.line) for r in md.rows] == [
        ("Plan with:\n- Host count\n- **Network** range\nThen configure", 3),
        ("- Patching\n- Monitoring", 4),
        ("- Backup\n- Restore", 5),
        ("one\ntwo", 6),
    ]
    assert [(r.cells, r.line) for r in html.rows] == [
        (("Customer", "Request:\n- Hosts\n- Networks\nDone"), 10)
    ]


def test_html_table_with_blank_lines_is_one_table(tmp_path: Path) -> None:
    """DITA exports (SAP) leave blank lines in every cell; the table must not break apart."""
    path = tmp_path / "dita.md"
    path.write_text(
        "# Ops\n\n<table>\n<tr>\n<th>\n\nTask\n\n</th>\n<th>\n\nSAP\n\n</th>\n</tr>\n"
        "<tr>\n<td>\n\nPatch hosts\n\n</td>\n<td>\n\nx\n\n</td>\n</tr>\n</table>\n\nAfter.\n",
        encoding="utf-8",
    )
    from graph.document import Paragraph, Table

    document = read_document(path)
    blocks = document.root.walk()[1].blocks
    tables = [b for b in blocks if isinstance(b, Table)]
    assert len(tables) == 1
    assert tables[0].header == ("Task", "SAP")
    assert tables[0].rows[0].cells == ("Patch hosts", "x")
    assert tables[0].rows[0].line == 16  # the row's <tr>
    assert isinstance(blocks[-1], Paragraph) and blocks[-1].start == 30


def test_an_unclosed_html_table_does_not_swallow_the_page(tmp_path: Path) -> None:
    """A page whose ``<table>`` is never closed (seen in a real docs page) keeps the sections,
    paragraphs and lists after it: blank lines end the HTML block as CommonMark says."""
    path = tmp_path / "unclosed.md"
    path.write_text(
        "# Ops\n\n<table>\n<tr><td>Only row</td></tr>\n\nAfter the table.\n\n"
        "## Customer responsibilities\n\n- Patch the hosts.\n- Rotate the keys.\n",
        encoding="utf-8",
    )
    document = read_document(path)
    sections = {s.title: s for s in document.root.walk()}
    assert "Customer responsibilities" in sections
    lists = [b for b in sections["Customer responsibilities"].blocks if isinstance(b, BulletList)]
    assert len(lists) == 1 and len(lists[0].items) == 2
    assert any(
        isinstance(b, Paragraph) and "After the table" in b.text for b in sections["Ops"].blocks
    )


# --- bounded work: YAML aliases, bracket runs ---------------------------------------------------

_BOMB = (
    "---\n"
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    + "".join(
        f"{n}: &{n} [{','.join([f'*{p}'] * 9)}]\n"
        for p, n in zip("abcdefgh", "bcdefghi", strict=True)
    )
    + "---\n# Shared responsibility\n\n## Customer responsibilities\n\n- Managing access.\n"
)


def test_front_matter_alias_bomb_is_refused_at_its_first_alias() -> None:
    """520 bytes of billion-laughs YAML: refused (one line naming the line), never expanded."""
    data = _BOMB.encode("utf-8")
    assert len(data.split(b"\n---\n")[0]) < 600
    with pytest.raises(InputError, match=r"^bomb\.md:3: invalid front matter: YAML aliases"):
        read_document("bomb.md", data=data)


def test_front_matter_anchor_without_alias_still_reads() -> None:
    data = b"---\ntitle: &t Shared\nkeywords: [a, b]\n---\n# T\n\n- Managing access.\n"
    assert read_document("a.md", data=data).metadata == {"title": "Shared", "keywords": ["a", "b"]}


def test_bracket_runs_keep_their_raw_text_and_lines() -> None:
    """Long runs of ``![`` / ``[`` (markdown-it's inline parse went superlinear on them; it is
    skipped, the blocks keep their raw inline Markdown)."""
    run = "![" * 20_000 + "[" * 20_000
    text = f"# T\n\n## Customer responsibilities\n\n- Managing {run} access.\n- [x](y) *z*\n"
    doc = read_document("runs.md", data=text.encode("utf-8"))
    (section,) = doc.root.sections[0].sections
    (items,) = section.blocks
    assert isinstance(items, BulletList)
    assert [i.text for i in items.items] == [f"Managing {run} access.", "[x](y) *z*"]
    assert [i.start for i in items.items] == [5, 6]


def _ftfy_clean(text: str) -> str:
    """What clean_text did before it skipped clean lines: ftfy over the whole text."""
    import ftfy

    from graph.document.source import _CONTROL

    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", ftfy.fix_text(text, normalization="NFC"))


_PIECES = [
    *"abc XYZ.,;:'\"-_*[]()",
    *["\n", "\n", "\t", "\r", "&amp;", "&lt;", "&#x2019;", "&hellip;", "&", "<b>", "<", ">"],
    *["\x1b[31m", "\x00", "\x0b", "\x0c", "\x7f", "\x85", "\u2028", "\x9d", "\ufffd"],
    *["café", "cafÃ©", "â€™", "’", "ﬁ", "Ｌ", "é", "e\u0301", "Â\xa0"],
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_clean_lines_skip_ftfy_with_the_same_result(text: str) -> None:
    """Lines of plain ASCII skip ftfy (reading is faster): the text comes out as ftfy would
    make it, entity decisions across lines included."""
    from graph.document.source import clean_text

    assert clean_text(text) == _ftfy_clean(text)


def test_html_cell_text_wrapped_in_the_source_reads_as_one_line(tmp_path: Path) -> None:
    """Word exports wrap a cell's text mid-sentence and put a Symbol-font bullet in a span of
    its own: a source line break is a space, a break before a list line or a blank line stays."""
    doc = _read(
        tmp_path,
        "<table>\n<tr><th>Who</th><th>Duties</th></tr>\n<tr><td>Operators</td><td>\n"
        '<p><span style="font-family:Symbol">·<span>&nbsp;&nbsp;\n  </span></span>'
        "<span>Rotate the\n  signing keys every quarter</span></p>\n"
        "<p><span>Keep the audit\n  trail</span></p></td></tr>\n"
        "<tr><td>Auditors</td><td>\n\nReview access\n\n-   Read the logs\n"
        "-   Sign off\n</td></tr>\n"
        "</table>\n",
    )
    (table,) = doc.root.blocks
    assert isinstance(table, Table)
    assert [r.cells[1] for r in table.rows] == [
        "- Rotate the signing keys every quarter\nKeep the audit trail",
        "Review access\n- Read the logs\n- Sign off",
    ]


def test_liquid_data_variables_read_as_product_names(tmp_path: Path) -> None:
    """GitHub docs write product names as ``{% data variables.product.X %}``: the keyword
    vocabulary's name, else a guess from the variable; ``{% data reusables.X %}`` is dropped."""
    doc = _read(
        tmp_path,
        "# Runners\n\n{% data reusables.intro %}\n\nRunners are maintained by "
        "{% data variables.product.prodname_dotcom %} for "
        "{% data variables.product.prodname_fizz_box %}.\n",
    )
    assert "Runners are maintained by GitHub for fizz box." in doc.text
    assert "reusables" not in doc.text


def test_jekyll_site_variables_read_as_product_names(tmp_path: Path) -> None:
    """Jekyll sites write product names as ``{{site.X}}`` config variables: read as the name
    the variable spells (a ``_short_name`` / ``_name`` suffix is no part of it)."""
    doc = _read(
        tmp_path,
        "# Gateways\n\n{{site.zephyr_short_name}} upgrades the nodes of {{ site.quay_gateway }}.\n",
    )
    assert "Zephyr upgrades the nodes of Quay Gateway." in doc.text


# --- AsciiDoc and reStructuredText --------------------------------------------------------------

ADOC_TABLE = """\
= Shared responsibility for Nimbus Managed Queues
:product: Nimbus Managed Queues
:vendor: Nimbus
// a comment line
ifdef::env-site[]
include::partials/attributes.adoc[]
endif::[]

This page explains who does what when you run {product}.

== Responsibility matrix

.Division of duties
[cols="1,2a,2a",options="header"]
|===
|Area |{vendor} |Customer

|Infrastructure
a|
* Patch the broker hosts
* Replace failed disks
a|
* Size the queues for peak load

|Data
|Encrypt stored messages
at rest
a|
* Classify message payloads
* Rotate client credentials
|===

NOTE: Nimbus never reads message payloads.
"""

MD_TABLE = """\
# Shared responsibility for Nimbus Managed Queues

This page explains who does what when you run Nimbus Managed Queues.

## Responsibility matrix

| Area | Nimbus | Customer |
|---|---|---|
| Infrastructure | <ul><li>Patch the broker hosts</li><li>Replace failed disks</li></ul> \
| <ul><li>Size the queues for peak load</li></ul> |
| Data | Encrypt stored messages at rest \
| <ul><li>Classify message payloads</li><li>Rotate client credentials</li></ul> |

> [!NOTE]
> Nimbus never reads message payloads.
"""

RST_LIST_TABLE = """\
.. _nimbus_queues:

###############################################
Shared responsibility for Nimbus Managed Queues
###############################################

.. |product| replace:: Nimbus Managed Queues

This page explains who does what when you run |product|.

Responsibility matrix
=====================

.. list-table:: Division of duties
   :header-rows: 1
   :widths: 20 40 40

   * - Area
     - Nimbus
     - Customer
   * - Infrastructure
     - * Patch the broker hosts
       * Replace failed disks
     - * Size the queues for peak load
   * - Data
     - Encrypt stored messages at rest
     - * Classify message payloads
       * Rotate client credentials

.. note::

   Nimbus never reads message payloads.
"""

RST_GRID_TABLE = """\
Shared responsibility for Nimbus Managed Queues
===============================================

This page explains who does what when you run Nimbus Managed Queues.

Responsibility matrix
---------------------

+----------------+---------------------------+---------------------------------+
| Area           | Nimbus                    | Customer                        |
+================+===========================+=================================+
| Infrastructure | - Patch the broker hosts  | - Size the queues for peak load |
|                | - Replace failed disks    |                                 |
+----------------+---------------------------+---------------------------------+
| Data           | Encrypt stored messages   | - Classify message payloads     |
|                | at rest                   | - Rotate client credentials     |
+----------------+---------------------------+---------------------------------+

.. note::

   Nimbus never reads message payloads.
"""

TABLE_FACTS = {
    ("nimbus", "patch the broker hosts"),
    ("nimbus", "replace failed disks"),
    ("nimbus", "encrypt stored messages at rest"),
    ("customer", "size the queues for peak load"),
    ("customer", "classify message payloads"),
    ("customer", "rotate client credentials"),
}

ADOC_HEADINGS = """\
= Who does what on Nimbus Ledger
:company: Nimbus

[[provider]]
== {company} responsibilities

{company} is responsible for:

* Operating the ledger clusters
** Upgrading the storage engine
** Replacing failed nodes
* Monitoring replication lag

[NOTE]
====
Maintenance windows are announced a week ahead.
====

== Customer responsibilities

.Your duties
* Managing user accounts
* Backing up exported reports
+
Keep at least one copy off-site.

----
ledger backup --all
----
"""

MD_HEADINGS = """\
# Who does what on Nimbus Ledger

## Nimbus responsibilities

Nimbus is responsible for:

* Operating the ledger clusters
  * Upgrading the storage engine
  * Replacing failed nodes
* Monitoring replication lag

> [!NOTE]
> Maintenance windows are announced a week ahead.

## Customer responsibilities

**Your duties**

* Managing user accounts
* Backing up exported reports

  Keep at least one copy off-site.

```
ledger backup --all
```
"""

RST_HEADINGS = """\
Who does what on Nimbus Ledger
##############################

.. |company| replace:: Nimbus

|company| responsibilities
==========================

|company| is responsible for:

- Operating the ledger clusters

  - Upgrading the storage engine
  - Replacing failed nodes

- Monitoring replication lag

.. note:: Maintenance windows are announced a week ahead.

Customer responsibilities
=========================

.. rubric:: Your duties

#. Managing user accounts
#. Backing up exported reports

   Keep at least one copy off-site.

::

   ledger backup --all
"""

HEADING_FACTS = {
    ("nimbus", "upgrading the storage engine"),
    ("nimbus", "replacing failed nodes"),
    ("nimbus", "monitoring replication lag"),
    ("customer", "managing user accounts"),
    ("customer", "backing up exported reports"),
}


def _facts(tmp_path: Path, text: str, name: str) -> tuple[str, set[tuple[str, str]]]:
    """The format a page was read as and its (party key, lower-cased duty) pairs."""
    document = _read(tmp_path, text, name)
    facts = extract_facts(document)
    pairs = {
        (r.subject.key, facts.entities[r.object].label.lower())
        for r in facts.relations
        if r.predicate in ("responsibleFor", "accountableFor", "consultedOn", "informedOf")
    }
    return document.format, pairs


@pytest.mark.parametrize(
    ("text", "name", "fmt"),
    [
        (ADOC_TABLE, "page.adoc", "asciidoc"),
        (ADOC_TABLE, "page.md", "asciidoc"),
        (RST_LIST_TABLE, "page.rst", "rst"),
        (RST_LIST_TABLE, "page.md", "rst"),
        (RST_GRID_TABLE, "page.rst", "rst"),
    ],
)
def test_a_responsibility_table_gives_the_facts_of_its_markdown_twin(
    tmp_path: Path, text: str, name: str, fmt: str
) -> None:
    """An AsciiDoc ``|===`` table (``a|`` cells of lists), an RST list-table and grid table
    give the facts the same table gives in Markdown."""
    assert _facts(tmp_path, MD_TABLE, "twin.md") == ("markdown", TABLE_FACTS)
    assert _facts(tmp_path, text, name) == (fmt, TABLE_FACTS)


@pytest.mark.parametrize(
    ("text", "name", "fmt"),
    [(ADOC_HEADINGS, "page.asciidoc", "asciidoc"), (RST_HEADINGS, "page.rst", "rst")],
)
def test_party_headings_with_lists_give_the_facts_of_their_markdown_twin(
    tmp_path: Path, text: str, name: str, fmt: str
) -> None:
    md_format, md_facts = _facts(tmp_path, MD_HEADINGS, "twin.md")
    assert md_format == "markdown" and md_facts >= HEADING_FACTS
    assert _facts(tmp_path, text, name) == (fmt, md_facts)


def test_asciidoc_structure_and_lines(tmp_path: Path) -> None:
    doc = _read(tmp_path, ADOC_TABLE, "page.adoc")
    assert doc.title == "Shared responsibility for Nimbus Managed Queues"
    (matrix,) = doc.root.sections[0].sections
    assert (matrix.title, matrix.level, matrix.start) == ("Responsibility matrix", 2, 11)
    intro = doc.root.sections[0].blocks[0]
    assert isinstance(intro, Paragraph)
    assert intro.text == "This page explains who does what when you run Nimbus Managed Queues."
    assert intro.start == 9
    caption, table, note = matrix.blocks
    assert isinstance(caption, Paragraph) and caption.text == "Division of duties"
    assert isinstance(table, Table) and (table.start, table.end) == (15, 31)
    assert table.header == ("Area", "Nimbus", "Customer")
    assert [(r.cells, r.line) for r in table.rows] == [
        (
            (
                "Infrastructure",
                "- Patch the broker hosts\n- Replace failed disks",
                "- Size the queues for peak load",
            ),
            18,
        ),
        (
            (
                "Data",
                "Encrypt stored messages at rest",
                "- Classify message payloads\n- Rotate client credentials",
            ),
            25,
        ),
    ]
    assert isinstance(note, Admonition) and note.kind == "NOTE" and note.start == 33
    assert doc.lines[8] == "This page explains who does what when you run Nimbus Managed Queues."
    assert any("include not read" in w for w in doc.warnings)


def test_asciidoc_tables_spans_implicit_header_and_inline_markup(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "= T\n\n|===\n|Task |Provider |Customer\n\n"
        ".2+|Backups 2+|*shared* duty\n|R |I\n"
        "3*|x\n|===\n\n"
        "See link:https://example.com/terms[the terms] and <<faq,the FAQ>>.\n",
        "page.adoc",
    )
    table, para = doc.root.sections[0].blocks
    assert isinstance(table, Table)
    assert table.header == ("Task", "Provider", "Customer")
    assert [r.cells for r in table.rows] == [
        ("Backups", "**shared** duty", "**shared** duty"),
        ("Backups", "R", "I"),
        ("x", "x", "x"),
    ]
    assert isinstance(para, Paragraph)
    assert para.text == "See [the terms](https://example.com/terms) and the FAQ."


ADOC_VARIANTS = (
    "= T\n\nNimbus{nbsp}Cloud patches the hosts\nifdef::managed[]\nand the brokers\n"
    "endif::managed[]\nevery week.\n\n"
    '[cols="1,2a",options="header"]\n|===\n|Area |Duties\n\n|Queues\n|**Nimbus**\n'
    "ifdef::managed[]\n- Resize the queues\n// ask the team about this row\n"
    "endif::managed[]\n- Rotate the keys\n|===\n"
)


def test_asciidoc_conditionals_comments_and_character_attributes(tmp_path: Path) -> None:
    """``ifdef::`` / ``endif::`` lines and ``//`` comments vanish even inside a paragraph or a
    table cell (every variant's text is kept), and built-in attributes such as ``{nbsp}`` are
    replaced."""
    para, table = _read(tmp_path, ADOC_VARIANTS, "page.adoc").root.sections[0].blocks
    assert isinstance(para, Paragraph)
    text = " ".join(para.text.split())
    assert text == "Nimbus Cloud patches the hosts and the brokers every week."
    assert isinstance(table, Table)
    assert table.rows[0].cells[1] == "**Nimbus**\n- Resize the queues\n- Rotate the keys"


def test_rst_structure_and_lines(tmp_path: Path) -> None:
    doc = _read(tmp_path, RST_HEADINGS, "page.rst")
    top = doc.root.sections[0]
    assert (top.title, top.level) == ("Who does what on Nimbus Ledger", 1)
    assert [(s.title, s.level, s.start) for s in top.sections] == [
        ("Nimbus responsibilities", 2, 6),
        ("Customer responsibilities", 2, 20),
    ]
    lead, items, note = top.sections[0].blocks
    assert isinstance(lead, Paragraph) and lead.text == "Nimbus is responsible for:"
    assert isinstance(items, BulletList) and (items.start, items.end) == (11, 16)
    nested = items.items[0].children[0]
    assert isinstance(nested, BulletList)
    assert [(i.text, i.start) for i in nested.items] == [
        ("Upgrading the storage engine", 13),
        ("Replacing failed nodes", 14),
    ]
    assert isinstance(note, Admonition) and note.kind == "NOTE" and note.start == 18
    rubric, ordered = top.sections[1].blocks  # the literal block after '::' is left out
    assert isinstance(rubric, Paragraph) and rubric.text == "Your duties"
    assert isinstance(ordered, BulletList) and ordered.ordered
    assert ordered.items[1].children[0] == Paragraph("Keep at least one copy off-site.", 28, 28)


def test_rst_simple_and_csv_tables_roles_and_links(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "Title\n=====\n\n"
        "=========  ========\nTask       Owner\n=========  ========\nPatching   Customer\n"
        "           (weekly)\nBackups    Nimbus\n=========  ========\n\n"
        '.. csv-table:: Duties\n   :header: "Task", "Owner"\n\n   "Keys, rotation", Customer\n\n'
        "See :ref:`the terms <terms>`, :doc:`faq` and `the site <https://example.com>`_.\n",
        "page.rst",
    )
    simple, caption, csv_table, para = doc.root.sections[0].blocks
    assert isinstance(simple, Table) and simple.header == ("Task", "Owner")
    assert [(r.cells, r.line) for r in simple.rows] == [
        (("Patching", "Customer\n(weekly)"), 7),
        (("Backups", "Nimbus"), 9),
    ]
    assert isinstance(caption, Paragraph) and caption.text == "Duties"
    assert isinstance(csv_table, Table) and csv_table.header == ("Task", "Owner")
    assert csv_table.rows[0].cells == ("Keys, rotation", "Customer")
    assert isinstance(para, Paragraph)
    assert para.text == "See the terms, faq and [the site](https://example.com)."


MARKDOWN_LOOKALIKES = [
    "Title\n=====\n\nText.\n\nSection\n-------\n\n- a\n",  # setext headings
    "# T\n\n---\n\nText\n----\n\n***\n",  # rules and a setext heading
    "# T\n\n```\n.. note:: in a code fence\n|===\n|a\n|===\n```\n",
    "# T\n\n    .. note:: indented code\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
    "Title\n=====\n\n```rst\n.. note:: x\n```\n",
    "= not a title\n\nText = more.\n\n## Heading\n",
]


@pytest.mark.parametrize("text", MARKDOWN_LOOKALIKES)
def test_markdown_that_looks_like_another_format_stays_markdown(tmp_path: Path, text: str) -> None:
    assert _read(tmp_path, text, "page.md").format == "markdown"


RST_SAVED_AS_MD = {"catalyst-cloud-shared-responsibility-model", "aiven-byoc"}
"""Corpus pages that are reStructuredText saved with a .md extension."""
ADOC_SAVED_AS_MD = {
    "redhat-rosa-disaster-recovery-responsibilities",
    "redhat-rosa-security-compliance-responsibilities",
}
"""Corpus pages that are AsciiDoc modules saved with a .md extension."""


def test_every_markdown_page_in_the_test_data_stays_markdown() -> None:
    """No .md page of the test data (bad inputs included) has the shape of AsciiDoc or
    reStructuredText, but the corpus pages that are reStructuredText or AsciiDoc."""
    found: dict[str, str] = {}
    for path in sorted(DATA.rglob("*.md")):
        text = path.read_bytes().decode("utf-8", errors="replace")
        if looks_like_asciidoc(text) or looks_like_rst(text):
            found[path.stem] = read_document(path).format
    expected = dict.fromkeys(RST_SAVED_AS_MD, "rst") | dict.fromkeys(ADOC_SAVED_AS_MD, "asciidoc")
    assert found == expected


@pytest.mark.parametrize(
    ("text", "name", "line", "message"),
    [
        ("= T\n\nText\n\n|===\n|a |b\n", "page.adoc", 5, "is never closed"),
        ("= T\n\n----\ncode\n", "page.adoc", 3, "is never closed"),
        ("= T\n\n////\ncomment\n", "page.adoc", 3, "never closed"),
        ("T\n=\n\n" + "".join("  " * k + "- item\n\n" for k in range(60)), "page.rst", 84, "nest"),
    ],
)
def test_bad_asciidoc_and_rst_is_one_error_naming_the_line(
    tmp_path: Path, text: str, name: str, line: int, message: str
) -> None:
    with pytest.raises(InputError) as caught:
        _read(tmp_path, text, name)
    assert caught.value.line == line and message in caught.value.message
    assert "\n" not in caught.value.one_line()


def test_export_reads_an_asciidoc_page(tmp_path: Path) -> None:
    source = tmp_path / "queues.adoc"
    source.write_text(ADOC_TABLE, encoding="utf-8")
    assert main(["export", str(source), "-o", str(tmp_path / "out"), "--format", "ttl"]) == 0
    turtle = (tmp_path / "out" / "queues.ttl").read_text(encoding="utf-8")
    assert "Rotate client credentials" in turtle and "text/asciidoc" in turtle


_BLOCK_PIECES = [
    *"ab -*_=#>|`~[]:<+1.\\\t",
    *["\n", "\n\n", "    ", "---", "***", "| a |", "|---|", "<div>", "[x]: /u", "```", "~~~"],
    *["- a", "> b", "# h", "x\n===", "1. c", "---\nt: 1\n---\n"],
]


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(st.sampled_from(_BLOCK_PIECES), max_size=40).map("".join),
    st.sets(st.sampled_from("|`~>*_-]<#:")),
)
def test_block_rules_left_out_where_they_cannot_match_give_the_same_tokens(
    text: str, absent: set[str]
) -> None:
    """A source lacking what a block rule needs (a pipe, a fence, ``]:`` …) is parsed without
    that rule: the tokens are the same as the full parser's."""
    from graph.document.markdown import _parser, _unmatchable

    for mark in absent:
        text = text.replace(mark, "")
    full = [t.as_dict() for t in _parser().parse(text)]
    assert [t.as_dict() for t in _parser(_unmatchable(text)).parse(text)] == full


def test_a_literal_backslash_n_in_a_table_cell_is_a_line_break(tmp_path: Path) -> None:
    """IBM Cloud's Markdown breaks lines in table cells with a literal ``\\n`` ("Provide A.
    \\n Provide B.", "* A \\n * B"): each is a line of its own, a list one item per line; a
    backslash that starts a word ("C:\\new") stays text."""
    path = tmp_path / "cells.md"
    path.write_text(
        "# Scope\n\n| Task | Acme | You |\n|---|---|---|\n"
        "| Updates | Ship fixes.  \\n Write notes. | * Track state. \\n * Test it. |\n"
        "| Paths | Keep C:\\new intact | Keep a\\\\n b |\n",
        encoding="utf-8",
    )
    (table,) = [b for b in read_document(path).root.walk()[-1].blocks if isinstance(b, Table)]
    first, second = table.rows
    assert list(first.cells[1:]) == ["Ship fixes.\nWrite notes.", "- Track state.\n- Test it."]
    assert list(second.cells[1:]) == ["Keep C:\\new intact", "Keep a\\\\n b"]


def test_escaped_emphasis_marks_leave_no_backslashes_in_a_heading(tmp_path: Path) -> None:
    """A wiki export's setext heading ``\\*\\*Depot RACI`` (bold typed as literal stars) is
    titled "Depot RACI": neither the stars nor their backslashes are part of the title."""
    path = tmp_path / "escaped.md"
    path.write_text("# Depots\n\n\\*\\*Depot RACI\n============\n\nText.\n", encoding="utf-8")
    titles = [s.title for s in read_document(path).root.walk()]
    assert "Depot RACI" in titles, titles


def test_asciidoc_superscript_footnote_marks() -> None:
    """A superscript number ("R^1^") is a footnote mark written as "R¹"; a marker opening a
    footnote's line is no word of the note; other carets stay."""
    from graph.document.asciidoc import inline

    assert inline("R^1^") == "R¹"
    assert inline("^12^ Racks are supplied by the yard.") == "Racks are supplied by the yard."
    assert inline("A ^ B") == "A ^ B"


def test_a_page_of_several_second_level_headings_has_no_heading_title(tmp_path: Path) -> None:
    """Several "##" headings and no "#" or front-matter title: none of them is the page's
    title (the first role's heading of a roles page is not), so the title is the file's stem;
    a single "##" heading still is the title."""
    many = tmp_path / "quay-roles.md"
    many.write_text("## Crane Lead\n\nRuns the cranes.\n\n## Scribe\n\nKeeps the log.\n")
    assert read_document(many).title == "quay-roles"
    one = tmp_path / "quay.md"
    one.write_text("## Quay duties\n\nThe crane lead runs the cranes.\n")
    assert read_document(one).title == "Quay duties"


def test_an_html_list_written_beside_its_item_nests_under_it(tmp_path: Path) -> None:
    """ "<li>Users must:</li><ol>…</ol>" inside a list: browsers show the sibling list under
    the item, so it is the item's nested list (its lead-in's items)."""
    page = tmp_path / "terms.html"
    page.write_text(
        "<html><body><h1>Quay terms</h1><ol><li><p>Users must:</p></li>"
        "<ol type='a'><li>lock the gate.</li><li>log each crane move.</li></ol>"
        "<li>Harbour will repair the cranes.</li></ol></body></html>"
    )
    doc = read_document(page)
    lists = [b for s in doc.root.walk() for b in s.blocks if isinstance(b, BulletList)]
    assert len(lists) == 1 and len(lists[0].items) == 2, lists
    first = lists[0].items[0]
    assert first.text == "Users must:"
    nested = [c for c in first.children if isinstance(c, BulletList)]
    assert [i.text for i in nested[0].items] == ["lock the gate.", "log each crane move."]


def _headers(path: Path) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(header, first body row) of every table of a page."""
    doc = read_document(path)
    return [
        (b.header, b.rows[0].cells)
        for s in doc.root.walk()
        for b in s.blocks
        if isinstance(b, Table) and b.rows
    ]


def test_a_header_row_across_the_whole_table_is_its_caption(tmp_path: Path) -> None:
    """A grid table whose first header row is one cell over every column ("Layer") and whose
    second names the columns: the columns keep their own names ("Service", "Physical host",
    "Guest system"), not one column called "Layer Service"."""
    page = tmp_path / "grid.rst"
    page.write_text(
        "=============\nNimbus duties\n=============\n\n"
        "+---------+---------------------+\n"
        "|        Layer                  |\n"
        "+---------+----------+----------+\n"
        "| Service | Physical | Guest    |\n"
        "|         | host     | system   |\n"
        "+=========+==========+==========+\n"
        "| Crane   | Nimbus   | Customer |\n"
        "| checks  |          |          |\n"
        "+---------+----------+----------+\n",
        encoding="utf-8",
    )
    assert _headers(page) == [
        (("Service", "Physical host", "Guest system"), ("Crane checks", "Nimbus", "Customer"))
    ]
    facts = extract_facts(read_document(page))
    duties = {
        (facts.entities[r.subject].label, facts.entities[r.object].label)
        for r in facts.relations
        if r.predicate == "responsibleFor"
    }
    assert duties == {("Nimbus", "Crane checks"), ("Customer", "Crane checks")}, duties


@pytest.mark.parametrize("suffix", [".html", ".md"])
def test_html_header_rows_under_a_group_name_name_the_columns(tmp_path: Path, suffix: str) -> None:
    """A ``<thead>`` of two rows, a group name spanning the party columns above their names:
    the lower row names each column and is no body row; a row of ``<th>`` and ``<td>`` cells
    under the header (a row header) stays in the body."""
    table = (
        "<table><thead>"
        '<tr><th rowspan="2">Task</th><th colspan="2">Who does it</th></tr>'
        "<tr><th>Nimbus</th><th>Customer</th></tr>"
        "</thead><tbody>"
        "<tr><th>Crane checks</th><td>R</td><td>I</td></tr>"
        "<tr><td>Gate patches</td><td>C</td><td>R</td></tr>"
        "</tbody></table>"
    )
    page = tmp_path / f"duties{suffix}"
    if suffix == ".html":
        page.write_text(
            f"<html><body><main><h1>Nimbus duties</h1>{table}</main></body></html>",
            encoding="utf-8",
        )
    else:
        page.write_text(f"# Nimbus duties\n\n{table}\n", encoding="utf-8")
    assert _headers(page) == [(("Task", "Nimbus", "Customer"), ("Crane checks", "R", "I"))]


ADOC_CONTINUED_ITEMS = """\
= Running Harbourline yourself

* Harbourline's part:
+
Harbourline answers questions about the scheduler.

* Your part:
+
You also look after what the list below names:
+
** Disk encryption keys
+
** Backup rotation
+
** Staffing the following teams:
+
*** A storage team to size the volumes
+
*** A network team to open the ports
"""


def test_asciidoc_list_items_joined_by_continuations_stay_one_list(tmp_path: Path) -> None:
    """``+`` between the items of a nested list (a style some docs sites use throughout) joins
    them as one list, nested by marker, as the published page shows them, not one list per
    item."""
    (outer,) = _read(tmp_path, ADOC_CONTINUED_ITEMS, "page.adoc").root.sections[0].blocks
    assert isinstance(outer, BulletList) and len(outer.items) == 2
    para, inner = outer.items[1].children
    assert isinstance(para, Paragraph) and para.text.startswith("You also look after")
    assert isinstance(inner, BulletList)
    assert [i.text for i in inner.items] == [
        "Disk encryption keys",
        "Backup rotation",
        "Staffing the following teams:",
    ]
    (teams,) = inner.items[2].children
    assert isinstance(teams, BulletList) and [i.start for i in teams.items] == [17, 19]
