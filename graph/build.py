"""Graph building: Facts -> the document's triples with ontology terms, stable IRIs and
provenance, as sorted N-Triples lines (graph/triples.py) every output format derives from.

Every IRI is minted from a namespace constant and a slug, so the same document always gives the
same IRIs; relations get an ``rdf:Statement`` node that carries their source span.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any, Final
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import Graph, URIRef

from .categorize import Categories, load_categories, statement_iri
from .errors import InputError
from .facts import Entity, Facts, Ref, Relation, Span
from .namespaces import (
    BASE,
    DCTERMS,
    ORG,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    SRM,
    TOOL,
    XSD,
)
from .text import slugify
from .triples import Index, Triples
from .version import __version__
from .vocabulary import Vocabularies, load_vocabularies

__all__ = ["build_graph", "build_triples", "document_node"]

_CLASS_TERMS: dict[str, URIRef] = {
    "party": SRM.Party,
    "duty": SRM.Duty,
    "service": SRM.CloudService,
    "offering": SRM.Offering,
    "standard": SRM.ComplianceStandard,
    "certification": SRM.Certification,
    "compliance": SRM.Compliance,
    "concern": SRM.SharedConcern,
    "service_model": SRM.ServiceModel,
}

_METADATA: dict[str, URIRef] = {
    "title": DCTERMS.title,
    "description": DCTERMS.description,
    "exl-id": DCTERMS.identifier,
    "id": DCTERMS.identifier,
    "uid": DCTERMS.identifier,
    "ms.assetid": DCTERMS.identifier,
    "author": DCTERMS.creator,
    "ms.author": DCTERMS.creator,
    "authors": DCTERMS.creator,
    "date": DCTERMS.date,
    "ms.date": DCTERMS.date,
    "created": DCTERMS.created,
    "updated": DCTERMS.modified,
    "last-modified": DCTERMS.modified,
    "lastmod": DCTERMS.modified,
    "language": DCTERMS.language,
    "lang": DCTERMS.language,
    "license": DCTERMS.license,
    "publisher": DCTERMS.publisher,
    "source": DCTERMS.source,
    "audience": DCTERMS.audience,
}
"""Front-matter key -> DCTERMS term; other keys become ``dcterms:subject "key: value"``."""
_SINGLE_VALUED = {DCTERMS.title}


def _check_base(base: str) -> str:
    if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]*[/#]$", base):
        raise InputError(
            f"invalid base IRI {base!r}",
            hint="use an absolute IRI ending in '/' or '#', e.g. https://example.org/srm/",
        )
    return base


_UNRESERVED = re.compile(r"[A-Za-z0-9_.~-]+")
"""What ``quote`` leaves as it is: a slug (most segments) needs no encoding."""


def _segment(part: str) -> str:
    """One percent-encoded IRI path segment; never empty nor a dot segment (``.``, ``..``)."""
    segment = part if _UNRESERVED.fullmatch(part) else quote(part, safe="-")
    return segment if segment.strip(".") else f"_{segment}"


def document_node(stem: str, *, base: str = BASE) -> URIRef:
    """The document IRI for a source file stem."""
    return URIRef(_check_base(base) + quote(slugify(stem, max_length=80), safe="-"))


class _Builder:
    """Writes one document's triples as N-Triples lines: IRIs checked by pyoxigraph once each,
    literals escaped by pyoxigraph, every line kept once."""

    def __init__(
        self, facts: Facts, base: str, vocab: Vocabularies, categories: Categories
    ) -> None:
        self.facts = facts
        self.vocab = vocab
        self.categories = categories
        self.doc = str(document_node(facts.stem, base=base))
        self.lines: dict[str, None] = {}
        self.index: Index = {}
        """predicate -> subject -> objects of the lines, as validation indexes them."""
        self.iris: dict[str, str] = {}
        self.spans: dict[Span, str] = {}
        self.refs: dict[Ref, str] = {}
        self.iri(self.doc)  # checked before any IRI is minted under it

    def add(self, s: str, p: str, o: str) -> None:
        """One triple of N-Triples tokens (kept once), indexed as it is added: validation
        reads the index and need not split the lines again."""
        line = f"{s} {p} {o} ."
        lines = self.lines
        if line in lines:  # written before
            return
        lines[line] = None
        by_subject = self.index.get(p)
        if by_subject is None:
            self.index[p] = {s: [o]}
            return
        found = by_subject.get(s)
        if found is None:
            by_subject[s] = [o]
        else:
            found.append(o)

    def iri(self, iri: str) -> str:
        """The token ``<iri>`` of an IRI (checked by pyoxigraph: never a broken line)."""
        tok = self.iris.get(iri)
        if tok is None:
            tok = self.iris[iri] = str(ox.NamedNode(iri))
        return tok

    def local(self, *parts: str) -> str:
        """The IRI of a node minted under the document IRI, its token kept without a
        pyoxigraph term: each segment is unreserved characters or percent-encoded, so the IRI
        is valid when the document IRI is (checked first) and written as it is."""
        iri = f"{self.doc}/" + "/".join([_segment(p) for p in parts])
        if iri not in self.iris:
            self.iris[iri] = f"<{iri}>"
        return iri

    def ref(self, ref: Ref) -> str:
        """The IRI of an entity (worked out once per entity: relations name them again)."""
        iri = self.refs.get(ref)
        if iri is None:
            entity = self.facts.entities.get(ref)
            if entity is not None and entity.iri:
                iri = entity.iri
            else:
                iri = self.local(ref.kind.replace("_", "-"), ref.key)
            self.refs[ref] = iri
        return iri

    def span(self, span: Span) -> str:
        node = self.spans.get(span)
        if node is not None:
            return node
        digest = hashlib.sha1(span.quote.encode("utf-8")).hexdigest()[:8]
        node = self.spans[span] = self.iri(
            self.local("span", f"L{span.start}-L{span.end}-{digest}")
        )
        self.add(node, _T.rdf_type, _T.srm_SourceSpan)
        self.add(node, _T.srm_document, self.iri(self.doc))
        self.add(node, _T.srm_startLine, _integer(span.start))
        self.add(node, _T.srm_endLine, _integer(span.end))
        self.add(node, _T.srm_quote, _string(span.quote))
        if span.section:
            self.add(node, _T.srm_sectionPath, _string(" > ".join(span.section)))
        cells = self.facts.cells.get(span.start)
        if cells is not None:  # a spreadsheet row (or rows): Sheet!A12:F12
            last = self.facts.cells.get(span.end, cells)
            same = last.rsplit("!", 1)[0] == cells.rsplit("!", 1)[0]
            self.add(
                node,
                _T.srm_cellRange,
                _string(cells.split(":")[0] + ":" + last.rsplit(":", 1)[1] if same else cells),
            )
        return node

    def document(self) -> None:
        facts = self.facts
        doc = self.iri(self.doc)
        self.add(doc, _T.rdf_type, _T.srm_Document)
        self.add(doc, _T.srm_sourceFile, _string(facts.path.replace("\\", "/").rsplit("/", 1)[-1]))
        self.add(doc, _T.srm_contentHash, _string(facts.content_hash))
        self.add(doc, _T.dcterms_format, _string(self.facts.media_type))
        if "title" not in facts.metadata:
            self.add(doc, _T.dcterms_title, _string(facts.title))
        for key in sorted(facts.metadata):
            values = _flatten(facts.metadata[key])
            term = _METADATA.get(key.lower())
            if term in _SINGLE_VALUED and values:
                values = ["; ".join(values)]  # "title: [a, b]": one title, as the shapes require
            for value in values:
                if term is not None:
                    self.add(doc, _token(term), _string(value))
                else:
                    self.add(doc, _T.dcterms_subject, _string(f"{key}: {value}"))
        run = self.iri(self.local("export"))
        tool = self.iri(str(TOOL[f"srgraph-{__version__}"]))
        self.add(run, _T.rdf_type, _T.prov_Activity)
        self.add(run, _T.prov_used, doc)
        self.add(run, _T.prov_wasAssociatedWith, tool)
        self.add(run, _T.rdfs_label, _string(f"srgraph export of {facts.stem}"))
        self.add(tool, _T.rdf_type, _T.prov_SoftwareAgent)
        self.add(tool, _T.rdfs_label, _string(f"srgraph {__version__}"))
        self.add(tool, _T.schema_softwareVersion, _string(__version__))

    def entity(self, entity: Entity) -> None:
        node = self.iri(self.ref(entity.ref))
        self.add(node, _T.rdf_type, _CLASSES[entity.ref.kind])
        self.add(node, _T.rdfs_label, _string(entity.label))
        for alt in sorted(set(entity.alt_labels)):
            self.add(node, _T.skos_altLabel, _string(alt))
        if entity.description:
            self.add(node, _T.dcterms_description, _string(entity.description))
        if entity.span is not None and entity.ref.kind != "standard":
            self.add(node, _T.prov_wasDerivedFrom, self.span(entity.span))
        if entity.iri and entity.ref.kind in ("service", "standard", "offering", "service_model"):
            self.add(node, _T.skos_prefLabel, _english(entity.label))
        for attr, prop in (("role", _T.srm_role), ("organization", _T.srm_organization)):
            value = entity.attrs.get(attr)
            if value:
                self.add(node, prop, self.iri(value))
                self.concept_node(value)
        offered_by = entity.attrs.get("offered_by")
        if offered_by:
            self.add(node, _T.srm_offeredBy, self.iri(offered_by))
            self.concept_node(offered_by)
        if entity.ref.kind == "duty":
            self.category(entity, node)

    def category(self, duty: Entity, node: str) -> None:
        """The duty's ``srm:category`` and its evidence on an rdf:Statement, as
        graph/categorize.py's ``categorize_graph`` gives them to a graph."""
        span = duty.span
        sections = " > ".join(span.section).split(" > ") if span and span.section else ()
        result = self.categories.classify(
            duty.label, description=duty.description or "", sections=sections
        )
        category = self.iri(result.category)
        self.add(node, _T.srm_category, category)
        if span is None:
            return
        iri = statement_iri(self.doc, node[1:-1], result.category)
        statement = self.iri(iri)
        self.add(statement, _T.rdf_type, _T.rdf_Statement)
        self.add(statement, _T.rdf_subject, node)
        self.add(statement, _T.rdf_predicate, _T.srm_category)
        self.add(statement, _T.rdf_object, category)
        self.add(statement, _T.prov_wasDerivedFrom, self.span(span))
        if result.cue is not None:
            self.add(statement, _T.srm_matchedCue, _string(result.cue))
            self.add(statement, _T.srm_matchedText, _string(result.matched or ""))
            self.add(statement, _T.srm_matchedIn, _string(result.field or ""))

    def concept_node(self, iri: str) -> None:
        """Copy a vocabulary concept's type and label so the graph is self-contained."""
        found = self.vocab.by_iri.get(iri)
        if found is None or found.kind not in ("role", "org"):
            return
        node = self.iri(iri)
        if found.kind == "role":
            self.add(node, _T.rdf_type, _T.srm_PartyRole)
            self.add(node, _T.rdf_type, _T.skos_Concept)
        else:
            self.add(node, _T.rdf_type, _T.org_Organization)
        self.add(node, _T.skos_prefLabel, _english(found.label))

    def relation(self, relation: Relation) -> None:
        s, o = self.ref(relation.subject), self.ref(relation.object)
        p = f"{SRM}{relation.predicate}"
        st, pt, ot = self.iri(s), self.iri(p), self.iri(o)
        self.add(st, pt, ot)
        digest = hashlib.sha1(f"{s}\n{p}\n{o}\n{relation.service_model}".encode()).hexdigest()[:12]
        statement = self.iri(self.local("statement", digest))
        self.add(statement, _T.rdf_type, _T.rdf_Statement)
        self.add(statement, _T.rdf_subject, st)
        self.add(statement, _T.rdf_predicate, pt)
        self.add(statement, _T.rdf_object, ot)
        self.add(statement, _T.prov_wasDerivedFrom, self.span(relation.span))
        if relation.shared:
            self.add(statement, _T.srm_shared, _TRUE)
        if relation.service_model:
            self.add(statement, _T.srm_serviceModel, self.iri(relation.service_model))


