"""Property-graph exports of an srgraph RDF graph: GraphML, neo4j-admin CSVs, openCypher MERGEs.

Node labels and relationship types follow the ontology; each node keeps its IRI, label and
provenance (source lines, section, quote); each relationship keeps the provenance of its
rdf:Statement. Output bytes are deterministic (everything is sorted).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from .errors import InputError
from .namespaces import DCTERMS, PROV, RDF, RDFS, SKOS, SRM

__all__ = ["NODE_LABELS", "PG_FORMATS", "REL_TYPES", "export_property_graph"]

PG_FORMATS = ("graphml", "neo4j", "cypher")

NODE_LABELS: dict[URIRef, str] = {
    SRM.Party: "Party",
    SRM.Duty: "Duty",
    SRM.CloudService: "CloudService",
    SRM.Certification: "Certification",
    SRM.ComplianceStandard: "ComplianceStandard",
    SRM.Offering: "Offering",
    SRM.Compliance: "Compliance",
    SRM.SharedConcern: "SharedConcern",
}
"""srm class -> node label (a node with several of these types gets the first in this order)."""

REL_TYPES: dict[URIRef, str] = {
    SRM.responsibleFor: "RESPONSIBLE_FOR",
    SRM.accountableFor: "ACCOUNTABLE_FOR",
    SRM.consultedOn: "CONSULTED_ON",
    SRM.informedOf: "INFORMED_OF",
    SRM.uses: "USES",
    SRM.holds: "HOLDS",
    SRM.maintains: "MAINTAINS",
    SRM.buildsOn: "BUILDS_ON",
    SRM.standard: "STANDARD",
    SRM.coveredBy: "COVERED_BY",
    SRM.concern: "CONCERN",
}

NODE_PROPS = (
    "iri",
    "label",
    "kind",
    "description",
    "notation",
    "sourceLine",
    "sourceEndLine",
    "section",
    "quote",
)
"""Node property columns, in output order (``kind`` = the label)."""
REL_PROPS = ("sourceLine", "sourceEndLine", "section", "quote")
INT_PROPS = frozenset({"sourceLine", "sourceEndLine"})

Props = dict[str, str | int]


@dataclass
class PropertyGraph:
    """Nodes (IRI -> label, properties) and relationships (start, type, end, properties)."""

    nodes: dict[str, tuple[str, Props]] = field(default_factory=dict)
    rels: list[tuple[str, str, str, Props]] = field(default_factory=list)


def _text(graph: Graph, s: Node, p: URIRef) -> str | None:
    values = sorted(str(o) for o in graph.objects(s, p) if isinstance(o, Literal))
    return values[0] if values else None


def _span_props(graph: Graph, node: Node) -> Props:
    spans = sorted(s for s in graph.objects(node, PROV.wasDerivedFrom) if isinstance(s, URIRef))
    if not spans:
        return {}
    span = spans[0]
    out: Props = {}
    for key, prop in (("sourceLine", SRM.startLine), ("sourceEndLine", SRM.endLine)):
        value = _text(graph, span, prop)
        digits = value.lstrip("-") if value is not None else ""
        if value is not None and digits.isascii() and digits.isdigit() and len(digits) < 19:
            out[key] = int(value)
    for key, prop in (("section", SRM.sectionPath), ("quote", SRM.quote)):
        value = _text(graph, span, prop)
        if value is not None:
            out[key] = value
    return out


def _build(graph: Graph) -> PropertyGraph:
    pg = PropertyGraph()
    for cls, label in NODE_LABELS.items():
        for node in sorted(str(n) for n in graph.subjects(RDF.type, cls) if isinstance(n, URIRef)):
            if node in pg.nodes:
                continue
            iri = URIRef(node)
            props: Props = {"iri": node, "kind": label}
            name = _text(graph, iri, RDFS.label) or _text(graph, iri, SKOS.prefLabel)
            props["label"] = name if name is not None else node
            for key, prop in (("description", DCTERMS.description), ("notation", SKOS.notation)):
                value = _text(graph, iri, prop)
                if value is not None:
                    props[key] = value
            props.update(_span_props(graph, iri))
            pg.nodes[node] = (label, props)
    statements: dict[tuple[str, str, str], Node] = {}
    for st in sorted(str(n) for n in graph.subjects(RDF.type, RDF.Statement)):
        node = URIRef(st)
        spo = [graph.value(node, x) for x in (RDF.subject, RDF.predicate, RDF.object)]
        if all(t is not None for t in spo):
            statements.setdefault((str(spo[0]), str(spo[1]), str(spo[2])), node)
    for pred, rel in REL_TYPES.items():
        for start, end in sorted((str(a), str(b)) for a, b in graph.subject_objects(pred)):
            if start in pg.nodes and end in pg.nodes:
                found = statements.get((start, str(pred), end))
                props = _span_props(graph, found) if found is not None else {}
                pg.rels.append((start, rel, end, props))
    pg.rels.sort(key=lambda r: (r[0], r[1], r[2]))
    return pg


# --- GraphML --------------------------------------------------------------------------------------


def _graphml(pg: PropertyGraph) -> dict[str, bytes]:
    import networkx as nx

    g = nx.MultiDiGraph()
    for iri, (_, props) in sorted(pg.nodes.items()):
        g.add_node(iri, **{k: props[k] for k in NODE_PROPS if k in props})
    for i, (s, rel, o, props) in enumerate(pg.rels):
        g.add_edge(s, o, key=f"e{i}", type=rel, **{k: props[k] for k in REL_PROPS if k in props})
    buf = io.BytesIO()
    nx.write_graphml(g, buf, encoding="utf-8", prettyprint=True, named_key_ids=True)
    return {"graph.graphml": buf.getvalue()}


# --- neo4j-admin import CSVs -------------------------------------------------------------------


def _cell(props: Props, key: str) -> str:
    value = props.get(key)
    return "" if value is None else str(value)


def _neo4j(pg: PropertyGraph) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    columns = [k for k in NODE_PROPS if k not in ("iri", "kind")]
    header = ["id:ID", ":LABEL", "iri"] + [f"{k}:int" if k in INT_PROPS else k for k in columns]
    for label in sorted(set(NODE_LABELS.values())):
        rows = [(iri, props) for iri, (lab, props) in sorted(pg.nodes.items()) if lab == label]
        if not rows:
            continue
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(header)
        for iri, props in rows:
            writer.writerow([iri, label, iri] + [_cell(props, k) for k in columns])
        out[f"nodes-{label}.csv"] = buf.getvalue().encode("utf-8")
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(
        [":START_ID", ":END_ID", ":TYPE"] + [f"{k}:int" if k in INT_PROPS else k for k in REL_PROPS]
    )
    for s, rel, o, props in pg.rels:
        writer.writerow([s, o, rel] + [_cell(props, k) for k in REL_PROPS])
    out["relationships.csv"] = buf.getvalue().encode("utf-8")
    return out


# --- openCypher ----------------------------------------------------------------------------------


def cypher_string(value: str) -> str:
    """A single-quoted openCypher string literal with every special character escaped."""
    escapes = {
        "\\": "\\\\",
        "'": "\\'",
        '"': '\\"',
        "\n": "\\n",
        "\r": "\\r",
        "\t": "\\t",
        "\b": "\\b",
        "\f": "\\f",
    }
    out = []
    for ch in value:
        if ch in escapes:
            out.append(escapes[ch])
        elif ord(ch) < 0x20 or ch in "\u2028\u2029":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "'" + "".join(out) + "'"


def _value(value: str | int) -> str:
    return str(value) if isinstance(value, int) else cypher_string(value)


def _sets(var: str, props: Props, keys: tuple[str, ...]) -> str:
    parts = [f"{var}.{k} = {_value(props[k])}" for k in keys if k in props and k != "iri"]
    return f" SET {', '.join(parts)}" if parts else ""


def _cypher(pg: PropertyGraph) -> dict[str, bytes]:
    lines = [
        "// srgraph openCypher export: idempotent (MERGE on iri), safe to run again.",
        "// Neo4j 5: the constraints make MERGE fast; other engines may skip these lines.",
    ]
    for label in sorted(set(NODE_LABELS.values())):
        lines.append(
            f"CREATE CONSTRAINT {label.lower()}_iri IF NOT EXISTS "
            f"FOR (n:{label}) REQUIRE n.iri IS UNIQUE;"
        )
    lines.append("// nodes")
    for iri, (label, props) in sorted(pg.nodes.items()):
        lines.append(
            f"MERGE (n:{label} {{iri: {cypher_string(iri)}}}){_sets('n', props, NODE_PROPS)};"
        )
    lines.append("// relationships")
    for s, rel, o, props in pg.rels:
        ls, lo = pg.nodes[s][0], pg.nodes[o][0]
        lines.append(
            f"MATCH (a:{ls} {{iri: {cypher_string(s)}}}), (b:{lo} {{iri: {cypher_string(o)}}}) "
            f"MERGE (a)-[r:{rel}]->(b){_sets('r', props, REL_PROPS)};"
        )
    return {"graph.cypher": ("\n".join(lines) + "\n").encode("utf-8")}


def export_property_graph(graph: Graph, *, fmt: str) -> dict[str, bytes]:
    """Files (name -> bytes) of ``graph`` as ``fmt``: graphml, neo4j (CSVs) or cypher."""
    if fmt not in PG_FORMATS:
        raise InputError(
            f"unknown property-graph format {fmt!r}", hint=f"choose from {', '.join(PG_FORMATS)}"
        )
    pg = _build(graph)
    if fmt == "graphml":
        return _graphml(pg)
    if fmt == "neo4j":
        return _neo4j(pg)
    return _cypher(pg)
