"""Docs-site dialects (graph/document/dialects/): the same invented shared-responsibility page
written in Hugo, GitBook, MDX (Docusaurus, Mintlify), MyST and Quarto gives the facts of its
plain Markdown twin, keeps every block's source lines, and no markup becomes a label."""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path

import pytest

from graph import extract_facts, read_document
from graph.document import Admonition, BulletList, Document, Paragraph, Section, Table
from graph.document.dialects import MAX_DEPTH, normalise
from graph.exporter import find_documents

MARKDOWN = """\
# Shared responsibility for Zapline Cache

## Who does what

> [!WARNING]
> Zapline keeps audit logs for 30 days.

### Zapline

@ZAPLINE@

### Customer

@CUSTOMER@

After the tabs, both parties review incidents.
"""

HUGO = """\
# Shared responsibility for Zapline Cache

## Who does what

{{% notice warning %}}
Zapline keeps audit logs for 30 days.
{{% /notice %}}

{{< tabs groupid="party" >}}
{{< tab "Zapline" >}}
@ZAPLINE@
{{< /tab >}}
{{< tab name="Customer" >}}
@CUSTOMER@
{{< /tab >}}
{{< /tabs >}}

{{< include "snippets/support.md" >}}
{{< readfile file="snippets/contact.md" markdown="true" >}}

After the tabs, both parties review incidents.
"""

HUGO_DOCSY = """\
# Shared responsibility for Zapline Cache

## Who does what

{{< alert title="Logs" color="warning" >}}
Zapline keeps audit logs for 30 days.
{{< /alert >}}

{{< tabpane text=true >}}
{{% tab header="Zapline" %}}
@ZAPLINE@
{{% /tab %}}
{{% tab header="Customer" %}}
@CUSTOMER@
{{% /tab %}}
{{< /tabpane >}}

{{< table class="matrix" >}}
{{< /table >}}

After the tabs, both parties review incidents.
"""

GITBOOK = """\
# Shared responsibility for Zapline Cache

## Who does what

{% hint style="warning" %}
Zapline keeps audit logs for 30 days.
{% endhint %}

{% tabs %}
{% tab title="Zapline" %}
@ZAPLINE@
{% endtab %}

{% tab title="Customer" %}
@CUSTOMER@
{% endtab %}
{% endtabs %}

{% content-ref url="security.md" %}
[security.md](security.md)
{% endcontent-ref %}

{% embed url="https://example.com/zapline-tour" %}

After the tabs, both parties review incidents.
"""

DOCUSAURUS = """\
---
title: Shared responsibility
---
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';

export const owners = {
  team: 'docs',
};

# Shared responsibility for Zapline Cache

## Who does what

:::warning[Audit logs]
Zapline keeps audit logs for 30 days.
:::

{/* one tab per party */}

<Tabs groupId="party">
<TabItem value="zapline" label="Zapline" default>

@ZAPLINE@

</TabItem>
<TabItem
  value="customer"
  label="Customer">

@CUSTOMER@

</TabItem>
</Tabs>

{/*
A comment written
over several lines.
*/}

After the tabs, both parties review incidents.
"""

DOCUSAURUS_FENCED = """\
---
title: Shared responsibility
---

# Shared responsibility for Zapline Cache

## Who does what

:::warning[Audit logs]
Zapline keeps audit logs for 30 days.
:::

```mdx-code-block
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';

<Tabs groupId="party">
<TabItem value="zapline" label="Zapline" default>
```

@ZAPLINE@

```mdx-code-block
</TabItem>
<TabItem value="customer" label="Customer">
```

@CUSTOMER@

```mdx-code-block
</TabItem>
</Tabs>
```

After the tabs, both parties review incidents.
"""
"""Docusaurus's ``mdx-code-block`` fences (a page that also reads as plain Markdown): the MDX
inside them is rendered, not shown as code."""