def _token(term: URIRef) -> str:
    """The N-Triples token ``<iri>`` of a namespace term."""
    return str(ox.NamedNode(str(term)))


class _T:
    """N-Triples tokens of the ontology terms the builder writes, made once."""

    dcterms_description: Final = _token(DCTERMS.description)
    dcterms_format: Final = _token(DCTERMS.format)
    dcterms_subject: Final = _token(DCTERMS.subject)
    dcterms_title: Final = _token(DCTERMS.title)
    org_Organization: Final = _token(ORG.Organization)
    prov_Activity: Final = _token(PROV.Activity)
    prov_SoftwareAgent: Final = _token(PROV.SoftwareAgent)
    prov_used: Final = _token(PROV.used)
    prov_wasAssociatedWith: Final = _token(PROV.wasAssociatedWith)
    prov_wasDerivedFrom: Final = _token(PROV.wasDerivedFrom)
    rdf_Statement: Final = _token(RDF.Statement)
    rdf_object: Final = _token(RDF.object)
    rdf_predicate: Final = _token(RDF.predicate)
    rdf_subject: Final = _token(RDF.subject)
    rdf_type: Final = _token(RDF.type)
    rdfs_label: Final = _token(RDFS.label)
    schema_softwareVersion: Final = _token(SCHEMA.softwareVersion)
    skos_Concept: Final = _token(SKOS.Concept)
    skos_altLabel: Final = _token(SKOS.altLabel)
    skos_prefLabel: Final = _token(SKOS.prefLabel)
    srm_Document: Final = _token(SRM.Document)
    srm_PartyRole: Final = _token(SRM.PartyRole)
    srm_SourceSpan: Final = _token(SRM.SourceSpan)
    srm_contentHash: Final = _token(SRM.contentHash)
    srm_document: Final = _token(SRM.document)
    srm_endLine: Final = _token(SRM.endLine)
    srm_offeredBy: Final = _token(SRM.offeredBy)
    srm_cellRange: Final = _token(SRM.cellRange)
    srm_category: Final = _token(SRM.category)
    srm_matchedCue: Final = _token(SRM.matchedCue)
    srm_matchedText: Final = _token(SRM.matchedText)
    srm_matchedIn: Final = _token(SRM.matchedIn)
    srm_organization: Final = _token(SRM.organization)
    srm_role: Final = _token(SRM.role)
    srm_quote: Final = _token(SRM.quote)
    srm_sectionPath: Final = _token(SRM.sectionPath)
    srm_serviceModel: Final = _token(SRM.serviceModel)
    srm_shared: Final = _token(SRM.shared)
    srm_sourceFile: Final = _token(SRM.sourceFile)
    srm_startLine: Final = _token(SRM.startLine)


