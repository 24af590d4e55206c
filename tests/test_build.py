"""Graph building: ontology terms, stable IRIs, provenance on every fact, SHACL validity."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from graph import build_graph, extract_facts, read_document, validate_graph
from graph.build import build_triples
from graph.errors import InputError, ValidationError
from graph.namespaces import DCTERMS, PROV, RDF, RDFS, SERVICE, SRM, STANDARD, XSD
from graph.resources import BUNDLED_DOCUMENT
from graph.triples import Triples

DOC = URIRef("https://w3id.org/srgraph/id/adobe-managed-services")
DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def graph() -> Graph:
    return build_graph(extract_facts(read_document(BUNDLED_DOCUMENT)))


def _iri(path: str) -> URIRef:
    return URIRef(f"{DOC}/{path}")


def test_document_metadata(graph: Graph) -> None:
    assert (DOC, RDF.type, SRM.Document) in graph
    assert graph.value(DOC, DCTERMS.title) == Literal("Managed Services")
    assert graph.value(DOC, DCTERMS.identifier) == Literal("b1442e31-06f4-4aa6-b24a-b6cda630d52f")
    assert str(graph.value(DOC, DCTERMS.description)).startswith("Review the responsibilities")
    assert graph.value(DOC, SRM.sourceFile) == Literal("adobe-managed-services.md")
    assert str(graph.value(DOC, SRM.contentHash)).startswith("sha256:")
    run = _iri("export")
    assert (run, RDF.type, PROV.Activity) in graph
    assert (run, PROV.used, DOC) in graph


def test_readable_stable_iris(graph: Graph) -> None:
    assert (_iri("party/aws"), RDF.type, SRM.Party) in graph
    assert (_iri("duty/server-level-patching"), RDF.type, SRM.Duty) in graph
    assert (_iri("party/aws"), SRM.responsibleFor, _iri("duty/security-of-the-network")) in graph
    assert not any(isinstance(t, type(None)) for t in graph)
    for s, p, o in graph:
        for term in (s, p, o):
            if isinstance(term, URIRef):
                assert " " not in term and ">" not in term and "<" not in term
    assert not [t for triple in graph for t in triple if t.__class__.__name__ == "BNode"]


def test_every_duty_has_one_span_with_lines(graph: Graph) -> None:
    duties = list(graph.subjects(RDF.type, SRM.Duty))
    assert len(duties) >= 20
    for duty in duties:
        spans = list(graph.objects(duty, PROV.wasDerivedFrom))
        assert len(spans) == 1
        span = spans[0]
        assert graph.value(span, SRM.document) == DOC
        start = graph.value(span, SRM.startLine)
        assert isinstance(start, Literal) and start.datatype == XSD.integer
        assert graph.value(span, SRM.quote)
        assert graph.value(duty, DCTERMS.description)


def test_every_relation_is_traceable(graph: Graph) -> None:
    for predicate in (SRM.responsibleFor, SRM.uses, SRM.holds, SRM.buildsOn):
        triples = list(graph.triples((None, predicate, None)))
        assert triples, predicate
        for s, p, o in triples:
            statements = [
                st
                for st in graph.subjects(RDF.subject, s)
                if (st, RDF.predicate, p) in graph and (st, RDF.object, o) in graph
            ]
            assert len(statements) == 1, (s, p, o)
            assert graph.value(statements[0], PROV.wasDerivedFrom) is not None


def test_services_and_certifications_are_vocabulary_nodes(graph: Graph) -> None:
    services = set(graph.objects(None, SRM.uses)) & set(graph.subjects(RDF.type, SRM.CloudService))
    assert SERVICE["aws-ec2"] in services and len(services) == 6
    assert graph.value(SERVICE["aws-cloudtrail"], RDFS.label) == Literal("AWS CloudTrail")
    certs = set(graph.objects(_iri("party/aws"), SRM.holds))
    standards = {graph.value(c, SRM.standard) for c in certs}
    assert standards == {STANDARD["pci-dss"], STANDARD["soc-2"], STANDARD["iso-iec-27001"]}
    chain = set(graph.objects(_iri("compliance/customer-pci-dss"), SRM.buildsOn))
    assert chain == {
        _iri("certification/aws-pci-dss"),
        _iri("certification/adobe-commerce-cloud-pci-dss"),
    }


def test_base_iri_is_configurable_and_checked() -> None:
    facts = extract_facts(read_document(BUNDLED_DOCUMENT))
    graph = build_graph(facts, base="https://example.org/srm/")
    assert (
        URIRef("https://example.org/srm/adobe-managed-services/party/aws"),
        RDF.type,
        SRM.Party,
    ) in graph
    with pytest.raises(InputError, match="base IRI"):
        build_graph(facts, base="not an iri")


def test_bundled_graph_conforms(graph: Graph) -> None:
    assert validate_graph(graph).conforms


def test_broken_graph_names_the_offending_node(graph: Graph) -> None:
    broken = Graph()
    for triple in graph:
        broken.add(triple)
    duty = _iri("duty/server-level-patching")
    broken.remove((duty, PROV.wasDerivedFrom, None))
    with pytest.raises(ValidationError) as info:
        validate_graph(broken)
    assert str(duty) in str(info.value)


@pytest.mark.parametrize("path", sorted(DATA.glob("*.md")), ids=lambda p: p.name)
def test_every_corpus_document_builds_a_valid_graph(path: Path) -> None:
    graph = build_graph(extract_facts(read_document(path)))
    assert validate_graph(graph).conforms


@pytest.mark.parametrize(
    "path", [*sorted(DATA.glob("*.md")), *sorted(DATA.glob("real/*.md"))[:12]], ids=lambda p: p.name
)
def test_built_lines_are_pyoxigraphs_own_n_triples(path: Path) -> None:
    """The builder writes N-Triples lines itself (escaping by pyoxigraph terms): they are
    exactly what pyoxigraph writes for the same triples, sorted and unique, and the document
    IRI and namespaces it records are right."""
    triples = build_triples(extract_facts(read_document(path)))
    again = Triples.from_graph(Graph().parse(data=triples.data, format="nt"))
    assert triples.lines == again.lines == sorted(set(triples.lines))
    assert triples.document == again.document
    assert triples.prefixes() == again.prefixes()  # the namespace shortcut changes nothing


def test_front_matter_list_title_is_one_title(tmp_path: Path) -> None:
    """Found by Hypothesis: ``title: [a, b]`` gave two dcterms:title and broke the shapes."""
    path = tmp_path / "t.md"
    path.write_text(
        "---\ntitle:\n- managing\n- more\ntags: [x, y]\n---\n"
        "# Customer responsibilities\n\n- Patching\n",
        encoding="utf-8",
    )
    graph = build_graph(extract_facts(read_document(path)))
    doc = URIRef("https://w3id.org/srgraph/id/t")
    assert list(graph.objects(doc, DCTERMS.title)) == [Literal("managing; more")]
    assert {str(o) for o in graph.objects(doc, DCTERMS.subject)} == {"tags: x", "tags: y"}
    assert validate_graph(graph).conforms


def test_literal_tokens_are_pyoxigraph_s() -> None:
    """Literals the builder writes without pyoxigraph (plain ASCII) are the tokens pyoxigraph
    writes; every character that needs escaping still goes through it."""
    import pyoxigraph as ox

    from graph.build import _english, _integer, _string

    texts = [chr(c) for c in range(0x180)] + ["\ufffe", "\uffff", "\u2028", "a\u00a0b", ""]
    texts += ['Say "hi"', "a\\b", "tab\there", "line\nbreak", "caf\u00e9", "plain words, 42%"]
    for text in texts:
        assert _string(text) == str(ox.Literal(text)), repr(text)
        assert _english(text) == str(ox.Literal(text, language="en")), repr(text)
    xsd_integer = ox.NamedNode(str(XSD.integer))
    for number in (0, 7, 12345, -3):
        assert _integer(number) == str(ox.Literal(str(number), datatype=xsd_integer))


def test_minted_iri_tokens_are_pyoxigraph_s() -> None:
    """IRIs minted under the document IRI are written without a pyoxigraph term: for every
    kind of segment (reserved, non-ASCII, dot segments, empty) under bases ending in '/' or
    '#', the token is the one pyoxigraph writes."""
    import pyoxigraph as ox

    from graph.build import _Builder
    from graph.categorize import load_categories
    from graph.facts import Facts
    from graph.vocabulary import load_vocabularies

    parts = [chr(c) for c in range(0x20, 0x250)] + ["", ".", "..", "a b/c?d#e", "Ä-ß ✓", "%41"]
    for base in ("https://example.org/srm/", "https://example.org/srm#", "urn:x:srm/"):
        facts = Facts(path="p.md", stem="Some page", title="t", metadata={}, content_hash="h")
        builder = _Builder(facts, base, load_vocabularies(), load_categories())
        for part in parts:
            iri = builder.local("duty", part)
            assert builder.iri(iri) == str(ox.NamedNode(iri)), (base, part)