MINTLIFY = """\
# Shared responsibility for Zapline Cache

## Who does what

<Warning>
Zapline keeps audit logs for 30 days.
</Warning>

<Tabs>
  <Tab title="Zapline">
    @ZAPLINE@
  </Tab>
  <Tab title="Customer">
    @CUSTOMER@
  </Tab>
</Tabs>

<CardGroup cols={2}>
  <Card title="Security" icon="shield" href="/security" />
</CardGroup>

After the tabs, both parties review incidents.
"""

DETAILS = """\
# Shared responsibility for Zapline Cache

## Who does what

<Callout type="warning">
Zapline keeps audit logs for 30 days.
</Callout>

<details>
<summary>Zapline</summary>

@ZAPLINE@

</details>

<Accordion title="Customer">
@CUSTOMER@
</Accordion>

After the tabs, both parties review incidents.
"""

MYST = """\
(shared-duties)=
# Shared responsibility for Zapline Cache

% keep in step with the contract

## Who does what

```{warning}
:class: dropdown
Zapline keeps audit logs for 30 days.
```

`````{tab-set}
````{tab-item} Zapline
:sync: vendor

@ZAPLINE@

```bash
zapline patch --all
```
````
````{tab-item} Customer
:sync: customer

@CUSTOMER@
````
`````

```{code-block} yaml
owner: customer
```

After the tabs, both parties review incidents.
"""

MYST_COLONS = """\
# Shared responsibility for Zapline Cache

## Who does what

:::{admonition} Audit logs
:class: warning
Zapline keeps audit logs for 30 days.
:::

::::{tab-set}

:::{tab-item} Zapline
@ZAPLINE@
:::

:::{tab-item} Customer
@CUSTOMER@
:::

::::

After the tabs, both parties review incidents.
"""

QUARTO = """\
# Shared responsibility for Zapline Cache

## Who does what

::: {.callout-warning}
## Audit logs

Zapline keeps audit logs for 30 days.
:::

::: {.panel-tabset}

### Zapline

@ZAPLINE@

### Customer

@CUSTOMER@

:::

After the tabs, both parties review incidents.
"""

ZAPLINE = "Zapline is responsible for:\n\n- Patching the cache nodes\n- Replacing failed disks"
CUSTOMER = "The customer is responsible for:\n\n- Rotating access keys\n- Classifying cached data"


def _page(text: str) -> str:
    """A page with its two tabs' content filled in, at the indentation of the placeholder."""
    for name, content in (("@ZAPLINE@", ZAPLINE), ("@CUSTOMER@", CUSTOMER)):
        text = re.sub(rf"^( *){name}$", partial(_indented, content), text, flags=re.M)
    return text


def _indented(content: str, match: re.Match[str]) -> str:
    """``content`` with every non-empty line at the placeholder's indentation."""
    return "\n".join(match.group(1) + x if x else x for x in content.split("\n"))


MARKDOWN = _page(MARKDOWN)
NEXTRA = """\
import { Callout, Tabs } from 'nextra/components'

# Shared responsibility for Zapline Cache

## Who does what

<Callout type="warning" emoji="!">
Zapline keeps audit logs for 30 days.
</Callout>

<Tabs items={['Zapline', "Customer"]}>
<Tabs.Tab>
@ZAPLINE@
</Tabs.Tab>
<Tabs.Tab>
@CUSTOMER@
</Tabs.Tab>
</Tabs>

After the tabs, both parties review incidents.
"""

MARKDOC = """\
# Shared responsibility for Zapline Cache

## Who does what

{% callout type="warning" title="Audit logs" %}
Zapline keeps audit logs for 30 days.
{% /callout %}

{% tabs %}
{% tab label="Zapline" %}
@ZAPLINE@
{% /tab %}
{% tab label="Customer" %}
@CUSTOMER@
{% /tab %}
{% /tabs %}

{% partial file="support.md" /%}

After the tabs, both parties review incidents.
"""