_CLASSES: dict[str, str] = {kind: _token(cls) for kind, cls in _CLASS_TERMS.items()}
_PREDICATES: dict[str, str] = {}
"""srm: local name -> token, as relations are written."""
_XSD_INTEGER_TOKEN = "^^" + _token(XSD.integer)
_TRUE = str(ox.Literal("true", datatype=ox.NamedNode(str(XSD.boolean))))


def _namespace(iri: str) -> str:
    return iri[: max(iri.rfind("/"), iri.rfind("#")) + 1]


_TERM_NAMESPACES = frozenset(
    _namespace(tok[1:-1])
    for tok in [*vars(_T).values(), *_CLASSES.values(), f"<{XSD.integer}>"]
    if isinstance(tok, str) and tok.startswith("<")
)
"""The namespaces of the ontology terms and datatypes the builder writes besides the IRIs it
mints or copies (``_Builder.iris``)."""


def _plain(value: str) -> bool:
    """Whether a string is written in a literal as it is: pyoxigraph escapes only the ASCII
    control characters, DEL, ``"`` and ``\\`` (and U+FFFE, U+FFFF): ASCII without them needs
    no escaping (``isprintable`` is false for the control characters and DEL)."""
    return value.isascii() and value.isprintable() and '"' not in value and "\\" not in value


