"""Duty categories (graph/categorize.py): accuracy on the hand-labelled gold set, the evidence
each category carries in the graph, and unclassified duties saying so."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef

from graph import build_graph, extract_facts, read_document, validate_graph
from graph.categorize import MAX_TEXT, UNCLASSIFIED, categorize_graph, load_categories
from graph.namespaces import CATEGORY, DCTERMS, PROV, RDF, RDFS, SRM

DATA = Path(__file__).parent / "data"
GOLD = DATA / "categories-gold.tsv"
MIN_ACCURACY = 0.85


def _gold() -> list[list[str]]:
    rows = [
        line.rstrip("\n").split("\t")
        for line in GOLD.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    return rows


def test_gold_set_is_large_and_uses_the_vocabulary() -> None:
    rows = _gold()
    keys = {c.key for c in load_categories().categories.values()}
    assert len(rows) >= 150
    assert all(len(row) == 5 for row in rows)
    assert {row[0] for row in rows} <= keys
    assert len({row[1] for row in rows}) >= 8  # the four corpus pages and real pages


def test_accuracy_on_the_hand_labelled_gold_set() -> None:
    categories = load_categories()
    rows = _gold()
    misses: Counter[tuple[str, str]] = Counter()
    correct = 0
    for gold, _doc, section, label, sentence in rows:
        result = categories.classify(
            label, description=sentence, sections=section.split(" > ") if section else ()
        )
        got = categories.categories[result.category].key
        if got == gold:
            correct += 1
        else:
            misses[(gold, got)] += 1
    accuracy = correct / len(rows)
    print(f"\nduty categories: {correct}/{len(rows)} correct, accuracy {accuracy:.3f}")
    for (gold, got), count in misses.most_common(8):
        print(f"  {count} x {gold} classified as {got}")
    assert accuracy >= MIN_ACCURACY


@pytest.mark.parametrize(
    ("label", "sections", "sentence", "category", "cue", "where"),
    [
        ("Server-level patching", (), "", "patching", "patch", "label"),
        ("Scanning customized instances", (), "", "vulnerability-management", "scanning", "label"),
        ("Defining CDN WAF rules", (), "", "network-security", "waf", "label"),
        ("Availability of Nginx", (), "", "availability", "availability", "label"),
        ("Hardening the OS", (), "", "configuration", "hardening", "label"),
        ("Rotate and update your API keys", (), "", "identity-access", "api key", "label"),
        # an offering's name is not a cue: "cloud infrastructure" here names the product
        (
            "Managing IAM for Adobe Commerce on cloud infrastructure",
            (),
            "",
            "identity-access",
            "iam",
            "label",
        ),
        # no cue in the label: the innermost heading decides, then the sentence
        ("Option A", ("Guide", "Backups and recovery"), "", "backup-recovery", "backup", "section"),
        (
            "Option B",
            ("Guide",),
            "We encrypt all disks.",
            "encryption-keys",
            "encrypt",
            "description",
        ),
        ("Temporal Platform Hubs", (), "", "infrastructure", "platform", "label"),
        ("Purchase a subscription", ("Use tools",), "", "unclassified", None, None),
    ],
)
def test_classification_and_its_evidence(
    label: str,
    sections: tuple[str, ...],
    sentence: str,
    category: str,
    cue: str | None,
    where: str | None,
) -> None:
    result = load_categories().classify(label, description=sentence, sections=sections)
    assert result.category == str(CATEGORY[category])
    assert result.cue == cue
    assert result.field == where
    if cue is not None:
        assert result.matched is not None and result.matched.casefold().startswith(cue[:4])


def test_every_category_maps_to_nist_and_ccm() -> None:
    categories = load_categories()
    for category in categories.categories.values():
        if category.iri == UNCLASSIFIED:
            continue
        assert category.nist and category.ccm, category.key
        for control in category.nist:
            assert control in categories.nist_titles, control


@pytest.fixture(scope="module")
def azure() -> Graph:
    document = read_document(DATA / "azure-shared-responsibility.md")
    return build_graph(extract_facts(document))


def test_every_duty_has_one_category_with_its_evidence(azure: Graph) -> None:
    duties = set(azure.subjects(RDF.type, SRM.Duty))
    assert duties
    for duty in duties:
        categories = list(azure.objects(duty, SRM.category))
        assert len(categories) == 1, duty
        statements = [
            s
            for s in azure.subjects(RDF.subject, duty)
            if azure.value(s, RDF.predicate) == SRM.category
        ]
        assert len(statements) == 1
        statement = statements[0]
        assert azure.value(statement, RDF.object) == categories[0]
        assert azure.value(statement, PROV.wasDerivedFrom) == azure.value(duty, PROV.wasDerivedFrom)
        cue = azure.value(statement, SRM.matchedCue)
        if categories[0] == URIRef(UNCLASSIFIED):
            assert cue is None and azure.value(statement, SRM.matchedIn) is None
        else:
            where = str(azure.value(statement, SRM.matchedIn))
            text = {
                "label": str(azure.value(duty, RDFS.label)),
                "description": str(azure.value(duty, DCTERMS.description)),
            }.get(where)
            matched = str(azure.value(statement, SRM.matchedText))
            if text is not None:
                assert matched in text
    validate_graph(azure)


def test_who_patches_the_operating_system(azure: Graph) -> None:
    physical = [
        d
        for d in azure.subjects(RDF.type, SRM.Duty)
        if azure.value(d, RDFS.label) == Literal("Physical datacenter")
    ]
    assert physical and azure.value(physical[0], SRM.category) == CATEGORY["physical-security"]


def test_categorizing_twice_changes_nothing(azure: Graph) -> None:
    copy = Graph()
    for triple in azure:
        copy.add(triple)
    categorize_graph(copy)
    assert len(copy) == len(azure)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_the_cue_prefilter_finds_what_the_whole_alternation_finds(data: st.DataObject) -> None:
    """Only cues whose first word an ASCII text holds are tried (a speed-up): every match is
    the one the alternation of all cues finds, on texts made of cue words in any case."""
    categories = load_categories()
    words = sorted({w for cue in categories.cues for w in cue.text.split()})
    pieces = st.sampled_from([*words, "s", "ies", "-", " ", "_", "é", "ſ", "The", "of"])
    text = data.draw(st.lists(pieces, max_size=12).map(" ".join))
    text = data.draw(st.sampled_from([text, text.upper(), text.title()]))

    whole = [
        (m.start(), int(str(m.lastgroup)[1:]), m.group(0))
        for m in categories.pattern.finditer(text)
    ]
    assert list(categories.matches(text)) == whole


def test_cues_tried_where_a_word_starts_find_what_the_alternation_finds() -> None:
    """Each candidate cue is tried only where a word of the text starts with its first word
    (a speed-up over searching the whole text): on the lines of the test pages (every third,
    as written; every tenth, upper-cased: the whole alternation is slow), the matches are the
    alternation's."""
    categories = load_categories()
    lines: list[str] = []
    for page in sorted((Path(__file__).parent / "data").rglob("*.md")):
        lines += page.read_text(encoding="utf-8", errors="replace").splitlines()
    lines = list(dict.fromkeys(line[:MAX_TEXT] for line in lines if line.strip()))
    texts = lines[::3] + [line.upper() for line in lines[::10]]
    found = 0
    for text in texts:
        whole = [
            (m.start(), int(str(m.lastgroup)[1:]), m.group(0))
            for m in categories.pattern.finditer(text)
        ]
        assert list(categories.matches(text)) == whole, text
        found += len(whole)
    assert found > 1000