GITHUB_DOCS = """\
# Shared responsibility for Zapline Cache

## Who does what

{% warning %}

Zapline keeps audit logs for 30 days.

{% endwarning %}

{% ifversion fpt %}

### Zapline

@ZAPLINE@

### Customer

@CUSTOMER@

{% endif %}

{% data reusables.support.footer %}

After the tabs, both parties review incidents.
"""

HASHICORP = """\
# Shared responsibility for Zapline Cache

## Who does what

<Warning>

Zapline keeps audit logs for 30 days.

</Warning>

<Details header="Zapline">

@ZAPLINE@

</Details>

<Tabs>
<Tab heading="Customer" group="customer">

@CUSTOMER@

</Tab>
</Tabs>

After the tabs, both parties review incidents.
"""

DIALECTS = {
    name: _page(text)
    for name, text in {
        "hugo": HUGO,
        "hugo-docsy": HUGO_DOCSY,
        "gitbook": GITBOOK,
        "docusaurus": DOCUSAURUS,
        "docusaurus-code-blocks": DOCUSAURUS_FENCED,
        "mintlify": MINTLIFY,
        "details-accordion": DETAILS,
        "myst": MYST,
        "myst-colons": MYST_COLONS,
        "quarto": QUARTO,
        "nextra": NEXTRA,
        "markdoc": MARKDOC,
        "hashicorp-cloudflare": HASHICORP,
    }.items()
}
FACT_PAGES = {**DIALECTS, "github-docs": _page(GITHUB_DOCS)}
"""Pages whose facts are their twin's (GitHub docs have no tabs: its party headings stay)."""
MARKUP = re.compile(r"\{\{|\{%|%\}|\}\}|:::|<[A-Za-z/]|\{/\*|```|===|!!!|\{[a-z-]+\}`")


def _read(tmp_path: Path, text: str, name: str = "page.md") -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(path)


def _paragraph_texts(tmp_path: Path, text: str) -> list[str]:
    """The texts of the first section's paragraphs."""
    blocks = _read(tmp_path, text).root.sections[0].blocks
    return [p.text for p in blocks if isinstance(p, Paragraph)]


def _facts(document: Document) -> set[tuple[str, str, str]]:
    facts = extract_facts(document)
    return {
        (r.predicate, r.subject.key, facts.entities[r.object].label.lower())
        for r in facts.relations
    }


def _line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.split("\n"), 1) if needle in line)


@pytest.mark.parametrize("dialect", sorted(FACT_PAGES))
def test_a_dialect_page_gives_the_facts_of_its_markdown_twin(tmp_path: Path, dialect: str) -> None:
    twin = _facts(_read(tmp_path, MARKDOWN, "twin.md"))
    assert {("responsibleFor", "customer", "rotating access keys")} <= twin
    assert ("responsibleFor", "zapline", "patching the cache nodes") in twin
    document = _read(tmp_path, FACT_PAGES[dialect])
    assert _facts(document) == twin


@pytest.mark.parametrize("dialect", sorted(FACT_PAGES))
def test_markup_never_becomes_a_label(tmp_path: Path, dialect: str) -> None:
    facts = extract_facts(_read(tmp_path, FACT_PAGES[dialect]))
    labels = [e.label for e in facts.entities.values()]
    assert labels and not [label for label in labels if MARKUP.search(label)]


def _sections(section: Section) -> list[Section]:
    return [section, *(s for child in section.sections for s in _sections(child))]


