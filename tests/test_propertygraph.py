"""Property-graph exports, loaded into a real embedded Cypher database (kuzu)."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from conftest import FIXTURE_TTL
from rdflib import Graph

from graph.errors import InputError
from graph.propertygraph import (
    NODE_LABELS,
    REL_TYPES,
    cypher_string,
    export_property_graph,
)
from graph.sparql import run_query

kuzu = pytest.importorskip("kuzu")

LABELS = sorted(set(NODE_LABELS.values()))
RACI = {
    "RESPONSIBLE_FOR": "responsible",
    "ACCOUNTABLE_FOR": "accountable",
    "CONSULTED_ON": "consulted",
    "INFORMED_OF": "informed",
}

CYPHER_DUTIES = """
MATCH (p:Party)-[r:RESPONSIBLE_FOR|ACCOUNTABLE_FOR|CONSULTED_ON|INFORMED_OF]->(d:Duty)
WITH p, d, CASE label(r) WHEN 'RESPONSIBLE_FOR' THEN 'responsible'
  WHEN 'ACCOUNTABLE_FOR' THEN 'accountable' WHEN 'CONSULTED_ON' THEN 'consulted'
  ELSE 'informed' END AS raci
RETURN p.label, raci, d.label, d.sourceLine, d.sourceEndLine
ORDER BY p.label, raci, d.sourceLine, d.label
"""
CYPHER_SERVICES = """
MATCH (s:CloudService)
OPTIONAL MATCH (u)-[:USES]->(s)
RETURN s.label, u.label
ORDER BY s.label, u.label
"""
CYPHER_CHAIN = """
MATCH (p:Party)-[:MAINTAINS]->(m:Compliance)-[:BUILDS_ON*1..10]->(c:Certification)
OPTIONAL MATCH (h)-[:HOLDS]->(c)
OPTIONAL MATCH (c)-[:STANDARD]->(s:ComplianceStandard)
RETURN DISTINCT p.label, m.label, c.label, h.label, s.label
ORDER BY p.label, m.label, c.label, h.label
"""
CYPHER_FOR = {
    "duties": CYPHER_DUTIES,
    "services": CYPHER_SERVICES,
    "compliance-chain": CYPHER_CHAIN,
}


def _schema(conn: Any, nodes: dict[str, str], rels: list[tuple[str, str, str]]) -> None:
    for label in LABELS:
        conn.execute(
            f"CREATE NODE TABLE {label}(iri STRING, label STRING, kind STRING, "
            "description STRING, notation STRING, sourceLine INT64, sourceEndLine INT64, "
            "section STRING, quote STRING, PRIMARY KEY(iri))"
        )
    pairs: dict[str, set[tuple[str, str]]] = {  # tables the Cypher queries name must exist
        **{rel: {("Party", "Duty")} for rel in RACI},
        "USES": {("Party", "CloudService")},
        "HOLDS": {("Party", "Certification")},
        "MAINTAINS": {("Party", "Compliance")},
        "BUILDS_ON": {("Compliance", "Certification")},
        "STANDARD": {("Certification", "ComplianceStandard")},
    }
    for s, rel, o in rels:
        pairs.setdefault(rel, set()).add((nodes[s], nodes[o]))
    for rel, ends in sorted(pairs.items()):
        spec = ", ".join(f"FROM {a} TO {b}" for a, b in sorted(ends))
        conn.execute(
            f"CREATE REL TABLE {rel}({spec}, sourceLine INT64, sourceEndLine INT64, "
            "section STRING, quote STRING)"
        )


def _rows(conn: Any, query: str) -> list[tuple[str | None, ...]]:
    result = conn.execute(query)
    out = []
    while result.has_next():
        out.append(tuple(None if v is None else str(v) for v in result.get_next()))
    return out


def _read_csv(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


def kuzu_from_csv(files: dict[str, bytes]) -> Any:
    """Load the neo4j-admin CSVs into an in-memory kuzu database (schema from the CSVs)."""
    conn = kuzu.Connection(kuzu.Database(":memory:"))
    nodes: dict[str, str] = {}
    node_rows = []
    for name, data in sorted(files.items()):
        if name.startswith("nodes-"):
            for row in _read_csv(data):
                nodes[row["id:ID"]] = row[":LABEL"]
                node_rows.append(row)
    rel_rows = _read_csv(files["relationships.csv"])
    _schema(conn, nodes, [(r[":START_ID"], r[":TYPE"], r[":END_ID"]) for r in rel_rows])
    for row in node_rows:
        props = {
            k.split(":")[0]: v for k, v in row.items() if not k.startswith(":") and k != "id:ID"
        }
        params: dict[str, Any] = {
            k: (int(v) if k.startswith("source") and v else (v or None)) for k, v in props.items()
        }
        keys = ", ".join(f"{k}: ${k}" for k in params)
        conn.execute(f"CREATE (:{row[':LABEL']} {{{keys}}})", params)
    for row in rel_rows:
        s, o = row[":START_ID"], row[":END_ID"]
        params = {"s": s, "o": o}
        for k, v in row.items():
            if not k.startswith(":"):
                name = k.split(":")[0]
                params[name] = int(v) if name.startswith("source") and v else (v or None)
        sets = ", ".join(f"{k}: ${k}" for k in params if k not in ("s", "o"))
        conn.execute(
            f"MATCH (a:{nodes[s]} {{iri: $s}}), (b:{nodes[o]} {{iri: $o}}) "
            f"CREATE (a)-[:{row[':TYPE']} {{{sets}}}]->(b)",
            params,
        )
    return conn


def kuzu_from_cypher(script: bytes, graph: Graph, runs: int = 1) -> Any:
    """Run the MERGE script in kuzu (after its schema; Neo4j constraint lines are skipped)."""
    from graph.propertygraph import _build

    pg = _build(graph)
    conn = kuzu.Connection(kuzu.Database(":memory:"))
    _schema(conn, {k: v[0] for k, v in pg.nodes.items()}, [(s, r, o) for s, r, o, _ in pg.rels])
    for _ in range(runs):
        for line in script.decode("utf-8").splitlines():
            if line.startswith(("//", "CREATE CONSTRAINT")) or not line.strip():
                continue
            conn.execute(line.rstrip(";"))
    return conn


def _sparql(name: str, ttl: Path) -> list[tuple[str | None, ...]]:
    return run_query(name, graphs=[ttl]).values()


# --- tests ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["graphml", "neo4j", "cypher"])
def test_deterministic_bytes(fmt: str) -> None:
    g1 = Graph().parse(FIXTURE_TTL)
    g2 = Graph()
    for t in sorted(g1, reverse=True):
        g2.add(t)
    assert export_property_graph(g1, fmt=fmt) == export_property_graph(g2, fmt=fmt)


def test_unknown_format() -> None:
    with pytest.raises(InputError):
        export_property_graph(Graph(), fmt="dot")


def test_graphml_nodes_and_edges() -> None:
    files = export_property_graph(Graph().parse(FIXTURE_TTL), fmt="graphml")
    g = nx.read_graphml(io.BytesIO(files["graph.graphml"]))
    provider = g.nodes["https://w3id.org/srgraph/id/fixture/party/provider"]
    assert provider["label"] == "Provider" and provider["kind"] == "Party"
    assert provider["iri"] == "https://w3id.org/srgraph/id/fixture/party/provider"
    assert provider["sourceLine"] == 3
    types = sorted({d["type"] for _, _, d in g.edges(data=True)})
    assert set(types) <= set(REL_TYPES.values())
    assert "RESPONSIBLE_FOR" in types and "BUILDS_ON" in types
    edge = next(
        d
        for s, o, d in g.edges(data=True)
        if s.endswith("party/provider") and o.endswith("duty/server-patching")
    )
    assert edge["sourceLine"] == 5 and edge["quote"] == '- Server "patching" of the core'


def test_neo4j_csv_headers() -> None:
    files = export_property_graph(Graph().parse(FIXTURE_TTL), fmt="neo4j")
    assert sorted(files) == sorted(
        [
            f"nodes-{x}.csv"
            for x in (
                "Certification",
                "CloudService",
                "Compliance",
                "ComplianceStandard",
                "Duty",
                "Party",
                "SharedConcern",
            )
        ]
        + ["relationships.csv"]
    )
    header = files["nodes-Party.csv"].decode().splitlines()[0]
    assert header.startswith("id:ID,:LABEL,iri,label,")
    assert "sourceLine:int" in header
    assert files["relationships.csv"].decode().startswith(":START_ID,:END_ID,:TYPE,")


@pytest.mark.parametrize(
    "text", ["plain", "it's", 'say "hi"', "back\\slash", "two\nlines", "tab\tend", "\\'; DROP"]
)
def test_cypher_string_escaping(text: str) -> None:
    literal = cypher_string(text)
    assert literal.startswith("'") and literal.endswith("'")
    assert "\n" not in literal
    conn = kuzu.Connection(kuzu.Database(":memory:"))
    result = conn.execute(f"RETURN {literal}")
    value = result.get_next()[0]
    if "\n" in text or "\t" in text:  # openCypher escapes; kuzu 0.11 drops their backslash
        assert literal == "'" + text.replace("\n", "\\n").replace("\t", "\\t") + "'"
    else:
        assert value == text


def _check_cypher_matches_sparql(conn: Any, ttl: Path) -> None:
    for name, cypher in CYPHER_FOR.items():
        assert _rows(conn, cypher) == _sparql(name, ttl), name


def test_kuzu_from_csv_matches_sparql_fixture() -> None:
    files = export_property_graph(Graph().parse(FIXTURE_TTL), fmt="neo4j")
    _check_cypher_matches_sparql(kuzu_from_csv(files), FIXTURE_TTL)


def test_kuzu_from_merge_script_is_idempotent() -> None:
    graph = Graph().parse(FIXTURE_TTL)
    script = export_property_graph(graph, fmt="cypher")["graph.cypher"]
    conn = kuzu_from_cypher(script, graph, runs=2)
    _check_cypher_matches_sparql(conn, FIXTURE_TTL)
    assert _rows(conn, "MATCH (n) RETURN count(n)") == [(str(len(_build_nodes(graph))),)]
    assert _rows(conn, "MATCH ()-[r]->() RETURN count(r)") == [(str(len(_build_rels(graph))),)]


def _build_nodes(graph: Graph) -> dict[str, Any]:
    from graph.propertygraph import _build

    return _build(graph).nodes


def _build_rels(graph: Graph) -> list[Any]:
    from graph.propertygraph import _build

    return _build(graph).rels


def test_bundled_cypher_answers_match_sparql(bundled_ttl: Path) -> None:
    graph = Graph().parse(bundled_ttl)
    csv_conn = kuzu_from_csv(export_property_graph(graph, fmt="neo4j"))
    _check_cypher_matches_sparql(csv_conn, bundled_ttl)
    script = export_property_graph(graph, fmt="cypher")["graph.cypher"]
    _check_cypher_matches_sparql(kuzu_from_cypher(script, graph), bundled_ttl)
    assert len(_rows(csv_conn, CYPHER_DUTIES)) == len(_sparql("duties", bundled_ttl)) > 0
