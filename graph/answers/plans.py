"""Plans: which named queries are kept as answers, how their parameters filter, and the
terms and store state the answers are written with."""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import pyoxigraph as ox

from .order import order_keys

__all__ = [
    "PLANS",
    "Filter",
    "Plan",
    "Query",
    "digest",
    "prepare",
    "store_state",
    "term",
    "terms",
    "token",
]


@dataclass(frozen=True)
class Filter:
    """A parameter's FILTER, restated: ``contains`` (the lower-cased text of ``columns``, joined
    by spaces, holds the lower-cased value), ``any`` (one column holds it) or ``equals`` (the
    column's text is the value). An empty value keeps every row."""

    param: str
    kind: Literal["contains", "any", "equals"]
    columns: tuple[str, ...]


@dataclass(frozen=True)
class Plan:
    select_all: bool = False
    """Keep every variable (``SELECT *``): the FILTER reads variables the query does not show."""
    sum_by: tuple[str, ...] = ()
    """Rows grouped across documents by these columns: the other columns add up."""
    filters: tuple[Filter, ...] = ()


PLANS: dict[str, Plan] = {
    "by-category": Plan(filters=(Filter("key", "equals", ("category",)),)),
    "certifications": Plan(),
    "compliance-chain": Plan(filters=(Filter("party", "contains", ("maintainer",)),)),
    "duties": Plan(),
    "matrix": Plan(sum_by=("party",)),
    "orphans": Plan(),
    "provenance": Plan(
        select_all=True,
        filters=(Filter("text", "contains", ("subject", "subjectLabel", "object", "objectLabel")),),
    ),
    "shared": Plan(),
    "who": Plan(select_all=True, filters=(Filter("text", "any", ("duty", "description")),)),
}
"""The named queries kept as answers, and how their parameters filter (``services`` reads the
vocabulary graph as a whole: it runs live, and fast)."""


def store_state(store_dir: Path) -> str:
    """The store's files as RocksDB leaves them after a write (a later write changes them)."""
    names = sorted(
        (e.name, e.stat().st_size)
        for e in os.scandir(store_dir)
        if e.name == "CURRENT" or e.name.startswith("MANIFEST-") or e.name.endswith(".sst")
    )
    current = (store_dir / "CURRENT").read_bytes() if (store_dir / "CURRENT").is_file() else b""
    return hashlib.sha256(current + json.dumps(names).encode()).hexdigest()


@dataclass
class Query:
    name: str
    text: str
    plan: Plan
    variables: list[str]
    keys: list[tuple[str, str, bool]]
    table: str


def _unordered(text: str) -> str:
    """The query without its ORDER BY (the rows are ordered when they are all in)."""
    from ..sparql import _structure

    cut = next((pos for pos, token in _structure(text) if token == "ORDER"), len(text))
    return text[:cut]


def prepare() -> list[Query]:
    from ..sparql import list_queries

    prepared = []
    empty = ox.Store()
    for i, named in enumerate(list_queries()):
        plan = PLANS.get(named.name)
        keys = order_keys(named.text)
        if plan is None or keys is None:
            continue
        solutions = empty.query(named.text)
        variables = [v.value for v in solutions.variables]  # type: ignore[union-attr]
        text = _unordered(named.text)
        if plan.select_all:
            text = re.sub(r"\bSELECT\b.*?\bWHERE\b", "SELECT * WHERE", text, count=1, flags=re.S)
        prepared.append(Query(named.name, text, plan, variables, keys, f"q{i}"))
    return prepared


def token(term: Any) -> str | None:
    return None if term is None else str(term)


def term(token: str | None) -> Any:
    return None if token is None else terms([token])[0]


def terms(tokens: list[str]) -> list[Any]:
    """N-Triples tokens as pyoxigraph terms, parsed in one go."""
    data = "".join(f"<urn:x:s> <urn:x:p> {t} .\n" for t in tokens).encode("utf-8")
    return [q.object for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]


def digest(name: str) -> str:
    from ..sparql import list_queries

    text = next(q.text for q in list_queries() if q.name == name)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