@pytest.mark.parametrize("dialect", sorted(DIALECTS))
def test_tabs_are_sub_sections_and_blocks_keep_their_source_lines(
    tmp_path: Path, dialect: str
) -> None:
    """Each tab is a sub-section titled by the tab, opening at the tab's line; its lists and
    the callout keep the lines they have in the source; the text after the tab group belongs
    to the section around it; the line count never changes."""
    text = DIALECTS[dialect]
    document = _read(tmp_path, text)
    assert len(document.lines) == len(text.split("\n"))
    (duties,) = [s for s in _sections(document.root) if s.title == "Who does what"]
    assert [s.title for s in duties.sections] == ["Zapline", "Customer"]
    for tab, first in zip(duties.sections, ("Patching the cache", "Rotating access"), strict=True):
        (items,) = [b for b in tab.blocks if isinstance(b, BulletList)]
        assert items.start == _line_of(text, first)
        assert [i.start for i in items.items] == [items.start, items.start + 1]
        assert tab.start <= items.start
    notes = [b for b in duties.blocks if isinstance(b, Admonition)]
    assert [(n.kind, n.blocks[0].start) for n in notes] == [
        ("WARNING", _line_of(text, "Zapline keeps audit logs"))
    ]
    (last,) = [b for b in duties.blocks if isinstance(b, Paragraph)]
    assert last.text == "After the tabs, both parties review incidents."
    assert last.start == _line_of(text, "After the tabs")


def test_admonition_titles_and_kinds(tmp_path: Path) -> None:
    text = (
        "# Page\n\n"  # 1-2
        ":::tip Rotating keys\nRotate them yearly.\n:::\n\n"  # 3-6
        ":::{admonition} Backups\nSnapshots run nightly.\n:::\n\n"  # 7-10
        '{{% notice info "Regions" %}}\nTwo regions.\n{{% /notice %}}\n\n'  # 11-14
        '{% hint style="danger" %}\nNever share keys.\n{% endhint %}\n\n'  # 15-18
        '<Aside type="caution" title="Quotas">\nQuotas apply.\n</Aside>\n\n'  # 19-22
        "<Note>One line.</Note>\n\n"  # 23-24
        '{% include important.html content="Keep keys safe." %}\n\n'  # 25-26
        "{% warning %}\nMind the quota.\n{% endwarning %}\n\n"  # 27-30
        '{% callout type="caution" title="Limits" %}\nTen per hour.\n{% /callout %}\n'  # 31-33
    )
    notes = _read(tmp_path, text).root.sections[0].blocks
    assert [(type(n).__name__, n.start) for n in notes] == [
        ("Admonition", 3),
        ("Admonition", 7),
        ("Admonition", 11),
        ("Admonition", 15),
        ("Admonition", 19),
        ("Admonition", 23),
        ("Admonition", 25),
        ("Admonition", 27),
        ("Admonition", 31),
    ]
    assert [(n.kind, n.title) for n in notes if isinstance(n, Admonition)] == [
        ("TIP", "Rotating keys"),
        ("NOTE", "Backups"),
        ("NOTE", "Regions"),
        ("CAUTION", ""),
        ("CAUTION", "Quotas"),
        ("NOTE", ""),
        ("IMPORTANT", ""),
        ("WARNING", ""),
        ("CAUTION", "Limits"),
    ]
    firsts = [n.blocks[0] for n in notes if isinstance(n, Admonition)]
    texts = [b.text for b in firsts if isinstance(b, Paragraph)]
    assert texts[0] == "Rotate them yearly."
    assert texts[-4:] == ["One line.", "Keep keys safe.", "Mind the quota.", "Ten per hour."]


def test_inline_markup_keeps_its_text(tmp_path: Path) -> None:
    """Hugo ``ref`` / ``relref`` leave their target in the link; other inline shortcodes,
    JSX comments and MyST roles leave their text; ``(label)=`` targets are not text; a one-line
    callout right above another line keeps its text (a quote would swallow that line)."""
    text = (
        "(intro)=\n# Page\n\n"
        'Read [the guide]({{< relref "docs/guide.md" >}}) {{< icon "info" >}}first.\n\n'
        "Keys {/* todo */}expire; see {term}`key rotation` and {ref}`the policy <policy>`.\n\n"
        "Logs are kept <!-- check the figure -->for a year.\n\n"
        "<Info>Quotas apply.</Info>\n<Tip>Ask for more.</Tip>\n\n"
        'The {{< glossary_tooltip text="control plane" term_id="control-plane" >}} and '
        '{{< glossary_tooltip term_id="worker-node" >}} are ours.\n'
    )
    assert _paragraph_texts(tmp_path, text) == [
        "Read [the guide](docs/guide.md) first.",
        "Keys expire; see key rotation and the policy.",
        "Logs are kept for a year.",
        "Quotas apply.",
        "The control plane and worker node are ours.",
    ]
    blocks = _read(tmp_path, text).root.sections[0].blocks
    (tip,) = [b for b in blocks if isinstance(b, Admonition)]
    first = tip.blocks[0]
    assert isinstance(first, Paragraph)
    assert (tip.kind, tip.start, first.text) == ("TIP", 11, "Ask for more.")


