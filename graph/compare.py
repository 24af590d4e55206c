"""Comparing documents by duty category: per category, which party carries it in each document
(the named query ``by-category`` run on each document's graph), e.g. who patches the operating
system at each vendor. Sources are pages (run through the pipeline) or exported RDF files."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Graph

from .categorize import UNCLASSIFIED, categorize_graph, load_categories
from .errors import InputError
from .namespaces import BASE, CATEGORY, ROLE
from .sparql import list_queries

__all__ = ["Comparison", "compare_documents"]

OUTPUTS = ("table", "csv", "json", "md")


@dataclass(frozen=True)
class Carrier:
    """A party responsible for ``duties`` duties of one category in one document."""

    category: str
    document: str
    party: str
    role: str
    duties: int


@dataclass
class Comparison:
    """The category table of several documents."""

    documents: list[str]
    rows: list[Carrier] = field(default_factory=list)

    def categories(self) -> list[str]:
        """Category keys present, in vocabulary order (labels), unclassified last."""
        vocab = load_categories().categories
        keys = {r.category for r in self.rows}

        def order(key: str) -> tuple[bool, str]:
            concept = vocab.get(str(CATEGORY[key]))
            return (str(CATEGORY[key]) == UNCLASSIFIED, concept.label if concept else key)

        return sorted(keys, key=order)

    def cell(self, category: str, document: str) -> str:
        """``Party (n); Other (m)``: who carries the category in the document, most duties first."""
        found = [r for r in self.rows if r.category == category and r.document == document]
        return "; ".join(f"{r.party} ({r.duties})" for r in found) or "-"

    def render(self, fmt: str = "table") -> str:
        """``table`` (aligned text), ``md``, ``csv`` (one row per carrier) or ``json``."""
        if fmt not in OUTPUTS:
            raise InputError(f"unknown output {fmt!r}", hint=f"choose from {', '.join(OUTPUTS)}")
        vocab = load_categories().categories
        labels = {k: vocab[str(CATEGORY[k])].label for k in self.categories()}
        if fmt == "csv":
            out = io.StringIO()
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(["category", "label", "document", "party", "role", "duties"])
            for r in self.rows:
                writer.writerow(
                    [r.category, labels[r.category], r.document, r.party, r.role, r.duties]
                )
            return out.getvalue()
        if fmt == "json":
            return json.dumps(self._json(labels), indent=2, ensure_ascii=False) + "\n"
        header = ["category", *self.documents]
        body = [[labels[k], *(self.cell(k, d) for d in self.documents)] for k in self.categories()]
        if fmt == "md":
            lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
            lines += ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in body]
            return "\n".join(lines) + "\n"
        widths = [max(len(row[i]) for row in [header, *body]) for i in range(len(header))]
        text = [
            " ".join(c.ljust(w) for c, w in zip(row, widths, strict=True))
            for row in [header, *body]
        ]
        return "\n".join(line.rstrip() for line in text) + "\n"

    def _json(self, labels: dict[str, str]) -> dict[str, Any]:
        vocab = load_categories().categories
        categories = []
        for key in self.categories():
            concept = vocab[str(CATEGORY[key])]
            categories.append(
                {
                    "key": key,
                    "label": labels[key],
                    "nist-800-53": list(concept.nist),
                    "csa-ccm": list(concept.ccm),
                    "documents": {
                        d: [
                            {"party": r.party, "role": r.role, "duties": r.duties}
                            for r in self.rows
                            if r.category == key and r.document == d
                        ]
                        for d in self.documents
                    },
                }
            )
        return {"documents": self.documents, "categories": categories}


def _query_text() -> str:
    return next(q.text for q in list_queries() if q.name == "by-category")


def _name(source: Path | str | Graph, seen: set[str]) -> str:
    name = (
        "graph" if isinstance(source, Graph) else Path(str(source).rstrip("/")).stem or str(source)
    )
    unique, n = name, 2
    while unique in seen:
        unique, n = f"{name}-{n}", n + 1
    seen.add(unique)
    return unique


def compare_documents(sources: Sequence[Path | str | Graph], *, base: str = BASE) -> Comparison:
    """Compare the documents (pages, exported RDF files or graphs) by duty category."""
    from .stats import read_source

    if len(sources) < 1:
        raise InputError("nothing to compare", hint="name two or more documents")
    text = _query_text()
    seen: set[str] = set()
    names: list[str] = []
    rows: list[Carrier] = []
    for source in sources:
        graph, _, _ = read_source(source, base=base)
        categorize_graph(graph)  # RDF exported before categories existed
        name = _name(source, seen)
        names.append(name)
        for row in graph.query(text):
            category, _document, party, role, duties = row  # type: ignore[misc]
            rows.append(
                Carrier(
                    category=str(category),
                    document=name,
                    party=str(party),
                    role=str(role).removeprefix(str(ROLE)) if role is not None else "",
                    duties=int(duties),
                )
            )
    rows.sort(key=lambda r: (r.category, names.index(r.document), -r.duties, r.party))
    return Comparison(documents=names, rows=rows)
