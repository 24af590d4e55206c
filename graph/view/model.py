"""Graph -> the interactive view's data: one plain, JSON-ready dict per document.

Parties in band order, one entry per (party, duty) assignment with its RACI letters, service
models and provenance (quote, section, lines), duties nobody holds (orphans) and the shared
concerns. Everything is sorted, so the page built from it is the same bytes every time.
"""

from __future__ import annotations

from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from ..diagram.terms import (
    Index,
    band_order,
    column_order,
    label,
    literal,
    model_label,
    sorted_nodes,
    span_lines,
    spelled_out,
    statements,
    vocabulary,
)
from ..errors import InputError
from ..namespaces import DCTERMS, PROV, RDF, SRM

__all__ = ["view_data"]

_RACI = (
    (SRM.responsibleFor, "R"),
    (SRM.accountableFor, "A"),
    (SRM.consultedOn, "C"),
    (SRM.informedOf, "I"),
)
_NO_LINE = 10**9


def _document(graph: Graph) -> dict[str, Any]:
    documents = sorted_nodes(graph.subjects(RDF.type, SRM.Document))
    if not documents:
        return {"iri": "", "title": "Shared responsibility", "source": "", "hash": ""}
    doc = documents[0]
    return {
        "iri": str(doc),
        "title": literal(graph, doc, (DCTERMS.title,)) or "Shared responsibility",
        "source": literal(graph, doc, (SRM.sourceFile,)) or "",
        "hash": literal(graph, doc, (SRM.contentHash,)) or "",
    }


def _provenance(graph: Index, node: Node) -> dict[str, Any]:
    start, end, path = span_lines(graph, node)
    quote = ""
    for span in graph.objects(node, PROV.wasDerivedFrom):
        values = graph.objects(span, SRM.startLine)
        if values and isinstance(values[0], Literal) and values[0].toPython() == start:
            quote = literal(graph, span, (SRM.quote,)) or quote
    return {
        "start": start if start < _NO_LINE else None,
        "end": end if end < _NO_LINE else None,
        "section": path,
        "quote": quote,
    }


def view_data(graph: Graph) -> dict[str, Any]:
    """The view's data for one document graph (raises InputError without any party)."""
    parties = sorted_nodes(graph.subjects(RDF.type, SRM.Party))
    if not parties:
        raise InputError("the graph has no srm:Party, so there is nothing to show")
    index = Index(graph)
    found = statements(index)
    role_vocab = vocabulary("vocabularies/party-roles.ttl")
    rows: list[dict[str, Any]] = []
    held: set[Node] = set()
    models: dict[str, float] = {}
    party_rows = []
    for party in parties:
        role = min(
            sorted_nodes(graph.objects(party, SRM.role)),
            key=lambda r: (band_order(graph, r), str(r)),
            default=None,
        )
        letters: dict[Node, list[tuple[str, URIRef]]] = {}
        for predicate, code in _RACI:
            for duty in sorted_nodes(graph.objects(party, predicate)):
                letters.setdefault(duty, []).append((code, predicate))
        party_rows.append(
            {
                "iri": str(party),
                "label": label(graph, party),
                "role": spelled_out(graph, party, role)
                or (label(graph, role, role_vocab) if role is not None else ""),
                "order": band_order(graph, role),
            }
        )
        for duty, codes in letters.items():
            held.add(duty)
            shared = False
            duty_models: set[str] = set()
            for _code, predicate in codes:
                for statement in found.get((party, predicate, duty), []):
                    value = graph.value(statement, SRM.shared)
                    shared = shared or (isinstance(value, Literal) and value.toPython() is True)
                    for model in graph.objects(statement, SRM.serviceModel):
                        name = model_label(graph, model)
                        models[name] = column_order(graph, model)
                        duty_models.add(name)
            codes_text = "".join(c for c, _ in codes)
            rows.append(_duty(index, duty, str(party), codes_text, duty_models, shared))
    for duty in sorted_nodes(graph.subjects(RDF.type, SRM.Duty)):
        if duty not in held:
            rows.append(_duty(index, duty, "", "", set(), False))
    concern_iris = sorted({c for row in rows for c in row["concerns"]})
    concerns = [{"iri": c, "label": label(graph, URIRef(c))} for c in concern_iris]
    order = {p["iri"]: (p["order"], p["label"], p["iri"]) for p in party_rows}
    rows.sort(
        key=lambda r: (
            order.get(r["party"], (99.0, "", "")),
            r["start"] or _NO_LINE,
            r["label"],
            r["iri"],
        )
    )
    party_rows.sort(key=lambda p: (p["order"], p["label"], p["iri"]))
    return {
        "document": _document(graph),
        "parties": party_rows,
        "duties": rows,
        "concerns": concerns,
        "models": sorted(models, key=lambda m: (models[m], m)),
    }


def _duty(
    graph: Index, duty: Node, party: str, raci: str, models: set[str], shared: bool
) -> dict[str, Any]:
    return {
        "iri": str(duty),
        "label": label(graph, duty),
        "description": literal(graph, duty, (DCTERMS.description,)) or "",
        "party": party,
        "raci": raci,
        "models": sorted(models),
        "shared": shared,
        "concerns": sorted(str(c) for c in graph.objects(duty, SRM.concern)),
        **_provenance(graph, duty),
    }