@pytest.mark.parametrize(
    "text",
    [
        '```md\n{{< tab "Shown" >}}\nAn example.\n{{< /tab >}}\n```\n',
        "````markdown\n:::{note}\nAn example.\n:::\n````\n",
        '~~~\n{% tabs %}\n{% tab title="Shown" %}\nAn example.\n{% endtab %}\n~~~\n',
        '```\n<TabItem value="a" label="Shown">\nAn example.\n</TabItem>\n```\n',
        "- Step\n\n    ```md\n    {{% notice note %}}\n    Shown.\n    {{% /notice %}}\n    ```\n",
    ],
)
def test_markup_shown_in_a_code_block_stays_code(text: str) -> None:
    assert normalise(text.split("\n")) == text.split("\n")


def test_code_directives_and_shortcodes_stay_code(tmp_path: Path) -> None:
    text = (
        "# Page\n\n"
        "```{code-block} text\nThe customer is responsible for backups.\n```\n\n"
        "{{< highlight text >}}\nThe customer is responsible for keys.\n{{< /highlight >}}\n\n"
        "Zapline is responsible for hosts.\n\n"
        '{{< tab header="CLI" lang="bash" >}}\nThe customer is responsible for bash.\n'
        "{{< /tab >}}\n"
    )
    page = _read(tmp_path, text).root.sections[0]
    assert [(type(b).__name__, b.start) for b in page.blocks] == [("Paragraph", 11)]
    assert not page.sections


@pytest.mark.parametrize(
    "opener",
    ['{{< tab "Lost" >}}', '{% tab title="Lost" %}', ":::note", '<TabItem label="Lost">'],
)
def test_an_unclosed_box_does_not_swallow_the_page(tmp_path: Path, opener: str) -> None:
    text = f"# Page\n\n{opener}\nThe customer is responsible for keys.\n\n## Next\n\nMore.\n"
    document = _read(tmp_path, text)
    (page,) = document.root.sections
    assert [s.title for s in page.sections] == ["Next"]
    assert [(type(b).__name__, b.start) for b in page.blocks] == [("Paragraph", 4)]


def test_unclosed_code_shortcodes_do_not_hide_the_rest(tmp_path: Path) -> None:
    text = '# Page\n\n{{< highlight go >}}\n\n{{< tab "Customer" >}}\nKeys.\n{{< /tab >}}\n'
    (page,) = _read(tmp_path, text).root.sections
    assert [s.title for s in page.sections] == ["Customer"]


def test_ten_thousand_nested_tabs_stay_flat() -> None:
    """Nesting past MAX_DEPTH indents no further; closers without openers, openers without
    closers and interleaved families keep every line (their cost is measured by the hostile
    shapes of tests/bench/bench.py, not timed here)."""
    depth = 10_000
    shapes = [
        ['{{< tab "T" >}}'] * depth + ["text"] + ["{{< /tab >}}"] * depth,
        [":::note"] * depth + ["text"] + [":::"] * depth,
        ['<Tab title="T">'] * depth + ["text"],
        ["{{< /tab >}}", "{% endtab %}", "</TabItem>", ":::"] * depth,
        ['{% tab title="T" %}', "{{< /tab >}}"] * depth,
        ["{{< " * depth + "x"],
        ["{/*"] + ["```{note}"] * depth,
    ]
    for lines in shapes:
        out = normalise(lines)
        assert len(out) == len(lines)
        assert max(len(line) - len(line.lstrip()) for line in out) <= 4 * (MAX_DEPTH + 1)