def _string(value: str) -> str:
    """A string literal's token, escaped by pyoxigraph where escaping is needed."""
    return f'"{value}"' if _plain(value) else str(ox.Literal(value))


def _english(value: str) -> str:
    return f'"{value}"@en' if _plain(value) else str(ox.Literal(value, language="en"))


def _integer(value: int) -> str:
    return f'"{value}"{_XSD_INTEGER_TOKEN}'


def _flatten(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [v for item in value for v in _flatten(item)]
    if isinstance(value, dict):
        return [f"{k}: {v}" for k, inner in value.items() for v in _flatten(inner)]
    if isinstance(value, bool):
        return [str(value).lower()]
    text = str(value).strip()
    return [text] if text else []


def build_triples(
    facts: Facts, *, base: str = BASE, vocabularies: Vocabularies | None = None
) -> Triples:
    """Build one document's triples under ``base``: sorted, unique N-Triples lines that every
    output format derives from (graph/triples.py); every duty gets its ``srm:category``
    (graph/categorize.py)."""
    builder = _Builder(facts, base, vocabularies or load_vocabularies(), load_categories())
    builder.document()
    for ref in sorted(facts.entities):
        builder.entity(facts.entities[ref])
    for relation in sorted(facts.relations, key=lambda r: (r.subject, r.predicate, r.object)):
        builder.relation(relation)
    namespaces = frozenset(_namespace(iri) for iri in builder.iris) | _TERM_NAMESPACES
    return Triples(sorted(builder.lines), builder.doc, namespaces, builder.index)


def build_graph(
    facts: Facts, *, base: str = BASE, vocabularies: Vocabularies | None = None
) -> Graph:
    """The same triples as an rdflib Graph, prefixes bound (for code that needs one)."""
    return build_triples(facts, base=base, vocabularies=vocabularies).graph()
