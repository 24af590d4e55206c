"""The data files in ontology/: the OWL ontology, the SHACL shapes, the SKOS vocabularies and the
JSON-LD context.

Checks that every file parses (rdflib and Oxigraph), that every srm: term used is declared and
documented, that the shapes are well-formed SHACL and accept a small graph written after
docs/model.md while rejecting broken variants, that the vocabularies are well-formed, unambiguous
SKOS, and that the JSON-LD context agrees with graph/namespaces.py.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

import pyoxigraph
import pytest
from pyshacl import validate
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SH, SKOS

from graph.namespaces import (
    CATEGORY,
    CCM,
    CODE,
    CUE,
    DUTY_VERB,
    NIST,
    OFFERING,
    ORGV,
    PREFIXES,
    ROLE,
    SERVICE,
    SERVICE_MODEL,
    SRM,
    STANDARD,
    VOCAB,
)

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_DIR = ROOT / "ontology"
SRM_TTL = ONTOLOGY_DIR / "srm.ttl"
SHAPES_TTL = ONTOLOGY_DIR / "shapes.ttl"
CONTEXT = ONTOLOGY_DIR / "context.jsonld"
VOCAB_DIR = ONTOLOGY_DIR / "vocabularies"
ONTOLOGY_IRI = URIRef("https://w3id.org/srgraph/ontology")
SCHEMA = Namespace("https://schema.org/")
ODRL = Namespace("http://www.w3.org/ns/odrl/2/")
XSD_INTEGER = URIRef("http://www.w3.org/2001/XMLSchema#integer")
XSD_BOOLEAN = URIRef("http://www.w3.org/2001/XMLSchema#boolean")

TTL_FILES = sorted(ONTOLOGY_DIR.rglob("*.ttl"))

# file name -> (namespace, class every concept also has, minimum number of concepts)
VOCABULARIES: dict[str, tuple[Namespace, URIRef | None, int]] = {
    "cloud-services.ttl": (SERVICE, SRM.CloudService, 95),
    "certifications.ttl": (STANDARD, SRM.ComplianceStandard, 27),
    "organizations.ttl": (ORGV, ORG.Organization, 17),
    "party-roles.ttl": (ROLE, SRM.PartyRole, 7),
    "offerings.ttl": (OFFERING, SRM.Offering, 5),
    "service-models.ttl": (SERVICE_MODEL, SRM.ServiceModel, 4),
    "responsibility-codes.ttl": (CODE, None, 9),
    "duty-verbs.ttl": (DUTY_VERB, None, 150),
    "cue-words.ttl": (CUE, None, 2),
    "duty-categories.ttl": (CATEGORY, SRM.DutyCategory, 17),
    "nist-800-53.ttl": (NIST, None, 70),
    "ccm.ttl": (CCM, None, 17),
}
LABEL_PROPS = (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)
KEY_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

# The fixed local names other modules rely on.
CLASSES = [
    "Party", "Duty", "CloudService", "Certification", "ComplianceStandard", "Offering",
    "Document", "SourceSpan", "Compliance", "SharedConcern", "PartyRole", "ServiceModel",
    "DutyCategory",
]  # fmt: skip
OBJECT_PROPERTIES = [
    "involvedIn", "responsibleFor", "accountableFor", "consultedOn", "informedOf", "uses",
    "holds", "maintains", "buildsOn", "standard", "coveredBy", "concern", "role",
    "organization", "mentions", "document", "defaultRole", "offeredBy", "provider",
    "serviceModel", "category",
]  # fmt: skip
DATATYPE_PROPERTIES = [
    "startLine", "endLine", "sectionPath", "quote", "sourceFile", "contentHash", "shared",
    "matchedCue", "matchedText", "matchedIn", "cellRange",
]  # fmt: skip
ANNOTATION_PROPERTIES = ["bandOrder", "cue", "genericCue", "impliesParty"]


# ----------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------


def _parse(path: Path) -> Graph:
    graph = Graph()
    graph.parse(path, format="turtle")
    return graph


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return _parse(SRM_TTL)


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return _parse(SHAPES_TTL)


@pytest.fixture(scope="module")
def vocab_graphs() -> dict[str, Graph]:
    return {name: _parse(VOCAB_DIR / name) for name in VOCABULARIES}


def _iris(graph: Graph) -> Iterator[URIRef]:
    for triple in graph:
        for node in triple:
            if isinstance(node, URIRef):
                yield node
            elif isinstance(node, Literal) and node.datatype is not None:
                yield node.datatype


def _concepts(graph: Graph, namespace: Namespace) -> list[URIRef]:
    found = {s for s in graph.subjects(RDF.type, SKOS.Concept) if isinstance(s, URIRef)}
    found |= {s for s in graph.subjects(SKOS.inScheme, None) if isinstance(s, URIRef)}
    found |= {
        s
        for s in graph.subjects(SKOS.prefLabel, None)
        if isinstance(s, URIRef) and str(s).startswith(str(namespace))
    }
    return sorted(found)


def _labels(graph: Graph, concept: URIRef) -> list[Literal]:
    return [o for p in LABEL_PROPS for o in graph.objects(concept, p) if isinstance(o, Literal)]


def _scheme(namespace: Namespace) -> URIRef:
    return URIRef(str(namespace).rstrip("/"))


# ----------------------------------------------------------------------------------------------
# every file parses
# ----------------------------------------------------------------------------------------------


def test_expected_files_exist() -> None:
    names = {p.relative_to(ONTOLOGY_DIR).as_posix() for p in TTL_FILES}
    assert {"srm.ttl", "shapes.ttl"} <= names
    assert {f"vocabularies/{name}" for name in VOCABULARIES} <= names
    assert CONTEXT.is_file()


@pytest.mark.parametrize("path", TTL_FILES, ids=lambda p: p.name)
def test_turtle_parses_with_rdflib(path: Path) -> None:
    assert len(_parse(path)) > 0


@pytest.mark.parametrize("path", TTL_FILES, ids=lambda p: p.name)
def test_turtle_parses_with_oxigraph(path: Path) -> None:
    quads = list(pyoxigraph.parse(path=path, format=pyoxigraph.RdfFormat.TURTLE))
    assert len(quads) == len(_parse(path))


@pytest.mark.parametrize("path", TTL_FILES, ids=lambda p: p.name)
def test_turtle_has_header_comment_and_licence(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("#"), "each file starts with a header comment"
    assert "licence" in text.lower()


# ----------------------------------------------------------------------------------------------
# the ontology
# ----------------------------------------------------------------------------------------------


def test_ontology_header(ontology: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal("0.1.0")
    assert ontology.value(ONTOLOGY_IRI, OWL.versionIRI) == URIRef(f"{ONTOLOGY_IRI}/0.1.0")
    for prop in (DCTERMS.title, DCTERMS.description, DCTERMS.license, DCTERMS.creator):
        assert ontology.value(ONTOLOGY_IRI, prop) is not None, prop


@pytest.mark.parametrize(
    ("names", "kind"),
    [
        (CLASSES, OWL.Class),
        (OBJECT_PROPERTIES, OWL.ObjectProperty),
        (DATATYPE_PROPERTIES, OWL.DatatypeProperty),
        (ANNOTATION_PROPERTIES, OWL.AnnotationProperty),
    ],
)
def test_fixed_local_names_exist(ontology: Graph, names: list[str], kind: URIRef) -> None:
    missing = [name for name in names if (SRM[name], RDF.type, kind) not in ontology]
    assert not missing, f"not declared as {kind}: {missing}"


def test_every_declared_term_is_documented(ontology: Graph) -> None:
    terms = {s for s in ontology.subjects() if isinstance(s, URIRef) and s.startswith(str(SRM))}
    assert len(terms) >= len(CLASSES) + len(OBJECT_PROPERTIES) + len(DATATYPE_PROPERTIES)
    for term in sorted(terms):
        assert ontology.value(term, RDFS.label) is not None, f"{term} has no rdfs:label"
        assert ontology.value(term, RDFS.comment) is not None, f"{term} has no rdfs:comment"
        assert ontology.value(term, RDFS.isDefinedBy) == ONTOLOGY_IRI, term


def test_every_srm_term_used_anywhere_is_declared(ontology: Graph) -> None:
    declared = {
        s
        for s in ontology.subjects(RDFS.label, None)
        if isinstance(s, URIRef)
        and ontology.value(s, RDFS.comment) is not None
        and ontology.value(s, RDF.type) is not None
    }
    used: dict[URIRef, set[str]] = defaultdict(set)
    for path in TTL_FILES:
        for iri in _iris(_parse(path)):
            if iri.startswith(str(SRM)):
                used[iri].add(path.name)
    context = json.loads(CONTEXT.read_text(encoding="utf-8"))["@context"]
    for value in context.values():
        term = value.get("@id") if isinstance(value, dict) else value
        if isinstance(term, str) and term.startswith("srm:"):
            used[SRM[term[4:]]].add(CONTEXT.name)
    undeclared = {str(t): sorted(files) for t, files in used.items() if t not in declared}
    assert not undeclared, f"srm: terms used but not declared in srm.ttl: {undeclared}"


def test_raci_properties_share_a_super_property(ontology: Graph) -> None:
    for name in ("responsibleFor", "accountableFor", "consultedOn", "informedOf"):
        assert (SRM[name], RDFS.subPropertyOf, SRM.involvedIn) in ontology
        assert (SRM[name], RDFS.domain, SRM.Party) in ontology
        assert (SRM[name], RDFS.range, SRM.Duty) in ontology


@pytest.mark.parametrize(
    ("subject", "predicate", "obj"),
    [
        (SRM.Party, RDFS.subClassOf, ODRL.Party),
        (SRM.Party, RDFS.subClassOf, PROV.Agent),
        (SRM.Duty, RDFS.subClassOf, ODRL.Duty),
        (SRM.Duty, RDFS.subClassOf, PROV.Entity),
        (SRM.CloudService, RDFS.subClassOf, SCHEMA.Service),
        (SRM.Certification, RDFS.subClassOf, SCHEMA.Certification),
        (SRM.ComplianceStandard, RDFS.subClassOf, SKOS.Concept),
        (SRM.ComplianceStandard, RDFS.subClassOf, DCTERMS.Standard),
        (SRM.Offering, RDFS.subClassOf, SCHEMA.Product),
        (SRM.Document, RDFS.subClassOf, SCHEMA.CreativeWork),
        (SRM.SourceSpan, RDFS.subClassOf, PROV.Entity),
        (SRM.mentions, RDFS.subPropertyOf, DCTERMS.references),
        (SRM.quote, RDFS.subPropertyOf, PROV.value),
        (SRM.buildsOn, RDF.type, OWL.TransitiveProperty),
        (SRM.startLine, RDFS.range, XSD_INTEGER),
        (SRM.endLine, RDFS.range, XSD_INTEGER),
        (SRM.shared, RDFS.range, XSD_BOOLEAN),
    ],
)
def test_alignment_axioms(ontology: Graph, subject: URIRef, predicate: URIRef, obj: URIRef) -> None:
    assert (subject, predicate, obj) in ontology


def test_no_wrong_alignment_axioms(ontology: Graph) -> None:
    # odrl:assignee points from the rule to the party: the RACI properties are not it.
    for prop in OBJECT_PROPERTIES:
        assert (SRM[prop], RDFS.subPropertyOf, ODRL.assignee) not in ontology
        assert (SRM[prop], OWL.equivalentProperty, ODRL.assignee) not in ontology
    assert (SRM.organization, RDFS.subPropertyOf, ORG.memberOf) not in ontology


# ----------------------------------------------------------------------------------------------
# the shapes: well-formed SHACL
# ----------------------------------------------------------------------------------------------


def _shacl_shacl() -> Graph:
    import pyshacl

    path = Path(pyshacl.__file__).parent / "assets" / "shacl-shacl.ttl"
    return _parse(path)


def test_shapes_are_well_formed_shacl(shapes: Graph) -> None:
    conforms, _, text = validate(shapes, shacl_graph=_shacl_shacl(), inference="none")
    assert conforms, text


def test_shapes_pass_meta_shacl(shapes: Graph) -> None:
    conforms, _, text = validate(Graph(), shacl_graph=shapes, meta_shacl=True, inference="none")
    assert conforms, text


def test_every_shape_is_explained(shapes: Graph) -> None:
    for shape in set(shapes.subjects(RDF.type, SH.NodeShape)) | set(
        shapes.subjects(RDF.type, SH.PropertyShape)
    ):
        assert (shape, SH.message, None) in shapes or (shape, RDFS.comment, None) in shapes, shape
    for prop_shape in shapes.objects(None, SH.property):
        assert (prop_shape, SH.message, None) in shapes, prop_shape


def test_every_written_class_has_a_shape(shapes: Graph) -> None:
    targets = set(shapes.objects(None, SH.targetClass))
    for name in CLASSES:
        if name in ("ServiceModel", "DutyCategory"):  # never typed in an export (docs/model.md)
            continue
        assert SRM[name] in targets, name
    assert RDF.Statement in targets


def test_shapes_do_not_rely_on_inference(shapes: Graph) -> None:
    assert not list(shapes.subjects(SH.targetNode, None))
    for node in shapes.subjects(SH.rule, None):  # SHACL-AF rules would infer
        pytest.fail(f"shape {node} uses sh:rule")


# ----------------------------------------------------------------------------------------------
# the shapes against data written after docs/model.md
# ----------------------------------------------------------------------------------------------

D = URIRef("https://w3id.org/srgraph/id/example")
DOC = Namespace(f"{D}/")
SPAN1 = DOC["span/L3-L3-0a1b2c3d"]
SPAN2 = DOC["span/L5-L6-1a2b3c4d"]
PROVIDER = DOC["party/cloud-co"]
CUSTOMER = DOC["party/merchant"]
DUTY = DOC["duty/server-patching"]
DUTY2 = DOC["duty/penetration-testing"]
CERT = DOC["certification/cloud-co-pci-dss"]
COMPLIANCE = DOC["compliance/merchant-pci-dss"]
CONCERN = DOC["concern/patching"]
STATEMENT = DOC["statement/0123456789ab"]
OFFER = OFFERING["adobe-commerce-cloud"]
TOOL = URIRef("https://w3id.org/srgraph/tool/srgraph-0.1.0")


def model_graph() -> Graph:
    """A small export, written by hand after docs/model.md."""
    g = Graph()
    g.add((D, RDF.type, SRM.Document))
    g.add((D, DCTERMS.title, Literal("Example shared responsibility")))
    g.add((D, DCTERMS.format, Literal("text/markdown")))
    g.add((D, SRM.sourceFile, Literal("example.md")))
    g.add((D, SRM.contentHash, Literal("sha256:" + "ab" * 32)))
    run = DOC["export"]
    g.add((run, RDF.type, PROV.Activity))
    g.add((run, PROV.used, D))
    g.add((run, PROV.wasAssociatedWith, TOOL))
    g.add((TOOL, RDF.type, PROV.SoftwareAgent))
    g.add((TOOL, RDFS.label, Literal("srgraph 0.1.0")))
    g.add((TOOL, SCHEMA.softwareVersion, Literal("0.1.0")))
    for span, start, end, quote in (
        (SPAN1, 3, 3, "Cloud Co is responsible for server patching."),
        (SPAN2, 5, 6, "The merchant's PCI compliance builds on Cloud Co's PCI DSS certification."),
    ):
        g.add((span, RDF.type, SRM.SourceSpan))
        g.add((span, SRM.document, D))
        g.add((span, SRM.sectionPath, Literal("Example > Cloud Co")))
        g.add((span, SRM.startLine, Literal(start)))
        g.add((span, SRM.endLine, Literal(end)))
        g.add((span, SRM.quote, Literal(quote)))
    for key, label in (("cloud-provider", "Cloud provider"), ("customer", "Customer")):
        g.add((ROLE[key], RDF.type, SRM.PartyRole))
        g.add((ROLE[key], RDF.type, SKOS.Concept))
        g.add((ROLE[key], SKOS.prefLabel, Literal(label, lang="en")))
    g.add((ORGV.aws, RDF.type, ORG.Organization))
    g.add((ORGV.aws, SKOS.prefLabel, Literal("Amazon Web Services", lang="en")))
    for party, label, role in (
        (PROVIDER, "Cloud Co", ROLE["cloud-provider"]),
        (CUSTOMER, "Merchant", ROLE.customer),
    ):
        g.add((party, RDF.type, SRM.Party))
        g.add((party, RDFS.label, Literal(label)))
        g.add((party, SRM.role, role))
        g.add((party, PROV.wasDerivedFrom, SPAN1))
    g.add((PROVIDER, SRM.organization, ORGV.aws))
    g.add((CUSTOMER, SKOS.altLabel, Literal("Customer")))
    for duty, label in ((DUTY, "Server patching"), (DUTY2, "Penetration testing")):
        g.add((duty, RDF.type, SRM.Duty))
        g.add((duty, RDFS.label, Literal(label)))
        g.add((duty, DCTERMS.description, Literal(f"{label} of the platform")))
        g.add((duty, PROV.wasDerivedFrom, SPAN1))
        g.add((duty, SRM.concern, CONCERN))
    g.add((DUTY, SRM.coveredBy, CERT))
    g.add((DUTY, SRM.mentions, SERVICE["aws-ec2"]))
    g.add((DUTY2, SRM.mentions, STANDARD["pci-dss"]))
    g.add((CONCERN, RDF.type, SRM.SharedConcern))
    g.add((CONCERN, RDFS.label, Literal("Patching")))
    g.add((CONCERN, PROV.wasDerivedFrom, SPAN1))
    g.add((SERVICE["aws-ec2"], RDF.type, SRM.CloudService))
    g.add((SERVICE["aws-ec2"], RDFS.label, Literal("Amazon Elastic Compute Cloud", lang="en")))
    g.add((SERVICE["aws-ec2"], SKOS.notation, Literal("EC2")))
    g.add((STANDARD["pci-dss"], RDF.type, SRM.ComplianceStandard))
    g.add((STANDARD["pci-dss"], RDFS.label, Literal("PCI DSS")))
    g.add((OFFER, RDF.type, SRM.Offering))
    g.add((OFFER, RDFS.label, Literal("Adobe Commerce on cloud infrastructure")))
    g.add((OFFER, PROV.wasDerivedFrom, SPAN2))
    g.add((CERT, RDF.type, SRM.Certification))
    g.add((CERT, RDFS.label, Literal("Cloud Co PCI DSS certification")))
    g.add((CERT, SRM.standard, STANDARD["pci-dss"]))
    g.add((CERT, PROV.wasDerivedFrom, SPAN2))
    g.add((COMPLIANCE, RDF.type, SRM.Compliance))
    g.add((COMPLIANCE, RDFS.label, Literal("Merchant PCI DSS compliance")))
    g.add((COMPLIANCE, SRM.standard, STANDARD["pci-dss"]))
    g.add((COMPLIANCE, SRM.buildsOn, CERT))
    g.add((COMPLIANCE, PROV.wasDerivedFrom, SPAN2))
    g.add((PROVIDER, SRM.holds, CERT))
    g.add((CUSTOMER, SRM.maintains, COMPLIANCE))
    g.add((OFFER, SRM.uses, SERVICE["aws-ec2"]))
    g.add((CUSTOMER, SRM.uses, PROVIDER))
    g.add((PROVIDER, SRM.responsibleFor, DUTY))
    g.add((CUSTOMER, SRM.informedOf, DUTY))
    g.add((CUSTOMER, SRM.responsibleFor, DUTY2))
    g.add((PROVIDER, SRM.consultedOn, DUTY2))
    g.add((CUSTOMER, SRM.accountableFor, DUTY2))
    g.add((STATEMENT, RDF.type, RDF.Statement))
    g.add((STATEMENT, RDF.subject, PROVIDER))
    g.add((STATEMENT, RDF.predicate, SRM.responsibleFor))
    g.add((STATEMENT, RDF.object, DUTY))
    g.add((STATEMENT, PROV.wasDerivedFrom, SPAN1))
    g.add((STATEMENT, SRM.shared, Literal(True)))
    g.add((STATEMENT, SRM.serviceModel, SERVICE_MODEL.paas))
    return g


def _validate(graph: Graph, shapes: Graph) -> tuple[bool, Graph, str]:
    conforms, report, text = validate(graph, shacl_graph=shapes, inference="none")
    return bool(conforms), report, str(text)


def _focus_nodes(report: Graph) -> set[URIRef]:
    return {n for n in report.objects(None, SH.focusNode) if isinstance(n, URIRef)}


def test_model_graph_conforms(shapes: Graph) -> None:
    conforms, _, text = _validate(model_graph(), shapes)
    assert conforms, text


def _drop(*triples: tuple[URIRef | None, URIRef | None, object]) -> Callable[[Graph], None]:
    def mutate(g: Graph) -> None:
        for triple in triples:
            g.remove(triple)  # type: ignore[arg-type]

    return mutate


def _set(s: URIRef, p: URIRef, o: object) -> Callable[[Graph], None]:
    def mutate(g: Graph) -> None:
        g.set((s, p, o))  # type: ignore[arg-type]

    return mutate


def _add(*triples: tuple[URIRef, URIRef, object]) -> Callable[[Graph], None]:
    def mutate(g: Graph) -> None:
        for triple in triples:
            g.add(triple)  # type: ignore[arg-type]

    return mutate


BROKEN: dict[str, tuple[Callable[[Graph], None], URIRef]] = {
    "duty without span": (_drop((DUTY, PROV.wasDerivedFrom, None)), DUTY),
    "duty derived from a non-span": (_set(DUTY, PROV.wasDerivedFrom, D), DUTY),
    "duty with two descriptions": (_add((DUTY, DCTERMS.description, Literal("again"))), DUTY),
    "duty without label": (_drop((DUTY, RDFS.label, None)), DUTY),
    "span with startLine > endLine": (_set(SPAN2, SRM.startLine, Literal(9)), SPAN2),
    "span starting at line 0": (_set(SPAN1, SRM.startLine, Literal(0)), SPAN1),
    "span with a string line": (_set(SPAN1, SRM.endLine, Literal("3")), SPAN1),
    "span without document": (_drop((SPAN1, SRM.document, None)), SPAN1),
    "span without quote": (_drop((SPAN1, SRM.quote, None)), SPAN1),
    "span with two section paths": (_add((SPAN1, SRM.sectionPath, Literal("X"))), SPAN1),
    "responsibleFor from a non-Party": (
        _add((DUTY2, SRM.responsibleFor, DUTY)),
        DUTY2,
    ),
    "informedOf to a non-Duty": (_add((CUSTOMER, SRM.informedOf, CERT)), CERT),
    "party without role": (_drop((CUSTOMER, SRM.role, None)), CUSTOMER),
    "party with an untyped role": (_set(CUSTOMER, SRM.role, ROLE["nobody"]), CUSTOMER),
    "party without span": (_drop((PROVIDER, PROV.wasDerivedFrom, None)), PROVIDER),
    "party with an empty label": (_set(PROVIDER, RDFS.label, Literal("")), PROVIDER),
    "party with a non-literal label": (_set(PROVIDER, RDFS.label, ORGV.aws), PROVIDER),
    "certification without standard": (_drop((CERT, SRM.standard, None)), CERT),
    "compliance building on nothing": (_drop((COMPLIANCE, SRM.buildsOn, None)), COMPLIANCE),
    "holds a non-certification": (_add((PROVIDER, SRM.holds, COMPLIANCE)), COMPLIANCE),
    "covered by a non-certification": (_add((DUTY2, SRM.coveredBy, COMPLIANCE)), COMPLIANCE),
    "statement without subject": (_drop((STATEMENT, RDF.subject, None)), STATEMENT),
    "statement without span": (_drop((STATEMENT, PROV.wasDerivedFrom, None)), STATEMENT),
    "document with a bad hash": (_set(D, SRM.contentHash, Literal("sha256:ABC")), D),
    "document without source file": (_drop((D, SRM.sourceFile, None)), D),
    "document with two titles": (_add((D, DCTERMS.title, Literal("Other"))), D),
    "mentions a party": (_add((DUTY, SRM.mentions, CUSTOMER)), CUSTOMER),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_graph_fails_naming_the_focus_node(shapes: Graph, case: str) -> None:
    mutate, focus = BROKEN[case]
    graph = model_graph()
    mutate(graph)
    conforms, report, text = _validate(graph, shapes)
    assert not conforms, f"{case}: expected a violation"
    assert focus in _focus_nodes(report), f"{case}: no result on {focus}\n{text}"


# ----------------------------------------------------------------------------------------------
# the vocabularies
# ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(VOCABULARIES))
def test_vocabulary_scheme(vocab_graphs: dict[str, Graph], name: str) -> None:
    graph = vocab_graphs[name]
    namespace = VOCABULARIES[name][0]
    scheme = _scheme(namespace)
    assert str(namespace).startswith(str(VOCAB))
    assert (scheme, RDF.type, SKOS.ConceptScheme) in graph
    assert graph.value(scheme, DCTERMS.title) is not None
    assert graph.value(scheme, DCTERMS.license) is not None
    schemes = set(graph.subjects(RDF.type, SKOS.ConceptScheme))
    assert schemes == {scheme}


@pytest.mark.parametrize("name", sorted(VOCABULARIES))
def test_every_top_concept_of_a_scheme_is_declared(
    vocab_graphs: dict[str, Graph], name: str
) -> None:
    """A scheme's skos:hasTopConcept names only concepts the file declares (a renamed concept
    left behind in the list would point at nothing)."""
    graph = vocab_graphs[name]
    scheme = _scheme(VOCABULARIES[name][0])
    tops = set(graph.objects(scheme, SKOS.hasTopConcept))
    missing = sorted(str(t) for t in tops if (t, RDF.type, SKOS.Concept) not in graph)
    assert not missing, missing


@pytest.mark.parametrize("name", sorted(VOCABULARIES))
def test_vocabulary_concepts(vocab_graphs: dict[str, Graph], name: str) -> None:
    graph = vocab_graphs[name]
    namespace, cls, minimum = VOCABULARIES[name]
    scheme = _scheme(namespace)
    concepts = _concepts(graph, namespace)
    assert len(concepts) >= minimum, f"{name}: only {len(concepts)} concepts"
    for concept in concepts:
        assert str(concept).startswith(str(namespace)), concept
        assert KEY_RE.match(concept[len(namespace) :]), f"bad key: {concept}"
        assert (concept, RDF.type, SKOS.Concept) in graph, concept
        if cls is not None:
            assert (concept, RDF.type, cls) in graph, f"{concept} is not a {cls}"
        assert list(graph.objects(concept, SKOS.inScheme)) == [scheme], concept
        prefs = list(graph.objects(concept, SKOS.prefLabel))
        assert len(prefs) == 1, f"{concept}: {len(prefs)} prefLabels"
        for label in _labels(graph, concept):
            assert label.language == "en", f"{concept}: label {label!r} is not @en"
            assert label.strip() == str(label) and label, f"{concept}: label {label!r}"
        # SKOS S13: pref, alt and hidden labels are pairwise disjoint.
        pref, alt, hidden = (set(graph.objects(concept, p)) for p in LABEL_PROPS)
        assert not (pref & alt or pref & hidden or alt & hidden), concept
        notations = list(graph.objects(concept, SKOS.notation))
        assert len(notations) <= 1, concept


@pytest.mark.parametrize("name", sorted(VOCABULARIES))
def test_vocabulary_labels_are_unambiguous(vocab_graphs: dict[str, Graph], name: str) -> None:
    graph = vocab_graphs[name]
    owners: dict[str, set[URIRef]] = defaultdict(set)
    for concept in _concepts(graph, VOCABULARIES[name][0]):
        for label in _labels(graph, concept):
            owners[str(label).casefold()].add(concept)
    clashes = {label: sorted(c) for label, c in owners.items() if len(c) > 1}
    assert not clashes, f"{name}: labels shared by several concepts: {clashes}"


@pytest.mark.parametrize("name", sorted(VOCABULARIES))
def test_vocabulary_notations_are_unique(vocab_graphs: dict[str, Graph], name: str) -> None:
    graph = vocab_graphs[name]
    owners: dict[str, set[URIRef]] = defaultdict(set)
    for concept, notation in graph.subject_objects(SKOS.notation):
        owners[str(notation).casefold()].add(concept)  # type: ignore[arg-type]
    assert not {n: c for n, c in owners.items() if len(c) > 1}


def test_organisation_and_offering_labels_are_disjoint(vocab_graphs: dict[str, Graph]) -> None:
    def labels(name: str) -> set[str]:
        graph = vocab_graphs[name]
        namespace = VOCABULARIES[name][0]
        return {
            str(label).casefold()
            for concept in _concepts(graph, namespace)
            for label in _labels(graph, concept)
        }

    shared = labels("organizations.ttl") & labels("offerings.ttl")
    assert not shared, f"labels both of an organisation and of an offering: {shared}"


def test_vocabulary_links_resolve(vocab_graphs: dict[str, Graph]) -> None:
    orgs = set(_concepts(vocab_graphs["organizations.ttl"], ORGV))
    roles = set(_concepts(vocab_graphs["party-roles.ttl"], ROLE))
    models = set(_concepts(vocab_graphs["service-models.ttl"], SERVICE_MODEL))
    services = vocab_graphs["cloud-services.ttl"]
    for concept in _concepts(services, SERVICE):
        providers = list(services.objects(concept, SRM.provider))
        assert len(providers) == 1 and providers[0] in orgs, concept
    for graph in vocab_graphs.values():
        for _, model in graph.subject_objects(SRM.serviceModel):
            assert model in models, model
    organizations = vocab_graphs["organizations.ttl"]
    for org in orgs:
        assert (org, RDF.type, ORG.Organization) in organizations
        defaults = list(organizations.objects(org, SRM.defaultRole))
        assert len(defaults) == 1 and defaults[0] in roles, org
    offerings = vocab_graphs["offerings.ttl"]
    for offer in _concepts(offerings, OFFERING):
        offered_by = list(offerings.objects(offer, SRM.offeredBy))
        assert len(offered_by) == 1 and offered_by[0] in orgs, offer


def test_party_roles(vocab_graphs: dict[str, Graph]) -> None:
    graph = vocab_graphs["party-roles.ttl"]
    expected = {
        "customer": 1,
        "implementation-partner": 2,
        "software-vendor": 3,
        "managed-service-provider": 4,
        "platform-provider": 5,
        "cdn-provider": 6,
        "cloud-provider": 7,
    }
    for key, band in expected.items():
        concept = ROLE[key]
        assert graph.value(concept, SRM.bandOrder) == Literal(band), key
        assert graph.value(concept, SKOS.definition) is not None, key
    customer = {str(label) for label in _labels(graph, ROLE.customer)}
    assert {"merchant", "merchants", "solution partner", "you", "tenant"} <= customer
    cloud = {str(label) for label in _labels(graph, ROLE["cloud-provider"])}
    assert {"cloud service provider", "CSP", "hosting provider"} <= cloud


def _labels_of(graph: Graph, concept: URIRef) -> set[str]:
    return {str(label) for label in _labels(graph, concept)}


@pytest.mark.parametrize(
    ("name", "namespace", "key", "labels"),
    [
        ("cloud-services.ttl", SERVICE, "aws-ec2", {"Amazon Elastic Compute Cloud", "EC2"}),
        ("cloud-services.ttl", SERVICE, "aws-s3", {"Amazon Simple Storage Service", "S3"}),
        ("cloud-services.ttl", SERVICE, "aws-ebs", {"Amazon Elastic Block Store", "EBS"}),
        ("cloud-services.ttl", SERVICE, "aws-vpc", {"Amazon Virtual Private Cloud"}),
        ("cloud-services.ttl", SERVICE, "aws-elb", {"Amazon Elastic Load Balancer", "ELB"}),
        (
            "cloud-services.ttl",
            SERVICE,
            "aws-cloudtrail",
            {"AWS CloudTrail", "Amazon Cloud Trail Services", "Amazon CloudTrail"},
        ),
        ("cloud-services.ttl", SERVICE, "aws-iam", {"IAM"}),
        ("cloud-services.ttl", SERVICE, "microsoft-entra-id", {"Azure Active Directory"}),
        ("cloud-services.ttl", SERVICE, "azure-kubernetes-service", {"AKS"}),
        ("cloud-services.ttl", SERVICE, "gcp-gke", {"GKE"}),
        ("cloud-services.ttl", SERVICE, "fastly-cdn", {"Fastly CDN"}),
        ("certifications.ttl", STANDARD, "iso-iec-27001", {"ISO 27001", "ISO27001"}),
        (
            "certifications.ttl",
            STANDARD,
            "pci-dss",
            {"PCI DSS", "PCI", "PCI-DSS", "Payment Card Industry Data Security Standard"},
        ),
        ("certifications.ttl", STANDARD, "soc-2", {"SOC 2"}),
        ("organizations.ttl", ORGV, "aws", {"Amazon Web Services", "AWS", "Amazon"}),
        ("organizations.ttl", ORGV, "adobe", {"Adobe", "Adobe Managed Services"}),
        ("organizations.ttl", ORGV, "microsoft", {"Microsoft", "Azure", "Microsoft Azure"}),
        ("organizations.ttl", ORGV, "aucyber", {"AUCyber", "AUCloud"}),
        (
            "offerings.ttl",
            OFFERING,
            "adobe-commerce-cloud",
            {"Adobe Commerce on cloud infrastructure", "Adobe Commerce Pro plan"},
        ),
        ("offerings.ttl", OFFERING, "aucyber-crisp", {"AUCyber CRISP"}),
        ("service-models.ttl", SERVICE_MODEL, "iaas", {"IaaS", "Infrastructure as a Service"}),
        ("service-models.ttl", SERVICE_MODEL, "on-premises", {"On-premises", "On-prem"}),
    ],
)
def test_required_concepts_and_labels(
    vocab_graphs: dict[str, Graph], name: str, namespace: Namespace, key: str, labels: set[str]
) -> None:
    assert labels <= _labels_of(vocab_graphs[name], namespace[key])


def test_cloud_service_coverage(vocab_graphs: dict[str, Graph]) -> None:
    graph = vocab_graphs["cloud-services.ttl"]
    per_provider: dict[str, int] = defaultdict(int)
    for concept in _concepts(graph, SERVICE):
        per_provider[str(graph.value(concept, SRM.provider))[len(ORGV) :]] += 1
    assert per_provider["aws"] >= 40
    assert per_provider["microsoft"] >= 30
    assert per_provider["google"] >= 25


@pytest.mark.parametrize(
    "word",
    [
        "Storage",
        "Functions",
        "Shield",
        "Lambda",
        "Compute",
        "Network",
        "Firewall",
        "Backup",
        "Monitor",
        "Config",
        "Policy",
        "Database",
        "Cloud",
        "VPC",
        "KMS",
        "SQL",
    ],
)
def test_no_ordinary_word_is_a_service_label(vocab_graphs: dict[str, Graph], word: str) -> None:
    graph = vocab_graphs["cloud-services.ttl"]
    owners = [
        c
        for c in _concepts(graph, SERVICE)
        if word.casefold() in {str(label).casefold() for label in _labels(graph, c)}
    ]
    assert not owners, f"{word!r} is a label of {owners}"


def test_iam_and_waf_are_not_spread(vocab_graphs: dict[str, Graph]) -> None:
    graph = vocab_graphs["cloud-services.ttl"]
    for word, allowed in (("IAM", {SERVICE["aws-iam"]}), ("WAF", set())):
        owners = {c for c in _concepts(graph, SERVICE) if word in _labels_of(graph, c)}
        assert owners <= allowed and len(owners) <= 1, (word, owners)


# ----------------------------------------------------------------------------------------------
# the JSON-LD context
# ----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def context() -> dict[str, object]:
    data = json.loads(CONTEXT.read_text(encoding="utf-8"))
    assert set(data) == {"@context"}
    ctx = data["@context"]
    assert isinstance(ctx, dict)
    return ctx


def test_context_prefixes_match_namespaces(context: dict[str, object]) -> None:
    assert context.get("@version") == 1.1
    prefixes = {
        key: value
        for key, value in context.items()
        if isinstance(value, str) and not key.startswith("@") and value.endswith(("/", "#"))
    }
    assert prefixes == {key: str(ns) for key, ns in PREFIXES.items()}


def test_context_terms_resolve(context: dict[str, object]) -> None:
    for key, value in context.items():
        if key.startswith("@"):
            continue
        iri = value.get("@id") if isinstance(value, dict) else value
        assert isinstance(iri, str), key
        if iri.startswith("@"):
            continue
        prefix, _, _ = iri.partition(":")
        assert prefix in PREFIXES or iri.startswith(("http://", "https://")), (key, iri)
    for name in OBJECT_PROPERTIES:
        term = next(
            (v for v in context.values() if isinstance(v, dict) and v.get("@id") == f"srm:{name}"),
            None,
        )
        assert term is not None and term.get("@type") == "@id", name
    for name in DATATYPE_PROPERTIES:
        assert any(
            isinstance(v, dict) and v.get("@id") == f"srm:{name}" for v in context.values()
        ), name


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
def test_context_expands_an_export(context: dict[str, object]) -> None:
    doc = {
        "@context": context,
        "@graph": [
            {
                "id": "https://w3id.org/srgraph/id/x/party/merchant",
                "type": "Party",
                "label": "Merchant",
                "hasRole": "role:customer",
                "responsibleFor": "https://w3id.org/srgraph/id/x/duty/patching",
            },
            {
                "id": "https://w3id.org/srgraph/id/x/span/L1-L2-00000000",
                "type": "SourceSpan",
                "startLine": 1,
                "endLine": 2,
                "document": "https://w3id.org/srgraph/id/x",
            },
            {
                "id": "https://w3id.org/srgraph/id/x/statement/000000000000",
                "type": "Statement",
                "predicate": "responsibleFor",
                "shared": True,
            },
        ],
    }
    text = json.dumps(doc)
    party = URIRef("https://w3id.org/srgraph/id/x/party/merchant")
    span = URIRef("https://w3id.org/srgraph/id/x/span/L1-L2-00000000")
    statement = URIRef("https://w3id.org/srgraph/id/x/statement/000000000000")
    graph = Graph().parse(data=text, format="json-ld")
    assert (party, RDF.type, SRM.Party) in graph
    assert (party, SRM.role, ROLE.customer) in graph
    duty = URIRef("https://w3id.org/srgraph/id/x/duty/patching")
    assert (party, SRM.responsibleFor, duty) in graph
    assert (span, SRM.startLine, Literal(1)) in graph
    assert (span, SRM.document, URIRef("https://w3id.org/srgraph/id/x")) in graph
    assert (statement, RDF.predicate, SRM.responsibleFor) in graph
    assert (statement, SRM.shared, Literal(True)) in graph
    assert not any(isinstance(node, BNode) for triple in graph for node in triple)
    oxigraph = list(pyoxigraph.parse(text, format=pyoxigraph.RdfFormat.JSON_LD))
    assert len(oxigraph) == len(graph)


# ----------------------------------------------------------------------------------------------
# duty categories and the control catalogues they map to
# ----------------------------------------------------------------------------------------------


def test_duty_categories_map_to_nist_and_ccm(vocab_graphs: dict[str, Graph]) -> None:
    categories = vocab_graphs["duty-categories.ttl"]
    nist = set(_concepts(vocab_graphs["nist-800-53.ttl"], NIST))
    ccm = set(_concepts(vocab_graphs["ccm.ttl"], CCM))
    for concept in _concepts(categories, CATEGORY):
        matches = set(categories.objects(concept, SKOS.closeMatch))
        if concept == CATEGORY.unclassified:
            assert not matches and not list(categories.objects(concept, SRM.cue))
            continue
        assert matches & nist, f"{concept}: no NIST SP 800-53 mapping"
        assert matches & ccm, f"{concept}: no CSA CCM domain"
        assert matches <= nist | ccm, f"{concept}: unknown mapping {matches - nist - ccm}"
        assert list(categories.objects(concept, SRM.cue)), f"{concept}: no cue"


def test_duty_category_cues_belong_to_one_category(vocab_graphs: dict[str, Graph]) -> None:
    categories = vocab_graphs["duty-categories.ttl"]
    owners: dict[str, set[URIRef]] = defaultdict(set)
    for prop in (SRM.cue, SRM.genericCue):
        for concept, cue in categories.subject_objects(prop):
            assert isinstance(cue, Literal) and cue.language == "en" and str(cue) == cue.strip()
            owners[re.sub(r"[\s\-_]+", " ", str(cue).casefold())].add(concept)  # type: ignore[arg-type]
    assert not {cue: c for cue, c in owners.items() if len(c) > 1}


def test_nist_controls_sit_in_their_family(vocab_graphs: dict[str, Graph]) -> None:
    nist = vocab_graphs["nist-800-53.ttl"]
    families = set(nist.objects(_scheme(NIST), SKOS.hasTopConcept))
    assert len(families) == 20
    for concept in _concepts(nist, NIST):
        key = concept[len(NIST) :]
        notation = nist.value(concept, SKOS.notation)
        assert notation is not None and str(notation) == key.upper()
        if concept not in families:
            family = key.split("-")[0]
            assert list(nist.objects(concept, SKOS.broader)) == [NIST[family]], concept