def test_a_folder_exports_its_mdx_and_quarto_pages(tmp_path: Path) -> None:
    for name in ("a.mdx", "b.qmd", "c.md", "d.txt"):
        (tmp_path / name).write_text(MARKDOWN, encoding="utf-8")
    assert [Path(p).name for p in find_documents([tmp_path])] == ["a.mdx", "b.qmd", "c.md"]


def test_hugo_toml_front_matter_gives_the_title_and_no_text(tmp_path: Path) -> None:
    text = (
        "+++\n"
        "title = 'Who runs Zapline Cache'\n"
        'tags = ["security", "sla"]  # shown on the page\n'
        'summary = """\nThe customer is responsible for nothing.\n"""\n'
        "[params]\nowner = 'docs'\n"
        "+++\n\n"
        "## Customer responsibilities\n\n- Rotating access keys\n"
    )
    document = _read(tmp_path, text)
    assert document.title == "Who runs Zapline Cache"
    assert document.metadata == {"title": "Who runs Zapline Cache", "tags": ["security", "sla"]}
    assert len(document.lines) == len(text.split("\n"))
    (section,) = document.root.sections
    assert [(type(b).__name__, b.start) for b in section.blocks] == [("BulletList", 13)]
    assert _facts(document) == {("responsibleFor", "customer", "rotating access keys")}


def test_a_myst_list_table_is_a_table(tmp_path: Path) -> None:
    """```{list-table}``` rows (``* - a`` / ``  - b``, continuation lines joined) become a table
    whose header is its first row under ``:header-rows: 1``; the lines after it stay lines."""
    page = tmp_path / "grid.md"
    page.write_text(
        "# Grid\n\n```{list-table}\n:header-rows: 1\n:name: grid\n\n* - Fruit\n  - Colour\n"
        "* - Plum\n  - Deep\n    purple\n* - Lime | sour\n  - Green\n```\n\nAfter the grid.\n",
        encoding="utf-8",
    )
    doc = read_document(page)
    tables = [b for b in doc.root.sections[0].blocks if isinstance(b, Table)]
    assert len(tables) == 1, doc.root.sections[0].blocks
    table = tables[0]
    assert table.header == ("Fruit", "Colour")
    assert [r.cells for r in table.rows] == [("Plum", "Deep purple"), ("Lime | sour", "Green")]
    last = doc.root.sections[0].blocks[-1]
    assert isinstance(last, Paragraph) and last.text == "After the grid." and last.start == 16


def test_a_myst_list_table_keeps_empty_cells(tmp_path: Path) -> None:
    """A RACI ``{list-table}`` whose corner cell is empty (``* -``) and whose blank cells are a
    bare ``  -``: the header row keeps its party names and each blank cell stays a cell (the
    header was lost and "C" ran into the next "-"), so the matrix's parties are read."""
    page = tmp_path / "raci.md"
    page.write_text(
        "# Silo duties\n\n```{list-table} RACI for a silo\n:header-rows: 1\n\n"
        "* -\n  - Customer\n  - Yard\n  - Quarrytech\n"
        "* - Grain quality\n  - RA\n  - C\n  -\n"
        "* - Gate badges\n  - CI\n  - RA\n  -\n"
        "* - Silo hardware\n  -\n  - I\n  - RA\n```\n",
        encoding="utf-8",
    )
    doc = read_document(page)
    (table,) = [b for b in doc.root.sections[0].blocks if isinstance(b, Table)]
    assert table.header == ("", "Customer", "Yard", "Quarrytech")
    assert [r.cells for r in table.rows] == [
        ("Grain quality", "RA", "C", ""),
        ("Gate badges", "CI", "RA", ""),
        ("Silo hardware", "", "I", "RA"),
    ]
    assert ("responsibleFor", "quarrytech", "silo hardware") in _facts(doc)
    assert ("consultedOn", "yard", "grain quality") in _facts(doc)


def test_a_hugo_name_shortcode_prints_a_name(tmp_path: Path) -> None:
    """An argument-less Hugo shortcode named for a company or a product inside a sentence
    (``{{< company-qt >}} ("Provider")``) prints that name, read as a template variable (it
    printed nothing, so the agreement's defined provider had no name); others stay silent."""
    page = tmp_path / "sla.md"
    page.write_text(
        '# Silo service\n\nThis agreement is made between {{< company-qt >}} ("Provider") and '
        "the Customer. The Provider hosts the silos.{{< br >}}\n",
        encoding="utf-8",
    )
    doc = read_document(page)
    assert "between Company Qt (" in doc.text, doc.text
    assert "Company Qt" in doc.template_names
    assert "Br" not in doc.text


def test_glossary_term_roles_name_the_page_s_own_terms(tmp_path: Path) -> None:
    """MyST ``{term}`Grant Office``` and reST ``:term:`Label <target>``` mark glossary terms:
    the Document keeps their labels (the role's text stays in the line), and a term made of
    common words ("Grant Office", "Quota Review Board") is a party that acts, however many
    words it has."""
    page = tmp_path / "model.md"
    page.write_text(
        "# Shared model\n\n```{note}\nA note.\n```\n\nSecurity is shared between the "
        "{term}`Depot Operator`, the {term}`Quota Review Board` and the {term}`Grant Office`."
        "\n\n- The {term}`Quota Review Board` operates and controls the quota ledger.\n"
        "- The {term}`Grant Office` retains responsibility for approving each quota.\n"
        "- See also :term:`Depot Keeper <keeper>`.\n",
        encoding="utf-8",
    )
    document = read_document(page)
    assert {"Depot Operator", "Quota Review Board", "Grant Office", "Depot Keeper"} <= set(
        document.term_names
    )
    assert "{term}" not in document.text.split("\n")[8]
    facts = extract_facts(document)
    pairs = {(r.subject.key, facts.entities[r.object].label.lower()) for r in facts.relations}
    assert ("grant-office", "approving each quota") in pairs, pairs
    assert any(p == "quota-review-board" and "quota ledger" in label for p, label in pairs), pairs


def test_attribute_lists_after_links_are_no_text(tmp_path: Path) -> None:
    """MkDocs / Python-Markdown ``attr_list`` after a link or an image
    (``[here](url){target=_blank}``, ``![logo](a.png){ .center width=80 }``) is no text; braces
    elsewhere stay."""
    text = (
        "# Page\n\n"
        "Apply [here](https://x.example/form){target=_blank} and read "
        "[the policy](https://x.example/p(2023).pdf){: .ext }.\n\n"
        "![logo](a.png){ .center width=80 } Keep {curly} words.\n"
    )
    assert _paragraph_texts(tmp_path, text) == [
        "Apply [here](https://x.example/form) and read [the policy](https://x.example/p(2023).pdf).",
        "![logo](a.png) Keep {curly} words.",
    ]


def test_mdx_inside_an_mdx_code_block_fence_is_the_page_s_own(tmp_path: Path) -> None:
    """A Docusaurus ``mdx-code-block`` fence around tabs and the table inside them: the table
    is read (it was code, and the page gave no party); a fence left open stays code."""
    body = (
        '<Tabs>\n<TabItem value="data" label="Data">\n\n'
        "| Control | Zapline | Customer |\n|---|---|---|\n"
        "| Encrypt the cache at rest | ✓ | |\n| Classify cached data | | ✓ |\n\n"
        "</TabItem>\n</Tabs>\n"
    )
    page = "# Zapline Cache security\n\n```mdx-code-block\n" + body + "```\n"
    facts = _facts(_read(tmp_path, page))
    assert ("responsibleFor", "zapline", "encrypt the cache at rest") in facts, facts
    assert ("responsibleFor", "customer", "classify cached data") in facts, facts
    assert not _paragraph_texts(tmp_path, "# T\n\n```mdx-code-block\n" + body)
